//! The candidate walk: where a figure may start, read from the tokens
//! ([`Candidates`]) or from the text ([`next_candidate`]), and the trigger
//! words that can start one.

use std::sync::OnceLock;

use super::names::Names;
use crate::lex::input::only_word;
use crate::lex::{Class, Kind, Lexicon, Tokens};
use crate::quantity::words::{chinese_digit, VAGUE};
use crate::quantity::{number, unit};
use crate::text::{
    ascii_word_len, char_at, digit_value, is_boundary_before, match_prefix, WordFilter,
};

/// The walk over the tokens for candidate positions: the same positions
/// [`next_candidate`] finds in the text, read from the token kinds and the
/// lexicon's trigger class instead of from every byte.
pub(super) struct Candidates<'t, 'a> {
    tokens: &'t Tokens<'a>,
    /// The first of the tokens' [cues](Tokens::cues) not yet passed.
    next: usize,
    /// The quoted names opened by the punctuation passed so far: read on
    /// the way, so the tokens are walked once, not once more for quotes.
    pub(super) names: Names<'t, 'a>,
}

impl<'t, 'a> Candidates<'t, 'a> {
    pub(super) fn new(tokens: &'t Tokens<'a>) -> Self {
        Candidates {
            tokens,
            next: 0,
            names: Names::new(tokens),
        }
    }

    /// Where the next figure might start at or after `pos` (a char
    /// boundary, never less than the last call's), and the index of the
    /// token there.
    pub(super) fn next(&mut self, pos: usize) -> Option<(usize, usize)> {
        let text = self.tokens.text();
        let bytes = text.as_bytes();
        let all = self.tokens.all();
        let cues = self.tokens.cues();
        let from = self.next;
        // The cues: the few tokens that may start a figure or open a quote
        // (the lexer listed them on its way), not every word and line break.
        for (k, &c) in cues.get(from..)?.iter().enumerate() {
            let i = c as usize;
            let t = &all[i];
            // Every quote mark is a punctuation token, passed here in
            // text order, each before any number inside its quote.
            // The quotes' first bytes: `"`, `'`, E2 for `“‘`, E3 for `《「`.
            if t.kind() == Kind::Punct && matches!(bytes[t.start()], b'"' | b'\'' | 0xE2 | 0xE3) {
                self.names.pass(i);
            }
            if t.end() <= pos {
                continue;
            }
            self.next = from + k;
            let at = t.start().max(pos);
            match t.kind() {
                // Every char of a number token is a digit.
                Kind::Number => return Some((at, i)),
                Kind::Word => {
                    let boundary = t.start() >= pos
                        && (t.start() == 0 || !bytes[t.start() - 1].is_ascii_alphanumeric());
                    if boundary && t.whole().has(Class::Trigger) && is_trigger_token(self.tokens, i)
                    {
                        return Some((at, i));
                    }
                }
                Kind::Punct => {
                    if is_candidate_mark(text, t.start()) {
                        return Some((at, i));
                    }
                }
                // 十 and the Chinese digits other than zero start a number
                // inside a run of ideographs.
                Kind::Cjk => {
                    let run = &text[at..t.end()];
                    if let Some((k, _)) = run
                        .char_indices()
                        .find(|&(k, c)| starts_chinese(text, at + k, c))
                    {
                        return Some((at + k, i));
                    }
                }
                Kind::Newline => {}
            }
        }
        self.next = cues.len();
        None
    }
}

/// Words after `a` that may make it a number with no scale word: a pair,
/// a few, a share (`a third of them`, `a tenth.`), a score (`a score of`)
/// or a half-dozen.
const SHARE_OR_PAIR: [&str; 12] = [
    "couple", "few", "half", "quarter", "score", "third", "fourth", "fifth", "sixth", "seventh",
    "eighth", "tenth",
];

