//! Quoted names and slogans (`“Kunlun 2020”`, `"one standard and three
//! real"`): numbers inside them are not figures. A quote that holds a
//! clause (commas, full stops) is speech and is read. The names are read
//! from the punctuation tokens as the token walk passes them
//! ([`Names::pass`]), so the tokens are walked once for both.

use crate::lex::{Kind, Tokens};
use crate::text::Quote;
use crate::Span;

/// The longest inside of a quote that can be a name, in bytes.
const MAX_NAME: usize = 90;

/// A quote read on the way: whether its inside is a name is judged only
/// when a candidate falls inside it (most quotes hold none).
struct Quoted {
    /// From the opening mark to past the closing one.
    span: Span,
    /// The inside.
    inner: Span,
    /// [`is_name`] of the inside, once asked.
    name: Option<bool>,
}

/// The quotes opened by the tokens passed so far, in text order, and
/// which of them are names.
pub(super) struct Names<'t, 'a> {
    tokens: &'t Tokens<'a>,
    /// The first token not yet passed.
    passed: usize,
    /// After a straight pair: the first token past its close (no quote
    /// opens inside it).
    skip_to: usize,
    list: Vec<Quoted>,
    /// The first quote that may still cover a later candidate.
    first: usize,
}

impl<'t, 'a> Names<'t, 'a> {
    pub(super) fn new(tokens: &'t Tokens<'a>) -> Self {
        Names {
            tokens,
            passed: 0,
            skip_to: 0,
            list: Vec::new(),
            first: 0,
        }
    }

    /// Pass the punctuation token `i`, which may be a quote mark (its first
    /// byte is one of theirs): the name it opens, if any, is kept. Tokens
    /// are passed in order; one passed again is ignored.
    #[inline]
    pub(super) fn pass(&mut self, i: usize) {
        if i < self.passed {
            return;
        }
        self.passed = i + 1;
        if i >= self.skip_to {
            self.read_quote(i);
        }
    }

    /// The quote mark at token `i`: kept out of line, since inlined in the
    /// token walk's loop it slows the loop over every token.
    #[inline(never)]
    fn read_quote(&mut self, i: usize) {
        let found = match self.tokens.text().as_bytes()[self.tokens.all()[i].start()] {
            b'\'' => single_quote_at(self.tokens, i, MAX_NAME),
            _ => quote_at(self.tokens, i, MAX_NAME),
        };
        let Some((q, after)) = found else {
            return;
        };
        if let Some(after) = after {
            self.skip_to = after;
        }
        self.list.push(Quoted {
            span: Span::new(q.open, q.close_end),
            inner: q.inner,
            name: None,
        });
    }

    /// The end of the name that covers byte `start`, if one does. Asked
    /// at growing offsets, after every quote opened before `start` was
    /// passed.
    ///
    /// The answer is the first name (in text order) that has not ended
    /// before `start`, when it has begun: the quotes that are no names
    /// are passed over, each judged once, and only those that hold
    /// `start`.
    pub(super) fn covering(&mut self, start: usize) -> Option<usize> {
        while self
            .list
            .get(self.first)
            .is_some_and(|n| n.span.end <= start)
        {
            self.first += 1;
        }
        let text = self.tokens.text();
        // (Past `first`, a quote that ended is one inside a longer one
        // that has not: a few, within a name's length.)
        for q in &mut self.list[self.first..] {
            if q.span.start > start {
                return None;
            }
            if q.span.end <= start {
                continue;
            }
            if *q
                .name
                .get_or_insert_with(|| is_name(&text[q.inner.range()]))
            {
                return Some(q.span.end);
            }
        }
        None
    }

    /// Every name read so far.
    #[cfg(test)]
    pub(crate) fn all(&self) -> Vec<Span> {
        let text = self.tokens.text();
        self.list
            .iter()
            .filter(|q| is_name(&text[q.inner.range()]))
            .map(|q| q.span)
            .collect()
    }
}

/// The quote that the punctuation token `i` opens (`“”`, `‘’`, `""`,
/// `《》`, `「」`) when its inside is at most `max_inner` bytes, and for a
/// straight pair the first token past its close: after a curly pair the
/// quotes inside it are read too, so a stray opening quote never hides a
/// later pair; after a straight pair the reading goes on after the close.
#[inline]
fn quote_at(tokens: &Tokens<'_>, i: usize, max_inner: usize) -> Option<(Quote, Option<usize>)> {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let all = tokens.all();
    let t = &all[i];
    // The quotes' first bytes: `"`, E2 for `“‘`, E3 for `《「`.
    if !matches!(bytes[t.start()], b'"' | 0xE2 | 0xE3) {
        return None;
    }
    let close = match &text[t.start()..t.end()] {
        "“" => "”",
        "‘" => "’",
        "《" => "》",
        "「" => "」",
        "\"" => "\"",
        _ => return None,
    };
    let inner_start = t.end();
    let limit = inner_start + max_inner;
    let k = all[i + 1..]
        .iter()
        .take_while(|c| c.end() <= limit)
        .position(|c| c.kind() == Kind::Punct && &bytes[c.start()..c.end()] == close.as_bytes())?;
    let c = &all[i + 1 + k];
    let quote = Quote {
        open: t.start(),
        inner: Span::new(inner_start, c.start()),
        close_end: c.end(),
    };
    Some((quote, (close == "\"").then_some(i + 1 + k + 1)))
}

