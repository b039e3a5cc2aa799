//! Money involved in the fraud count before it: funds of the payments
//! stopped, the sum of the people dissuaded.

use super::*;

impl Binder<'_, '_> {
    /// `made 2,600 stop payments, involving 98 million yuan`, `dissuaded
    /// 580 victims, involving 9.6 million yuan`: money involved in the
    /// fraud count just before it, in its sentence, is the money of that
    /// count (stopped payments hold funds back; dissuaded victims keep
    /// the sum they were about to pay).
    pub(super) fn involved_money(&self, f: &Figure<'_>, ctx: &Ctx) -> Option<FraudField> {
        let (field, end) = self.last_fraud?;
        if end < ctx.sentence.start || end > f.span.start {
            return None;
        }
        match field {
            FraudField::PaymentsStopped if after_involving(self.text, f.span.start, end) => {
                Some(FraudField::FundsFrozen)
            }
            // `595 cases were dissuaded and intercepted, and the funds of
            // the deceived were 41.97 million yuan`: the funds of the
            // frauds intercepted were held back.
            FraudField::CasesBlocked if funds_were(&self.text[end..f.span.start]) => {
                Some(FraudField::FundsFrozen)
            }
            FraudField::PeopleDissuaded
                if after_involving(self.text, f.span.start, end)
                    || about_to_pay(&self.text[end..f.span.start]) =>
            {
                Some(FraudField::AmountDissuaded)
            }
            _ => None,
        }
    }
}

/// Whether `between` (the words from a count of people dissuaded to a
/// sum) is a relative clause in which they were to pay it: `126 people
/// who were about to transfer a total of 2.38 million yuan`, `57
/// residents who were preparing to remit 960,000 yuan`, `214 elderly
/// people, who were about to be cheated of 4.1 million yuan`.
fn about_to_pay(between: &str) -> bool {
    const PAY: [&str; 12] = [
        "cheated",
        "defrauded",
        "lose",
        "losing",
        "pay",
        "paying",
        "remit",
        "remitting",
        "swindled",
        "transfer",
        "transferring",
        "wire",
    ];
    let mut words = between
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let relative = words
        .by_ref()
        .take(4)
        .any(|w| w.eq_ignore_ascii_case("who") || w.eq_ignore_ascii_case("that"));
    between.len() <= 100 && relative && words.any(|w| PAY.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// Whether `between` (from a verb of stopping to a sum) says people were
/// kept from paying it: `stopped from transferring a total of`,
/// `prevented from remitting`, `blocked from paying`.
pub(super) fn kept_from_paying(between: &str) -> bool {
    if between.len() > 80 {
        return false;
    }
    let mut prev = "";
    between
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        // (`stopped 12 elderly people from parting`: the verb, two words
        // of the people, `from` and the gerund.)
        .take(6)
        .any(|w| {
            let paying = prev.eq_ignore_ascii_case("from")
                && [
                    "parting",
                    "paying",
                    "remitting",
                    "sending",
                    "transferring",
                    "wiring",
                ]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p));
            prev = w;
            paying
        })
}

/// Whether `after` (the words right after a sum a verb of stopping took)
/// says the money was kept from moving on: `prevented 3.2 million yuan
/// from reaching the fraudsters`, `stopped NT$8 million from being wired
/// abroad`, `blocked 460,000 yuan from flowing into scam accounts`. Money
/// held back in flight was intercepted; a sum kept from being lost
/// (`from being swindled`) was a loss avoided, and is not read here.
pub(super) fn kept_from_moving(after: &str) -> bool {
    const MOVING: [&str; 22] = [
        "cashed",
        "entering",
        "flowing",
        "going",
        "laundered",
        "leaving",
        "moved",
        "moving",
        "paid",
        "reaching",
        "remitted",
        "sent",
        "siphoned",
        "taken",
        "transferred",
        "transferring",
        "heading",
        "wired",
        "withdrawn",
        "falling",
        "passing",
        "landing",
    ];
    let mut words = after
        .get(..after.len().min(60))
        .unwrap_or(after)
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    // (The sum's own words first: `in funds`, `of payments`, at most
    // three before `from`.)
    if !words
        .by_ref()
        .take(4)
        .any(|w| w.eq_ignore_ascii_case("from"))
    {
        return false;
    }
    let next = words.next().unwrap_or("");
    let gerund = match next.eq_ignore_ascii_case("being") || next.eq_ignore_ascii_case("getting") {
        true => words.next().unwrap_or(""),
        false => next,
    };
    MOVING.iter().any(|m| gerund.eq_ignore_ascii_case(m))
}

/// Whether `involving` (or `involved`) stands right before `at`, past the
/// words that name the sum (`involving funds of`, `involving an amount
/// of`, `involved a total of`), and after `from`.
fn after_involving(text: &str, at: usize, from: usize) -> bool {
    const FILLER: [&str; 9] = [
        "a", "amount", "an", "funds", "money", "of", "sum", "the", "total",
    ];
    let mut end = skip_back_spaces(text, at, 0);
    for _ in 0..6 {
        let word = ascii_word_before(text, end);
        if word.is_empty() || end - word.len() < from {
            return false;
        }
        if word.eq_ignore_ascii_case("involving") || word.eq_ignore_ascii_case("involved") {
            return true;
        }
        if !FILLER.iter().any(|x| word.eq_ignore_ascii_case(x)) {
            return false;
        }
        end = skip_back_spaces(text, end - word.len(), 0);
    }
    false
}

/// Whether `between` (from a fraud count to a sum, at most 160 bytes and
/// no other count) gives the sum, in a clause of its own after a comma
/// or semicolon, as what its funds came to: `, and the funds of the
/// deceived were`, `; the money involved amounted to`, `, with funds
/// totalling`. Not money already gone ([`money_gone`]).
fn funds_were(between: &str) -> bool {
    const LINKS: [&str; 6] = [
        "amounted",
        "reached",
        "totaled",
        "totalled",
        "totalling",
        "were",
    ];
    if between.len() > 160 || between.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(comma) = between.rfind([',', ';']) else {
        return false;
    };
    let clause = &between[comma..];
    if clause.len() > 60 {
        return false;
    }
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let last = match words.as_slice() {
        [.., l, "to"] | [.., l] => *l,
        [] => return false,
    };
    !money_gone(clause)
        && LINKS.iter().any(|l| last.eq_ignore_ascii_case(l))
        && words
            .iter()
            .any(|w| w.eq_ignore_ascii_case("funds") || w.eq_ignore_ascii_case("money"))
}

/// Whether `between` (from a verb of moving money, before the sum, to the
/// sum) names, in the sum's own clause after its last comma or
/// semicolon, money already gone (with no comma the verb's own object is
/// named: `recovered losses of`): `, and the funds lost by victims were`,
/// `, while the money defrauded totalled`. That sum was lost, not moved
/// by the verb of the clause before.
pub(super) fn money_gone(between: &str) -> bool {
    const GONE: [&str; 6] = ["cheated", "defrauded", "loss", "losses", "lost", "swindled"];
    let Some(comma) = between.rfind([',', ';']) else {
        return false;
    };
    between[comma..]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| GONE.iter().any(|g| w.eq_ignore_ascii_case(g)))
}
