//! The words of a sentence that the dates stage looks at, found from
//! their tokens, and the sentences whose dates have been read.

use super::*;

/// A word of a span: a run of ASCII letters not right after a letter or
/// digit, cut to the span.
pub(super) struct SpanWord {
    pub(super) start: usize,
    end: usize,
    /// Its token, when the word is the whole token (not cut by the span's
    /// edge): its lexicon entry then holds for the word.
    token: Option<usize>,
}

impl SpanWord {
    /// Whether the word is a whole entry of `lexicon`.
    pub(super) fn is(&self, tokens: &Tokens<'_>, lexicon: &'static Lexicon<()>) -> bool {
        match self.token {
            // A whole entry is one its token starts: most tokens need no
            // entry lookup.
            Some(k) => {
                let t = tokens.all()[k];
                t.starts().has(lexicon.class()) && t.whole().has(lexicon.class())
            }
            None => {
                let w = &tokens.text()[self.start..self.end];
                match_prefix(w, lexicon).is_some_and(|(_, l)| l == w.len())
            }
        }
    }

    /// The length of the launch phrase that starts with the word and ends
    /// by byte `limit`, if one does.
    pub(super) fn launch(&self, tokens: &Tokens<'_>, limit: usize) -> Option<usize> {
        let rest = &tokens.text()[self.start..limit];
        match self.token {
            Some(k) => {
                let t = tokens.all()[k];
                if !t.starts().has(Class::Launch) {
                    return None;
                }
                let entry = t.entry()?;
                lexicon::longest(lexicon::index(), entry, rest, LAUNCH_WORDS).map(|(_, l)| l)
            }
            None => launch_word_at(rest),
        }
    }
}

/// The campaign words' class, for [`words_in`].
pub(super) const CAMPAIGN: Classes = Classes::NONE.with(Class::Campaign);

/// The launch and campaign words' classes, for [`words_in`].
pub(super) const LAUNCH_OR_CAMPAIGN: Classes = CAMPAIGN.with(Class::Launch);

/// The words of `span`, from its tokens, that may be an entry of one of the
/// `classes`: a word that is its whole token is passed over unless the
/// token starts an entry of one (a word cut by the span's edge never is).
///
/// The classes are ones the tokenizer lists ([`Tokens::listed`]): the
/// words are read from the listed tokens and the tokens cut by the span's
/// edges, not from every token of the span.
pub(super) fn words_in<'t>(
    tokens: &'t Tokens<'_>,
    span: Span,
    classes: Classes,
) -> impl Iterator<Item = SpanWord> + 't {
    debug_assert_eq!(
        classes.without(crate::lex::LISTED),
        Classes::NONE,
        "words_in reads only the tokenizer's listed classes"
    );
    let all = tokens.all();
    let from = first_in(tokens, span);
    let to = tokens.index_from(span.end);
    // The tokens the edges cut: the first and the last that reach in.
    let cut_start = (from < to && all[from].start() < span.start).then_some(from);
    let cut_end = to
        .checked_sub(1)
        .filter(|&last| last >= from && all[last].end() > span.end && Some(last) != cut_start);
    let (inner_from, inner_to) = (
        from + usize::from(cut_start.is_some()),
        to - usize::from(cut_end.is_some()),
    );
    let listed = tokens.listed();
    let (l_from, l_to) = (
        listed.partition_point(|&k| (k as usize) < inner_from),
        listed.partition_point(|&k| (k as usize) < inner_to),
    );
    let inner = listed[l_from..l_to]
        .iter()
        .map(|&k| k as usize)
        .filter(move |&k| all[k].starts().meets(classes));
    cut_start
        .into_iter()
        .chain(inner)
        .chain(cut_end)
        .filter(move |&k| all[k].kind() == Kind::Word)
        .filter_map(move |k| span_word(tokens, span, k))
}

/// The word of token `k` within `span`, unless a letter or digit of the
/// span runs into it.
fn span_word(tokens: &Tokens<'_>, span: Span, k: usize) -> Option<SpanWord> {
    let t = tokens.all()[k];
    let start = t.start().max(span.start);
    let end = t.end().min(span.end);
    if start > span.start && tokens.text().as_bytes()[start - 1].is_ascii_alphanumeric() {
        return None;
    }
    let whole = start == t.start() && end == t.end();
    Some(SpanWord {
        start,
        end,
        token: whole.then_some(k),
    })
}

/// The sentences whose dates have been read: a slot per sentence, so each
/// is found without hashing.
pub(super) struct Read {
    /// Per sentence, one more than where its dates are in `dates`, or 0.
    slot: Vec<u32>,
    dates: Vec<SentenceDates>,
}

