//! Unit tests of the binder, one per phrasing, with our own sentences.

use super::*;
use crate::Bulletin;

mod fraud;
mod fraud_cjk;
mod fraud_money;
mod internals;
mod labels;
mod phrasings;
mod records;
mod trend;
mod vocab;
mod wire;

/// Every record of `text`, one per line: `kind value` with `input[span]`.
fn r(text: &str) -> String {
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
fn cash_in_several_currencies_shares_its_verb() {
    insta::assert_snapshot!(r("Officers seized cash of 640,000 yuan and 35,000 US dollars from the den."), @r"
    seizure Cash Seized cash v=640,000 yuan
    seizure Cash Seized funds v=35,000 US dollars
    ");
    insta::assert_snapshot!(r("The team confiscated 3 bitcoins, 80,000 USDT and HK$22,000 in cash."), @r"
    seizure Cash Confiscated funds v=3 bitcoins
    seizure Cash Confiscated funds v=80,000 USDT
    seizure Cash Confiscated cash v=HK$22,000
    ");
}

#[test]
fn a_measure_after_its_seized_subject() {
    insta::assert_snapshot!(r("The total amount of cannabis seized this spring was 1.8 tons."), @"seizure Drugs Seized cannabis q=1.8 tons");
    insta::assert_snapshot!(r("Cases solved: 31; ketamine seized: 740 grams."), @r"
    tally CasesSolved 31 (Cases)
    seizure Drugs Seized ketamine q=740 grams
    ");
    // A measure with no seized thing before it is no seizure.
    insta::assert_snapshot!(r("Officers seized the boat after a chase of 12 km."), @"");
}

#[test]
fn vehicle_times_are_vehicles() {
    // 车次, as machine translation writes it: trips made, one per vehicle.
    insta::assert_snapshot!(r("The brigade dispatched 540 police officers and 96 vehicle-times."), @r"
    tally OfficersDeployed 540 (police officers)
    tally VehiclesDeployed 96 (vehicle-times)
    ");
    insta::assert_snapshot!(r("Checked 7,420 vehicles times and 9,880 person-times."), @r"
    tally VehiclesChecked 7420 (vehicles times)
    tally PeopleChecked 9880 (person-times)
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
fn seizures_with_quantity_and_value() {
    insta::assert_snapshot!(r("Police seized 12.6 kilograms of heroin, worth an estimated 2.4 million yuan."), @"seizure Drugs Seized heroin q=12.6 kilograms v=an estimated 2.4 million yuan");
    insta::assert_snapshot!(r("Customs seized goods worth 1.6 billion yuan (US$231 million)."), @"seizure Goods Seized goods v=1.6 billion yuan");
    insta::assert_snapshot!(r("Police recovered 38,210 ancient coins and more than 260,000 yuan in illegal gains."), @r"
    seizure Relics Recovered ancient coins q=38,210
    seizure Cash Recovered illegal gains v=more than 260,000 yuan
    ");
    insta::assert_snapshot!(r("They intercepted 1,683 tons of frozen beef and 402 tons of chicken feet."), @r"
    seizure Goods Intercepted frozen beef q=1,683 tons
    seizure Goods Intercepted chicken feet q=402 tons
    ");
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
fn kind_from_the_right_clause() {
    insta::assert_snapshot!(r("Of the 80 cases listed for oversight, 52 were solved."), @"tally CasesSolved 52 (cases)");
    insta::assert_snapshot!(r("Inspectors found that the firm had sold 140 tons of fake fertilizer."), @"");
    insta::assert_snapshot!(r("Inspectors found the firm had sold 140 tons of fake fertilizer."), @"");
    insta::assert_snapshot!(r("Among the drugs seized last year were 1.46 tons of heroin."), @"seizure Drugs Seized heroin q=1.46 tons");
    insta::assert_snapshot!(r("Police arrested 36 suspects, 21 of them women."), @"tally Arrests 36 (suspects)");
    insta::assert_snapshot!(r("Registered drug users in the county exceeded 8,000."), @"");
    insta::assert_snapshot!(r("A 400 million yuan frozen products smuggling case was cracked."), @"");
    insta::assert_snapshot!(r("Prosecutors charged a gang that sold fake goods, and 131 people in 82 cases were prosecuted."), @"");
}

#[test]
fn every_item_of_a_seizure_list() {
    insta::assert_snapshot!(r("Police seized 31 pistols, 7 grenades and 40 detonators."), @r"
    seizure Weapons Seized pistols q=31
    seizure Weapons Seized grenades q=7
    seizure Weapons Seized detonators q=40
    ");
    insta::assert_snapshot!(r("The raid led to the seizure of 12 kg of heroin and 8 tonnes of precursor chemicals."), @r"
    seizure Drugs Seized heroin q=12 kg
    seizure Drugs Seized precursor chemicals q=8 tonnes
    ");
    insta::assert_snapshot!(r("Officers seized 95 cellphones, six packing machines and 31 cash machines."), @r"
    seizure Devices Seized cellphones q=95
    seizure Other Seized packing machines q=six
    seizure Other Seized cash machines q=31
    ");
    insta::assert_snapshot!(r("Agents had 17 tons of \"ice\" confiscated."), @r#"seizure Drugs Confiscated "ice" q=17 tons"#);
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
fn money_worth_of_things() {
    insta::assert_snapshot!(r("Nearly 62 million yuan worth of property, including 4.75 million yuan in cash, was seized."), @r"
    seizure Other Seized property v=Nearly 62 million yuan
    seizure Cash Seized cash v=4.75 million yuan
    ");
    insta::assert_snapshot!(r("Officers have frozen 2.1 million yuan that had funded the ring."), @"seizure Cash Frozen funds v=2.1 million yuan");
}

#[test]
fn money_of_things_is_their_value() {
    insta::assert_snapshot!(r("The brigade seized 36,000 yuan of cigarettes without tax stamps."), @"seizure Goods Seized cigarettes v=36,000 yuan");
    insta::assert_snapshot!(r("Customs officers seized 12 million yuan of smuggled frozen beef."), @"seizure Goods Seized smuggled frozen beef v=12 million yuan");
    // Money of money is money.
    insta::assert_snapshot!(r("Police seized 80,000 yuan of illegal proceeds."), @"seizure Cash Seized illegal proceeds v=80,000 yuan");
    insta::assert_snapshot!(r("The bureau recovered 1.4 million yuan of losses for victims."), @"seizure Cash Recovered losses v=1.4 million yuan");
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
fn people_sought_and_handed_over() {
    insta::assert_snapshot!(r("27 people wanted for robbery were caught."), @"tally Fugitives 27 (people wanted)");
    insta::assert_snapshot!(r("So far, 19 out of 20 suspects on the most-wanted list have been caught."), @"tally Fugitives 19 (suspects)");
    insta::assert_snapshot!(r("58 suspects were handed over by foreign police."), @"tally Arrests 58 (suspects)");
}

#[test]
fn seized_things_by_meaning() {
    insta::assert_snapshot!(r("Police seized 8 tonnes of raw materials used to make synthetic drugs."), @"seizure Drugs Seized raw materials q=8 tonnes");
    insta::assert_snapshot!(r("Police seized 12 tons of drugs packed in 40 containers."), @"seizure Drugs Seized drugs q=12 tons");
    insta::assert_snapshot!(r("Police cracked a case worth 3 million yuan."), @"");
    // A length describes the thing; it is not how much was seized.
    insta::assert_snapshot!(r("Officers seized a 1.2m-long machete and 40 kg of cannabis."), @"seizure Drugs Seized cannabis q=40 kg");
    insta::assert_snapshot!(r("Police seized 20 bags of crystal meth, weighing about 20 kg, from the coach."), @"seizure Drugs Seized bags of crystal meth q=about 20 kg");
    insta::assert_snapshot!(r("Officers seized more than 12 brands of fake and shoddy pesticides, weighing more than 90 tons, in the operation."), @"seizure Counterfeit Seized brands of fake q=more than 90 tons");
    // Drug plants are drugs; merchandise is goods, fakes of it counterfeit.
    insta::assert_snapshot!(r("Officers uprooted and seized 3,100 poppy plants, 260 smuggled watches and 90 fake handbags."), @r"
    seizure Drugs Seized poppy plants q=3,100
    seizure Goods Seized smuggled watches q=260
    seizure Counterfeit Seized fake handbags q=90
    ");
}

#[test]
fn more_vocabulary_and_modals() {
    insta::assert_snapshot!(r("Among the 200 people questioned, 15 were found to be wanted fugitives."), @"tally PeopleChecked 200 (people)");
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
fn a_den_inspected_is_a_place_and_an_offence_case_an_offender() {
    insta::assert_snapshot!(r("Inspectors checked 42 workshops."), @"tally PlacesInspected 42 (workshops)");
    insta::assert_snapshot!(r("Police smashed 42 workshops."), @"tally DensDestroyed 42 (workshops)");
    insta::assert_snapshot!(r("The brigade handled 29 drunk driving cases."), @"tally OffendersHandled 29 (drunk driving cases)");
    insta::assert_snapshot!(r("The brigade handled 29 theft cases."), @"tally CasesSolved 29 (theft cases)");
    insta::assert_snapshot!(r("The brigade punished 412 cases of speeding and 37 cases of overloading."), @r"
    tally OffendersHandled 412 (cases of speeding)
    tally OffendersHandled 37 (cases of overloading)
    ");
}

#[test]
fn measures_bans_reports_parts_and_orders() {
    insta::assert_snapshot!(r("Criminal detention measures were taken against 22 people."), @"tally Arrests 22 (people)");
    insta::assert_snapshot!(r("Police banned 12 illegal dens and cleared 7 gambling sites."), @r"
    tally DensDestroyed 12 (illegal dens)
    tally DensDestroyed 7 (gambling sites)
    ");
    insta::assert_snapshot!(r("The command centre received 2,315 reports of criminal cases."), @"tally CasesFiled 2315 (reports of criminal cases)");
    insta::assert_snapshot!(r("Officers dealt with 41 drunk driving offenders."), @"tally OffendersHandled 41 (drunk driving offenders)");
    insta::assert_snapshot!(r("Police arrested 12 of the suspects."), @"tally Arrests 12 (suspects)");
    insta::assert_snapshot!(r("Police arrested 61 of its members."), @"tally Arrests 61 (members)");
    insta::assert_snapshot!(r("Police arrested 12 and 8 suspects in two cities respectively."), @r"
    tally Arrests 12 (suspects)
    tally Arrests 8 (suspects)
    ");
    // A verb split around its object: `took ... into custody`, `brought
    // ... to justice`.
    insta::assert_snapshot!(r("Officers took 17 suspects into custody and brought 6 fugitives to justice."), @r"
    tally Arrests 17 (suspects)
    tally Fugitives 6 (fugitives)
    ");
    // What is weighed can be intercepted; calls cannot.
    insta::assert_snapshot!(r("Border police intercepted 2,300 kilograms of smuggled sugar and 5,000 phone calls."), @"seizure Goods Intercepted smuggled sugar q=2,300 kilograms");
    // A verb after `and` opens a clause: the item before it is whole.
    insta::assert_snapshot!(r("Inspectors confiscated 820 fishing cages and released 3 tons of crabs."), @"seizure Other Confiscated fishing cages q=820");
    // So does each number of a longer list.
    insta::assert_snapshot!(r("The three teams detained 6, 9 and 14 suspects."), @r"
    tally Arrests 6 (suspects)
    tally Arrests 9 (suspects)
    tally Arrests 14 (suspects)
    ");
    // Measures of one unit share the noun too.
    insta::assert_snapshot!(r("The two raids seized 4 kg and 2.5 kg of ketamine respectively."), @r"
    seizure Drugs Seized ketamine q=4 kg
    seizure Drugs Seized ketamine q=2.5 kg
    ");
    // The police before an action verb are no count; suspects before
    // their participle are.
    insta::assert_snapshot!(r("Police seized 2 or 3 guns."), @"seizure Weapons Seized guns q=3");
    insta::assert_snapshot!(r("Criminal suspects arrested 287."), @"tally Arrests 287 (suspects)");
    // Groups formed are no gangs; fish released are no seizure.
    insta::assert_snapshot!(r("The station dispatched 40 police officers in 12 groups."), @"tally OfficersDeployed 40 (police officers)");
    insta::assert_snapshot!(r("Police seized 8 guns and released 500 kilograms of fish into the river."), @"seizure Weapons Seized guns q=8");
    insta::assert_snapshot!(r("Police seized 3,000 catties of illegal fishing catch."), @"seizure Wildlife Seized illegal fishing catch q=3,000 catties");
    insta::assert_snapshot!(r("The county ordered 27 drug users to undergo rehabilitation."), @"tally OffendersHandled 27 (drug users)");
    insta::assert_snapshot!(r("Police smashed 3 dens producing counterfeit liquor."), @"tally DensDestroyed 3 (dens producing counterfeit liquor)");
    insta::assert_snapshot!(r("Police found 3 people using fake license plates."), @"");
    insta::assert_snapshot!(r("Police checked 900 vehicles and 2,300 personnel."), @r"
    tally VehiclesChecked 900 (vehicles)
    tally PeopleChecked 2300 (personnel)
    ");
    insta::assert_snapshot!(r("The city dispatched 400 personnel."), @"tally OfficersDeployed 400 (personnel)");
    insta::assert_snapshot!(r("Police seized drugs totaling 8.4 kilograms."), @"seizure Drugs Seized drugs q=8.4 kilograms");
    insta::assert_snapshot!(r("Police confiscated illegal income of 320,000 yuan."), @"seizure Cash Confiscated illegal income v=320,000 yuan");
    // A weight counts no officers, read from whatever subject.
    insta::assert_snapshot!(r("Police arrested two thirds of the suspects."), @"");
    // (Pork weighed, seized: a seizure, no officers.)
    insta::assert_snapshot!(r("Police seized pork amounting to 8.4 kilograms."), @"seizure Goods Seized pork q=8.4 kilograms");
    insta::assert_snapshot!(r("The police arrested people; the total reached 8.4 kilograms."), @"");
    insta::assert_snapshot!(r("Officers recovered a batch of ancient coins, totaling 1,200 pieces."), @"seizure Relics Recovered coins q=1,200");
}

#[test]
fn value_said_with_a_noun() {
    insta::assert_snapshot!(r("Police seized 140 cartons of cigarettes with a value of 42,000 yuan."), @"seizure Goods Seized cartons of cigarettes q=140 v=42,000 yuan");
    // A comma-bounded insertion after the item holds its weight and value.
    insta::assert_snapshot!(r("The smuggled pork, weighing 84 tons and worth 2.1 million yuan, was confiscated."), @"seizure Goods Confiscated pork q=84 tons v=2.1 million yuan");
    // After a comma the value is the seizure's before it; what cases
    // involved is no seizure's value.
    insta::assert_snapshot!(r("Officers seized 2,600 bottles of fake wine, with a total value of over 1.3 million yuan."), @"seizure Counterfeit Seized bottles of fake wine q=2,600 v=over 1.3 million yuan");
    insta::assert_snapshot!(r("Police seized 40 phones and solved 9 cases, involving an amount of 700,000 yuan."), @r"
    tally CasesSolved 9 (cases)
    seizure Devices Seized phones q=40
    ");
    insta::assert_snapshot!(r("Police seized 30 tons of ore with a total value of 2 million yuan."), @"seizure Minerals Seized ore q=30 tons v=2 million yuan");
    insta::assert_snapshot!(r("Police seized 12 tons of sand involving an amount of 90,000 yuan."), @"seizure Minerals Seized sand q=12 tons v=90,000 yuan");
    // A case's amount is no seizure's value.
    insta::assert_snapshot!(r("Police seized 3 guns and solved 5 cases involving an amount of 2 million yuan."), @r"
    tally CasesSolved 5 (cases)
    seizure Weapons Seized guns q=3
    ");
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
fn banknotes_seized_and_cases_a_place_saw() {
    // Banknotes taken from suspects are a cash seizure, not frozen funds.
    insta::assert_snapshot!(r("In the telecom fraud case police also seized 120,000 yuan in cash from the suspects' homes."), @"seizure Cash Seized cash v=120,000 yuan");
    // So does a participle opening a phrase after the noun.
    insta::assert_snapshot!(r("Police froze 2.3 billion yuan in funds linked to gambling."), @"seizure Cash Frozen funds v=2.3 billion yuan");
    insta::assert_snapshot!(r("In the telecom fraud case police seized 4 million yuan of fraud funds."), @"fraud funds_frozen 4000000");
    // Cases a place saw are cases that occurred.
    insta::assert_snapshot!(r("This year the city saw 2,345 telecom fraud cases."), @"fraud cases_filed 2345");
}

#[test]
fn relics_by_their_material() {
    // Bronze, jade, porcelain and pottery pieces are relics, whatever
    // counts them (`pieces of`).
    insta::assert_snapshot!(r("Officers recovered 35 bronze wares, 12 pieces of jade and 80 items of pottery."), @r"
    seizure Relics Recovered bronze wares q=35
    seizure Relics Recovered pieces of jade q=12
    seizure Relics Recovered items of pottery q=80
    ");
}

#[test]
fn vehicles_dealt_with_are_violations_handled() {
    insta::assert_snapshot!(r("Traffic police dealt with 940 illegal vehicles and impounded 35 vehicles."), @r"
    tally OffendersHandled 940 (illegal vehicles)
    seizure Vehicles Seized vehicles q=35
    ");
    // Cars ordered are bought, not violations.
    insta::assert_snapshot!(r("The bureau ordered 30 new police cars for patrols."), @"");
}

#[test]
fn a_plural_before_and_is_a_seized_head() {
    insta::assert_snapshot!(r("Officers confiscated 4,200 fireworks and firecrackers."), @"seizure Other Confiscated fireworks q=4,200");
}

#[test]
fn people_disciplined_are_offenders_handled() {
    insta::assert_snapshot!(r("Police admonished 85 people and disciplined 410 people for public order offences."), @r"
    tally OffendersHandled 85 (people)
    tally OffendersHandled 410 (people)
    ");
}

#[test]
fn machine_translated_singulars() {
    // Chinese has no plural: machine translation keeps the noun singular
    // before its count.
    insta::assert_snapshot!(r("The station invested police force 1500 person-times, police car 340 vehicle-times."), @r"
    tally OfficersDeployed 1500 (police force)
    tally VehiclesDeployed 340 (car)
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
fn a_force_on_duty_is_deployed() {
    // `with` a force is no possession when the force is on duty.
    insta::assert_snapshot!(r("The brigade ran 900 patrols, with 6,400 officers and 1,100 police vehicles on duty."), @r"
    tally Patrols 900 (patrols)
    tally OfficersDeployed 6400 (officers)
    tally VehiclesDeployed 1100 (police vehicles)
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
fn cash_totaling_its_money() {
    insta::assert_snapshot!(r("Police seized drug money totaling 4.2 million yuan and froze proceeds amounting to 900,000 yuan."), @"
    seizure Cash Seized drug money v=4.2 million yuan
    seizure Cash Frozen proceeds v=900,000 yuan
    ");
}

#[test]
fn losses_recovered_for_someone() {
    // Whom the money is for stands between the losses and the money.
    insta::assert_snapshot!(r("The county bureau recovered economic losses for the masses of over 1.6 million yuan."), @"seizure Cash Recovered economic losses v=over 1.6 million yuan");
    insta::assert_snapshot!(r("Police retrieved losses for 75 victims of 430,000 yuan."), @"seizure Cash Recovered losses v=430,000 yuan");
    // Machine-translated order, without `of`.
    insta::assert_snapshot!(r("The squadron recovered losses for the people 88,000 yuan."), @"seizure Cash Recovered losses v=88,000 yuan");
}

#[test]
fn a_seizures_heading_seizes_its_items() {
    insta::assert_snapshot!(r("Drug seizures: heroin 14.5 kg, ketamine 3.2 kg."), @r"
    seizure Drugs Seized heroin q=14.5 kg
    seizure Drugs Seized ketamine q=3.2 kg
    warning binding guessed from machine-translated word order (noun before its number) [14.5 kg]
    warning binding guessed from machine-translated word order (noun before its number) [3.2 kg]
    ");
    // Seizures counted are events, not a verb: the 45 is no suspect.
    insta::assert_snapshot!(r("Police arrested 120 suspects and made 45 seizures."), @"tally Arrests 120 (suspects)");
}

#[test]
fn missing_people_returned_are_rescued() {
    insta::assert_snapshot!(r("Officers found and returned 214 missing persons to their families."), @"tally Rescued 214 (missing persons)");
    // Those money is returned to are no count.
    insta::assert_snapshot!(r("Officers returned 2.4 million yuan to 618 victims."), @"seizure Cash Recovered funds v=2.4 million yuan");
}

#[test]
fn pirated_things_are_counterfeit() {
    insta::assert_snapshot!(r("Officers confiscated 2,800 pirated discs."), @"seizure Counterfeit Confiscated pirated discs q=2,800");
}

#[test]
fn vice_venues_cleared_are_dens() {
    insta::assert_snapshot!(r("Police cleared 64 prostitution venues and inspected 210 gambling venues."), @r"
    tally DensDestroyed 64 (prostitution venues)
    tally PlacesInspected 210 (gambling venues)
    ");
}

#[test]
fn units_checked_are_places() {
    insta::assert_snapshot!(r("Fire officers checked 1,470 units and seized 3,000 units of fireworks."), @r"
    tally PlacesInspected 1470 (units)
    seizure Other Seized units of fireworks q=3,000
    ");
}

#[test]
fn a_list_goes_on_past_an_items_value() {
    insta::assert_snapshot!(r("In all 1,850 fake engine parts, with a value of 4 million yuan, and 3 moulds were seized."), @r"
    seizure Counterfeit Seized fake engine parts q=1,850 v=4 million yuan
    seizure Other Seized moulds q=3
    ");
}

#[test]
fn penalties_imposed_on_people_handle_them() {
    insta::assert_snapshot!(r("The county imposed administrative penalties on 730 people and penalized 95 drivers."), @r"
    tally OffendersHandled 730 (people)
    tally OffendersHandled 95 (drivers)
    ");
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
