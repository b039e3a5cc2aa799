//! Long inputs built from repeated fragments, so that a path whose time
//! grows faster than the input shows up as a timeout (`-timeout=`), which
//! the 4 KB inputs of `parse` cannot show.
//!
//! The fuzzer's bytes are a small program. The first byte picks the size
//! (64, 128 or 256 KiB); the rest are (op, arg) pairs: a fragment of the
//! bulletin vocabulary (labels, quotes, campaign and launch words, agency
//! head words, dates, numbers, punctuation) repeated 1 to 8 times, a few
//! raw input bytes, or a fresh capitalized name (`Bqa`, `Bqb`, ...). The
//! program is replayed until the text reaches its size, each replay with
//! new names, so both "the same mention N times" and "N distinct names"
//! inputs come out. Every parse keeps the invariants of `check.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use police_bulletin::Parser;

mod check;

/// The vocabulary: whatever makes a stage look again at what it found.
const FRAGMENTS: &[&str] = &[
    // Labels and credits.
    "Source: ", "Editor: ", "Editor in charge: ", "Responsible editor: ", "Views: ", "Date: ",
    "Published: ", "Author: ", "title: ", "url: ", "Updated: ", "Xinhua", "China Daily", "(", ")",
    "|", "[", "]",
    // Quotes.
    "“", "”", "\"", "‘", "’", "《", "》",
    // Campaigns and their dates.
    "Operation ", "operation ", "campaign ", "Campaign ", "action ", "crackdown ", "drive ",
    "-day ", "100-day campaign ", "special ", "nationwide ", "codenamed ", "dubbed ", "launched ",
    "kicked off ", "began ", "started ", "rolled out ", "from ", "to ", "until ", "since ", "on ",
    "the end of ", "May 8", "July ", "2021-05-08", "this year", "Monday", "mid-", "early ",
    // Agencies.
    "Bureau ", "bureau ", "Police ", "police ", "Station ", "Department ", "Ministry ", "of ",
    "the ", "Public Security ", "Procuratorate ", "Customs ", "Branch ", "County ", "City ",
    "Provincial ", "Coast Guard ", "'s ", "’s ",
    // Figures and records.
    "12 ", "3,400 ", "1.5 ", "million ", "yuan ", "%", "percent ", "more than ", "about ", "十",
    "万", "名", "2019 ", "110 ", "arrested ", "seized ", "suspects ", "cases ", "kilograms of ",
    "heroin ", "respectively ", "were ", "solved ", "smashed ", "and ", ", ", ". ", "; ", "\n",
    "\n\n", " ", "。", "，",
];

/// Ops past the fragments: raw bytes, then a fresh name.
const RAW: usize = FRAGMENTS.len();
const NAME: usize = FRAGMENTS.len() + 1;

fn build(data: &[u8]) -> Option<String> {
    let (&size, program) = data.split_first()?;
    let size = (64 << 10) << (size % 3);
    let mut text = String::with_capacity(size + 1024);
    let mut names = 0u32;
    loop {
        let before = text.len();
        let mut ops = program.chunks_exact(2);
        let mut i = 0;
        while let Some(&[op, arg]) = ops.next() {
            i += 2;
            match usize::from(op) % (NAME + 1) {
                RAW => {
                    let n = usize::from(arg % 16).min(program.len().saturating_sub(i));
                    text.push_str(&String::from_utf8_lossy(&program[i..i + n]));
                }
                NAME => {
                    names += 1;
                    text.push('B');
                    let mut k = names;
                    while k > 0 {
                        text.push(char::from(b'a' + (k % 26) as u8));
                        k /= 26;
                    }
                    text.push(' ');
                }
                f => {
                    for _ in 0..=arg % 8 {
                        text.push_str(FRAGMENTS[f]);
                    }
                }
            }
        }
        if text.len() >= size || text.len() == before {
            break;
        }
    }
    (!text.is_empty()).then_some(text)
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = build(data) else {
        return;
    };
    let bulletin = Parser::new()
        .reference_date("2024-06-01".parse().unwrap())
        .parse(&text)
        .expect("a text under the size limit parses");
    check::check(&text, &bulletin);
});
