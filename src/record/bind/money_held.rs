//! Where money sits, read around a money figure: the accounts it is held
//! in, and the price of a sale (money no police moved).

use super::*;

/// Whether `gap` (between a verb and its money) counts accounts and links
/// the money to them: ` 156 bank accounts, involving `, ` 45 accounts
/// holding `, ` 45 accounts with `, or names one: ` a bank account
/// holding `.
pub(super) fn in_accounts(gap: &str) -> bool {
    let gap = gap.trim_end();
    let Some(before) = [
        "involving",
        "holding",
        "containing",
        "with",
        "totaling",
        "totalling",
    ]
    .iter()
    .find_map(|l| gap.strip_suffix(l)) else {
        return false;
    };
    let before = before.trim_end().trim_end_matches(',');
    (before.ends_with("accounts") || before.ends_with("account"))
        && before.len() < 48
        && !before.contains([';', '.'])
}

/// `sold the relics for 12 million yuan`: money after `for` in a clause of
/// selling or buying is a price paid, not money the police moved.
pub(super) fn sale_price(text: &str, at: usize, floor: usize) -> bool {
    let before = text[..at].trim_end();
    // (A qualifier is the figure's own: `for about 12 million yuan`.)
    let Some(before) = before
        .strip_suffix("for")
        .filter(|b| !b.ends_with(|c: char| c.is_ascii_alphanumeric()))
    else {
        return false;
    };
    let from = ceil_char(text, floor.max(before.len().saturating_sub(60)));
    let clause = &before[from.min(before.len())..];
    let clause = clause.rsplit([',', ';']).next().unwrap_or(clause);
    clause.split_ascii_whitespace().any(|w| {
        [
            "sold",
            "sell",
            "sells",
            "selling",
            "bought",
            "buy",
            "buying",
            "resold",
            "purchased",
        ]
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s))
    })
}

/// Whether `gap`, between money and its passive verb, is an `in` phrase
/// of where it was held: `in bank accounts was`, `in 40 accounts has
/// been`, `in deposits and wallets was`. Bounded, within the clause.
pub(super) fn held_in_accounts(gap: &str) -> bool {
    let gap = gap.trim();
    let opens = gap.len() > 3 && gap.as_bytes()[..3].eq_ignore_ascii_case(b"in ");
    opens
        && gap.len() < 64
        && !gap.contains([',', ';', '.'])
        && gap.split(' ').any(|word| {
            ["account", "deposit", "wallet"].iter().any(|h| {
                word.len() >= h.len()
                    && word.as_bytes()[..h.len()].eq_ignore_ascii_case(h.as_bytes())
            })
        })
}
