//! What a name's surroundings say of it: a title-case headline running on after a
//! name of unit words only (`Police Station Helps ...`), whether the text
//! speaks of police work at all (a bare `Jiangdu Branch` is a police
//! branch only then), the campaign word before a centre (`Anti-Fraud Center`),
//! and an institution's noun after a head (`Customs Organization`).

use super::*;

/// Whether `name` holds unit words only (`Police Station`, `Traffic Police
/// Brigade`), opens a line, and a capitalized word runs on after it (`...
/// Helps Elderly Man`): a title-case headline, where capitals name nothing.
pub(super) fn generic_in_headline(text: &str, name: &[Word]) -> bool {
    let (Some(first), Some(last)) = (name.first(), name.last()) else {
        return false;
    };
    let generic = name.iter().all(|w| w.has(HEAD | VOCABULARY_WORD));
    let before = text[..first.start()].trim_end_matches([' ', '\t']);
    let opens = before.is_empty() || before.ends_with('\n');
    let after = text[last.end()..].trim_start_matches([' ', '\t']);
    generic && opens && after.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Words that say a text speaks of police work (lowercase).
const POLICE_WORDS: &[&str] = &[
    "arrested",
    "cases",
    "cracked",
    "criminal",
    "detained",
    "police",
    "psb",
    "solved",
    "suspect",
    "suspects",
    "violations",
];

/// Whether the text of `tokens` speaks of police work (arrests, cases
/// solved, violations): one of
/// [`POLICE_WORDS`] stands in it. Read once per text.
pub(super) fn speaks_of_police(tokens: &Tokens<'_>) -> bool {
    let text = tokens.text();
    tokens.all().iter().any(|t| {
        t.kind() == Kind::Word && {
            let w = &text[t.start()..t.end()];
            w.len() <= 10 && POLICE_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p))
        }
    })
}

/// Words that make a branch a business's, not the police's.
const BUSINESS_WORDS: &[&str] = &[
    "Bank",
    "Company",
    "Corporation",
    "Group",
    "Insurance",
    "Mobile",
    "Post",
    "Securities",
    "Telecom",
    "Unicom",
];

/// `Jiangdu Branch`, `Liwan District Branch`: a place (one to three
/// capitalized words, not initials, no business word) and perhaps its
/// level, then `Branch`. In a text about police work, the police's.
pub(super) fn bare_branch(text: &str, name: &[Word]) -> bool {
    let Some((last, places)) = name.split_last() else {
        return false;
    };
    // (A place's pinyin may part its syllables by an apostrophe:
    // `Chang'an`, `Jin’an`.)
    let place = |w: &Word| {
        let s = w.str(text);
        let rest = s.get(1..).unwrap_or("");
        w.has(CAPITALIZED)
            && !rest.is_empty()
            && rest.ends_with(|c: char| c.is_ascii_lowercase())
            && rest
                .chars()
                .all(|c| c.is_ascii_lowercase() || matches!(c, '\'' | '\u{2019}'))
            && !BUSINESS_WORDS.contains(&s)
    };
    let level = |w: &Word| ["District", "County", "City"].contains(&w.str(text));
    last.str(text) == "Branch"
        && (1..=3).contains(&places.len())
        && places.first().is_some_and(|w| place(w) && !level(w))
        && places.iter().all(|w| place(w) || level(w))
}

/// Whether `w` names a campaign against a crime (`Anti-Fraud`,
/// `anti-drug`), not as a possessive.
fn is_campaign(text: &str, w: Word) -> bool {
    let s = w.str(text);
    s.len() > "anti-".len() && starts_ci(s, "anti-") && !is_possessive(w)
}

/// Whether the word before the head `word` (a centre or a headquarters)
/// names a campaign against a crime (`Anti-Fraud`, `Anti-Drug`) or the
/// police's command (`Command`), or is a capitalized task word after a
/// campaign word (`Anti-Scam Liaison Centre`, `Anti-Drug Coordination
/// Headquarters`): such a head names a body only then.
pub(super) fn campaign_before(words: &Words<'_, '_>, word: Word) -> bool {
    words.before(word).is_some_and(|w| {
        w.str(words.text).eq_ignore_ascii_case("command")
            || is_campaign(words.text, w)
            || (is_capitalized(w)
                && words
                    .before(w)
                    .is_some_and(|anti| is_campaign(words.text, anti)))
    })
}

