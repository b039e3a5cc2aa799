//! Changes that no English direction word states: a signed percent beside
//! a basis or a neutral change word (`changed by -12.4% year-on-year`),
//! and a Chinese change word right before its percent (`同比下降30.2%`).

use super::*;

/// A percent whose sign is its direction: `-12.4%` or `minus 5 percent` a
/// fall, `+18.2%` a rise. Only beside a basis (`+18.2% year on year`) or
/// a word naming a change (`changed by -12.4%`, `growth was -3.5%`): a
/// bare `-3%` in a table is a figure, no trend. Gives the direction and
/// where the change starts (the `+`, else the figure).
pub(super) fn signed_change(text: &str, f: &Figure<'_>, ctx: &Ctx) -> Option<(Direction, usize)> {
    // `+18.2%`, `plus 5 percent` (the word, unlike `minus`, is left out of
    // the figure). `plus` is where the sign starts.
    let before = &text[..f.span.start];
    let word_end = skip_back_spaces(before, before.len(), 0);
    let word = ascii_word_before(before, word_end);
    // (The sign is the figure's own first char when written with it:
    // `(+5.1%)`.)
    let plus = ['+', '＋']
        .into_iter()
        .find(|&p| f.text.starts_with(p))
        .map(|_| f.span.start)
        .or_else(|| {
            ['+', '＋']
                .into_iter()
                .find(|&p| before.ends_with(p))
                .map(|p| f.span.start - p.len_utf8())
        })
        .or_else(|| {
            (word.eq_ignore_ascii_case("plus") && word_end < f.span.start)
                .then(|| word_end - word.len())
        });
    let (direction, at) = match plus {
        _ if f.value.is_negative() => (Direction::Decrease, f.span.start),
        Some(at) => (Direction::Increase, at),
        None => return None,
    };
    let clause = &text[ctx.clause.start.min(f.span.start)..ctx.clause.end.max(ctx.after)];
    let neutral = clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| TREND_NEUTRAL.iter().any(|n| w.eq_ignore_ascii_case(n)));
    (neutral
        || basis_of(text, f.span, ctx).is_some()
        || label_change(text, f, ctx)
        || change_column(text, at))
    .then_some((direction, at))
}

/// `Indicator | 2025 | 2024 | Change` over `Cases filed | 3,415 | 3,890 |
/// -12.2%`: a signed percent in a table cell under a header cell that
/// names a change (`Change`, `Growth`, `YoY`, `Year-on-year`, `同比`,
/// `增减`, `±`) is the row's change. (The header is read only for a
/// signed percent right after a cell's bar.)
fn change_column(text: &str, at: usize) -> bool {
    let Some((start, end)) = label::header_cell(text, at) else {
        return false;
    };
    let cell = &text[start..end];
    let neutral = cell
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| TREND_NEUTRAL.iter().any(|n| w.eq_ignore_ascii_case(n)));
    neutral
        || ["增减", "变化", "±", "+/-"]
            .iter()
            .any(|w| cell.contains(w))
        || trend_basis(text, start, end).is_some()
}

/// `Burglaries: -12.3%` on a line of its own: a signed percent that is all
/// a label's value is the label's change (a level or share takes no sign).
fn label_change(text: &str, f: &Figure<'_>, ctx: &Ctx) -> bool {
    let start = ctx.sentence.start.min(f.span.start);
    let head = text[start..f.span.start].trim_end_matches([' ', '+', '＋']);
    let Some(label) = head.strip_suffix(':') else {
        return false;
    };
    let tail = text[f.span.end..ctx.sentence.end.max(f.span.end)].trim();
    let named = label.bytes().any(|b| b.is_ascii_alphabetic()) && !label.contains(':');
    named && (tail.trim_end_matches(['.', ';']).is_empty() || aside_only(tail))
}

/// `(after a helmet campaign)` after a label's signed percent: a note in
/// brackets, with no figure of its own, is all that follows it.
fn aside_only(tail: &str) -> bool {
    let tail = tail.trim_end_matches(['.', ';']).trim_end();
    let inner = tail
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .or_else(|| tail.strip_prefix('（').and_then(|t| t.strip_suffix('）')));
    inner.is_some_and(|i| {
        !i.is_empty()
            && !i.contains(['(', ')', '%', '（', '）'])
            && !i.bytes().any(|b| b.is_ascii_digit())
    })
}

