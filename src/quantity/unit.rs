//! nom grammar for the unit written after a number: currency words, percent,
//! mass, area, length and volume, with the factor that normalizes it.

use nom::error::{Error, ErrorKind};
use nom::{Err, IResult};

use super::decimal::Decimal;
use super::words::UNITS_AFTER;
use super::Unit;
use crate::text::{match_prefix, skip_spaces};

/// A unit after the number (`%`, ` yuan`, `-USD`, ` kilograms`, `吨`) and the
/// exact factor to its SPEC unit (tons → kg is 1000).
pub(crate) fn unit_after(input: &str) -> IResult<&str, (Unit, Decimal)> {
    let spaced = skip_spaces(input, 0, 2);
    let i = match input.as_bytes().get(spaced) {
        Some(b'-') if spaced == 0 => 1,
        _ => spaced,
    };
    let s = &input[i..];
    let fail = || Err(Err::Error(Error::new(input, ErrorKind::Tag)));
    let Some((&(unit, (digits, scale)), len)) = match_prefix(s, UNITS_AFTER) else {
        return fail();
    };
    // `5G` is a network, not five grams; `G` alone is never the gram.
    if s.starts_with('G') && len == 1 {
        return fail();
    }
    let factor = Decimal::new(u128::from(digits), scale)
        .ok_or_else(|| Err::Error(Error::new(input, ErrorKind::Tag)))?;
    Ok((&s[len..], (unit, factor)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Option<(&'static str, String, &str)> {
        unit_after(s)
            .ok()
            .map(|(rest, (u, f))| (u.as_str(), f.to_string(), rest))
    }

    #[test]
    fn units_and_factors() {
        assert_eq!(u("% of cases"), Some(("percent", "1".into(), " of cases")));
        assert_eq!(u(" per cent"), Some(("percent", "1".into(), "")));
        assert_eq!(u(" percentage points"), Some(("percent", "1".into(), "")));
        assert_eq!(u(" tonnes of"), Some(("kg", "1000".into(), " of")));
        assert_eq!(u(" tones"), Some(("kg", "1000".into(), "")));
        assert_eq!(u(" grams"), Some(("kg", "0.001".into(), "")));
        assert_eq!(u(" jin"), Some(("kg", "0.5".into(), "")));
        assert_eq!(u("-USD loss"), Some(("USD", "1".into(), " loss")));
        assert_eq!(u(" U.S. dollars"), Some(("USD", "1".into(), "")));
        assert_eq!(u("吨"), Some(("kg", "1000".into(), "")));
        assert_eq!(u(" mu of land"), Some(("mu", "1".into(), " of land")));
    }

    #[test]
    fn non_units() {
        assert_eq!(u("G network"), None);
        assert_eq!(u(" tonsils"), None);
        assert_eq!(u(" people"), None);
        assert_eq!(u(" - yuan"), None);
    }
}
