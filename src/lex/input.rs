//! The token stream as nom input.
//!
//! nom 8 implements its [`Input`] trait for `&str` and `&[u8]` only. A
//! clause rule reads words, not bytes, so [`TokenInput`] wraps a slice of
//! [`Token`]s (with the text they index) and implements [`Input`] with one
//! token as its item. Its primitives match one token of a kind
//! ([`kind`]), one word of a class ([`class`]), or the longest phrase of a
//! word table ([`phrase`]); nom's own combinators (`alt`, `preceded`, `opt`,
//! `map`, tuples ...) compose them.

use std::iter::{Copied, Enumerate};
use std::slice::Iter;

use nom::error::{ErrorKind, ParseError};
use nom::{Err, IResult, Input, Needed};

use super::{index, lexicon, Class, Kind, Lexicon, Token, Tokens};

/// A run of tokens of one text, as nom input: cheap to copy, and it knows
/// where it starts in the whole stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TokenInput<'t, 'a> {
    text: &'a str,
    tokens: &'t [Token],
    /// The index of `tokens[0]` in the whole stream.
    at: usize,
}

impl<'t, 'a> TokenInput<'t, 'a> {
    /// Every token of `tokens`.
    pub(crate) fn new(tokens: &'t Tokens<'a>) -> Self {
        TokenInput {
            text: tokens.text(),
            tokens: tokens.all(),
            at: 0,
        }
    }

    /// The tokens from index `from` of the stream up to (not including)
    /// `to`, clamped to the stream.
    pub(crate) fn window(tokens: &'t Tokens<'a>, from: usize, to: usize) -> Self {
        let all = tokens.all();
        let to = to.min(all.len());
        let from = from.min(to);
        TokenInput {
            text: tokens.text(),
            tokens: &all[from..to],
            at: from,
        }
    }

    /// The index of the first token in the whole stream.
    pub(crate) fn at(&self) -> usize {
        self.at
    }

    /// The text of a token.
    pub(crate) fn str(&self, t: &Token) -> &'a str {
        &self.text[t.start()..t.end()]
    }

    /// The first token, if any.
    pub(crate) fn first(&self) -> Option<&'t Token> {
        self.tokens.first()
    }
}

impl<'t, 'a> Input for TokenInput<'t, 'a> {
    type Item = Token;
    type Iter = Copied<Iter<'t, Token>>;
    type IterIndices = Enumerate<Self::Iter>;

    fn input_len(&self) -> usize {
        self.tokens.len()
    }

    fn take(&self, index: usize) -> Self {
        TokenInput {
            tokens: &self.tokens[..index],
            ..*self
        }
    }

    fn take_from(&self, index: usize) -> Self {
        TokenInput {
            tokens: &self.tokens[index..],
            at: self.at + index,
            ..*self
        }
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.tokens.iter().position(|&t| predicate(t))
    }

    fn iter_elements(&self) -> Self::Iter {
        self.tokens.iter().copied()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.iter_elements().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.tokens.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.tokens.len()))
        }
    }
}

/// One token of kind `k`.
pub(crate) fn kind<'t, 'a, E: ParseError<TokenInput<'t, 'a>>>(
    k: Kind,
) -> impl Fn(TokenInput<'t, 'a>) -> IResult<TokenInput<'t, 'a>, Token, E> {
    move |input: TokenInput<'t, 'a>| match input.first() {
        Some(&t) if t.kind() == k => Ok((input.take_from(1), t)),
        _ => Err(Err::Error(E::from_error_kind(input, ErrorKind::Verify))),
    }
}

/// One word that may start a phrase of class `c` (`class(Class::Verb)`
/// matches `arrested`, and `dealt` of `dealt with`): a bit test on the
/// token, the word is not looked up again. [`phrase`] then reads the whole
/// phrase and its value.
pub(crate) fn class<'t, 'a, E: ParseError<TokenInput<'t, 'a>>>(
    c: Class,
) -> impl Fn(TokenInput<'t, 'a>) -> IResult<TokenInput<'t, 'a>, Token, E> {
    move |input: TokenInput<'t, 'a>| match input.first() {
        Some(&t) if t.kind() == Kind::Word && t.starts().has(c) => Ok((input.take_from(1), t)),
        _ => Err(Err::Error(E::from_error_kind(input, ErrorKind::Verify))),
    }
}

