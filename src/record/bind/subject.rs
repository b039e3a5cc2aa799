//! Nouns read before their number: the subject of a bare number
//! (`suspects arrested reached 154,000`), a seized thing before its
//! measure, and machine-translated order (`arrested suspects 33 people`,
//! `bank cards 312 pieces`).

use super::*;
use crate::text::label::{label_before, run_start, TOPIC_REACH};

/// The subject of a bare number in its clause: the first classed noun left
/// of it with its own participle after it, else the nearest, with the verb
/// between them read as the noun's own (`suspects arrested reached N`).
pub(super) fn subject_before<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<NounPhrase<'a>> {
    noun_left_of(w, start, floor, true)
}

/// The nearest classed noun left of `start` in its clause (the nouns of a
/// `respectively` list, read back one by one).
pub(super) fn nearest_noun_before<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<NounPhrase<'a>> {
    noun_left_of(w, start, floor, false)
}

/// Whether the noun at `abs` is a passive's agent: `by` right before it,
/// or before one or two lowercase words before it (`by local police`, `by
/// the border police`).
fn agent_at(text: &str, abs: usize) -> bool {
    let mut end = skip_back_spaces(text, abs, 0);
    for _ in 0..3 {
        let word = ascii_word_before(text, end);
        if word.eq_ignore_ascii_case("by") {
            return true;
        }
        let start = end - word.len();
        // (A word of the noun's own phrase: lowercase, with one space
        // before it; `and`/`or` join another phrase.)
        if word.is_empty()
            || !word.bytes().all(|b| b.is_ascii_lowercase())
            || matches!(word, "and" | "or")
            || start == 0
            || text.as_bytes()[start - 1] != b' '
        {
            return false;
        }
        end = start - 1;
    }
    false
}

/// [`subject_before`], or [`nearest_noun_before`] when not `participled`.
fn noun_left_of<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
    prefer_participled: bool,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let span = clause_before(text, start, floor, true);
    let mut found = None;
    // The first noun with its own participle after it (`telecom fraud
    // cases reported to police in May numbered 96`): the nouns of the
    // phrases after the participle (`police`) say where or by whom.
    let mut participled = None;
    for abs in w.starts_in(span) {
        // `cases solved by police nationwide numbered 72,000`: the agent
        // of a participle is not what the number counts, nor with a word
        // or two before it (`seized by local police and the other 41`).
        // (Asked only of a word that starts a noun.)
        let agent = || agent_at(text, abs);
        if let Some((&c, l)) = head_match_len(w, abs, span.end, NOUNS).filter(|_| !agent()) {
            // (`hidden dangers`: an entry that ends where a longer one
            // found before ends is inside it; the longer one stands.)
            let inside = found.is_some_and(|(_, at, al)| span.start + at + al == abs + l);
            if c != Noun::Measure && !inside {
                // (`door-to-door warnings: 316`: an act right before the
                // noun names its class, as in [`noun_class`].)
                found = match found {
                    Some((a @ (Noun::Visit | Noun::Payment), at, al))
                        if span.start + at + al + 1 == abs && text.as_bytes()[abs - 1] == b' ' =>
                    {
                        Some((a, at, abs + l - span.start - at))
                    }
                    _ => Some((c, abs - span.start, l)),
                };
                let next = skip_gap(text, abs + l, 1);
                let verb = next > abs + l && next < span.end && w.verb(next, span.end).is_some();
                if prefer_participled && verb && participled.is_none() {
                    participled = found;
                }
            }
        }
    }
    let (class, at, len) = participled.or(found)?;
    let abs = span.start + at;
    Some(NounPhrase {
        text: &text[abs..abs + len],
        class: Some(class),
        before: false,
    })
}

/// Bullets that set list items apart, as UTF-8: `▶`, `•`, `●`, `■`, `◆`,
/// `►`, `➤`, `★`, `◎`, `○`, `◇`; and the ticks of a WeChat-style
/// scoreboard, `✅`, `✔`, `✓`, `☑`.
pub(super) const BULLETS: [[u8; 3]; 15] = [
    [0xE2, 0x96, 0xB6],
    [0xE2, 0x80, 0xA2],
    [0xE2, 0x97, 0x8F],
    [0xE2, 0x96, 0xA0],
    [0xE2, 0x97, 0x86],
    [0xE2, 0x96, 0xBA],
    [0xE2, 0x9E, 0xA4],
    [0xE2, 0x98, 0x85],
    [0xE2, 0x97, 0x8E],
    [0xE2, 0x97, 0x8B],
    [0xE2, 0x97, 0x87],
    [0xE2, 0x9C, 0x85],
    [0xE2, 0x9C, 0x94],
    [0xE2, 0x9C, 0x93],
    [0xE2, 0x98, 0x91],
];

