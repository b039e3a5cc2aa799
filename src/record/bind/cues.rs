//! Word cues around a count: the small readings that keep a number from
//! counting (parts of a count, durations, possessions, compounds) or that
//! say how a count reads (a verbless result, a weight, a thing made into
//! something else).

use super::*;

/// `17-member`: whether the figure's text ends in a hyphen and its noun
/// (the noun is all that follows the figure's last hyphen).
pub(super) fn is_compound(text: &str, noun: &str) -> bool {
    text.len() > noun.len()
        && text.ends_with(noun)
        && text.as_bytes()[text.len() - noun.len() - 1] == b'-'
        && !noun.contains('-')
}

/// The verb a verbless result fragment implies (`; more than 3,600
/// suspects.`, `1,200 cases.`): the count opens its clause and its noun
/// phrase closes it, with no verb anywhere in it.
pub(super) fn verbless_result(
    text: &str,
    f: &Figure<'_>,
    noun: NounPhrase<'_>,
    sentence: Span,
) -> Option<(Verb, usize)> {
    if noun.before {
        return None;
    }
    let opens = {
        let b = skip_back_spaces(text, f.span.start, sentence.start);
        b == sentence.start || text[..b].ends_with([';', '；', ':', '\n'])
    };
    let end = end_of(text, noun.text);
    let closes = text[end..]
        .trim_start_matches(' ')
        .starts_with(['.', ';', '；'])
        || end >= sentence.end;
    if !(opens && closes) {
        return None;
    }
    let v = match noun.class? {
        Noun::Person => Verb::Arrest,
        Noun::Case => Verb::Solve,
        Noun::Gang => Verb::Bust,
        // A bare count of anything else states no result.
        Noun::Generic
        | Noun::Fugitive
        | Noun::Arrest
        | Noun::Den
        | Noun::Site
        | Noun::Trader
        | Noun::Officer
        | Noun::Vehicle
        | Noun::Patrol
        | Noun::Operation
        | Noun::Checkpoint
        | Noun::Place
        | Noun::VehicleCheck
        | Noun::PersonCheck
        | Noun::Hazard
        | Noun::Dispute
        | Noun::Offender
        | Noun::Victim
        | Noun::Publicity
        | Noun::Warning
        | Noun::Visit
        | Noun::Payment
        | Noun::Measure
        | Noun::Household
        | Noun::Other => return None,
    };
    Some((v, f.span.start))
}

/// `used to make synthetic drugs`, `for producing drugs`: the kind of what
/// a seized material is made into.
pub(super) fn made_into(w: &Words<'_, '_>, from: usize, ceil: usize) -> Option<SeizureKind> {
    let text = w.text();
    let window = &text[from..floor_char(text, (from + 60).min(ceil.max(from)))];
    let at = [
        "used to make ",
        "used to produce ",
        "used for making ",
        "for making ",
        "for producing ",
    ]
    .iter()
    .find_map(|p| find_near(window, p, 4).map(|i| i + p.len()))?;
    item_kind(w, &window[at..]).filter(|&k| k != SeizureKind::Cash)
}

/// Where `phrase` (ASCII) first starts in `s`, when that is within its
/// first `reach` bytes: `s.find(phrase).filter(|&i| i < reach)`, with only
/// those few places compared instead of the whole of `s` searched.
pub(super) fn find_near(s: &str, phrase: &str, reach: usize) -> Option<usize> {
    let b = s.as_bytes();
    (0..reach).find(|&i| b.get(i..).is_some_and(|r| r.starts_with(phrase.as_bytes())))
}

/// Whether a verb ends right before `at` (spaces between at most): the
/// verb of the count or noun that starts there (`found 95 hazards`,
/// `found hidden dangers 207`), which outranks a passive after a comma
/// (`, all rectified`: what came next).
pub(super) fn verb_right_before(
    w: &Words<'_, '_>,
    verbs: &[(usize, usize, Verb)],
    at: usize,
    floor: usize,
) -> bool {
    ends_right_before(w, left_verb(w, verbs, at, floor), at)
}

