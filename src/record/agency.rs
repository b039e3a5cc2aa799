//! Enforcement bodies named in the text: `Fuxin Mongolian Autonomous County
//! Public Security Bureau`, `Narcotics Control Bureau of the Ministry of
//! Public Security`, `Shuanglong Police Station`.
//!
//! Plain-code scanning: find a head word (`Bureau`, `Department`,
//! `Ministry`, `Procuratorate`, `Customs`, `Station` ...), extend left over
//! capitalized words and agency vocabulary, then right over an `of ...`
//! complement and a trailing sub-unit (`... Bureau Xinqiao branch`).

use crate::lex::{lexicon, Class, Kind, Lexicon, Token, Tokens};
use std::cell::Cell;

use crate::record::{Agency, AgencyLevel};

use crate::Span;

/// Words that end an agency name.
pub(crate) const HEADS: &Lexicon<()> = &Lexicon::new(
    Class::AgencyHead,
    &[
        ("administration", ()),
        ("branch", ()),
        ("brigade", ()),
        ("bureau", ()),
        ("commission", ()),
        ("corps", ()),
        ("court", ()),
        ("customs", ()),
        ("department", ()),
        ("detachment", ()),
        ("ministry", ()),
        ("office", ()),
        ("procuratorate", ()),
        ("squadron", ()),
        ("station", ()),
        ("sub-bureau", ()),
    ],
);

/// Lowercase words that may stand inside an agency name
/// (`the provincial department of public security`).
pub(crate) const VOCABULARY: &Lexicon<()> = &Lexicon::new(
    Class::AgencyVocabulary,
    &[
        ("anti", ()),
        ("anti-narcotics", ()),
        ("anti-smuggling", ()),
        ("auxiliary", ()),
        ("branch", ()),
        ("bureau", ()),
        ("city", ()),
        ("coast", ()),
        ("control", ()),
        ("county", ()),
        ("criminal", ()),
        ("customs", ()),
        ("department", ()),
        ("detachment", ()),
        ("district", ()),
        ("guard", ()),
        ("investigation", ()),
        ("management", ()),
        ("maritime", ()),
        ("municipal", ()),
        ("narcotics", ()),
        ("police", ()),
        ("procuratorate", ()),
        ("provincial", ()),
        ("public", ()),
        ("security", ()),
        ("smuggling", ()),
        ("traffic", ()),
    ],
);

/// Words that make a name an enforcement body, not any office.
pub(crate) const ENFORCEMENT: &Lexicon<()> = &Lexicon::new(
    Class::AgencyEnforcement,
    &[
        ("administration", ()),
        ("anti-drug", ()),
        ("anti-narcotics", ()),
        ("anti-smuggling", ()),
        ("coast", ()),
        ("court", ()),
        ("criminal", ()),
        ("customs", ()),
        ("drug", ()),
        ("guard", ()),
        ("ministry", ()),
        ("monopoly", ()),
        ("narcotics", ()),
        ("police", ()),
        ("procuratorate", ()),
        ("security", ()),
        ("smuggling", ()),
        ("sub-bureau", ()),
    ],
);

/// Capitalized words that never start an agency name (`The`, `According`).
pub(crate) const NOT_NAME: &Lexicon<()> = &Lexicon::new(
    Class::AgencyNotName,
    &[
        ("a", ()),
        ("according", ()),
        ("after", ()),
        ("also", ()),
        ("an", ()),
        ("and", ()),
        ("as", ()),
        ("at", ()),
        ("before", ()),
        ("but", ()),
        ("by", ()),
        ("chinese", ()),
        ("during", ()),
        ("earlier", ()),
        ("for", ()),
        ("from", ()),
        ("his", ()),
        ("in", ()),
        ("its", ()),
        ("last", ()),
        ("lately", ()),
        ("later", ()),
        ("meanwhile", ()),
        ("now", ()),
        ("on", ()),
        ("our", ()),
        ("recently", ()),
        ("since", ()),
        ("that", ()),
        ("the", ()),
        ("their", ()),
        ("then", ()),
        ("these", ()),
        ("this", ()),
        ("to", ()),
        ("today", ()),
        ("with", ()),
        ("yesterday", ()),
    ],
);

/// Words that name a level of government; a lowercase word right before
/// one is its place (`dandong city`, `rong County`).
const LEVELS: &[&str] = &["city", "county", "district", "province", "town"];

/// Lowercase words that are never a place name before a level word.
const NOT_PLACE: &[&str] = &[
    "a", "all", "an", "and", "at", "by", "each", "every", "for", "from", "in", "its", "local",
    "of", "on", "other", "our", "same", "the", "their", "this", "to", "whole", "with",
];

/// The most words a name reaches on either side of its head word
/// (`Fuxin Mongolian Autonomous County Public Security Bureau` has six
/// before it). The bound keeps a run of head words or capitalized words
/// from being walked again for every head in it.
const MAX_REACH: usize = 12;

