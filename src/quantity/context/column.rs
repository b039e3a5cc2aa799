//! A money unit a table column or a label names once for its numbers:
//! `Funds frozen (yuan) | 8,625,000`, `Amount stopped (10,000 yuan) |
//! 962.4`, `Money returned (万元): 312.6`.

use crate::quantity::{Decimal, Unit};

/// The unit (and its scale) that the label before a bare number at
/// `start` names in brackets at its end, the number standing in the
/// label's cell (`| 8,625,000`) or after its colon (`: 8,625,000`), or in
/// a later cell of its row after numbers only (`| 8,625,000 | 5,112,000`).
/// Only money units: a label's `(起)` or `(people)` scales nothing.
pub(crate) fn column_unit_before(text: &str, start: usize) -> Option<(Unit, Decimal)> {
    let b = text.as_bytes();
    let mut at = start;
    // A row has few cells: at most 8 are read back, each within 80 bytes,
    // so every number costs a bounded look.
    for _ in 0..8 {
        let sep = trim_back(b, at);
        let (cell_end, bar) = match &b[..sep] {
            [.., b'|'] => (sep - 1, true),
            [.., b':'] => (sep - 1, false),
            [.., 0xEF, 0xBC, 0x9A] => (sep - 3, false), // `：`
            _ => return None,
        };
        let cell_end = trim_back(b, cell_end);
        let floor = crate::text::ceil_char(text, cell_end.saturating_sub(80)).min(cell_end);
        let cell_start = b[floor..cell_end]
            .iter()
            .rposition(|&c| matches!(c, b'|' | b'\n'))
            .map_or(floor, |i| floor + i + 1);
        let cell = text.get(cell_start..cell_end)?.trim();
        if let Some(unit) = bracketed_unit(cell) {
            return Some(unit);
        }
        // Past an earlier cell of numbers to the row's label.
        let numbers = !cell.is_empty()
            && cell
                .bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b',' | b'.' | b' '));
        if !(bar && numbers) {
            return None;
        }
        at = cell_start;
    }
    None
}

/// Whether a number written with 万 or 亿 and no currency (`4.6亿`,
/// `8,200万`) is an amount of yuan by its label: a money noun (`funds`,
/// `losses`, `amount`, 资金, 金额, 损失) among the words before it back to
/// the clause's start, at most 60 bytes (`Losses avoided this year:
/// 4.6亿`, `funds returned 8,200万`). A bare 万 elsewhere stays a count
/// (`1.2万 people`).
/// (The reject on the figure, which nearly all meet, is inline at the
/// call.)
#[inline(always)]
pub(crate) fn money_label_before(text: &str, start: usize, end: usize) -> bool {
    text[start..end].ends_with(['万', '亿', '萬']) && money_label_reaches(text, start, end)
}

/// [`money_label_before`] past its reject on the figure.
#[inline(never)]
fn money_label_reaches(text: &str, start: usize, end: usize) -> bool {
    const NOUNS: [&str; 6] = ["amount", "fund", "funds", "loss", "losses", "money"];
    // The label's number closes it: a word after it is what it counts
    // (`dissuaded 12.3万 people`, `2万人`), even after a money noun.
    let next = text[end..].trim_start_matches([' ', '\t']).chars().next();
    if next.is_some_and(|c| c.is_ascii_alphabetic() || "人名条起件个次户家辆部张".contains(c))
    {
        return false;
    }
    let floor = crate::text::ceil_char(text, start.saturating_sub(60)).min(start);
    let label = &text[floor..start];
    let label = match label.rfind([';', ',', '.', '\n', '|', '(', '；', '，', '。']) {
        Some(i) => &label[i + label[i..].chars().next().map_or(1, char::len_utf8)..],
        None => label,
    };
    // (`Gambling case: 冻结资金 3.5亿`: a topic before a colon, and the
    // label after it.)
    let label = match label.rfind([':', '：']) {
        Some(i) if !label[i..].trim_start_matches([':', '：', ' ']).is_empty() => {
            label[i..].trim_start_matches([':', '：'])
        }
        _ => label,
    };
    // A counted noun in the label is what the number counts, a money
    // word beside it only describes it (`Money mule accounts frozen:
    // 1.2万`, `Victims who reported losses: 1.6万`, 资金账户).
    // (After `to` or `for` past a money noun, a counted noun is whom the
    // money went to, not what the number counts: `Funds returned to
    // victims: 1.3亿`, `Losses recovered for residents: 2.7亿`.)
    let words = || label.split(|c: char| !c.is_ascii_alphabetic());
    let money = |w: &str| NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n));
    let mut paid = false;
    let mut to = false;
    let counted = words().any(|w| {
        paid |= money(w);
        to |= paid && (w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("for"));
        !to && COUNTED.iter().any(|n| w.eq_ignore_ascii_case(n))
    });
    if counted
        || ["账户", "人数", "案件", "起数"]
            .iter()
            .any(|w| label.contains(w))
    {
        return false;
    }
    ["资金", "金额", "损失"].iter().any(|w| label.contains(w)) || words().any(money)
}

