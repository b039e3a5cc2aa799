//! The agency layer's tests.
use super::*;
use insta::assert_snapshot;

pub(super) fn names(text: &str) -> Vec<String> {
    agencies(&Tokens::new(text))
        .iter()
        .map(|a| format!("{:?} {}", a.level, a.name))
        .collect()
}

#[test]
fn words_join_hyphens_and_apostrophes() {
    let text = "the Sub-Bureau's anti-smuggling unit, People’s police -x a--b";
    let tokens = Tokens::new(text);
    let reader = Words::new(&tokens);
    let mut words = vec![reader.word(0)];
    while let Some(next) = reader.next(words[words.len() - 1]) {
        words.push(next);
    }
    // Back over the words from any of them finds the same words.
    for pair in words.windows(2) {
        if let Some(before) = reader.before(pair[1]) {
            assert_eq!((before.start, before.end), (pair[0].start, pair[0].end));
        }
    }
    let strs: Vec<&str> = words.iter().map(|w| w.str(text)).collect();
    assert_eq!(
        strs,
        [
            "the",
            "Sub-Bureau's",
            "anti-smuggling",
            "unit",
            "People’s",
            "police",
            "x",
            "a",
            "b"
        ]
    );
    assert!(words[1].has(HEAD) && words[1].has(POSSESSIVE) && words[1].has(ADJACENT));
    assert!(words[2].has(VOCABULARY_WORD) && !words[2].has(HEAD));
    assert!(!words[4].has(ADJACENT) && !words[4].has(POSSESSIVE) && words[4].has(UPPER));
    assert!(words[5].has(LOWER_POLICE) && !words[5].has(HEAD));
    assert!(!words[3].has(HEAD) && !is_capitalized(words[0]));
    assert!(words[1].has(ENFORCEMENT_WORD) && words[2].has(ENFORCEMENT_WORD));
    // `Police` and `Guard` head names as vocabulary entries.
    let tokens = Tokens::new("Police Guard POLICE");
    let reader = Words::new(&tokens);
    for k in [0, 1] {
        assert!(reader.word(k).has(HEAD) && reader.word(k).has(VOCABULARY_WORD));
    }
    assert!(!reader.word(2).has(HEAD) && reader.word(2).has(VOCABULARY_WORD));
}

#[test]
fn tables_are_sorted_lowercase() {
    use crate::text::lexicon::assert_sorted;
    assert_sorted("HEADS", HEADS);
    assert_sorted("VOCABULARY", VOCABULARY);
    assert_sorted("ENFORCEMENT", ENFORCEMENT);
    assert_sorted("NOT_NAME", NOT_NAME);
}

#[test]
fn bureaus_departments_and_the_ministry() {
    assert_eq!(
        names("The Municipal Public Security Bureau, following the Ministry of Public Security and the Provincial Public Security Department, sent officers."),
        ["City Municipal Public Security Bureau", "Ministry Ministry of Public Security", "Province Provincial Public Security Department"]
    );
    assert_eq!(
        names("resultsThe Fuxin Mongolian Autonomous County Public Security Bureau acted"),
        ["County Fuxin Mongolian Autonomous County Public Security Bureau"]
    );
    // `Against` opens a complement as `of` does; fighting corruption
    // is enforcement.
    assert_eq!(
        names(
            "The Independent Commission Against Corruption and the Anti-Corruption Bureau acted."
        ),
        [
            "Other Independent Commission Against Corruption",
            "City Anti-Corruption Bureau"
        ]
    );
    // The ministry by its initials.
    assert_eq!(
        names("the MPS Criminal Investigation Bureau and the Economic Crime Investigation Bureau of the MPS said"),
        ["Ministry MPS Criminal Investigation Bureau", "Ministry Economic Crime Investigation Bureau of the MPS"]
    );
}

