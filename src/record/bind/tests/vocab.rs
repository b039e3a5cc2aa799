//! Vocabulary of tallies and seizures: the people taken, the things
//! seized and the words that class them, one test per family of words.

use super::r;

#[test]
fn street_trades_and_smuggling_roles_are_people_arrested() {
    insta::assert_snapshot!(r("Railway police arrested 26 ticket scalpers and 3 snakeheads."), @"
    tally Arrests 26 (ticket scalpers)
    tally Arrests 3 (snakeheads)
    ");
    insta::assert_snapshot!(r("Officers detained 7 illegal border crossers near the pass."), @"tally Arrests 7 (illegal border crossers)");
    insta::assert_snapshot!(r("Police caught 15 \"card farmers\" and 4 \"money mules\" in one raid."), @r#"
    tally Arrests 15 ("card farmers")
    tally Arrests 4 ("money mules")
    "#);
    insta::assert_snapshot!(r("Investigators took away 3 suspects from the warehouse."), @"tally Arrests 3 (suspects)");
    // People `seized` are arrested, not a seizure.
    insta::assert_snapshot!(r("Patrols seized 6 illegal border crossers."), @"tally Arrests 6 (illegal border crossers)");
}

#[test]
fn vendors_are_people_when_taken_and_businesses_when_checked() {
    insta::assert_snapshot!(r("The squad arrested 11 unlicensed vendors."), @"tally Arrests 11 (unlicensed vendors)");
    insta::assert_snapshot!(r("The squad inspected 230 vendors and 40 hawkers."), @"
    tally PlacesInspected 230 (vendors)
    tally PlacesInspected 40 (hawkers)
    ");
}

#[test]
fn schools_and_hospitals_are_places_inspected() {
    // Institutions are sites: inspected, they count; visited for talks
    // (`went into 4 schools to give talks`), they do not.
    insta::assert_snapshot!(r("Teams inspected 140 schools and kindergartens and 35 hospitals."), @"
    tally PlacesInspected 140 (schools and kindergartens)
    tally PlacesInspected 35 (hospitals)
    ");
    insta::assert_snapshot!(r("The brigade went into 4 schools to give talks."), @"");
}

#[test]
fn wild_animals_drugs_weapons_and_goods_by_name() {
    insta::assert_snapshot!(r("Forest police seized 19 pheasants, 8 wild hares and 41 kg of sea cucumbers."), @"
    seizure Wildlife Seized pheasants q=19
    seizure Wildlife Seized wild hares q=8
    seizure Wildlife Seized sea cucumbers q=41 kg
    ");
    insta::assert_snapshot!(r("Customs confiscated 2.6 kg of khat and 4 revolvers."), @"
    seizure Drugs Confiscated khat q=2.6 kg
    seizure Weapons Confiscated revolvers q=4
    ");
    insta::assert_snapshot!(r("The brigade seized 60 tons of smuggled rice and 2 oil tankers."), @"
    seizure Goods Seized smuggled rice q=60 tons
    seizure Vehicles Seized oil tankers q=2
    ");
}

#[test]
fn recovered_and_handed_in_things_are_seizures() {
    insta::assert_snapshot!(r("Detectives recovered 3.4 tons of stolen copper and 52 cubic meters of timber."), @"
    seizure Goods Recovered stolen copper q=3.4 tons
    seizure Goods Recovered timber q=52 cubic meters
    ");
    // Guns surrendered by the public are taken for good: confiscated.
    insta::assert_snapshot!(r("Villagers handed in 27 illegal guns during the amnesty."), @"seizure Weapons Confiscated illegal guns q=27");
}

#[test]
fn places_after_in_or_at_are_where_not_what() {
    // With no verb of their own, places a count stands in are no
    // inspection; with one, they are.
    insta::assert_snapshot!(r("Officers gave 12 lectures at 30 hotels."), @"tally Publicity 12 (lectures)");
    insta::assert_snapshot!(r("Officers inspected 30 hotels."), @"tally PlacesInspected 30 (hotels)");
}
