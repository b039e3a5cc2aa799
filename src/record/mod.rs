//! Typed records built from figures: tallies, seizures, fraud statistics,
//! trends, named operations, agencies and bulletin metadata.
//!
//! In: the text's tokens and its [`Figure`]s. Out: the record layers of
//! a [`Bulletin`](crate::Bulletin). These types fix the JSON shape of the
//! output contract (see the crate docs); a layer with nothing found is
//! empty (or `null`), never missing.

pub(crate) mod agency;
pub(crate) mod bind;
pub(crate) mod lexicon;
pub(crate) mod meta;
pub(crate) mod operation;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::spelling::spelled_enum;
use crate::{Date, Figure, Span, Time};

/// Bulletin metadata: headline, publication date, source, editor, views.
///
/// # Example
///
/// ```
/// let text = "Police step up summer patrols\n\n2023-09-02 09:15:48\nViews: 412\nSource: Hengshan Police Affairs\nEditor in charge: Zhao Lirong\n\nBody.";
/// let meta = police_bulletin::Bulletin::parse(text)?.meta;
/// assert_eq!(meta.title.as_deref(), Some("Police step up summer patrols"));
/// assert_eq!(meta.published, Some("2023-09-02".parse()?));
/// assert_eq!(meta.published_time, Some("09:15:48".parse()?));
/// assert_eq!(meta.source.as_deref(), Some("Hengshan Police Affairs"));
/// assert_eq!((meta.editor.as_deref(), meta.views), (Some("Zhao Lirong"), Some(412)));
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Meta<'a> {
    /// The headline, when the first line is one.
    pub title: Option<Cow<'a, str>>,
    /// The publication date the text states (serialized `YYYY-MM-DD`).
    pub published: Option<Date>,
    /// The time of day stated with the publication date (`08:37:33`).
    pub published_time: Option<Time>,
    /// The `Source:` line or wire credit.
    pub source: Option<Cow<'a, str>>,
    /// The `Editor in charge:` line.
    pub editor: Option<Cow<'a, str>>,
    /// The page-view count.
    pub views: Option<u64>,
}

/// An enforcement body named in the text.
///
/// # Example
///
/// ```
/// use police_bulletin::{AgencyLevel, Bulletin};
/// let b = Bulletin::parse("The Fuxin Mongolian Autonomous County Public Security Bureau and the Ministry of Public Security said.")?;
/// assert_eq!(b.agencies[0].name, "Fuxin Mongolian Autonomous County Public Security Bureau");
/// assert_eq!(b.agencies[0].level, AgencyLevel::County);
/// assert_eq!(b.agencies[1].level, AgencyLevel::Ministry);
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Agency<'a> {
    /// The name as written.
    pub name: Cow<'a, str>,
    /// Its administrative level.
    pub level: AgencyLevel,
    /// Where the name is.
    pub span: Span,
}

spelled_enum! {
    /// The administrative level of an [`Agency`].
    ///
    /// # Example
    ///
    /// ```
    /// use police_bulletin::AgencyLevel;
    /// assert_eq!(AgencyLevel::County.to_string(), "county");
    /// assert_eq!("station".parse::<AgencyLevel>()?, AgencyLevel::Station);
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum AgencyLevel {
        /// The Ministry of Public Security and other national bodies.
        Ministry = "ministry",
        /// Provincial departments and other provincial bodies.
        Province = "province",
        /// Municipal bureaus.
        City = "city",
        /// County bureaus.
        County = "county",
        /// District bureaus and branches.
        District = "district",
        /// Police stations and other grassroots posts.
        Station = "station",
        /// Anything else (customs, coast guard, procuratorates...).
        Other = "other",
    }
}

/// A named campaign (`Summer Operation`, `Cloud Sword`).
///
/// # Example
///
/// ```
/// use police_bulletin::Parser;
/// let text = "Police launched “Operation Summer”. On July 2, the bureau started its “Summer Operation”.";
/// let b = Parser::new().reference_date("2024-08-14".parse()?).parse(text)?;
/// let op = &b.operations[0];
/// assert_eq!((op.name.as_ref(), op.aliases.as_slice()), ("Operation Summer", ["Summer Operation".into()].as_slice()));
/// assert_eq!(op.launched, Some("2024-07-02".parse()?));
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Operation<'a> {
    /// Canonical name, quotes stripped.
    pub name: Cow<'a, str>,
    /// Other spellings in the same text.
    pub aliases: Vec<Cow<'a, str>>,
    /// Who runs it, if stated.
    pub agency: Option<Cow<'a, str>>,
    /// Launch date.
    pub launched: Option<Date>,
    /// Start date.
    pub start: Option<Date>,
    /// End date.
    pub end: Option<Date>,
    /// Where the name first appears.
    pub span: Span,
}

