//! The verb table: each verb as written, with its class (`verb_class.rs`).
//! Its rows are kept in two files by first letter, `verbs/a_to_k.rs` and
//! `verbs/l_to_z.rs`, joined here into the one sorted table.

use super::Verb;
use crate::lex::{Class, Lexicon};

mod a_to_k;
mod l_to_z;
use a_to_k::A_TO_K;
use l_to_z::L_TO_Z;

/// Verbs, as written around a number (`arrested 15 people`, `15 people were
/// arrested`).
pub(crate) const VERBS: &Lexicon<Verb> = &Lexicon::new(Class::Verb, &ROWS);

/// The rows of both parts, in order, as one array.
const ROWS: [(&str, Verb); A_TO_K.len() + L_TO_Z.len()] = joined(A_TO_K, L_TO_Z);

/// `a` then `b`, copied into one array of their joined length, at compile
/// time.
const fn joined<const N: usize>(
    a: &[(&'static str, Verb)],
    b: &[(&'static str, Verb)],
) -> [(&'static str, Verb); N] {
    let mut out = [("", Verb::Arrest); N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}