/// Whether the char `c` at `at` may start a Chinese number: 十 or a digit
/// other than zero, the 百 of `百分之` (percent), a vague count (`数百`,
/// `上千`, `上亿`), or a bare 百, 千, 万 or 亿 that a hedge stands before (`近万名`,
/// nearly ten thousand; `逾亿元`) or 余 or 多 follows (`千余人`, `万余元`,
/// `千万余元`).
/// (A bare scale alone is too often part of a word: 百度, 千万不要.)
fn starts_chinese(text: &str, at: usize, c: char) -> bool {
    // (廿, 卅, 卌: twenty, thirty, forty.)
    if matches!(c, '十' | '廿' | '卅' | '卌') || chinese_digit(c).is_some_and(|d| d > 0) {
        return true;
    }
    // `拾万元`, `拾贰万`: the banker's ten opens a number before 万 or 亿 or
    // a banker's digit, never in 拾到 or 拾起 (picked up).
    if c == '拾' {
        return text[at + c.len_utf8()..].starts_with([
            '万', '亿', '萬', '億', '壹', '贰', '貳', '叁', '肆', '伍', '柒', '捌', '玖',
        ]);
    }
    // `零点五公斤`: zero starts a number only before its decimal point.
    if chinese_digit(c) == Some(0) {
        return text[at + c.len_utf8()..].starts_with(['点', '點']);
    }
    // `数百名`, `上千万元`, `几十人`: a vague count. (Not the 上 of 晚上十点
    // or 线上百场: after a word it ends, or before 十, it counts nothing.)
    if matches!(c, '数' | '几') {
        return text[at + c.len_utf8()..].starts_with(['十', '百', '千', '万', '亿']);
    }
    if c == '上' {
        let ends_word = text[..at]
            .chars()
            .next_back()
            .is_some_and(|p| "晚早线网以马路身手会世面".contains(p));
        return !ends_word && text[at + c.len_utf8()..].starts_with(['百', '千', '万', '亿']);
    }
    if !matches!(c, '百' | '千' | '万' | '亿' | '萬' | '億') {
        return false;
    }
    let after = &text[at + c.len_utf8()..];
    // `百分之五`, `千分之三`: a percent or per mille written before its number.
    if matches!(c, '百' | '千') && after.starts_with("分之") {
        return true;
    }
    // `千万余元`: over ten million.
    let after = match c {
        '百' | '千' => after
            .strip_prefix(['万', '亿', '萬', '億'])
            .unwrap_or(after),
        _ => after,
    };
    after.starts_with(['余', '多', '餘'])
        || text[..at].ends_with(['近', '逾', '超', '约'])
        || crate::quantity::words::over_bare_scale(text, at).is_some()
}

/// Whether the one-char token at `at` may start a figure: `$`, a currency
/// sign, `&yen;`, or the point of `.08` after a space or bracket.
fn is_candidate_mark(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    match bytes[at] {
        b'$' => true,
        b'&' => text[at..].starts_with("&yen;"),
        b'.' => {
            bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
                && (at == 0 || matches!(bytes[at - 1], b' ' | b'(' | b'\t' | b'\n'))
        }
        b if b >= 0x80 => char_at(text, at).is_some_and(|c| {
            matches!(c, '¥' | '￥' | '€' | '£' | '₩' | '฿' | '₱' | '₹' | '₿')
                || starts_chinese(text, at, c)
        }),
        _ => false,
    }
}

/// Whether the trigger word at token `i` starts a figure (see
/// [`is_trigger`]), its table value read from the token's lexicon entry.
fn is_trigger_token(tokens: &Tokens<'_>, i: usize) -> bool {
    let text = tokens.text();
    let t = tokens.all()[i];
    // The word is a whole trigger (the walk asked): when it is the only
    // trigger under its entry, no phrase is compared.
    let only = t.entry().and_then(|e| only_word(e, TRIGGERS));
    let Some(&trigger) = only.or_else(|| tokens.match_at(i, TRIGGERS).map(|(v, _)| v)) else {
        return false;
    };
    let next = tokens.all().get(i + 1);
    let next_kind = next.map(|n| n.kind());
    match trigger {
        // `a` and `an` stand for one only before a scale word (`a dozen`),
        // start a vague count, a fraction or a pair (`a few hundred`, `a
        // quarter of a million`, `a couple of`, `a third of them`), or are
        // the `A` of `A$`: a next word that starts no scale (nor is one of
        // [`SHARE_OR_PAIR`]) settles it. `half`
        // goes on with `a`. A number or line break next, or a mark other
        // than a glued `$`, starts neither.
        Trigger::Article => {
            if t.end() - t.start() <= 2
                && next.map_or(true, |n| {
                    n.kind() == Kind::Word
                        && !n.starts().has(Class::Scale)
                        && !n.starts().has(Class::Unit)
                        && !SHARE_OR_PAIR
                            .iter()
                            .any(|w| text[n.start()..n.end()].eq_ignore_ascii_case(w))
                })
            {
                return false;
            }
            let dollar = text.as_bytes().get(t.end()) == Some(&b'$');
            // (`half-dozen`: the hyphen joins the two words.)
            let joined = text[t.end()..].starts_with("-dozen");
            if matches!(next_kind, Some(Kind::Number | Kind::Newline))
                || (next_kind == Some(Kind::Punct) && !dollar && !joined)
            {
                return false;
            }
        }
        // A currency mark is this word and marks (`US$`, `Rs.`, `HK $`),
        // then a digit or point: a word, ideographs or a line break next
        // end it.
        Trigger::Currency => {
            if !matches!(next_kind, Some(Kind::Number | Kind::Punct)) {
                return false;
            }
        }
        Trigger::Word => {}
    }
    trigger_starts(text, t.start(), t.end() - t.start(), trigger)
}

