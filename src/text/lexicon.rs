//! General word lists used to read the context around a number.
//!
//! Each table is data: lowercase phrases in alphabetical order (a unit test
//! keeps them sorted), matched case-insensitively and longest-first by
//! [`match_prefix`](super::match_prefix) / [`match_suffix`](super::match_suffix).
//! Extend a table by adding a row; no code changes are needed.

use crate::lex::{Class, Lexicon};

/// Month names and their usual abbreviations (with or without the period,
/// which [`crate::quantity`] allows after any entry). Matched only when
/// capitalized in the text, so that "may" and "march" stay verbs.
pub(crate) const MONTHS: &Lexicon<u8> = &Lexicon::new(
    Class::Month,
    &[
        ("apr", 4),
        ("april", 4),
        ("aug", 8),
        ("august", 8),
        ("dec", 12),
        ("december", 12),
        ("feb", 2),
        ("february", 2),
        ("feburary", 2),
        ("jan", 1),
        ("january", 1),
        ("jul", 7),
        ("july", 7),
        ("jun", 6),
        ("june", 6),
        ("mar", 3),
        ("march", 3),
        ("may", 5),
        ("nov", 11),
        ("november", 11),
        ("oct", 10),
        ("october", 10),
        ("sep", 9),
        ("sept", 9),
        ("september", 9),
    ],
);

/// Words right before a number that make it an identifier, not a quantity:
/// `No. 3`, `Article 52`, `Line 2`, `GMT+8`.
pub(crate) const IDENTIFIER_BEFORE: &Lexicon<()> = &Lexicon::new(
    Class::IdentifierBefore,
    &[
        ("#", ()),
        ("&#", ()),
        ("&#x", ()),
        ("a.d.", ()),
        ("ad", ()),
        ("age of", ()),
        ("aged", ()),
        ("article", ()),
        ("articles", ()),
        ("batch", ()),
        ("berth", ()),
        ("building", ()),
        ("bus", ()),
        ("call", ()),
        ("chapter", ()),
        ("class", ()),
        ("clause", ()),
        ("code", ()),
        ("code:", ()),
        ("dial", ()),
        ("ending in", ()),
        ("ending with", ()),
        ("ends in", ()),
        ("ends with", ()),
        ("female,", ()),
        ("flight", ()),
        ("gate", ()),
        ("gmt+", ()),
        ("gmt-", ()),
        ("grade", ()),
        ("highway", ()),
        ("hotline", ()),
        ("level", ()),
        ("line", ()),
        ("male,", ()),
        ("no", ()),
        ("no.", ()),
        ("nos.", ()),
        ("number", ()),
        ("paragraph", ()),
        ("phase", ()),
        ("pier", ()),
        ("platform", ()),
        ("postcode", ()),
        ("postcode:", ()),
        ("room", ()),
        ("route", ()),
        ("section", ()),
        ("tel", ()),
        ("tel.", ()),
        ("telephone", ()),
        ("terminal", ()),
        ("utc+", ()),
        ("utc-", ()),
        ("version", ()),
        ("views", ()),
        ("views:", ()),
    ],
);

/// Words right after a number that make it a clock time, an age or an
/// identifier (`11:40 p.m.`, `30 years old`, `1046 BC`, `12337 platform`).
pub(crate) const NAME_AFTER: &Lexicon<()> = &Lexicon::new(
    Class::NameAfter,
    &[
        ("a.d.", ()),
        ("a.m.", ()),
        ("am", ()),
        ("b.c.", ()),
        ("bc", ()),
        ("hotline", ()),
        ("o clock", ()),
        ("o ‘clock", ()),
        ("o'clock", ()),
        ("o’clock", ()),
        ("p.m.", ()),
        ("platform", ()),
        ("pm", ()),
        ("year old", ()),
        ("year-old", ()),
        ("years of age", ()),
        ("years old", ()),
    ],
);

