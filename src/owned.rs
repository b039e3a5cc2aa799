//! `into_owned`: detach output from the text it was parsed from.
//!
//! Parsing borrows: every text field is a `Cow::Borrowed` slice of the
//! input, so a parse allocates no strings. `into_owned` copies those slices
//! once, for output that must outlive its input (stored, sent to another
//! thread, collected across documents).

use std::borrow::Cow;

use crate::{Agency, Bulletin, Figure, FraudStats, Meta, Operation, Seizure, Tally, Trend};

fn own(text: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(text.into_owned())
}

fn own_opt(text: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    text.map(own)
}

impl Bulletin<'_> {
    /// The same bulletin, owning its text fields instead of borrowing the
    /// input.
    ///
    /// # Example
    ///
    /// ```
    /// use police_bulletin::Bulletin;
    ///
    /// fn parse_all(texts: &[String]) -> Vec<Bulletin<'static>> {
    ///     texts
    ///         .iter()
    ///         .map(|t| Bulletin::parse(t).unwrap().into_owned())
    ///         .collect()
    /// }
    ///
    /// let stored = parse_all(&["Police arrested 12 suspects.".to_string()]);
    /// assert_eq!(stored[0].tallies[0].what, "suspects");
    /// ```
    pub fn into_owned(self) -> Bulletin<'static> {
        Bulletin {
            meta: self.meta.into_owned(),
            agencies: self.agencies.into_iter().map(Agency::into_owned).collect(),
            operations: self
                .operations
                .into_iter()
                .map(Operation::into_owned)
                .collect(),
            tallies: self.tallies.into_iter().map(Tally::into_owned).collect(),
            seizures: self.seizures.into_iter().map(Seizure::into_owned).collect(),
            fraud: self.fraud.map(FraudStats::into_owned),
            trends: self.trends.into_iter().map(Trend::into_owned).collect(),
            figures: self.figures.into_iter().map(Figure::into_owned).collect(),
            warnings: self.warnings,
        }
    }
}

impl Figure<'_> {
    /// The same figure, owning its text.
    pub fn into_owned(self) -> Figure<'static> {
        Figure {
            text: own(self.text),
            noun: own_opt(self.noun),
            span: self.span,
            value: self.value,
            max: self.max,
            unit: self.unit,
            qualifier: self.qualifier,
        }
    }
}

impl Meta<'_> {
    /// The same metadata, owning its text.
    pub fn into_owned(self) -> Meta<'static> {
        Meta {
            title: own_opt(self.title),
            published: self.published,
            published_time: self.published_time,
            source: own_opt(self.source),
            editor: own_opt(self.editor),
            views: self.views,
        }
    }
}

impl Agency<'_> {
    /// The same agency, owning its name.
    pub fn into_owned(self) -> Agency<'static> {
        Agency {
            name: own(self.name),
            level: self.level,
            span: self.span,
        }
    }
}

impl Operation<'_> {
    /// The same operation, owning its names.
    pub fn into_owned(self) -> Operation<'static> {
        Operation {
            name: own(self.name),
            aliases: self.aliases.into_iter().map(own).collect(),
            agency: own_opt(self.agency),
            launched: self.launched,
            start: self.start,
            end: self.end,
            span: self.span,
        }
    }
}

impl Tally<'_> {
    /// The same tally, owning its text.
    pub fn into_owned(self) -> Tally<'static> {
        Tally {
            kind: self.kind,
            what: own(self.what),
            count: self.count.into_owned(),
        }
    }
}

impl Seizure<'_> {
    /// The same seizure, owning its text.
    pub fn into_owned(self) -> Seizure<'static> {
        Seizure {
            kind: self.kind,
            action: self.action,
            item: own(self.item),
            quantity: self.quantity.map(Figure::into_owned),
            value: self.value.map(Figure::into_owned),
        }
    }
}

impl FraudStats<'_> {
    /// The same statistics, owning their text.
    pub fn into_owned(self) -> FraudStats<'static> {
        let own = |f: Option<Figure<'_>>| f.map(Figure::into_owned);
        FraudStats {
            cases_filed: own(self.cases_filed),
            cases_solved: own(self.cases_solved),
            suspects_arrested: own(self.suspects_arrested),
            gangs_busted: own(self.gangs_busted),
            dens_destroyed: own(self.dens_destroyed),
            funds_returned: own(self.funds_returned),
            funds_frozen: own(self.funds_frozen),
            funds_recovered: own(self.funds_recovered),
            losses_avoided: own(self.losses_avoided),
            warnings_issued: own(self.warnings_issued),
            warning_response_rate: own(self.warning_response_rate),
            people_dissuaded: own(self.people_dissuaded),
            amount_dissuaded: own(self.amount_dissuaded),
            door_to_door_visits: own(self.door_to_door_visits),
            payments_stopped: own(self.payments_stopped),
            cases_blocked: own(self.cases_blocked),
        }
    }
}

impl Trend<'_> {
    /// The same trend, owning its text.
    pub fn into_owned(self) -> Trend<'static> {
        Trend {
            metric: own(self.metric),
            direction: self.direction,
            percent: self.percent,
            basis: self.basis,
            span: self.span,
        }
    }
}
