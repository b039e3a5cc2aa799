//! Direction words: the direction of a percent change and where its word
//! stands, a change word after the figure, and the level phrases
//! (`reached nearly 99%`, `stood at`) that state no change.

use super::listed::{listed_after_percent, opened_by_change, plural_change};
use super::*;

/// The direction of a percent change, and where its word is.
pub(in crate::record::bind) fn trend_direction(
    w: &Words<'_, '_>,
    index: &Index,
    f: &Figure<'_>,
    ctx: &Ctx,
) -> Option<(Direction, usize)> {
    let text = w.text();
    // Right after: `a 5% drop`, `5% year-on-year increase`, `5% higher`.
    // Basis words between the figure and its direction are skipped:
    // `a 20.9% year on year decrease`.
    let mut i = ctx.after;
    // `6%, 11% and 3% rises`: percents after commas share the change word
    // only when an `and` closes their list (`96%, 11% higher` is a level,
    // then a change).
    let (mut commas, mut anded) = (false, false);
    for _ in 0..5 {
        i = skip_gap(text, i, 2);
        if i >= ctx.sentence.end {
            break;
        }
        let clause_end = ctx.clause.end.max(ctx.after);
        if let Some((&d, len)) = w.prefix(i, ctx.sentence.end, TREND_AFTER) {
            if commas && !anded {
                return None;
            }
            // (A plural change noun follows a list of percents: `15% and
            // 8% falls`; after one percent it names no change of its own.)
            if plural_change(&text[i..i + len])
                && !anded
                && !commas
                && !listed_after_percent(text, f.span.start)
            {
                return None;
            }
            // (Nor one after percents a change verb opened, which is
            // theirs: `frauds dropped 9% and 4% rises came after`.)
            if plural_change(&text[i..i + len])
                && opened_by_change(text, ctx.sentence.start, f.span.start)
            {
                break;
            }
            return (!between_groups(text, i + len, clause_end)).then_some((d, i + len));
        }
        if text[i..].starts_with(',') {
            if let Some(end) = percent_after_and(text, i + 1) {
                commas = true;
                i = end;
                continue;
            }
        }
        let w = word_len(&text[i..]);
        let word = &text[i..i + w];
        if let Some(d) = level_against_basis(text, word, i, clause_end) {
            return Some((d, i + w));
        }
        if word.eq_ignore_ascii_case("more") && than_follows(text, i + w, ctx.sentence.end) {
            return Some((Direction::Increase, i + w));
        }
        // `a 12 percent and 31 percent rise, respectively`: the change
        // word after the last percent of a pair is this one's too.
        if word == "and" {
            if let Some(end) = percent_after_and(text, i + w) {
                anded = true;
                i = end;
                continue;
            }
        }
        if !BASIS_BETWEEN.iter().any(|b| word.eq_ignore_ascii_case(b)) {
            break;
        }
        i += w;
    }
    // Chinese: `同比下降30.2%`.
    if let Some(found) = cjk_change(text, f.span.start) {
        return Some(found);
    }
    if let Some(found) = arrow_before(text, f.span.start) {
        return Some(found);
    }
    // Before: `rose 5%`, `fell by 5%`, `rising 70.9% and 40.3%`. A percent
    // right after `to` is the level reached (`rose 5.3 points to 78
    // percent`), not the change.
    let to = ctx.before.word;
    if to.eq_ignore_ascii_case("to") {
        return None;
    }
    // A percent of something is a share (`and 90% of calls were
    // answered`), not the change a verb before it made.
    // (Unless machine translation put the change noun first: `Decline
    // 9% of thefts`.)
    let next = skip_gap(text, ctx.after, 2);
    if text[next..].starts_with("of ") {
        return noun_first(text, f.span.start, ctx.sentence.start);
    }
    let floor = ctx.sentence.start.max(f.span.start.saturating_sub(90));
    // Only a direction phrase that starts within the look back gives a
    // direction.
    if !Index::any(&index.trend_words, Span::new(floor, f.span.start)) {
        return None;
    }
    let mut e = f.span.start;
    let mut words = 0;
    while e > floor && words < 10 {
        e = skip_back_spaces(text, e, floor);
        if let Some((&d, s)) = trend_before(text, e) {
            if s >= floor {
                return (!states_level(text, s, e, f.span.start)
                    && !is_goal(text, s)
                    && !level_at_after_change(text, e, f.span.start, to))
                .then_some((d, s));
            }
        }
        let w = ascii_word_before(text, e);
        if w.is_empty() {
            // Step over an earlier figure (`70.9% and`), stop at a clause edge.
            let c = text[..e].chars().next_back()?;
            // `fell 11 percent, 19 percent and 8 percent respectively`,
            // `declined 10.5%, 8.2% and 6.3%`
            let after_percent = c == ','
                && (text[..e - 1].ends_with("percent")
                    || text[..e - 1].ends_with("per cent")
                    || text[..e - 1].ends_with('%'));
            let in_figure = c.is_ascii_digit()
                || c == '%'
                || after_percent
                || (matches!(c, '.' | ',')
                    && text[..e - 1].ends_with(|p: char| p.is_ascii_digit()));
            // `down by a fifth, or 20.1 percent`: the percent restates the
            // change before the comma.
            // So does `declined sharply, by 17.5%`.
            // (And `a rise in arson and fraud, by 24 and 51.3 per cent
            // respectively`: the percents listed before this one share
            // its `by`.)
            let restates = c == ',' && {
                let between = text[e..f.span.start].trim();
                between.eq_ignore_ascii_case("or")
                    || between.eq_ignore_ascii_case("by")
                    || between
                        .get(..3)
                        .is_some_and(|b| b.eq_ignore_ascii_case("by "))
                        && earlier_percents(&between[2..])
            };
            // `fell, year on year, by 9%`: a basis set off by commas
            // between the verb and its percent.
            if c == ',' {
                if let Some(open) = basis_aside_before(text, e - 1, floor) {
                    e = open;
                    continue;
                }
                // `fell, in the old town, by 12.6%`, `went up, by a wide
                // margin, 47 percent`: a short aside of words between the
                // change verb and its percent.
                if let Some(open) = aside_after_change(text, e - 1, floor, f.span.start) {
                    e = open;
                    continue;
                }
            }
            if !in_figure && !restates && matches!(c, ',' | ';' | ':' | '.' | '(' | ')') {
                return None;
            }
            e -= c.len_utf8();
        } else {
            if ["while", "whereas", "but", "which"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
            {
                return None;
            }
            e -= w.len();
            // (The unit words of an earlier percent are part of it, as its
            // digits are: `fell by 10 per cent, thefts by 6 per cent and
            // robberies by 3 per cent`.)
            if !["per", "cent", "percent"].contains(&w) {
                words += 1;
            }
        }
    }
    None
}

/// Basis words that may stand between a percent and its direction word
/// (`a 20.9% year on year decrease`).
const BASIS_BETWEEN: &[&str] = &[
    "year-on-year",
    "month-on-month",
    "year-over-year",
    "month-over-month",
    "year",
    "month",
    "on",
    "over",
    "annual",
    "annually",
    "yoy",
    "y-o-y",
    "mom",
    "m-o-m",
];

/// Where the opening comma of a basis aside ending at `end` stands
/// (`, year on year` before the closing comma at `end`).
fn basis_aside_before(text: &str, end: usize, floor: usize) -> Option<usize> {
    let head = text.get(floor..end)?.trim_end();
    ASIDE_BASES.iter().find_map(|b| {
        let cut = head.len().checked_sub(b.len())?;
        let word = head.get(cut..)?.eq_ignore_ascii_case(b);
        let open = head[..cut].trim_end();
        (word && open.ends_with(',')).then(|| floor + open.len() - 1)
    })
}

/// Where the opening comma of a short aside closed by the comma at `close`
/// stands, when a change word ends right before it and only `by` (or
/// nothing) stands between the closing comma and the percent at `at`:
/// `fell, in the old town, by 12.6%`. The aside is one to six plain words
/// (no figure, no clause edge).
fn aside_after_change(text: &str, close: usize, floor: usize, at: usize) -> Option<usize> {
    let between = text.get(close + 1..at)?.trim();
    // (`a rise in arson and fraud, by 24 and 51.3 per cent respectively`:
    // the percents listed before this one share its `by`.)
    let by = between
        .get(..2)
        .filter(|b| b.eq_ignore_ascii_case("by"))
        .map_or(between, |_| &between[2..]);
    if !(by.is_empty() || (by.starts_with(' ') && earlier_percents(by))) {
        return None;
    }
    // (A short look back: the aside is a few words.)
    let from = ceil_char(text, close.saturating_sub(60).max(floor));
    let open = from + text.get(from..close)?.rfind(',')?;
    let aside = text[open + 1..close].trim();
    let words = aside.split(' ').filter(|w| !w.is_empty()).count();
    let plain = aside
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'-' | b'\''));
    if !plain || !(1..=6).contains(&words) {
        return None;
    }
    let end = skip_back_spaces(text, open, floor);
    trend_before(text, end)
        .is_some_and(|(_, s)| s >= floor)
        .then_some(open)
}