spelled_enum! {
    /// The kind of an enforcement count (a [`Tally`]).
    ///
    /// Each variant's doc gives the typical wording it stands for.
    ///
    /// # Example
    ///
    /// ```
    /// use police_bulletin::TallyKind;
    /// assert_eq!(TallyKind::CasesSolved.as_str(), "cases_solved");
    /// assert_eq!("arrests".parse::<TallyKind>()?, TallyKind::Arrests);
    /// assert!("arrest".parse::<TallyKind>().is_err());
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum TallyKind {
        /// Suspects arrested, captured, detained, apprehended or punished;
        /// criminals captured; people arrested.
        Arrests = "arrests",
        /// Fugitives captured or persuaded to surrender.
        Fugitives = "fugitives",
        /// Cases cracked, solved, detected, uncovered, investigated and dealt with.
        CasesSolved = "cases_solved",
        /// Cases that occurred, were reported, filed or registered.
        CasesFiled = "cases_filed",
        /// Criminal gangs, groups, rings or syndicates eliminated, destroyed, busted.
        GangsBusted = "gangs_busted",
        /// Dens, hideouts, workshops or sites smashed.
        DensDestroyed = "dens_destroyed",
        /// Police officers, auxiliary police or personnel dispatched, mobilized,
        /// invested or on duty.
        OfficersDeployed = "officers_deployed",
        /// Police or patrol vehicles dispatched.
        VehiclesDeployed = "vehicles_deployed",
        /// Patrols conducted.
        Patrols = "patrols",
        /// Checkpoints, inspection points or intersections staffed.
        Checkpoints = "checkpoints",
        /// People interrogated, checked or questioned.
        PeopleChecked = "people_checked",
        /// Vehicles checked, interrogated or inspected.
        VehiclesChecked = "vehicles_checked",
        /// Places, venues, units, sites or enterprises inspected.
        PlacesInspected = "places_inspected",
        /// Hidden dangers, hazards or risks discovered.
        HazardsFound = "hazards_found",
        /// Hidden dangers rectified or eliminated.
        HazardsRectified = "hazards_rectified",
        /// Conflicts and disputes investigated, resolved, mediated or forwarded.
        Disputes = "disputes",
        /// Violators dealt with: drunk drivers, drug users, traffic violations
        /// punished, people fined or warned.
        OffendersHandled = "offenders_handled",
        /// Victims rescued, children found, people helped or served.
        Rescued = "rescued",
        /// Publicity points, videos, leaflets or materials distributed,
        /// audience reached, talks held.
        Publicity = "publicity",
        /// Any other enforcement count worth keeping.
        Other = "other",
    }
}

/// An enforcement count: `captured 8 current criminals`.
///
/// # Example
///
/// ```
/// use police_bulletin::{Bulletin, TallyKind};
/// let b = Bulletin::parse("Police captured 8 current criminals and 6 fugitives.")?;
/// assert_eq!((b.tallies[0].kind, b.tallies[0].what.as_ref()), (TallyKind::Arrests, "current criminals"));
/// assert_eq!(b.tallies[1].kind, TallyKind::Fugitives);
/// assert_eq!(b.tallies[1].count.value.as_u64(), Some(6));
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tally<'a> {
    /// What kind of count it is.
    pub kind: TallyKind,
    /// The counted noun phrase as written.
    pub what: Cow<'a, str>,
    /// The count.
    pub count: Figure<'a>,
}

