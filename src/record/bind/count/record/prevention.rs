//! The counts of anti-fraud prevention work that the words around a count
//! decide, before its noun and verb classes do: those a warning, a visit
//! or a stop payment went to, calls made to warn, payments a victim made.

use super::*;

impl<'a> Binder<'_, 'a> {
    /// Records `f`, counting `noun` after the word `prev` (its spaces from
    /// `gap`), as a prevention count when the words around it say which
    /// one it is (or that it is none), and says whether it decided.
    pub(super) fn prevention_count(
        &mut self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        noun: NounPhrase<'a>,
        (prev, gap): (&'a str, usize),
        verb: Option<(Verb, usize)>,
    ) -> bool {
        // Every reading below but the last is of anti-fraud work (`fraud`
        // implies `fraud_work`), and the last is of payments: most counts
        // ask none of them.
        if !ctx.fraud_work && noun.class != Some(Noun::Payment) {
            return false;
        }
        let text = self.text;
        let w = self.words;
        let is = |list: &[&str]| list.iter().any(|v| prev.eq_ignore_ascii_case(v));
        let recipients = matches!(
            noun.class,
            Some(
                Noun::Person
                    | Noun::Generic
                    | Noun::Victim
                    | Noun::Offender
                    | Noun::Household
                    | Noun::Other
            )
        );
        // `pushed early-warning information to 860,000 people`: the people
        // a warning went to count the warnings.
        if ctx.fraud && recipients && is(&["to"]) {
            // (The verb stands before the figure: a passive one after it,
            // `to 860,000 people were pushed`, sends nothing named here.)
            if let Some((Verb::Issue, at)) = verb {
                let sent = text.get(at..f.span.start);
                if sent
                    .and_then(|s| noun_at(&w, s))
                    .is_some_and(|(c, _)| c == Noun::Warning)
                {
                    self.rule.what = "warning_recipients";
                    self.set_fraud(FraudField::WarningsIssued, f);
                    return true;
                }
            }
        }
        // `made emergency stop payments on 2,316 accounts`: the accounts a
        // stop payment was put on count the payments stopped.
        if ctx.fraud_work && recipients && is(&["on"]) {
            let at = skip_back_spaces(text, gap - prev.len(), ctx.sentence.start);
            let payments = subject_before(&w, at, ctx.sentence.start)
                .is_some_and(|n| n.class == Some(Noun::Payment) && end_of(text, n.text) == at);
            if payments {
                self.rule.what = "accounts_stop_paid";
                self.set_fraud(FraudField::PaymentsStopped, f);
                return true;
            }
        }
        // `1,215 accounts were made subject to emergency stop payment`,
        // `43 accounts received urgent stop payment`: the accounts a stop
        // payment was put on count the payments stopped.
        if ctx.fraud_work && stop_paid_after(text, noun.text, ctx.sentence.end) {
            self.rule.what = "accounts_put_under_stop_payment";
            self.set_fraud(FraudField::PaymentsStopped, f);
            return true;
        }
        // `warned 12,000 person-times`, `alerted 3,400 residents`: in
        // anti-fraud work the people warned count the warnings. (So do
        // those `called` or `phoned` (back) in a sentence of warning or
        // of the 96110 warning line: `called 3,512 residents one by one
        // to warn them`.)
        // (`called back 4,736 people at risk`: a call-back is a call.)
        // (`reminded 9,000 residents`, `notified 9,000 residents`: a
        // reminder or a notice is the same warning.)
        // (Asked only in anti-fraud work, of the public: the word lists
        // are read for few counts.)
        // (The sentence is read for warning once, however many of its
        // counts ask: a long run of call counts stays linear.)
        let cache = &mut self.warning;
        let mut warned = || {
            is(&["warned", "alerted", "notified", "reminded"])
                || (dialled(text, prev, gap, true) && {
                    match *cache {
                        Some((s, warns)) if s == ctx.sentence => warns,
                        _ => {
                            let warns = names_warning(text, ctx.sentence);
                            *cache = Some((ctx.sentence, warns));
                            warns
                        }
                    }
                })
        };
        // (Offenders warned are admonished: `warned 5 suspects`.)
        let public = matches!(noun.class, Some(Noun::Generic | Noun::Victim));
        if ctx.fraud_work && public && warned() {
            self.rule.what = "people_warned";
            self.set_fraud(FraudField::WarningsIssued, f);
            return true;
        }
        // `met 4,100 residents to discourage them`, `phoned 960 potential
        // victims to dissuade them`: in anti-fraud work the people met,
        // called or reached to talk them out of paying count those
        // dissuaded. Only a verb of contact, and only dissuasion aimed at
        // those people (`them`, or no other object): people asked or
        // recruited to discourage others did the dissuading. (Homes
        // visited so count the visits: `visited 300 households to
        // dissuade them`.)
        let reached = public || noun.class == Some(Noun::Household);
        let contact =
            || is(&["met", "contacted", "reached", "approached"]) || dialled(text, prev, gap, true);
        if ctx.fraud_work && reached && !matches!(verb, Some((Verb::Visit, _))) && contact() {
            let rest = &text.as_bytes()[end_of(text, noun.text)..];
            let aimed = [&b" to dissuade"[..], b" to discourage"]
                .iter()
                .any(|p| starts_ignore_case(rest, p) && dissuades_them(&rest[p.len()..]));
            if aimed {
                self.rule.what = "met_to_dissuade";
                self.set_fraud(FraudField::PeopleDissuaded, f);
                return true;
            }
        }
        // `told 2,400 residents to stop the transfer`, `8,000 people were
        // asked by the centre to halt the remittance`: in anti-fraud work
        // the public told to stop paying were dissuaded.
        if ctx.fraud_work && public {
            // (A noun may run past the sentence's stop: then none.)
            let rest = text
                .get(end_of(text, noun.text)..ctx.sentence.end)
                .unwrap_or("");
            if told_to_stop_paying(prev, rest) {
                self.rule.what = "told_to_stop_paying";
                self.set_fraud(FraudField::PeopleDissuaded, f);
                return true;
            }
        }
        // `made door-to-door visits to 36,000 households`: the homes a
        // visit went to count the visits.
        if ctx.fraud_work && recipients && is(&["to"]) {
            let to = gap - prev.len();
            let floor = floor_char(text, to.saturating_sub(48).max(ctx.clause.start));
            // (A clause may start past `to`, after a run of spaces.)
            let before = text.get(floor..to).unwrap_or(&text[to..to]);
            // The words right before `to`, from the last comma on.
            let before = &before[before.rfind(',').map_or(0, |c| c + 1)..];
            if noun_at(&w, before.trim_end()).is_some_and(|(c, _)| c == Noun::Visit) {
                self.rule.what = "visit_recipients";
                self.set_fraud(FraudField::DoorToDoorVisits, f);
                return true;
            }
        }
        let unclassed = matches!(noun.class, None | Some(Noun::Other | Noun::Measure));
        // `made 120,000 phone calls to warn potential victims`: what is
        // done to warn is a warning, whatever it is called.
        if ctx.fraud_work && unclassed {
            let rest = &text.as_bytes()[end_of(text, noun.text)..];
            let to_warn = [&b" to warn"[..], b" to remind", b" to alert"]
                .iter()
                .any(|p| starts_ignore_case(rest, p));
            if to_warn {
                self.rule.what = "made_to_warn";
                self.set_fraud(FraudField::WarningsIssued, f);
                return true;
            }
        }
        // `made 6,718 calls to people at risk`, `dialed back 2,345 calls`:
        // in anti-fraud work the calls the police place are warnings (not
        // those they take: `received 3,000 calls`).
        // (Not the calls a scam ring makes: `made 84,000 phone calls to
        // cheat residents`.)
        let clause = &text[ctx.clause.start.min(f.span.start)..f.span.start];
        let by_fraudsters = || {
            let rest = &text.as_bytes()[end_of(text, noun.text)..];
            [
                &b" to cheat"[..],
                b" to defraud",
                b" to deceive",
                b" to lure",
                b" to trick",
            ]
            .iter()
            .any(|p| starts_ignore_case(rest, p))
                || [
                    "ring",
                    "gang",
                    "scammer",
                    "fraudster",
                    "suspect",
                    "criminal",
                ]
                .iter()
                .any(|s| has_noun(clause, s))
        };
        if ctx.fraud_work
            && unclassed
            && calls_placed(text, noun.text, prev, gap)
            && !by_fraudsters()
        {
            self.rule.what = "calls_placed";
            self.set_fraud(FraudField::WarningsIssued, f);
            return true;
        }
        // `the victim made 12 transfers`, `paid in 3 transactions`: the
        // payments someone made are no payments stopped.
        if noun.class == Some(Noun::Payment) && verb.is_none() && payments_made(noun.text, prev) {
            self.rule.what = "payments_made";
            return true;
        }
        false
    }
}

