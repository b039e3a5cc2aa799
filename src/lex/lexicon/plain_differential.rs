//! The eight-byte compare against the byte loop on every lexicon phrase,
//! each spelled with random capitals, spaces of every kind for its own,
//! a stray mark, a tail and a cut end.

use super::*;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SPACES: &[&str] = &[
    " ", "  ", "\t", "\u{a0}", "\u{3000}", " \t", " \u{a0}", "", "   ", "     ", "\u{c2}",
];
const MARKS: &[char] = &['@', '[', '`', '{', 'é', '中', '\u{a0}', 'Ａ', 'x'];
const TAILS: &[&str] = &[
    "",
    " x",
    "s",
    ".",
    "中文",
    "\u{a0}",
    "é",
    "@",
    "[",
    "`",
    "{",
    " ",
    "\t",
    "Z",
    "9",
    "\u{3000}b",
    "ÀÉ",
];

fn spell(r: &mut Rng, phrase: &str) -> String {
    let mut s = String::new();
    for c in phrase.chars() {
        match c {
            ' ' if r.below(3) == 0 => s.push_str(SPACES[r.below(SPACES.len())]),
            c if c.is_ascii_lowercase() && r.below(3) == 0 => s.push(c.to_ascii_uppercase()),
            _ if r.below(40) == 0 => s.push(MARKS[r.below(MARKS.len())]),
            c => s.push(c),
        }
    }
    for _ in 0..1 + r.below(2) {
        s.push_str(TAILS[r.below(TAILS.len())]);
    }
    if r.below(4) == 0 {
        let cut = r.below(s.len() + 1);
        s.truncate(crate::text::floor_char(&s, cut));
    }
    s
}

#[test]
fn plain_compare_agrees_on_spelled_lexicon_phrases() {
    let index = crate::lex::index();
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut compared, mut found) = (0, 0);
    for table in crate::lex::TABLES {
        for i in 0..table.len() {
            for _ in 0..8 {
                let s = spell(&mut r, table.phrase(i));
                let Some(id) = index.lookup(s.as_bytes()) else {
                    continue;
                };
                let entry = index.entry(id);
                let known = entry.key_len();
                if s.len() < known {
                    continue;
                }
                for (c, t) in Class::ALL.iter().zip(crate::lex::TABLES) {
                    for p in index.class_phrases(entry, *c) {
                        let phrase = t.phrase(usize::from(p.index));
                        assert_eq!(
                            p.plain,
                            crate::lex::index::tests_is_plain(phrase.as_bytes())
                        );
                        if p.plain && phrase.len() > known {
                            let want = crate::text::phrase_len_from(&s, phrase, known);
                            assert_eq!(
                                plain_phrase_len(&s, phrase, known),
                                want,
                                "{phrase:?} in {s:?}"
                            );
                            compared += 1;
                            found += usize::from(want.is_some());
                        }
                    }
                }
            }
        }
    }
    // (Enough of both answers to mean something.)
    assert!(compared > 20_000 && found > 2_000, "{compared} {found}");
}

#[test]
fn lower8_on_random_words() {
    let mut r = Rng(12345);
    for _ in 0..100_000 {
        let w = r.next();
        let want = u64::from_le_bytes(w.to_le_bytes().map(|b| b.to_ascii_lowercase()));
        assert_eq!(lower8(w), want);
    }
}
