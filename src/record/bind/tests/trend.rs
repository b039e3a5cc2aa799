//! Trends: the change words, signs, bases and Chinese phrasings that give a
//! percent its direction.

use super::*;

/// The trends of `text` only, one per line.
pub(super) fn t(text: &str) -> String {
    let b = Bulletin::parse(text).unwrap();
    b.trends
        .iter()
        .map(|t| format!("{:?} {} {:?}", t.direction, t.percent, t.basis))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The metrics of the trends of `text`, in order.
fn metrics(text: &str) -> Vec<String> {
    let b = Bulletin::parse(text).unwrap();
    b.trends.iter().map(|t| t.metric.to_string()).collect()
}

#[test]
fn every_inflection_of_a_change_verb_gives_a_direction() {
    // Past, present, -ing and base forms of the vivid change verbs.
    for (text, want) in [
        (
            "Robberies plunging 41 percent, the district was praised.",
            "Decrease 41 None",
        ),
        ("Scam reports slid 9.4 percent.", "Decrease 9.4 None"),
        ("Bike thefts kept sliding, 6.2% this spring.", ""),
        ("Phone fraud dipped 3.1%.", "Decrease 3.1 None"),
        ("Burglaries tumble 22 percent.", "Decrease 22 None"),
        ("Drug cases shrank 11.3%.", "Decrease 11.3 None"),
        ("Losses have shrunk 8 percent.", "Decrease 8 None"),
        ("Gambling cases retreated 7.7 percent.", "Decrease 7.7 None"),
        ("Complaints spiked 40%.", "Increase 40 None"),
        ("Solved cases rebounded 12.6%.", "Increase 12.6 None"),
        (
            "Arrests soaring 60 percent, the campaign went on.",
            "Increase 60 None",
        ),
        (
            "Recovered funds surging 28.4%, victims were repaid.",
            "Increase 28.4 None",
        ),
        (
            "Seizures jumping 19 percent, the port was watched.",
            "Increase 19 None",
        ),
        ("Solved burglaries climbs 14%.", "Increase 14 None"),
        ("Losses were lower by 13.2%.", "Decrease 13.2 None"),
        ("Arrests were higher by 9.9 percent.", "Increase 9.9 None"),
        (
            "There was an uptick of 4.5% in cyber scams.",
            "Increase 4.5 None",
        ),
        ("Complaints saw a 3% uptick.", "Increase 3 None"),
        ("Thefts showed a 2.5% dip.", "Decrease 2.5 None"),
    ] {
        assert_eq!(t(text), want, "{text}");
    }
    // The -ing form before a percent and its basis.
    assert_eq!(
        t("With frauds plunging 47 percent year-on-year, the unit was commended."),
        "Decrease 47 Some(YearOnYear)"
    );
}

#[test]
fn change_verbs_without_a_percent_make_no_trend() {
    for text in [
        "The suspect jumped from the window and fled with 2 bags.",
        "Officers were climbing 3 floors to reach the roof.",
        "The gang tried to retreat into the hills with 4 accomplices.",
        "The car slid 20 metres on the ice.",
    ] {
        assert_eq!(t(text), "", "{text}");
    }
}

#[test]
fn a_signed_percent_beside_a_basis_or_change_word_is_a_trend() {
    assert_eq!(
        t("Phone scam losses changed by -7.3% year-on-year."),
        "Decrease 7.3 Some(YearOnYear)"
    );
    assert_eq!(
        t("Burglaries: +11.6% year on year."),
        "Increase 11.6 Some(YearOnYear)"
    );
    assert_eq!(
        t("Drug cases showed a change of minus 4 percent."),
        "Decrease 4 None"
    );
    assert_eq!(
        t("Clearance growth stood at -2.5% month on month."),
        "Decrease 2.5 Some(MonthOnMonth)"
    );
    // The metric leaves out the change words.
    let b = Bulletin::parse("Reported losses changed by -3% year on year.").unwrap();
    assert_eq!(b.trends[0].metric, "Reported losses");
    // A bare sign in a table states no change.
    assert_eq!(t("Precinct 4 -3%, precinct 5 +2%."), "");
    assert_eq!(t("The error margin was -1.5% in the survey."), "");
}

#[test]
fn a_chinese_change_word_before_its_percent() {
    assert_eq!(
        t("全市盗窃案件同比下降18.4%，破案数同比上升9.1%。"),
        "Decrease 18.4 Some(YearOnYear)\nIncrease 9.1 Some(YearOnYear)"
    );
    assert_eq!(
        t("诈骗案件同比下降6%，环比上升2%。"),
        "Decrease 6 Some(YearOnYear)\nIncrease 2 Some(MonthOnMonth)"
    );
    assert_eq!(
        t("涉案金额同比增加了12.5%。"),
        "Increase 12.5 Some(YearOnYear)"
    );
    assert_eq!(t("抢劫案件下降了7%。"), "Decrease 7 None");
    assert_eq!(t("交通事故降幅为3%。"), "Decrease 3 None");
    // The metric is the subject before the basis, after the clause edge.
    let b = Bulletin::parse("盗窃案件同比下降6%，抢劫案件环比上升2%。").unwrap();
    assert_eq!(b.trends[1].metric, "抢劫案件");
    // A level reached, or a share, is no change.
    assert_eq!(t("诈骗案件下降至30%。"), "");
    assert_eq!(t("破案率达到95%。"), "");
}

#[test]
fn a_percent_restating_a_change_after_or() {
    assert_eq!(
        t("Frauds were down by a quarter, or 24.6 percent, on last year."),
        "Decrease 24.6 Some(YearOnYear)"
    );
    assert_eq!(t("Thefts fell by 31 cases, or 12%."), "Decrease 12 None");
    // A comma without `or` still ends the look back.
    assert_eq!(t("Thefts fell by a third, 40% of them at night."), "");
}

#[test]
fn headline_present_tense_and_comma_set_off_sizes() {
    assert_eq!(
        t("Burglary arrests rise 15% in the city."),
        "Increase 15 None"
    );
    assert_eq!(t("Street crime fall 6 percent."), "Decrease 6 None");
    assert_eq!(
        t("Cases involving students declined markedly, by 12.5%, on last year."),
        "Decrease 12.5 Some(YearOnYear)"
    );
}

#[test]
fn a_percent_of_something_is_a_share_not_the_change_before_it() {
    assert_eq!(
        t("Patrols jumped into action and 85% of calls were answered in minutes."),
        ""
    );
    assert_eq!(
        t("Arrests rose and 70 percent of the suspects were local."),
        ""
    );
}

#[test]
fn more_wire_change_verbs_and_a_basis_between_percent_and_noun() {
    for (text, want) in [
        ("Robberies dived 16%.", "Decrease 16 None"),
        ("Car thefts nosedived 23 percent.", "Decrease 23 None"),
        ("Arson cases sank 11.9%.", "Decrease 11.9 None"),
        ("Scams eased 3 percent.", "Decrease 3 None"),
        ("Thefts slipped 1.5%.", "Decrease 1.5 None"),
        ("Burglaries skyrocketed 80%.", "Increase 80 None"),
        ("Injuries were lowered by 10.2%.", "Decrease 10.2 None"),
        (
            "Police saw a 12 percent year over year decline in thefts.",
            "Decrease 12 Some(YearOnYear)",
        ),
        (
            "Accidents showed a 5.5% YoY drop.",
            "Decrease 5.5 Some(YearOnYear)",
        ),
    ] {
        assert_eq!(t(text), want, "{text}");
    }
    // Nouns that share a verb's spelling make no trend with a share.
    assert_eq!(t("Forged deposit slips made up 12% of the evidence."), "");
}

#[test]
fn the_change_named_as_subject_and_a_basis_label() {
    assert_eq!(
        t("The decline was 8.2% on the previous month."),
        "Decrease 8.2 Some(MonthOnMonth)"
    );
    assert_eq!(t("The increase was 3 percent."), "Increase 3 None");
    assert_eq!(
        t("Month on month: +1.9%."),
        "Increase 1.9 Some(MonthOnMonth)"
    );
}

#[test]
fn the_size_of_a_chinese_change() {
    assert_eq!(t("盗窃案件下降幅度达19%。"), "Decrease 19 None");
    assert_eq!(t("破案数上升幅度为7.5%。"), "Increase 7.5 None");
}

#[test]
fn metrics_of_new_phrasings() {
    // `、` joins the items of one metric; `分别` and the basis lead the
    // change word and are no part of it.
    assert_eq!(
        metrics("抢劫、盗窃案件分别同比下降9%和4%。"),
        ["抢劫、盗窃案件", "抢劫、盗窃案件"]
    );
    // A `with` opening an absolute phrase is no part of the metric.
    assert_eq!(
        metrics("With burglaries falling 12 percent, patrols were cut."),
        ["burglaries"]
    );
    // After a change word that follows its percent, `in` or `of` names
    // the metric, up to a comparison or the next item.
    assert_eq!(
        metrics("Arrests rose 8%, with a 21.5 percent drop in street robberies and a 9% decline of car thefts compared with 2023."),
        ["Arrests", "street robberies", "car thefts"]
    );
    // `the number of` opens the metric, and a long one keeps its head.
    assert_eq!(
        metrics("Officials said across the county the number of bike thefts fell 30%."),
        ["the number of bike thefts"]
    );
    assert_eq!(
        metrics("Meanwhile the count of phone scams in the town dropped 5%."),
        ["the count of phone scams in the town"]
    );
    // What follows a comparison is its basis, not the metric.
    let compared =
        metrics("Scam reports numbered 900, 4 percent more than in the same period of 2023.");
    assert_eq!(compared.len(), 1);
    assert!(!compared[0].contains("period"), "{compared:?}");
    // The counted words of a clause end before a time phrase, and a
    // word cut by the window's start names nothing.
    assert_eq!(
        metrics("A total of 2,406 people were held for theft offences in the first half of the year, a fall of 9 per cent."),
        ["people were held for theft offences"]
    );
    assert_eq!(
        metrics("Some 310 scams were reported in this year's first quarter, a drop of 12%."),
        ["scams were reported"]
    );
    // A counted noun cut by its six words loses a trailing auxiliary.
    assert_eq!(
        metrics("In the year, a total of 1,086 cases of telecom network fraud were filed, a decrease of 18.2%."),
        ["cases of telecom network fraud"]
    );
}

#[test]
fn a_change_in_something_of_a_percent() {
    assert_eq!(
        t("Officers noted an increase in phone scams of 8% month on month."),
        "Increase 8 Some(MonthOnMonth)"
    );
    assert_eq!(
        t("The town saw a reduction in arson of 17 percent."),
        "Decrease 17 None"
    );
    assert_eq!(t("Scams grew at a growth rate of 20%."), "Increase 20 None");
    assert_eq!(t("Victims were 14 percent fewer."), "Decrease 14 None");
    // A goal states no change.
    assert_eq!(
        t("The bureau aims to cut the number of scams by 10% in a year."),
        ""
    );
}

#[test]
fn an_aim_is_no_change_but_going_on_is() {
    assert_eq!(t("Police plan to increase patrols by 20 percent."), "");
    assert_eq!(
        t("Frauds continued to fall, by 6% year on year."),
        "Decrease 6 Some(YearOnYear)"
    );
    assert_eq!(t("Thefts began to rise 4% a month."), "Increase 4 None");
}

#[test]
fn a_written_plus_is_a_rise() {
    assert_eq!(
        t("Vehicle crime changed by plus 6 percent on last year."),
        "Increase 6 Some(YearOnYear)"
    );
    assert_eq!(
        t("Scams: ＋2.4% year on year."),
        "Increase 2.4 Some(YearOnYear)"
    );
    // `plus` adding a figure is no sign without a change around it.
    assert_eq!(t("The unit had 40 officers plus 10 percent reserves."), "");
}

#[test]
fn lower_than_a_comparison_by_a_percent() {
    assert_eq!(
        t("Scams were lower than last year by 9.5%."),
        "Decrease 9.5 Some(YearOnYear)"
    );
    // Right before its percent, `lower than` bounds a level.
    assert_eq!(t("The error rate stayed lower than 2%."), "");
    // And before a count it compares; the count stays a count.
    assert_eq!(
        r("Police arrested higher than 30 suspects."),
        "tally Arrests 30 (suspects)"
    );
}

#[test]
fn trend_metric_stops_at_an_earlier_change() {
    assert_eq!(
        metrics("Thefts fell 12% and robberies fell 8%."),
        ["Thefts", "robberies"]
    );
    assert_eq!(
        metrics("Burglaries fell 12 percent year on year, while frauds rose 3.5 percent."),
        ["Burglaries", "frauds"]
    );
    assert_eq!(
        metrics("Thefts fell 12%, robberies fell 8% and frauds rose 3.5%."),
        ["Thefts", "robberies", "frauds"]
    );
}

#[test]
fn trend_metric_of_a_basis_and_change_noun_is_the_clause_before() {
    assert_eq!(
        metrics("Scam reports fell for 9 straight months, with a year-on-year decrease of 27.4%."),
        ["Scam reports"]
    );
    assert_eq!(
        metrics("Thefts in the county fell, a year-on-year drop of 14.2%."),
        ["Thefts in the county"]
    );
}

#[test]
fn a_comparative_percent_before_its_metric_and_than() {
    assert_eq!(
        t("Officers handled 6.4% more calls than a year earlier."),
        "Increase 6.4 Some(YearOnYear)"
    );
    assert_eq!(
        metrics("Officers handled 6.4% more calls than a year earlier."),
        ["calls"]
    );
    assert_eq!(
        metrics("The county saw 11% fewer car thefts than in 2023."),
        ["car thefts"]
    );
    // `more` with no `than` after it is no comparison.
    assert_eq!(t("Police sent 40% more, mostly to the border."), "");
}

#[test]
fn a_list_of_bare_percents_shares_its_change_verb() {
    assert_eq!(
        t("Scams declined 12.1%, 9.8% and 4.5% in the three towns respectively."),
        "Decrease 12.1 None\nDecrease 9.8 None\nDecrease 4.5 None"
    );
}

#[test]
fn present_tense_and_rate_change_verbs() {
    assert_eq!(
        t("Gambling cases decrease 14% in spring"),
        "Decrease 14 None"
    );
    assert_eq!(
        t("The arrest rate improved by 4.5 percentage points."),
        "Increase 4.5 None"
    );
    assert_eq!(
        t("Losses narrowed by 7% year on year."),
        "Decrease 7 Some(YearOnYear)"
    );
    // An aim is still no change, and a level reached is none.
    assert_eq!(t("The bureau plans to reduce scams by 15%."), "");
    assert_eq!(t("The solve rate improved to 91.5%."), "");
}

#[test]
fn the_clause_before_names_the_metric_up_to_its_own_change_word() {
    assert_eq!(
        metrics("Fraud losses dropped by 3.4 million yuan, a decline of 21.5%."),
        ["Fraud losses"]
    );
    assert_eq!(
        metrics("Burglaries fell for the ninth straight month, down 8.8% year on year."),
        ["Burglaries"]
    );
    // A clause of a basis and a change word alone names nothing.
    assert_eq!(metrics("同比上升4.4%，环比下降1.9%。"), ["", ""]);
    assert_eq!(
        metrics("治安案件同比下降9.6%，其中赌博案件同比下降31%。"),
        ["治安案件", "赌博案件"]
    );
}

#[test]
fn a_clause_that_reports_a_count_names_its_noun() {
    assert_eq!(
        metrics("There were 412 burglaries, 9.5% fewer than a year ago."),
        ["burglaries"]
    );
    assert_eq!(
        metrics("The hotline received 5,210 complaints in 2023, up 3.1 percent."),
        ["complaints"]
    );
    // A label's value alone names nothing: the label does.
    assert_eq!(
        metrics("Burglaries: 2,118, down 6.4% year on year."),
        ["Burglaries"]
    );
    // A bound or total before the number is no part of the verb.
    assert_eq!(
        metrics("Police solved more than 9,400 burglary cases in 2023, up 7.1% year on year."),
        ["burglary cases"]
    );
    // A bound alone before the number names nothing: the counted noun
    // does.
    assert_eq!(
        metrics("A total of 6,300 road accidents were reported, a drop of 11 percent."),
        ["road accidents were reported"]
    );
    assert_eq!(
        metrics("Some 720 scam cases were filed in the county, down 18%."),
        ["scam cases were filed"]
    );
    // A number with its scale names nothing: the words before it do.
    assert_eq!(
        metrics("Thefts totalled 1,034, down 4.4%; losses stood at 2.1 million yuan, up 6%."),
        ["Thefts", "losses"]
    );
    assert_eq!(
        metrics("Petty thefts edged up 2.5% and scam calls doubled, rising 100%."),
        ["Petty thefts", "scam calls"]
    );
}

#[test]
fn a_change_stated_in_both_languages_is_one_trend() {
    assert_eq!(
        metrics("全市盗窃案件同比下降12.6%。\nThefts in the city fell 12.6% year on year."),
        ["全市盗窃案件"]
    );
    // Two metrics of one language that changed alike are two trends.
    assert_eq!(
        metrics("Thefts fell 12.6% and robberies fell 12.6%."),
        ["Thefts", "robberies"]
    );
    // Other sizes of change are other facts.
    assert_eq!(
        metrics("全市盗窃案件同比下降12.6%。\nRobberies fell 8.1%."),
        ["全市盗窃案件", "Robberies"]
    );
}

#[test]
fn trend_metric_of_a_part_is_its_counted_noun() {
    assert_eq!(
        metrics("Police took 390 calls for help, of which 41 were criminal cases, down 9.5% year on year."),
        ["criminal cases"]
    );
    assert_eq!(
        metrics("The bureau logged 270 reports, including 33 burglaries, down 12%."),
        ["burglaries"]
    );
    assert_eq!(
        metrics("Among them, 18 were robbery cases, a decrease of 7.1% year on year."),
        ["robbery cases"]
    );
}

#[test]
fn trend_metric_after_a_total_of() {
    // `共发案…起`, machine-translated: the noun after `a total of`.
    assert_eq!(
        metrics("This year the district has a total of burglary cases 88, a year-on-year decrease of 14.5%."),
        ["burglary cases"]
    );
}

#[test]
fn plummet_slip_sink_and_negative_growth_are_falls() {
    insta::assert_snapshot!(t("Drunk-driving cases plummeted 38.6 percent year-on-year to 12,000."), @"Decrease 38.6 Some(YearOnYear)");
    insta::assert_snapshot!(t("Robberies plummet 20%, thefts slip 3.5% and frauds sink 7%."), @"
    Decrease 20 None
    Decrease 3.5 None
    Decrease 7 None
    ");
    // `负增长`, word for word: a growth below zero is a fall.
    insta::assert_snapshot!(t("Cases involving drugs registered negative growth of 6.8% year on year."), @"Decrease 6.8 Some(YearOnYear)");
    insta::assert_snapshot!(t("Arrests registered growth of 6.8% year on year."), @"Increase 6.8 Some(YearOnYear)");
}

#[test]
fn a_change_noun_names_its_metric_after_the_percent() {
    insta::assert_snapshot!(metrics("Police recorded a year-on-year drop of 8 percent in burglaries last year.").join("|"), @"burglaries");
    insta::assert_snapshot!(metrics("Prosecutions rose, an increase of 43 percent in lawsuits.").join("|"), @"lawsuits");
    insta::assert_snapshot!(metrics("Officers saw an increase of 9% in the number of scams reported.").join("|"), @"the number of scams reported");
    // A time or a share after `in` is no metric: the words before are.
    insta::assert_snapshot!(metrics("Thefts showed a decrease of 5% in the first half.").join("|"), @"Thefts");
    insta::assert_snapshot!(metrics("Frauds showed a rise of 5% in June.").join("|"), @"Frauds");
    insta::assert_snapshot!(metrics("Arrests rose by 5% in 2023.").join("|"), @"Arrests");
}

#[test]
fn the_degree_of_a_change_noun_is_no_part_of_the_metric() {
    insta::assert_snapshot!(metrics("Burglaries in the city registered a sharp year-on-year decline of 33.3 percent.").join("|"), @"Burglaries in the city");
    assert_eq!(
        metrics(
            "Drug cases saw a significant drop of 12%, and frauds posted a slight increase of 2%."
        ),
        ["Drug cases", "frauds"]
    );
}

#[test]
fn a_table_row_label_names_the_metric() {
    insta::assert_snapshot!(metrics("Traffic deaths: 41 (YoY +5.1%)").join("|"), @"Traffic deaths");
    insta::assert_snapshot!(metrics("Robbery: 12 cases, -40% y/y; Burglary: 88 cases, -22.8% y/y.").join("|"), @"Robbery|Burglary");
    insta::assert_snapshot!(metrics("Thefts: 5,432, down 3.2% year on year.").join("|"), @"Thefts");
    // A value with more than its unit names its own noun.
    insta::assert_snapshot!(metrics("In May: 12 frauds were solved, up 40% y/y.").join("|"), @"frauds were solved");
}

#[test]
fn respectively_pairs_listed_nouns_with_listed_percents() {
    insta::assert_snapshot!(metrics("Murders, robberies and rapes fell by 10.2%, 18.5% and 7.7% respectively year-on-year.").join("|"), @"Murders|robberies|rapes");
    insta::assert_snapshot!(metrics("In 2023, thefts and frauds fell 4 percent and 9 percent respectively.").join("|"), @"thefts|frauds");
    // Fewer nouns than percents: the whole subject for each.
    insta::assert_snapshot!(metrics("Thefts fell 4% and 9% in the two cities respectively.").join("|"), @"Thefts|Thefts");
    // Without `respectively`, no pairing.
    insta::assert_snapshot!(metrics("Thefts and frauds fell 4% and 9%.").join("|"), @"Thefts and frauds|Thefts and frauds");
}

#[test]
fn phrasal_change_verbs() {
    insta::assert_snapshot!(t("Pickpocketing went down 8.5% year on year, while fraud went up 4%."), @"
    Decrease 8.5 Some(YearOnYear)
    Increase 4 None
    ");
    insta::assert_snapshot!(t("Traffic deaths came down 11% and injuries edged down 2.5%."), @"
    Decrease 11 None
    Decrease 2.5 None
    ");
}

#[test]
fn metric_shapes_of_a_clause_before_its_change() {
    // The clause before a bare change, read past a long absolute change.
    assert_eq!(metrics("The total number of criminal cases in the city fell by 1,126 compared with the same period last year, a decrease of 12.3%."), ["The total number of criminal cases in the city"]);
    // A scale word after the number is the number's, not the metric.
    assert_eq!(
        metrics(
            "In 2023, police filed a total of 4.39 million criminal cases, down 3.8% year-on-year."
        ),
        ["criminal cases"]
    );
    assert_eq!(
        metrics("The province received 21.6 million tourist visits, up 8.4% year on year."),
        ["tourist visits"]
    );
    // A verb of saying opens no part of it.
    assert_eq!(
        metrics("Police said burglaries fell 19.5% compared with last year."),
        ["burglaries"]
    );
}

#[test]
fn swell_balloon_dwindle_and_shot_up_are_changes() {
    insta::assert_snapshot!(t("The money involved swelled by 64% on the previous quarter."), @"Increase 64 Some(PeriodOnPeriod)");
    insta::assert_snapshot!(t("Gambling losses ballooned 120 percent year on year."), @"Increase 120 Some(YearOnYear)");
    insta::assert_snapshot!(t("Bicycle thefts dwindled 18% from last year."), @"Decrease 18 Some(YearOnYear)");
    insta::assert_snapshot!(t("Scam calls shot up 35 percent month on month."), @"Increase 35 Some(MonthOnMonth)");
}
