//! Typed records built from figures: tallies, seizures, fraud statistics,
//! trends, named operations, agencies and bulletin metadata.
//!
//! In: the text and its [`Figure`]s. Out: the record layers of
//! a [`Bulletin`](crate::Bulletin). These types fix the JSON shape of
//! `../SPEC.md`; layers that are not extracted yet stay empty (or `null`),
//! never missing.

pub(crate) mod agency;
pub(crate) mod bind;
pub(crate) mod lexicon;
pub(crate) mod meta;
pub(crate) mod operation;

use serde::Serialize;

use crate::{Figure, Span};

/// Bulletin metadata: headline, publication date, source, editor, views.
///
/// # Example
///
/// ```
/// let text = "Police step up summer patrols\n\nDate: 2023-09-02\nViews: 412\nSource: Hengshan Police Affairs\nEditor in charge: Zhao Lirong\n\nBody.";
/// let meta = police_bulletin::Bulletin::parse(text)?.meta;
/// assert_eq!(meta.title, Some("Police step up summer patrols"));
/// assert_eq!(meta.published.as_deref(), Some("2023-09-02"));
/// assert_eq!((meta.source, meta.editor, meta.views), (Some("Hengshan Police Affairs"), Some("Zhao Lirong"), Some(412)));
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Meta<'a> {
    /// The headline, when the first line is one.
    pub title: Option<&'a str>,
    /// The publication date the text states, `YYYY-MM-DD` (with a time when given).
    pub published: Option<String>,
    /// The `Source:` line or wire credit.
    pub source: Option<&'a str>,
    /// The `Editor in charge:` line.
    pub editor: Option<&'a str>,
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agency<'a> {
    /// The name as written.
    pub name: &'a str,
    /// Its administrative level.
    pub level: AgencyLevel,
    /// Where the name is.
    pub span: Span,
}

/// The administrative level of an [`Agency`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AgencyLevel {
    /// The Ministry of Public Security and other national bodies.
    Ministry,
    /// Provincial departments.
    Province,
    /// Municipal bureaus.
    City,
    /// County bureaus.
    County,
    /// District bureaus and branches.
    District,
    /// Police stations.
    Station,
    /// Anything else (customs, coast guard, procuratorates...).
    Other,
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
/// assert_eq!((op.name.as_str(), op.aliases.as_slice()), ("Operation Summer", ["Summer Operation".to_string()].as_slice()));
/// assert_eq!(op.launched.as_deref(), Some("2024-07-02"));
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Operation<'a> {
    /// Canonical name, quotes stripped.
    pub name: String,
    /// Other spellings in the same text.
    pub aliases: Vec<String>,
    /// Who runs it, if stated.
    pub agency: Option<&'a str>,
    /// Launch date, `YYYY-MM-DD`.
    pub launched: Option<String>,
    /// Start date, `YYYY-MM-DD`.
    pub start: Option<String>,
    /// End date, `YYYY-MM-DD`.
    pub end: Option<String>,
    /// Where the name first appears.
    pub span: Span,
}

/// The kind of an enforcement count; see SPEC for the wording of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum TallyKind {
    Arrests,
    Fugitives,
    CasesSolved,
    CasesFiled,
    GangsBusted,
    DensDestroyed,
    OfficersDeployed,
    VehiclesDeployed,
    Patrols,
    Checkpoints,
    PeopleChecked,
    VehiclesChecked,
    PlacesInspected,
    HazardsFound,
    HazardsRectified,
    Disputes,
    OffendersHandled,
    Rescued,
    Publicity,
    Other,
}

/// An enforcement count: `captured 8 current criminals`.
///
/// # Example
///
/// ```
/// use police_bulletin::{Bulletin, TallyKind};
/// let b = Bulletin::parse("Police captured 8 current criminals and 6 fugitives.")?;
/// assert_eq!((b.tallies[0].kind, b.tallies[0].what), (TallyKind::Arrests, "current criminals"));
/// assert_eq!(b.tallies[1].kind, TallyKind::Fugitives);
/// assert_eq!(b.tallies[1].count.value.as_u64(), Some(6));
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tally<'a> {
    /// What kind of count it is.
    pub kind: TallyKind,
    /// The counted noun phrase as written.
    pub what: &'a str,
    /// The count.
    pub count: Figure<'a>,
}

/// What was seized.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum SeizureKind {
    Cash,
    Drugs,
    Weapons,
    Relics,
    Vehicles,
    Devices,
    Counterfeit,
    Wildlife,
    Minerals,
    Goods,
    Other,
}

/// How it was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum SeizureAction {
    Seized,
    Confiscated,
    Recovered,
    Frozen,
    Intercepted,
}

/// Something seized, confiscated, recovered or frozen.
///
/// # Example
///
/// ```
/// use police_bulletin::{Bulletin, SeizureAction, SeizureKind};
/// let b = Bulletin::parse("Police seized 12.6 kilograms of heroin, worth an estimated 2.4 million yuan.")?;
/// let s = &b.seizures[0];
/// assert_eq!((s.kind, s.action, s.item), (SeizureKind::Drugs, SeizureAction::Seized, "heroin"));
/// assert_eq!(s.quantity.as_ref().map(|q| q.text), Some("12.6 kilograms"));
/// assert_eq!(s.value.as_ref().and_then(|v| v.value.as_u64()), Some(2_400_000));
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Seizure<'a> {
    /// What kind of thing.
    pub kind: SeizureKind,
    /// How it was taken.
    pub action: SeizureAction,
    /// The thing as written.
    pub item: &'a str,
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[allow(missing_docs)]
pub struct FraudStats<'a> {
    pub cases_filed: Option<Figure<'a>>,
    pub cases_solved: Option<Figure<'a>>,
    pub suspects_arrested: Option<Figure<'a>>,
    pub gangs_busted: Option<Figure<'a>>,
    pub dens_destroyed: Option<Figure<'a>>,
    pub funds_returned: Option<Figure<'a>>,
    pub funds_frozen: Option<Figure<'a>>,
    pub funds_recovered: Option<Figure<'a>>,
    pub losses_avoided: Option<Figure<'a>>,
    pub warnings_issued: Option<Figure<'a>>,
    pub warning_response_rate: Option<Figure<'a>>,
    pub people_dissuaded: Option<Figure<'a>>,
    pub amount_dissuaded: Option<Figure<'a>>,
    pub door_to_door_visits: Option<Figure<'a>>,
    pub payments_stopped: Option<Figure<'a>>,
    pub cases_blocked: Option<Figure<'a>>,
}

/// Which way a trend goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Direction {
    Increase,
    Decrease,
}

/// What a trend is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum Basis {
    YearOnYear,
    MonthOnMonth,
    PeriodOnPeriod,
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend<'a> {
    /// What changed, as written.
    pub metric: &'a str,
    /// Up or down.
    pub direction: Direction,
    /// By how many percent.
    pub percent: crate::Decimal,
    /// Compared with what, if stated.
    pub basis: Option<Basis>,
    /// Where the trend is stated.
    pub span: Span,
}
