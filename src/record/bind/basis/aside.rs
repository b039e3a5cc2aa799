//! Bases named in a table's label or aside beside a signed percent:
//! `(YoY: +12.1%)`, `环比：-3%`, `(1,200 last year, -14.7%)`.

use super::*;

/// The basis of a percent set off by a label's colon (`YoY: +12.1%`,
/// `Cases 532, year on year: -4%`) or closing a parenthesised aside
/// (`(1,200 last year, -14.7%)`): the label, or the aside before its last
/// comma, names it. The label is read back to the clause edge before it
/// and holds no number; the aside is open (no `)` inside) and short.
pub(super) fn aside_basis(text: &str, at: Span, sentence: Span) -> Option<Basis> {
    let floor = ceil_char(
        text,
        sentence.start.max(at.start.saturating_sub(ASIDE_REACH)),
    );
    let head = text.get(floor..at.start)?;
    let h = head.trim_end_matches([' ', '+', '＋', '-', '−']);
    if let Some(label) = h.strip_suffix([':', '：']) {
        let from = label
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '(' | '（' | ',' | '，' | ';' | '；'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        if label[from..].bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        return trend_basis(text, floor + from, floor + label.len());
    }
    // `fell, year on year, by 9%`: a short basis set off by commas between
    // the verb and its percent.
    let bare = h
        .strip_suffix("by")
        .filter(|x| x.ends_with(' '))
        .map_or(h, str::trim_end);
    if let Some(aside) = bare.strip_suffix([',', '，']) {
        if let Some(open) = aside.rfind([',', '，']) {
            let part = &aside[open..];
            if part.len() <= 24 && !part.bytes().any(|b| b.is_ascii_digit()) {
                if let Some(b) = trend_basis(text, floor + open, floor + aside.len()) {
                    return Some(b);
                }
            }
        }
    }
    let aside = h.strip_suffix([',', '，'])?;
    let open = aside.rfind(['(', '（'])?;
    if aside[open..].contains([')', '）']) {
        return None;
    }
    trend_basis(text, floor + open, floor + aside.len())
}

/// How far before its percent a label or aside opens at most, in bytes.
const ASIDE_REACH: usize = 60;

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use super::super::tests::bases;

    #[test]
    fn a_label_or_an_aside_names_the_basis() {
        assert_snapshot!(bases(&[
            "Frauds 532 (YoY: +12.1%)",
            "Thefts 320, year on year: -4%.",
            "Criminal cases 1,024 (1,200 last year, -14.7%)",
            "Robberies 88 (MoM: +3.5%)",
        ]), @"
        Frauds 532 (YoY: +12.1%) => Increase 12.1 Some(YearOnYear)
        Thefts 320, year on year: -4%. => Decrease 4 Some(YearOnYear)
        Criminal cases 1,024 (1,200 last year, -14.7%) => Decrease 14.7 Some(YearOnYear)
        Robberies 88 (MoM: +3.5%) => Increase 3.5 Some(MonthOnMonth)
        ");
        // No basis in the label or aside: a bare signed percent is no trend.
        assert_snapshot!(bases(&[
            "Frauds 532 (Beijing: +12.1%)",
            "Criminal cases 1,024 (in Beijing, -14.7%)",
        ]), @"
        Frauds 532 (Beijing: +12.1%) => 
        Criminal cases 1,024 (in Beijing, -14.7%) =>
        ");
    }
}