#[test]
fn of_complements_and_sub_units() {
    assert_eq!(
        names("the Narcotics Control Bureau of the Ministry of Public Security said"),
        [
            "Ministry Narcotics Control Bureau of the Ministry of Public Security",
            "Ministry Ministry of Public Security"
        ]
    );
    assert_eq!(
        names("the Public Security Department of Jiangxi Province said"),
        ["Province Public Security Department of Jiangxi Province"]
    );
    assert_eq!(
        names("the Lianhe Municipal Public Security Bureau Xinqiao branch"),
        [
            "District Lianhe Municipal Public Security Bureau Xinqiao branch",
            "City Lianhe Municipal Public Security Bureau"
        ]
    );
    assert_eq!(
        names("the provincial department of public security said"),
        ["Province provincial department of public security"]
    );
}

#[test]
fn stations_procuratorates_customs() {
    assert_eq!(
        names("Shuanglong Police Station and the Supreme People’s Procuratorate"),
        [
            "Station Shuanglong Police Station",
            "Ministry Supreme People’s Procuratorate"
        ]
    );
    assert_eq!(
        names("the General Administration of Customs and Ningbo customs"),
        [
            "Ministry General Administration of Customs",
            "City Ningbo customs"
        ]
    );
}

#[test]
fn border_and_immigration_bodies_are_enforcement() {
    assert_eq!(
        names("The Kunming Immigration Inspection Station found 3 forged passports."),
        ["Station Kunming Immigration Inspection Station"]
    );
    // Without an enforcement word, an office is no agency.
    assert!(names("The Kunming Tourism Inspection Station opened.").is_empty());
}

#[test]
fn a_province_opening_a_name_makes_it_provincial() {
    assert_eq!(
        names("The Yunnan Border Police Corps and the Shanxi Forest Public Security Bureau met."),
        [
            "Province Yunnan Border Police Corps",
            "Province Shanxi Forest Public Security Bureau"
        ]
    );
    // A city of the province still makes a city, and a lower unit its own level.
    assert_eq!(
        names("The Hunan Changsha City Public Security Bureau and the Hebei Xinji Police Station met."),
        [
            "City Hunan Changsha City Public Security Bureau",
            "Station Hebei Xinji Police Station"
        ]
    );
}

#[test]
fn a_crime_unit_of_a_branch_is_enforcement() {
    assert_eq!(
        names("The Food Crime Investigation Brigade of Liwan District Branch held 4 people."),
        ["District Food Crime Investigation Brigade of Liwan District Branch"]
    );
    // A branch alone may be a bank's.
    assert!(names("The Liwan District Branch opened a new hall.").is_empty());
}

#[test]
fn repeats_are_one_body() {
    assert_eq!(
        names("the Danzhou Maritime Police Bureau said; the Maritime Police Bureau added; Danzhou maritime police bureau"),
        ["City Danzhou Maritime Police Bureau"]
    );
    // Whole words only: `Xiang` is not the end of `Nanxiang`.
    assert_eq!(
        names("the Nanxiang Public Security Bureau and the Xiang Public Security Bureau"),
        [
            "City Nanxiang Public Security Bureau",
            "City Xiang Public Security Bureau"
        ]
    );
}

#[test]
fn runs_of_head_words_stay_short() {
    let text = "bureau of ".repeat(50) + "the Ministry of Public Security.";
    assert_eq!(
        names(&text),
        [
            // (A chain cut at the reach before its last `of` is read again
            // from its body; the lowercase unit of that body is no name.)
            "Ministry Ministry of Public Security"
        ]
    );
    let caps = "Aa ".repeat(30) + "Public Security Bureau";
    assert_eq!(
        agencies(&Tokens::new(&caps))[0].name.split(' ').count(),
        MAX_REACH + 1
    );
}

#[test]
fn not_agencies() {
    assert!(
        names("the Bureau said; the State Council Information Office; a post office").is_empty()
    );
}

