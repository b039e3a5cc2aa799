//! The auxiliaries and adverbs that carry a passive between a counted
//! noun and its verb.

use crate::lex::{Class, Lexicon};

/// Words between a counted noun and its verb in the passive
/// (`15 cases were successfully cracked`).
pub(crate) const AUXILIARIES: &Lexicon<()> = &Lexicon::new(
    Class::Auxiliary,
    &[
        ("all", ()),
        ("already", ()),
        ("also", ()),
        ("are", ()),
        ("be", ()),
        ("been", ()),
        ("being", ()),
        ("criminally", ()),
        ("had", ()),
        ("has", ()),
        ("have", ()),
        ("in total", ()),
        ("is", ()),
        ("on site", ()),
        ("remain", ()),
        ("remained", ()),
        ("remains", ()),
        ("respectively", ()),
        ("successfully", ()),
        ("temporarily", ()),
        ("together", ()),
        ("was", ()),
        ("were", ()),
    ],
);
