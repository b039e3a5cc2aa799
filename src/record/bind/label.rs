//! Labels: statistics set out as `label: value` pairs (`Warnings issued:
//! 56,000`), with a dash (`suspects detained - 19`), a table's bar
//! (`Cases solved | 235`) or with nothing between
//! (`cases cracked 233; suspects arrested 408`). The label's noun is what
//! the value counts.

use super::*;

/// `Warnings issued: 56,000`, `Cases solved: 120`: a figure right after a
/// colon counts the classed noun of the label before it (statistics set
/// out as `label: value` pairs).
pub(super) fn label_noun<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    if let Some(pair) = slash_pair(w, start, floor) {
        return pair;
    }
    let b = skip_back_spaces(text, start, floor);
    // `guns - 7`, `bullets — 310`: a dash with spaces around it sets a
    // value off as a colon does.
    let dash = || {
        let d = text[..b].strip_suffix(['-', '–', '—'])?;
        d.ends_with(' ').then_some(d)
    };
    // `Cases solved | 235`: a table's cell bar, with a space before the
    // value or after the label, sets it off too, when the cell before it
    // holds the label's words. (`Cases filed | 1,024 | 1,388`: the cell
    // before the later column holds a number; see [`later_column`].)
    let bar = || {
        let d = text[..b].strip_suffix(['|', '｜'])?;
        let last = d.trim_end().chars().last()?;
        ((b < start || d.ends_with(' '))
            && !last.is_ascii_digit()
            && !matches!(last, '%' | ',' | '.'))
        .then_some(d)
    };
    // `Cases solved ▶ 312`: an arrow sets a value off as a colon does.
    let arrow = || text[..b].strip_suffix(['▶', '►', '→', '➤']);
    if let Some(header) = column_header(w, start) {
        return Some(header);
    }
    let Some(colon) = text[..b]
        .strip_suffix(':')
        .or_else(|| text[..b].strip_suffix('：'))
        .or_else(|| (b < start).then(dash).flatten())
        .or_else(bar)
        .or_else(arrow)
        .or_else(|| bracketed(text, b, start))
        .map(str::len)
    else {
        return label_pair(w, b, floor);
    };
    if colon <= floor || readers_label(&text[floor..colon]) {
        return None;
    }
    label_ending(w, colon, floor, true).or_else(|| label_before_tail(w, colon, floor))
}

/// How far back a table's header row is looked for: rows, and bytes a row.
const HEADER_ROWS: usize = 12;
const ROW_BYTES: usize = 240;

/// `Month | Warnings issued | People dissuaded` over `July | 4,210 |
/// 1,032`: a figure in a table's cell counts the classed noun of its
/// column's header cell, the top row of the table (up to [`HEADER_ROWS`]
/// rows of at most [`ROW_BYTES`] above, each with a cell bar). A header
/// cell with a digit (`2024`), or with no classed noun (`This year`),
/// labels nothing: the row's own label does.
pub(super) fn column_header<'a>(w: &Words<'_, 'a>, start: usize) -> Option<NounPhrase<'a>> {
    let (cell_start, cell_end) = header_cell(w.text(), start)?;
    let noun = label_ending(w, cell_end, cell_start, false)?;
    noun.class.is_some().then_some(noun)
}