#[test]
fn coast_guard_customs_units_and_monopoly_bureaus() {
    assert_eq!(
        names("The China Coast Guard and the Ningde Customs anti smuggling bureau acted, with the Lishui Municipal Tobacco Monopoly Bureau."),
        [
            "Other China Coast Guard",
            "City Ningde Customs anti smuggling bureau",
            "City Lishui Municipal Tobacco Monopoly Bureau"
        ]
    );
    // A unit of the body named right before it, after its possessive.
    assert_eq!(
        names("the Lanping City Public Security Bureau's Xiyuan Branch acted"),
        [
            "City Lanping City Public Security Bureau",
            "District Xiyuan Branch"
        ]
    );
    // A capitalised Force is a body; a police force of any size is not.
    assert_eq!(
        names("the Hong Kong Police Force sent a police force of 300"),
        ["City Hong Kong Police Force"]
    );
    assert_eq!(
        names("the Guangxi border police force said"),
        ["Province Guangxi border police force"]
    );
    // A customs district is the customs' own name, at its level.
    assert_eq!(
        names("Officers of Tianhe Customs District seized 40 cartons."),
        ["City Tianhe Customs District"]
    );
    assert_eq!(
        names("head of the Criminal Investigation Corps said"),
        ["Other Criminal Investigation Corps"]
    );
    assert_eq!(
        names("the Patrol Brigade of Jinshan Sub-Bureau said"),
        [
            "District Patrol Brigade of Jinshan Sub-Bureau",
            "District Jinshan Sub-Bureau"
        ]
    );
}

#[test]
fn lowercase_places_and_forces() {
    assert_eq!(
        names("officers of lanxi city public security bureau traffic security branch"),
        ["District lanxi city public security bureau traffic security branch"]
    );
    assert_eq!(
        names("Working with customs, Fujian marine police seized oil, the Fujian marine police force said; Yuhang police authorities and Dongtai traffic police agreed."),
        [
            "Province Fujian marine police",
            "Province Fujian marine police force",
            "City Yuhang police authorities",
            "City Dongtai traffic police"
        ]
    );
    // Before a level's adjective too, where the place opens the phrase.
    assert_eq!(
        names("officers of the honghe Municipal Public Security Bureau and puer Provincial Public Security Department staff"),
        [
            "City honghe Municipal Public Security Bureau",
            "Province puer Provincial Public Security Department"
        ]
    );
    assert_eq!(
        names("the team joined Municipal Public Security Bureau staff, and the bureau said County Public Security Bureau officers came"),
        [
            "City Municipal Public Security Bureau",
            "County County Public Security Bureau"
        ]
    );
    // Plain `X police` is too often just the police of a place.
    assert!(names("Shanghai police said on Monday").is_empty());
    assert!(names("County traffic police carry out checks").is_empty());
    assert_eq!(
        names("the Tongxin County Public Security Bureau police detachment"),
        ["County Tongxin County Public Security Bureau"]
    );
}

#[test]
fn sentence_initial_words_are_not_names() {
    assert_eq!(
        names("Yesterday City Public Security Bureau police said"),
        ["City City Public Security Bureau"]
    );
}

#[test]
fn a_pinyin_apostrophe_set_off_by_a_space_stays_in_the_name() {
    // Translations often write `Xi'an` as `Xi 'an` or `Xi ‘an`: the
    // syllable after the apostrophe (one with no initial) is the name's.
    assert_eq!(
        names("the Xi 'an Municipal Public Security Bureau and the Huai ‘an police station said"),
        [
            "City Xi 'an Municipal Public Security Bureau",
            "Station Huai ‘an police station"
        ]
    );
    // A quote that opens a word, or a syllable with an initial, is no
    // apostrophe of the name.
    assert_eq!(
        names("the Lanping 'anti-fraud' Public Security Bureau and Tong 'bei Police Station"),
        ["City Public Security Bureau", "Station Police Station"]
    );
}

#[test]
fn a_unit_whose_field_no_vocabulary_reads_is_no_name_of_its_own() {
    // `household registration` is no agency vocabulary: the brigade is not
    // listed as `brigade of the ...`, but the body it belongs to is.
    assert_eq!(
        names("officers of the household registration brigade of the Wuhe County Public Security Bureau visited 32 homes"),
        ["County Wuhe County Public Security Bureau"]
    );
    // A lowercase unit of a named body is a part of it, whatever its
    // field (the gold lists such a chain as optional).
    assert_eq!(
        names("the traffic management brigade of the Wuhe County Public Security Bureau and the brigade of the Xiao County Public Security Bureau"),
        [
            "County Wuhe County Public Security Bureau",
            "County Xiao County Public Security Bureau"
        ]
    );
}