/// Nouns a bulletin counts that a label may name beside a money word:
/// the number is theirs, not yuan.
const COUNTED: [&str; 15] = [
    "accounts",
    "calls",
    "cards",
    "cases",
    "households",
    "messages",
    "people",
    "persons",
    "residents",
    "suspects",
    "texts",
    "times",
    "transactions",
    "users",
    "victims",
];

/// How many rows above a number are read back for its table's header.
const HEADER_ROWS: usize = 24;

/// How long a table row may be for its cells to be counted.
const ROW_LEN: usize = 300;

/// The header row of the table the scan is in, kept while the scan goes
/// down its rows, so a table's rows are each read back once, not once
/// per number below them.
#[derive(Default)]
pub(crate) struct TableHeader {
    /// The header row (`| District | Cases solved | Funds frozen (yuan) |`),
    /// or none when it lies past the rows read back.
    header: Option<(usize, usize)>,
    /// Whether `header` holds for the rows below too (found, or the table
    /// goes on above past the rows read back); a first row with no row
    /// above keeps its answer to itself, since the row below has it above.
    carries: bool,
    /// The start of the lowest row known to sit under it.
    reached: usize,
}

/// The money unit a table's header row names for the column a bare
/// number stands in: `| Month | Funds frozen (yuan) |` over
/// `| July | 2,640,000 |`. The number fills its cell (a `|` before it,
/// a `|` or the line's end after `end`); the header is the top row of the lines with `|`
/// above it, at most [`HEADER_ROWS`] rows up; its cell with as many `|`
/// before it holds the unit in brackets. Only money units, as
/// [`column_unit_before`].
pub(crate) fn header_unit_above(
    text: &str,
    start: usize,
    end: usize,
    cache: &mut Option<TableHeader>,
) -> Option<(Unit, Decimal)> {
    let b = text.as_bytes();
    let sep = trim_back(b, start);
    if !(sep > 0 && b[sep - 1] == b'|') {
        return None;
    }
    let after = end + text[end..].len() - text[end..].trim_start_matches([' ', '\t']).len();
    if !matches!(b.get(after), None | Some(b'|' | b'\n' | b'\r')) {
        return None;
    }
    let row = line_start(b, sep)?;
    let header = match cache {
        Some(t) if t.reached == row => t.header,
        Some(t) if t.carries && row > 0 && line_start(b, row - 1) == Some(t.reached) => {
            t.reached = row;
            t.header
        }
        _ => {
            let header = top_row(b, row);
            // A table that goes on above past the rows read back has no
            // header for its later rows either: kept, so each row is not
            // read back again.
            let above =
                row > 0 && line_start(b, row - 1).is_some_and(|s| b[s..row].contains(&b'|'));
            *cache = Some(TableHeader {
                header,
                reached: row,
                carries: header.is_some() || above,
            });
            header
        }
    }?;
    let column = b[row..sep].iter().filter(|&&c| c == b'|').count();
    let cell = text[header.0..header.1].split('|').nth(column)?;
    bracketed_unit(cell.trim())
}

