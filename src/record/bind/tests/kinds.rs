//! The kind of a tally: what a verb did to which noun (people sought and
//! handed over, vehicles dealt with, units checked, dens cleared).

use super::*;

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
fn people_sought_and_handed_over() {
    insta::assert_snapshot!(r("27 people wanted for robbery were caught."), @"tally Fugitives 27 (people wanted)");
    insta::assert_snapshot!(r("So far, 19 out of 20 suspects on the most-wanted list have been caught."), @"tally Fugitives 19 (suspects)");
    insta::assert_snapshot!(r("58 suspects were handed over by foreign police."), @"tally Arrests 58 (suspects)");
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
    // A custody verb past `and` is another clause's: `door to door` opens
    // no `to` phrase of custody.
    insta::assert_snapshot!(r("Officers visited 130,000 people door to door and held 2,100 lectures."), @"tally Publicity 2100 (lectures)");
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
    insta::assert_snapshot!(r("Police seized 2 or 3 guns."), @"seizure Weapons Seized guns q=2 or 3");
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
fn vehicles_dealt_with_are_violations_handled() {
    insta::assert_snapshot!(r("Traffic police dealt with 940 illegal vehicles and impounded 35 vehicles."), @r"
    tally OffendersHandled 940 (illegal vehicles)
    seizure Vehicles Seized vehicles q=35
    ");
    // Cars ordered are bought, not violations.
    insta::assert_snapshot!(r("The bureau ordered 30 new police cars for patrols."), @"");
}

#[test]
fn people_disciplined_are_offenders_handled() {
    insta::assert_snapshot!(r("Police admonished 85 people and disciplined 410 people for public order offences."), @r"
    tally OffendersHandled 85 (people)
    tally OffendersHandled 410 (people)
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
fn missing_people_returned_are_rescued() {
    insta::assert_snapshot!(r("Officers found and returned 214 missing persons to their families."), @"tally Rescued 214 (missing persons)");
    // Those money is returned to are no count.
    insta::assert_snapshot!(r("Officers returned 2.4 million yuan to 618 victims."), @"seizure Cash Recovered funds v=2.4 million yuan");
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
    seizure Goods Seized units of fireworks q=3,000
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
fn rounds_of_inspections_count_rounds_not_places() {
    insta::assert_snapshot!(r("Inspection teams completed three rounds of inspections in 31 provinces, and officers carried out 5 rounds of patrols and checked 300 places."), @"
    tally Patrols 5 (rounds of patrols)
    tally PlacesInspected 300 (places)
    ");
}

#[test]
fn a_comma_and_and_after_a_noun_start_a_clause() {
    // Only a list already open closes with `, and`.
    insta::assert_snapshot!(r("Teams worked in 31 provinces, and officers carried out 5 patrols. Police raided 4 pornography, gambling, and drug dens."), @"
    tally Patrols 5 (patrols)
    tally DensDestroyed 4 (pornography, gambling, and drug dens)
    ");
}

#[test]
fn police_vehicles_a_force_goes_out_with_are_deployed() {
    insta::assert_snapshot!(r("The county put 900 officers on the streets each night, with 140 patrol cars."), @"
    tally OfficersDeployed 900 (officers)
    tally VehiclesDeployed 140 (patrol cars)
    ");
    insta::assert_snapshot!(r("The squad set out with 12 police motorcycles."), @"tally VehiclesDeployed 12 (police motorcycles)");
    insta::assert_snapshot!(r("The bureau bought 30 new police cars."), @"");
    insta::assert_snapshot!(r("Officers stopped a lorry with 12 stolen cars."), @"");
}

#[test]
fn road_users_checked_are_people_and_offenders_checked_are_handled() {
    insta::assert_snapshot!(r("A total of 2,340 drivers were breathalysed during the operation."), @"tally PeopleChecked 2340 (drivers)");
    insta::assert_snapshot!(r("Officers breathalyzed 860 motorists at the toll gate."), @"tally PeopleChecked 860 (motorists)");
    // An offence names them offenders.
    insta::assert_snapshot!(r("Officers checked 41 drunk drivers."), @"tally OffendersHandled 41 (drunk drivers)");
    // Road users and the people riding with them, checked, are people
    // checked; fined, they are offenders.
    insta::assert_snapshot!(r("Police checked 2,600 drivers and passengers."), @"tally PeopleChecked 2600 (drivers and passengers)");
    insta::assert_snapshot!(r("Officers breathalysed 1,300 motorists and passengers."), @"tally PeopleChecked 1300 (motorists and passengers)");
    insta::assert_snapshot!(r("Police checked 3,100 car and truck drivers."), @"tally PeopleChecked 3100 (car and truck drivers)");
    insta::assert_snapshot!(r("Police fined 26 drivers and passengers."), @"tally OffendersHandled 26 (drivers and passengers)");
    insta::assert_snapshot!(r("Police checked 41 drunk drivers and passengers."), @"tally OffendersHandled 41 (drunk drivers and passengers)");
}

#[test]
fn vehicles_of_offenders_towed_are_seized() {
    // Vehicles of offenders towed are seized; others towed were helped.
    insta::assert_snapshot!(r("The brigade towed 52 illegally parked vehicles and issued 310 parking tickets."), @r"
    tally OffendersHandled 310 (parking tickets)
    seizure Vehicles Seized illegally parked vehicles q=52
    ");
    insta::assert_snapshot!(r("The brigade towed 5 broken-down lorries off the bridge."), @"");
}

#[test]
fn vehicles_stopped_were_checked() {
    insta::assert_snapshot!(r("The brigade has stopped 1,862 vehicles at night checkpoints."), @"tally VehiclesChecked 1862 (vehicles)");
    insta::assert_snapshot!(r("During the rectification, 1,204 electric bikes were stopped and inspected."), @"tally VehiclesChecked 1204 (electric bikes)");
    // Not what a stopped vehicle carried.
    insta::assert_snapshot!(r("Officers stopped a lorry with 12 stolen cars."), @"");
}

#[test]
fn places_closed_are_counted_but_no_dens() {
    // Places closed or shut down are businesses shut (other), no dens
    // destroyed; places checked are inspected.
    insta::assert_snapshot!(r("The bureau inspected 326 venues and closed 9 massage parlours operating illegally."), @r"
    tally PlacesInspected 326 (venues)
    tally Other 9 (massage parlours operating illegally)
    ");
    insta::assert_snapshot!(r("Since April, 3 bathhouses were shut down for prostitution."), @"tally Other 3 (bathhouses)");
    insta::assert_snapshot!(r("Market officers shut down 64 pet stores that sold protected turtles."), @"tally Other 64 (pet stores)");
    // A den smashed stays a den.
    insta::assert_snapshot!(r("Officers smashed 14 drug dens in the old port."), @"tally DensDestroyed 14 (drug dens)");
}

#[test]
fn dangers_of_any_field_and_smuggled_fruit() {
    insta::assert_snapshot!(r("Police across the province rectified 2,300 hidden traffic dangers."), @"tally HazardsRectified 2300 (hidden traffic dangers)");
    insta::assert_snapshot!(r("Inspectors found 41 potential safety dangers."), @"tally HazardsFound 41 (potential safety dangers)");
    insta::assert_snapshot!(r("Customs officers seized 760 kg of durians and 3 tons of fruits."), @r"
    seizure Goods Seized durians q=760 kg
    seizure Goods Seized fruits q=3 tons
    ");
}

#[test]
fn offences_named_after_a_parts_copula() {
    insta::assert_snapshot!(r("Police checked 1,200 drivers, and 17 of them were found driving after drinking."), @r"
    tally PeopleChecked 1200 (drivers)
    tally OffendersHandled 17 (found driving)
    ");
    insta::assert_snapshot!(r("Police arrested 45 suspects, and 12 of them were found to be fugitives."), @"tally Arrests 45 (suspects)");
    insta::assert_snapshot!(r("The detachment investigated 12,600 traffic violations, of which 318 were drunk driving."), @r"
    tally OffendersHandled 12600 (traffic violations)
    tally OffendersHandled 318 (drunk driving)
    ");
    insta::assert_snapshot!(r("Police handled 128 drug addicts; among them, 42 were drug dealers."), @"tally OffendersHandled 128 (drug addicts)");
    // What some of a count were is no count of its own otherwise.
    insta::assert_snapshot!(r("Police arrested 45 suspects, of whom 12 were women."), @"tally Arrests 45 (suspects)");
}

#[test]
fn officers_a_team_is_formed_with_are_deployed() {
    insta::assert_snapshot!(r("The bureau set up 6 special task forces with 85 police officers."), @"tally OfficersDeployed 85 (police officers)");
    insta::assert_snapshot!(r("The county formed 12 working groups with 300 officers to check hotels."), @"tally OfficersDeployed 300 (officers)");
    // What a place has is no force put in.
    insta::assert_snapshot!(r("A police station with 12 officers serves the town."), @"");
    insta::assert_snapshot!(r("The ring had 160 police on its trail."), @"");
}

#[test]
fn people_handled_administratively_are_offenders_handled() {
    insta::assert_snapshot!(r("In the raid, 96 gamblers were dealt with administratively."), @"tally OffendersHandled 96 (gamblers)");
    insta::assert_snapshot!(r("Police imposed administrative penalties on 41 suspects."), @"tally OffendersHandled 41 (suspects)");
    // (Suspects dealt with, no more said, stay arrests; gamblers, whose
    // offence is administrative, are offenders handled.)
    insta::assert_snapshot!(r("In the raid, 96 suspects were dealt with."), @"tally Arrests 96 (suspects)");
    insta::assert_snapshot!(r("In the raid, 96 gamblers were dealt with."), @"tally OffendersHandled 96 (gamblers)");
}

#[test]
fn people_something_is_returned_to_are_not_returned_themselves() {
    insta::assert_snapshot!(r("The stolen phones were returned to the 14 victims at a ceremony."), @"");
    insta::assert_snapshot!(r("Police found and returned 12 missing children to their families."), @"tally Rescued 12 (missing children)");
}

#[test]
fn a_new_subject_after_a_passive_and_and_is_no_object_of_it() {
    insta::assert_snapshot!(r("In all 320 disputes were handled this way and 290 families reported satisfied."), @"tally Disputes 320 (disputes)");
    // With no verb of its own, the count after `and` shares the passive.
    insta::assert_snapshot!(r("In all 40 suspects were arrested and 12 fugitives."), @"
    tally Arrests 40 (suspects)
    tally Fugitives 12 (fugitives)
    ");
}

#[test]
fn buildings_inspected_are_places_inspected() {
    insta::assert_snapshot!(r("In the first week, 2,870 residential buildings were inspected for fire hazards."), @r#"tally PlacesInspected 2870 (residential buildings)"#);
    insta::assert_snapshot!(r("Officers checked 96 buildings along the river."), @r#"tally PlacesInspected 96 (buildings)"#);
    // Burned down, they are no inspection.
    insta::assert_snapshot!(r("The blaze destroyed 12 buildings in the old town."), @"");
}
