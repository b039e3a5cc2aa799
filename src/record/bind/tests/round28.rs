//! Phrasings met in real bulletins read for the round 28 audits: drug
//! and anti-gang results, smuggling, relics, gambling and traffic work,
//! and whole bulletins (counts in headlines written in title case).

use super::*;

#[test]
fn a_relative_clause_may_hold_a_list_of_acts_before_the_passive() {
    insta::assert_snapshot!(r("Over 2,400 gang members, who had extorted traders, occupied farmland and ran casinos, had been arrested by the end of May."), @"tally Arrests 2400 (gang members)");
    insta::assert_snapshot!(r("More than 760 suspects, who had built fake shops, opened shell firms and laundered money, were detained."), @"tally Arrests 760 (suspects)");
    insta::assert_snapshot!(r("Over 1,900 members of gangs, who had beaten villagers, seized farmland and run casinos, had been detained."), @"tally Arrests 1900 (members)");
    insta::assert_snapshot!(r("Some 85 members of the ring, which had forged permits, sold land and bribed clerks, were captured in March."), @"tally Arrests 85 (members)");
}

#[test]
fn the_part_of_a_whole_is_the_count() {
    insta::assert_snapshot!(r("Officers smashed 14 of the 19 dens named in the tip-offs."), @"tally DensDestroyed 14 (dens)");
    insta::assert_snapshot!(r("Police arrested 27 out of 30 suspects named in the case."), @"tally Arrests 27 (suspects named)");
    insta::assert_snapshot!(r("Nine of the 11 gangs were busted by June."), @"tally GangsBusted 9 (gangs)");
}

#[test]
fn what_closed_by_itself_in_the_perfect_was_not_closed_by_police() {
    insta::assert_snapshot!(r("By July, 63 of the 70 casinos in the county have closed."), @"");
    insta::assert_snapshot!(r("Some 40 fishing boats have stopped work for the season."), @"");
    insta::assert_snapshot!(r("By May, 25 gambling dens had shut down."), @"");
    // A passive still is the police's act.
    insta::assert_snapshot!(r("By May, 25 gambling dens had been shut down."), @"tally DensDestroyed 25 (gambling dens)");
    insta::assert_snapshot!(r("Police have closed 25 gambling dens."), @"tally DensDestroyed 25 (gambling dens)");
}