/// Whether `list` holds only the numbers of a list of percents before the
/// last one and their joiners: ` 24 and`, ` 12%, 30% and`, ` 8 per cent,`.
fn earlier_percents(list: &str) -> bool {
    let mut numbers = 0;
    for w in list.split([' ', ',']).filter(|w| !w.is_empty()) {
        let number = w.trim_end_matches('%');
        if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            numbers += 1;
        } else if !["and", "per", "cent", "percent"].contains(&w) {
            return false;
        }
    }
    numbers > 0
}

/// Where the percent right after `and` (its end at `at`) ends: ` 31%`,
/// ` 31 percent`, ` 4.5 per cent`; `None` when no percent follows.
fn percent_after_and(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut start = skip_gap(text, at, 1);
    // `a 7 percent and a 15 percent rise`: an article may lead the second.
    if let Some(article) = ["a ", "an "]
        .iter()
        .find(|a| text[start..].starts_with(**a))
    {
        start = skip_gap(text, start + article.len() - 1, 1);
    }
    let digits = b[start..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b'.')
        .count();
    if start == at || digits == 0 || !b[start].is_ascii_digit() {
        return None;
    }
    let end = start + digits;
    let rest = &text[end..];
    let unit = if rest.starts_with('%') {
        1
    } else if let Some(r) = rest.strip_prefix(' ') {
        ["percent", "per cent"]
            .iter()
            .find(|u| {
                r.starts_with(*u)
                    && word_len(r) >= 3
                    && !r[u.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
            })
            .map(|u| 1 + u.len())?
    } else {
        return None;
    };
    Some(end + unit)
}

/// Bases that may stand between commas inside a change.
const ASIDE_BASES: &[&str] = &[
    "month on month",
    "month-on-month",
    "year on year",
    "year-on-year",
    "year-over-year",
    "yoy",
];

/// `8.7% more cases than a year ago`: after `more`, a `than` within
/// [`THAN_WORDS`] words of the same clause makes the percent a rise (`9% more people
/// taken in from other agencies than last year`).
fn than_follows(text: &str, mut i: usize, end: usize) -> bool {
    for _ in 0..THAN_WORDS {
        i = skip_gap(text, i, 2);
        // (A line wrapped between two words of the clause.)
        if text[i..].starts_with('\n') {
            i = skip_gap(text, i + 1, 2);
        }
        if i >= end {
            return false;
        }
        let w = word_len(&text[i..]);
        if w == 0 {
            return false;
        }
        let word = &text[i..i + w];
        if word.eq_ignore_ascii_case("than") {
            return true;
        }
        // `as the nights grew longer than`: a new clause, or a comparative
        // of its own, takes the `than`.
        if CLAUSE_OR_COMPARATIVE
            .iter()
            .any(|c| word.eq_ignore_ascii_case(c))
        {
            return false;
        }
        i += w;
    }
    false
}

/// Words after `more` that open a clause of their own (`because`, `as`)
/// or compare on their own (`bigger`, `fewer`): a `than` after them is
/// theirs.
const CLAUSE_OR_COMPARATIVE: &[&str] = &[
    "as", "because", "since", "while", "when", "although", "though", "whereas", "which", "who",
    "bigger", "larger", "longer", "higher", "lower", "greater", "smaller", "shorter", "older",
    "younger", "faster", "slower", "stronger", "wider", "better", "worse", "fewer", "less",
    "rather", "other", "later", "harder", "heavier", "busier", "warmer", "colder", "more",
];

/// The most words read after `more` for its `than` (`4% more thefts
/// solved in the first eight months of the year than`).
const THAN_WORDS: usize = 11;

/// Whether a direction word at `s..e` before a percent at `at` states a
/// level rather than a change: `rose to 98.6 percent`, `rose from 87.5% to
/// 98.6%` (two levels), `make up 43.4 percent` (a share), `lower than 5%`
/// (a bound).
pub(in crate::record::bind) fn states_level(text: &str, s: usize, e: usize, at: usize) -> bool {
    let between = text[e..at].trim_start();
    let next = &between[..ascii_word_len(between)];
    let level = next.eq_ignore_ascii_case("to") || next.eq_ignore_ascii_case("from");
    // `lower than 5%` bounds a level; `lower than last year by 5%` is the
    // change.
    let bound = between.is_empty() && ascii_word_before(text, e).eq_ignore_ascii_case("than");
    let share = text[s..e].eq_ignore_ascii_case("up") && {
        let prev = ascii_word_before(text, skip_back_spaces(text, s, 0));
        ["make", "makes", "made", "making"]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w))
    };
    level || share || bound || level_of_its_own(text, e, at)
}