/// The clause before byte `start`: back at most 80 bytes, not past
/// `floor`, to the last `,`, `;`, `(`, `|` (a table's cell edge), bullet
/// ([`BULLETS`]) and `:` when `colon`.
fn clause_before(text: &str, start: usize, floor: usize, colon: bool) -> Span {
    let floor = ceil_char(text, floor.max(start.saturating_sub(80)));
    // (A floor past `start`, asked from a noun read back before it: no
    // clause.)
    let Some(left) = text.get(floor..start) else {
        return Span::new(start, start);
    };
    // (A digit group's comma is no clause's: `fell from 4,100 to 3,400`.)
    let b = left.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let edge = b
        .iter()
        .enumerate()
        .rev()
        .find(|&(i, &c)| match c {
            b',' => !(i > 0 && digit(i - 1) && digit(i + 1)),
            b';' | b'(' | b'|' => true,
            b':' => colon,
            // (A bullet's last byte: `▶`, `•`, `✅` ...)
            0x80..=0xBF => i >= 2 && BULLETS.contains(&[b[i - 2], b[i - 1], c]),
            _ => false,
        })
        .map_or(0, |(i, _)| i + 1);
    Span::new(floor + edge, start)
}

/// `the total amount of drugs seized was 4.62 tons`, `heroin seized
/// totaled 2.6 kg`: the last seizable thing left of a bare measure in its
/// clause, with a verb right after it (its own, read as a passive), or a
/// participle of taking right before it (`the seized drugs totaled 10.5
/// kg`).
pub(super) fn item_subject_before<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let span = clause_before(text, start, floor, false);
    let mut found = None;
    for abs in w.starts_in(span) {
        if let Some((_, l)) = head_match_len(w, abs, span.end, ITEMS) {
            // (`methamphetamine tablets`: an item right after another is
            // one phrase with it, read from its first word.)
            found = match found {
                Some((a, len)) if abs >= a + len && text[a + len..abs].trim().is_empty() => {
                    Some((a, abs + l - a))
                }
                _ => Some((abs, l)),
            };
        }
    }
    let (abs, len) = found?;
    if passive_from(w, abs + len, start, Read::Strict).is_none() {
        taken_before(w, abs, floor)?;
    }
    Some(NounPhrase {
        text: &text[abs..abs + len],
        class: None,
        before: false,
    })
}

/// What opens the run an item's label stands in: a stop, or a comma.
const ITEM_LABEL_EDGES: [char; 6] = ['.', ';', '\n', '。', '；', ','];

/// `Guns: 12 seized;`: a thing seizable named alone as the topic before
/// the colon right before the number (`start`), its verb of taking right
/// after the number (`end`), in the same sentence.
pub(super) fn item_topic<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    end: usize,
    sentence: Span,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let colon = skip_back_spaces(text, start, sentence.start);
    text[..colon].strip_suffix([':', '：'])?;
    // (The label opens its line or follows a clause's end; the sentence
    // may start after its colon.)
    let (at, label) = label_before(text, start, &ITEM_LABEL_EDGES)?;
    let (_, len) = head_match_len(w, at, at + label.len(), ITEMS)?;
    // (The label is the item and nothing else: `Fake medicines: 11,000
    // boxes` names the item, `Police said: 12 seized` no topic.)
    if len != label.len() {
        return None;
    }
    let (v, _) = passive_from(w, end, sentence.end, Read::Strict)?;
    matches!(v, Verb::Seize | Verb::Confiscate | Verb::Recover).then_some(NounPhrase {
        text: &text[at..at + len],
        class: None,
        before: false,
    })
}

/// Whether `phrase` is one participle of the lexicon's verbs and nothing
/// else (`seized`, `captured`): a verb after a number, no noun.
pub(super) fn bare_participle(w: &Words<'_, '_>, phrase: &str) -> bool {
    let at = start_of(w.text(), phrase);
    let participle = phrase.ends_with("ed") || phrase.ends_with("en");
    participle
        && !phrase.contains(' ')
        && w.verb(at, at + phrase.len())
            .is_some_and(|(_, l)| l == phrase.len())
}