/// Capitalized words after a number that make it part of a name
/// (`803 Theme Day`, `110 Publicity Day`, `18th CPC Congress`). Matched only
/// when the word is capitalized in the text, so `3 days` stays a figure.
pub(crate) const TITLE_AFTER: &Lexicon<()> = &Lexicon::new(
    Class::TitleAfter,
    &[
        ("ad", ()),
        ("anniversary", ()),
        ("congress", ()),
        ("day", ()),
        ("festival", ()),
        ("plenary", ()),
        ("publicity", ()),
        ("session", ()),
        ("theme", ()),
    ],
);

/// Time words that make a hyphenated compound a duration (`100-day`,
/// `three-month`), which is still a figure.
pub(crate) const TIME_UNITS: &Lexicon<()> = &Lexicon::new(
    Class::TimeUnit,
    &[
        ("day", ()),
        ("hour", ()),
        ("minute", ()),
        ("month", ()),
        ("week", ()),
        ("year", ()),
    ],
);

/// Words after `one` that make it an idiom, not a count (`one of`,
/// `one by one`, `one another`).
pub(crate) const ONE_IDIOM_AFTER: &Lexicon<()> = &Lexicon::new(
    Class::OneIdiomAfter,
    &[
        ("after", ()),
        ("afternoon", ()),
        ("and", ()),
        ("another", ()),
        ("by", ()),
        ("evening", ()),
        ("hand", ()),
        ("morning", ()),
        ("night", ()),
        ("of", ()),
        ("or", ()),
        ("side", ()),
        ("way", ()),
    ],
);

/// Words before `one` that make it a pronoun (`no one`, `every one`).
pub(crate) const ONE_IDIOM_BEFORE: &Lexicon<()> = &Lexicon::new(
    Class::OneIdiomBefore,
    &[
        ("any", ()),
        ("by", ()),
        ("each", ()),
        ("every", ()),
        ("involving", ()),
        ("no", ()),
        ("which", ()),
    ],
);

/// Well-known service numbers (police 110, fire 119, fraud 96110, fraud
/// warning texts 12381, spam reports 12321, police conduct 12389, railway
/// 12306, tobacco 12313, culture market 12318, food and drugs 12331, prices
/// 12358, quality 12365, environment 12369, maritime rescue 12395, ...)
/// that name a hotline rather than count anything when they stand alone.
pub(crate) const HOTLINES: &[u64] = &[
    110, 119, 120, 122, 12110, 12122, 12123, 12306, 12313, 12315, 12316, 12318, 12319, 12320,
    12321, 12328, 12329, 12331, 12333, 12337, 12339, 12345, 12348, 12351, 12355, 12358, 12360,
    12365, 12366, 12369, 12377, 12381, 12388, 12389, 12390, 12395, 96110,
];

/// Words around a service number that show it is the hotline.
pub(crate) const HOTLINE_CONTEXT: &Lexicon<()> = &Lexicon::new(
    Class::HotlineContext,
    &[
        ("alarm", ()),
        ("alarms", ()),
        ("ambulance", ()),
        ("call", ()),
        ("called", ()),
        ("calling", ()),
        ("calls", ()),
        ("center", ()),
        ("centre", ()),
        ("command", ()),
        ("dial", ()),
        ("dialed", ()),
        ("dialing", ()),
        ("dialled", ()),
        ("dialling", ()),
        ("hotline", ()),
        ("number", ()),
        ("orders", ()),
        ("platform", ()),
        ("police", ()),
        ("report", ()),
        ("reports", ()),
        ("service", ()),
        ("sms", ()),
        ("the", ()),
        ("to", ()),
        ("via", ()),
    ],
);