/// Whether the calls `noun` counts were placed: its head is `calls` and
/// the word before the number is a verb of dialling ([`DIAL_VERBS`]).
fn calls_placed(text: &str, noun: &str, prev: &str, gap: usize) -> bool {
    let head = noun.rsplit(' ').next().unwrap_or(noun);
    head.eq_ignore_ascii_case("calls") && dialled(text, prev, gap, false)
}

/// Verbs of dialling, and whether each takes the people called (`called
/// 3,512 residents`) as well as the calls (`made 6,718 calls`).
/// (`texted 3,000 residents to warn them`: a text is a call's twin.)
const DIAL_VERBS: [(&str, bool); 10] = [
    ("called", true),
    ("dialed", true),
    ("dialled", true),
    ("made", false),
    ("phoned", true),
    ("placed", false),
    ("rang", true),
    ("returned", false),
    ("telephoned", true),
    ("texted", true),
];

/// Whether `prev`, the word before a count (ending at `gap`), is a verb of
/// dialling, or `back` after one (`called back 4,736 people`, `dialed back
/// 2,345 calls`): with `people`, one that takes the people called.
fn dialled(text: &str, prev: &str, gap: usize, people: bool) -> bool {
    let dials = |word: &str| {
        DIAL_VERBS
            .iter()
            .any(|&(v, p)| (p || !people) && word.eq_ignore_ascii_case(v))
    };
    dials(prev)
        || (prev.eq_ignore_ascii_case("back") && {
            let at = skip_back_spaces(text, gap.saturating_sub(prev.len()), 0);
            dials(ascii_word_before(text, at))
        })
}

