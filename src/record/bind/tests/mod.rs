//! Unit tests of the binder, one per phrasing, with our own sentences.

use super::*;
use crate::Bulletin;

mod fraud;
mod fraud_cjk;
mod fraud_mixed;
mod fraud_money;
mod fraud_prevention;
mod fraud_round25;
mod fraud_round26;
mod fraud_round27;
mod fraud_round28;
mod fraud_round29;
mod fraud_round34;
mod fraud_stage;
mod fraud_vocab;
mod internals;
mod kinds;
mod labels;
mod phrasings;
mod records;
mod retold;
mod round23;
mod round24;
mod round25;
mod round26;
mod round27;
mod round28;
mod round29;
mod round29_review;
mod round30;
mod round31;
mod round32;
mod round32_fraud;
mod round32_fraud_fix;
mod round33_tallies;
mod round33_tallies_fix;
mod round34_fraud_fix;
mod seizure_kinds36;
mod seizure_round34;
mod seizure_round35;
mod seizures;
mod shapes;
mod trend;
mod trend_basis;
mod trend_round33;
mod unseen31;
mod vocab;
mod vocab_sweep;
mod wire;

/// Every record of `text`, one per line: `kind value` with `input[span]`.
pub(super) fn r(text: &str) -> String {
    let b = Bulletin::parse(text).unwrap();
    let mut out = Vec::new();
    for t in &b.tallies {
        out.push(format!("tally {:?} {} ({})", t.kind, t.count.value, t.what));
    }
    for s in &b.seizures {
        let q = s
            .quantity
            .as_ref()
            .map_or(String::new(), |q| format!(" q={}", q.text));
        let v = s
            .value
            .as_ref()
            .map_or(String::new(), |v| format!(" v={}", v.text));
        out.push(format!(
            "seizure {:?} {:?} {}{q}{v}",
            s.kind, s.action, s.item
        ));
    }
    if let Some(f) = &b.fraud {
        let json = serde_json::to_value(f).unwrap();
        for (k, v) in json.as_object().unwrap() {
            if !v.is_null() {
                out.push(format!("fraud {k} {}", v["value"]));
            }
        }
    }
    for t in &b.trends {
        out.push(format!(
            "trend {:?} {} {:?}",
            t.direction, t.percent, t.basis
        ));
    }
    for w in &b.warnings {
        out.push(format!("warning {} [{}]", w.message, &text[w.span.range()]));
    }
    out.join("\n")
}

