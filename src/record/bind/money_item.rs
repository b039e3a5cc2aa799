//! What money is: the item words around a money figure (`in illegal
//! gains`, `worth of assets`, `recovered losses of`, `goods worth`), and
//! for whom it was moved (`for the masses`).

use super::*;

mod charged;
pub(super) use charged::{charged_with, held_by_cases};

/// `in illegal gains`, `of illicit money`, `fund involved`: what money is.
pub(super) fn money_item<'a>(w: &Words<'_, 'a>, from: usize, ceil: usize) -> Option<&'a str> {
    let text = w.text();
    let mut i = skip_gap(text, from, 2);
    let wl = ascii_word_len(&text[i..]);
    let word = &text[i..i + wl];
    let after_in = word.eq_ignore_ascii_case("in");
    if after_in || word.eq_ignore_ascii_case("of") {
        i = skip_gap(text, i + wl, 2);
        // `of the defrauded funds`
        let al = ascii_word_len(&text[i..]);
        if text[i..i + al].eq_ignore_ascii_case("the") {
            i = skip_gap(text, i + al, 2);
        }
    }
    let mut end = i;
    let mut j = i;
    for _ in 0..3 {
        // (A hyphenated word is one: `stop-payment funds`.)
        let wl = w.word_len_at(j);
        if wl == 0 || j + wl > ceil || !text[j..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[j..j + wl];
        let conjunction = ["and", "or", "but", "while", "which"]
            .iter()
            .any(|c| word.eq_ignore_ascii_case(c));
        // `of the frozen money`: a participle before the noun modifies it.
        let verb = w.verb(j, j + wl).is_some() && !is_modifier(w, j, j + wl);
        // `in cash from the suspects`: a preposition ends the item.
        let stop = NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            // `of scammed money back to 57 victims`, `of their savings
            // back from the police`: a split verb's particle.
            || (word.eq_ignore_ascii_case("back")
                && ([" to ", " for ", " from "]
                    .iter()
                    .any(|p| text[j + wl..].starts_with(p))
                    || matches!(
                        text.as_bytes().get(j + wl),
                        None | Some(b'.' | b',' | b';' | b'\n' | b')')
                    )));
        // `in funds linked to gambling`, `in money related to fraud`: a
        // participle that opens a phrase after the noun ends it.
        let after = skip_gap(text, j + wl, 1);
        let describes = end > i
            && wl > 4
            && word.ends_with("ed")
            && ["to ", "with ", "in ", "by "]
                .iter()
                .any(|p| text[after..].starts_with(p));
        if conjunction || stop || describes || w.prefix(j, j + wl, AUXILIARIES).is_some() || verb {
            break;
        }
        end = j + wl;
        j = skip_gap(text, end, 1);
    }
    let item = &text[i..end];
    // `a suspect in a 12 million yuan fake invoice scam`: money right
    // before the name of a crime is how big the crime was, no thing taken.
    if names_crime(item) {
        return None;
    }
    // (`2.6 million yuan in counterfeit banknotes`: the face value of
    // fake money, a counterfeit seizure.)
    // (`170 million yuan in assets`: after `in`, whatever is worth the
    // money, as it is after `worth`.)
    let kind = item_kind(w, item);
    let worth = after_in && kind == Some(SeizureKind::Other);
    (!item.is_empty()
        && (worth || matches!(kind, Some(SeizureKind::Cash | SeizureKind::Counterfeit))))
    .then_some(item)
}

/// Whether the last word of `item` names a crime or a case of one (`fake
/// invoice scam`, `fraud case`, `smuggling racket`).
fn names_crime(item: &str) -> bool {
    const CRIMES: [&str; 14] = [
        "case", "cases", "crime", "crimes", "fraud", "frauds", "heist", "racket", "scam", "scams",
        "scheme", "schemes", "swindle", "swindles",
    ];
    let head = item.rsplit(' ').next().unwrap_or(item);
    CRIMES.iter().any(|c| head.eq_ignore_ascii_case(c))
}

/// `worth of assets`: the lowercase words after `worth of`, up to three;
/// after a bare `of`, only words that name a seizable thing other than
/// money (`of cigarettes`).
pub(super) fn worth_of<'a>(w: &Words<'_, 'a>, from: usize, ceil: usize) -> Option<&'a str> {
    let text = w.text();
    let i = skip_gap(text, from, 2);
    let rest = &text.as_bytes()[i..ceil.max(i)];
    let link = if starts_ignore_case(rest, b"worth of ") {
        9
    } else if starts_ignore_case(rest, b"of ") {
        3
    } else {
        return None;
    };
    let start = i + link;
    let mut end = start;
    let mut j = start;
    for _ in 0..3 {
        let wl = ascii_word_len(&text[j..]);
        if wl == 0 || j + wl > ceil || !text[j..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[j..j + wl];
        // (`of smuggled frozen meat`: a participle before its noun
        // modifies it.)
        if NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || (w.verb(j, j + wl).is_some() && !is_modifier(w, j, j + wl))
            || w.prefix(j, j + wl, AUXILIARIES).is_some()
        {
            break;
        }
        end = j + wl;
        j = skip_gap(text, end, 1);
    }
    let things = (end > start).then(|| &text[start..end])?;
    // `3 million yuan of drugs` is their value as `worth of` is; `3
    // million yuan of illegal gains`, or of words that name no seizable
    // thing, is money itself.
    let valued = link == 9
        || item_kind(w, things)
            .is_some_and(|k| !matches!(k, SeizureKind::Cash | SeizureKind::Counterfeit));
    valued.then_some(things)
}

/// `recovering losses of 276 billion yuan`: a cash word and `of` (or
/// `totaling`, `amounting to`) before the money; in machine-translated
/// order the `of` may be missing (`recovered cash 3,000 yuan`).
pub(super) fn cash_before_of<'a>(w: &Words<'_, 'a>, start: usize, floor: usize) -> Option<&'a str> {
    let text = w.text();
    let b = skip_back_spaces(text, start, floor);
    let link = ascii_word_before(text, b);
    // `money of`, `money totaling`, `money amounting to`.
    let mut e = match ["of", "totaling", "totalling"]
        .iter()
        .any(|l| link.eq_ignore_ascii_case(l))
    {
        true => skip_back_spaces(text, b - link.len(), floor),
        false => b,
    };
    if link.eq_ignore_ascii_case("to") {
        let to = skip_back_spaces(text, b - link.len(), floor);
        let amounting = ascii_word_before(text, to);
        if amounting.eq_ignore_ascii_case("amounting") {
            e = skip_back_spaces(text, to - amounting.len(), floor);
        }
    }
    let mut word = ascii_word_before(text, e);
    let mut s = e - word.len();
    let is_cash = |word: &str| item_kind(w, word) == Some(SeizureKind::Cash);
    // `froze funds involved of 1.3 billion yuan`: the participle after the
    // cash word belongs to it.
    if ["involved", "concerned"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
    {
        let b = skip_back_spaces(text, s, floor);
        let cash_word = ascii_word_before(text, b);
        if b < s && is_cash(cash_word) {
            word = cash_word;
            s = b - cash_word.len();
        }
    }
    let mut cash = is_cash(word);
    // `recovered losses for the masses of 2.3 million yuan`: whom the
    // money is for stands between it and its cash word.
    if !cash {
        if let Some(lead) = for_whom(text, e, floor) {
            e = lead;
            s = e - ascii_word_before(text, e).len();
            cash = is_cash(&text[s..e]);
        }
    }
    if !(s >= floor && s < e && cash) {
        return None;
    }
    // `seized counterfeit currency 50,000 yuan`: a fake word right before
    // the cash word makes the money counterfeit.
    let b = skip_back_spaces(text, s, floor);
    let fake = ascii_word_before(text, b);
    if b < s
        && b - fake.len() >= floor
        && w.prefix(b - fake.len(), b, COUNTERFEIT)
            .is_some_and(|(_, l)| l == fake.len())
    {
        s = b - fake.len();
    } else {
        s = modifiers_before(w, s, floor);
    }
    Some(&text[s..e])
}

/// Where the words that modify a cash word starting at `s` start: `froze
/// illegal gains of`, `returned stolen money of`, `seized gambling funds
/// of` (up to two lowercase words that are no article, preposition or verb
/// of their own).
fn modifiers_before(w: &Words<'_, '_>, mut s: usize, floor: usize) -> usize {
    const NOT_MODIFIERS: &[&str] = &[
        "a", "all", "an", "and", "any", "at", "by", "for", "from", "her", "his", "in", "its", "of",
        "on", "or", "our", "some", "that", "the", "their", "to", "total", "which", "with",
    ];
    let text = w.text();
    for _ in 0..2 {
        let b = skip_back_spaces(text, s, floor);
        let word = ascii_word_before(text, b);
        let start = b - word.len();
        let plain = !word.is_empty()
            && b < s
            && start >= floor
            && word.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
            && !NOT_MODIFIERS.contains(&word);
        let verb = w
            .verb(start, b)
            .is_some_and(|(_, l)| !is_modifier(w, start, start + l));
        if !plain || verb {
            break;
        }
        s = start;
    }
    s
}

/// `seized counterfeit RMB 50,000 yuan`: a fake word right before money
/// written with its currency word first; the item is the two words.
pub(super) fn fake_currency<'a>(
    w: &Words<'_, 'a>,
    f: &Figure<'a>,
    floor: usize,
) -> Option<&'a str> {
    let text = w.text();
    if !f.unit.is_some_and(|u| u.is_currency()) {
        return None;
    }
    let currency = ascii_word_len(&text[f.span.start..]);
    if currency == 0 {
        return None;
    }
    let b = skip_back_spaces(text, f.span.start, floor);
    let fake = ascii_word_before(text, b);
    let s = b
        .checked_sub(fake.len())
        .filter(|&s| s >= floor && b < f.span.start)?;
    w.prefix(s, b, COUNTERFEIT)
        .is_some_and(|(_, l)| l == fake.len())
        .then(|| &text[s..f.span.start + currency])
}

/// `for the masses`, `for 120 victims`, `for the people`: where the words
/// before such a phrase, ending at `end`, end (up to three words after
/// `for`).
fn for_whom(text: &str, end: usize, floor: usize) -> Option<usize> {
    let mut e = end;
    for _ in 0..3 {
        // (A word read back may open before the floor: stop there.)
        let window = text.get(floor..e)?;
        let word = ascii_word_before(text, e);
        let digits = window
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_digit() || *b == b',')
            .count();
        let len = if word.is_empty() { digits } else { word.len() };
        if len == 0 {
            return None;
        }
        let before = skip_back_spaces(text, e - len, floor);
        let prev = ascii_word_before(text, before);
        if prev.eq_ignore_ascii_case("for") {
            return Some(skip_back_spaces(text, before - prev.len(), floor));
        }
        e = before;
    }
    None
}