/// Verbs that tell people what to do (`told`, `asked`, `advised`).
const TELL_VERBS: [&str; 5] = ["advised", "asked", "instructed", "told", "urged"];

/// Words of paying, after `to stop` (`the transfer`, `payment`, `paying`).
const PAYING: [&str; 13] = [
    "pay",
    "paying",
    "payment",
    "payments",
    "remit",
    "remittance",
    "remittances",
    "remitting",
    "transfer",
    "transferring",
    "transfers",
    "wire",
    "wiring",
];

/// Whether people counted after the word `prev`, with `rest` after their
/// noun, were told to stop paying: `told 2,400 residents to stop the
/// transfer` (a verb of telling before them), or `2,400 residents were
/// told by the centre to stop paying` (its passive after them, an agent
/// of up to six words between); then `to stop` (`halt`, `cancel`) and a
/// word of paying within the three words after.
fn told_to_stop_paying(prev: &str, rest: &str) -> bool {
    let tells = |w: &str| TELL_VERBS.iter().any(|t| w.eq_ignore_ascii_case(t));
    let is = |w: Option<&&str>, v: &str| w.is_some_and(|w| w.eq_ignore_ascii_case(v));
    // (The first 14 words, in a buffer on the stack: no allocation.)
    let mut buf = [""; 14];
    let mut n = 0;
    for w in rest
        .get(..rest.len().min(100))
        .unwrap_or(rest)
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(buf.len())
    {
        buf[n] = w;
        n += 1;
    }
    let words = &buf[..n];
    // Where the words after the verb of telling start.
    let after = if tells(prev) {
        0
    } else if (is(words.first(), "were") || is(words.first(), "was"))
        && words.get(1).is_some_and(|w| tells(w))
    {
        2
    } else {
        return false;
    };
    // `to`, past an agent of up to six words (`by the anti-fraud centre`).
    let Some(to) = (after..words.len().min(after + 7)).find(|&i| is(words.get(i), "to")) else {
        return false;
    };
    // (Not `not to pay`: `advised residents not to transfer money to
    // strangers` is advice to all, no payment stopped.)
    let stop = ["stop", "halt", "cancel"]
        .iter()
        .any(|v| is(words.get(to + 1), v));
    let paying = |i: usize| is_paying(words.get(i));
    stop && (to + 2..to + 5).any(paying)
}

/// Whether `w` is a word of paying ([`PAYING`]).
fn is_paying(w: Option<&&str>) -> bool {
    w.is_some_and(|w| PAYING.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// Whether the words after `to dissuade` aim it at the people just
/// counted: `them`, `from` (no object) or the clause's end; any other
/// object (`others`, `their neighbours`) is someone else.
fn dissuades_them(after: &[u8]) -> bool {
    let word_end = |p: &[u8]| {
        starts_ignore_case(after, p) && !after.get(p.len()).is_some_and(u8::is_ascii_alphabetic)
    };
    match after.first() {
        None | Some(b',' | b'.' | b';' | b'?' | b'!' | b')') => true,
        Some(_) => word_end(b" them") || word_end(b" from"),
    }
}

/// Whether the accounts `noun` counts were put under a stop payment by
/// the words after it: a passive or `received` (`were made subject to
/// emergency stop payment`, `were placed under stop-payment`, `received
/// urgent stop payment`, `were stop-paid`) within 80 bytes, past at most
/// a participle phrase (`involved in telecom fraud`) but no number, no
/// clause mark and no `and`.
fn stop_paid_after(text: &str, noun: &str, sentence_end: usize) -> bool {
    if !names_accounts(noun) {
        return false;
    }
    let from = end_of(text, noun);
    let to = floor_char(text, sentence_end.min(from + 80));
    let rest = &text[from..to.max(from)];
    let Some(stop) = find_ascii(rest, "stop pay").or_else(|| find_ascii(rest, "stop-pa")) else {
        return false;
    };
    let between = &rest[..stop];
    let linked = between.split_ascii_whitespace().any(|w| {
        ["were", "was", "received", "underwent"]
            .iter()
            .any(|l| w.eq_ignore_ascii_case(l))
    });
    linked
        && !between.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ';' | ':'))
        && !between
            .split_ascii_whitespace()
            .any(|w| w.eq_ignore_ascii_case("and"))
}