/// Every distinct agency named in `text`, in order of first mention.
///
/// Only the tokens that may start a head word or the word `police` (their
/// lexicon classes say so) are looked at; the words around one are read
/// from the tokens as the name grows.
pub(crate) fn agencies<'a>(tokens: &Tokens<'a>) -> Vec<Agency<'a>> {
    let text = tokens.text();
    let all = tokens.all();
    let words = Words::new(tokens);
    let mut out = Agencies::new(text);
    // The words of the last name found.
    let mut name: Vec<Word> = Vec::new();
    // The first token after the last name found: a name never reaches
    // back into the one before (`... Bureau police detachment`).
    let mut floor = 0;
    let bytes = text.as_bytes();
    // The tokens to stop at: agency head words and agency vocabulary
    // (`police`, `Police`, `Guard`), by their lexicon classes.
    let stop = |t: &Token| {
        let starts = t.starts();
        starts.has(Class::AgencyHead) || starts.has(Class::AgencyVocabulary)
    };
    let mut from = 0;
    while let Some(k) = all
        .get(from..)
        .and_then(|rest| rest.iter().position(stop))
        .map(|p| from + p)
    {
        from = k + 1;
        let t = &all[k];
        let may_head = t.starts().has(Class::AgencyHead)
            || matches!(&bytes[t.start()..t.end()], b"police" | b"Police" | b"Guard");
        if !may_head || k < floor || t.kind() != Kind::Word || words.joined(k) {
            continue;
        }
        let word = words.word(k);
        if !word.has(HEAD | LOWER_POLICE) {
            continue;
        }
        if word.has(LOWER_POLICE) && place_police(&words, word, floor, &mut name) {
            push(text, &name, &mut out);
            floor = name.last().map_or(floor, |last| last.last() + 1);
            continue;
        }
        // `Hengshan Police Affairs`: Police heads a name only at its end.
        let continues = || words.after(word).is_some_and(|next| next.has(CAPITALIZED));
        if !word.has(HEAD) || (word.str(text) == "Police" && continues()) {
            continue;
        }
        extend(&words, word, floor, &mut name);
        floor = name.last().map_or(floor, |last| last.last() + 1);
        push(text, &name, &mut out);
        // `brigade of the Public Security Bureau of Fengxi County`: the body
        // named in the complement is an agency of its own.
        let inner = name.get(1..name.len() - 1).unwrap_or_default();
        if let Some(of) = inner.iter().position(|w| w.str(text) == "of") {
            let mut j = of + 2;
            if name[j].str(text).eq_ignore_ascii_case("the") {
                j += 1;
            }
            if name
                .get(j..)
                .is_some_and(|rest| rest.iter().any(|x| x.has(HEAD)))
            {
                push(text, &name[j..], &mut out);
            }
        }
    }
    out.list
}

/// The agencies found so far, with the keys that tell a new name from a
/// repeat in one lookup each.
struct Agencies<'a> {
    text: &'a str,
    list: Vec<Agency<'a>>,
    /// The names of the agencies, and the word suffixes of each agency
    /// without an `of` complement (`Maritime Police Bureau` of `Danzhou
    /// Maritime Police Bureau`), by their keys.
    keys: KeySet,
    /// The key hashes of the name asked about last: `(hash, start, key
    /// length)` of each of its word suffixes, the whole name last.
    suffixes: Vec<(u64, usize, usize)>,
}

impl<'a> Agencies<'a> {
    fn new(text: &'a str) -> Self {
        Agencies {
            text,
            list: Vec::new(),
            keys: KeySet::default(),
            suffixes: Vec::new(),
        }
    }

    /// Whether the name at `span` repeats an agency already found: the
    /// same name, or the end of one without an `of` (`the Maritime Police
    /// Bureau` after `Danzhou Maritime Police Bureau`; but `Ministry of
    /// Public Security` after `Bureau of the Ministry of Public Security`
    /// is another body).
    fn seen(&mut self, span: Span) -> bool {
        key_hashes(self.text, span, &mut self.suffixes);
        self.suffixes
            .last()
            .is_some_and(|&(h, start, n)| self.keys.contains(self.text, h, start..span.end, n))
    }

    /// Add `agency`, which [`Agencies::seen`] has just been asked about.
    fn add(&mut self, agency: Agency<'a>) {
        let end = agency.span.end;
        if agency.name.contains(" of ") {
            if let Some(&(h, start, n)) = self.suffixes.last() {
                self.keys.insert(self.text, h, start..end, n);
            }
        } else {
            for &(h, start, n) in &self.suffixes {
                self.keys.insert(self.text, h, start..end, n);
            }
        }
        self.list.push(agency);
    }
}

