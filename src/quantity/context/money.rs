//! Money: the peso a bulletin means, the money words before a number, and
//! a unit shared with the next number.

use super::{skip_spaces, skip_spaces_back, Around};
use crate::lex::{Class, Lexicon};
use crate::quantity::figure::prefix_word;
use crate::quantity::number::{amount, Script};
use crate::quantity::scan::Scanner;
use crate::quantity::{unit, Decimal, Unit};
use crate::text::ascii_word_before;

impl Scanner<'_, '_> {
    /// The peso a bulletin means: Philippine when it names the Philippines
    /// or Manila, Mexican when it names Mexico, else none (a bare `pesos`
    /// is then no known currency). One search per bulletin, at most.
    pub(crate) fn peso_country(&mut self) -> Option<Unit> {
        let text = self.text;
        *self.peso.get_or_insert_with(|| {
            if ["Philippin", "Manila", "Filipino"]
                .iter()
                .any(|w| text.contains(w))
            {
                Some(Unit::Php)
            } else if text.contains("Mexic") {
                Some(Unit::Mxn)
            } else {
                None
            }
        })
    }
}

/// Words before a number that make it money (`fined 500 pounds`, `worth`).
pub(crate) const MONEY_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::MoneyWord,
    &[
        ("bail", ()),
        ("cost", ()),
        ("costs", ()),
        ("fine", ()),
        ("fined", ()),
        ("fines", ()),
        ("loss", ()),
        ("losses", ()),
        ("paid", ()),
        ("pay", ()),
        ("price", ()),
        ("ransom", ()),
        ("value", ()),
        ("valued", ()),
        ("worth", ()),
    ],
);

/// Whether one of the two words ending at `before` is a money word
/// (`fined 500`, `a fine of 500`).
pub(crate) fn money_before(a: &Around<'_, '_>, before: usize) -> bool {
    let text = a.text;
    let mut end = before;
    for _ in 0..2 {
        let w = ascii_word_before(text, end);
        if w.is_empty() {
            return false;
        }
        if a.is_whole(end - w.len(), w.len(), MONEY_WORDS) {
            return true;
        }
        let b = end - w.len();
        end = skip_spaces_back(text, b, 2);
        if end == b {
            return false;
        }
    }
    false
}

/// The unit of a number that follows after `and`, `or`, `to` or a comma
/// (`1.42 and 2.85 percentage points`), when this number has none.
#[inline]
pub(crate) fn shared_unit(after: &str) -> Option<(Unit, Decimal)> {
    let i = skip_spaces(after, 0, 2);
    let s = &after[i..];
    // The connectors start with `a`, `o` or `t`: most numbers have none
    // (this reject is inline at the call, the rest is not).
    if !s
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b | 0x20, b'a' | b'o' | b't'))
    {
        return None;
    }
    shared_unit_after(s)
}

/// [`shared_unit`] from the connector on.
#[inline(never)]
fn shared_unit_after(s: &str) -> Option<(Unit, Decimal)> {
    let conn = prefix_word(s, "and")
        .or_else(|| prefix_word(s, "or"))
        .or_else(|| prefix_word(s, "to"))?;
    let s = &s[conn..];
    let j = skip_spaces(s, 0, 2);
    if j == 0 {
        return None;
    }
    let (rest, a) = amount(&s[j..]).ok()?;
    if a.script != Script::Digits {
        return None;
    }
    let (_, (unit, factor)) = unit::unit_after(rest).ok()?;
    (unit == Unit::Percent || unit.is_currency()).then_some((unit, factor))
}
