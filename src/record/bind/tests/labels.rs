//! Statistics set out as labels: `cases solved 320, stop-payments made
//! 1,742`, each value counting its own label's noun.

use super::*;

#[test]
fn a_later_label_keeps_its_own_noun() {
    insta::assert_snapshot!(r("Telecom fraud: cases solved 210, stop-payments made 1,380."), @"
    fraud cases_solved 210
    fraud payments_stopped 1380
    ");
    insta::assert_snapshot!(r("Telecom fraud: cases solved 210, warning calls made 4,900."), @"
    fraud cases_solved 210
    fraud warnings_issued 4900
    ");
    insta::assert_snapshot!(r("Cases solved 45, gambling dens destroyed 6."), @"
    tally CasesSolved 45 (Cases)
    tally DensDestroyed 6 (gambling dens)
    ");
    insta::assert_snapshot!(r("Telecom fraud: cases solved 18, potential victims dissuaded 520."), @"
    fraud cases_solved 18
    fraud people_dissuaded 520
    ");
    insta::assert_snapshot!(r("Telecom fraud: cases solved 18, home visits carried out 2,300."), @"
    fraud cases_solved 18
    fraud door_to_door_visits 2300
    ");
    // A clause that opens earlier is no label: the verb before counts.
    insta::assert_snapshot!(r("Police made 300 arrests."), @"tally Arrests 300 (arrests)");
}

#[test]
fn a_table_cell_edge_ends_a_label() {
    insta::assert_snapshot!(r("Vehicles checked 4,100 | People checked 6,350"), @"
    tally VehiclesChecked 4100 (Vehicles)
    tally PeopleChecked 6350 (People)
    ");
}

#[test]
fn a_colon_label_may_end_in_a_phrase_of_place() {
    insta::assert_snapshot!(r("Officers on duty: 3,150."), @"tally OfficersDeployed 3150 (Officers)");
    insta::assert_snapshot!(r("Checkpoints in service: 42."), @"tally Checkpoints 42 (Checkpoints)");
}

#[test]
fn bullets_set_labels_apart() {
    insta::assert_snapshot!(r("Anti-fraud centre: ▶ warnings pushed 41,800 ▶ potential victims dissuaded 22,600 ▶ stop-payments made 1,090"), @"
    fraud payments_stopped 1090
    fraud people_dissuaded 22600
    fraud warnings_issued 41800
    ");
    insta::assert_snapshot!(r("Results: • cases solved 45 • suspects arrested 60"), @"
    tally CasesSolved 45 (cases)
    tally Arrests 60 (suspects)
    ");
}

#[test]
fn a_colon_label_may_end_in_a_tail_of_agent_or_time() {
    insta::assert_snapshot!(r("Online fraud suspects caught by the provincial police: 2,140."), @"fraud suspects_arrested 2140");
    insta::assert_snapshot!(r("Telecom fraud cases solved during the special action: 3.1万."), @"fraud cases_solved 31000");
    insta::assert_snapshot!(r("Telecom fraud cases filed, January to October: 5,870."), @"fraud cases_filed 5870");
    insta::assert_snapshot!(r("Cases solved in Shunde district since March: 611."), @"tally CasesSolved 611 (Cases)");
    insta::assert_snapshot!(r("Online fraud suspects caught by city police in the spring campaign from March to May: 1,204."), @"fraud suspects_arrested 1204");
    // A clause before the colon is no label, tail or not.
    insta::assert_snapshot!(r("Police cracked down on telecom fraud in June: 88."), @"");
}

#[test]
fn a_hyphenated_modifier_leads_a_label_before_its_number() {
    insta::assert_snapshot!(r("Anti-fraud work: face-to-face warnings 730 times."), @"fraud warnings_issued 730");
    insta::assert_snapshot!(r("Anti-fraud work: door-to-door reminders 1,260 times."), @"fraud door_to_door_visits 1260");
    insta::assert_snapshot!(r("Telecom fraud: early warnings 4,800 times."), @"fraud warnings_issued 4800");
}

#[test]
fn cases_set_out_with_no_verb_occurred() {
    insta::assert_snapshot!(r("Online fraud cases 2.3万余起, down 11.4% year on year."), @"
    fraud cases_filed 23000
    trend Decrease 11.4 Some(YearOnYear)
    ");
    insta::assert_snapshot!(r("Anti-fraud results: telecom fraud reports 876; suspects arrested 95."), @"
    fraud cases_filed 876
    fraud suspects_arrested 95
    ");
    insta::assert_snapshot!(r("Criminal cases 4,210 | cases solved 1,930"), @"
    tally CasesFiled 4210 (cases)
    tally CasesSolved 1930 (cases)
    ");
    insta::assert_snapshot!(r("Results: phone and internet fraud reports 3,050; cases solved 1,120."), @"
    fraud cases_filed 3050
    fraud cases_solved 1120
    ");
    // A number inside its clause is no item of its own.
    insta::assert_snapshot!(r("Telecom fraud cases 1,200 in the first quarter."), @"");
}

#[test]
fn a_colon_label_may_end_in_a_verb_with_its_particle() {
    insta::assert_snapshot!(r("Gangs broken up: 9. Dens knocked out: 14."), @"
    tally GangsBusted 9 (Gangs)
    tally DensDestroyed 14 (Dens)
    ");
    insta::assert_snapshot!(r("Suspects taken into custody: 230."), @"tally Arrests 230 (Suspects)");
    // A clause before the colon is still no label.
    insta::assert_snapshot!(r("Police broke up gangs in May: 9."), @"");
}

#[test]
fn a_colon_label_may_name_a_thing_seized() {
    insta::assert_snapshot!(r("Firearms confiscated: 31; bullets confiscated: 2,400."), @"
    seizure Weapons Confiscated Firearms q=31
    seizure Weapons Confiscated bullets q=2,400
    ");
    insta::assert_snapshot!(r("Heroin seized: 3.1 kg. Pistols seized: 6."), @"
    seizure Drugs Seized Heroin q=3.1 kg
    seizure Weapons Seized Pistols q=6
    ");
    // No verb of taking in the label: no seizure.
    insta::assert_snapshot!(r("Guns: 8."), @"");
}

#[test]
fn the_forces_own_vehicles_set_out_as_a_label_were_deployed() {
    insta::assert_snapshot!(r("Officers: 640. Police cars: 85. Patrol vehicles: 12."), @"
    tally OfficersDeployed 640 (Officers)
    tally VehiclesDeployed 85 (Police cars)
    tally VehiclesDeployed 12 (vehicles)
    ");
    // Vehicles of no force, with no verb: no count.
    insta::assert_snapshot!(r("Vehicles: 40."), @"");
}

#[test]
fn an_act_before_a_labels_noun_names_its_class() {
    // `door-to-door warnings:` are visits, as `door-to-door warnings 316`
    // and `316 door-to-door warnings` are.
    insta::assert_snapshot!(r("Telecom fraud prevention this week: door-to-door warnings: 316; warning texts: 5,200."), @"
    fraud door_to_door_visits 316
    fraud warnings_issued 5200
    ");
    insta::assert_snapshot!(r("Telecom fraud: stop-payment requests: 74."), @"fraud payments_stopped 74");
    // The act joined by a word is no modifier of the noun.
    insta::assert_snapshot!(r("Telecom fraud: door-to-door and online warnings: 316."), @"fraud warnings_issued 316");
}

#[test]
fn ticks_set_a_scoreboards_items_apart() {
    // A WeChat-style scoreboard ticks its items off as bullets do.
    insta::assert_snapshot!(r("This week's anti-fraud scoreboard ✅ warnings pushed 1,362 ✅ people dissuaded 217 ✔ home visits 48"), @"
    fraud door_to_door_visits 48
    fraud people_dissuaded 217
    fraud warnings_issued 1362
    warning binding guessed from machine-translated word order (noun before its number) [48]
    ");
}

#[test]
fn a_label_tail_opened_by_after() {
    // `after ...` between a label and its colon is a tail of time, as
    // `during ...` is.
    insta::assert_snapshot!(r("Telecom fraud prevention: home visits after unanswered calls: 3,900."), @"fraud door_to_door_visits 3900");
    insta::assert_snapshot!(r("Telecom fraud suspects arrested after the May raids: 41."), @"fraud suspects_arrested 41");
}

#[test]
fn offences_set_out_as_a_label_were_dealt_with() {
    insta::assert_snapshot!(r("Results of the night check.\nDrunk driving: 14\nDriving after drinking: 39\nUnlicensed drivers: 8"), @r"
    tally OffendersHandled 14 (Drunk driving)
    tally OffendersHandled 39 (Driving)
    tally OffendersHandled 8 (drivers)
    ");
    // A label of no offence, with no verb: no count.
    insta::assert_snapshot!(r("Results of the night check.\nAccidents: 3\nVehicles: 40"), @"");
}

#[test]
fn a_thing_seized_by_its_label_and_a_measure_after_its_count() {
    // `Relics recovered 68 pieces` past a label's colon; a fake word
    // opening the label keeps the thing counterfeit.
    insta::assert_snapshot!(r("Counterfeit cigarettes seized: 1,260 cartons."), @"seizure Counterfeit Seized Counterfeit cigarettes q=1,260");
    insta::assert_snapshot!(r("Smuggled frozen meat seized: 300 bags. Cigarettes confiscated: 45 packs."), @r"
    seizure Goods Seized meat q=300
    seizure Goods Confiscated Cigarettes q=45
    ");
}

#[test]
fn money_set_out_by_a_label() {
    // The label names the cash and the verb that took it.
    insta::assert_snapshot!(r("Results:\nSuspects arrested: 31\nIllegal gains confiscated: 48,600 yuan"), @r"
    tally Arrests 31 (Suspects)
    seizure Cash Confiscated Illegal gains v=48,600 yuan
    ");
    insta::assert_snapshot!(r("Suspects arrested: 6. Stolen money recovered: 1.35 million yuan."), @r"
    tally Arrests 6 (Suspects)
    seizure Cash Recovered Stolen money v=1.35 million yuan
    ");
    insta::assert_snapshot!(r("Confiscated illegal gains: 1.2 million yuan."), @"seizure Cash Confiscated illegal gains v=1.2 million yuan");
    // A value label is the value of the thing seized before it.
    insta::assert_snapshot!(r("Counterfeit cigarettes seized: 1,260 cartons; value involved: 3.4 million yuan."), @"seizure Counterfeit Seized Counterfeit cigarettes q=1,260 v=3.4 million yuan");
    // No verb in the label: no seizure.
    insta::assert_snapshot!(r("Illegal gains: 48,600 yuan."), @"");
}

#[test]
fn a_table_row_is_a_label_and_its_value() {
    insta::assert_snapshot!(r("Item | Number\nCases solved | 235\nSuspects arrested | 48\nGangs smashed | 3"), @r"
    tally CasesSolved 235 (Cases)
    tally Arrests 48 (Suspects)
    tally GangsBusted 3 (Gangs)
    ");
    // A bar with no label before it, or a row of names, counts nothing.
    insta::assert_snapshot!(r("Zhang | 35 | Wang | 41"), @"");
}

#[test]
fn a_pages_count_of_its_readers_is_no_statistic() {
    insta::assert_snapshot!(r("Anti-fraud police froze 3.8 million yuan.\nRelease time: 2024-08-21   Number of visits: 462"), @"fraud funds_frozen 3800000");
    insta::assert_snapshot!(r("Anti-fraud work: home visits: 3,860"), @"fraud door_to_door_visits 3860");
}

#[test]
fn a_slash_pair_of_labels_deals_its_pair_of_counts() {
    insta::assert_snapshot!(r("Telecom fraud cases solved/suspects arrested: 148/97"), @r"
    fraud cases_solved 148
    fraud suspects_arrested 97
    ");
    insta::assert_snapshot!(r("Anti-fraud work\nEarly warnings pushed/people dissuaded: 3,421/3,398"), @r"
    fraud people_dissuaded 3398
    fraud warnings_issued 3421
    ");
    insta::assert_snapshot!(r("Burglary cases solved/suspects arrested: 12/9"), @r"
    tally CasesSolved 12 (cases)
    tally Arrests 9 (suspects)
    ");
    // A space on each side of the slashes, and a table's bar for the colon.
    insta::assert_snapshot!(r("Item | 2025\nRisks found / rectified | 2,310 / 2,275\nOther | 1"), @r"
    tally HazardsFound 2310 (Risks)
    tally HazardsRectified 2275 (Risks)
    ");
    insta::assert_snapshot!(r("Theft cases solved / suspects arrested: 64 / 31"), @r"
    tally CasesSolved 64 (cases)
    tally Arrests 31 (suspects)
    ");
    // Between the counts, a space may stand on one side of the slash only.
    insta::assert_snapshot!(r("Risks found / rectified: 1,870 /1,802"), @"
    tally HazardsFound 1870 (Risks)
    tally HazardsRectified 1802 (Risks)
    ");
    // Between the labels, a slash with a space on one side only parts no
    // pair of labels.
    insta::assert_snapshot!(r("Risks found /rectified: 1,870 / 1,802"), @"");
}

#[test]
fn a_table_row_labels_its_first_value_column_only() {
    insta::assert_snapshot!(r("Item | This year | Last year\nTelecom fraud cases filed | 1,024 | 1,388\nCases solved | 316 | 254\nSuspects arrested | 402 | 377"), @r"
    fraud cases_filed 1024
    fraud cases_solved 316
    fraud suspects_arrested 402
    ");
    insta::assert_snapshot!(r("Indicator | 2024 | 2023\nDrunk drivers dealt with | 86 | 120"), @"tally OffendersHandled 86 (drivers)");
    // Cells parted by tabs, as a sheet pastes them.
    insta::assert_snapshot!(r("Indicator\tThis year\tLast year\nCriminal cases filed\t1,204\t1,390\nTelecom fraud cases filed\t312\t455"), @r"
    tally CasesFiled 1204 (cases)
    fraud cases_filed 312
    ");
}

#[test]
fn a_list_item_with_its_own_subject_keeps_it() {
    insta::assert_snapshot!(r("Anti-fraud results: warnings pushed 500; people successfully dissuaded on the spot 1,089."), @r"
    fraud people_dissuaded 1089
    fraud warnings_issued 500
    ");
}

#[test]
fn a_bracketed_value_or_an_arrow_sets_a_label_off() {
    insta::assert_snapshot!(r("Telecom fraud results: cases cracked (617), suspects arrested (824)."), @"
    fraud cases_solved 617
    fraud suspects_arrested 824
    ");
    // (The comma of a grouped number stays inside the bracket.)
    insta::assert_snapshot!(r("Telecom fraud: early warnings pushed (8,130), people dissuaded (2,764)."), @"
    fraud people_dissuaded 2764
    fraud warnings_issued 8130
    ");
    insta::assert_snapshot!(r("Telecom fraud cases solved ▶ 312\nSuspects caught ▶ 457"), @"
    fraud cases_solved 312
    fraud suspects_arrested 457
    ");
    // A full-width comma in the label's tail (three bytes) is cut whole.
    insta::assert_snapshot!(r("电信诈骗，telecom fraud cases cracked (617)"), @"fraud cases_solved 617");
}

#[test]
fn a_column_header_labels_the_cells_below_it() {
    insta::assert_snapshot!(r("Telecom fraud warnings\nMonth | Warnings issued | People dissuaded\nJuly | 4,210 | 1,032\nAugust | 4,876 | 1,190\nTotal | 9,086 | 2,222"), @"
    fraud people_dissuaded 2222
    fraud warnings_issued 9086
    ");
    // A header of years labels nothing: the row's label does.
    insta::assert_snapshot!(r("Telecom fraud\n| Indicator | 2024 | 2023 |\n| Cases solved | 3,402 | 2,961 |"), @"fraud cases_solved 3402");
    // A headline's column name above the table is no header of it; a
    // header without the rows' closing bar still is.
    insta::assert_snapshot!(r("Data | Telecom fraud this year\nMonth | Warnings issued | People dissuaded\nJuly | 4,210 | 1,032"), @"
    fraud people_dissuaded 1032
    fraud warnings_issued 4210
    ");
    insta::assert_snapshot!(r("Telecom fraud\nMonth | Warnings issued | People dissuaded\n| July | 4,210 | 1,032 |"), @"
    fraud people_dissuaded 1032
    fraud warnings_issued 4210
    ");
}

#[test]
fn a_money_column_header_names_the_cash_and_verb_of_its_cells() {
    // The header's `(yuan)` is the column's unit; `Funds frozen` its item
    // and verb, as a label's would be.
    insta::assert_snapshot!(r("Telecom fraud by district\n| District | Cases solved | Funds frozen (yuan) |\n| East | 46 | 1,320,000 |\n| Total | 84 | 2,295,500 |"), @"
    fraud cases_solved 84
    fraud funds_frozen 2295500
    ");
    insta::assert_snapshot!(r("Drug cases\n| District | Cases solved | Drug money seized |\n| East | 46 | 1,320,000 yuan |"), @"
    tally CasesSolved 46 (Cases)
    seizure Cash Seized Drug money v=1,320,000 yuan
    ");
    // A header naming no cash leaves a later money column unread.
    insta::assert_snapshot!(r("Telecom fraud\n| Item | This year | Last year |\n| Funds returned | 8,650,000 yuan | 6,212,000 yuan |"), @"fraud funds_returned 8650000");
}