/// `cases dropped 31.2%, and the sense of security reached 98.73%`: a
/// percent that a level verb (`reached`, `stood at`, `was`, `hit`) gives,
/// with an earlier figure between it and the change word at `e`, is the
/// level of a clause of its own, not a second change of the word before.
/// (`the decline was 5%` has no figure between: the change itself.)
fn level_of_its_own(text: &str, e: usize, at: usize) -> bool {
    if !text[e..at].bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // Back over a qualifier (`reached nearly 99%`, `stood at about 3%`).
    let mut end = skip_back_spaces(text, at, e);
    let mut word = ascii_word_before(text, end);
    if LEVEL_QUALIFIERS
        .iter()
        .any(|q| word.eq_ignore_ascii_case(q))
    {
        end = skip_back_spaces(text, end - word.len(), e);
        word = ascii_word_before(text, end);
    }
    // `stood at`, `remained at`: the verb before the `at`.
    if word.eq_ignore_ascii_case("at") {
        end = skip_back_spaces(text, end - word.len(), e);
        word = ascii_word_before(text, end);
    }
    LEVEL_VERBS.iter().any(|v| word.eq_ignore_ascii_case(v))
}

/// Verbs that give a level: `reached 98.73%`, `stood at 96%`, `was 90%`.
const LEVEL_VERBS: &[&str] = &[
    "reach", "reached", "reaches", "reaching", "hit", "hits", "hitting", "stood", "stand",
    "stands", "standing", "remained", "remains", "was", "were", "is", "are",
];

