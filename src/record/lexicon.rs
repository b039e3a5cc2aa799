//! The record vocabulary, as data: verbs and their classes, counted nouns and
//! their classes, seizable items and their kinds, and the words that mark
//! fraud and trends. Lowercase, alphabetical, matched longest-first; a unit
//! test keeps every table sorted. Extend by adding rows.

use crate::record::SeizureKind;
use crate::text::Table;

/// What a verb does to the thing counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verb {
    /// arrested, captured, nabbed
    Arrest,
    /// detained (criminal detention, which precedes formal arrest)
    Detain,
    /// cracked, solved, detected, uncovered
    Solve,
    /// filed, reported, occurred, registered
    File,
    /// busted, destroyed, smashed, dismantled
    Bust,
    /// dispatched, mobilized, deployed
    Deploy,
    /// checked, inspected, interrogated, questioned
    Check,
    /// discovered, found, identified
    Find,
    /// rectified, eliminated
    Rectify,
    /// dealt with, punished, fined, counseled
    Handle,
    /// mediated, resolved
    Mediate,
    /// rescued, helped, served
    Rescue,
    /// distributed, held, produced, reached
    Publicize,
    /// seized, seizure of
    Seize,
    /// confiscated
    Confiscate,
    /// recovered, retrieved
    Recover,
    /// frozen, stop-paid
    Freeze,
    /// intercepted
    Intercept,
    /// returned, refunded, given back
    Return,
    /// dissuaded, persuaded, discouraged
    Dissuade,
    /// issued, pushed, sent (warnings)
    Issue,
    /// avoided, saved (losses)
    Avoid,
    /// blocked, prevented
    Block,
}

/// Verbs, as written around a number (`arrested 15 people`, `15 people were
/// arrested`).
pub(crate) const VERBS: &Table<Verb> = &[
    ("addressed", Verb::Solve),
    ("apprehended", Verb::Arrest),
    ("arrest of", Verb::Arrest),
    ("arrested", Verb::Arrest),
    ("arresting", Verb::Arrest),
    ("avoid", Verb::Avoid),
    ("avoided", Verb::Avoid),
    ("avoiding", Verb::Avoid),
    ("blocked", Verb::Block),
    ("broadcast", Verb::Publicize),
    ("broke up", Verb::Bust),
    ("broken into", Verb::Bust),
    ("broken up", Verb::Bust),
    ("brought to justice", Verb::Arrest),
    ("busted", Verb::Bust),
    ("busting", Verb::Bust),
    ("capture", Verb::Arrest),
    ("captured", Verb::Arrest),
    ("capturing", Verb::Arrest),
    ("caught", Verb::Arrest),
    ("checked", Verb::Check),
    ("checking", Verb::Check),
    ("closed", Verb::Bust),
    ("compulsory measures", Verb::Arrest),
    ("concluded", Verb::Solve),
    ("confiscate", Verb::Confiscate),
    ("confiscated", Verb::Confiscate),
    ("confiscating", Verb::Confiscate),
    ("counseled", Verb::Handle),
    ("counselled", Verb::Handle),
    ("crack", Verb::Solve),
    ("cracked", Verb::Solve),
    ("cracking", Verb::Solve),
    ("dealt with", Verb::Handle),
    ("demolished", Verb::Bust),
    ("deployed", Verb::Deploy),
    ("deploying", Verb::Deploy),
    ("destroyed", Verb::Bust),
    ("destroying", Verb::Bust),
    ("detained", Verb::Detain),
    ("detaining", Verb::Detain),
    ("detected", Verb::Solve),
    ("discouraged", Verb::Dissuade),
    ("discouraging", Verb::Dissuade),
    ("discovered", Verb::Find),
    ("dismantled", Verb::Bust),
    ("dismantling", Verb::Bust),
    ("dismantling of", Verb::Bust),
    ("dispatch", Verb::Deploy),
    ("dispatched", Verb::Deploy),
    ("dispatching", Verb::Deploy),
    ("dissuade", Verb::Dissuade),
    ("dissuaded", Verb::Dissuade),
    ("distributed", Verb::Publicize),
    ("educated", Verb::Handle),
    ("eliminated", Verb::Bust),
    ("examined", Verb::Check),
    ("ferreted out", Verb::Seize),
    ("filed", Verb::File),
    ("fined", Verb::Handle),
    ("found", Verb::Find),
    ("freed", Verb::Rescue),
    ("freezing", Verb::Freeze),
    ("froze", Verb::Freeze),
    ("frozen", Verb::Freeze),
    ("given back", Verb::Return),
    ("handed out", Verb::Publicize),
    ("handled", Verb::Solve),
    ("handling", Verb::Solve),
    ("helped", Verb::Rescue),
    ("identified", Verb::Find),
    ("inspected", Verb::Check),
    ("inspecting", Verb::Check),
    ("intercept", Verb::Intercept),
    ("intercepted", Verb::Intercept),
    ("intercepting", Verb::Intercept),
    ("interrogated", Verb::Check),
    ("invest", Verb::Deploy),
    ("invested", Verb::Deploy),
    ("investigated", Verb::Solve),
    ("investigated and dealt with", Verb::Handle),
    ("investigating", Verb::Solve),
    ("issued", Verb::Issue),
    ("killed", Verb::Bust),
    ("mandatory measures", Verb::Arrest),
    ("mediated", Verb::Mediate),
    ("mobilized", Verb::Deploy),
    ("mobilizing", Verb::Deploy),
    ("nab", Verb::Arrest),
    ("nabbed", Verb::Arrest),
    ("nabbing", Verb::Arrest),
    ("occurred", Verb::File),
    ("persuaded", Verb::Dissuade),
    ("prevented", Verb::Block),
    ("produced", Verb::Publicize),
    ("punished", Verb::Handle),
    ("push", Verb::Issue),
    ("pushed", Verb::Issue),
    ("questioned", Verb::Check),
    ("raided", Verb::Bust),
    ("reached", Verb::Publicize),
    ("recorded", Verb::File),
    ("recover", Verb::Recover),
    ("recovered", Verb::Recover),
    ("recovering", Verb::Recover),
    ("rectified", Verb::Rectify),
    ("refunded", Verb::Return),
    ("registered", Verb::File),
    ("reported", Verb::File),
    ("rescued", Verb::Rescue),
    ("resolved", Verb::Solve),
    ("retrieved", Verb::Recover),
    ("returned", Verb::Return),
    ("returning", Verb::Return),
    ("seize", Verb::Seize),
    ("seized", Verb::Seize),
    ("seizing", Verb::Seize),
    ("seizure of", Verb::Seize),
    ("sent", Verb::Issue),
    ("served", Verb::Rescue),
    ("smashed", Verb::Bust),
    ("smashing", Verb::Bust),
    ("solved", Verb::Solve),
    ("solving", Verb::Solve),
    ("stop payment", Verb::Freeze),
    ("stop-paid", Verb::Freeze),
    ("stopped", Verb::Freeze),
    ("taken into custody", Verb::Arrest),
    ("there have been", Verb::File),
    ("there were", Verb::File),
    ("uncovered", Verb::Solve),
    ("wiped out", Verb::Bust),
];