/// `of which 93 were found to have violations`, `found with fake plates`:
/// whether the verb `v` at `at` finds things in a state (`to be`, `to
/// have`, `with`, `having`) rather than finding them to take them. Asked
/// of a passive after the count only (`a car was found with 3 guns`: the
/// guns were found).
pub(super) fn found_as(w: &Words<'_, '_>, v: Verb, at: usize) -> bool {
    let text = w.text();
    let Some((_, len)) = w.verb_on(at).filter(|_| v == Verb::Find) else {
        return false;
    };
    let j = skip_gap(text, at + len, 2);
    let next = &text[j..j + w.word_len_at(j)];
    ["to", "with", "having"]
        .iter()
        .any(|p| next.eq_ignore_ascii_case(p))
}

/// Whether a verb opens the words at `at` (`another 14 arrested`), not a
/// participle that modifies the thing after it (`9 tons of frozen chicken
/// wings`: [`is_modifier`]).
pub(super) fn verb_opens(w: &Words<'_, '_>, at: usize, ceil: usize) -> bool {
    w.verb(at, ceil)
        .is_some_and(|(_, l)| !is_modifier(w, at, at + l))
}

/// Whether `prev`, the word before a count (its spaces start at `gap`),
/// is the `with` of a gang's size: `a ring with more than 40 members`.
pub(super) fn gang_size(w: &Words<'_, '_>, gap: usize, prev: &str) -> bool {
    if !prev.eq_ignore_ascii_case("with") {
        return false;
    }
    let text = w.text();
    let b = skip_back_spaces(text, gap - prev.len(), 0);
    let head = ascii_word_before(text, b);
    !head.is_empty() && noun_class(w, &text[b - head.len()..b]) == Some(Noun::Gang)
}

/// Whether `prev`, the word before a count, makes the count a location
/// (`talks in 22 schools`, `at 40 hotels`), not a thing acted on.
pub(super) fn is_location(prev: &str) -> bool {
    ["in", "at", "across", "inside"]
        .iter()
        .any(|p| prev.eq_ignore_ascii_case(p))
}

/// Whether `prev`, the word before a count (its spaces start at `gap`),
/// is a preposition that makes the count a frame (`in 3 raids`, `during
/// two operations`, `over the course of two operations`); `a total of`
/// only sums.
pub(super) fn frames(text: &str, prev: &str, gap: usize) -> bool {
    if prev.eq_ignore_ascii_case("of") {
        let b = skip_back_spaces(text, gap - prev.len(), 0);
        let before = ascii_word_before(text, b);
        return !["total", "totaling", "totalling"]
            .iter()
            .any(|t| before.eq_ignore_ascii_case(t));
    }
    is_location(prev)
        || [
            "during",
            "through",
            "throughout",
            "over",
            "after",
            "with",
            "by",
            "from",
        ]
        .iter()
        .any(|p| prev.eq_ignore_ascii_case(p))
}

