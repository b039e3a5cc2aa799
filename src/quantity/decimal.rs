//! Exact decimals: `±digits / 10^scale`, with checked arithmetic.
//!
//! Bulletin numbers are parsed digit by digit into a `u128` and scaled by
//! exact multiplication, so `5.5 million` is exactly 5500000 and `0.3%` is
//! exactly 0.3. Values whose integer part exceeds `u64::MAX` are rejected
//! (the caller turns that into a warning).

use std::cmp::Ordering;
use std::fmt;

use std::str::FromStr;

use serde::{de, Deserialize, Deserializer, Serialize};

use crate::Error;

/// Largest number of fractional digits kept.
const MAX_SCALE: u32 = 18;

/// An exact decimal number (negative only when the text writes a sign:
/// `-3.2%`, `minus 5 percent`).
///
/// Serializes as a JSON integer when it is whole, else as the nearest `f64`
/// (the JSON edge is the only place a float appears). [`Display`](fmt::Display)
/// prints the exact digits.
///
/// # Example
///
/// ```
/// let b = police_bulletin::Bulletin::parse("fines of 5.5 million yuan").unwrap();
/// let value = b.figures[0].value;
/// assert_eq!(value.to_string(), "5500000");
/// assert_eq!(value.as_u64(), Some(5_500_000));
/// ```
/// The representation is canonical (no trailing fractional zeros), so the
/// derived equality and hash are equality and hash of the value.
///
/// The digits are held as two `u64` halves, not a `u128`: 8-byte aligned,
/// a decimal is 24 bytes instead of 32, and the number rules and every
/// figure copy it often.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    /// The digits' low and high 64 bits.
    lo: u64,
    hi: u64,
    scale: u32,
    /// Never set on zero, so that equality stays equality of value.
    negative: bool,
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decimal")
            .field("digits", &self.digits())
            .field("scale", &self.scale)
            .field("negative", &self.negative)
            .finish()
    }
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal::raw(0, 0, false);

    /// `digits / 10^scale` with a sign, as given (not normalized).
    const fn raw(digits: u128, scale: u32, negative: bool) -> Self {
        Decimal {
            lo: digits as u64,
            hi: (digits >> 64) as u64,
            scale,
            negative,
        }
    }

    /// The digits, `value * 10^scale` without the sign.
    #[inline]
    const fn digits(self) -> u128 {
        (self.hi as u128) << 64 | self.lo as u128
    }

    /// A whole number.
    pub const fn from_u64(n: u64) -> Self {
        Decimal::raw(n as u128, 0, false)
    }

    /// `digits / 10^scale`, or `None` when out of range.
    pub(crate) fn new(digits: u128, scale: u32) -> Option<Self> {
        if scale > MAX_SCALE {
            return None;
        }
        Decimal::raw(digits, scale, false).normalized().checked()
    }

    fn normalized(self) -> Self {
        let mut scale = self.scale;
        // Most values fit a u64: their zeros are dropped in 64-bit
        // arithmetic, the same as in 128-bit.
        let digits = if self.hi == 0 {
            let mut digits = self.lo;
            while scale > 0 && digits % 10 == 0 {
                digits /= 10;
                scale -= 1;
            }
            u128::from(digits)
        } else {
            let mut digits = self.digits();
            while scale > 0 && digits % 10 == 0 {
                digits /= 10;
                scale -= 1;
            }
            digits
        };
        Decimal::raw(digits, scale, self.negative && digits != 0)
    }

    /// The same size with the sign flipped.
    pub(crate) fn negated(self) -> Self {
        Decimal {
            negative: !self.negative,
            ..self
        }
        .normalized()
    }

    /// The size, without sign.
    pub fn abs(self) -> Self {
        Decimal {
            negative: false,
            ..self
        }
    }

    /// Whether the value is below zero.
    pub fn is_negative(self) -> bool {
        self.negative
    }

    fn checked(self) -> Option<Self> {
        // Digits that fit a u64 have an integer part that does: no division.
        let fits = self.hi == 0 || self.digits() / 10u128.pow(self.scale) <= u128::from(u64::MAX);
        fits.then_some(self)
    }

    /// `self * other`, exactly, or `None` when the result does not fit.
    ///
    /// ```
    /// use police_bulletin::Decimal;
    /// let rate: Decimal = "0.125".parse()?;
    /// assert_eq!(rate.checked_mul(Decimal::from_u64(8)), Some(Decimal::from_u64(1)));
    /// assert_eq!(Decimal::from_u64(u64::MAX).checked_mul(Decimal::from_u64(2)), None);
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let digits = self.digits().checked_mul(other.digits())?;
        let d = Decimal::raw(
            digits,
            self.scale + other.scale,
            self.negative != other.negative,
        )
        .normalized();
        // A digit past MAX_SCALE would be lost: not exact, so no value.
        if d.scale > MAX_SCALE {
            return None;
        }
        d.checked()
    }

    /// `self + other`, exactly, or `None` when the result does not fit.
    ///
    /// ```
    /// use police_bulletin::Decimal;
    /// let a: Decimal = "0.1".parse()?;
    /// let b: Decimal = "0.2".parse()?;
    /// assert_eq!(a.checked_add(b).unwrap().to_string(), "0.3"); // exact, unlike f64
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        // At one scale (most sums: whole numbers) the digits add as they are.
        let (a, b) = if self.scale == other.scale {
            (self.digits(), other.digits())
        } else {
            let a = self.digits().checked_mul(10u128.pow(scale - self.scale))?;
            let b = other
                .digits()
                .checked_mul(10u128.pow(scale - other.scale))?;
            (a, b)
        };
        let (digits, negative) = if self.negative == other.negative {
            (a.checked_add(b)?, self.negative)
        } else if a >= b {
            (a - b, self.negative)
        } else {
            (b - a, other.negative)
        };
        Decimal::raw(digits, scale, negative).normalized().checked()
    }

    /// Whether the number has no fractional part.
    pub fn is_integer(self) -> bool {
        self.scale == 0
    }

    /// The value as a `u64`, when it is whole.
    pub fn as_u64(self) -> Option<u64> {
        if self.scale == 0 && !self.negative {
            u64::try_from(self.digits()).ok()
        } else {
            None
        }
    }

    /// The value as an `i64`, when it is whole and fits.
    pub fn as_i64(self) -> Option<i64> {
        if self.scale != 0 {
            return None;
        }
        let n = i64::try_from(self.digits()).ok()?;
        Some(if self.negative { -n } else { n })
    }

    /// The nearest `f64`: for display and statistics, not for further exact work.
    pub fn to_f64(self) -> f64 {
        // Digits a float holds exactly over a power of ten it holds exactly
        // (up to 10^22): one division, which IEEE rounds correctly, gives
        // the nearest float. The rest parse their exact decimal string.
        match POW10.get(self.scale as usize) {
            Some(&pow) if self.digits() <= 1 << 53 => {
                let v = self.digits() as f64 / pow;
                if self.negative {
                    -v
                } else {
                    v
                }
            }
            _ => self.to_f64_by_text(),
        }
    }

    /// [`Decimal::to_f64`] for any value: the correctly rounded float of
    /// its exact decimal string.
    fn to_f64_by_text(self) -> f64 {
        self.to_string().parse().unwrap_or(f64::NAN)
    }
}