/// Words between a counted noun and its verb in the passive
/// (`15 cases were successfully cracked`).
pub(crate) const AUXILIARIES: &Table<()> = &[
    ("all", ()),
    ("already", ()),
    ("also", ()),
    ("are", ()),
    ("be", ()),
    ("been", ()),
    ("being", ()),
    ("criminally", ()),
    ("had", ()),
    ("has", ()),
    ("have", ()),
    ("in total", ()),
    ("is", ()),
    ("on site", ()),
    ("respectively", ()),
    ("successfully", ()),
    ("temporarily", ()),
    ("together", ()),
    ("was", ()),
    ("were", ()),
];

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
    /// accounts, phone numbers, websites: counted, but no SPEC tally kind
    Other,
}

/// Counted nouns by word. A noun phrase takes the class of its last word
/// that has one (`civilian and auxiliary police officers` → officers).
pub(crate) const NOUNS: &Table<Noun> = &[
    ("accomplices", Noun::Person),
    ("accounts", Noun::Other),
    ("addicts", Noun::Offender),
    ("alerts", Noun::Warning),
    ("arrests", Noun::Arrest),
    ("audience", Noun::Publicity),
    ("bottles", Noun::Measure),
    ("boxes", Noun::Measure),
    ("brochures", Noun::Publicity),
    ("case", Noun::Case),
    ("cases", Noun::Case),
    ("checking point", Noun::Checkpoint),
    ("checkpoint", Noun::Checkpoint),
    ("checkpoints", Noun::Checkpoint),
    ("children", Noun::Victim),
    ("conflicts", Noun::Dispute),
    ("copies", Noun::Publicity),
    ("crimes", Noun::Case),
    ("criminals", Noun::Person),
    ("dealers", Noun::Person),
    ("den", Noun::Den),
    ("dens", Noun::Den),
    ("detentions", Noun::Arrest),
    ("disputes", Noun::Dispute),
    ("door-to-door", Noun::Visit),
    ("drink driving", Noun::Offender),
    ("drivers", Noun::Offender),
    ("driving", Noun::Offender),
    ("drunk driving", Noun::Offender),
    ("factories", Noun::Den),
    ("frauds", Noun::Case),
    ("fraudsters", Noun::Person),
    ("fugitive", Noun::Fugitive),
    ("fugitives", Noun::Fugitive),
    ("gamblers", Noun::Person),
    ("gang", Noun::Gang),
    ("gangs", Noun::Gang),
    ("groups", Noun::Gang),
    ("hazards", Noun::Hazard),
    ("hidden dangers", Noun::Hazard),
    ("hideouts", Noun::Den),
    ("individuals", Noun::Generic),
    ("inspection points", Noun::Checkpoint),
    ("inspections", Noun::Place),
    ("interrogators", Noun::Person),
    ("intersections", Noun::Checkpoint),
    ("items", Noun::Measure),
    ("leaflets", Noun::Publicity),
    ("lectures", Noun::Publicity),
    ("materials", Noun::Publicity),
    ("members", Noun::Person),
    ("networks", Noun::Gang),
    ("numbers", Noun::Other),
    ("offenders", Noun::Person),
    ("officers", Noun::Officer),
    ("organizations", Noun::Gang),
    ("others", Noun::Person),
    ("patrols", Noun::Patrol),
    ("people", Noun::Generic),
    ("personnel", Noun::Officer),
    ("persons", Noun::Generic),
    ("pieces", Noun::Measure),
    ("places", Noun::Place),
    ("police", Noun::Officer),
    ("police force", Noun::Officer),
    ("policemen", Noun::Officer),
    ("posters", Noun::Publicity),
    ("premises", Noun::Place),
    ("rings", Noun::Gang),
    ("rises", Noun::Measure),
    ("risks", Noun::Hazard),
    ("robbers", Noun::Person),
    ("scams", Noun::Case),
    ("sets", Noun::Measure),
    ("sites", Noun::Site),
    ("stop payments", Noun::Payment),
    ("suspect", Noun::Person),
    ("suspects", Noun::Person),
    ("syndicates", Noun::Gang),
    ("talks", Noun::Publicity),
    ("times", Noun::Measure),
    ("traffickers", Noun::Person),
    ("units", Noun::Measure),
    ("users", Noun::Offender),
    ("vehicles", Noun::Vehicle),
    ("venues", Noun::Place),
    ("victims", Noun::Victim),
    ("videos", Noun::Publicity),
    ("violations", Noun::Offender),
    ("violators", Noun::Offender),
    ("visits", Noun::Visit),
    ("warning information", Noun::Warning),
    ("warnings", Noun::Warning),
    ("websites", Noun::Other),
    ("women", Noun::Victim),
    ("workshops", Noun::Den),
];