/// `the seized drugs`: a participle of taking right before the item at
/// `at` (not before `floor`), and where it starts. Or one that ends an
/// opening `Of the ... seized,` or `Among the ... seized,` right before
/// the item: `Of the drugs seized, methamphetamine made up 1.9 tonnes`.
pub(super) fn taken_before(w: &Words<'_, '_>, at: usize, floor: usize) -> Option<(Verb, usize)> {
    let text = w.text();
    if at <= floor {
        return None;
    }
    let b = skip_back_spaces(text, at, floor).max(floor);
    // (Its comma may be a full-width one: `Of the drugs seized，`.)
    let opener = text[floor..b].strip_suffix([',', '，']).filter(|head| {
        let head = head.trim_start().as_bytes();
        [&b"of the "[..], b"among the "]
            .iter()
            .any(|o| head.len() > o.len() && starts_ignore_case(head, o))
    });
    let b = match opener {
        Some(head) => skip_back_spaces(text, floor + head.len(), floor),
        None => b,
    };
    let word = ascii_word_before(text, b);
    let mut s = b - word.len();
    // (`seizures of cocaine rose to 1.2 tonnes`: or a noun of taking and
    // its `of`, one entry of the lexicon.)
    if word == "of" {
        let e = skip_back_spaces(text, s, floor);
        s = e - ascii_word_before(text, e).len();
    }
    let (&v, l) = w.verb(s, b).filter(|_| b < at && s >= floor)?;
    (l == b - s && matches!(v, Verb::Seize | Verb::Confiscate | Verb::Recover)).then_some((v, s))
}

/// `Relics recovered 68 pieces`, `suspects arrested 33 people`: the
/// subject of a number that only a measure word follows, when a verb of
/// its own stands right after it (a seizable thing, or a classed noun
/// other than the police who did it).
pub(super) fn measured_subject<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    // The verb right before the number, and nothing else between it and
    // the noun before it.
    let gap = skip_back_spaces(text, start, 0);
    // (`Counterfeit cigarettes seized: 1,260 cartons`: or a label's colon,
    // the label's clause then read from before it.)
    let (gap, span) = match text[..gap].strip_suffix([':', '：']) {
        Some(r) => (
            skip_back_spaces(text, r.len(), 0),
            clause_before(text, r.len(), floor, true),
        ),
        None => (gap, clause_before(text, start, floor, true)),
    };
    let verb = ascii_word_before(text, gap);
    let at = gap.checked_sub(verb.len())?;
    let (_, l) = w.verb(at, gap)?;
    if l != verb.len() {
        return None;
    }
    let end = skip_back_spaces(text, at, 0);
    let mut found = None;
    for abs in w.starts_in(Span::new(span.start, end)) {
        let item = head_match_len(w, abs, end, ITEMS).map(|(_, l)| (None, l));
        let noun = head_match_len(w, abs, end, NOUNS)
            .filter(|&(&c, _)| !matches!(c, Noun::Measure | Noun::Officer))
            .map(|(&c, l)| (Some(c), l));
        if let Some((class, l)) = item.or(noun).filter(|&(_, l)| abs + l == end) {
            found = Some((abs, l, class));
        }
    }
    let (abs, len, class) = found?;
    // (`Counterfeit cigarettes seized: 1,260 cartons`: a fake word before
    // the thing keeps it.)
    let phrase = NounPhrase {
        text: &text[abs..abs + len],
        class,
        before: false,
    };
    Some(counterfeit_before(w, phrase, span.start))
}

