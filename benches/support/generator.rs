//! A seeded generator of synthetic bulletins, for benchmarks and load tests.
//!
//! It rewrites the crate's own fixture bulletins: every digit run gets a new
//! value of the same length, qualifiers and units are swapped for others of
//! the same family, and sentences within a paragraph are shuffled. The same
//! seed always gives the same corpus. Shared by `benches/parse.rs` and
//! `examples/gen_corpus.rs`.

/// The fixture bulletins the corpus is built from.
pub const FIXTURES: &[&str] = &[
    include_str!("../../tests/fixtures/city_summer_campaign.txt"),
    include_str!("../../tests/fixtures/mt_telecom_fraud.txt"),
    include_str!("../../tests/fixtures/mt_traffic_rectification.txt"),
    include_str!("../../tests/fixtures/wire_drug_bust.txt"),
    include_str!("../../tests/fixtures/relics_recovered.txt"),
    include_str!("../../tests/fixtures/ministry_statistics.txt"),
    include_str!("../../tests/fixtures/customs_smuggling.txt"),
    include_str!("../../tests/fixtures/coast_guard_sand_mining.txt"),
    include_str!("../../tests/fixtures/distractors.txt"),
    include_str!("../../tests/fixtures/bilingual_crlf.txt"),
];

const SWAPS: &[&[&str]] = &[
    &["more than", "nearly", "about", "over", "at least", "some"],
    &["tons", "kilograms", "jin", "grams", "tonnes"],
    &["yuan", "U.S. dollars", "euros"],
    &["percent", "per cent", "%"],
    &["arrested", "captured", "detained", "nabbed"],
    &["seized", "confiscated", "recovered"],
];

/// xorshift64*: small, seeded, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// One synthetic bulletin.
pub fn bulletin(rng: &mut Rng) -> String {
    let base = FIXTURES[rng.below(FIXTURES.len())];
    let mut paragraphs = Vec::new();
    for para in base.split("\n\n") {
        let mut sentences: Vec<&str> = para.split_inclusive(". ").collect();
        if sentences.len() > 2 && rng.below(2) == 0 {
            let (a, b) = (rng.below(sentences.len()), rng.below(sentences.len()));
            sentences.swap(a, b);
        }
        paragraphs.push(vary(&sentences.concat(), rng));
    }
    paragraphs.join("\n\n")
}

fn vary(text: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    'outer: while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() {
            let len = rest.bytes().take_while(u8::is_ascii_digit).count();
            for i in 0..len {
                let d = if i == 0 {
                    1 + rng.below(9)
                } else {
                    rng.below(10)
                };
                out.push(char::from(b'0' + d as u8));
            }
            rest = &rest[len..];
            continue;
        }
        if c.is_ascii_alphabetic() && !out.ends_with(|p: char| p.is_ascii_alphabetic()) {
            for family in SWAPS {
                for word in *family {
                    if rest.starts_with(word)
                        && !rest[word.len()..].starts_with(|n: char| n.is_ascii_alphabetic())
                    {
                        out.push_str(family[rng.below(family.len())]);
                        rest = &rest[word.len()..];
                        continue 'outer;
                    }
                }
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// A JSONL corpus of about `bytes` bytes.
pub fn corpus_jsonl(seed: u64, bytes: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 4096);
    let mut n = 0;
    while out.len() < bytes {
        let text = bulletin(&mut rng);
        out.push_str(&format!(
            "{{\"id\":\"g{n}\",\"text\":{}}}\n",
            json_string(&text)
        ));
        n += 1;
    }
    out
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
