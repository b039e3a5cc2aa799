use insta::assert_snapshot;

use crate::record::bind::basis::tests::bases;

#[test]
fn more_reaches_its_than_over_a_long_metric() {
    assert_snapshot!(bases(&[
        "There were 11.5% more people held for running gambling dens than last year.",
        "Officers handled 7% more calls about lost pets and noisy neighbours than a year ago.",
        "Some 40% more officers joined the patrols.",
        "There were 11.5% more people held for running gambling dens in rented flats than last year.",
    ]), @"
    There were 11.5% more people held for running gambling dens than last year. => Increase 11.5 Some(YearOnYear)
    Officers handled 7% more calls about lost pets and noisy neighbours than a year ago. => Increase 7 Some(YearOnYear)
    Some 40% more officers joined the patrols. => 
    There were 11.5% more people held for running gambling dens in rented flats than last year. => Increase 11.5 Some(YearOnYear)
    ");
}

#[test]
fn a_percent_down_or_up_on_an_earlier_period() {
    assert_snapshot!(bases(&[
        "Burglaries were 6.2% down on the previous year.",
        "Phone scams ran 14% up year-on-year.",
        "Pickpocketing was 3% up compared with last summer.",
        "The clearance rate was 91%, up on last year.",
        "Arrests reached 84%, down from 90%.",
    ]), @"
    Burglaries were 6.2% down on the previous year. => Decrease 6.2 Some(YearOnYear)
    Phone scams ran 14% up year-on-year. => Increase 14 Some(YearOnYear)
    Pickpocketing was 3% up compared with last summer. => Increase 3 None
    The clearance rate was 91%, up on last year. => 
    Arrests reached 84%, down from 90%. =>
    ");
}

#[test]
fn rocketed_expanded_contracted_are_changes() {
    assert_snapshot!(bases(&[
        "Online gambling reports rocketed 65% from a year earlier.",
        "Drug seizures expanded 18% on last year.",
        "Street robberies contracted 7.5% year on year.",
        "The unit contracted 30% of the patrol work to a security firm.",
    ]), @"
    Online gambling reports rocketed 65% from a year earlier. => Increase 65 Some(YearOnYear)
    Drug seizures expanded 18% on last year. => Increase 18 Some(YearOnYear)
    Street robberies contracted 7.5% year on year. => Decrease 7.5 Some(YearOnYear)
    The unit contracted 30% of the patrol work to a security firm. =>
    ");
}

#[test]
fn a_basis_between_commas_inside_a_change() {
    assert_snapshot!(bases(&[
        "Car thefts fell, year on year, by 12.6%.",
        "Scam reports rose, month on month, 4.1%.",
    ]), @"
    Car thefts fell, year on year, by 12.6%. => Decrease 12.6 Some(YearOnYear)
    Scam reports rose, month on month, 4.1%. => Increase 4.1 Some(MonthOnMonth)
    ");
}

#[test]
fn percents_listed_after_one_change_share_it() {
    assert_snapshot!(bases(&[
        "The county saw a rise in arson and fraud, by 24 and 51.3 per cent respectively.",
        "Thefts dropped, in the old town, by 9%, 12% and 4.5%.",
        "Burglaries fell by 10 per cent, thefts by 6.5 per cent and robberies by 3 per cent.",
        "The county saw a rise in arson, and 51.3 per cent of fires were set at night.",
    ]), @"
    The county saw a rise in arson and fraud, by 24 and 51.3 per cent respectively. => Increase 24 None; Increase 51.3 None
    Thefts dropped, in the old town, by 9%, 12% and 4.5%. => Decrease 9 None; Decrease 12 None; Decrease 4.5 None
    Burglaries fell by 10 per cent, thefts by 6.5 per cent and robberies by 3 per cent. => Decrease 10 None; Decrease 6.5 None; Decrease 3 None
    The county saw a rise in arson, and 51.3 per cent of fires were set at night. =>
    ");
}

#[test]
fn a_short_aside_between_a_change_verb_and_its_percent() {
    assert_snapshot!(bases(&[
        "Car thefts fell, in the old town, by 12.6%.",
        "Bag snatching dropped, after night patrols began, by 30% on last year.",
        "Crypto payment scams went up, by a wide margin, 47 percent.",
        "Car thefts fell, in 2 of the 5 towns, by 12.6%.",
        "Car thefts were high, in the old town, by 12.6%.",
        "Car thefts fell, and in the old town, the share was 12.6%.",
    ]), @"
    Car thefts fell, in the old town, by 12.6%. => Decrease 12.6 None
    Bag snatching dropped, after night patrols began, by 30% on last year. => Decrease 30 Some(YearOnYear)
    Crypto payment scams went up, by a wide margin, 47 percent. => Increase 47 None
    Car thefts fell, in 2 of the 5 towns, by 12.6%. => 
    Car thefts were high, in the old town, by 12.6%. => 
    Car thefts fell, and in the old town, the share was 12.6%. =>
    ");
}