/// `cracked cases 19`, `an audience of 3,120 people`: the noun written before
/// the number.
///
/// Read from the tokens: the words back from the figure are the word
/// tokens before its own, each ending where the spaces before the next
/// begin. A figure that does not start a token (inside a word) is read
/// from the text ([`noun_before_by_text`]).
pub(super) fn noun_before<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let bytes = text.as_bytes();
    let all = w.tokens().all();
    let Some(figure) = w.token_at(start) else {
        return noun_before_by_text(w, start, floor);
    };
    // The word token that ends at `at`, the token after it being `next`:
    // the run of letters `ascii_word_before` reads there.
    let word_before = |next: usize, at: usize| {
        let k = next.checked_sub(1)?;
        (all[k].kind() == Kind::Word && all[k].end() == at).then_some(k)
    };
    let mut end = skip_back_spaces(text, start, floor);
    let mut next = figure;
    let mut of = false;
    if let Some(k) = word_before(next, end) {
        let word = &text[all[k].start()..end];
        if word.eq_ignore_ascii_case("of") {
            end = skip_back_spaces(text, all[k].start(), floor);
            next = k;
            of = true;
        } else if TOTAL_WORDS.iter().any(|t| word.eq_ignore_ascii_case(t)) {
            // `seized drugs totaling 8.4 kilograms`, `ancient coins,
            // totaling 1,200 pieces`: the item stands before its total.
            end = skip_back_spaces(text, all[k].start(), floor);
            next = k;
            if end > floor && bytes[end - 1] == b',' && k > 0 {
                end = skip_back_spaces(text, end - 1, floor);
                next = k - 1;
            }
        }
    }
    if let Some(q) = quoted_before(w, end, floor) {
        return Some(q);
    }
    // Up to three lowercase words back; the phrase is the longest noun or
    // item entry among them that ends at the number.
    let mut first = end;
    let mut starts = [0; 3];
    let mut n = 0;
    for _ in 0..3 {
        let Some(k) = word_before(next, first) else {
            break;
        };
        // (A hyphenated word is read whole: `door-to-door warnings 50`.)
        let (k, s) = hyphenated_start(w, k);
        // (`Hidden dangers 845 were found`: a sentence opens capitalised.)
        let opens = bytes[s].is_ascii_uppercase() && text[floor.min(s)..s].trim().is_empty();
        if s < floor || !(bytes[s].is_ascii_lowercase() || opens) {
            break;
        }
        first = s;
        starts[n] = first;
        n += 1;
        let b = skip_back_spaces(text, first, floor);
        if b == first {
            break;
        }
        first = b;
        next = k;
    }
    let covers = |s: usize| {
        let word = w.word_within(s, end);
        w.prefix_of(word, s, end, NOUNS)
            .is_some_and(|(_, l)| s + l == end)
            || w.prefix_of(word, s, end, ITEMS)
                .is_some_and(|(_, l)| s + l == end)
    };
    let i = (0..n).rev().find(|&i| covers(starts[i]))?;
    // (A hyphenated modifier right before the phrase leads it:
    // `door-to-door warnings`, `anti-fraud alerts`.)
    let hyphenated = |j: usize| j < n && text[starts[j]..starts[j - 1]].trim_end().contains('-');
    let i = if hyphenated(i + 1) { i + 1 } else { i };
    // The words of the phrase, first to last.
    end_entry(w, starts[..=i].iter().rev().copied(), starts[i], end)
        // `a gang of 62 people`: the number counts the gang's members,
        // not gangs.
        .filter(|p| !(of && p.class == Some(Noun::Gang)))
        .map(|p| counterfeit_before(w, p, floor))
}

/// `seized "ice" 1.26 kilograms`: a quoted item right before the number
/// (its quotes kept, as after one: `2 kilograms of "ice"`).
fn quoted_before<'a>(w: &Words<'_, 'a>, end: usize, floor: usize) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let close = text[..end].chars().next_back().filter(|&c| is_quote(c))?;
    let inner_end = end - close.len_utf8();
    if inner_end <= floor {
        return None;
    }
    let lo = floor_char(text, inner_end.saturating_sub(30).max(floor));
    let open = lo + text[lo..inner_end].rfind(is_quote)?;
    let inner = open + text[open..].chars().next().map_or(0, char::len_utf8);
    let words = text.get(inner..inner_end)?;
    let plain = |b: u8| b.is_ascii_alphabetic() || b == b' ' || b == b'-';
    if words.is_empty() || !words.bytes().all(plain) {
        return None;
    }
    item_at(w, words)?;
    Some(NounPhrase {
        text: &text[open..end],
        class: None,
        before: true,
    })
}

/// How many pieces a hyphenated word before a number may have
/// (`door-to-door`, `face-to-face`).
const HYPHEN_PIECES: usize = 4;

/// The word token `k` with the pieces of its hyphenated word before it
/// (`door-to-door`): the first piece's token and where it starts.
fn hyphenated_start(w: &Words<'_, '_>, mut k: usize) -> (usize, usize) {
    let all = w.tokens().all();
    let text = w.text();
    for _ in 1..HYPHEN_PIECES {
        let s = all[k].start();
        let joined = k >= 2
            && all[k - 1].kind() == Kind::Punct
            && all[k - 1].end() == s
            && &text[all[k - 1].start()..s] == "-"
            && all[k - 2].kind() == Kind::Word
            && all[k - 2].end() == all[k - 1].start();
        if !joined {
            break;
        }
        k -= 2;
    }
    (k, all[k].start())
}

/// Words between an item and its total (`drugs totaling 8.4 kilograms`).
pub(super) const TOTAL_WORDS: [&str; 3] = ["totaling", "totalling", "weighing"];