/// Whether the vehicle noun at `start` names the force's own vehicles
/// (`police cars`, `patrol vehicles`): set out with no verb, they were
/// deployed.
pub(super) fn force_vehicles(text: &str, start: usize) -> bool {
    let b = skip_back_spaces(text, start, 0);
    let word = ascii_word_before(text, b);
    // (Or the noun's own first word, an entry of its own: `Police cars`.)
    let first = &text[start..start + ascii_word_len(&text[start..])];
    let force = |w: &str| {
        ["police", "patrol"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    };
    (b < start && force(word)) || (text[start + first.len()..].starts_with(' ') && force(first))
}

/// Whether the word before `start` (`before`) makes what follows a
/// possession (`had 160 police`, `with 20 officers`).
pub(super) fn possessed(text: &str, start: usize, before: WordBefore<'_>) -> bool {
    before.word.eq_ignore_ascii_case("with") || had(text, start, before)
}

/// Whether the verb at `at` counts an audience: `attended by`, `taking
/// part`, `took part`, `participated` (`participating`, `participants`).
pub(super) fn audience_verb(text: &str, at: usize) -> bool {
    let rest = text.as_bytes().get(at..).unwrap_or_default();
    [
        "attended",
        "taking part",
        "took part",
        "take part",
        "participat",
    ]
    .iter()
    .any(|v| starts_ignore_case(rest, v.as_bytes()))
}

/// Whether a noun of publicity (`lectures`, `publicity activities`)
/// stands in the words from `from` to `to`: what an audience there came to.
pub(super) fn publicity_in(w: &Words<'_, '_>, from: usize, to: usize) -> bool {
    w.starts_in(Span::new(from, to))
        .any(|at| head_match_len(w, at, to, NOUNS).is_some_and(|(&c, _)| c == Noun::Publicity))
}

/// Whether the officers counted at `start` follow `with` after a team
/// that a verb of forming set up in the same clause (`set up 6 task forces
/// with 85 police officers`, `formed 12 groups with 300 officers`): they
/// are put in, not what a place has (`a station with 12 officers`).
pub(super) fn team_with(text: &str, start: usize, floor: usize) -> bool {
    const FORMING: [&str; 8] = [
        "assembled",
        "established",
        "formed",
        "organised",
        "organized",
        "set up",
        "sets up",
        "setting up",
    ];
    let b = skip_back_spaces(text, start, 0);
    let with = ascii_word_before(text, b);
    if !with.eq_ignore_ascii_case("with") {
        return false;
    }
    let at = b - with.len();
    let from = ceil_char(text, at.saturating_sub(60).max(floor));
    let clause = &text[from..at];
    let clause = &clause[clause.rfind([',', ';', '.']).map_or(0, |i| i + 1)..];
    FORMING.iter().any(|v| {
        clause.match_indices(v).any(|(i, _)| {
            let edge = |c: Option<&u8>| !c.is_some_and(u8::is_ascii_alphabetic);
            edge(i.checked_sub(1).and_then(|j| clause.as_bytes().get(j)))
                && edge(clause.as_bytes().get(i + v.len()))
        })
    })
}

/// Whether what starts at `start` (the word before it `before`) is what
/// something has (`has 3,000 hotels`), or a later item of the list that
/// opens (`and 1,200 internet cafes`).
pub(super) fn had(text: &str, start: usize, before: WordBefore<'_>) -> bool {
    let WordBefore { gap: b, word: w } = before;
    if ["had", "has", "have"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
    {
        return true;
    }
    // `has 1,200 stations and 45,000 officers`: a later item of a list
    // that a possession opens, within the clause.
    let listed = w.eq_ignore_ascii_case("and") || text[..b].ends_with(',');
    listed && {
        let from = floor_char(text, start.saturating_sub(80));
        let seg = &text[from..start];
        // The last possession verb of the stretch, found in one backward
        // pass: the match that starts last also ends last (the three
        // differ in their fourth byte, and share at most a space).
        let bytes = seg.as_bytes();
        memchr::memrchr_iter(b' ', bytes)
            .find_map(|j| {
                [&b" has "[..], b" have ", b" had "]
                    .into_iter()
                    .find(|p| bytes[j..].starts_with(p))
                    .map(|p| j + p.len())
            })
            .is_some_and(|i| {
                let rest = &seg[i..];
                let opens = rest.starts_with(|c: char| c.is_ascii_digit())
                    || ["about ", "more than ", "over ", "nearly ", "some "]
                        .iter()
                        .any(|q| rest.starts_with(q));
                opens && !rest.bytes().any(|b| matches!(b, b'.' | b';'))
            })
    }
}

/// `21 of them`, `two of whom`, `among them one ...`: a part of a count
/// already made, which is no count of its own, unless a verb of its own
/// follows (`389 were found and 371 of them were rectified`). `b` is where
/// the spaces before the number start.
pub(super) fn is_partitive(w: &Words<'_, '_>, b: usize, after: usize, ceil: usize) -> bool {
    let text = w.text();
    let i = skip_gap(text, after, 2);
    let rest = &text.as_bytes()[i..];
    // (Most numbers have no `of` after them: two bytes say so.)
    let of_them = starts_ignore_case(rest, b"of")
        && [&b"of them"[..], b"of whom"]
            .iter()
            .any(|p| starts_ignore_case(rest, p))
        && passive_verb(w, i + 7, ceil).is_none();
    let before = &text.as_bytes()[..b];
    let among = [&b"among them"[..], b"among whom"].iter().any(|p| {
        before.len() >= p.len() && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
    });
    of_them || among
}

/// Where a pronoun of a total that follows the number ending at `after`
/// ends: `of them`, `of whom`, `of which`, `of these`.
pub(super) fn of_pronoun_end(text: &str, after: usize) -> Option<usize> {
    let at = skip_gap(text, after, 2);
    let rest = &text.as_bytes()[at..];
    // Asked two or three times a count, and most have no `of` after them:
    // two bytes say so before the four pronouns are compared.
    if !starts_ignore_case(rest, b"of") {
        return None;
    }
    [&b"of them"[..], b"of whom", b"of which", b"of these"]
        .iter()
        .find(|p| {
            starts_ignore_case(rest, p) && !rest.get(p.len()).is_some_and(u8::is_ascii_alphanumeric)
        })
        .map(|p| at + p.len())
}

/// Whether `clause` opens with `among them` (or `among whom`).
pub(super) fn opens_partitive(text: &str, clause: Span) -> bool {
    // The clause's first bytes only: its leading blanks are not read
    // again and again for each figure.
    let head = &text[clause.start..floor_char(text, clause.end.min(clause.start + 256))];
    let b = head.trim_start().as_bytes();
    [&b"among them "[..], b"among whom "]
        .iter()
        .any(|p| starts_ignore_case(b, p))
}

/// A duration (`ten days`, `five months`), which counts no thing.
pub(super) fn is_duration(noun: &str) -> bool {
    // Most nouns start with none of the units' letters.
    if !matches!(
        noun.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'd' | b'h' | b'm' | b'w' | b'y')
    ) {
        return false;
    }
    let w = &noun[..ascii_word_len(noun)];
    [
        "day", "days", "hour", "hours", "minute", "minutes", "month", "months", "week", "weeks",
        "year", "years",
    ]
    .iter()
    .any(|d| w.eq_ignore_ascii_case(d))
}

/// Whether a capitalised word follows `at`.
pub(super) fn capital_follows(text: &str, at: usize) -> bool {
    let i = skip_gap(text, at, 2);
    text[i..].starts_with(|c: char| c.is_ascii_uppercase())
}

/// `, weighing`, `with a total weight of`: the words between an item and
/// its weight.
pub(super) fn weighs(between: &str) -> bool {
    let t = between.trim();
    let b = t.as_bytes();
    // The rest of the item's phrase may come first (`of fake and inferior
    // fertilizers, weighing`), within a clause.
    t.len() < 80
        && !t.contains(['.', ';', ':'])
        && [
            "weighing",
            "weighing a total of",
            "with a weight of",
            "with a total weight of",
        ]
        .iter()
        .any(|p| b.len() >= p.len() && b[b.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes()))
}

/// Whether an auxiliary (`were`, `had been`) follows `at`.
pub(super) fn aux_follows(w: &Words<'_, '_>, at: usize) -> bool {
    let text = w.text();
    let i = skip_gap(text, at, 2);
    w.prefix_on(i, AUXILIARIES).is_some() || starts_with_modal(&text[i..])
}

/// Whether an active perfect starts at `at`: `had`, `has` or `have` and a
/// word that is not `been` (`some 600 members had signed up`). What stands
/// before it is the subject of a clause of its own.
pub(super) fn perfect_follows(text: &str, at: usize) -> bool {
    let i = skip_gap(text, at, 2);
    let rest = &text[i..];
    let aux = &rest[..ascii_word_len(rest)];
    if !["had", "has", "have"]
        .iter()
        .any(|a| aux.eq_ignore_ascii_case(a))
    {
        return false;
    }
    let next = &rest[aux.len()..];
    let word = next
        .strip_prefix(' ')
        .map_or("", |n| &n[..ascii_word_len(n)]);
    !word.is_empty() && !word.eq_ignore_ascii_case("been")
}

/// Whether `word` (right before a number) links the number to a subject
/// before it: `cases filed totalled 126`, `alerts reached 52,000`. (Not a
/// bare `to`: `leaflets to 300 and 450 households`.)
pub(super) fn is_linking(word: &str) -> bool {
    [
        "was", "were", "is", "are", "reached", "totaled", "totalled", "numbered",
    ]
    .iter()
    .any(|c| word.eq_ignore_ascii_case(c))
}

/// `6 must undergo rehabilitation`: a modal starts a verb, not a noun.
pub(super) fn starts_with_modal(s: &str) -> bool {
    // Most words start with none of the modals' letters.
    if !matches!(
        s.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'm' | b'w' | b'c' | b's')
    ) {
        return false;
    }
    let w = &s[..ascii_word_len(s)];
    // (`would-be victims` is a noun.)
    if s[w.len()..].starts_with('-') {
        return false;
    }
    [
        "must", "will", "would", "can", "could", "should", "may", "might",
    ]
    .iter()
    .any(|m| w.eq_ignore_ascii_case(m))
}