/// Whether the centre `head` of `name` is singled out, by its place or
/// its task: a word before the campaign word (`Wuxi Anti-Fraud Center`)
/// or between it and the head (`Anti-Scam Coordination Centre`); before
/// `Command`, a campaign word or a word no agency vocabulary reads
/// (`Anti-Smuggling Command Headquarters`); or an `of` complement that
/// names a place and no body (`Anti-Fraud Centre of Hainan Province`; in
/// `... Center of the Municipal Public Security Bureau` the body is read
/// on its own).
pub(super) fn placed_centre(text: &str, name: &[Word], head: Word) -> bool {
    let Some(at) = name.iter().position(|w| w.start == head.start) else {
        return false;
    };
    let complement = match name.get(at + 1..) {
        Some([of, rest @ ..]) if of.str(text) == "of" => rest,
        _ => &[],
    };
    // (A command centre's words before it may be the police's own:
    // `Police Command Center` names no place; `Pudong Public Security
    // Command Center` does. A place is a word no agency vocabulary reads.)
    let command = at >= 1 && name[at - 1].str(text).eq_ignore_ascii_case("command");
    let placed_before = if command {
        name[..at - 1]
            .iter()
            .any(|&w| !w.has(HEAD | VOCABULARY_WORD) || is_campaign(text, w))
    } else {
        at >= 2
    };
    placed_before
        || (!complement.is_empty()
            && !complement.iter().any(|&w| is_head(w))
            && complement.iter().any(|&w| is_capitalized(w)))
}

/// Nouns of institutions that are no enforcement body: a head word right
/// before one only describes it (`Customs Organization`, `Police
/// Academy`). Lowercase, sorted.
const INSTITUTIONS: [&str; 17] = [
    "academy",
    "alliance",
    "association",
    "college",
    "council",
    "federation",
    "foundation",
    "hospital",
    "institute",
    "museum",
    "network",
    "organisation",
    "organization",
    "school",
    "society",
    "union",
    "university",
];

