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

/// The words of `span`, from its tokens, that may be an entry of one of the
/// `classes`: a word that is its whole token is passed over unless the
/// token starts an entry of one (a word cut by the span's edge never is).
pub(super) fn words_in<'t>(
    tokens: &'t Tokens<'_>,
    span: Span,
    classes: &'static [Class],
) -> impl Iterator<Item = SpanWord> + 't {
    let bytes = tokens.text().as_bytes();
    let from = first_in(tokens, span);
    tokens.all()[from..]
        .iter()
        .enumerate()
        .take_while(move |(_, t)| t.start() < span.end)
        .filter(move |(_, t)| {
            t.kind() == Kind::Word
                && (classes.iter().any(|&c| t.starts().has(c))
                    || t.start() < span.start
                    || t.end() > span.end)
        })
        .filter_map(move |(k, t)| {
            let start = t.start().max(span.start);
            let end = t.end().min(span.end);
            if start > span.start && bytes[start - 1].is_ascii_alphanumeric() {
                return None;
            }
            let whole = start == t.start() && end == t.end();
            Some(SpanWord {
                start,
                end,
                token: whole.then_some(from + k),
            })
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