/// The noun phrase `text[first..end]` (words starting at `words`), when
/// an entry ending the phrase classes it (`police force 96`, `cases 19`,
/// not `cases in 19`) or names an item.
fn end_entry<'a>(
    w: &Words<'_, 'a>,
    words: impl Iterator<Item = usize>,
    first: usize,
    end: usize,
) -> Option<NounPhrase<'a>> {
    let mut end_class = None;
    let mut end_item = false;
    for at in words {
        // The first entry that reaches the end is the longest
        // (`checking point`, not `point`).
        let word = w.word_within(at, end);
        if let Some((&c, l)) = w.prefix_of(word, at, end, NOUNS) {
            if at + l == end && end_class.is_none() {
                end_class = Some(c);
            }
        }
        if let Some((_, l)) = w.prefix_of(word, at, end, ITEMS) {
            end_item |= at + l == end;
        }
    }
    // (`door-to-door warnings`: a modifier that names the act names the
    // class, as in [`noun_class`].)
    let phrase = &w.text()[first..end];
    let act = || noun_at(w, phrase).filter(|(c, _)| matches!(c, Noun::Visit | Noun::Payment));
    let end_class = end_class.map(|c| act().map_or(c, |(a, _)| a));
    (end_class.is_some() || end_item).then_some(NounPhrase {
        text: phrase,
        class: end_class,
        before: true,
    })
}

/// [`noun_before`] read from the text, for a figure that starts inside a
/// token.
pub(super) fn noun_before_by_text<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let mut end = skip_back_spaces(text, start, floor);
    let word = ascii_word_before(text, end);
    if word.eq_ignore_ascii_case("of") {
        end = skip_back_spaces(text, end - word.len(), floor);
    }
    if let Some(q) = quoted_before(w, end, floor) {
        return Some(q);
    }
    let mut first = end;
    let mut starts = [0; 3];
    let mut n = 0;
    for _ in 0..3 {
        let w = ascii_word_before(text, first);
        if w.is_empty()
            || first - w.len() < floor
            || !text[first - w.len()..].starts_with(|c: char| c.is_ascii_lowercase())
        {
            break;
        }
        first -= w.len();
        starts[n] = first;
        n += 1;
        let b = skip_back_spaces(text, first, floor);
        if b == first {
            break;
        }
        first = b;
    }
    let covers = |s: usize| {
        w.prefix(s, end, NOUNS).is_some_and(|(_, l)| s + l == end)
            || w.prefix(s, end, ITEMS).is_some_and(|(_, l)| s + l == end)
    };
    let first = starts[..n].iter().rev().copied().find(|&s| covers(s))?;
    end_entry(w, w.starts_in(Span::new(first, end)), first, end)
}

/// `Of the telecom fraud dens, 22 were uprooted`, `Among the cases
/// filed, 96 were solved`: a number that opens its clause after a topic
/// (`of the`, `of these`, `among the`) counts the topic's noun, when a
/// classed noun ends the topic.
pub(super) fn topic_noun<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let b = skip_back_spaces(text, start, floor);
    let comma = text[..b].strip_suffix([',', '，'])?.len();
    let edges = [',', ';', ':', '，', '；', '：'];
    let open = run_start(text, floor, comma, TOPIC_REACH, &edges);
    let topic = text[open..comma].trim_start();
    let opener = ["of the ", "of these ", "among the ", "among these "]
        .iter()
        .any(|o| starts_ignore_case(topic.as_bytes(), o.as_bytes()));
    if !opener {
        return None;
    }
    let noun = nearest_noun_before(w, comma, open)?;
    // (The topic names its noun last, or with its participle: `the cases
    // filed`.)
    let rest = &text[end_of(text, noun.text)..comma];
    (noun.class.is_some() && rest.split_ascii_whitespace().count() <= 1).then_some(noun)
}

/// Whether a list item after the last count (from `end`) has a subject of
/// its own before the number at `start`: past the `;` that opens it,
/// `warnings pushed 500; people successfully dissuaded on the spot 1,089`
/// (the count takes that subject, not the last count's noun).
pub(super) fn own_item(w: &Words<'_, '_>, end: usize, start: usize) -> bool {
    let between = w.text().get(end..start).unwrap_or("");
    // (By bytes, not char by char back from the figure: [`CharSet`].)
    const SEMICOLONS: CharSet = CharSet::new(&[';', '；']);
    SEMICOLONS.rfind(between).is_some_and(|k| {
        let from = end + k + between[k..].chars().next().map_or(1, char::len_utf8);
        subject_before(w, start, from).is_some()
    })
}

#[cfg(test)]
mod bullet_tests {
    use super::BULLETS;

    #[test]
    fn bullets_are_the_utf8_of_their_chars() {
        let chars = [
            '▶', '•', '●', '■', '◆', '►', '➤', '★', '◎', '○', '◇', '✅', '✔', '✓', '☑',
        ];
        for (b, c) in BULLETS.iter().zip(chars) {
            assert_eq!(&b[..], c.to_string().as_bytes(), "{c}");
        }
    }
}