/// The words of the header cell over the figure at `start` (see
/// [`column_header`]), up to a unit in brackets that closes it (`Funds
/// frozen (yuan)`): where they start and end. None for a figure in no
/// table cell, or under a header cell that is empty or holds a digit.
pub(super) fn header_cell(text: &str, start: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let bar = |c: u8| c == b'|';
    // The cell's bar, only spaces between it and the figure.
    let at = skip_back_spaces(text, start, start.saturating_sub(ROW_BYTES));
    if at == 0 || !bar(b[at - 1]) {
        return None;
    }
    let floor = start.saturating_sub(ROW_BYTES);
    let row = b[floor..at]
        .iter()
        .rposition(|&c| c == b'\n')
        .map(|i| floor + i + 1)?;
    let column = b[row..at].iter().filter(|&&c| bar(c)).count();
    // The row's cells: a line above with fewer is no row of its table (a
    // headline's column name, `Data | Indicators of the city`).
    let row_end = b[at..(at + ROW_BYTES).min(b.len())]
        .iter()
        .position(|&c| c == b'\n')
        .map_or((at + ROW_BYTES).min(b.len()), |i| at + i);
    let cells = inner_bars(&b[row..row_end]);
    // Up the rows while each holds as many bars; the last one reached is
    // the header.
    let mut header = None;
    let mut line = row;
    for _ in 0..HEADER_ROWS {
        if line == 0 {
            break;
        }
        let end = line - 1;
        let from = end.saturating_sub(ROW_BYTES);
        let open = b[from..end]
            .iter()
            .rposition(|&c| c == b'\n')
            .map(|i| from + i + 1);
        let open = match open {
            Some(o) => o,
            None if from == 0 => 0,
            None => return None,
        };
        if !b[open..end].contains(&b'|') || inner_bars(&b[open..end]) < cells {
            break;
        }
        header = Some((open, end));
        line = open;
    }
    let (open, end) = header?;
    // The header's cell of the same column (either row may open with a
    // bar of its own).
    let opens_bar = |i: usize| b[i..].iter().find(|&&c| c != b' ').is_some_and(|&c| bar(c));
    let index = (column + usize::from(opens_bar(open))).checked_sub(usize::from(opens_bar(row)))?;
    let cell = text[open..end].split('|').nth(index)?;
    let cell_start = start_of(text, cell);
    let trimmed = cell.trim();
    if trimmed.is_empty() || trimmed.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let cell_end = cell_start + cell.trim_end().len();
    // (A unit in brackets closes the cell: `Funds frozen (yuan)`.)
    let cell_end = text[cell_start..cell_end].find('(').map_or(cell_end, |i| {
        skip_back_spaces(text, cell_start + i, cell_start)
    });
    Some((cell_start, cell_end))
}

/// The bars that part the cells of a table's line, not counting one that
/// opens or closes it (`| Cases | 3 |` and `Cases | 3` part two cells).
fn inner_bars(line: &[u8]) -> usize {
    let bars = line.iter().filter(|&&c| c == b'|').count();
    let mut cells = line.iter().filter(|c| !c.is_ascii_whitespace());
    let opens = cells.clone().next() == Some(&b'|');
    let closes = cells.next_back() == Some(&b'|');
    bars.saturating_sub(usize::from(opens) + usize::from(closes && bars > usize::from(opens)))
}

/// `cracked telecom fraud cases (617)`, `warnings pushed (5,412 times)`:
/// a figure alone in brackets (with at most its unit or measure word)
/// right after a label's words sets its value off as a colon does; the
/// text before the bracket when it does. (Not a number in the label's
/// last words: `arrested 20 suspects (3 women)` is a part of a count;
/// nor money's converted twin, `20 million yuan (US$2.8 million)`.)
fn bracketed(text: &str, b: usize, start: usize) -> Option<&str> {
    let head = text[..b].strip_suffix(['(', '（'])?;
    // (A comma between digits groups them: `(2,764)`.)
    let digit = |i: usize| text.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    let close = text[start..]
        .char_indices()
        .take(32)
        .find(|&(i, c)| {
            matches!(c, ')' | '）' | '(' | '（' | ';' | '\n')
                || (c == ',' && !(i > 0 && digit(start + i - 1) && digit(start + i + 1)))
        })
        .filter(|&(_, c)| matches!(c, ')' | '）'))?
        .0;
    let inside = &text[start..start + close];
    let words = inside.split_ascii_whitespace().count();
    let head = head.trim_end();
    let tail = &head[crate::text::floor_char(head, head.len().saturating_sub(30))..];
    let cut = tail
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | ';' | ':' | '，' | '；'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tail = &tail[cut..];
    (words <= 3
        && head.ends_with(|c: char| c.is_ascii_alphabetic())
        && !tail
            .chars()
            .any(|c| c.is_ascii_digit() || c == '¥' || c == '$'))
    .then_some(head)
}