/// Seizable things by word; the last word with a kind decides
/// (`crystal meth` → drugs, `fake liquor` → counterfeit by [`COUNTERFEIT`]).
pub(crate) const ITEMS: &Table<SeizureKind> = &[
    ("ammunition", SeizureKind::Weapons),
    ("animals", SeizureKind::Wildlife),
    ("antique", SeizureKind::Relics),
    ("antiques", SeizureKind::Relics),
    ("artifacts", SeizureKind::Relics),
    ("bank card", SeizureKind::Devices),
    ("bank cards", SeizureKind::Devices),
    ("beef", SeizureKind::Goods),
    ("bicycles", SeizureKind::Vehicles),
    ("birds", SeizureKind::Wildlife),
    ("boat", SeizureKind::Vehicles),
    ("boats", SeizureKind::Vehicles),
    ("bronze", SeizureKind::Relics),
    ("bronze vessels", SeizureKind::Relics),
    ("bronzes", SeizureKind::Relics),
    ("bullets", SeizureKind::Weapons),
    ("cannabis", SeizureKind::Drugs),
    ("car", SeizureKind::Vehicles),
    ("cards", SeizureKind::Devices),
    ("cars", SeizureKind::Vehicles),
    ("cartridges", SeizureKind::Weapons),
    ("cash", SeizureKind::Cash),
    ("cell phone", SeizureKind::Devices),
    ("cell phones", SeizureKind::Devices),
    ("chicken", SeizureKind::Goods),
    ("chicken feet", SeizureKind::Goods),
    ("cigarettes", SeizureKind::Goods),
    ("coal", SeizureKind::Minerals),
    ("cocaine", SeizureKind::Drugs),
    ("coins", SeizureKind::Relics),
    ("computer", SeizureKind::Devices),
    ("computers", SeizureKind::Devices),
    ("cotton", SeizureKind::Goods),
    ("detonators", SeizureKind::Weapons),
    ("devices", SeizureKind::Devices),
    ("drug", SeizureKind::Drugs),
    ("drugs", SeizureKind::Drugs),
    ("ecstasy", SeizureKind::Drugs),
    ("excavators", SeizureKind::Vehicles),
    ("explosives", SeizureKind::Weapons),
    ("firearms", SeizureKind::Weapons),
    ("fish", SeizureKind::Wildlife),
    ("funds", SeizureKind::Cash),
    ("gains", SeizureKind::Cash),
    ("goods", SeizureKind::Goods),
    ("grain", SeizureKind::Goods),
    ("gun", SeizureKind::Weapons),
    ("guns", SeizureKind::Weapons),
    ("handguns", SeizureKind::Weapons),
    ("heritage", SeizureKind::Relics),
    ("heroin", SeizureKind::Drugs),
    ("ice", SeizureKind::Drugs),
    ("ivory", SeizureKind::Wildlife),
    ("ketamine", SeizureKind::Drugs),
    ("knives", SeizureKind::Weapons),
    ("laptops", SeizureKind::Devices),
    ("liquor", SeizureKind::Goods),
    ("marijuana", SeizureKind::Drugs),
    ("meat", SeizureKind::Goods),
    ("meth", SeizureKind::Drugs),
    ("methamphetamine", SeizureKind::Drugs),
    ("minerals", SeizureKind::Minerals),
    ("mobile phone", SeizureKind::Devices),
    ("mobile phones", SeizureKind::Devices),
    ("money", SeizureKind::Cash),
    ("motorbikes", SeizureKind::Vehicles),
    ("motorcycles", SeizureKind::Vehicles),
    ("narcotics", SeizureKind::Drugs),
    ("opium", SeizureKind::Drugs),
    ("ore", SeizureKind::Minerals),
    ("phone", SeizureKind::Devices),
    ("phone cards", SeizureKind::Devices),
    ("phones", SeizureKind::Devices),
    ("pills", SeizureKind::Drugs),
    ("pistols", SeizureKind::Weapons),
    ("pork", SeizureKind::Goods),
    ("proceeds", SeizureKind::Cash),
    ("products", SeizureKind::Goods),
    ("relic", SeizureKind::Relics),
    ("relics", SeizureKind::Relics),
    ("rifles", SeizureKind::Weapons),
    ("rounds", SeizureKind::Weapons),
    ("sand", SeizureKind::Minerals),
    ("scales", SeizureKind::Wildlife),
    ("seafood", SeizureKind::Goods),
    ("seedlings", SeizureKind::Wildlife),
    ("servers", SeizureKind::Devices),
    ("ship", SeizureKind::Vehicles),
    ("ships", SeizureKind::Vehicles),
    ("sim cards", SeizureKind::Devices),
    ("tablets", SeizureKind::Drugs),
    ("truck", SeizureKind::Vehicles),
    ("trucks", SeizureKind::Vehicles),
    ("vehicle", SeizureKind::Vehicles),
    ("vehicles", SeizureKind::Vehicles),
    ("vessel", SeizureKind::Vehicles),
    ("vessels", SeizureKind::Vehicles),
    ("weapons", SeizureKind::Weapons),
    ("wildlife", SeizureKind::Wildlife),
];

