//! `Source | Wuyi County Public Security Bureau`, `Editor | Hu Die`,
//! `Editor / Wang Li`: a footer's labels set off by a bar or a spaced
//! slash instead of a colon, each opening its line.

use super::{Labels, Values};
use crate::lex::{Kind, Tokens};

/// Read the bar labels of `tokens` into `labels`: each `|` or `/` found
/// by one byte search, its label the word token right before it (one
/// space apart) that opens a line. A slash parts a label from its value
/// only with a space on both sides (`Editor / Wang Li`): `Editor/Reviewer:`
/// joins two labels.
pub(super) fn bar_labels<'a>(
    tokens: &Tokens<'a>,
    labels: &mut Labels<'a>,
    values: &mut Values<'a>,
) {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let all = tokens.all();
    for bar in memchr::memchr2_iter(b'|', b'/', bytes) {
        if bytes[bar] == b'/'
            && !(bar > 0 && bytes[bar - 1] == b' ' && bytes.get(bar + 1) == Some(&b' '))
        {
            continue;
        }
        let k = tokens.index_from(bar);
        let Some(w) = k.checked_sub(1) else {
            continue;
        };
        let word = &all[w];
        let spaced = word.end() == bar || (word.end() + 1 == bar && bytes[word.end()] == b' ');
        let opens_line = w == 0 || all[w - 1].kind() == Kind::Newline;
        if word.kind() != Kind::Word
            || !spaced
            || !opens_line
            || all.get(k).map(|t| t.start()) != Some(bar)
        {
            continue;
        }
        // (Only the labels a footer credits with a bar: a column's name
        // before a headline, `Anti-fraud | ...`, is none of them.)
        let label = tokens.str(w);
        if ["source", "editor", "author"]
            .iter()
            .any(|l| label.eq_ignore_ascii_case(l))
        {
            labels.label(tokens, w, bar, bar + 1, word.start(), values);
        }
    }
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    /// The source and editor of `text`.
    fn credits(text: &str) -> String {
        let b = crate::Bulletin::parse(text).unwrap();
        format!("source={:?} editor={:?}", b.meta.source, b.meta.editor)
    }

    #[test]
    fn footer_labels_set_off_by_a_bar() {
        assert_snapshot!(credits("Police return lost dog\n\nThe dog went home.\n\nSource | Lishui County Public Security Bureau\nEditor | Wu Tong\nShare  Like"), @r#"source=Some("Lishui County Public Security Bureau") editor=Some("Wu Tong")"#);
        assert_snapshot!(credits("Anti-fraud | Lishui police return 5 phones\n\nThe phones went home.\n"), @"source=None editor=None");
        assert_snapshot!(credits("Police return lost dog\n\nSource: Lishui Daily\n\nThe dog went home.\nSource | Lishui County Public Security Bureau"), @r#"source=Some("Lishui Daily") editor=None"#);
        assert_snapshot!(credits("Police return lost dog\n\nThe dog went home, the editor | said.\n"), @"source=None editor=None");
        assert_snapshot!(credits("Police return lost dog\n\nThe dog went home.\nSource / Lishui Police\nEditor / Wu Tong\nReviewer / Li Na\nRead 2,318"), @r#"source=Some("Lishui Police") editor=Some("Wu Tong")"#);
        assert_snapshot!(credits("Police return lost dog\n\nThe dog went home.\nEditor/Reviewer: Wu Tong/Li Na"), @"source=None editor=None");
        assert_snapshot!(credits("Police return lost dog\n\nSee www.police.gov.cn / news for more.\n"), @"source=None editor=None");
    }
}