/// Where the next figure might start at or after `pos`.
pub(super) fn next_candidate(text: &str, mut pos: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        let b = bytes[pos];
        // `&` for entity-encoded currency (`&yen;500`).
        if b.is_ascii_digit() || b == b'$' || (b == b'&' && text[pos..].starts_with("&yen;")) {
            return Some(pos);
        }
        // `.08`: a fraction with no leading zero, after a space or bracket.
        if b == b'.'
            && bytes.get(pos + 1).is_some_and(u8::is_ascii_digit)
            && (pos == 0 || matches!(bytes[pos - 1], b' ' | b'(' | b'\t' | b'\n'))
        {
            return Some(pos);
        }
        if b.is_ascii_alphabetic() {
            let len = ascii_word_len(&text[pos..]);
            if is_boundary_before(text, pos) && is_trigger(text, pos, len) {
                return Some(pos);
            }
            pos += len;
            continue;
        }
        if b >= 0x80 {
            let c = char_at(text, pos)?;
            let starts = digit_value(c).is_some()
                || matches!(c, '¥' | '￥' | '€' | '£' | '₩' | '฿' | '₱' | '₹' | '₿')
                || starts_chinese(text, pos, c);
            if starts {
                return Some(pos);
            }
            pos += c.len_utf8();
            continue;
        }
        pos += 1;
    }
    None
}

/// Words that can start a figure: number words, vague counts, `a`/`an`
/// (`a dozen`), `minus`, currency codes and dollar prefixes (`us` of `US$`,
/// `u` of `U.S.$`, `s` of `S$`, `mex` of `Mex$`).
pub(crate) const TRIGGERS: &Lexicon<Trigger> = &Lexicon::new(
    Class::Trigger,
    &[
        ("a", Trigger::Article),
        ("an", Trigger::Article),
        ("au", Trigger::Currency),
        ("aud", Trigger::Currency),
        ("billions", Trigger::Word),
        ("btc", Trigger::Currency),
        ("c", Trigger::Currency),
        ("cad", Trigger::Currency),
        ("can", Trigger::Currency),
        ("cny", Trigger::Currency),
        ("dozens", Trigger::Word),
        ("eight", Trigger::Word),
        ("eighteen", Trigger::Word),
        ("eightfold", Trigger::Word),
        ("eighty", Trigger::Word),
        ("eleven", Trigger::Word),
        ("eur", Trigger::Currency),
        ("fifteen", Trigger::Word),
        ("fifty", Trigger::Word),
        ("five", Trigger::Word),
        ("fivefold", Trigger::Word),
        ("forty", Trigger::Word),
        ("four", Trigger::Word),
        ("fourfold", Trigger::Word),
        ("fourteen", Trigger::Word),
        ("gbp", Trigger::Currency),
        ("half", Trigger::Article),
        ("hk", Trigger::Currency),
        ("hkd", Trigger::Currency),
        ("hundreds", Trigger::Word),
        ("inr", Trigger::Currency),
        ("jp", Trigger::Currency),
        ("jpy", Trigger::Currency),
        ("khr", Trigger::Currency),
        ("krw", Trigger::Currency),
        ("mex", Trigger::Currency),
        ("millions", Trigger::Word),
        ("minus", Trigger::Word),
        ("mmk", Trigger::Currency),
        ("mop", Trigger::Currency),
        ("mxn", Trigger::Currency),
        ("myr", Trigger::Currency),
        ("nine", Trigger::Word),
        ("ninefold", Trigger::Word),
        ("nineteen", Trigger::Word),
        ("ninety", Trigger::Word),
        ("nt", Trigger::Currency),
        ("nz", Trigger::Currency),
        ("nzd", Trigger::Currency),
        ("one", Trigger::Word),
        ("php", Trigger::Currency),
        ("quarter", Trigger::Article),
        ("rm", Trigger::Currency),
        ("rmb", Trigger::Currency),
        ("rs", Trigger::Currency),
        ("s", Trigger::Currency),
        ("scores", Trigger::Word),
        ("seven", Trigger::Word),
        ("sevenfold", Trigger::Word),
        ("seventeen", Trigger::Word),
        ("seventy", Trigger::Word),
        ("several", Trigger::Word),
        ("sgd", Trigger::Currency),
        ("six", Trigger::Word),
        ("sixfold", Trigger::Word),
        ("sixteen", Trigger::Word),
        ("sixty", Trigger::Word),
        ("ten", Trigger::Word),
        ("tenfold", Trigger::Word),
        ("tens", Trigger::Word),
        ("thb", Trigger::Currency),
        ("thirteen", Trigger::Word),
        ("thirty", Trigger::Word),
        ("thousands", Trigger::Word),
        ("three", Trigger::Word),
        ("threefold", Trigger::Word),
        ("twd", Trigger::Currency),
        ("twelve", Trigger::Word),
        ("twenty", Trigger::Word),
        ("two", Trigger::Word),
        ("twofold", Trigger::Word),
        ("u", Trigger::Currency),
        ("us", Trigger::Currency),
        ("usd", Trigger::Currency),
        ("usdt", Trigger::Currency),
        ("zero", Trigger::Word),
    ],
);