/// The key that compares names is their letters and digits, lowercased
/// (`b | 0x20` lowercases both): the keys of `text[span]` and of each of
/// its word suffixes, as `(hash, start, key length)`, into `out`, the
/// whole name's last. One pass from the end gives them all.
fn key_hashes(text: &str, span: Span, out: &mut Vec<(u64, usize, usize)>) {
    out.clear();
    let bytes = &text.as_bytes()[span.range()];
    let mut h = HASH_START;
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate().rev() {
        if b.is_ascii_alphanumeric() {
            h = hash_step(h, b | 0x20);
            n += 1;
            if i == 0 || !bytes[i - 1].is_ascii_alphanumeric() {
                out.push((h, span.start + i, n));
            }
        }
    }
}

/// Whether `a` and `b` have the same key.
fn same_key(a: &str, b: &str) -> bool {
    key_of(a).eq(key_of(b))
}

/// The key of `s`: its letters and digits, lowercased.
fn key_of(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b | 0x20)
}

/// A set of keys, each held as the span of text it is the key of, by a
/// cheap hash instead of SipHash: no key is copied.
#[derive(Default)]
struct KeySet {
    /// Open addressing, a power of two long: `(hash, start, end, key
    /// length)`; `end == 0` marks an empty slot.
    slots: Vec<(u64, u32, u32, u32)>,
    /// How many slots are taken.
    len: usize,
}

/// One step of the hash, fed a key's bytes from its end, so that the hash
/// of every suffix comes out along the way.
fn hash_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

const HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