impl Read {
    pub(super) fn new(sentences: usize) -> Self {
        Read {
            slot: vec![0; sentences],
            dates: Vec::new(),
        }
    }
}

/// The dates of sentence `k` from `read`, read by `read_it` the first time.
pub(super) fn read_once(
    read: &mut Read,
    k: usize,
    read_it: impl FnOnce() -> SentenceDates,
) -> &SentenceDates {
    if read.slot[k] == 0 {
        read.dates.push(read_it());
        read.slot[k] = read.dates.len() as u32;
    }
    &read.dates[read.slot[k] as usize - 1]
}

/// Whether sentence `s` is a line of page furniture: a label and its
/// colon opening it (`Source: ...`, `Release time: ...`, `来源：...`) or a
/// date stamp (`2024-03-04 10:00`). It dates no campaign. A one-letter
/// label (`A: ...`) is an answer in a transcript, not furniture.
pub(super) fn is_furniture(s: &str) -> bool {
    let s = s.trim_start();
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 4 && matches!(b.get(4), Some(b'-' | b'/' | b'.')) {
        return true;
    }
    let colon = |rest: &str| rest.starts_with([':', '\u{ff1a}']);
    // `来源：`: a few ideographs, then the colon.
    let cjk = s
        .char_indices()
        .take(7)
        .find(|&(_, c)| !crate::lex::is_cjk(c))
        .map_or(0, |(n, _)| n);
    if cjk > 0 {
        return colon(&s[cjk..]);
    }
    // `Release time:`: up to three words, the first capitalized.
    let mut i = 0;
    for _ in 0..3 {
        let len = ascii_word_len(&s[i..]);
        if len == 0 {
            return false;
        }
        i += len;
        // (`A: It began ...`: a one-letter label opens a transcript's
        // turn, no furniture.)
        if colon(&s[i..]) {
            return b[0].is_ascii_uppercase() && i > 1;
        }
        if !s[i..].starts_with(' ') {
            return false;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod furniture {
    use super::super::tests::ops;
    use super::is_furniture;
    use insta::assert_snapshot;

    #[test]
    fn furniture_lines() {
        let p = |s: &str| format!("{}", is_furniture(s));
        assert_snapshot!(p("Source: Haian Public Security"), @"true");
        assert_snapshot!(p("Release time: 2024-05-06  Source: X"), @"true");
        assert_snapshot!(p("2024-05-06 10:11"), @"true");
        assert_snapshot!(p("来源：海安公安"), @"true");
        assert_snapshot!(p("On May 3, police said: we will act."), @"false");
        assert_snapshot!(p("Police launched the action on May 3."), @"false");
        assert_snapshot!(p("A: It was launched on May 10."), @"false");
    }

    #[test]
    fn the_campaign_after_a_headline_past_its_furniture() {
        let p = |s| ops(s, "2024-05-06").join("\n");
        assert_snapshot!(p("Haian launches \"Clear Lake 2024\" action\nSource: Haian Public Security\nOn May 2, the Haian County Public Security Bureau launched the action, which will last until July 31."), @r#"Clear Lake 2024 [] launched=Some("2024-05-02") start=None end=Some("2024-07-31")"#);
    }
}

#[cfg(test)]
mod listed {
    use super::*;

    /// The words of `span` that [`words_in`] gives, by a walk over every
    /// token of the span.
    fn walked(
        tokens: &Tokens<'_>,
        span: Span,
        classes: Classes,
    ) -> Vec<(usize, usize, Option<usize>)> {
        let from = first_in(tokens, span);
        tokens.all()[from..]
            .iter()
            .enumerate()
            .take_while(|(_, t)| t.start() < span.end)
            .filter(|(_, t)| {
                t.kind() == Kind::Word
                    && (t.starts().meets(classes) || t.start() < span.start || t.end() > span.end)
            })
            .filter_map(|(k, _)| span_word(tokens, span, from + k))
            .map(|w| (w.start, w.end, w.token))
            .collect()
    }

    #[test]
    fn the_listed_words_of_any_span_are_those_of_a_walk() {
        let text = "The drive began in May; police launched 5operation Haixia and the campaign, which ran until June.";
        let tokens = Tokens::new(text);
        for classes in [CAMPAIGN, LAUNCH_OR_CAMPAIGN] {
            for start in 0..text.len() {
                for end in start..=text.len() {
                    let span = Span::new(start, end);
                    let listed: Vec<_> = words_in(&tokens, span, classes)
                        .map(|w| (w.start, w.end, w.token))
                        .collect();
                    assert_eq!(listed, walked(&tokens, span, classes), "{start}..{end}");
                }
            }
        }
    }
}