/// `goods worth`, `valued at`: the item whose value the money is.
pub(super) fn worth_before<'a>(w: &Words<'_, 'a>, start: usize) -> Option<&'a str> {
    let text = w.text();
    let mut lead = skip_back_spaces(text, start, 0);
    let mut lw = ascii_word_before(text, lead);
    // `worth an estimated`, `valued at about`
    let mut of = false;
    for _ in 0..2 {
        let filler = [
            "an",
            "estimated",
            "about",
            "approximately",
            "around",
            "some",
            "nearly",
            "of",
        ];
        if !filler.iter().any(|x| lw.eq_ignore_ascii_case(x)) {
            break;
        }
        of |= lw.eq_ignore_ascii_case("of");
        lead = skip_back_spaces(text, lead - lw.len(), 0);
        lw = ascii_word_before(text, lead);
    }
    // `with a (total) value of`, `with a case value of` (案值),
    // `involving an amount of`: worth, said
    // with a noun; only of a thing that is seized.
    let linked = lw.eq_ignore_ascii_case("value") || lw.eq_ignore_ascii_case("amount");
    let mut with = false;
    if linked {
        for words in [
            &["case", "face", "market", "street"][..],
            &["total", "estimated"],
            &["a", "an", "the"],
        ] {
            let before = ascii_word_before(text, skip_back_spaces(text, lead - lw.len(), 0));
            if words.iter().any(|x| before.eq_ignore_ascii_case(x)) {
                lead = skip_back_spaces(text, lead - lw.len(), 0);
                lw = before;
            }
        }
        lead = skip_back_spaces(text, lead - lw.len(), 0);
        lw = ascii_word_before(text, lead);
        with = lw.eq_ignore_ascii_case("with");
    }
    let involving = lw.eq_ignore_ascii_case("involving");
    if linked && !(with || involving) {
        return None;
    }
    // (`valued 120,000 yuan`, `priced at`: the machine-translated
    // participle alone, or before `at`.)
    let valued = |w: &str| w.eq_ignore_ascii_case("valued") || w.eq_ignore_ascii_case("priced");
    let direct = involving
        || valued(lw)
        || lw.eq_ignore_ascii_case("worth")
        || lw.eq_ignore_ascii_case("at");
    // `stolen goods of 60,000 yuan`: the value of a thing seized (not
    // cash, whose `of` names its amount).
    let of_item = of && !linked && item_kind(w, lw).is_some_and(|k| k != SeizureKind::Cash);
    if !(linked || direct) {
        if of_item {
            let end = skip_back_spaces(text, lead, 0);
            return item_words_before(w, end, false, false, false);
        }
        return None;
    }
    let mut end = skip_back_spaces(text, lead - lw.len(), 0);
    if lw.eq_ignore_ascii_case("at") && valued(ascii_word_before(text, end)) {
        end = skip_back_spaces(text, end - ascii_word_before(text, end).len(), 0);
    }
    item_words_before(w, end, linked, involving, with)
}