/// `was up 3.2 percentage points on last year at 68.9%`: a percent after
/// `at` (the word `before` it), once the change word ending at `e` has its
/// own figure before it, is the level the change reached, not a second
/// change. (`grew at 5% a year` has none between and stays a change.)
fn level_at_after_change(text: &str, e: usize, start: usize, before: &str) -> bool {
    before.eq_ignore_ascii_case("at") && text.as_bytes()[e..start].iter().any(u8::is_ascii_digit)
}

/// Words between a level verb and its percent: `reached nearly 99%`.
const LEVEL_QUALIFIERS: &[&str] = &[
    "about",
    "almost",
    "approximately",
    "around",
    "nearly",
    "over",
    "roughly",
    "some",
];

/// Verbs in `-s` that take `up` or `down` as a particle.
const PARTICLE_VERBS: [&str; 16] = [
    "backs", "breaks", "brings", "cracks", "hands", "holds", "hunts", "locks", "picks", "puts",
    "rounds", "sets", "shuts", "takes", "tracks", "turns",
];

/// `up 12 cases`, `an increase of 87`, `increased by 87`: a change, which is
/// no tally of its own; nor is the value it started from (`increased from
/// 137 to 1,300`). `b` is where the spaces before the number start, `by`
/// the word before them (`ascii_word_before(text, b)`), and `noun` what
/// the number counts, if it names one after it.
pub(in crate::record::bind) fn is_change_after(
    text: &str,
    index: &Index,
    mut b: usize,
    by: &str,
    noun: Option<&str>,
) -> bool {
    if by.eq_ignore_ascii_case("by") || by.eq_ignore_ascii_case("from") {
        b = skip_back_spaces(text, b - by.len(), 0);
    }
    // Most numbers have no direction word anywhere near.
    if !index.trend_may_end(b) {
        return false;
    }
    match trend_before(text, b) {
        // `up 12 cases` after a comma, but not `broke up 1,684 gangs`.
        // (`with cases down 42`, `losses down 1.87 million yuan`: a plural
        // noun before it names what changed; not a verb's particle, `sets
        // up 5 checkpoints`, `breaks up 3 gangs`.)
        Some((_, s)) if matches!(text[s..b].trim(), "up" | "down" | "Up" | "Down") => {
            let p = skip_back_spaces(text, s, 0);
            let word = ascii_word_before(text, p);
            word.is_empty()
                || (word.len() > 3
                    && word.ends_with('s')
                    && !word.ends_with("ss")
                    && !takes_particle(text, index, word, (p, s, b), noun))
        }
        // `lower than 40 suspects` compares with a count, not a change.
        Some(_) => !ascii_word_before(text, b).eq_ignore_ascii_case("than"),
        None => false,
    }
}