/// Whether `head` (the text before a colon) ends in a page's count of its
/// readers (`Number of visits`, `Page views`, `Clicks`): page furniture,
/// no statistic of the bulletin.
fn readers_label(head: &str) -> bool {
    const READERS: [&str; 6] = [
        "clicks",
        "hits",
        "number of visits",
        "page views",
        "reads",
        "views",
    ];
    let head = head.trim_end().as_bytes();
    READERS.iter().any(|r| {
        let r = r.as_bytes();
        head.len() >= r.len()
            && head[head.len() - r.len()..].eq_ignore_ascii_case(r)
            && (head.len() == r.len() || !head[head.len() - r.len() - 1].is_ascii_alphabetic())
    })
}

/// `Telecom fraud cases filed | 1,024 | 1,388` (or with tabs between the
/// cells): whether the figure at
/// `start` stands in a table row's later value column, the cell before
/// its own a cell of numbers. Such a column is another year, place or
/// change beside the first (`This year | Last year`), no count of the
/// row's label.
pub(super) fn later_column(text: &str, start: usize) -> bool {
    let b = &text.as_bytes()[start.saturating_sub(60)..start];
    // Only spaces stand between the figure and its cell's bar: looked at
    // first, as nearly every figure has none.
    let pipe = b.len() - b.iter().rev().take_while(|&&c| c == b' ').count();
    // (A tab parts the cells of a table pasted from a sheet as a bar does:
    // `Cases filed\t1,204\t1,390`.)
    let Some(pipe) = pipe
        .checked_sub(1)
        .filter(|&p| matches!(b[p], b'|' | b'\t'))
    else {
        return false;
    };
    let Some(open) = b[..pipe]
        .iter()
        .rposition(|&c| matches!(c, b'|' | b'\t' | b'\n'))
    else {
        return false;
    };
    let cell = &b[open + 1..pipe];
    cell.iter().any(u8::is_ascii_digit)
        && cell
            .iter()
            .all(|&c| c.is_ascii_digit() || matches!(c, b',' | b'.' | b'%' | b' ' | b'-' | b'+'))
}

/// `Cases solved/suspects arrested: 148/97`: a pair of labels joined by a
/// slash over a pair of counts joined by one; the first count takes the
/// first label, the second the second. `None` when the figure at `start`
/// is no side of such a pair (`Some(None)`: a side with no label).
fn slash_pair<'a>(w: &Words<'_, 'a>, start: usize, floor: usize) -> Option<Option<NounPhrase<'a>>> {
    let text = w.text();
    let b = text.as_bytes();
    let run = |from: usize| {
        b[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == b',')
            .count()
    };
    let back_run = |to: usize| {
        b[..to]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit() || **c == b',')
            .count()
    };
    // Between the counts, one space may stand on either side of the slash
    // or on both (`4,107 / 3,996`, `4,107 /3,996`); the label's slash
    // below needs a space on both sides or on neither.
    let space_after = |i: usize| i + usize::from(b.get(i) == Some(&b' '));
    let space_before = |i: usize| i - usize::from(i > 0 && b[i - 1] == b' ');
    // The first count (`148/97`), or the second (`/97` after `148`).
    let before = space_before(start);
    let after = space_after(start + run(start));
    let (first, is_first) = match before.checked_sub(1).map(|i| b[i]) {
        Some(b'/') => {
            let end = space_before(before - 1);
            (end - back_run(end), false)
        }
        _ if b.get(after) == Some(&b'/') => (start, true),
        _ => return None,
    };
    let c = skip_back_spaces(text, first, floor);
    let colon = text[..c]
        .strip_suffix(':')
        .or_else(|| text[..c].strip_suffix('：'))
        // `Hidden dangers found / rectified | 4,107 / 3,996`: a table's
        // bar sets the pair off as a colon does.
        .or_else(|| text[..c].strip_suffix('|'))?
        .len();
    if colon <= floor {
        return None;
    }
    // The slash of the label: the last one between two letters, with a
    // space on both sides or on neither.
    let line = &b[floor.max(colon.saturating_sub(120))..colon];
    let at = colon - line.len();
    let letter = |i: usize| line.get(i).is_some_and(u8::is_ascii_alphabetic);
    let slash = (1..line.len().saturating_sub(1)).rev().find_map(|i| {
        if line[i] != b'/' {
            None
        } else if letter(i - 1) && letter(i + 1) {
            Some((at + i, at + i, at + i + 1))
        } else if i >= 2
            && line[i - 1] == b' '
            && line[i + 1] == b' '
            && letter(i - 2)
            && letter(i + 2)
        {
            Some((at + i, at + i - 1, at + i + 2))
        } else {
            None
        }
    });
    let (_, left_end, right_start) = slash?;
    Some(match is_first {
        true => label_ending(w, left_end, floor, true),
        false => label_ending(w, colon, right_start, true),
    })
}