/// Prepositions that end an item read back from its value.
const ITEM_STOPS: [&str; 9] = ["at", "by", "for", "from", "in", "into", "on", "to", "with"];

/// The item before `end` whose value a money figure states: the lowercase
/// noun phrase, up to three words (`smuggled frozen meat worth`), or
/// nothing (`..., worth`); an `and` inside it (`fake and inferior drugs`,
/// `fake drugs and medical devices`) joins up to two more words.
pub(super) fn item_words_before<'a>(
    w: &Words<'_, 'a>,
    mut end: usize,
    linked: bool,
    involving: bool,
    with: bool,
) -> Option<&'a str> {
    let text = w.text();
    // `seized 320 tons of oil, involving a value of`: what is involved
    // is the item before the comma, and it must be one.
    if involving && text[..end].ends_with(',') {
        end = skip_back_spaces(text, end - 1, 0);
    }
    let mut start = end;
    let mut budget = 3;
    while budget > 0 {
        budget -= 1;
        let word = ascii_word_before(text, start);
        if word == "and" {
            budget += 2;
        }
        let verb = w
            .verb(start - word.len(), start)
            .is_some_and(|(_, l)| l == word.len());
        // A verb of more words that runs into the item ends it where the
        // verb ends (`a gang who sold cosmetics worth`: `cosmetics`).
        let into = w
            .verb(start - word.len(), end)
            .map(|(_, l)| start - word.len() + l)
            .filter(|&e| e > start);
        if let Some(e) = into {
            start = e;
            break;
        }
        // (`fake RMB banknotes`: the currency's name inside the item;
        // `Drugs worth`: the sentence's first word.)
        let opens = || {
            let b = skip_back_spaces(text, start - word.len(), 0);
            b == 0 || matches!(text.as_bytes()[b - 1], b'.' | b'\n' | b'"')
        };
        let lower = word.starts_with(|c: char| c.is_ascii_lowercase())
            || word == "RMB"
            || (word.starts_with(|c: char| c.is_ascii_uppercase()) && opens());
        let reporting = || REPORTING.iter().any(|r| word.eq_ignore_ascii_case(r));
        // (`MOP 250,000 in cash and gambling chips worth`: a preposition
        // ends the item; `of` stays inside it, `bottles of wine worth`.)
        let preposition = || ITEM_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p));
        if word.is_empty()
            || !lower
            || (verb && !is_modifier(w, start - word.len(), start))
            || reporting()
            || preposition()
        {
            break;
        }
        start -= word.len();
        let b = skip_back_spaces(text, start, 0);
        if b == start || ascii_word_before(text, b).is_empty() {
            break;
        }
        start = b;
    }
    // (`..., with a total value of`: no item named, the value of the
    // seizure before; but `cases, involving an amount of` says what the
    // cases involved.)
    let item = text[start..end].trim_start();
    // (`police and fake drugs worth`: a list's joiner opens no item.)
    let item = item.strip_prefix("and ").unwrap_or(item);
    // `a gang who sold fake cosmetics worth`: what a relative clause's
    // people did with the thing, not what was done to it.
    let b = skip_back_spaces(text, start, 0);
    let relative = b - ascii_word_before(text, b).len();
    if w.verb(relative, end)
        .is_some_and(|(v, _)| *v == Verb::Commit)
    {
        return None;
    }
    let named = item_kind(w, item).is_some();
    (named || (with && item.is_empty()) || !(linked || involving)).then_some(item)
}

