//! Round 36, tallies: verbs of translated bulletins (`killing` gangs,
//! `disabled` numbers, searches at places), a gerund after `of` that takes its
//! count, and publicity products.

use super::*;

#[test]
fn gangs_killed_are_busted() {
    insta::assert_snapshot!(r("Railway police solved 640 thefts, killing 19 criminal gangs."), @"
    tally CasesSolved 640 (thefts)
    tally GangsBusted 19 (criminal gangs)
    ");
    insta::assert_snapshot!(r("There were 520 cases of luggage theft, killing 11 criminal gangs."), @"
    tally CasesFiled 520 (cases of luggage theft)
    tally GangsBusted 11 (criminal gangs)
    ");
    // People killed are no arrests; animals killed are no seizure.
    insta::assert_snapshot!(r("The explosion tore through the market, killing 5 people."), @"");
    insta::assert_snapshot!(r("The gang admitted killing 4 tigers and selling their bones."), @"");
}

#[test]
fn numbers_and_accounts_disabled_are_cut_off() {
    insta::assert_snapshot!(r("The centre disabled 52,000 phone numbers used in scams."), @"tally Other 52000 (phone numbers)");
    insta::assert_snapshot!(r("Police disabled 1,200 bank accounts and 300 websites."), @"
    tally Other 1200 (bank accounts)
    tally Other 300 (websites)
    ");
    // Devices put out of use were not seized.
    insta::assert_snapshot!(r("The police disabled 2 explosive devices at the station."), @"");
    // `disabled` before people is who they are.
    insta::assert_snapshot!(r("A total of 12 disabled people were helped by the station."), @"tally Rescued 12 (disabled people)");
    insta::assert_snapshot!(r("Officers visited 30 disabled elderly people at home."), @"");
}

#[test]
fn places_searched_were_inspected() {
    insta::assert_snapshot!(r("Officers carried out searches at 57 locations across the county."), @"tally PlacesInspected 57 (locations)");
    insta::assert_snapshot!(r("The squads conducted searches of some 1,300 locations, including bars."), @"tally PlacesInspected 1300 (locations)");
    // `searched` alone checks no one: a search for someone, a search that
    // lasts days, a search with tools.
    insta::assert_snapshot!(r("Rescuers searched 3 days and nights for 12 missing miners."), @"");
    insta::assert_snapshot!(r("Police searched the area with 3 drones and seized 2 guns."), @"seizure Weapons Seized guns q=2");
    // Things searched out were found, not checked.
    insta::assert_snapshot!(r("Dozens of boxes of fake car parts were searched out from warehouses."), @"");
}

#[test]
fn a_gerund_after_of_takes_its_count() {
    insta::assert_snapshot!(r("In the course of busting 640 drug-related cases, police detained 400 suspects."), @"
    tally CasesSolved 640 (drug-related cases)
    tally Arrests 400 (suspects)
    ");
    insta::assert_snapshot!(r("More than 400 suspects were detained in the process of cracking 640 cases."), @"
    tally Arrests 400 (suspects)
    tally CasesSolved 640 (cases)
    ");
    // A participle after `of` still modifies its noun.
    insta::assert_snapshot!(r("Of the seized 40 guns, 12 were replicas."), @"seizure Weapons Seized guns q=40");
}

#[test]
fn publicity_products_handed_out_are_publicity() {
    insta::assert_snapshot!(r("The team issued leaflets and publicity products more than 2000 copies."), @"
    tally Publicity 2000 (publicity products)
    warning binding guessed from machine-translated word order (noun before its number) [more than 2000]
    ");
}