/// The label whose noun, with its verb, ends at `end` (a colon, or where a
/// tail after the label starts).
fn label_ending<'a>(
    w: &Words<'_, 'a>,
    end: usize,
    floor: usize,
    place: bool,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let noun = subject_before(w, end, floor)?;
    // The label ends with its noun, or its noun and a verb (`Warnings
    // issued:`), not a clause (`police crack down on fraud:`).
    // (Or its noun and a short phrase of place: `Officers on duty:`.)
    let from = end_of(text, noun.text);
    let rest = &text[from..end];
    let mut words = rest.split_ascii_whitespace();
    let phrase = place && matches!(words.next(), Some("on" | "in" | "at")) && words.count() == 1;
    (phrase || rest.split_ascii_whitespace().count() <= 1 || one_verb(w, from, end)).then_some(noun)
}

/// `Gangs broken up:`, `Suspects taken into custody:`: the words between
/// `from` and `end` are one verb phrase of the lexicon, its particle with it.
fn one_verb(w: &Words<'_, '_>, from: usize, end: usize) -> bool {
    let rest = &w.text()[from..end];
    let at = from + (rest.len() - rest.trim_start().len());
    let e = from + rest.trim_end().len();
    at < e && w.verb(at, e).is_some_and(|(_, l)| at + l == e)
}

/// How many words a tail after a label may have: `cases cracked by the
/// county police:`, `suspects arrested, May 2023 to March:`.
const TAIL_WORDS: usize = 12;

/// Words that open a tail of agent, time or place after a label's verb:
/// `cases cracked by police:`, `suspects arrested during the campaign:`,
/// `home visits after unanswered calls:`.
const TAIL_OPENERS: &[&str] = &[
    "after",
    "as",
    "at",
    "between",
    "by",
    "during",
    "from",
    "in",
    "on",
    "over",
    "since",
    "so",
    "this",
    "through",
    "throughout",
    "until",
    "within",
];

/// `Cases cracked by police: 9,400`, `Suspects arrested, May to July:
/// 412`: a label, its noun and verb, then a short tail of agent, time or
/// place ([`TAIL_OPENERS`], or after a comma) before the colon at `colon`.
/// The label ends where the tail starts, nearest the colon first.
fn label_before_tail<'a>(w: &Words<'_, 'a>, colon: usize, floor: usize) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let mut end = colon;
    for _ in 0..TAIL_WORDS {
        let e = skip_back_spaces(text, end, floor);
        let start = text[floor..e].rfind(' ').map_or(floor, |i| floor + i + 1);
        let token = &text[start..e];
        if token.is_empty() || token.contains([';', ':', '(', ')', '|']) {
            return None;
        }
        let cut = if TAIL_OPENERS.iter().any(|o| token.eq_ignore_ascii_case(o)) {
            Some(skip_back_spaces(text, start, floor))
        } else if start > floor && text[..start].trim_end().ends_with(',') {
            // (`arrested, May to July`: the comma ends the label.)
            Some(text[..start].trim_end().len() - 1)
        } else {
            None
        };
        if let Some(label) =
            cut.and_then(|c| (c > floor).then(|| label_ending(w, c, floor, false))?)
        {
            return Some(label);
        }
        end = start;
    }
    None
}