/// How many words may lead the noun of a [`label_item`]: `Telecom fraud
/// cases 1,930`.
const ITEM_MODIFIERS: usize = 4;

/// Whether `text[start..end]` is a whole item of a list or a line: a noun,
/// led by at most [`ITEM_MODIFIERS`] words, opening its clause (at
/// `floor`, or after `,` `;` `:` `|` or a bullet) and a number ending it
/// (at a clause mark, a bracket or the text's end).
pub(super) fn label_item(text: &str, floor: usize, start: usize, end: usize) -> bool {
    let mut lead = text.get(floor..start).map_or("", str::trim_end);
    for _ in 0..ITEM_MODIFIERS {
        let word = lead.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '-');
        if word.len() == lead.len() {
            break;
        }
        lead = word.trim_end();
    }
    let opens = lead.is_empty()
        || lead.ends_with([',', ';', ':', '|', '，', '；', '：'])
        || BULLETS.iter().any(|b| lead.as_bytes().ends_with(b));
    let tail = text.get(end..).map_or("", str::trim_start);
    opens
        && (tail.is_empty()
            || tail.starts_with([',', ';', '.', '|', '(', '，', '；', '。', '（', '\n']))
}

/// `2.6 cases per 10,000 people`, `on average 320 warnings every day`,
/// `48 calls per hour`: whether the number of `f` is a rate, no count of
/// things done. Within the next six words of its clause: `per` and a
/// number or a unit of time or people; or, after `average` in the 60
/// bytes before the number, `every` / `each` and a unit of time. (A force
/// put in `every day` is counted as deployed: `invested 2,800 police
/// every day`.)
pub(super) fn is_rate(w: &Words<'_, '_>, f: &Figure<'_>, after: usize, sentence: Span) -> bool {
    let text = w.text();
    let end = sentence.end;
    const TIME: [&str; 5] = ["day", "hour", "month", "week", "year"];
    const PER: [&str; 5] = ["capita", "case", "head", "person", "resident"];
    let limit = floor_char(text, end.min(after + 80)).max(after);
    // Most numbers have no `per`, `every` or `each` after them: the
    // tokens say so without the words being read.
    if !rate_word_within(w, after, limit) {
        return false;
    }
    let rest = &text[after..limit];
    let b = rest.as_bytes();
    // The next whitespace-separated word from `i`, as `(start, end)`.
    let next_word = |i: usize| -> Option<(usize, usize)> {
        let s = i + b[i..]
            .iter()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        let e = s + unspaced_len(&b[s..]);
        (s < e).then_some((s, e))
    };
    fn trim(w: &str) -> &str {
        w.trim_end_matches([',', ';', '.', ':'])
    }
    let is = |list: &[&str], w: Option<(usize, usize)>| {
        w.map(|(s, e)| trim(&rest[s..e]))
            .is_some_and(|w| list.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    let mut word = next_word(0);
    for n in 0..7 {
        let Some((s, e)) = word else {
            return false;
        };
        // (The seventh word is the last read: it has no next.)
        let next = if n < 6 { next_word(e) } else { None };
        let bare = || trim(&rest[s..e]);
        // Only words opening with `p` or `e` may make a rate: the others
        // are stepped over without a compare.
        let rate = match b[s].to_ascii_lowercase() {
            b'p' => {
                bare().eq_ignore_ascii_case("per")
                    && (next.is_some_and(|(n, _)| b[n].is_ascii_digit())
                        || is(&TIME, next)
                        || is(&PER, next))
            }
            b'e' => {
                (bare().eq_ignore_ascii_case("every") || bare().eq_ignore_ascii_case("each"))
                    && is(&TIME, next)
                    && {
                        let from =
                            ceil_char(text, f.span.start.saturating_sub(60).max(sentence.start));
                        text[from..f.span.start].contains("average")
                    }
            }
            _ => false,
        };
        if rate {
            return true;
        }
        // (A word that ends in a mark `trim` cuts ends the reading: its
        // last byte tells, the marks being ASCII.)
        if matches!(b[e - 1], b',' | b';' | b'.' | b':') {
            return false;
        }
        word = next;
    }
    false
}

/// The words [`is_rate`] reads a rate by: `per`, and `every` or `each`.
pub(super) const RATE_WORDS: [&str; 3] = ["per", "every", "each"];

/// The first letters of [`RATE_WORDS`], lowercase, and their lengths' range.
const RATE_FIRSTS: ([u8; 3], usize, usize) = {
    let (mut firsts, mut short, mut long, mut i) = ([0; 3], usize::MAX, 0, 0);
    while i < 3 {
        let word = RATE_WORDS[i].as_bytes();
        let n = word.len();
        (firsts[i], i) = (word[0], i + 1);
        short = if n < short { n } else { short };
        long = if n > long { n } else { long };
    }
    (firsts, short, long)
};

/// Whether one of [`RATE_WORDS`] may stand in `text[after..limit]` as
/// [`is_rate`] reads it: a word token starting there (each, a run of letters
/// between spaces or marks, is one token). A word running on from before
/// `after` is not ruled out.
pub(super) fn rate_word_within(w: &Words<'_, '_>, after: usize, limit: usize) -> bool {
    let text = w.text();
    let b = text.as_bytes();
    let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
    if after > 0 && letter(after - 1) && letter(after) {
        return true;
    }
    let all = w.tokens().all();
    all[w.index_from_near(after)..]
        .iter()
        .take_while(|t| t.start() < limit)
        .any(|t| {
            let word = &b[t.start()..t.end()];
            t.kind() == Kind::Word
                && (RATE_FIRSTS.1..=RATE_FIRSTS.2).contains(&word.len())
                // (By the first letter first: most words fail it.)
                && RATE_FIRSTS.0.contains(&(word[0] | 0x20))
                && RATE_WORDS
                    .iter()
                    .any(|r| word.eq_ignore_ascii_case(r.as_bytes()))
        })
}