spelled_enum! {
    /// What kind of thing a [`Seizure`] took.
    ///
    /// # Example
    ///
    /// ```
    /// use police_bulletin::SeizureKind;
    /// assert_eq!(SeizureKind::Relics.to_string(), "relics");
    /// assert_eq!("drugs".parse::<SeizureKind>()?, SeizureKind::Drugs);
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum SeizureKind {
        /// Money: cash, illegal gains, proceeds, funds, stolen money.
        Cash = "cash",
        /// Narcotics and their precursor chemicals.
        Drugs = "drugs",
        /// Guns, ammunition, explosives, detonators, knives, controlled knives.
        Weapons = "weapons",
        /// Cultural relics and ancient coins.
        Relics = "relics",
        /// Cars, trucks, motorcycles, boats.
        Vehicles = "vehicles",
        /// Phones, computers, SIM or phone cards, bank cards, servers.
        Devices = "devices",
        /// Counterfeit and fake goods, fake currency.
        Counterfeit = "counterfeit",
        /// Fish, animals, wildlife products.
        Wildlife = "wildlife",
        /// Sand, ore, coal.
        Minerals = "minerals",
        /// Cigarettes, smuggled goods, other merchandise.
        Goods = "goods",
        /// Anything else.
        Other = "other",
    }
}

spelled_enum! {
    /// How a [`Seizure`] was taken.
    ///
    /// # Example
    ///
    /// ```
    /// use police_bulletin::SeizureAction;
    /// assert_eq!(SeizureAction::Frozen.as_str(), "frozen");
    /// assert_eq!("seized".parse::<SeizureAction>()?, SeizureAction::Seized);
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum SeizureAction {
        /// Seized, captured, found in a raid.
        Seized = "seized",
        /// Confiscated as a penalty.
        Confiscated = "confiscated",
        /// Recovered: stolen goods or money got back.
        Recovered = "recovered",
        /// Frozen: money blocked in accounts.
        Frozen = "frozen",
        /// Intercepted in transit.
        Intercepted = "intercepted",
    }
}

/// Something seized, confiscated, recovered or frozen.
///
/// # Example
///
/// ```
/// use police_bulletin::{Bulletin, SeizureAction, SeizureKind};
/// let b = Bulletin::parse("Police seized 12.6 kilograms of heroin, worth an estimated 2.4 million yuan.")?;
/// let s = &b.seizures[0];
/// assert_eq!((s.kind, s.action, s.item.as_ref()), (SeizureKind::Drugs, SeizureAction::Seized, "heroin"));
/// assert_eq!(s.quantity.as_ref().map(|q| q.text.as_ref()), Some("12.6 kilograms"));
/// assert_eq!(s.value.as_ref().and_then(|v| v.value.as_u64()), Some(2_400_000));
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Seizure<'a> {
    /// What kind of thing.
    pub kind: SeizureKind,
    /// How it was taken.
    pub action: SeizureAction,
    /// The thing as written.
    pub item: Cow<'a, str>,
    /// Its count or measure.
    pub quantity: Option<Figure<'a>>,
    /// Its money value.
    pub value: Option<Figure<'a>>,
}

/// Telecom and online fraud figures; every field is optional.
///
/// # Example
///
/// ```
/// let text = "In telecom fraud cases, 17 suspects were punished and 380,000 yuan was returned to victims.";
/// let fraud = police_bulletin::Bulletin::parse(text)?.fraud.unwrap();
/// assert_eq!(fraud.suspects_arrested.unwrap().value.as_u64(), Some(17));
/// assert_eq!(fraud.funds_returned.unwrap().value.as_u64(), Some(380_000));
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FraudStats<'a> {
    /// Fraud cases filed or reported.
    pub cases_filed: Option<Figure<'a>>,
    /// Fraud cases solved or cracked.
    pub cases_solved: Option<Figure<'a>>,
    /// Fraud suspects arrested, detained or punished.
    pub suspects_arrested: Option<Figure<'a>>,
    /// Fraud gangs or rings busted.
    pub gangs_busted: Option<Figure<'a>>,
    /// Fraud dens or call centres destroyed.
    pub dens_destroyed: Option<Figure<'a>>,
    /// Money returned to victims.
    pub funds_returned: Option<Figure<'a>>,
    /// Money frozen, intercepted or stop-paid.
    pub funds_frozen: Option<Figure<'a>>,
    /// Losses recovered.
    pub funds_recovered: Option<Figure<'a>>,
    /// Losses avoided for would-be victims.
    pub losses_avoided: Option<Figure<'a>>,
    /// Warnings, early warnings or alerts pushed.
    pub warnings_issued: Option<Figure<'a>>,
    /// The share of warnings answered or followed up, in percent.
    pub warning_response_rate: Option<Figure<'a>>,
    /// People dissuaded from paying a scammer.
    pub people_dissuaded: Option<Figure<'a>>,
    /// Money kept from scammers by dissuasion.
    pub amount_dissuaded: Option<Figure<'a>>,
    /// Door-to-door visits to people at risk.
    pub door_to_door_visits: Option<Figure<'a>>,
    /// Protective stop payments made.
    pub payments_stopped: Option<Figure<'a>>,
    /// Frauds successfully prevented or blocked.
    pub cases_blocked: Option<Figure<'a>>,
}