/// The powers of ten that an `f64` holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

impl PartialOrd for Decimal {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    /// Two values of one sign and one scale (most compares: whole numbers)
    /// are ordered by their digits, inline; the rest out of line.
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        if !self.negative && !other.negative && self.scale == other.scale {
            return self.digits().cmp(&other.digits());
        }
        self.cmp_slow(other)
    }
}

impl Decimal {
    /// [`Ord::cmp`] for any two values.
    #[inline(never)]
    fn cmp_slow(&self, other: &Self) -> Ordering {
        match (self.negative, other.negative) {
            (false, true) => return Ordering::Greater,
            (true, false) => return Ordering::Less,
            (true, true) => return other.abs().cmp(&self.abs()),
            (false, false) => {}
        }
        // At one scale the digits order the values: no division (most
        // compares are of whole numbers).
        if self.scale == other.scale {
            return self.digits().cmp(&other.digits());
        }
        let ia = self.digits() / 10u128.pow(self.scale);
        let ib = other.digits() / 10u128.pow(other.scale);
        ia.cmp(&ib).then_with(|| {
            // Integer parts agree (both <= u64::MAX): compare fractions at a
            // common scale, which cannot overflow since each is < 10^18.
            let scale = self.scale.max(other.scale);
            let fa = (self.digits() % 10u128.pow(self.scale)) * 10u128.pow(scale - self.scale);
            let fb = (other.digits() % 10u128.pow(other.scale)) * 10u128.pow(scale - other.scale);
            fa.cmp(&fb)
        })
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pow = 10u128.pow(self.scale);
        let int = self.digits() / pow;
        if self.negative {
            f.write_str("-")?;
        }
        if self.scale == 0 {
            write!(f, "{int}")
        } else {
            let frac = self.digits() % pow;
            write!(f, "{int}.{frac:0width$}", width = self.scale as usize)
        }
    }
}