/// Words that open a list of examples after an item (`goods, including
/// phones and cosmetics, worth`).
const EXAMPLES: [&str; 4] = ["among them", "including", "mainly", "such as"];

/// `seized smuggled goods, with an estimated market value of`, `seized
/// goods, including phones and cosmetics, worth`: the item before the
/// comma where the empty `item` of [`worth_before`] stands, past a list
/// of examples set off by commas. Only an item that names a seizable
/// thing.
pub(super) fn item_before_comma<'a>(
    w: &Words<'_, 'a>,
    item: &str,
    floor: usize,
) -> Option<&'a str> {
    let text = w.text();
    if !trim(item).is_empty() {
        return None;
    }
    let at = start_of(text, item);
    let comma = |e: usize| {
        text.get(floor..e)?
            .trim_end()
            .strip_suffix(',')
            .map(|r| floor + r.len())
    };
    let mut end = comma(at)?;
    let opens = text[floor..end]
        .rfind([',', ';', ':', '('])
        .map_or(floor, |i| floor + i + 1);
    let clause = trim_start(&text[opens..end]).as_bytes();
    let examples = EXAMPLES
        .iter()
        .any(|e| starts_ignore_case(clause, e.as_bytes()) && clause.get(e.len()) == Some(&b' '));
    if examples {
        end = comma(opens)?;
    }
    let end = skip_back_spaces(text, end, floor);
    let item = item_words_before(w, end, false, false, false)?;
    (!item.is_empty() && item_kind(w, item).is_some()).then_some(item)
}