#[test]
fn active_and_passive_voice() {
    insta::assert_snapshot!(r("Police captured 8 current criminals and 6 fugitives."), @r"
    tally Arrests 8 (current criminals)
    tally Fugitives 6 (fugitives)
    ");
    insta::assert_snapshot!(r("8 criminals were captured and 512 criminal gangs were busted."), @r"
    tally Arrests 8 (criminals)
    tally GangsBusted 512 (criminal gangs)
    ");
    insta::assert_snapshot!(r("The number of suspects arrested reached 154,000."), @"tally Arrests 154000 (suspects)");
    insta::assert_snapshot!(r("A total of 12,317 people have been counseled."), @"tally OffendersHandled 12317 (people)");
}

#[test]
fn lists_share_a_verb() {
    insta::assert_snapshot!(r("Officers investigated and dealt with 31 drug addicts, 31 drunk drivers and 7 unlicensed drivers."), @r"
    tally OffendersHandled 31 (drug addicts)
    tally OffendersHandled 31 (drunk drivers)
    tally OffendersHandled 7 (unlicensed drivers)
    ");
    insta::assert_snapshot!(r("Over 1,900 phone cards, nearly 3,200 bank cards and 415 computers had been confiscated."), @r"
    seizure Devices Confiscated phone cards q=Over 1,900
    seizure Devices Confiscated bank cards q=nearly 3,200
    seizure Devices Confiscated computers q=415
    ");
    // A new list after a finished clause ends in its own passive.
    insta::assert_snapshot!(r("Twelve stolen motorcycles were recovered, and 4.8 kg of cannabis and 15 air rifles were confiscated."), @r"
    seizure Vehicles Recovered stolen motorcycles q=Twelve
    seizure Drugs Confiscated cannabis q=4.8 kg
    seizure Weapons Confiscated air rifles q=15
    ");
}

#[test]
fn machine_translated_order() {
    insta::assert_snapshot!(r("The brigade checked vehicles 1,873 units and set up checking point 6 places."), @r"
    tally VehiclesChecked 1873 (vehicles)
    tally Checkpoints 6 (checking point)
    warning binding guessed from machine-translated word order (noun before its number) [1,873]
    warning binding guessed from machine-translated word order (noun before its number) [6]
    ");
    insta::assert_snapshot!(r("3,356 vehicles captured 8 current criminals."), @"tally Arrests 8 (current criminals)");
}

#[test]
fn ellipsis_and_glued_sentences() {
    insta::assert_snapshot!(r("1,184 conflicts and disputes were investigated, 1,097 were dealt with."), @r"
    tally Disputes 1184 (conflicts and disputes)
    tally Disputes 1097 (conflicts and disputes)
    ");
    insta::assert_snapshot!(r("Police made good results.They arrested 19 people involved."), @"tally Arrests 19 (people involved)");
}

#[test]
fn headline_then_detail_is_one_fact() {
    insta::assert_snapshot!(r("Police nab 11 suspects\nThe police arrested 11 suspected drug dealers."), @"tally Arrests 11 (suspects)");
}

#[test]
fn trends_and_respectively() {
    insta::assert_snapshot!(r("Theft and robbery rose 32.7% and 42.9% year on year respectively."), @r"
    trend Increase 32.7 Some(YearOnYear)
    trend Increase 42.9 Some(YearOnYear)
    ");
    insta::assert_snapshot!(r("There was a 20.9% year on year decrease in cases, and accidents fell 5 percent month on month."), @r"
    trend Decrease 20.9 Some(YearOnYear)
    trend Decrease 5 Some(MonthOnMonth)
    ");
    insta::assert_snapshot!(r("Satisfaction rose to 95.4 percent."), @"");
}

#[test]
fn descriptions_are_not_counts() {
    insta::assert_snapshot!(r("Police caught 9 suspects of the 12-member gang."), @"tally Arrests 9 (suspects)");
    insta::assert_snapshot!(r("The ring had 160 police on its trail."), @"");
    insta::assert_snapshot!(r("The crackdown resulted in over 61,000 arrests."), @"tally Arrests 61000 (arrests)");
    insta::assert_snapshot!(r("Police seized nine copies of fake diplomas."), @"seizure Counterfeit Seized copies of fake diplomas q=nine");
}

#[test]
fn changes_are_not_counts() {
    insta::assert_snapshot!(r("Police handled 58 cases, up 12 cases from last year."), @"tally CasesSolved 58 (cases)");
}

#[test]
fn warnings() {
    insta::assert_snapshot!(r("Police found 186 hidden dangers and rectified 240 hidden dangers."), @r"
    tally HazardsFound 186 (hidden dangers)
    tally HazardsRectified 240 (hidden dangers)
    warning more hazards rectified than found [240]
    ");
    insta::assert_snapshot!(r("The gang made 12.2 million yuan (US$1.4 billion)."), @"warning implausible currency conversion: implies 0.01 yuan per US dollar [12.2 million yuan (US$1.4 billion]");
    insta::assert_snapshot!(r("The clearance rate was 120%."), @"warning a rate over 100% [120%]");
}

#[test]
fn verb_far_after_the_count() {
    insta::assert_snapshot!(r("Some 1,200 counterfeit workshops, along with 85 criminal rings, were smashed."), @r"
    tally DensDestroyed 1200 (counterfeit workshops)
    tally GangsBusted 85 (criminal rings)
    ");
    insta::assert_snapshot!(r("The 46 suspects, who had fled abroad, were all caught."), @"tally Arrests 46 (suspects)");
    insta::assert_snapshot!(r("48 major cases linked to illegal logging have been solved."), @"tally CasesSolved 48 (major cases)");
    insta::assert_snapshot!(r("5,500 hidden dangers were found and rectified."), @r"
    tally HazardsRectified 5500 (hidden dangers)
    tally HazardsFound 5500 (hidden dangers)
    ");
    insta::assert_snapshot!(r("More than 6 tons of drugs, estimated to be worth more than 1.9 billion yuan, were seized."), @"seizure Drugs Seized drugs q=More than 6 tons v=more than 1.9 billion yuan");
    insta::assert_snapshot!(r("Over 260 police officers recently raided the offices."), @"tally OfficersDeployed 260 (police officers recently)");
    insta::assert_snapshot!(r("The bureau said that 2,315 relics worth more than 260 million yuan ($37 million) have been recovered."), @"seizure Relics Recovered relics q=2,315 v=more than 260 million yuan");
    insta::assert_snapshot!(r("1,266 disputes were investigated, and 171 were forwarded."), @r"
    tally Disputes 1266 (disputes)
    tally Disputes 171 (disputes)
    ");
}

#[test]
fn vocabulary_rows() {
    insta::assert_snapshot!(r("The county had put 310 theft cases on file and broken 288 cases."), @r"
    tally CasesFiled 310 (theft cases)
    tally CasesSolved 288 (cases)
    ");
    insta::assert_snapshot!(r("More than 60 police officers took part in the raid."), @"tally OfficersDeployed 60 (police officers)");
    insta::assert_snapshot!(r("Over the course of two police operations, nothing was found."), @"");
    insta::assert_snapshot!(r("212 missing women and children were returned to their families."), @"tally Rescued 212 (missing women and children)");
    // More people arrested, forces sent, places inspected, hazards found.
    insta::assert_snapshot!(r("Police caught 33 loan sharks and 18 counterfeiters."), @r"
    tally Arrests 33 (loan sharks)
    tally Arrests 18 (counterfeiters)
    ");
    insta::assert_snapshot!(r("The county sent 120 militiamen and 4 helicopters to the flood area."), @r"
    tally OfficersDeployed 120 (militiamen)
    tally VehiclesDeployed 4 (helicopters)
    ");
    insta::assert_snapshot!(r("Fire officers inspected 75 gas stations and 12 chemical plants and found 19 security loopholes."), @r"
    tally PlacesInspected 75 (gas stations)
    tally PlacesInspected 12 (chemical plants)
    tally HazardsFound 19 (security loopholes)
    ");
    // More verbs: held and controlled people are detained; tracked down,
    // arrested; shut down and crushed gangs, busted.
    insta::assert_snapshot!(r("Officers held 14 suspects, controlled 6 others and tracked down 3 fugitives."), @r"
    tally Arrests 14 (suspects)
    tally Arrests 6 (others)
    tally Fugitives 3 (fugitives)
    ");
    insta::assert_snapshot!(r("The task force shut down 9 smuggling rings."), @"tally GangsBusted 9 (smuggling rings)");
    // Schools are where talks are given, not places inspected.
    insta::assert_snapshot!(r("Police gave 30 talks in 22 schools."), @"tally Publicity 30 (talks)");
}

#[test]
fn trends_on_levels_and_respectively() {
    insta::assert_snapshot!(r("Burglaries, car thefts and robberies fell 11 percent, 19 percent and 8 percent respectively."), @r"
    trend Decrease 11 None
    trend Decrease 19 None
    trend Decrease 8 None
    ");
    insta::assert_snapshot!(r("Satisfaction rose from 87.5% to 98.6%, and thefts saw a 12.4 percent reduction."), @"trend Decrease 12.4 None");
    insta::assert_snapshot!(r("Fraud cases made up 43.4 percent of all cases."), @"");
    insta::assert_snapshot!(r("The clearance rate rose 5.3 percentage points to 78 percent."), @"trend Increase 5.3 None");
    insta::assert_snapshot!(r("There was a year-on-year decline of 11.5% in fraud cases."), @"trend Decrease 11.5 Some(YearOnYear)");
    insta::assert_snapshot!(r("Thefts fell 9 percent.\nThefts fell 9 percent."), @"trend Decrease 9 None");
}

#[test]
fn noun_phrases_and_repeats() {
    insta::assert_snapshot!(r("Police arrested 1,013 drug addicts and traffickers."), @"tally Arrests 1013 (drug addicts and traffickers)");
    // A number word after `and` opens a count of its own.
    insta::assert_snapshot!(r("Two speedboats and five vans were also detained."), @r"
    seizure Vehicles Seized speedboats q=Two
    seizure Vehicles Seized vans q=five
    ");
    // People in general joined to people of a role are of that role.
    insta::assert_snapshot!(r("Officers found 26 lost children and old people."), @"tally Rescued 26 (lost children and old people)");
    insta::assert_snapshot!(r("Another 14 children and elderly people were found."), @"tally Rescued 14 (children and elderly people)");
    insta::assert_snapshot!(r("Police arrested 23 suspected drug traffickers. The 23 suspects belonged to two gangs."), @"tally Arrests 23 (suspected drug traffickers)");
    insta::assert_snapshot!(r("Police seized 1,395 suspects in 689 criminal cases."), @r"
    tally Arrests 1395 (suspects)
    tally CasesSolved 689 (criminal cases)
    ");
    insta::assert_snapshot!(r("One big case highlighted on Friday was the arrest of a gang boss."), @"");
    insta::assert_snapshot!(r("Region news\nPolice detain 14 suspects. After a six-month investigation into a ring that moved heroin by boat from the coast to inland cities, officers from three counties finally arrested 14 suspected traffickers on Monday."), @"tally Arrests 14 (suspects)");
}

#[test]
fn noun_first_and_verbless() {
    insta::assert_snapshot!(r("Police cracked more than 2,140 cases of lending fraud; more than 3,600 suspects."), @r"
    tally CasesSolved 2140 (cases of lending fraud)
    tally Arrests 3600 (suspects)
    ");
    insta::assert_snapshot!(r("The campaign led to the detection of 310 cases."), @"tally CasesSolved 310 (cases)");
    insta::assert_snapshot!(r("3,000 cartons of cigarettes and 2,000 fake labels were confiscated."), @r"
    seizure Goods Confiscated cartons of cigarettes q=3,000
    seizure Counterfeit Confiscated fake labels q=2,000
    ");
}

#[test]
fn more_vocabulary_and_modals() {
    // (`wanted` makes no fugitives of the 200; the 15 found to be
    // fugitives are theirs.)
    insta::assert_snapshot!(r("Among the 200 people questioned, 15 were found to be wanted fugitives."), @r"
    tally PeopleChecked 200 (people)
    tally Fugitives 15 (wanted fugitives)
    ");
    insta::assert_snapshot!(r("The bureau sent 120 officers and 30 patrol cars to the scene."), @r"
    tally OfficersDeployed 120 (officers)
    tally VehiclesDeployed 30 (patrol cars)
    ");
    insta::assert_snapshot!(r("Police said 7 suspects had been put under criminal detention and 3 were granted bail."), @"tally Arrests 7 (suspects)");
    insta::assert_snapshot!(r("Police detained 30 addicts, and 6 must undergo community drug rehabilitation."), @"tally OffendersHandled 30 (addicts)");
    insta::assert_snapshot!(r("Economic losses of 3.5 million yuan were recovered for the victims."), @"seizure Cash Recovered losses v=3.5 million yuan");
    // What a raid netted was seized.
    insta::assert_snapshot!(r("The night raids netted 7 kilograms of cannabis and 11 air guns."), @r"
    seizure Drugs Seized cannabis q=7 kilograms
    seizure Weapons Seized air guns q=11
    ");
    // Machine-translated order drops the `of`: the cash word right before.
    insta::assert_snapshot!(r("Officers got back the stolen 3 laptops and cash 4,600 yuan."), @r"
    seizure Devices Recovered laptops q=3
    seizure Cash Recovered cash v=4,600 yuan
    ");
    insta::assert_snapshot!(r("The anti-fraud center has pushed 230,000 early warnings, made 45,000 door-to-door visits and helped victims."), @r"
    fraud door_to_door_visits 45000
    fraud warnings_issued 230000
    ");
    insta::assert_snapshot!(r("Investigated hidden dangers 300, rectified 280."), @r"
    tally HazardsFound 300 (hidden dangers)
    tally HazardsRectified 280 (hidden dangers)
    warning binding guessed from machine-translated word order (noun before its number) [300]
    warning binding guessed from machine-translated word order (noun before its number) [280]
    ");
    insta::assert_snapshot!(r("Police checked 230 internet cafes and 45 hotels."), @r"
    tally PlacesInspected 230 (internet cafes)
    tally PlacesInspected 45 (hotels)
    ");
    insta::assert_snapshot!(r("Officers confiscated 12 crossbows and returned 60 bikes to their owners."), @r"
    seizure Weapons Confiscated crossbows q=12
    seizure Vehicles Recovered bikes q=60
    ");
    insta::assert_snapshot!(r("Police destroyed 15 drug labs and seized 12 elephant tusks."), @r"
    tally DensDestroyed 15 (drug labs)
    seizure Wildlife Seized elephant tusks q=12
    ");
}

#[test]
fn trend_metric_of_a_clause_that_opens_with_its_number() {
    let b = Bulletin::parse(
        "This year, 4,512 telecom fraud cases were filed, down 23.4% year on year.",
    )
    .unwrap();
    assert_eq!(b.trends[0].metric, "telecom fraud cases were filed");
    let b = Bulletin::parse("The number of cases fell to 1,206, a decrease of 22.6%.").unwrap();
    assert_eq!(b.trends[0].metric, "The number of cases");
}

#[test]
fn trend_metric_without_the_verb_before_the_direction() {
    let metric = |text| Bulletin::parse(text).unwrap().trends[0].metric.to_string();
    assert_eq!(
        metric("Burglaries were down 21.4% on the previous year."),
        "Burglaries"
    );
    assert_eq!(
        metric("Cases of drunk driving saw a year-on-year drop of 40.1 percent."),
        "Cases of drunk driving"
    );
    assert_eq!(
        metric("Public satisfaction reached 98.2%, up 1.3 percentage points."),
        "Public satisfaction"
    );
}

#[test]
fn month_on_month_only_when_compared() {
    let basis = |text| Bulletin::parse(text).unwrap().trends[0].basis;
    assert_eq!(
        basis("Police calls were reduced by 11.2% compared with last month."),
        Some(Basis::MonthOnMonth)
    );
    // `last month` dates the fall; nothing says what it is compared with.
    assert_eq!(basis("Thefts fell 10% last month."), None);
    assert_eq!(
        basis("Frauds rose 4% year over year."),
        Some(Basis::YearOnYear)
    );
}

#[test]
fn enforcement_vocabulary_of_round_six() {
    // Verbs: coercive measures, verifying and screening, troubleshooting,
    // eradicating, impounding, correcting.
    insta::assert_snapshot!(r("11 suspects were placed under criminal coercive measures."), @"tally Arrests 11 (suspects)");
    insta::assert_snapshot!(r("Officers verified 7,400 people and screened 2,100 vehicles."), @r"
    tally PeopleChecked 7400 (people)
    tally VehiclesChecked 2100 (vehicles)
    ");
    insta::assert_snapshot!(r("Altogether 185 hidden dangers were troubleshot."), @"tally HazardsFound 185 (hidden dangers)");
    insta::assert_snapshot!(r("The bureau eradicated 3 evil forces."), @"tally GangsBusted 3 (evil forces)");
    insta::assert_snapshot!(r("Traffic police impounded 37 motorcycles."), @"seizure Vehicles Seized motorcycles q=37");
    insta::assert_snapshot!(r("A total of 940 traffic violations were corrected."), @"tally OffendersHandled 940 (traffic violations)");
    // Nouns: forces, key personnel and units, offences, patrol teams.
    insta::assert_snapshot!(r("More than 700 police forces were invested."), @"tally OfficersDeployed 700 (police forces)");
    insta::assert_snapshot!(r("Officers checked 90 key personnel and 310 key units."), @r"
    tally PeopleChecked 90 (key personnel)
    tally PlacesInspected 310 (key units)
    ");
    insta::assert_snapshot!(r("A total of 95 illegal and criminal personnel were captured."), @"tally Arrests 95 (illegal and criminal personnel)");
    insta::assert_snapshot!(r("Police investigated 133 drunk driving offences."), @"tally OffendersHandled 133 (drunk driving offences)");
    insta::assert_snapshot!(r("The county arranged 64 patrol teams."), @"tally Patrols 64 (patrol teams)");
    insta::assert_snapshot!(r("Police found 5 missing persons."), @"tally Rescued 5 (missing persons)");
    // People out of doors are people: rescued, checked or arrested.
    insta::assert_snapshot!(r("The mountain rescue team rescued 9 lost hikers and checked 1,400 passengers."), @r"
    tally Rescued 9 (lost hikers)
    tally PeopleChecked 1400 (passengers)
    ");
    // A catch of fish is wildlife.
    insta::assert_snapshot!(r("Officers confiscated 75 kilograms of shrimp catches."), @"seizure Wildlife Confiscated shrimp catches q=75 kilograms");
}

#[test]
fn nominalized_verbs_and_phrasal_busts() {
    insta::assert_snapshot!(r("The raid led to the capture of 23 suspects."), @"tally Arrests 23 (suspects)");
    insta::assert_snapshot!(r("The month ended with the confiscation of 8 guns."), @"seizure Weapons Confiscated guns q=8");
    insta::assert_snapshot!(r("It completed the rectification of 61 hidden dangers."), @"tally HazardsRectified 61 (hidden dangers)");
    insta::assert_snapshot!(r("Police took down 5 criminal gangs."), @"tally GangsBusted 5 (criminal gangs)");
    insta::assert_snapshot!(r("The bureau went out 1,400 police officers and 350 police vehicles."), @r"
    tally OfficersDeployed 1400 (police officers)
    tally VehiclesDeployed 350 (police vehicles)
    ");
}

#[test]
fn capitalized_lead_of_a_counted_noun() {
    insta::assert_snapshot!(r("Police seized 1,200 SIM cards and arrested 6 Chinese nationals."), @r"
    tally Arrests 6 (Chinese nationals)
    seizure Devices Seized SIM cards q=1,200
    ");
}

#[test]
fn machine_translated_singulars() {
    // Chinese has no plural: machine translation keeps the noun singular
    // before its count.
    insta::assert_snapshot!(r("The station invested police force 1500 person-times, police car 340 vehicle-times."), @r"
    tally OfficersDeployed 1500 (police force)
    tally VehiclesDeployed 340 (police car)
    warning binding guessed from machine-translated word order (noun before its number) [1500]
    warning binding guessed from machine-translated word order (noun before its number) [340]
    ");
    insta::assert_snapshot!(r("The brigade dug out criminal organization 9, and handled overload 215 rises."), @r"
    tally GangsBusted 9 (organization)
    tally OffendersHandled 215 (overload)
    warning binding guessed from machine-translated word order (noun before its number) [9]
    warning binding guessed from machine-translated word order (noun before its number) [215]
    ");
}

#[test]
fn a_list_shares_a_passive_read_through_its_last_items_phrase() {
    insta::assert_snapshot!(r("About 150 phones, 40 laptops and 2,600 SIM cards used by the gang were confiscated."), @r"
    seizure Devices Confiscated phones q=About 150
    seizure Devices Confiscated laptops q=40
    seizure Devices Confiscated SIM cards q=2,600
    ");
}

#[test]
fn a_verb_after_a_bare_number_is_no_noun() {
    // `another 14 placed under ...`: the number takes the noun before it,
    // and its verb is a detention measure.
    insta::assert_snapshot!(r("So far 73 suspects have been detained and another 9 placed under residential surveillance."), @r"
    tally Arrests 73 (suspects)
    tally Arrests 9 (suspects)
    ");
    // A participle that leads a noun stays.
    insta::assert_snapshot!(r("Officers checked 12 seized vehicles."), @"tally VehiclesChecked 12 (seized vehicles)");
}

#[test]
fn a_part_with_a_verb_of_its_own_counts_what_the_verb_did() {
    insta::assert_snapshot!(r("The district registered 3,400 telecom fraud cases, and cracked 1,150 of them."), @r"
    fraud cases_filed 3400
    fraud cases_solved 1150
    ");
    // Without a verb right before it, the part only describes the total.
    insta::assert_snapshot!(r("Officers detained 230 suspects, 14 of them minors."), @"tally Arrests 230 (suspects)");
}
mod round33_fraud;
mod round33_review;
mod round34_review;
mod round34_tallies;
mod round36;
mod round36_tallies;