#[test]
fn a_site_menu_names_no_agency() {
    // Breadcrumbs name a site's sections; the body's own words name bodies.
    assert_eq!(
        names("Home > Government Affairs > Public Security Bureau > News\nThe Lixin County Public Security Bureau cleared 120 hazards."),
        ["County Lixin County Public Security Bureau"]
    );
    assert_eq!(
        names("Home | Work Dynamics | Grassroots Police\nThe Shuangdun police station helped."),
        ["Station Shuangdun police station"]
    );
    // Header fields split by bars are no menu either.
    assert_eq!(
        names("Source: Jilin Provincial Public Security Department | Release date: 2024-03-30 | Font: [Large]"),
        ["Province Jilin Provincial Public Security Department"]
    );
    // A headline after a column's bar is no menu.
    assert_eq!(
        names("Hundred Days Action | Wuxi Public Security Bureau cracks 1,026 cases"),
        ["City Wuxi Public Security Bureau"]
    );
}

#[test]
fn a_body_on_its_masthead_is_named() {
    assert_eq!(
        names("Yunnan Provincial Public Security Department\nNews Center\nPolice seized 3 guns."),
        ["Province Yunnan Provincial Public Security Department"]
    );
}

#[test]
fn a_head_in_a_laws_name_is_no_body() {
    let law = "Under the Public Security Administration Punishment Law, the 2 men were fined.";
    assert!(names(law).is_empty());
    assert!(names("the Drug Administration Regulations apply").is_empty());
    // The body itself is still read.
    assert_eq!(
        names("the State Drug Administration said"),
        names("the State Drug Administration said, under the Drug Administration Law")
    );
    assert_eq!(names("the State Drug Administration said").len(), 1);
}

#[test]
fn a_chain_without_of_names_its_formal_body_too() {
    assert_eq!(
        names("Yinchuan Municipal Public Security Bureau Xingqing District Sub-bureau Daxin police station caught 9 fugitives."),
        [
            "Station Yinchuan Municipal Public Security Bureau Xingqing District Sub-bureau Daxin police station",
            "City Yinchuan Municipal Public Security Bureau",
        ]
    );
    assert_eq!(
        names("Hubei Provincial Public Security Department News Office\n(September 20, 2024)"),
        [
            "Province Hubei Provincial Public Security Department News Office",
            "Province Hubei Provincial Public Security Department",
        ]
    );
    // A lowercase unit of a named body leaves the body alone.
    assert_eq!(
        names("the cyber security detachment of the Quanzhou Municipal Public Security Bureau found it"),
        [
            "City Quanzhou Municipal Public Security Bureau",
        ]
    );
    // A body with no place is no name of its own.
    assert_eq!(
        names("A notice from the Provincial Public Security Bureau Traffic Police Corps"),
        ["Province Provincial Public Security Bureau Traffic Police Corps"]
    );
    // A body named alone is named once.
    assert_eq!(
        names("The Yinchuan Municipal Public Security Bureau said so."),
        ["City Yinchuan Municipal Public Security Bureau"]
    );
}

#[test]
fn a_lowercase_place_before_a_lowercase_level_may_follow_any_word() {
    // (All lowercased by the translation: the place needs no determiner
    // before it; only a capitalized level or an adjective asks for one.)
    assert_eq!(
        names("The paper reported that yiwu county Public Security Bureau held 7 men."),
        ["County yiwu county Public Security Bureau"]
    );
    assert_eq!(
        names("A spokesman confirmed jinhua city Public Security Bureau had acted."),
        ["City jinhua city Public Security Bureau"]
    );
}