/// The Chinese change word that ends the CJK run right before a percent
/// at `start` (`同比下降30.2%`, `增长了8%`, `降幅为12%`), and where it
/// starts, with its basis word (`同比`, `环比`) and `分别` if they lead
/// it. `下降至` and `提高到` reach a level: no change.
pub(super) fn cjk_change(text: &str, start: usize) -> Option<(Direction, usize)> {
    let mut head = text[..start].trim_end_matches(' ');
    // Most percents follow no CJK at all.
    if !head.ends_with(crate::lex::is_cjk) && !head.ends_with('、') {
        return None;
    }
    // A later item of a list shares the first one's word: `分别下降12.1%、
    // 8.3%和5%` (by 12.1%, 8.3% and 5% respectively). Back over a few.
    for _ in 0..8 {
        let Some(rest) = ["、", "和", "及", "与"]
            .iter()
            .find_map(|j| head.strip_suffix(j))
            .and_then(|h| h.trim_end_matches(' ').strip_suffix('%'))
        else {
            break;
        };
        head = rest
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim_end_matches(' ');
    }
    // A particle between the word and its figure: `了` (done), `达`
    // (reaching), `为` (being), `约` (about).
    let head = ["了", "达", "为", "约"]
        .iter()
        .find_map(|p| head.strip_suffix(p))
        .unwrap_or(head);
    // `下降幅度达25%`: the size (`幅度`) of the change word before it.
    let head = head.strip_suffix("幅度").unwrap_or(head);
    let (word, direction) = TREND_CJK.iter().find(|(w, _)| head.ends_with(w))?;
    // Back over the basis and `分别` (respectively) that lead the word, in
    // either order: `同比分别下降`, `分别同比下降`.
    let mut s = head.len() - word.len();
    for _ in 0..2 {
        match ["同比", "环比", "分别"]
            .iter()
            .find_map(|b| text[..s].strip_suffix(b).map(str::len))
        {
            Some(before) => s = before,
            None => break,
        }
    }
    Some((*direction, s))
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::record::bind::basis::tests::bases;

    #[test]
    fn a_signed_percent_as_a_label_value() {
        assert_snapshot!(bases(&[
            "Burglaries: -9.2%",
            "Online frauds: +14%.",
            "Car thefts: -3.3% (after a campaign)",
            "Clearance rate: 88%",
            "Result: -5% of the quota; 3 left",
            "Helmetless riders: -12.5% (after a helmet drive).",
            "Car thefts: -3.3% (from 2.1% in May)",
            "Car thefts: -3.3% (see table 2)",
        ]), @"
        Burglaries: -9.2% => Decrease 9.2 None
        Online frauds: +14%. => Increase 14 None
        Car thefts: -3.3% (after a campaign) => Decrease 3.3 None
        Clearance rate: 88% => 
        Result: -5% of the quota; 3 left => 
        Helmetless riders: -12.5% (after a helmet drive). => Decrease 12.5 None
        Car thefts: -3.3% (from 2.1% in May) => 
        Car thefts: -3.3% (see table 2) =>
        ");
    }

    #[test]
    fn a_signed_percent_under_a_change_column() {
        assert_snapshot!(bases(&[
            "Data | City indicators\nItem | 2025 | 2024 | Change\nCases filed | 3,415 | 3,890 | -12.2%",
            "Item | 2025 | 2024 | Change\nCases solved | 2,018 | 1,847 | +9.3%",
            "Item | This year | YoY\nThefts | 133 | +9.9%",
            "Item | 本期 | 同比\nThefts | 133 | -4.1%",
            // A column of levels, or no header, takes no direction from a sign.
            "Item | 2025 | Share\nThefts | 133 | -4.1%",
            "Thefts | 133 | -4.1%",
        ]), @"
        Data | City indicators
        Item | 2025 | 2024 | Change
        Cases filed | 3,415 | 3,890 | -12.2% => Decrease 12.2 None
        Item | 2025 | 2024 | Change
        Cases solved | 2,018 | 1,847 | +9.3% => Increase 9.3 None
        Item | This year | YoY
        Thefts | 133 | +9.9% => Increase 9.9 None
        Item | 本期 | 同比
        Thefts | 133 | -4.1% => Decrease 4.1 None
        Item | 2025 | Share
        Thefts | 133 | -4.1% => 
        Thefts | 133 | -4.1% =>
        ");
    }
}
