//! Phrasings met in real bulletins of gambling sweeps, wildlife and
//! smuggling cases, anti-gang and traffic work (round 27).

use super::*;

#[test]
fn outlets_destroyed_are_dens_and_outlets_inspected_are_places() {
    insta::assert_snapshot!(r("Police destroyed 48 illegal lottery outlets in the city."), @"tally DensDestroyed 48 (illegal lottery outlets)");
    insta::assert_snapshot!(r("Another 5 gambling outlets were smashed."), @"tally DensDestroyed 5 (gambling outlets)");
    insta::assert_snapshot!(r("Inspectors checked 230 retail outlets selling fireworks."), @"tally PlacesInspected 230 (retail outlets selling fireworks)");
}

#[test]
fn gallbladders_and_animal_bones_are_wildlife_and_office_machines_devices() {
    insta::assert_snapshot!(r("Officers seized 9 kg of bear gallbladders and 40 kg of animal bones."), @r"
    seizure Wildlife Seized bear gallbladders q=9 kg
    seizure Wildlife Seized animal bones q=40 kg
    ");
    insta::assert_snapshot!(r("Police seized 6 fax machines and 4 printers from the betting shop."), @r"
    seizure Devices Seized fax machines q=6
    seizure Devices Seized printers q=4
    ");
}