/// What a trigger word needs after it to start a figure.
#[derive(Clone, Copy)]
pub(crate) enum Trigger {
    /// A number word or vague count: always a candidate.
    Word,
    /// `a`, `an`, `half`: only before a scale word (`a dozen`, `half a
    /// million`), or as `A$`.
    Article,
    /// A currency code or dollar prefix: only with a number after it.
    Currency,
}

/// Whether the word at `at` (of length `len`) may start a figure. Articles
/// and currency prefixes are checked on the spot, so the common `a` costs
/// one table lookup and no figure parse.
fn is_trigger(text: &str, at: usize, len: usize) -> bool {
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    let word = &text[at..at + len];
    let filter = FILTER.get_or_init(|| WordFilter::of(TRIGGERS));
    if !filter.may_start(word) {
        return false;
    }
    match match_prefix(word, TRIGGERS) {
        Some((&trigger, l)) => l == len && trigger_starts(text, at, len, trigger),
        None => false,
    }
}

/// Whether the whole trigger word at `at` (of length `len`) starts a figure.
fn trigger_starts(text: &str, at: usize, len: usize, trigger: Trigger) -> bool {
    match trigger {
        Trigger::Word => true,
        // `a` is also the `A` of `A$15`.
        Trigger::Article => {
            number::article(&text[at..]).is_ok()
                || (number::article_before_unit(&text[at..]).is_ok() && !after_a_price(text, at))
                || number::half_article(&text[at..]).is_ok()
                || number::quarter_article(&text[at..]).is_ok()
                || number::article_fraction(&text[at..]).is_ok()
                || number::couple_of(&text[at..]).is_ok()
                || number::score_of(&text[at..]).is_ok()
                || number::half_dozen(&text[at..]).is_ok()
                || match_prefix(&text[at..], VAGUE).is_some()
                || (text[at + len..].starts_with('$') && unit::currency_before(&text[at..]).is_ok())
        }
        Trigger::Currency => unit::currency_before(&text[at..]).is_ok(),
    }
}

/// `300 yuan a gram`, `$50 a kilo`, `7 yuan a litre`: an article one space
/// after a price (a currency word, or digits after a currency sign) reads
/// `per`, a rate, not one more unit (`seized a ton`, `in 2023 a ton` count).
pub(super) fn after_a_price(text: &str, at: usize) -> bool {
    let Some(end) = at.checked_sub(1).filter(|&e| text.as_bytes()[e] == b' ') else {
        return false;
    };
    let word = crate::text::ascii_word_before(text, end);
    if !word.is_empty() {
        return matches!(unit::unit_after(word), Ok(("", (u, _))) if u.is_currency());
    }
    let digits = text[..end].trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    digits.len() < end && digits.ends_with(['$', '¥', '￥', '€', '£'])
}