/// Words in an item that make it counterfeit whatever it is.
pub(crate) const COUNTERFEIT: &Table<()> = &[
    ("counterfeit", ()),
    ("fake", ()),
    ("forged", ()),
    ("inferior", ()),
];

/// Words that put a clause in fraud context.
pub(crate) const FRAUD_WORDS: &Table<()> = &[
    ("anti-fraud", ()),
    ("defrauded", ()),
    ("dissuasion", ()),
    ("fraud", ()),
    ("frauds", ()),
    ("fraudsters", ()),
    ("fraudulent", ()),
    ("scam", ()),
    ("scams", ()),
    ("swindle", ()),
    ("swindled", ()),
];

/// Words that make fraud telecom or online fraud (SPEC's `fraud` layer),
/// as opposed to pension or loan fraud.
pub(crate) const TELECOM_WORDS: &Table<()> = &[
    ("anti-fraud", ()),
    ("cyber", ()),
    ("electric fraud", ()),
    ("internet", ()),
    ("network fraud", ()),
    ("online", ()),
    ("phone", ()),
    ("scam", ()),
    ("scams", ()),
    ("telecom", ()),
    ("telecommunication", ()),
    ("telecommunications", ()),
    ("telephone", ()),
];

/// Crimes other than fraud: a clause naming one is not about fraud even in
/// a sentence that is (`busted 41 gang-related organizations and solved
/// 1,510 telecom fraud cases`).
pub(crate) const OTHER_CRIMES: &Table<()> = &[
    ("drug", ()),
    ("drugs", ()),
    ("gambling", ()),
    ("gang-related", ()),
    ("gun", ()),
    ("guns", ()),
    ("pension", ()),
    ("pornography", ()),
    ("robbery", ()),
    ("smuggling", ()),
    ("theft", ()),
    ("trafficking", ()),
];

