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

/// Whether the number from `start` to `end` (with its unit words) is a
/// column's unit itself: `Amount stopped (10,000 yuan) | 962.4` names
/// the scale of the column, no amount.
pub(crate) fn is_column_unit(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let open = trim_back(b, start);
    let close = end + (b.len() - end - text[end..].trim_start_matches([' ', '\t']).len());
    if !(open > 0 && b[open - 1] == b'(' && b.get(close) == Some(&b')')) {
        return false;
    }
    let after = close + 1 + (b.len() - close - 1 - text[close + 1..].trim_start().len());
    matches!(b.get(after), Some(b'|' | b':'))
        && bracketed_unit(&text[open - 1..close + 1]).is_some()
}

/// Where the spaces (and tabs) before `at` start.
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
}