impl<'a> FraudStats<'a> {
    /// The fields that hold a figure, as `(field name, figure)` in
    /// declaration order; the name is the JSON key.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "In telecom fraud cases, 17 suspects were punished and 380,000 yuan was returned to victims.";
    /// let fraud = police_bulletin::Bulletin::parse(text)?.fraud.unwrap();
    /// let names: Vec<&str> = fraud.iter().map(|(name, _)| name).collect();
    /// assert_eq!(names, ["suspects_arrested", "funds_returned"]);
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Figure<'a>)> {
        [
            ("cases_filed", &self.cases_filed),
            ("cases_solved", &self.cases_solved),
            ("suspects_arrested", &self.suspects_arrested),
            ("gangs_busted", &self.gangs_busted),
            ("dens_destroyed", &self.dens_destroyed),
            ("funds_returned", &self.funds_returned),
            ("funds_frozen", &self.funds_frozen),
            ("funds_recovered", &self.funds_recovered),
            ("losses_avoided", &self.losses_avoided),
            ("warnings_issued", &self.warnings_issued),
            ("warning_response_rate", &self.warning_response_rate),
            ("people_dissuaded", &self.people_dissuaded),
            ("amount_dissuaded", &self.amount_dissuaded),
            ("door_to_door_visits", &self.door_to_door_visits),
            ("payments_stopped", &self.payments_stopped),
            ("cases_blocked", &self.cases_blocked),
        ]
        .into_iter()
        .filter_map(|(name, figure)| Some((name, figure.as_ref()?)))
    }
}

spelled_enum! {
    /// Which way a [`Trend`] goes.
    ///
    /// # Example
    ///
    /// ```
    /// use police_bulletin::Direction;
    /// assert_eq!(Direction::Decrease.to_string(), "decrease");
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    pub enum Direction {
        /// Up: rose, grew, increased.
        Increase = "increase",
        /// Down: fell, dropped, decreased.
        Decrease = "decrease",
    }
}

spelled_enum! {
    /// What a [`Trend`] is compared with.
    ///
    /// # Example
    ///
    /// ```
    /// use police_bulletin::Basis;
    /// assert_eq!("year_on_year".parse::<Basis>()?, Basis::YearOnYear);
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Basis {
        /// The same period of the year before (`year on year`, `YoY`).
        YearOnYear = "year_on_year",
        /// The month before (`month on month`).
        MonthOnMonth = "month_on_month",
        /// The period before (`period on period`, `compared with the previous`).
        PeriodOnPeriod = "period_on_period",
    }
}

/// A change over time: `cases fell 20.9% year on year`.
///
/// # Example
///
/// ```
/// use police_bulletin::{Basis, Bulletin, Direction};
/// let b = Bulletin::parse("Theft and robbery rose 32.7% and 42.9% year on year respectively.")?;
/// assert_eq!(b.trends.len(), 2);
/// assert_eq!((b.trends[1].direction, b.trends[1].basis), (Direction::Increase, Some(Basis::YearOnYear)));
/// assert_eq!(b.trends[1].percent.to_string(), "42.9");
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Trend<'a> {
    /// What changed, as written.
    pub metric: Cow<'a, str>,
    /// Up or down.
    pub direction: Direction,
    /// By how many percent.
    pub percent: crate::Decimal,
    /// Compared with what, if stated.
    pub basis: Option<Basis>,
    /// Where the trend is stated.
    pub span: Span,
}