/// Words that join items of a list that shares one verb
/// (`2,500 phone cards, 2,700 bank cards and 578 computers were seized`).
pub(crate) const LIST_JOINERS: &Table<()> = &[
    (",", ()),
    (", and", ()),
    ("along with", ()),
    ("and", ()),
    ("as well as", ()),
    ("plus", ()),
    ("、", ()),
];

/// Trend direction words before a percent (`rose 5%`, `a drop of 5%`).
pub(crate) const TREND_BEFORE: &Table<crate::record::Direction> = &[
    ("a decline of", crate::record::Direction::Decrease),
    ("a decrease of", crate::record::Direction::Decrease),
    ("a drop of", crate::record::Direction::Decrease),
    ("a fall of", crate::record::Direction::Decrease),
    ("a rise of", crate::record::Direction::Increase),
    ("an increase of", crate::record::Direction::Increase),
    ("climbed", crate::record::Direction::Increase),
    ("declined", crate::record::Direction::Decrease),
    ("decrease of", crate::record::Direction::Decrease),
    ("decreased", crate::record::Direction::Decrease),
    ("down", crate::record::Direction::Decrease),
    ("dropped", crate::record::Direction::Decrease),
    ("fell", crate::record::Direction::Decrease),
    ("grew", crate::record::Direction::Increase),
    ("increase of", crate::record::Direction::Increase),
    ("increased", crate::record::Direction::Increase),
    ("jumped", crate::record::Direction::Increase),
    ("rises of", crate::record::Direction::Increase),
    ("rising", crate::record::Direction::Increase),
    ("rose", crate::record::Direction::Increase),
    ("surged", crate::record::Direction::Increase),
    ("up", crate::record::Direction::Increase),
];

/// Trend direction words right after a percent (`a 5% drop`, `5% higher`).
pub(crate) const TREND_AFTER: &Table<crate::record::Direction> = &[
    ("decline", crate::record::Direction::Decrease),
    ("decrease", crate::record::Direction::Decrease),
    ("drop", crate::record::Direction::Decrease),
    ("fall", crate::record::Direction::Decrease),
    ("higher", crate::record::Direction::Increase),
    ("increase", crate::record::Direction::Increase),
    ("less", crate::record::Direction::Decrease),
    ("lower", crate::record::Direction::Decrease),
    ("more than", crate::record::Direction::Increase),
    ("rise", crate::record::Direction::Increase),
    ("year-on-year decrease", crate::record::Direction::Decrease),
    ("year-on-year increase", crate::record::Direction::Increase),
    ("year-on-year rise", crate::record::Direction::Increase),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lexicon::assert_sorted;

    #[test]
    fn tables_are_sorted_lowercase() {
        assert_sorted("VERBS", VERBS);
        assert_sorted("AUXILIARIES", AUXILIARIES);
        assert_sorted("NOUNS", NOUNS);
        assert_sorted("ITEMS", ITEMS);
        assert_sorted("COUNTERFEIT", COUNTERFEIT);
        assert_sorted("FRAUD_WORDS", FRAUD_WORDS);
        assert_sorted("TELECOM_WORDS", TELECOM_WORDS);
        assert_sorted("LIST_JOINERS", LIST_JOINERS);
        assert_sorted("OTHER_CRIMES", OTHER_CRIMES);
        assert_sorted("TREND_BEFORE", TREND_BEFORE);
        assert_sorted("TREND_AFTER", TREND_AFTER);
    }
}