/// The longest phrase of `lexicon` that starts at the first token (`dealt
/// with`, `taken into custody`), with its value. A word that starts no
/// phrase of the table is rejected by a bit test.
pub(crate) fn phrase<'t, 'a, T, E: ParseError<TokenInput<'t, 'a>>>(
    lexicon: &'static Lexicon<T>,
) -> impl Fn(TokenInput<'t, 'a>) -> IResult<TokenInput<'t, 'a>, &'static T, E> {
    move |input: TokenInput<'t, 'a>| {
        let fail = || Err(Err::Error(E::from_error_kind(input, ErrorKind::Tag)));
        let Some(t) = input.first() else {
            return fail();
        };
        let Some(entry) = t.entry().filter(|_| t.starts().has(lexicon.class())) else {
            return fail();
        };
        let index = index();
        if let Some(value) = single_word(index, entry, lexicon) {
            return Ok((input.take_from(1), value));
        }
        let Some((value, len)) = lexicon::longest(index, entry, &input.text[t.start()..], lexicon)
        else {
            return fail();
        };
        let end = t.start() + len;
        let used = input.tokens.iter().take_while(|t| t.end() <= end).count();
        // A phrase that runs past the window is no match inside it.
        let last = used.checked_sub(1).and_then(|u| input.tokens.get(u));
        if last.map_or(true, |t| t.end() != end) {
            return fail();
        }
        Ok((input.take_from(used), value))
    }
}

/// The value of the word with lexicon entry `entry` when it is the only
/// phrase of `lexicon` under the entry: then it is the longest match, with
/// no phrase compared.
pub(crate) fn only_word<T>(
    entry: super::EntryId,
    lexicon: &'static Lexicon<T>,
) -> Option<&'static T> {
    single_word(index(), entry, lexicon)
}

/// [`only_word`], in the lexicon `index`.
#[inline]
fn single_word<T>(
    index: &lexicon::Index,
    entry: super::EntryId,
    lexicon: &'static Lexicon<T>,
) -> Option<&'static T> {
    let e = index.entry(entry);
    if !e.single.has(lexicon.class()) {
        return None;
    }
    let k = index.class_phrases(e, lexicon.class()).first()?.index;
    lexicon.get(usize::from(k)).map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::lexicon::{Verb, VERBS};
    use nom::Parser;

    type Res<'t, 'a, O> = IResult<TokenInput<'t, 'a>, O, nom::error::Error<TokenInput<'t, 'a>>>;

    #[test]
    fn takes_and_splits_by_token() {
        let tokens = Tokens::new("Police seized 12 guns");
        let input = TokenInput::new(&tokens);
        assert_eq!(input.input_len(), 4);
        let (rest, head) = input.take_split(1);
        assert_eq!(input.str(head.first().unwrap()), "Police");
        assert_eq!(rest.at(), 1);
        assert_eq!(rest.str(rest.first().unwrap()), "seized");
        assert_eq!(input.slice_index(5), Err(Needed::new(1)));
        assert_eq!(input.position(|t| t.kind() == Kind::Number), Some(2));
    }

    #[test]
    fn class_matches_a_word_of_its_class_only() {
        let tokens = Tokens::new("Police seized 12 guns");
        let input = TokenInput::new(&tokens);
        let verb = |i| -> Res<'_, '_, Token> { class(Class::Verb)(i) };
        assert!(verb(input).is_err());
        assert!(verb(input.take_from(2)).is_err());
        let (rest, t) = verb(input.take_from(1)).unwrap();
        assert_eq!(input.str(&t), "seized");
        assert_eq!(rest.at(), 2);
    }

    #[test]
    fn phrase_takes_the_longest_entry_within_the_window() {
        let tokens = Tokens::new("officers dealt with 40 drivers");
        let input = TokenInput::new(&tokens).take_from(1);
        let (rest, v): (_, &Verb) = phrase::<_, nom::error::Error<_>>(VERBS)(input).unwrap();
        assert_eq!(*v, Verb::Handle);
        assert_eq!(rest.at(), 3);
        // Cut after `dealt`: `dealt with` runs past the window.
        let cut = TokenInput::window(&tokens, 1, 2);
        assert!(phrase::<_, nom::error::Error<_>>(VERBS)(cut).is_err());
    }

    #[test]
    fn composes_with_nom_combinators() {
        // verb, number, noun: `arrested 15 suspects`
        let tokens = Tokens::new("They arrested 15 suspects");
        let input = TokenInput::new(&tokens).take_from(1);
        let (rest, (v, n, noun)) = (phrase(VERBS), kind(Kind::Number), class(Class::Noun))
            .parse(input)
            .map_err(|_: Err<nom::error::Error<_>>| ())
            .unwrap();
        assert_eq!(*v, Verb::Arrest);
        assert_eq!(input.str(&n), "15");
        assert_eq!(input.str(&noun), "suspects");
        assert_eq!(rest.input_len(), 0);
    }
}