/// How many words a money label may have (`Illegal gains confiscated`).
const MONEY_LABEL_WORDS: usize = 5;

/// The label that ends at the colon right before `start`, from the last
/// separator before it (a line, a clause or a cell), trimmed; `None`
/// when no colon stands there or the label is long.
fn label_before_colon(text: &str, start: usize, floor: usize) -> Option<(usize, usize)> {
    let b = skip_back_spaces(text, start, floor);
    let colon = text[..b]
        .strip_suffix(':')
        .or_else(|| text[..b].strip_suffix('：'))?
        .len();
    let e = skip_back_spaces(text, colon, floor);
    let lead = &text[floor..e];
    let s = lead
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | ';' | ':' | ',' | '\n' | '|' | '；' | '：' | '，'))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8());
    let s = skip_spaces(text, s, 4);
    // (` :£0`: the spaces before the colon are all the label has; past
    // them, the start would pass the end.)
    if s >= e {
        return None;
    }
    let words = text[s..e].split_ascii_whitespace().count();
    (words <= MONEY_LABEL_WORDS).then_some((s, e))
}

/// `Illegal gains confiscated: 48,600 yuan`, `Confiscated illegal gains:
/// 1.2 million yuan`: money set out by a label that names its cash item
/// and the verb that moved it (first or last in the label). The item and
/// the verb with where it starts.
pub(super) fn money_label<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<(&'a str, (Verb, usize))> {
    let (s, e) = label_before_colon(w.text(), start, floor)?;
    money_label_words(w, s, e)
}

