//! The same facts told in other words: other outlets' verbs and nouns,
//! other word orders, other ways of writing the numbers. Each test holds
//! one family of rewordings.

use super::r;

#[test]
fn other_words_for_crews_migrants_homes_and_stores() {
    insta::assert_snapshot!(r("Coast guards boarded the trawler and took in 9 crew."), @"tally Arrests 9 (crew)");
    insta::assert_snapshot!(r("Patrol boats intercepted 2 vessels, and 17 crew members were caught."), @"
    tally Arrests 17 (crew members)
    seizure Vehicles Intercepted vessels q=2
    ");
    insta::assert_snapshot!(r("Officers visited 860 rental homes and checked 2,300 migrants and 40 transients."), @"
    tally PlacesInspected 860 (rental homes)
    tally PeopleChecked 2300 (migrants)
    tally PeopleChecked 40 (transients)
    ");
    insta::assert_snapshot!(r("The squad raided 4 cold stores used to hide smuggled chicken wings."), @"tally DensDestroyed 4 (cold stores)");
}

#[test]
fn horns_and_assets_are_seized_things() {
    insta::assert_snapshot!(r("Forest police seized 2.3 kg of rhino horn and a tiger skin."), @"seizure Wildlife Seized rhino horn q=2.3 kg");
    insta::assert_snapshot!(r("Assets worth 62 million yuan were seized from the gang."), @"seizure Other Seized Assets v=62 million yuan");
}

#[test]
fn respectively_after_the_verb_and_its_list_of_nouns() {
    // Machine translation keeps the Chinese order: the verb, the nouns it
    // takes, then their numbers.
    insta::assert_snapshot!(r("The brigade solved theft cases and robbery cases 215 and 37 respectively."), @"
    tally CasesSolved 215 (cases)
    tally CasesSolved 37 (cases)
    ");
    insta::assert_snapshot!(r("Officers cracked burglary cases, fraud cases, arson cases and assault cases 88, 41, 6 and 19 respectively."), @"
    tally CasesSolved 88 (cases)
    tally CasesSolved 41 (cases)
    tally CasesSolved 6 (cases)
    tally CasesSolved 19 (cases)
    ");
    // Each noun with its own verb before it.
    insta::assert_snapshot!(r("Police arrested suspects and rescued children 14 and 5 respectively."), @"
    tally Arrests 14 (suspects)
    tally Rescued 5 (children)
    ");
}

#[test]
fn cases_opened_are_cases_filed() {
    insta::assert_snapshot!(r("The anti-smuggling bureau opened 94 cases for investigation in the first half."), @"tally CasesFiled 94 (cases)");
    insta::assert_snapshot!(r("A further 17 cases were opened after the raids."), @"tally CasesFiled 17 (cases)");
    // Opening accounts or companies is no enforcement count.
    insta::assert_snapshot!(r("The ring opened 300 bank accounts and 12 shell companies."), @"");
}

#[test]
fn a_phrasal_verb_split_around_its_count() {
    // The particle after the noun joins the word before the number, and is
    // no word of the noun.
    insta::assert_snapshot!(r("Detectives took 6 gang members away for questioning."), @"tally Arrests 6 (gang members)");
    insta::assert_snapshot!(r("The patrol rounded 25 gamblers up at a farmhouse."), @"tally Arrests 25 (gamblers)");
    insta::assert_snapshot!(r("Villagers handed 18 homemade guns in."), @"seizure Weapons Confiscated homemade guns q=18");
    // Without a verb that takes the particle, the particle is no verb.
    insta::assert_snapshot!(r("4 gamblers ran away when officers arrived."), @"");
    insta::assert_snapshot!(r("Officers found 3 guns in a shed."), @"seizure Weapons Seized guns q=3");
}

#[test]
fn an_acronym_inside_the_counted_noun() {
    // Capitals and digits inside the noun go on to its head.
    insta::assert_snapshot!(r("The unit cleared up 318 unlicensed P2P lending cases."), @"tally CasesSolved 318 (unlicensed P2P lending cases)");
    insta::assert_snapshot!(r("Inspectors checked 65 KTV entertainment venues."), @"tally PlacesInspected 65 (KTV entertainment venues)");
    // A capital word after the head is no part of it.
    insta::assert_snapshot!(r("Police arrested 12 suspects CCTV showed at the scene."), @"tally Arrests 12 (suspects)");
}

#[test]
fn money_held_in_accounts_then_its_passive() {
    insta::assert_snapshot!(r("About 48 million yuan in the suspects' bank accounts has been frozen."), @"seizure Cash Frozen funds v=About 48 million yuan");
    // An `in` phrase of something else keeps the money unmoved.
    insta::assert_snapshot!(r("32 million yuan in the case was frozen."), @"");
}

#[test]
fn money_brought_back_is_recovered() {
    // The verb is shared by people and money; the people keep their own
    // noun class.
    insta::assert_snapshot!(r("The task force brought back 85 fugitives and 1.4 billion yuan in illicit funds."), @"
    tally Fugitives 85 (fugitives)
    seizure Cash Recovered illicit funds v=1.4 billion yuan
    ");
}

#[test]
fn respectively_never_deals_a_number_to_the_verbs_subject() {
    // The subject with its verb after it, then objects with none: the list
    // is not read, and the police get no number.
    insta::assert_snapshot!(r("Police arrested suspects and seized pistols 30 and 45 respectively."), @"");
    insta::assert_snapshot!(r("Police checked hostels, bathhouses and teahouses 62, 18 and 9 respectively."), @"");
    // Each listed noun with its own verb after it is still read.
    insta::assert_snapshot!(r("Cases cracked and suspects caught were 140 and 96 respectively."), @"
    tally CasesSolved 140 (Cases)
    tally Arrests 96 (suspects)
    ");
}

#[test]
fn each_linked_count_takes_the_subject_after_the_last_count() {
    insta::assert_snapshot!(r("Cases solved were 312 and suspects arrested were 205."), @"
    tally CasesSolved 312 (Cases)
    tally Arrests 205 (suspects)
    ");
    insta::assert_snapshot!(r("Cases filed were 415 and cases solved were 390 in the quarter."), @"
    tally CasesFiled 415 (Cases)
    tally CasesSolved 390 (cases)
    ");
    // A count inside the subject is no last count to read from.
    insta::assert_snapshot!(r("The number of suspects arrested in the 3 cities was 205."), @"tally Arrests 205 (suspects)");
}