impl Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.as_u64(), self.as_i64()) {
            (Some(n), _) => serializer.serialize_u64(n),
            (None, Some(n)) => serializer.serialize_i64(n),
            // Whole but below i64::MIN: still exact digits in the JSON.
            (None, None) if self.scale == 0 => serializer.serialize_i128(-(self.digits() as i128)),
            (None, None) => serializer.serialize_f64(self.to_f64()),
        }
    }
}

impl FromStr for Decimal {
    type Err = Error;

    /// Read the exact digits [`Display`](fmt::Display) writes: `5500000`,
    /// `-3.2`, `0.3`, `96.30` (trailing zeros are fine). No exponent, no
    /// separators.
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::bad_number(s);
        let (negative, unsigned) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty() || !all_digits(int) || !all_digits(frac) || (s.ends_with('.')) {
            return Err(bad());
        }
        let frac = frac.trim_end_matches('0');
        let scale = u32::try_from(frac.len()).map_err(|_| bad())?;
        let mut digits: u128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            digits = digits
                .checked_mul(10)
                .and_then(|d| d.checked_add(u128::from(b - b'0')))
                .ok_or_else(bad)?;
        }
        let value = Decimal::new(digits, scale).ok_or_else(bad)?;
        Ok(if negative { value.negated() } else { value })
    }
}

impl std::ops::Neg for Decimal {
    type Output = Decimal;

    /// The same size with the sign flipped (zero stays zero).
    fn neg(self) -> Decimal {
        self.negated()
    }
}

impl<'de> Deserialize<'de> for Decimal {
    /// Reads a JSON integer exactly; a JSON float through its shortest
    /// decimal form, so every value of up to 15 significant digits that
    /// [`Serialize`] wrote comes back exactly; a string through
    /// [`FromStr`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl de::Visitor<'_> for Visitor {
            type Value = Decimal;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Decimal, E> {
                Ok(Decimal::from_u64(n))
            }

            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Decimal, E> {
                let size = Decimal::from_u64(n.unsigned_abs());
                Ok(if n < 0 { -size } else { size })
            }

            fn visit_f64<E: de::Error>(self, x: f64) -> Result<Decimal, E> {
                // `{}` prints the shortest digits that read back as `x`.
                format!("{x}")
                    .parse()
                    .map_err(|_| E::invalid_value(de::Unexpected::Float(x), &self))
            }