#[test]
fn agency_and_group_head_enforcement_names_with_their_capital() {
    assert_eq!(
        names(
            "The National Police Agency and the Cyber Crime Investigation Group briefed reporters."
        ),
        [
            "Ministry National Police Agency",
            "Other Cyber Crime Investigation Group"
        ]
    );
    // No enforcement word, or no capital: no body.
    assert_eq!(
        names("The Xinhua News Agency said the Dongfang Trading Group paid a fine."),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Officers smashed a criminal group and a travel agency."),
        Vec::<String>::new()
    );
    // Nor an outlet's or a firm's agency with such a word before, while
    // a body's agency ends in one.
    assert_eq!(
        names("The Public Security Press Agency and the Border Police Travel Agency said so."),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Staff of the Anti-Drug Agency and the Drug Enforcement Agency met."),
        ["Other Anti-Drug Agency", "Other Drug Enforcement Agency"]
    );
}

#[test]
fn a_sub_bureau_in_two_words_is_a_district_body() {
    assert_eq!(
        names("Officers of the Meixiangpu sub Bureau joined the raid."),
        ["District Meixiangpu sub Bureau"]
    );
    // `sub` alone before another head is no sub-bureau.
    assert_eq!(
        names("The Meixiangpu sub Office issued permits."),
        Vec::<String>::new()
    );
}

#[test]
fn divisions_squads_sections_teams_and_battalions_head_names() {
    assert_eq!(
        names("The Anti-Drug Squad of Liuzhou police held 3 couriers."),
        ["City Anti-Drug Squad of Liuzhou police"]
    );
    assert_eq!(
        names("The Special Police Battalion of Qujing sent 60 officers."),
        ["City Special Police Battalion of Qujing"]
    );
    assert_eq!(
        names("The Criminal Investigation Division said it had cleared the backlog."),
        ["Other Criminal Investigation Division"]
    );
    // Lowercase, they are any group of people; with no enforcement word,
    // a capitalized one is no body either.
    assert!(names("A special police team of 12 arrived.").is_empty());
    assert!(names("The county's criminal investigation squad held 3 men.").is_empty());
    assert!(names("The Provincial Youth Football Team won 3 games.").is_empty());
}

#[test]
fn a_command_centre_needs_a_place_of_its_own() {
    // Words the police vocabulary reads are no place: a bare command
    // centre is any force's.
    assert!(names("The Police Command Centre sent 40 officers to the stadium.").is_empty());
    assert!(names("The Public Security Command Center logged 90 calls.").is_empty());
    // A place before them names one.
    assert!(
        names("The Tongxiang Public Security Command Center logged 90 calls.")
            .iter()
            .any(|n| n.ends_with("Tongxiang Public Security Command Center"))
    );
}