/// `| Funds frozen (yuan) |` over `| 2,295,500 |`: money set out in a
/// table column whose header cell names its cash item and verb, read as
/// [`money_label`] reads a label.
pub(super) fn header_money_label<'a>(
    w: &Words<'_, 'a>,
    start: usize,
) -> Option<(&'a str, (Verb, usize))> {
    let (s, e) = super::label::header_cell(w.text(), start)?;
    (text_words(w.text(), s, e) <= MONEY_LABEL_WORDS)
        .then(|| money_label_words(w, s, e))
        .flatten()
}

/// How many words stand from `s` to `e`.
fn text_words(text: &str, s: usize, e: usize) -> usize {
    text[s..e].split_ascii_whitespace().count()
}

/// The cash item and verb of the label words from `s` to `e`, the verb
/// first or last (`Confiscated illegal gains`, `Funds frozen`).
fn money_label_words<'a>(
    w: &Words<'_, 'a>,
    s: usize,
    e: usize,
) -> Option<(&'a str, (Verb, usize))> {
    let text = w.text();
    let cash = |from: usize, to: usize| {
        let item = trim(&text[from..to]);
        (!item.is_empty() && item_kind(w, item) == Some(SeizureKind::Cash)).then_some(item)
    };
    if let Some((&v, l)) = w.verb(s, e) {
        if let Some(item) = cash(s + l, e) {
            return Some((item, (v, s)));
        }
    }
    let at = w
        .starts_in(Span::new(s, e))
        .find(|&at| at > s && w.verb(at, e).is_some_and(|(_, l)| at + l == e))?;
    let (&v, _) = w.verb(at, e)?;
    cash(s, at).map(|item| (item, (v, at)))
}

/// `value involved:`, `case value:`, `Value:`: a label that says the money
/// after it is the value of what was seized before it (an empty item at
/// the label's start).
pub(super) fn value_label<'a>(w: &Words<'_, 'a>, start: usize, floor: usize) -> Option<&'a str> {
    let text = w.text();
    let (s, e) = label_before_colon(text, start, floor)?;
    let mut words = text[s..e].split_ascii_whitespace();
    let first = words.next()?;
    let value = |x: &str| x.eq_ignore_ascii_case("value");
    let named = match (words.next(), words.next()) {
        (None, _) => value(first),
        (Some(second), None) => {
            (value(first)
                && ["involved", "concerned"]
                    .iter()
                    .any(|i| second.eq_ignore_ascii_case(i)))
                || (["case", "total", "market"]
                    .iter()
                    .any(|c| first.eq_ignore_ascii_case(c))
                    && value(second))
        }
        (Some(_), Some(_)) => false,
    };
    named.then(|| &text[s..s])
}