impl KeySet {
    /// The slot holding the key of `text[span]` (`n` bytes, hash `h`), or
    /// the empty slot where it would go.
    fn find(&self, text: &str, h: u64, span: std::ops::Range<usize>, n: usize) -> usize {
        let mask = self.slots.len() - 1;
        let mut slot = slot_of(h, mask);
        loop {
            let (sh, start, end, len) = self.slots[slot];
            if end == 0
                || (sh == h
                    && len as usize == n
                    && same_key(&text[start as usize..end as usize], &text[span.clone()]))
            {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Whether the key of `text[span]` (`n` bytes, hash `h`) is in the set.
    fn contains(&self, text: &str, h: u64, span: std::ops::Range<usize>, n: usize) -> bool {
        self.len > 0 && self.slots[self.find(text, h, span, n)].2 != 0
    }

    /// Add the key of `text[span]` (`n` bytes, hash `h`), unless it is in.
    fn insert(&mut self, text: &str, h: u64, span: std::ops::Range<usize>, n: usize) {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let slot = self.find(text, h, span.clone(), n);
        if self.slots[slot].2 == 0 {
            // Spans are 32-bit: `Parser` caps its input below 4 GiB.
            self.slots[slot] = (h, span.start as u32, span.end as u32, n as u32);
            self.len += 1;
        }
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(32);
        let old = std::mem::replace(&mut self.slots, vec![(0, 0, 0, 0); size]);
        let mask = size - 1;
        for entry in old.into_iter().filter(|&(_, _, e, _)| e != 0) {
            let mut slot = slot_of(entry.0, mask);
            while self.slots[slot].2 != 0 {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = entry;
        }
    }
}

/// The slot of hash `h` in a table of `mask + 1` slots.
fn slot_of(h: u64, mask: usize) -> usize {
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask
}

/// Whether `hay` starts with `prefix` (lowercase ASCII), ignoring ASCII case.
fn starts_ci(hay: &str, prefix: &str) -> bool {
    hay.as_bytes()
        .get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// `name` without a possessive `'s` at its end.
fn strip_possessive(name: &str) -> &str {
    name.strip_suffix("'s")
        .or(name.strip_suffix("’s"))
        .unwrap_or(name)
}

/// Keep the words of `name` (at least one) as an agency if they name one,
/// and it is new.
fn push<'a>(text: &'a str, name: &[Word], out: &mut Agencies<'a>) {
    let (Some(first), Some(last)) = (name.first(), name.last()) else {
        return;
    };
    let name_str = strip_possessive(&text[first.start()..last.end()]);
    let has_enforcement = || name.iter().any(|w| w.has(ENFORCEMENT_WORD));
    let has_proper = || name.iter().any(|w| w.has(CAPITALIZED));
    let spelling = std::cell::OnceCell::new();
    let spelling = || spelling.get_or_init(|| Spelling::of(name_str));
    // A generic lowercase name needs a level (`municipal public security
    // bureau`), not just a kind (`the police station`).
    let levelled = || {
        let s = spelling();
        [
            Phrase::Municipal,
            Phrase::Provincial,
            Phrase::City,
            Phrase::County,
            Phrase::CriminalInvestigation,
        ]
        .into_iter()
        .any(|p| s.contains(p))
    };
    let bare_office = starts_ci(name_str, "office") || starts_ci(name_str, "police of");
    if name.len() == 1 || !has_enforcement() || bare_office || !(has_proper() || levelled()) {
        return;
    }
    let start = first.start();
    let span = Span::new(start, start + name_str.len());
    if out.seen(span) {
        return;
    }
    // `“One Million Police Enter ...”`: a slogan, not a body.
    if text[..start].ends_with(['“', '"', '‘']) {
        return;
    }
    out.add(Agency {
        name: name_str.into(),
        level: level(spelling()),
        span,
    });
}

/// A word: letters with inner hyphens and apostrophes (`People’s`,
/// `Sub-Bureau`), made of a word token and any joiner and word token that
/// follow with nothing between, with what the scan asks of it worked out
/// once.
#[derive(Clone, Copy)]
struct Word {
    start: u32,
    end: u32,
    /// Its first and last token.
    first: u32,
    last: u32,
    flags: u16,
}

/// [`is_head`].
const HEAD: u16 = 1;
/// Starts with an ASCII capital.
const UPPER: u16 = 1 << 1;
/// A whole entry of [`VOCABULARY`].
const VOCABULARY_WORD: u16 = 1 << 2;
/// Ends in `'s` (but `People’s` is part of names: `Supreme People’s
/// Procuratorate`).
const POSSESSIVE: u16 = 1 << 3;
/// Only spaces separate it from the word before ([`adjacent`]).
const ADJACENT: u16 = 1 << 4;
/// The lowercase word `police`.
const LOWER_POLICE: u16 = 1 << 5;
/// Starts with a capital, is no possessive and no word of [`NOT_NAME`]:
/// it may be part of a proper name.
const CAPITALIZED: u16 = 1 << 6;
/// Without a possessive `'s`, a whole entry of [`ENFORCEMENT`].
const ENFORCEMENT_WORD: u16 = 1 << 7;

impl Word {
    fn start(self) -> usize {
        self.start as usize
    }

    fn end(self) -> usize {
        self.end as usize
    }

    /// Its first token.
    fn first(self) -> usize {
        self.first as usize
    }

    /// Its last token.
    fn last(self) -> usize {
        self.last as usize
    }

    fn str(self, text: &str) -> &str {
        &text[self.start()..self.end()]
    }

    /// Whether any of `flags` is set.
    fn has(self, flags: u16) -> bool {
        self.flags & flags != 0
    }
}

/// Whether the punctuation token `p` joins two word tokens into one word.
fn is_joiner(p: &[u8]) -> bool {
    matches!(p, b"-" | b"'" | [0xE2, 0x80, 0x99])
}

/// The words of a text, read from its tokens where the scan asks: a word
/// is found from any of its tokens without a pass over the text.
struct Words<'t, 'a> {
    tokens: &'t Tokens<'a>,
    text: &'a str,
    /// The words read last, by their first token modulo the size: a name
    /// asks for the same few words again as it grows.
    cache: [Cell<Word>; 16],
}

impl<'t, 'a> Words<'t, 'a> {
    fn new(tokens: &'t Tokens<'a>) -> Self {
        let none = Word {
            start: 0,
            end: 0,
            first: u32::MAX,
            last: 0,
            flags: 0,
        };
        Words {
            tokens,
            text: tokens.text(),
            cache: std::array::from_fn(|_| Cell::new(none)),
        }
    }

    /// Whether the word token `k` carries on the word of the tokens before
    /// it: a joiner right after a word token and right before it
    /// (`Sub-Bureau`, `People’s`).
    fn joined(&self, k: usize) -> bool {
        let all = self.tokens.all();
        let Some(before) = k.checked_sub(2) else {
            return false;
        };
        let (Some(prev), Some(joiner), Some(t)) = (all.get(before), all.get(k - 1), all.get(k))
        else {
            return false;
        };
        prev.kind() == Kind::Word
            && joiner.kind() == Kind::Punct
            && prev.end() == joiner.start()
            && joiner.end() == t.start()
            && is_joiner(&self.text.as_bytes()[joiner.start()..joiner.end()])
    }

    /// The word whose first token is the word token `first`.
    fn word(&self, first: usize) -> Word {
        let cached = &self.cache[first % self.cache.len()];
        if cached.get().first() == first {
            return cached.get();
        }
        let word = self.read(first);
        cached.set(word);
        word
    }

    /// [`Words::word`], read from the tokens.
    fn read(&self, first: usize) -> Word {
        let all = self.tokens.all();
        let bytes = self.text.as_bytes();
        let mut last = first;
        // Most words end at a space: the token after them does not touch them.
        while all
            .get(last + 1)
            .is_some_and(|joiner| joiner.start() == all[last].end())
            && all.get(last + 2).is_some_and(|t| t.kind() == Kind::Word)
            && self.joined(last + 2)
        {
            last += 2;
        }
        let t = all[first];
        let (start, end) = (t.start(), all[last].end());
        let mut flags = 0;
        if bytes[start].is_ascii_uppercase() {
            flags |= UPPER;
        }
        let prev = first.checked_sub(1).and_then(|p| all.get(p));
        if prev.is_some_and(|p| p.kind() == Kind::Word && adjacent(self.text, p.end(), start)) {
            flags |= ADJACENT;
        }
        let mut not_name = false;
        if last == first {
            // One token: its lexicon entry says it all.
            let whole = t.whole();
            if whole.has(Class::AgencyHead) {
                flags |= HEAD;
            }
            if whole.has(Class::AgencyVocabulary) {
                flags |= VOCABULARY_WORD;
                if &bytes[start..end] == b"police" {
                    flags |= LOWER_POLICE;
                }
            }
            if whole.has(Class::AgencyEnforcement) {
                flags |= ENFORCEMENT_WORD;
            }
            if matches!(&bytes[start..end], b"Police" | b"Guard") {
                flags |= HEAD;
            }
            not_name = whole.has(Class::AgencyNotName);
        } else {
            flags |= joined_flags(self.tokens, first, last);
        }
        if flags & (UPPER | POSSESSIVE) == UPPER && !not_name {
            flags |= CAPITALIZED;
        }
        Word {
            start: start as u32,
            end: end as u32,
            first: first as u32,
            last: last as u32,
            flags,
        }
    }

    /// The word before `word`, when only spaces separate them.
    fn before(&self, word: Word) -> Option<Word> {
        if !word.has(ADJACENT) {
            return None;
        }
        let mut first = word.first() - 1;
        while self.joined(first) {
            first -= 2;
        }
        Some(self.word(first))
    }

    /// The word after `word`, when only spaces separate them.
    fn after(&self, word: Word) -> Option<Word> {
        let k = word.last() + 1;
        let t = self.tokens.all().get(k)?;
        (t.kind() == Kind::Word && adjacent(self.text, word.end(), t.start())).then(|| self.word(k))
    }

    /// The next word after `word`, however far.
    fn next(&self, word: Word) -> Option<Word> {
        let all = self.tokens.all();
        let k = word.last() + 1;
        // The first word token after a word starts a word: a joined one
        // would have been part of it.
        let k = k + all.get(k..)?.iter().position(|t| t.kind() == Kind::Word)?;
        Some(self.word(k))
    }
}

/// The flags of a word joined from tokens `first..=last` (`Sub-Bureau`,
/// `People’s`, `Bureau's`): a possessive ends in an apostrophe and the
/// token `s`, and a head word is read without it.
fn joined_flags(tokens: &Tokens<'_>, first: usize, last: usize) -> u16 {
    let text = tokens.text();
    let (start, end) = (tokens.all()[first].start(), tokens.all()[last].end());
    let word = &text[start..end];
    let mut flags = 0;
    let base = if tokens.str(last) == "s" && tokens.str(last - 1) != "-" {
        if !word.starts_with("People") {
            flags |= POSSESSIVE;
        }
        last - 2
    } else {
        last
    };
    let base = &text[start..tokens.all()[base].end()];
    if is_entry(tokens, first, base, HEADS) || matches!(base, "Police" | "Guard") {
        flags |= HEAD;
    }
    if is_entry(tokens, first, word, VOCABULARY) {
        flags |= VOCABULARY_WORD;
    }
    if is_entry(tokens, first, base, ENFORCEMENT) {
        flags |= ENFORCEMENT_WORD;
    }
    flags
}

/// Whether `word`, from token `first` on, is a whole entry of `lexicon`.
fn is_entry(tokens: &Tokens<'_>, first: usize, word: &str, lexicon: &'static Lexicon<()>) -> bool {
    let t = tokens.all()[first];
    if t.end() - t.start() == word.len() {
        return t.whole().has(lexicon.class());
    }
    t.entry().is_some_and(|entry| {
        lexicon::longest(lexicon::index(), entry, word, lexicon)
            .is_some_and(|(_, len)| len == word.len())
    })
}

/// Whether `word` is a head word: `Minhang District Police`: capitalized
/// Police heads a name; the lowercase word is too often just "the police".
fn is_head(word: Word) -> bool {
    word.has(HEAD)
}

/// Whether `word` starts with a capital, is no sentence-initial word and no
/// possessive.
fn is_capitalized(word: Word) -> bool {
    word.has(CAPITALIZED)
}

/// `China's`, `Department’s`: a possessive ends a name.
fn is_possessive(word: Word) -> bool {
    word.has(POSSESSIVE)
}

/// `dandong` before `city`: a lowercase place name, as machine
/// translations write them.
fn is_lowercase_place(text: &str, word: Word, next: Word) -> bool {
    let (w, next) = (word.str(text), next.str(text));
    LEVELS.iter().any(|l| next.eq_ignore_ascii_case(l))
        && w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_PLACE.contains(&w)
        && !is_vocabulary(word)
}

fn is_vocabulary(word: Word) -> bool {
    word.has(VOCABULARY_WORD)
}

/// Whether only spaces (at most two) separate a word ending at `end` from
/// one starting at `start`.
fn adjacent(text: &str, end: usize, start: usize) -> bool {
    start - end <= 2 && text.as_bytes()[end..start].iter().all(|&b| b == b' ')
}

/// Lowercase kinds of police force (`Dongtai traffic police`).
const POLICE_KINDS: &[&str] = &[
    "armed", "border", "forest", "marine", "maritime", "patrol", "railway", "traffic",
];

/// A force named by its place and the lowercase word `police` (`p`):
/// `Guangdong marine police`, `the Harbin police force`, `Suizhou police
/// authorities`. Without a kind or a `force`/`authorities` after it, `X
/// police` is too often just "the police of X" to be listed. The name
/// takes in no word before token `floor`; its words go to `name`.
fn place_police(words: &Words<'_, '_>, p: Word, floor: usize, name: &mut Vec<Word>) -> bool {
    let text = words.text;
    let before = |w: Word| words.before(w).filter(|prev| prev.first() >= floor);
    // From `p` back, turned round below.
    name.clear();
    name.push(p);
    let mut first = p;
    let mut kind = false;
    while let Some(prev) = before(first).filter(|prev| POLICE_KINDS.contains(&prev.str(text))) {
        kind = true;
        first = prev;
        name.push(prev);
    }
    let mut places = 0;
    while places < 3 {
        let Some(prev) = before(first).filter(|&prev| is_capitalized(prev) && !is_head(prev))
        else {
            break;
        };
        // `County traffic police`: a level alone names no place.
        if !LEVELS
            .iter()
            .any(|l| prev.str(text).eq_ignore_ascii_case(l))
        {
            places += 1;
        }
        first = prev;
        name.push(prev);
    }
    let next = words.after(p);
    // `District traffic police brigade`: the head word makes the name.
    if next.is_some_and(is_head) {
        return false;
    }
    let tail = next.filter(|next| matches!(next.str(text), "force" | "authorities"));
    if places == 0 || !(kind || tail.is_some()) {
        return false;
    }
    name.reverse();
    name.extend(tail);
    true
}

/// The words after a head word, each read once as a name grows: `name`
/// holds the name's words up to the head, then the words after it that
/// have been read.
struct Ahead<'n, 'w, 't, 'a> {
    words: &'w Words<'t, 'a>,
    name: &'n mut Vec<Word>,
    /// Where the head is in `name`.
    head: usize,
    /// Whether the run of words with only spaces between has ended.
    ended: bool,
}

impl Ahead<'_, '_, '_, '_> {
    /// The word `at` words after the head, if only spaces separate the
    /// words up to it and it is within [`MAX_REACH`].
    fn at(&mut self, at: usize) -> Option<Word> {
        if at > MAX_REACH {
            return None;
        }
        while self.name.len() <= self.head + at {
            let last = *self.name.last()?;
            let next = if self.ended {
                None
            } else {
                self.words.after(last)
            };
            let Some(next) = next else {
                self.ended = true;
                return None;
            };
            self.name.push(next);
        }
        self.name.get(self.head + at).copied()
    }
}

/// The words of the name around the head `h` into `name`, taking in no
/// word before token `floor` and at most [`MAX_REACH`] words either way.
fn extend(words: &Words<'_, '_>, h: Word, floor: usize, name: &mut Vec<Word>) {
    let text = words.text;
    let w = |x: Word| x.str(text);
    // From `h` back, turned round below.
    name.clear();
    name.push(h);
    let mut first = h;
    while name.len() <= MAX_REACH {
        let Some(prev) = words.before(first).filter(|prev| prev.first() >= floor) else {
            break;
        };
        if is_capitalized(prev) || is_vocabulary(prev) {
            first = prev;
            name.push(prev);
        } else if is_lowercase_place(text, prev, first) {
            name.push(prev);
            break;
        } else {
            break;
        }
    }
    name.reverse();
    // Forward, every word is counted from `h`.
    let head = name.len() - 1;
    let mut ahead = Ahead {
        words,
        name,
        head,
        ended: false,
    };
    let mut last = h;
    let mut last_at = 0;
    let mut complemented = false;
    loop {
        if is_possessive(last) {
            break;
        }
        let k_at = last_at + 1;
        let Some(k) = ahead.at(k_at) else {
            break;
        };
        // `... of (the) Ministry of Public Security`, `of Jiangxi Province`,
        // `for Market Regulation`: one complement, proper or `public security`.
        if !complemented && (w(k) == "of" || w(k) == "for") {
            let mut j_at = k_at + 1;
            let mut j = ahead.at(j_at);
            let mut prev = k;
            if let Some(the) = j.filter(|&the| w(the).eq_ignore_ascii_case("the")) {
                j_at += 1;
                j = ahead.at(j_at);
                prev = the;
            }
            // The last word of the complement, its place and the word before it.
            let mut end: Option<(Word, usize, Word)> = None;
            let mut proper = false;
            while let Some(x) = j {
                let xs = w(x);
                let end_head = end.map(|(e, _, _)| is_head(e));
                // A nested `of` only after a head: `Bureau of the Ministry of ...`.
                let nested_of = xs == "of" && end_head == Some(true);
                let joiner = xs == "and"
                    && end_head == Some(false)
                    && j_at < MAX_REACH
                    && words.next(x).is_some_and(is_capitalized);
                let proper_possessive = is_possessive(x) && x.has(UPPER);
                let capitalized = is_capitalized(x);
                if capitalized || proper_possessive || is_vocabulary(x) || nested_of || joiner {
                    if xs != "of" && xs != "and" {
                        end = Some((x, j_at, prev));
                        proper |= capitalized || proper_possessive;
                    }
                    prev = x;
                    j_at += 1;
                    j = ahead.at(j_at);
                    if is_possessive(x) {
                        break;
                    }
                } else {
                    break;
                }
            }
            let public_security = end.is_some_and(|(e, _, before)| {
                w(e).eq_ignore_ascii_case("security") && w(before).eq_ignore_ascii_case("public")
            });
            match end {
                Some((e, e_at, _)) if proper || public_security => {
                    last = e;
                    last_at = e_at;
                    complemented = true;
                    continue;
                }
                _ => break,
            }
        }
        // `... Bureau Xinqiao branch`, `... Bureau Traffic Police Corps`:
        // a sub-unit with a proper name, or of agency words alone
        // (`... Customs anti smuggling bureau`, `... bureau traffic security
        // branch`).
        let mut j = Some(k);
        let mut j_at = k_at;
        let mut proper = false;
        // `... Bureau police detachment` is a unit of its own.
        let mut police = false;
        while let Some(x) = j.filter(|&x| (is_capitalized(x) || is_vocabulary(x)) && !is_head(x)) {
            proper |= is_capitalized(x);
            police |= w(x).eq_ignore_ascii_case("police");
            j_at += 1;
            j = ahead.at(j_at);
        }
        if let Some(unit_head) = j.filter(|&x| (proper || !police) && j_at > k_at && is_head(x)) {
            last = unit_head;
            last_at = j_at;
            continue;
        }
        if is_head(k) && k.has(UPPER) {
            last = k;
            last_at = k_at;
            continue;
        }
        break;
    }
    name.truncate(head + last_at + 1);
}

/// Phrases [`level`] and [`push`] look for anywhere in a name, ignoring
/// ASCII case: `Ministry` in `Ministry of Public Security`, `city` in
/// `lanxi city ...`.
#[derive(Clone, Copy)]
enum Phrase {
    Ministry,
    Supreme,
    GeneralAdministration,
    ChinaCustoms,
    SubBureau,
    CoastGuard,
    Municipal,
    Provincial,
    City,
    County,
    CriminalInvestigation,
}

/// The spelling of each [`Phrase`], in its order.
const PHRASES: [&str; 11] = [
    "ministry",
    "supreme",
    "general administration",
    "china customs",
    "sub-bureau",
    "coast guard",
    "municipal",
    "provincial",
    "city",
    "county",
    "criminal investigation",
];

/// Words [`level`] looks for as whole runs of letters of a name (a name
/// split at spaces, hyphens and apostrophes).
#[derive(Clone, Copy)]
enum LevelWord {
    National,
    State,
    Station,
    Squadron,
    District,
    Branch,
    County,
    Banner,
    Provincial,
    Province,
    Region,
    Department,
    Police,
    Municipal,
    City,
    Bureau,
    Customs,
}

/// The spelling of each [`LevelWord`], in its order.
const LEVEL_WORDS: [&str; 17] = [
    "national",
    "state",
    "station",
    "squadron",
    "district",
    "branch",
    "county",
    "banner",
    "provincial",
    "province",
    "region",
    "department",
    "police",
    "municipal",
    "city",
    "bureau",
    "customs",
];

/// Which of the [`Phrase`]s in `maybe` start `s`.
fn phrases_at(s: &[u8], mut maybe: u16) -> u16 {
    let mut found = 0;
    while maybe != 0 {
        let k = maybe.trailing_zeros() as usize;
        maybe &= maybe - 1;
        if s.get(..PHRASES[k].len())
            .is_some_and(|p| p.eq_ignore_ascii_case(PHRASES[k].as_bytes()))
        {
            found |= 1 << k;
        }
    }
    found
}

/// The [`LevelWord`] bit of a run of letters, if it is one.
fn level_word(run: &[u8]) -> u32 {
    let (Some(&first), Some(&by_len)) = (run.first(), LEVEL_LEN.get(run.len())) else {
        return 0;
    };
    let mut maybe = LEVEL_FIRST[usize::from(first)] & by_len;
    while maybe != 0 {
        let k = maybe.trailing_zeros() as usize;
        maybe &= maybe - 1;
        if run.eq_ignore_ascii_case(LEVEL_WORDS[k].as_bytes()) {
            return 1 << k;
        }
    }
    0
}

/// Which [`Phrase`]s and [`LevelWord`]s a name holds, found in one pass
/// over it.
struct Spelling {
    phrases: u16,
    words: u32,
}

/// Per byte, the [`Phrase`]s that start with it (either case): a bit each.
const PHRASE_FIRST: [u16; 256] = {
    let mut t = [0; 256];
    let mut k = 0;
    while k < PHRASES.len() {
        let f = PHRASES[k].as_bytes()[0];
        t[f as usize] |= 1 << k;
        t[f.to_ascii_uppercase() as usize] |= 1 << k;
        k += 1;
    }
    t
};

/// Per byte, the [`Phrase`]s whose second byte it is (either case).
const PHRASE_SECOND: [u16; 256] = {
    let mut t = [0; 256];
    let mut k = 0;
    while k < PHRASES.len() {
        let f = PHRASES[k].as_bytes()[1];
        t[f as usize] |= 1 << k;
        t[f.to_ascii_uppercase() as usize] |= 1 << k;
        k += 1;
    }
    t
};

/// Per first letter (either case), the [`LEVEL_WORDS`] that start with it:
/// a bit each.
const LEVEL_FIRST: [u32; 256] = {
    let mut t = [0; 256];
    let mut k = 0;
    while k < LEVEL_WORDS.len() {
        let f = LEVEL_WORDS[k].as_bytes()[0];
        t[f as usize] |= 1 << k;
        t[f.to_ascii_uppercase() as usize] |= 1 << k;
        k += 1;
    }
    t
};

/// Per length, the [`LEVEL_WORDS`] that long: a bit each.
const LEVEL_LEN: [u32; 16] = {
    let mut t = [0; 16];
    let mut k = 0;
    while k < LEVEL_WORDS.len() {
        t[LEVEL_WORDS[k].len()] |= 1 << k;
        k += 1;
    }
    t
};

impl Spelling {
    fn of(name: &str) -> Spelling {
        let bytes = name.as_bytes();
        let mut phrases = 0;
        let mut words = 0;
        // Where the current run of letters starts.
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b.is_ascii_alphabetic() {
                let first = PHRASE_FIRST[usize::from(b)];
                if first != 0 {
                    let second = bytes
                        .get(i + 1)
                        .map_or(0, |&c| PHRASE_SECOND[usize::from(c)]);
                    phrases |= phrases_at(&bytes[i..], first & second);
                }
                continue;
            }
            words |= level_word(&bytes[run..i]);
            run = i + 1;
        }
        words |= level_word(bytes.get(run..).unwrap_or_default());
        Spelling { phrases, words }
    }

    /// Whether the name holds `phrase` anywhere.
    fn contains(&self, phrase: Phrase) -> bool {
        self.phrases & (1 << phrase as u16) != 0
    }

    /// Whether `word` is a whole run of letters of the name.
    fn has(&self, word: LevelWord) -> bool {
        self.words & (1 << word as u32) != 0
    }
}

/// The administrative level a name implies, from its [`Spelling`].
fn level(name: &Spelling) -> AgencyLevel {
    use LevelWord as W;
    use Phrase as P;
    let has = |w: LevelWord| name.has(w);
    let contains = |p: Phrase| name.contains(p);
    if contains(P::CoastGuard) {
        return AgencyLevel::Other;
    }
    if contains(P::Ministry)
        || contains(P::Supreme)
        || contains(P::GeneralAdministration)
        || has(W::National)
        || has(W::State)
        || contains(P::ChinaCustoms)
    {
        AgencyLevel::Ministry
    } else if has(W::Station) || has(W::Squadron) {
        AgencyLevel::Station
    } else if has(W::District) || has(W::Branch) || contains(P::SubBureau) {
        AgencyLevel::District
    } else if has(W::County) || has(W::Banner) {
        AgencyLevel::County
    } else if has(W::Provincial)
        || has(W::Province)
        || has(W::Region)
        || (has(W::Department) && !has(W::Police) && !has(W::Municipal))
    {
        AgencyLevel::Province
    } else if has(W::Municipal)
        || has(W::City)
        || has(W::Bureau)
        || has(W::Customs)
        || has(W::Police)
    {
        AgencyLevel::City
    } else {
        AgencyLevel::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
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
            ["District Lianhe Municipal Public Security Bureau Xinqiao branch"]
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
        let text = "bureau of ".repeat(50) + "the Ministry of Public Security";
        assert_eq!(
            names(&text),
            [
                "Ministry bureau of the Ministry of Public Security",
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
            names("the Bureau said; the State Council Information Office; a post office")
                .is_empty()
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
                "City Fujian marine police",
                "City Fujian marine police force",
                "City Yuhang police authorities",
                "City Dongtai traffic police"
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
}
