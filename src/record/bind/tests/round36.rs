//! Round 36: phrasings the nearest working rule missed — a later stage of
//! justice by `sent`, percents paired with nouns after `in`, seizures
//! told by subject, by label or in capitals, things destroyed, and
//! counts of times that tell one anecdote.

use super::*;

#[test]
fn sent_for_prosecution_is_the_later_stage_transferred_is() {
    insta::assert_snapshot!(r("Last month 18 suspects were sent for prosecution."), @"tally Other 18 (suspects)");
    insta::assert_snapshot!(r("Last month 18 suspects were transferred for prosecution."), @"tally Other 18 (suspects)");
    insta::assert_snapshot!(r("The brigade sent 26 suspects to the procuratorate."), @"tally Other 26 (suspects)");
    // Arrested, then sent: the arrest stands.
    insta::assert_snapshot!(r("Police detained and sent 7 people for prosecution."), @"tally Arrests 7 (people)");
    // Sent elsewhere, no move of justice.
    insta::assert_snapshot!(r("The bureau sent 300 officers to the venue."), @"tally OfficersDeployed 300 (officers)");
}

#[test]
fn times_one_person_or_home_was_called_on_are_no_prevention_count() {
    insta::assert_snapshot!(r("To stop the telecom fraud, officers visited the victim's home 3 times."), @"");
    insta::assert_snapshot!(r("The anti-fraud centre called him 5 times to warn him of the scam."), @"");
    insta::assert_snapshot!(r("Against telecom fraud, police phoned the old woman 4 times and went to her house twice."), @"");
    // Counts of the work itself stay.
    insta::assert_snapshot!(r("Door-to-door visits were made 300 times in the anti-fraud campaign."), @"fraud door_to_door_visits 300");
    insta::assert_snapshot!(r("Early warnings against telecom fraud were issued 7,600 times."), @"fraud warnings_issued 7600");
    insta::assert_snapshot!(r("Against telecom fraud, officers visited households 2,400 times."), @"
    fraud door_to_door_visits 2400
    warning binding guessed from machine-translated word order (noun before its number) [2,400]
    ");
}

/// Each trend of `text`: `direction percent (metric)`.
fn metrics(text: &str) -> String {
    let b = Bulletin::parse(text).unwrap();
    b.trends
        .iter()
        .map(|t| format!("{:?} {} ({})", t.direction, t.percent, t.metric))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn percents_listed_then_nouns_listed_after_in_respectively() {
    insta::assert_snapshot!(metrics("Rises of 5% and 7% in burglaries and car thefts respectively were recorded."), @"
    Increase 5 (burglaries)
    Increase 7 (car thefts)
    ");
    insta::assert_snapshot!(metrics("Declines of 12%, 8% and 3.5% in robberies, frauds and assaults respectively."), @"
    Decrease 12 (robberies)
    Decrease 8 (frauds)
    Decrease 3.5 (assaults)
    ");
    insta::assert_snapshot!(metrics("The county saw falls of 9 percent and 4 percent in theft cases and drug cases, respectively."), @"
    Decrease 9 (theft cases)
    Decrease 4 (drug cases)
    ");
    // A time or place after `in` pairs nothing; nor a list of another length.
    insta::assert_snapshot!(metrics("Thefts fell 4% and 9% in the two towns respectively."), @"
    Decrease 4 (Thefts)
    Decrease 9 (Thefts)
    ");
    insta::assert_snapshot!(metrics("Rises of 5% and 7% in March and April respectively."), @"
    Increase 5 ()
    Increase 7 ()
    ");
    insta::assert_snapshot!(metrics("Rises of 5% and 7% in thefts, frauds and arson respectively."), @"
    Increase 5 ()
    Increase 7 ()
    ");
}

/// A drug named in capitals after its measure (`12 kg of MDMA`).
#[test]
fn a_capitalized_drug_after_its_measure_is_the_item() {
    insta::assert_snapshot!(r("Police seized 12 kg of MDMA and 3 kg of Ketamine."), @"
    seizure Drugs Seized MDMA q=12 kg
    seizure Drugs Seized Ketamine q=3 kg
    ");
    insta::assert_snapshot!(r("Officers seized 40 grams of Heroin and 3 bags of Cannabis in the flat."), @"
    seizure Drugs Seized Heroin q=40 grams
    seizure Drugs Seized bags of Cannabis q=3
    ");
    // A capital that names no seizable thing opens no item.
    insta::assert_snapshot!(r("Police seized 12 kg of Tieguanyin."), @"");
}

/// Things destroyed were done away with, not taken.
#[test]
fn things_destroyed_are_no_seizure() {
    insta::assert_snapshot!(r("Police destroyed 3.2 tonnes of drugs at the plant."), @"");
    insta::assert_snapshot!(r("The bureau publicly destroyed 1,200 illegal guns and 600 knives."), @"");
    insta::assert_snapshot!(r("Police destroyed drugs worth 40 million yuan."), @"");
    // Things taken and then destroyed were seized all the same.
    insta::assert_snapshot!(r("A total of 150 kilograms of drugs were seized and destroyed."), @"seizure Drugs Seized drugs q=150 kilograms");
    insta::assert_snapshot!(r("Customs officers seized and later destroyed 3,000 fake handbags."), @"seizure Counterfeit Seized fake handbags q=3,000");
    insta::assert_snapshot!(r("The squad confiscated and then destroyed 20 kilograms of opium."), @"seizure Drugs Confiscated opium q=20 kilograms");
    // A verb of taking that is not joined to the destroying one by `and`.
    insta::assert_snapshot!(r("Drugs seized last year, 150 kilograms in all, were destroyed."), @"");
    // Dens destroyed stay dens; things seized first stay seized.
    insta::assert_snapshot!(r("Police destroyed 3 drug dens and seized 2 kg of heroin."), @"
    tally DensDestroyed 3 (drug dens)
    seizure Drugs Seized heroin q=2 kg
    ");
}

/// The seized thing as the subject, or a label after a verb of taking.
#[test]
fn a_seized_thing_counted_by_its_subject_or_label() {
    insta::assert_snapshot!(r("The seized cigarettes numbered 26,000 cartons."), @"seizure Goods Seized cigarettes q=26,000");
    insta::assert_snapshot!(r("The cigarettes seized numbered 26,000 cartons."), @"seizure Goods Seized cigarettes q=26,000");
    insta::assert_snapshot!(r("The confiscated liquor totalled 900 bottles."), @"seizure Goods Confiscated liquor q=900");
    insta::assert_snapshot!(r("Customs seized a truck of contraband; cigarettes: 12,000 cartons."), @"seizure Goods Seized cigarettes q=12,000");
    insta::assert_snapshot!(r("Customs seized smuggled goods, including cigarettes: 8,000 cartons; liquor: 300 bottles."), @"
    seizure Goods Seized cigarettes q=8,000
    seizure Goods Seized liquor q=300
    ");
    // A label with no verb of taking in its sentence is no seizure.
    insta::assert_snapshot!(r("The shop sold goods; cigarettes: 400 cartons."), @"");
}

/// `Seizures of cocaine rose to 1.2 tonnes`: the period's seizure, named
/// by its noun of taking (the level it rose to is no percent trend).
#[test]
fn seizures_of_a_thing_rising_to_a_level() {
    insta::assert_snapshot!(r("Seizures of cocaine rose to 1.2 tonnes."), @"seizure Drugs Seized cocaine q=1.2 tonnes");
    insta::assert_snapshot!(r("This year seizures of heroin rose 20% to 800 kg."), @"
    seizure Drugs Seized heroin q=800 kg
    trend Increase 20 None
    ");
    insta::assert_snapshot!(r("The seizure of cannabis was 2 tonnes."), @"seizure Drugs Seized cannabis q=2 tonnes");
}