/// Words that end a counted noun phrase: function words, auxiliaries and the
/// commonest verbs of bulletin prose. A noun is the run of other words after
/// a number (`8 current criminals and 6 fugitives` gives `current criminals`).
pub(crate) const NOUN_STOP: &Lexicon<()> = &Lexicon::new(
    Class::NounStop,
    &[
        ("a", ()),
        ("about", ()),
        ("above", ()),
        ("according", ()),
        ("across", ()),
        ("after", ()),
        ("against", ()),
        ("aged", ()),
        ("ago", ()),
        ("all", ()),
        ("along", ()),
        ("also", ()),
        ("among", ()),
        ("an", ()),
        ("and", ()),
        ("are", ()),
        ("around", ()),
        ("as", ()),
        ("at", ()),
        ("be", ()),
        ("been", ()),
        ("before", ()),
        ("being", ()),
        ("between", ()),
        ("beyond", ()),
        ("but", ()),
        ("by", ()),
        ("compared", ()),
        ("despite", ()),
        ("during", ()),
        ("each", ()),
        ("every", ()),
        ("for", ()),
        ("from", ()),
        ("had", ()),
        ("has", ()),
        ("have", ()),
        ("in", ()),
        ("including", ()),
        ("inside", ()),
        ("into", ()),
        ("involving", ()),
        ("is", ()),
        ("it", ()),
        ("its", ()),
        ("last", ()),
        ("more", ()),
        ("nationwide", ()),
        ("near", ()),
        ("not", ()),
        ("of", ()),
        ("off", ()),
        ("on", ()),
        ("onto", ()),
        ("or", ()),
        ("outside", ()),
        ("over", ()),
        ("per", ()),
        ("respectively", ()),
        ("since", ()),
        ("so", ()),
        ("targeting", ()),
        ("than", ()),
        ("that", ()),
        ("the", ()),
        ("their", ()),
        ("them", ()),
        ("there", ()),
        ("these", ()),
        ("this", ()),
        ("those", ()),
        ("through", ()),
        ("to", ()),
        ("totaling", ()),
        ("totalling", ()),
        ("toward", ()),
        ("towards", ()),
        ("under", ()),
        ("up", ()),
        ("upon", ()),
        ("used", ()),
        ("valued", ()),
        ("was", ()),
        ("weighed", ()),
        ("weighing", ()),
        ("were", ()),
        ("when", ()),
        ("where", ()),
        ("which", ()),
        ("while", ()),
        ("who", ()),
        ("will", ()),
        ("with", ()),
        ("within", ()),
        ("without", ()),
        ("worth", ()),
        ("year", ()),
    ],
);

/// Words before a bare four-digit number that make it a year (`in 2020`,
/// `since 2018`, `between 2003 and ...`).
pub(crate) const YEAR_BEFORE: &Lexicon<()> = &Lexicon::new(
    Class::YearBefore,
    &[
        ("after", ()),
        ("april", ()),
        ("august", ()),
        ("before", ()),
        ("between", ()),
        ("by", ()),
        ("december", ()),
        ("during", ()),
        ("early", ()),
        ("end of", ()),
        ("february", ()),
        ("for", ()),
        ("from", ()),
        ("in", ()),
        ("january", ()),
        ("july", ()),
        ("june", ()),
        ("late", ()),
        ("march", ()),
        ("may", ()),
        ("mid", ()),
        ("mid-", ()),
        ("november", ()),
        ("october", ()),
        ("of", ()),
        ("september", ()),
        ("since", ()),
        ("the", ()),
        ("through", ()),
        ("till", ()),
        ("to", ()),
        ("until", ()),
        ("year", ()),
    ],
);

#[cfg(test)]
pub(crate) fn assert_sorted<T>(name: &str, table: &'static Lexicon<T>) {
    for pair in table.windows(2) {
        assert!(
            pair[0].0 < pair[1].0,
            "{name}: {:?} before {:?}",
            pair[0].0,
            pair[1].0
        );
        assert_eq!(
            pair[0].0,
            pair[0].0.to_lowercase(),
            "{name}: phrases are lowercase"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_lowercase() {
        assert_sorted("MONTHS", MONTHS);
        assert_sorted("IDENTIFIER_BEFORE", IDENTIFIER_BEFORE);
        assert_sorted("NAME_AFTER", NAME_AFTER);
        assert_sorted("TITLE_AFTER", TITLE_AFTER);
        assert_sorted("TIME_UNITS", TIME_UNITS);
        assert_sorted("ONE_IDIOM_AFTER", ONE_IDIOM_AFTER);
        assert_sorted("ONE_IDIOM_BEFORE", ONE_IDIOM_BEFORE);
        assert_sorted("HOTLINE_CONTEXT", HOTLINE_CONTEXT);
        assert_sorted("NOUN_STOP", NOUN_STOP);
        assert_sorted("YEAR_BEFORE", YEAR_BEFORE);
    }
}