/// Whether `word`, a word in `-s` ending at `p` right before an `up` or
/// `down` from `s` to `b` (with the spaces after it), is a verb that takes it as
/// its particle (`sets up 5 checkpoints`), not a plural noun whose change
/// it states (`with cases down 42`): a verb of [`PARTICLE_VERBS`], a verb
/// phrase of the index that ends with the word or takes the particle in
/// (`smashes up`), or any verb whose object the number counts (`steps up
/// 300 patrols`, `follows up 12 cases`: a noun of its own after the
/// number, unless it repeats the word, `cases down 42 cases`).
fn takes_particle(
    text: &str,
    index: &Index,
    word: &str,
    (p, s, b): (usize, usize, usize),
    noun: Option<&str>,
) -> bool {
    let object = noun.is_some_and(|n| {
        let head = n.split(' ').next().unwrap_or(n);
        !head.eq_ignore_ascii_case(word)
    });
    if object || PARTICLE_VERBS.iter().any(|v| word.eq_ignore_ascii_case(v)) {
        return true;
    }
    // (`verbs` is sorted by end, one phrase an end, the longest: a
    // look-up each, no scan.)
    let verb_start = |end: usize| {
        let i = index
            .verbs
            .binary_search_by_key(&end, |&(e, _, _)| e)
            .ok()?;
        Some(index.verbs[i].1)
    };
    let particle_end = s + text[s..b].trim_end().len();
    verb_start(p).is_some() || verb_start(particle_end).is_some_and(|start| start < p)
}

#[cfg(test)]
mod tests;