/// `cases cracked 233; suspects arrested 408`: a label pair with no colon,
/// a classed noun and its verb right before the figure (`b`, past the
/// spaces), the pair opening its clause. (`3,356 vehicles captured 8
/// criminals` opens with a number: its noun is the verb's subject.)
///
/// The verb may be a light one that only says the thing was done
/// (`stop-payments made 1,742`, [`LIGHT_VERBS`]): the noun alone then says
/// what was counted. The noun may be led by up to [`LABEL_MODIFIERS`]
/// lowercase words (`fraud dens destroyed 3`), which the phrase keeps.
fn label_pair<'a>(w: &Words<'_, 'a>, b: usize, floor: usize) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let word = ascii_word_before(text, b);
    let mut at = b - word.len();
    let verb = match w.verb(at, b) {
        Some((&v, len)) if !word.is_empty() && at + len == b => Some(v),
        _ => {
            at = light_verb_before(text, b, floor)?;
            None
        }
    };
    let e = skip_back_spaces(text, at, floor);
    let noun = (e < at).then(|| subject_before(w, e, floor))??;
    // The noun of a label is what the verb was done to; the police before
    // their verb (`Police arrested 12`) did it, unless they were deployed.
    if noun.class == Some(Noun::Officer) && verb != Some(Verb::Deploy) {
        return None;
    }
    let start = start_of(text, noun.text);
    if end_of(text, noun.text) != e || start < floor {
        return None;
    }
    let start = label_start(text, floor, start)?;
    Some(NounPhrase {
        text: &text[start..e],
        ..noun
    })
}

/// Verbs that say only that a thing was done, no act of their own:
/// `stop-payments made 1,742`, `home visits conducted 860`, `carried out`.
const LIGHT_VERBS: &[&str] = &["completed", "conducted", "made", "performed"];

/// Where a light verb ([`LIGHT_VERBS`], or `carried out`) ending at `b`
/// starts.
pub(super) fn light_verb_before(text: &str, b: usize, floor: usize) -> Option<usize> {
    let is = |w: &str, l: &str| w.eq_ignore_ascii_case(l);
    let word = ascii_word_before(text, b);
    let at = b - word.len();
    if LIGHT_VERBS.iter().any(|l| is(word, l)) {
        return Some(at);
    }
    if !is(word, "out") {
        return None;
    }
    let e = skip_back_spaces(text, at, floor);
    let carried = ascii_word_before(text, e);
    (e < at && is(carried, "carried")).then(|| e - carried.len())
}

/// How many lowercase words may lead a label's noun: `potential victims
/// dissuaded 300`, `online fraud dens destroyed 3`.
const LABEL_MODIFIERS: usize = 2;

/// Where a label whose noun starts at `start` starts: at the noun when its
/// clause opens there, or at up to [`LABEL_MODIFIERS`] lowercase words
/// before it that open the clause. `None` when the clause opens earlier.
fn label_start(text: &str, floor: usize, start: usize) -> Option<usize> {
    let opens = |at: usize| {
        let lead = text[floor..at].trim_end();
        lead.is_empty()
            || lead.ends_with([';', ':', ',', '；', '：', '，', '|'])
            || BULLETS.iter().any(|b| lead.as_bytes().ends_with(b))
    };
    let mut at = start;
    for _ in 0..=LABEL_MODIFIERS {
        if opens(at) {
            return Some(at);
        }
        // (A word is read with its hyphens: `stop-payments`, `anti-fraud`.)
        let b = skip_back_spaces(text, at, floor);
        let b = if b == at && text[..at].ends_with('-') {
            at - 1
        } else {
            b
        };
        let len = text.as_bytes()[floor..b]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic() || **c == b'-')
            .count();
        let lower = text
            .as_bytes()
            .get(b - len)
            .is_some_and(u8::is_ascii_lowercase);
        if b == at || len == 0 || !lower {
            return None;
        }
        at = b - len;
    }
    None
}