/// Whether the head of `noun` is accounts or cards, what a stop payment
/// is put on.
fn names_accounts(noun: &str) -> bool {
    let head = noun.rsplit(' ').next().unwrap_or(noun);
    ["accounts", "account", "cards"]
        .iter()
        .any(|h| head.eq_ignore_ascii_case(h))
}

/// `stopping payment of 617 bank cards`, `stopped payment on 1,200
/// accounts`, `an urgent stop-payment of 86 accounts`: the accounts or
/// cards `noun` counts, right after a stop payment and `of` or `on` (the
/// word `prev`, ending at `gap`), count the payments stopped. So do those
/// after payments a verb of stopping took, one modifier between at most,
/// and `of`, `on` or `involving`: `prevented fraudulent transactions
/// involving 37,000 bank cards`, `blocked transfers on 800 accounts`.
pub(super) fn stop_paid_of(
    text: &str,
    noun: &str,
    (prev, gap): (&str, usize),
    floor: usize,
) -> bool {
    let any = |list: &[&str], w: &str| list.iter().any(|p| w.eq_ignore_ascii_case(p));
    if !any(&["of", "on", "involving"], prev) || !names_accounts(noun) {
        return false;
    }
    let at = skip_back_spaces(text, gap - prev.len(), floor);
    let payment = ascii_word_before(text, at);
    let paid = any(&["payment", "payments"], payment);
    let moved = any(
        &["transaction", "transactions", "transfer", "transfers"],
        payment,
    );
    if !(paid || moved) {
        return false;
    }
    // The word before the payments, after a space or a hyphen.
    let word_before = |at: usize| {
        (at > floor && matches!(text.as_bytes()[at - 1], b' ' | b'-'))
            .then(|| ascii_word_before(text, at - 1))
            .filter(|w| !w.is_empty())
    };
    let Some(word) = word_before(at - payment.len()) else {
        return false;
    };
    if paid && any(&["stop", "stopped", "stopping"], word) {
        return true;
    }
    const STOPPING: [&str; 10] = [
        "blocked",
        "blocking",
        "halted",
        "halting",
        "intercepted",
        "intercepting",
        "prevented",
        "preventing",
        "stopped",
        "stopping",
    ];
    if any(&STOPPING, word) {
        return true;
    }
    // (One modifier between: `prevented fraudulent transactions`.)
    let modifier = word.bytes().all(|b| b.is_ascii_lowercase());
    let at = at - payment.len() - 1 - word.len();
    modifier && word_before(at).is_some_and(|w| any(&STOPPING, w))
}

/// Whether a payment count was made rather than stopped: after `made`,
/// `in` or `via` (`made 12 transfers`, `in 3 transactions`), unless the
/// noun names the stop (`made 76 stop payments`).
fn payments_made(noun: &str, prev: &str) -> bool {
    let made = ["made", "in", "via", "through"]
        .iter()
        .any(|p| prev.eq_ignore_ascii_case(p));
    made && find_ascii(noun, "stop").is_none()
}

/// Whether `noun` (ASCII, lower case) stands in `clause` as a word of its
/// own, singular or with a plural `s`: `ring`, `rings`, but not the `ring`
/// of `monitoring` or the `suspect` of `suspected`.
fn has_noun(clause: &str, noun: &str) -> bool {
    let b = clause.as_bytes();
    let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
    let mut from = 0;
    while let Some(k) = clause.get(from..).and_then(|rest| find_ascii(rest, noun)) {
        let (at, end) = (from + k, from + k + noun.len());
        let starts = at == 0 || !letter(at - 1);
        let ends = !letter(end) || (b[end] == b's' && !letter(end + 1));
        if starts && ends {
            return true;
        }
        from = end;
    }
    false
}