/// Where the line holding `at` starts, if it starts within [`ROW_LEN`]
/// bytes before `at`.
fn line_start(b: &[u8], at: usize) -> Option<usize> {
    let floor = at.saturating_sub(ROW_LEN);
    match b[floor..at].iter().rposition(|&c| c == b'\n') {
        Some(i) => Some(floor + i + 1),
        None => (floor == 0).then_some(0),
    }
}

/// The top row (start, end) of the lines with `|` that run up to the
/// line starting at `row`, which is not one of them.
fn top_row(b: &[u8], row: usize) -> Option<(usize, usize)> {
    let mut top = None;
    let mut at = row;
    for _ in 0..HEADER_ROWS {
        if at == 0 {
            return top;
        }
        let start = line_start(b, at - 1)?;
        if !b[start..at - 1].contains(&b'|') {
            return top;
        }
        top = Some((start, at - 1));
        at = start;
    }
    None
}

/// Whether the number from `start` to `end` (with its unit words) is a
/// column's unit itself: `Amount stopped (10,000 yuan) | 962.4` names
/// the scale of the column, no amount.
pub(crate) fn is_column_unit(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let open = trim_back(b, start);
    // The bracket before first: nearly every number has none, and needs
    // no look past its end.
    if !(open > 0 && b[open - 1] == b'(') {
        return false;
    }
    let close = end + (b.len() - end - text[end..].trim_start_matches([' ', '\t']).len());
    if b.get(close) != Some(&b')') {
        return false;
    }
    let after = close + 1 + (b.len() - close - 1 - text[close + 1..].trim_start().len());
    // (Or the last header cell of a table with no edge bars: `| Funds
    // intercepted (10,000 yuan)` closing its line.)
    let line_rest = text[close + 1..].trim_start_matches([' ', '\t', '\r']);
    let last_cell = (line_rest.is_empty() || line_rest.starts_with('\n'))
        && line_start(b, open).is_some_and(|row| b[row..open].contains(&b'|'));
    (matches!(b.get(after), Some(b'|' | b':')) || last_cell)
        && bracketed_unit(&text[open - 1..close + 1]).is_some()
}

/// Where the spaces (and tabs) before `at` start.
/// Whether a cell's mark (`|`, `:` or `：`) stands before the number at
/// `start`, past spaces: [`column_unit_before`] and [`header_unit_above`]
/// find no unit without one, so a number with none asks neither.
pub(crate) fn after_cell_mark(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    matches!(
        &b[..trim_back(b, start)],
        [.., b'|' | b':'] | [.., 0xEF, 0xBC, 0x9A]
    )
}

fn trim_back(b: &[u8], mut at: usize) -> usize {
    while at > 0 && matches!(b[at - 1], b' ' | b'\t') {
        at -= 1;
    }
    at
}

