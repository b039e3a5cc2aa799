//! Enums with one written form per value: the SPEC spelling.
//!
//! [`spelled_enum!`] declares a fieldless enum together with `as_str`,
//! `ALL`, `Display`, `FromStr`, `Serialize` and `Deserialize`, all from one
//! table of `Variant = "spelling"` rows, so the spelling used in JSON, in
//! CSV and on the screen can never drift apart.

/// Declare a fieldless enum whose values have one spelling each.
///
/// Every variant is written `Variant = "spelling"`; the spelling is what
/// `as_str`, `Display` and serde produce and what `FromStr` and serde accept.
macro_rules! spelled_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $spelling:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The SPEC spelling, as serialized.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $spelling, )+
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::Error;

            /// Read the SPEC spelling back (exact, case-sensitive).
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $( $spelling => Ok($name::$variant), )+
                    _ => Err($crate::Error::unknown_name(
                        stringify!($name),
                        s,
                        &[$($spelling),+],
                    )),
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                match s.as_ref() {
                    $( $spelling => Ok($name::$variant), )+
                    other => Err(<D::Error as ::serde::de::Error>::unknown_variant(
                        other,
                        &[$($spelling),+],
                    )),
                }
            }
        }
    };
}

pub(crate) use spelled_enum;

#[cfg(test)]
mod tests {
    use crate::{
        AgencyLevel, Basis, Direction, Qualifier, SeizureAction, SeizureKind, TallyKind, Unit,
    };

    /// Every value of every spelled enum reads back from its `Display`,
    /// from its JSON, and is spelled in the SPEC's style.
    fn round_trips<T>(all: &[T])
    where
        T: Copy + std::fmt::Debug + PartialEq + std::fmt::Display + std::str::FromStr,
        T: serde::Serialize + serde::de::DeserializeOwned,
        <T as std::str::FromStr>::Err: std::fmt::Debug,
    {
        let mut seen = std::collections::HashSet::new();
        for &v in all {
            let s = v.to_string();
            assert!(seen.insert(s.clone()), "{s} spelled twice");
            assert_eq!(s.parse::<T>().unwrap(), v);
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{s}\""));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
        }
    }

    #[test]
    fn every_spelling_round_trips() {
        round_trips(TallyKind::ALL);
        round_trips(SeizureKind::ALL);
        round_trips(SeizureAction::ALL);
        round_trips(AgencyLevel::ALL);
        round_trips(Qualifier::ALL);
        round_trips(Unit::ALL);
        round_trips(Direction::ALL);
        round_trips(Basis::ALL);
        assert_eq!(TallyKind::ALL.len(), 20);
        assert_eq!(format!("[{:>9}]", Basis::YearOnYear), "[year_on_year]");
        assert_eq!(format!("[{:<8}]", Direction::Increase), "[increase]");
    }

    #[test]
    fn unknown_spellings_are_errors_naming_the_choices() {
        let err = "Arrests".parse::<TallyKind>().unwrap_err();
        assert!(
            err.to_string()
                .starts_with("unknown TallyKind \"Arrests\": expected one of arrests, fugitives,"),
            "{err}"
        );
        let err = serde_json::from_str::<Unit>("\"usd\"").unwrap_err();
        assert!(err.to_string().contains("unknown variant `usd`"), "{err}");
    }
}