            fn visit_str<E: de::Error>(self, s: &str) -> Result<Decimal, E> {
                s.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(digits: u128, scale: u32) -> Decimal {
        Decimal::new(digits, scale).unwrap()
    }

    #[test]
    fn scaling_is_exact() {
        let million = Decimal::from_u64(1_000_000);
        assert_eq!(
            d(55, 1).checked_mul(million),
            Some(Decimal::from_u64(5_500_000))
        );
        assert_eq!(
            d(307, 2)
                .checked_mul(Decimal::from_u64(1_000_000_000))
                .unwrap()
                .as_u64(),
            Some(3_070_000_000)
        );
        assert_eq!(d(3, 1).to_string(), "0.3");
        assert_eq!(d(3, 1).to_f64(), 0.3);
        assert_eq!(d(5110, 3).to_string(), "5.11");
    }

    proptest::proptest! {
        /// The one-division float is the one the exact string parses to.
        #[test]
        fn to_f64_is_the_correctly_rounded_float(
            digits in 0u128..1 << 60,
            scale in 0u32..30,
            negative: bool,
        ) {
            if let Some(v) = Decimal::new(digits, scale) {
                let v = if negative { v.negated() } else { v };
                proptest::prop_assert_eq!(v.to_f64().to_bits(), v.to_f64_by_text().to_bits());
            }
        }
    }

    #[test]
    fn to_f64_reads_past_the_exact_floats_from_text() {
        for digits in [(1 << 53) - 1, 1 << 53, (1 << 53) + 1, u128::from(u64::MAX)] {
            for scale in [0, 1, 17, MAX_SCALE] {
                let v = d(digits, scale);
                assert_eq!(v.to_f64().to_bits(), v.to_f64_by_text().to_bits(), "{v}");
            }
        }
    }

    #[test]
    fn addition_aligns_scales() {
        let a = Decimal::from_u64(1_000_000);
        let b = d(7, 1).checked_mul(Decimal::from_u64(1_000_000)).unwrap();
        assert_eq!(a.checked_add(b).unwrap().as_u64(), Some(1_700_000));
        assert_eq!(d(25, 1).checked_add(d(5, 2)).unwrap().to_string(), "2.55");
    }

    #[test]
    fn overflow_is_none() {
        assert!(Decimal::new(u128::from(u64::MAX) + 1, 0).is_none());
        assert!(Decimal::from_u64(u64::MAX)
            .checked_mul(Decimal::from_u64(10))
            .is_none());
        assert!(Decimal::from_u64(u64::MAX)
            .checked_add(Decimal::from_u64(1))
            .is_none());
    }

    #[test]
    fn ordering_compares_values() {
        assert!(d(15, 1) < Decimal::from_u64(2));
        assert!(d(105, 2) > d(1, 0));
        assert_eq!(d(10, 1), Decimal::from_u64(1));
    }

    #[test]
    fn reads_back_what_it_writes() {
        for s in [
            "0",
            "5500000",
            "0.3",
            "96.3",
            "18446744073709551615",
            "0.000000000000000001",
            "-3.2",
            "-1200",
        ] {
            assert_eq!(s.parse::<Decimal>().unwrap().to_string(), s);
        }
        assert_eq!("2.50".parse::<Decimal>().unwrap(), d(25, 1));
        for bad in [
            "",
            ".",
            "1.",
            ".5",
            "1,000",
            "1e5",
            "-",
            "--1",
            "+1",
            "18446744073709551616",
            "0.0000000000000000001",
            "x",
        ] {
            assert!(bad.parse::<Decimal>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn json_round_trip() {
        for v in [
            d(963, 1),
            d(3, 1),
            Decimal::from_u64(u64::MAX),
            d(123456789012345, 6),
            -d(32, 1),
            -Decimal::from_u64(i64::MAX as u64 + 1),
        ] {
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(serde_json::from_str::<Decimal>(&json).unwrap(), v, "{json}");
        }
        assert_eq!(serde_json::from_str::<Decimal>("\"0.1\"").unwrap(), d(1, 1));
        assert_eq!(
            serde_json::from_str::<Decimal>("-1").unwrap(),
            -Decimal::from_u64(1)
        );
        assert_eq!("-0".parse::<Decimal>().unwrap(), Decimal::ZERO);
        let below_i64 = serde_json::to_string(&-Decimal::from_u64(u64::MAX)).unwrap();
        assert_eq!(below_i64, "-18446744073709551615");
    }

    #[test]
    fn signs() {
        let m = d(32, 1).negated();
        assert_eq!(m.to_string(), "-3.2");
        assert!(m < Decimal::ZERO && m < d(1, 1).negated());
        assert_eq!(Decimal::ZERO.negated(), Decimal::ZERO);
        assert_eq!(m.abs(), d(32, 1));
        assert_eq!(
            serde_json::to_string(&Decimal::from_u64(1200).negated()).unwrap(),
            "-1200"
        );
        assert_eq!(serde_json::to_string(&m).unwrap(), "-3.2");
        assert_eq!(
            m.checked_mul(Decimal::from_u64(10)).unwrap().to_string(),
            "-32"
        );
        assert_eq!(m.checked_add(d(5, 0)).unwrap().to_string(), "1.8");
    }

    #[test]
    fn precision_past_the_scale_is_none() {
        assert!(d(1, 18).checked_mul(d(1, 9)).is_none());
        assert_eq!(d(1, 9).checked_mul(d(1, 9)), Some(d(1, 18)));
    }

    #[test]
    fn serializes_integers_as_integers() {
        assert_eq!(serde_json::to_string(&Decimal::from_u64(12)).unwrap(), "12");
        assert_eq!(serde_json::to_string(&d(963, 1)).unwrap(), "96.3");
    }
}
