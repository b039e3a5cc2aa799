//! Seizure kinds for things round 36's bulletins from South Asia and
//! China named: street and pharmacy drug names, drink, foods and
//! livestock that are merchandise, not wildlife.

use super::*;

/// Drug names of South and Southeast Asian and Chinese bulletins.
#[test]
fn regional_drug_names_are_drugs() {
    insta::assert_snapshot!(r("Officers seized 6 kilograms of ganja and 2 kg of charas from the truck."), @r"
    seizure Drugs Seized ganja q=6 kilograms
    seizure Drugs Seized charas q=2 kg
    ");
    insta::assert_snapshot!(r("The team recovered 40 grams of brown sugar and 300 bottles of phensedyl."), @r"
    seizure Drugs Recovered brown sugar q=40 grams
    seizure Drugs Recovered bottles of phensedyl q=300
    ");
    insta::assert_snapshot!(r("Police seized 2,000 yaba tablets, 25 bottles of codeine syrup and 3 kg of shabu."), @r"
    seizure Drugs Seized yaba tablets q=2,000
    seizure Drugs Seized bottles of codeine syrup q=25
    seizure Drugs Seized shabu q=3 kg
    ");
    insta::assert_snapshot!(r("Raiders found 4 kg of ganja seeds and 12 ganja plants."), @r"
    seizure Drugs Seized ganja seeds q=4 kg
    seizure Drugs Seized ganja plants q=12
    ");
}

/// Drink, foods and livestock taken in a raid are merchandise: goods.
#[test]
fn drink_food_and_livestock_are_goods() {
    insta::assert_snapshot!(r("Excise staff seized 80 litres of illicit arrack and 900 litres of fermented jaggery wash."), @r"
    seizure Goods Seized illicit arrack q=80 litres
    seizure Goods Seized fermented jaggery wash q=900 litres
    ");
    insta::assert_snapshot!(r("Customs seized 120 kg of hairy crabs, 900 eggs and 15 kg of bird nest."), @r"
    seizure Goods Seized hairy crabs q=120 kg
    seizure Goods Seized eggs q=900
    seizure Goods Seized bird nest q=15 kg
    ");
    insta::assert_snapshot!(r("Border guards seized 37 cattle and 12 goats being smuggled."), @r"
    seizure Goods Seized cattle q=37
    seizure Goods Seized goats q=12
    ");
    insta::assert_snapshot!(r("Rangers seized 40 turtle eggs."), @"seizure Wildlife Seized turtle eggs q=40");
}

/// Animal foods in one list with food merchandise are a food haul:
/// goods. Alone, with wild species or with other goods, they stay
/// wildlife; frozen ones are food anywhere.
#[test]
fn animal_foods_in_a_haul_of_merchandise_are_goods() {
    insta::assert_snapshot!(r("Customs seized 90 kg of frozen pork, about 12 kg of fish maw and 30 boxes of cosmetics."), @r"
    seizure Goods Seized frozen pork q=90 kg
    seizure Goods Seized fish maw q=about 12 kg
    seizure Goods Seized boxes of cosmetics q=30
    ");
    insta::assert_snapshot!(r("Officers seized 25 kg of abalone, 400 kg of dried sea cucumbers and 6 kg of shark fins."), @r"
    seizure Wildlife Seized abalone q=25 kg
    seizure Wildlife Seized dried sea cucumbers q=400 kg
    seizure Wildlife Seized shark fins q=6 kg
    ");
    insta::assert_snapshot!(r("Customs seized 12 kg of fish maw. Officers later seized 200 cartons of cigarettes."), @r"
    seizure Wildlife Seized fish maw q=12 kg
    seizure Goods Seized cartons of cigarettes q=200
    ");
    insta::assert_snapshot!(r("The patrol seized 300 kg of frozen crabs."), @"seizure Goods Seized frozen crabs q=300 kg");
    insta::assert_snapshot!(r("Police seized 3 kg of ivory, 14 kg of fish maw and 2,000 cigarettes."), @r"
    seizure Wildlife Seized ivory q=3 kg
    seizure Wildlife Seized fish maw q=14 kg
    seizure Goods Seized cigarettes q=2,000
    ");
    insta::assert_snapshot!(r("During the fishing ban, police seized 2 tonnes of crabs and 300 litres of diesel."), @"
    seizure Wildlife Seized crabs q=2 tonnes
    seizure Goods Seized diesel q=300 litres
    ");
    insta::assert_snapshot!(r("Customs seized 500 kg of frozen beef tripe, 80 kg of abalone and 2,000 eggs."), @"
    seizure Goods Seized frozen beef tripe q=500 kg
    seizure Goods Seized abalone q=80 kg
    seizure Goods Seized eggs q=2,000
    ");
}

/// A local measure glossed in brackets (`puria (small packet)`) counts
/// its `of` complement, as a measure word alone does.
#[test]
fn a_glossed_local_measure_counts_its_complement() {
    insta::assert_snapshot!(r("Police seized 40 puria (small packets) of heroin."), @"seizure Drugs Seized puria (small packets) of heroin q=40");
    insta::assert_snapshot!(r("Police seized 40 puria of heroin and 9 bottles of phensidyl."), @r"
    seizure Drugs Seized puria of heroin q=40
    seizure Drugs Seized bottles of phensidyl q=9
    ");
    insta::assert_snapshot!(r("Officers recovered 300 pieces (sets) of cultural relics."), @"seizure Relics Recovered pieces (sets) of cultural relics q=300");
}

/// A length before a weapon is its calibre, no quantity; reporters
/// counted after a verb of taking are no things taken.
#[test]
fn a_calibre_and_reporters_are_no_lots() {
    insta::assert_snapshot!(r("Officers seized a 7.62 mm rifle and 30 rounds of ammunition."), @"seizure Weapons Seized rounds of ammunition q=30");
    insta::assert_snapshot!(r("Police seized 200 m of fishing nets."), @"seizure Other Seized fishing nets q=200 m");
    insta::assert_snapshot!(r("Police seized the boat, the bureau told 12 journalists on Monday."), @"");
}

/// The thing a case holds (`cases with contraband valued at`) is the
/// case's, not a thing taken.
#[test]
fn goods_held_by_cases_are_no_seizure() {
    insta::assert_snapshot!(r("Police detained 40 suspects involved in 12 cases with contraband valued at 80 million yuan."), @"tally Arrests 40 (suspects)");
    insta::assert_snapshot!(r("Police detained 40 suspects and seized contraband valued at 80 million yuan."), @r"
    tally Arrests 40 (suspects)
    seizure Goods Seized contraband v=80 million yuan
    ");
}

/// The value after a list of examples (`goods, including ...`) is the
/// goods' value, not the last example's.
#[test]
fn the_value_after_listed_examples_is_the_whole_lots() {
    insta::assert_snapshot!(r("Customs seized a batch of smuggled goods, including some 70 kg of frozen mutton and six cartons of perfume with an estimated market value of about HK$750,000."), @r"
    seizure Goods Seized frozen mutton q=some 70 kg
    seizure Goods Seized cartons of perfume q=six
    seizure Goods Seized smuggled goods v=about HK$750,000
    ");
    // Without `including`, the value stays with the lot before it.
    insta::assert_snapshot!(r("Customs seized some 70 kg of frozen mutton and six cartons of perfume with an estimated market value of about HK$750,000."), @r"
    seizure Goods Seized frozen mutton q=some 70 kg
    seizure Goods Seized cartons of perfume q=six v=about HK$750,000
    ");
}

/// A weight with no noun, joined by `and` to a count of a measure word,
/// weighs that measure's complement too.
#[test]
fn a_weight_shares_the_complement_of_the_count_after_it() {
    insta::assert_snapshot!(r("Police seized 230 grams and 40 puria (small packets) of heroin."), @r"
    seizure Drugs Seized heroin q=230 grams
    seizure Drugs Seized puria (small packets) of heroin q=40
    ");
    insta::assert_snapshot!(r("Police seized 2 litres and 30 bottles of codeine syrup."), @r"
    seizure Drugs Seized codeine syrup q=2 litres
    seizure Drugs Seized bottles of codeine syrup q=30
    ");
    // A weight with a noun of its own keeps it.
    insta::assert_snapshot!(r("Police seized 5 kg of cocaine and 30 bottles of codeine syrup."), @r"
    seizure Drugs Seized cocaine q=5 kg
    seizure Drugs Seized bottles of codeine syrup q=30
    ");
}
