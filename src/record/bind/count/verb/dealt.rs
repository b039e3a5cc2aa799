//! Verbs dealt out to counts: a list of verbs that `respectively` deals
//! to a run of numbers, and an act joined by `and` to a later stage.

use super::*;

impl Binder<'_, '_> {
    /// The verb of a number at `at` whose nearest verb to the left is
    /// `left`: the one `respectively` deals to it when verbs are listed
    /// before a run of numbers (`froze and returned 5.7 million yuan and 4.4
    /// million yuan respectively`), else `left`.
    pub(in crate::record::bind) fn dealt_left_verb(
        &mut self,
        left: (Verb, usize),
        at: usize,
        sentence_end: usize,
    ) -> (Verb, usize) {
        let dealt = self.respectively.first(self.text, at, sentence_end);
        let Some(end) = dealt else {
            return left;
        };
        dealt_verb(&self.words, &self.index.verbs, left, at, end).unwrap_or(left)
    }
}

/// The verb of the count at `at`, given the nearest verb to its `left`:
/// the one that `respectively` deals to it ([`dealt_verb`]; then `true`),
/// else an act joined to a later stage ([`justice_pair`]),
/// else the nearest.
pub(super) fn respective_verb(
    w: &Words<'_, '_>,
    verbs: &[(usize, usize, Verb)],
    left: (Verb, usize),
    at: usize,
    dealt: Option<usize>,
) -> (Verb, usize, bool) {
    let verb = match dealt {
        Some(end) => dealt_verb(w, verbs, left, at, end).map(|(v, s)| (v, s, true)),
        None => justice_pair(w, verbs, left).map(|(v, s)| (v, s, false)),
    };
    verb.unwrap_or((left.0, left.1, false))
}

/// `arrested and prosecuted 45 and 30 suspects respectively`,
/// `arrested, prosecuted and sentenced 12, 9 and 7 people respectively`:
/// verbs listed with commas and `and` right before a run of numbers that
/// `respectively` (at `end`) deals out; the k-th number takes the k-th
/// verb, when there are as many verbs as numbers.
fn dealt_verb(
    w: &Words<'_, '_>,
    verbs: &[(usize, usize, Verb)],
    left: (Verb, usize),
    at: usize,
    end: usize,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let (_, nearest) = left;
    let verb_end = nearest + w.verb_on(nearest)?.1;
    let k = numbers_in(text.get(verb_end..at)?);
    let n = k + numbers_in(text.get(at..end)?);
    if !(2..=MAX_LIST).contains(&n) {
        return None;
    }
    // The listed verbs, nearest first.
    let mut listed = vec![left];
    while listed.len() < n {
        let (_, s) = listed[listed.len() - 1];
        let before = text.get(..s)?.trim_end();
        let e = before
            .strip_suffix(" and")
            .or_else(|| before.strip_suffix(','))?
            .trim_end_matches([' ', ','])
            .len();
        let i = verbs.partition_point(|&(end, _, _)| end < e);
        let &(_, s, v) = verbs.get(i).filter(|&&(end, _, _)| end == e)?;
        listed.push((v, s));
    }
    listed.get(n - 1 - k).copied()
}

/// How many numbers `s` holds (`12, 9 and 7`: three; `1,200`: one).
fn numbers_in(s: &str) -> usize {
    let b = s.as_bytes();
    (0..b.len())
        .filter(|&i| {
            let joined = i >= 2 && matches!(b[i - 1], b',' | b'.') && b[i - 2].is_ascii_digit();
            b[i].is_ascii_digit() && !(i > 0 && b[i - 1].is_ascii_digit()) && !joined
        })
        .count()
}

/// `arrested and prosecuted 45 suspects`, `detained and transferred 18
/// people for prosecution`, `rescued and released 260 wild birds`,
/// `checked and released 400 vehicles`: a later stage (of justice, or a
/// release) joined by `and` to a verb right before it that makes a record
/// ([`opens_pair`]); one count, of the earlier verb. So for two verbs of
/// taking, or taking then destroying (`confiscated and destroyed`).
fn justice_pair(
    w: &Words<'_, '_>,
    verbs: &[(usize, usize, Verb)],
    left: (Verb, usize),
) -> Option<(Verb, usize)> {
    let (v, at) = left;
    let taking = |v: Verb| matches!(v, Verb::Seize | Verb::Confiscate | Verb::Recover);
    if v != Verb::Prosecute && !taking(v) && v != Verb::Bust {
        return None;
    }
    let before = w
        .text()
        .get(..at)?
        .trim_end()
        .strip_suffix(" and")?
        .trim_end();
    let e = before.len();
    let i = verbs.partition_point(|&(end, _, _)| end < e);
    let &(end, s, first) = verbs.get(i)?;
    // `confiscated and destroyed 36 guns`, `seized and collected 1,200
    // bullets`: what was taken, by the first verb that took it.
    let paired = match v {
        Verb::Prosecute => opens_pair(first),
        _ => taking(first),
    };
    (end == e && paired).then_some((first, s))
}

/// Whether `v`, joined by `and` to a later stage of justice, is what the
/// count after them records: an act of the police's that stands on its
/// own before what follows it.
fn opens_pair(v: Verb) -> bool {
    match v {
        Verb::Arrest
        | Verb::Detain
        | Verb::Solve
        | Verb::File
        | Verb::Check
        | Verb::Find
        | Verb::Handle
        | Verb::Rescue
        | Verb::Seize
        | Verb::Confiscate
        | Verb::Recover
        | Verb::Bust => true,
        // (A deployment, rectification, fraud work or publicity is no
        // step before a prosecution; a harm or an act of the counted's is
        // not the police's.)
        Verb::Deploy
        | Verb::Rectify
        | Verb::Mediate
        | Verb::Publicize
        | Verb::Freeze
        | Verb::Intercept
        | Verb::Return
        | Verb::Dissuade
        | Verb::Visit
        | Verb::Issue
        | Verb::Avoid
        | Verb::Block
        | Verb::Prosecute
        | Verb::Harm
        | Verb::Surrender
        | Verb::Commit => false,
    }
}