/// The money unit a label's closing bracket holds: `(yuan)`, `(元)`,
/// `(10,000 yuan)`, `（万元）`, `(unit: yuan)`.
fn bracketed_unit(label: &str) -> Option<(Unit, Decimal)> {
    let inner = label
        .strip_suffix(')')
        .and_then(|l| Some(&l[l.rfind('(')? + 1..]))
        .or_else(|| {
            let l = label.strip_suffix('）')?;
            Some(&l[l.rfind('（')? + '（'.len_utf8()..])
        })?
        .trim();
    let inner = ["unit:", "unit：", "单位：", "单位:"]
        .iter()
        .find_map(|p| {
            inner
                .get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| inner[p.len()..].trim())
        })
        .unwrap_or(inner);
    let scale = |names: &[&str]| names.iter().any(|n| inner.eq_ignore_ascii_case(n));
    let factor = if scale(&["yuan", "元", "rmb", "cny", "rmb yuan", "yuan (rmb)"]) {
        1
    } else if scale(&[
        "10,000 yuan",
        "10000 yuan",
        "ten thousand yuan",
        "wan yuan",
        "万元",
        "rmb 10,000",
    ]) {
        10_000
    } else if scale(&["million yuan", "rmb million", "million rmb"]) {
        1_000_000
    } else if scale(&["100 million yuan", "亿元"]) {
        100_000_000
    } else {
        return None;
    };
    Some((Unit::Cny, Decimal::from_u64(factor)))
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::quantity::tests::p;

    #[test]
    fn a_label_s_bracketed_money_unit_is_its_numbers_unit() {
        assert_snapshot!(p("Item | Figure\nFunds frozen (yuan) | 8,625,000\nCases filed | 642"), @"
        8,625,000 = 8625000 CNY Exact
        642 = 642 Exact
        ");
        // Scaled, and in the row's later columns after numbers only.
        // (The bracket's own number is the scale, no amount.)
        assert_snapshot!(p("Amount stopped (10,000 yuan) | 962.4 | 803.5"), @"
        962.4 = 9624000 CNY Exact
        803.5 = 8035000 CNY Exact
        ");
        assert_snapshot!(p("Money returned (万元): 312.6"), @"312.6 = 3126000 CNY Exact");
        // A count's label scales nothing; nor does a bracket far back in prose.
        assert_snapshot!(p("Cases filed (起) | 642\nThe centre (in Wuhan) froze 300 accounts."), @"
        642 = 642 Exact
        300 = 300 Exact (accounts)
        ");
    }

    #[test]
    fn a_money_label_makes_a_bare_wan_or_yi_yuan() {
        assert_snapshot!(p("Losses avoided this year: 4.6亿; funds returned: 8,200万 (telecom fraud)."), @"
        4.6亿 = 460000000 CNY Exact
        8,200万 = 82000000 CNY Exact
        ");
        // A count's label, or none, leaves it a count; so does a money
        // noun in the clause before.
        assert_snapshot!(p("Residents reached: 1.2万; with 3,000 yuan in losses, 2万 people were warned."), @"
        1.2万 = 12000 Exact
        3,000 yuan = 3000 CNY Exact
        2万 = 20000 Exact (people)
        ");
        // A money noun in the same clause, but the number counts the word
        // after it.
        assert_snapshot!(p("The centre froze 4.7亿元 of funds and dissuaded 12.3万 people."), @"
        4.7亿元 = 470000000 CNY Exact
        12.3万 = 123000 Exact (people)
        ");
        assert_snapshot!(p("涉案资金中，劝阻2万人"), @"2万人 = 20000 Exact (人)");
        // Whom the money went to is no counted noun.
        assert_snapshot!(p("Funds returned to victims: 1.3亿. Losses recovered for residents: 2.7亿."), @"
        1.3亿 = 130000000 CNY Exact
        2.7亿 = 270000000 CNY Exact
        ");
        assert_snapshot!(p("Victims owed funds: 1.3万. Calls to victims for money: 2万."), @"
        1.3万 = 13000 Exact
        2万 = 20000 Exact
        ");
        // A counted noun in the label owns the number.
        assert_snapshot!(p("Money mule accounts frozen: 1.2万. Victims who reported losses: 1.6万. 冻结资金账户3万"), @"
        1.2万 = 12000 Exact
        1.6万 = 16000 Exact
        3万 = 30000 Exact
        ");
    }

    #[test]
    fn a_header_row_s_bracketed_money_unit_is_its_column_s() {
        let table = "Work by district\n| District | Cases solved | Funds frozen (yuan) |\n| East | 46 | 1,320,000 |\n| West | 38 | 975,500 |\n| Total | 84 | 2,295,500 |";
        assert_snapshot!(p(table), @"
        46 = 46 Exact
        1,320,000 = 1320000 CNY Exact
        38 = 38 Exact
        975,500 = 975500 CNY Exact
        84 = 84 Exact
        2,295,500 = 2295500 CNY Exact
        ");
        // Without edge bars, scaled, and no header above the first row.
        assert_snapshot!(p("Quarter | Accounts | Funds intercepted (10,000 yuan)\nQ1 | 126 | 418\nQ2 | 97 | 352"), @"
        126 = 126 Exact
        418 = 4180000 CNY Exact
        97 = 97 Exact
        352 = 3520000 CNY Exact
        ");
        // A count's header scales nothing; a number in prose under a table
        // is no cell.
        assert_snapshot!(p("| Month | Cases (起) |\n| May | 642 |\nIn all 300 cases."), @"
        642 = 642 Exact
        300 = 300 Exact (cases)
        ");
    }
}
