//! The classes of counted nouns: who or what a number counts.

/// What a counted noun is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Noun {
    /// suspects, criminals, people
    Person,
    /// people, persons, individuals: a person, but generic
    Generic,
    /// fugitives
    Fugitive,
    /// arrests, detentions: the event itself
    Arrest,
    /// cases, crimes, scams
    Case,
    /// gangs, groups, rings
    Gang,
    /// dens, hideouts, workshops
    Den,
    /// sites: dens when destroyed, places when inspected
    Site,
    /// vendors, hawkers, merchants, scalpers: people when arrested,
    /// offenders when dealt with, businesses when inspected
    Trader,
    /// officers, police, personnel
    Officer,
    /// vehicles, cars
    Vehicle,
    /// patrols
    Patrol,
    /// checkpoints, intersections
    Checkpoint,
    /// places, venues, units, inspections
    Place,
    /// vehicle checks, vehicle inspections: checks counted as acts, each
    /// a vehicle checked
    VehicleCheck,
    /// identity checks, ID checks: each a person checked
    PersonCheck,
    /// hidden dangers, hazards, risks
    Hazard,
    /// conflicts, disputes
    Dispute,
    /// drunk drivers, drug users, violations
    Offender,
    /// victims, children, women
    Victim,
    /// leaflets, videos, lectures, audience
    Publicity,
    /// warnings, alerts
    Warning,
    /// door-to-door visits
    Visit,
    /// stop payments
    Payment,
    /// units, pieces, items, times: a measure word that names nothing
    Measure,
    /// households, homes: visited, or talked out of a payment, in
    /// anti-fraud work (no accounts or websites)
    Household,
    /// operations, campaigns, raids: enforcement actions carried out
    Operation,
    /// accounts, phone numbers, websites: counted, but no SPEC tally kind
    Other,
}
