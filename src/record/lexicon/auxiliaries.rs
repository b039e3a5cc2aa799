//! The auxiliaries and adverbs that carry a passive between a counted
//! noun and its verb.

use crate::lex::{Class, Lexicon};

/// What an auxiliary says of the verb after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Aux {
    /// A form of `be`: with a participle, the passive (`were seized`).
    Be,
    /// A form of `have`: the perfect (`have closed`).
    Have,
    /// An adverb or phrase that stands between them (`successfully`, `in
    /// total`), or `remain`.
    Other,
}

/// Words between a counted noun and its verb in the passive
/// (`15 cases were successfully cracked`).
pub(crate) const AUXILIARIES: &Lexicon<Aux> = &Lexicon::new(
    Class::Auxiliary,
    &[
        ("all", Aux::Other),
        ("already", Aux::Other),
        ("also", Aux::Other),
        ("are", Aux::Be),
        ("be", Aux::Be),
        ("been", Aux::Be),
        ("being", Aux::Be),
        ("criminally", Aux::Other),
        ("had", Aux::Have),
        ("has", Aux::Have),
        ("have", Aux::Have),
        ("in total", Aux::Other),
        ("is", Aux::Be),
        ("on site", Aux::Other),
        ("remain", Aux::Other),
        ("remained", Aux::Other),
        ("remains", Aux::Other),
        ("respectively", Aux::Other),
        ("successfully", Aux::Other),
        ("temporarily", Aux::Other),
        ("together", Aux::Other),
        ("was", Aux::Be),
        ("were", Aux::Be),
    ],
);