#[test]
fn a_count_for_an_offence_counts_the_offence() {
    insta::assert_snapshot!(r("Over the festival, traffic police seized 318 from drunk driving."), @"tally OffendersHandled 318 (drunk driving)");
    insta::assert_snapshot!(r("The brigade dealt with 74 for speeding and 12 for overloading."), @r"
    tally OffendersHandled 74 (speeding)
    tally OffendersHandled 12 (overloading)
    ");
}

#[test]
fn money_in_assets_is_their_value() {
    insta::assert_snapshot!(r("Over 60 million yuan in assets was seized or frozen by the police."), @"seizure Other Seized assets v=Over 60 million yuan");
    insta::assert_snapshot!(r("The gang was broken up, with 9 million yuan in assets confiscated."), @"seizure Other Confiscated assets v=9 million yuan");
    // Cash stays cash.
    insta::assert_snapshot!(r("Police seized 3 million yuan in cash and 12 million yuan in assets."), @r"
    seizure Cash Seized cash v=3 million yuan
    seizure Other Seized assets v=12 million yuan
    ");
}

#[test]
fn singular_dens_and_offences_keep_the_class_of_their_plurals() {
    insta::assert_snapshot!(r("Officers destroyed one drug factory and a storehouse."), @"tally DensDestroyed 1 (drug factory)");
    insta::assert_snapshot!(r("Police smashed one counterfeiting workshop in the suburbs."), @"tally DensDestroyed 1 (counterfeiting workshop)");
    insta::assert_snapshot!(r("Overnight, 31 traffic violation cases were dealt with."), @"tally OffendersHandled 31 (traffic violation cases)");
    insta::assert_snapshot!(r("Customs seized 48 bottles of imported wines."), @"seizure Goods Seized bottles of imported wines q=48");
}

#[test]
fn an_unclassed_noun_runs_on_through_a_quoted_word() {
    insta::assert_snapshot!(r("Police seized 0.8 tons of semifinished \"ice\" at the site."), @"seizure Drugs Seized semifinished \"ice\" q=0.8 tons");
    insta::assert_snapshot!(r("Officers found and seized 15 kg of liquid \"ice\"."), @"seizure Drugs Seized liquid \"ice\" q=15 kg");
}

#[test]
fn an_added_list_between_commas_leads_to_the_passive() {
    insta::assert_snapshot!(r("Another 0.6 tons of meth, as well as scales, moulds and presses, were seized at the farm."), @"seizure Drugs Seized meth q=0.6 tons");
    insta::assert_snapshot!(r("About 30 kg of heroin, along with scales, moulds and a car, was confiscated."), @"seizure Drugs Confiscated heroin q=About 30 kg");
}

#[test]
fn that_before_a_time_word_opens_no_clause() {
    insta::assert_snapshot!(r("In all, 31 traffic violations were handled that evening, including 4 drunk drivers."), @r"
    tally OffendersHandled 31 (traffic violations)
    tally OffendersHandled 4 (drunk drivers)
    ");
    insta::assert_snapshot!(r("Customs seized 40 kg of drugs that week, including 12 kg of heroin."), @r"
    seizure Drugs Seized drugs q=40 kg
    seizure Drugs Seized heroin q=12 kg
    ");
    insta::assert_snapshot!(r("Traffic police dealt with 52 violations that night, including 9 drunk drivers."), @r"
    tally OffendersHandled 52 (violations)
    tally OffendersHandled 9 (drunk drivers)
    ");
    // A reported clause still is one.
    insta::assert_snapshot!(r("Police found that the firm had stored 140 tons of sand."), @"");
}

#[test]
fn a_gangs_size_is_no_count_of_what_was_done_to_the_gang() {
    insta::assert_snapshot!(r("A betting ring with more than 60 members was broken up in June."), @"");
    insta::assert_snapshot!(r("Police busted a gang with 14 members and arrested 9 of them."), @"tally Arrests 9 (members)");
}

#[test]
fn the_whole_after_among_the_takes_only_its_own_participle() {
    insta::assert_snapshot!(r("Among the more than 420 checked vehicles, six were detained for overloading."), @r"
    tally VehiclesChecked 420 (checked vehicles)
    seizure Vehicles Seized vehicles q=six
    ");
    insta::assert_snapshot!(r("Among the 35 seized phones, 12 were stolen."), @"seizure Devices Seized seized phones q=35");
    insta::assert_snapshot!(r("Among the 80 vehicles, 5 were impounded."), @"seizure Vehicles Seized vehicles q=5");
}

#[test]
fn a_title_case_headline_counts_its_capitalized_plural() {
    insta::assert_snapshot!(r("Harbour Police Detain 27 Suspects In Card Raid\n\nThe raid took place on Friday."), @"tally Arrests 27 (Suspects)");
    insta::assert_snapshot!(r("Officers Bust 6 Criminal Gangs Across Hexi\n\nThe work goes on."), @"tally GangsBusted 6 (Criminal Gangs)");
    insta::assert_snapshot!(r("19 Suspects Handed Over To China From Laos\n\nThe group left on Monday."), @"tally Arrests 19 (Suspects)");
    // In the body, a capital after a number still names something.
    insta::assert_snapshot!(r("Police seized the car. Officers detained 27 Suspects In Card Raid, the report said."), @"");
}

#[test]
fn the_body_retelling_a_title_case_count_gives_its_reading() {
    insta::assert_snapshot!(r("Police Detain 31 Suspects In Hexi\n\nOn May 3, police detained 31 suspects of running gambling dens."), @"tally Arrests 31 (suspects)");
}

#[test]
fn fugitives_keep_their_adjective_whatever_heads_them() {
    insta::assert_snapshot!(r("Police arrested 512 fugitive criminal suspects last year."), @"tally Fugitives 512 (fugitive criminal suspects)");
    insta::assert_snapshot!(r("The squad caught 44 fugitive persons in the hills."), @"tally Fugitives 44 (fugitive persons)");
    insta::assert_snapshot!(r("Officers detained 17 fugitive drug suspects at the port."), @"tally Fugitives 17 (fugitive drug suspects)");
}

#[test]
fn a_passive_to_the_left_leaves_the_count_its_own() {
    insta::assert_snapshot!(r("Three workshops were shut, and 52 suspects involved in the forgery were arrested."), @r"
    tally DensDestroyed 3 (workshops)
    tally Arrests 52 (suspects)
    ");
    insta::assert_snapshot!(r("The stalls were closed, and 12 people involved in the thefts were detained."), @"tally Arrests 12 (people involved)");
}

#[test]
fn investigations_launched_into_cases_file_them() {
    insta::assert_snapshot!(r("By Friday the bureau had launched investigations into 4,210 criminal cases."), @"tally CasesFiled 4210 (criminal cases)");
    insta::assert_snapshot!(r("Police initiated investigations into 316 cases of theft in May."), @"tally CasesFiled 316 (cases of theft)");
    insta::assert_snapshot!(r("Officers caught 88 suspects and started investigations into 102 cases."), @r"
    tally Arrests 88 (suspects)
    tally CasesFiled 102 (cases)
    ");
}

#[test]
fn a_participle_after_the_whole_is_the_wholes_verb() {
    insta::assert_snapshot!(r("Officials said 3 of the 64 pickpockets caught in the station were later freed."), @"tally Arrests 64 (pickpockets)");
    insta::assert_snapshot!(r("Overall, 9 of the 150 motorbikes impounded were given back."), @"seizure Vehicles Seized motorbikes q=150");
    insta::assert_snapshot!(r("Medics examined 7 of the 88 drivers stopped on the bridge."), @"tally OffendersHandled 88 (drivers)");
}

#[test]
fn money_in_assets_needs_a_verb_that_takes_money() {
    insta::assert_snapshot!(r("The lender, which owned 45 million yuan in assets, misled 120 savers."), @"");
    insta::assert_snapshot!(r("A trading site with 18 million yuan in assets was closed, and officers held 6 men."), @"tally Arrests 6 (men)");
}

#[test]
fn counts_for_two_offences_keep_their_own() {
    insta::assert_snapshot!(r("Officers held 15 for speeding and 4 for robbery."), @r"
    tally OffendersHandled 15 (speeding)
    tally OffendersHandled 4 (robbery)
    ");
    insta::assert_snapshot!(r("Every trucker was fined 500 for overloading."), @"");
}
