//! Name cores: a campaign name without its campaign words, case,
//! punctuation or plural endings, and a document's cores, kept without
//! hashing while they are few.

use std::collections::HashMap;

use super::campaign_filter;
use crate::lex::{lexicon, Class};

/// Name cores end to end in one string. A document names few campaigns, so
/// a linear search beats hashing `String` keys; past [`Cores::LINEAR`]
/// cores a map keeps hostile input linear.
#[derive(Default)]
pub(super) struct Cores {
    all: String,
    /// Where each core ends in `all`.
    ends: Vec<usize>,
    /// The first index of each core, once there are many.
    many: HashMap<String, usize>,
}

impl Cores {
    /// The most cores searched one by one.
    const LINEAR: usize = 16;

    /// The core `k`.
    pub(super) fn get(&self, k: usize) -> &str {
        let start = k.checked_sub(1).map_or(0, |p| self.ends[p]);
        &self.all[start..self.ends[k]]
    }

    /// How many cores there are.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The first of the cores that is `key`, if one is.
    pub(super) fn position(&self, key: &str) -> Option<usize> {
        if self.ends.len() > Self::LINEAR {
            return self.many.get(key).copied();
        }
        (0..self.ends.len()).find(|&k| self.get(k) == key)
    }

    /// The first core that is `key` give or take a year that closes or
    /// opens it: `Fox Hunt` after `Fox Hunt 2024` or `2024 Fox Hunt`, or
    /// before it, is the same campaign, and so are `2024 Fox Hunt` and `Fox
    /// Hunt 2024`. Two cores of two years (`Kunlun 2020`, `Kunlun 2021`)
    /// stay apart. Only while the cores are few, so a document of many
    /// names stays linear.
    pub(super) fn year_variant(&self, key: &str) -> Option<usize> {
        if self.ends.len() > Self::LINEAR {
            return None;
        }
        let bare = without_year(key);
        (0..self.ends.len()).find(|&k| {
            let core = self.get(k);
            match (bare, without_year(core)) {
                (Some((bare, _)), None) => bare == core,
                (None, Some((core_bare, _))) => core_bare == key,
                (Some(a), Some(b)) => a == b,
                (None, None) => false,
            }
        })
    }

    /// Add `key` as the next core.
    pub(super) fn push(&mut self, key: &str) {
        self.all.push_str(key);
        self.ends.push(self.all.len());
        let n = self.ends.len();
        if n == Self::LINEAR + 1 {
            for k in 0..n {
                let core = self.get(k).to_string();
                self.many.entry(core).or_insert(k);
            }
        } else if n > Self::LINEAR + 1 {
            self.many.entry(key.to_string()).or_insert(n - 1);
        }
    }
}

/// `core` without the year that closes or opens it (`foxhunt2024`,
/// `2024foxhunt` → `foxhunt`), and the year, when it has one and something
/// else.
fn without_year(core: &str) -> Option<(&str, &str)> {
    let year = |y: &str| y.parse::<u16>().is_ok_and(|y| (1990..=2100).contains(&y));
    let cut = core.len().checked_sub(4)?;
    let (bare, closing) = (core.get(..cut)?, core.get(cut..)?);
    // (A year glued to other digits is no year: `ops12024`.)
    let glued = bare.as_bytes().last().is_some_and(u8::is_ascii_digit);
    if year(closing) && !glued && !bare.is_empty() {
        return Some((bare, closing));
    }
    let (opening, bare) = (core.get(..4)?, core.get(4..)?);
    let glued = bare.as_bytes().first().is_some_and(u8::is_ascii_digit);
    (year(opening) && !glued && !bare.is_empty()).then_some((bare, opening))
}

/// The name without campaign words, case, punctuation or plural endings,
/// into `out`: `Hundred-Day Operation` and `Hundred Days Action` share
/// `hundredday`.
pub(super) fn core(name: &str, out: &mut String) {
    out.clear();
    // (The core of an ASCII name is never longer than the name: room for
    // it at once, not a doubling every few words.)
    out.reserve(name.len());
    if !name.is_ascii() {
        return core_of_words(name.split(|c: char| !c.is_alphanumeric()), out);
    }
    // Most names are ASCII: split them at bytes, without decoding chars.
    // The runs of ASCII letters and digits, cut at ASCII bytes (char
    // boundaries, so each is sliced without checking it as UTF-8).
    let b = name.as_bytes();
    let mut i = 0;
    let words = std::iter::from_fn(move || {
        while b.get(i).is_some_and(|c| !c.is_ascii_alphanumeric()) {
            i += 1;
        }
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        name.get(start..i).filter(|w| !w.is_empty())
    });
    core_of_words(words, out);
}

/// [`core`] of the name's `words`.
fn core_of_words<'n>(words: impl Iterator<Item = &'n str>, out: &mut String) {
    // Where a kept `of` starts, while it is the last word kept.
    let mut of = None;
    for word in words {
        let from = out.len();
        if word.is_ascii() {
            out.push_str(word);
            out[from..].make_ascii_lowercase();
        } else {
            out.push_str(&word.to_lowercase());
        }
        // (`Hundred Days Action` and `100-day campaign` share `100day`.)
        if &out[from..] == "hundred" {
            out.truncate(from);
            out.push_str("100");
        }
        let w = &out[from..];
        if w.is_empty() || is_campaign_key(w) || w == "special" {
            // (`Hundred Days of Action` is `Hundred Days Action`: an `of`
            // before the campaign word goes with it.)
            let of_campaign = !w.is_empty() && w != "special";
            out.truncate(of.filter(|_| of_campaign).unwrap_or(from));
            of = None;
            continue;
        } else if w.len() > 3 && w.ends_with('s') {
            out.pop();
        }
        of = (&out[from..] == "of").then_some(from);
    }
}

/// Whether the lowercase word `w` is a word of [`CAMPAIGN_WORDS`]: its
/// lexicon entry, when it has one, says so.
fn is_campaign_key(w: &str) -> bool {
    let index = lexicon::index();
    campaign_filter().may_start(w)
        && w.len() <= crate::lex::index::MAX_KEY
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && index
            .lookup_word(w.as_bytes(), w.len())
            .is_some_and(|e| index.entry(e).whole.has(Class::Campaign))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`core`] of `name` by a split of its chars, as a non-ASCII name is
    /// read: what the byte walk over an ASCII name must give.
    fn by_chars(name: &str) -> String {
        let mut out = String::new();
        let words = name.split(|c: char| !c.is_ascii_alphanumeric());
        core_of_words(words.filter(|w| !w.is_empty()), &mut out);
        out
    }

    #[test]
    fn an_ascii_name_is_cut_into_the_runs_its_chars_give() {
        let mut out = String::from("left over");
        for name in [
            "Hundred-Day Operation",
            "  Sky Net 2024, Phase 2 ",
            "--Clean//Wind--",
            "Operation",
            "",
            "Days of Action on Fraud",
            "A",
        ] {
            core(name, &mut out);
            assert_eq!(out, by_chars(name), "{name:?}");
        }
        let mut other = String::new();
        core("Hundred-Day Operation", &mut out);
        core("Hundred Days Action", &mut other);
        assert_eq!((out.as_str(), other.as_str()), ("100day", "100day"));
    }
}