/// Whether a capitalized institution's noun ([`INSTITUTIONS`]) follows
/// the head `head` (`World Customs Organization`).
pub(super) fn institution_after(words: &Words<'_, '_>, head: Word) -> bool {
    words.after(head).is_some_and(|next| {
        let s = next.str(words.text);
        next.has(UPPER) && INSTITUTIONS.iter().any(|i| s.eq_ignore_ascii_case(i))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use insta::assert_snapshot;

    #[test]
    fn unit_words_in_a_title_case_headline_name_no_body() {
        assert_snapshot!(names("Traffic Police Brigade Warns Of Ice\nThe Lishui Traffic Police Brigade said.").join("\n"), @"City Lishui Traffic Police Brigade");
        assert_snapshot!(names("the Criminal Investigation Corps said").join("\n"), @"Other Criminal Investigation Corps");
        assert_snapshot!(names("The Municipal Public Security Bureau Party Committee met.").join("\n"), @"City Municipal Public Security Bureau");
    }

    #[test]
    fn a_bare_branch_in_a_text_about_police_work() {
        assert_snapshot!(names("The Jintan Branch arrested 4 suspects.").join("\n"), @"District Jintan Branch");
        assert_snapshot!(names("The Jintan District Branch detained 4 people.").join("\n"), @"District Jintan District Branch");
        assert_snapshot!(names("The Jintan Branch opened a new hall.").join("\n"), @"");
        assert_snapshot!(names("The Jintan Branch solved 9 burglaries.").join("\n"), @"District Jintan Branch");
        assert_snapshot!(names("The ICBC Jintan Branch helped police.").join("\n"), @"");
        assert_snapshot!(names("The Postal Savings Bank Jintan Branch helped police.").join("\n"), @"");
        // A place whose syllables an apostrophe parts (known miss of round 26).
        assert_snapshot!(names("The Jin'an Branch arrested 4 suspects.").join("\n"), @"District Jin'an Branch");
        assert_snapshot!(names("The Yong’an District Branch detained 4 people.").join("\n"), @"District Yong’an District Branch");
        // (Not a word that ends on its apostrophe.)
        assert_snapshot!(names("The Jintan' Branch arrested 4 suspects.").join("\n"), @"");
    }

    #[test]
    fn anti_fraud_centres_and_psb_initials() {
        assert_snapshot!(names("The Wuxi Anti-Fraud Centre and the Binhu District Anti-Fraud Center met.").join("\n"), @"
        Other Wuxi Anti-Fraud Centre
        District Binhu District Anti-Fraud Center
        ");
        assert_snapshot!(names("The Wuxi Data Center and the Wuxi Service Centre met.").join("\n"), @"");
        // Other words against fraud, and a word of the centre's task.
        assert_snapshot!(names("Victims may call the Anti-Scam Coordination Centre, police said.").join("\n"), @"Other Anti-Scam Coordination Centre");
        assert_snapshot!(names("The Binhu Anti-Deception Centre met.").join("\n"), @"Other Binhu Anti-Deception Centre");
        assert_snapshot!(names("Anti-Scam Centre Warns Students\nThe anti-deception coordination centre met.").join("\n"), @"");
        // (Any capitalized word may say the task; no word against fraud, no
        // body.)
        assert_snapshot!(names("The Anti-Fraud Data Center and the Drug Coordination Centre met.").join("\n"), @"Other Anti-Fraud Data Center");
        assert_snapshot!(names("Anti-Fraud Center Warns Students\nThe anti-fraud centre of the Lishui Public Security Bureau met.").join("\n"), @"City Lishui Public Security Bureau");
        assert_snapshot!(names("Officers of the Pudong PSB and the Shanghai PSB met.").join("\n"), @"
        City Pudong PSB
        City Shanghai PSB
        ");
    }

    #[test]
    fn centres_and_headquarters_of_a_campaign_or_of_command() {
        // A centre placed by its `of`, and headquarters against drugs.
        assert_snapshot!(names("The Anti-Fraud Centre of Guizhou Province stopped 900 payments.").join("\n"), @"Province Anti-Fraud Centre of Guizhou Province");
        assert_snapshot!(names("The Qujing Municipal Anti-Drug Headquarters met on Monday.").join("\n"), @"City Qujing Municipal Anti-Drug Headquarters");
        assert_snapshot!(names("The Yulin Public Security Command Center sent 40 officers.").join("\n"), @"Other Yulin Public Security Command Center");
        // A centre or headquarters of anything else, or with no place, is
        // no body; nor is a unit named after its body's possessive.
        assert_snapshot!(names("The Yulin Flood Control Headquarters met.").join("\n"), @"");
        assert_snapshot!(names("The Guangzhou Headquarters of the bank opened.").join("\n"), @"");
        assert_snapshot!(names("The Anti-Drug Headquarters met.").join("\n"), @"");
        assert_snapshot!(names("The Provincial Public Security Department's Command Center met.").join("\n"), @"Province Provincial Public Security Department");
        // A campaign word and a task word single a centre out as its place
        // does, whatever the campaign and whatever the head.
        assert_snapshot!(names("The Anti-Drug Coordination Headquarters met, and so did the Anti-Smuggling Command Headquarters.").join("\n"), @"
        Other Anti-Drug Coordination Headquarters
        Other Anti-Smuggling Command Headquarters
        ");
        assert_snapshot!(names("The Anti-Terrorism Headquarters met, and so did the Anti-Scam Centre.").join("\n"), @"");
        // A centre whose `of` names a body leaves that body to be read.
        assert_snapshot!(names("The Anti-Fraud Center of the Yulin Public Security Bureau met.").join("\n"), @"City Yulin Public Security Bureau");
    }
}