#[test]
fn a_ministry_of_another_field_is_no_enforcement_body() {
    assert_snapshot!(names("The Ministry of Commerce met officers of the Ministry of Public Security, not the Ministry of Culture and Tourism.").join("\n"), @"Ministry Ministry of Public Security");
    assert_snapshot!(names("Officials of the Ministry of the Interior and the Ministry of Home Affairs met.").join("\n"), @"
    Ministry Ministry of the Interior
    Ministry Ministry of Home Affairs
    ");
    assert_snapshot!(names("The Ministry of State Security warned of spies.").join("\n"), @"Ministry Ministry of State Security");
}

#[test]
fn a_court_judges_and_is_no_enforcement_body() {
    assert_snapshot!(names("The cases went to the Youth Court and the Kowloon City Magistrates' Court.").join("\n"), @"");
    assert_snapshot!(names("The Jiangbei Police Station handed the case to the Jiangbei Court.").join("\n"), @"Station Jiangbei Police Station");
}

#[test]
fn a_second_body_after_and_is_a_name_of_its_own() {
    assert_snapshot!(names("The Ministry of Transport and Ministry of Public Security issued joint rules.").join("\n"), @"Ministry Ministry of Public Security");
    assert_snapshot!(names("The Ministry of Agriculture and Luohu Public Security Bureau held talks.").join("\n"), @"City Luohu Public Security Bureau");
    assert_snapshot!(names("Officers of the Department of Immigration and Border Affairs held 6 men.").join("\n"), @"Province Department of Immigration and Border Affairs");
}

#[test]
fn a_court_ends_its_name_before_an_and() {
    assert_snapshot!(names("The Qingpu Intermediate Court and Public Security Bureau of Qingpu District signed a joint memo.").join("\n"), @"District Public Security Bureau of Qingpu District");
    assert_snapshot!(names("The Ningbo Maritime Court and Ningbo Maritime Police Bureau met on Friday.").join("\n"), @"City Ningbo Maritime Police Bureau");
    assert_snapshot!(names("The Dali Court Police Brigade escorted four suspects.").join("\n"), @"City Dali Court Police Brigade");
}

#[test]
fn a_lowercase_criminal_investigation_unit_is_no_name_alone() {
    assert_snapshot!(names("Chen Bo, who leads the ministry's criminal investigation department, spoke.").join("\n"), @"");
    assert_snapshot!(names("said Qin Lu, a deputy chief at the criminal investigation bureau within the ministry.").join("\n"), @"");
    // Capitalized, it is a name.
    assert_snapshot!(names("The Criminal Investigation Department said 40 men were held.").join("\n"), @"Province Criminal Investigation Department");
}

#[test]
fn a_lowercase_unit_of_a_named_body_leaves_the_body() {
    assert_snapshot!(names("said the drug crime investigation bureau of the Hunan Provincial Public Security Department.").join("\n"), @"Province Hunan Provincial Public Security Department");
    assert_snapshot!(names("said Gao Ming of the food crime investigation bureau of the MPS.").join("\n"), @"");
    // A lowercase body of a place is the place's body.
    assert_snapshot!(names("as reported by the public security department of east China's Jiangxi Province.").join("\n"), @"Province public security department of east China's Jiangxi Province");
    assert_snapshot!(names("according to the public security bureau of Yiwu City.").join("\n"), @"City public security bureau of Yiwu City");
}

#[test]
fn a_name_cut_by_the_excerpts_end_is_not_read() {
    assert_snapshot!(names("Since the start of March, police across the county, working with the Narcotics Control Bureau of the Provin").join("\n"), @"");
    assert_snapshot!(names("Since the start of March, police across the county, working with the Narcotics Control Bureau of Hunan Province, acted.").join("\n"), @"Province Narcotics Control Bureau of Hunan Province");
    // A closing credit on its own line is whole.
    assert_snapshot!(names("Police held 3 men.\nSource: Yiwu Public Security Bureau").join("\n"), @"City Yiwu Public Security Bureau");
}

#[test]
fn more_words_of_enforcement_bodies() {
    assert_snapshot!(names("Officers of the Ningbo Municipal Customhouse seized the goods.").join("\n"), @"City Ningbo Municipal Customhouse");
    assert_snapshot!(names("The Yunnan Narcotic Control Commission said on Monday.").join("\n"), @"Province Yunnan Narcotic Control Commission");
    assert_snapshot!(names("The Anti-Terrorism Headquarters of Xinjiang Uygur Autonomous Region met.").join("\n"), @"Province Anti-Terrorism Headquarters of Xinjiang Uygur Autonomous Region");
}

#[test]
fn the_countrys_customs_in_lowercase_is_no_named_body() {
    assert_snapshot!(names("China customs seize 300 tons of beef\nSouth China customs bust a ring, Ningbo customs said.").join("\n"), @"City Ningbo customs");
    assert_snapshot!(names("China Customs said the Ningbo Customs held 3 men.").join("\n"), @"
    Ministry China Customs
    City Ningbo Customs
    ");
}

#[test]
fn enforcement_heads_a_name_only_with_its_capital() {
    assert_snapshot!(names("Agents of the Border Control Enforcement held 2 men.").join("\n"), @"Other Border Control Enforcement");
    assert_snapshot!(names("Police stepped up law enforcement in the city.").join("\n"), @"");
}