/// The straight single quote that the punctuation token `i` opens
/// (`'Three Strikes'`, `the '12·4' case`), read like a straight double
/// pair. An apostrophe is no quote: the open follows no letter or digit
/// and comes before one (or before a non-ASCII char), and the close
/// follows a non-space and comes before no letter or digit (`police's`
/// goes on).
fn single_quote_at(
    tokens: &Tokens<'_>,
    i: usize,
    max_inner: usize,
) -> Option<(Quote, Option<usize>)> {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let all = tokens.all();
    let t = &all[i];
    let alnum = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_alphanumeric);
    let opens = alnum(t.end()) || bytes.get(t.end()).is_some_and(|b| !b.is_ascii());
    if (t.start() > 0 && alnum(t.start() - 1)) || !opens {
        return None;
    }
    let inner_start = t.end();
    let limit = inner_start + max_inner;
    let k = all[i + 1..]
        .iter()
        .take_while(|c| c.end() <= limit)
        .position(|c| {
            c.kind() == Kind::Punct
                && bytes[c.start()] == b'\''
                && !alnum(c.end())
                && !bytes[c.start() - 1].is_ascii_whitespace()
        })?;
    let c = &all[i + 1 + k];
    let quote = Quote {
        open: t.start(),
        inner: Span::new(inner_start, c.start()),
        close_end: c.end(),
    };
    Some((quote, Some(i + 1 + k + 1)))
}

/// Every stretch between matching quotes whose inside is at most
/// `max_inner` bytes (see [`quote_at`]): the same stretches as
/// [`crate::text::quotes`] finds in the text.
#[cfg(test)]
pub(super) fn quotes(tokens: &Tokens<'_>, max_inner: usize) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    for (i, t) in tokens.all().iter().enumerate() {
        if t.kind() != Kind::Punct || i < skip_to {
            continue;
        }
        if let Some((q, after)) = quote_at(tokens, i, max_inner) {
            skip_to = after.unwrap_or(skip_to);
            out.push(q);
        }
    }
    out
}

/// Byte ranges of the quoted names in the whole text, read in one pass.
#[cfg(test)]
pub(crate) fn quoted_names(tokens: &Tokens<'_>) -> Vec<Span> {
    let text = tokens.text();
    quotes(tokens, MAX_NAME)
        .into_iter()
        .filter(|q| is_name(&text[q.inner.range()]))
        .map(|q| Span::new(q.open, q.close_end))
        .collect()
}

/// A quoted stretch that names something (`"Sky Net"`, `《Anti-Fraud》`):
/// at most ten words, no sentence marks or money signs, no final point,
/// and no comma unless it is a slogan.
pub(super) fn is_name(inner: &str) -> bool {
    let Some(marks) = Marks::of(inner) else {
        return false;
    };
    !marks.stop
        && !inner.trim_end().ends_with('.')
        && (!marks.comma || is_slogan(inner))
        && words_at_most(inner, 10)
}

/// What a name may not hold, read in one pass over the bytes: the chars
/// `\n ; ! ? … 。 % $ ¥` (`stop`), and a comma, ASCII or full-width.
/// UTF-8 never starts a char inside another, so a byte match is a char
/// match.
struct Marks {
    stop: bool,
    comma: bool,
}

impl Marks {
    /// The marks of `s`; `None` for empty text.
    fn of(s: &str) -> Option<Marks> {
        if s.is_empty() {
            return None;
        }
        let b = s.as_bytes();
        let mut marks = Marks {
            stop: false,
            comma: false,
        };
        for (i, &c) in b.iter().enumerate() {
            match (c, &b[i + 1..]) {
                (b'\n' | b';' | b'!' | b'?' | b'%' | b'$', _) => marks.stop = true,
                (b',', _) => marks.comma = true,
                // ¥, …, 。
                (0xC2, [0xA5, ..]) | (0xE2, [0x80, 0xA6, ..]) | (0xE3, [0x80, 0x82, ..]) => {
                    marks.stop = true
                }
                // ，
                (0xEF, [0xBC, 0x8C, ..]) => marks.comma = true,
                _ => {}
            }
        }
        Some(marks)
    }
}

/// `s.split_whitespace().count() <= max`, with ASCII text counted from
/// its bytes (the same whitespace: space, tab, line breaks, VT, FF).
fn words_at_most(s: &str, max: usize) -> bool {
    if !s.is_ascii() {
        return s.split_whitespace().count() <= max;
    }
    let mut words = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        let space = matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
        if !space && !in_word {
            words += 1;
        }
        in_word = !space;
    }
    words <= max
}

/// `"one village, one officer"`, `“two cards, one account”`: a quote of
/// short parallel parts, numbers written as words. Quoted speech with a
/// comma (`"we solved 12 cases, and more will follow"`) has longer parts or
/// digits, and its numbers are read.
pub(super) fn is_slogan(inner: &str) -> bool {
    // The parts are split twice, not collected: no allocation per quote.
    let parts = || inner.split([',', '，']);
    parts().count() <= 4
        && !inner.bytes().any(|b| b.is_ascii_digit())
        && parts().all(|p| (1..=3).contains(&p.split_whitespace().count()))
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::quantity::tests::p;

    #[test]
    fn a_straight_single_quoted_name() {
        assert_snapshot!(p("The 'Two Rounds' drive and the '9·15' case netted 8 suspects."), @"8 = 8 Exact (suspects)");
        // Apostrophes are no quotes: the police's 3 teams, the officers' 5 cars.
        assert_snapshot!(p("The police's 3 teams and the officers' 5 cars; 'we caught 4 thieves, and more will follow'."), @"
        3 = 3 Exact (teams)
        5 = 5 Exact (cars)
        4 = 4 Exact (thieves)
        ");
    }
}
