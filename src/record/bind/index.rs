//! The per-bulletin index: one pass over the tokens finds where the
//! context words, verb phrases, clause edges, ` and `s before a verb and
//! trend words stand, and marks each token's start ([`Starts`]), so that
//! each figure's questions are binary searches, not scans.

use super::*;

/// Where the words of the context tables and the verbs stand, and where
/// clauses may end, found in one pass over the tokens, so that each
/// figure's questions (is its clause about fraud? which verb is left of it?
/// where does its clause end?) are binary searches, not scans.
#[derive(Default)]
pub(super) struct Index {
    pub(super) fraud: Vec<usize>,
    pub(super) telecom: Vec<usize>,
    pub(super) other_crimes: Vec<usize>,
    /// Words of a total of many crimes ([`MIXED_TOTALS`]): like another
    /// crime's, but only in their own clause (no list runs on from them).
    pub(super) mixed: Vec<usize>,
    /// Words of a count of all crime ([`GENERAL_TOTALS`]): like another
    /// crime's in a sentence that names no fraud.
    pub(super) general: Vec<usize>,
    /// `(end, start, verb)`, sorted by end; the longest phrase per end.
    pub(super) verbs: Vec<(usize, usize, Verb)>,
    /// The token indices of the clause edges ([`clause_edge`]).
    pub(super) edges: Vec<usize>,
    /// Each ` and ` that a verb phrase follows ([`AndVerb`]), in order.
    pub(super) and_verbs: Vec<AndVerb>,
    /// Where each word that may start a [`TREND_BEFORE`] phrase starts: a
    /// figure with none just before it has no direction word there.
    pub(super) trend_words: Vec<usize>,
    /// Whether any verb of `verbs` is a [`Verb::Commit`] (`who sold`): a
    /// bulletin with none needs no look for one left of a count.
    pub(super) commits: bool,
}

/// An ` and ` that a verb phrase follows (`busted 41 gangs and solved`),
/// where a new clause starts.
#[derive(Clone, Copy)]
pub(super) struct AndVerb {
    /// Where its space before `and` is.
    pub(super) space: usize,
    /// Where `and` ends.
    pub(super) end: usize,
    /// Whether another ` and ` ends at its space (`and and`): the two
    /// overlap, and which one counts depends on where a window starts.
    pub(super) overlaps: bool,
}

/// How far (bytes) a [`TREND_BEFORE`] phrase reaches back from its end at
/// most, with up to four spaces of three bytes between its words.
pub(super) const TREND_REACH: usize = 64;

thread_local! {
    /// The lists of the last bulletin's [`Index`] on this thread, emptied,
    /// for the next one: a corpus run allocates them once per thread.
    static SPARE_INDEX: std::cell::Cell<Option<Index>> = const { std::cell::Cell::new(None) };
}

/// Lists longer than this are freed, not kept.
const MAX_KEPT_INDEX: usize = 1 << 16;

impl Index {
    /// [`Index::with_starts`], without the token starts.
    #[cfg(test)]
    pub(super) fn new(tokens: &Tokens<'_>) -> Self {
        Index::with_starts(tokens).0
    }

    /// The index of `tokens` and their [`Starts`]: the starts are marked
    /// in a tight pass over every token; the index reads only the tokens
    /// the tokenizer listed for it ([`Tokens::binds`]: words of its
    /// classes, clause-edge punctuation, non-ASCII tokens), not the
    /// common words.
    // Inlined into `build`: compiled apart from the binder (its own
    // codegen unit) the pass cost about one instruction a byte more.
    #[inline]
    pub(super) fn with_starts(tokens: &Tokens<'_>) -> (Self, Starts) {
        let mut starts = Starts::room(tokens);
        // The lists of the last bulletin, or room for what a bulletin
        // usually holds, so that they are not grown push by push.
        let mut index = SPARE_INDEX
            .with(std::cell::Cell::take)
            .unwrap_or_else(|| Index {
                fraud: Vec::with_capacity(16),
                telecom: Vec::with_capacity(16),
                other_crimes: Vec::with_capacity(8),
                mixed: Vec::with_capacity(4),
                general: Vec::with_capacity(4),
                verbs: Vec::with_capacity(tokens.all().len() / 16 + 8),
                edges: Vec::with_capacity(tokens.all().len() / 8 + 8),
                and_verbs: Vec::with_capacity(8),
                trend_words: Vec::with_capacity(8),
                commits: false,
            });
        let text = tokens.text();
        let bytes = text.as_bytes();
        let all = TokenInput::new(tokens);
        let lexicon = crate::lex::index();
        // The last ` and ` seen: its token, where it starts and ends, and
        // whether it overlaps the one before.
        let mut last_and: Option<(usize, usize, usize, bool)> = None;
        for (i, tok) in tokens.all().iter().enumerate() {
            starts.mark(tok, i);
        }
        for &i in tokens.binds() {
            let i = i as usize;
            let tok = &tokens.all()[i];
            let at = tok.start();
            // Only the classes a phrase may start in here: a common word
            // before a word that opens none of its phrases (`in the`, `were
            // also`, `Public Security Bureau`) is a word alone.
            let classes = match tok.entry() {
                Some(e) if tok.kind() == Kind::Word => lexicon.may_start(e, &bytes[at..]),
                _ => tok.starts(),
            };
            if tok.kind() == Kind::Cjk {
                index.cjk_context(&text[at..tok.end()], at);
                continue;
            }
            if tok.kind() != Kind::Word {
                // A punctuation token is one char: an ASCII comma,
                // semicolon or colon is an edge by its byte; only a
                // full-width char needs the rule's look.
                let edge = match bytes[at] {
                    b',' | b';' | b':' => tok.kind() == Kind::Punct,
                    0xEF => clause_edge(all.take_from(i)).is_ok(),
                    _ => false,
                };
                if edge {
                    index.edges.push(i);
                }
                continue;
            }
            // (Every word listed starts a phrase of one of these tables.)
            if classes.has(TREND_BEFORE.class()) {
                index.trend_words.push(at);
            }
            // `and` starts a list joiner phrase.
            if classes.has(LIST_JOINERS.class())
                && tok.end() - at == 3
                && &bytes[at..at + 3] == b"and"
                && at > 0
                && bytes[at - 1] == b' '
                && bytes.get(tok.end()) == Some(&b' ')
            {
                let overlaps = last_and.is_some_and(|(_, _, end, _)| end + 1 == at);
                last_and = Some((i, at, tok.end(), overlaps));
            }
            if !is_word_start(bytes, tok) {
                continue;
            }
            let input = all.take_from(i);
            let found = |table: &'static Lexicon<()>| {
                classes.has(table.class()) && context_word(table)(input).is_ok()
            };
            // (`dissuaded 50 people from setting off fireworks`: a word of
            // dissuasion that keeps people from something else names no
            // fraud.)
            let elsewhere = || dissuades_elsewhere(bytes, at);
            let fraud = found(FRAUD_WORDS) && !elsewhere();
            if fraud {
                index.fraud.push(at);
            }
            // (`pension scams`: a word of fraud and telecom both, right
            // after a word of another crime, names that crime's kind.)
            if found(TELECOM_WORDS)
                && !(fraud && kind_of_other(text, &index.other_crimes, at))
                && !elsewhere()
            {
                index.telecom.push(at);
            }
            // (`online loan fraud`: a kind of fraud done online is online
            // fraud, no other crime.)
            // (Nor `fighting telecom fraud`: the fight against it.)
            if found(OTHER_CRIMES)
                && !online_fraud(text, &index.telecom, at)
                && !fights_against(input)
                && !detail_of_fraud(bytes, &index.fraud, at)
            {
                index.other_crimes.push(at);
            }
            if classes.has(MIXED_TOTALS.class()) && mixed_total(input) {
                index.mixed.push(at);
            }
            if found(GENERAL_TOTALS) {
                index.general.push(at);
            }
            if classes.has(Class::Verb) {
                // The phrase is looked up once, for every rule that asks
                // of this word ([`VerbTable`]); as a verb of the index it
                // ends where a token does ([`verb_phrase`]).
                let read = starts.look_verb(tokens, i);
                if let Some((&v, len)) = read.filter(|&(_, len)| ends_at_token(tokens, i, len)) {
                    let end = at + len;
                    if super::words::is_noun_use(text, at, end) {
                        continue;
                    }
                    // (`Myanmar transferred 92 suspects to China`: the
                    // destination comes after the object; see
                    // [`super::custody::to_china`].)
                    let v = super::custody::handed_over(text, v, at, end, text.len());
                    index.verbs.push((end, at, v));
                    // `and` right before (within its spaces): a new clause.
                    if let Some((k, and_at, and_end, overlaps)) = last_and {
                        if k + 1 == i && skip_gap(text, and_end, 2) == at {
                            index.and_verbs.push(AndVerb {
                                space: and_at - 1,
                                end: and_end,
                                overlaps,
                            });
                        }
                    }
                }
            } else if tok.starts().has(Class::Verb) {
                // (`were` before a word that opens none of its verb
                // phrases: no phrase to look up, and none for a rule to.)
                starts.no_verb(i);
            }
        }
        index.verbs.sort_by_key(|&(end, start, _)| (end, start));
        index.verbs.dedup_by_key(|&mut (end, _, _)| end);
        index.commits = index.verbs.iter().any(|&(_, _, v)| v == Verb::Commit);
        (index, starts)
    }

    /// Keep the lists, emptied, for the next bulletin on this thread.
    pub(super) fn recycle(&mut self) {
        let mut spare = std::mem::take(self);
        let lists = [
            spare.fraud.capacity(),
            spare.telecom.capacity(),
            spare.other_crimes.capacity(),
            spare.mixed.capacity(),
            spare.general.capacity(),
            spare.verbs.capacity(),
            spare.edges.capacity(),
            spare.and_verbs.capacity(),
            spare.trend_words.capacity(),
        ];
        if lists.iter().all(|&c| c <= MAX_KEPT_INDEX) {
            spare.fraud.clear();
            spare.telecom.clear();
            spare.other_crimes.clear();
            spare.mixed.clear();
            spare.general.clear();
            spare.verbs.clear();
            spare.edges.clear();
            spare.and_verbs.clear();
            spare.trend_words.clear();
            SPARE_INDEX.with(|s| s.set(Some(spare)));
        }
    }

    /// Whether a word of `positions` starts inside `span`.
    pub(super) fn any(positions: &[usize], span: Span) -> bool {
        Index::first(positions, span).is_some()
    }

    /// The last of `positions` inside `span`.
    pub(super) fn last(positions: &[usize], span: Span) -> Option<usize> {
        let i = positions.partition_point(|&p| p < span.end);
        i.checked_sub(1)
            .map(|i| positions[i])
            .filter(|&p| p >= span.start)
    }

    /// The first of `positions` inside `span`.
    pub(super) fn first(positions: &[usize], span: Span) -> Option<usize> {
        let i = positions.partition_point(|&p| p < span.start);
        positions.get(i).copied().filter(|&p| p < span.end)
    }

    /// Whether a [`TREND_BEFORE`] phrase may end at `end`: a word that
    /// may start one stands close enough before it.
    pub(super) fn trend_may_end(&self, end: usize) -> bool {
        Index::any(
            &self.trend_words,
            Span::new(end.saturating_sub(TREND_REACH), end),
        )
    }
}

/// Whether a word token starts a word: not right after a digit (`7kg`
/// holds no word `kg`).
#[inline]
fn is_word_start(bytes: &[u8], tok: &Token) -> bool {
    tok.kind() == Kind::Word && (tok.start() == 0 || !bytes[tok.start() - 1].is_ascii_digit())
}

/// Whether the word of dissuasion at `at` (`dissuaded`, `dissuading`)
/// keeps people from something other than paying a fraudster: `from`
/// and a gerund of [`OTHER_GERUNDS`] follow it in its clause
/// (`dissuaded 50 people from setting off fireworks`). Any other word
/// says false at once.
fn dissuades_elsewhere(bytes: &[u8], at: usize) -> bool {
    if !starts_ignore_case(&bytes[at..], b"dissua") {
        return false;
    }
    // The clause: to its first stop or comma (not a digit group's), at
    // most 80 bytes on.
    let to = bytes.len().min(at + 80);
    let end = (at..to)
        .find(|&i| {
            matches!(bytes[i], b'.' | b';' | b'!' | b'?')
                || (bytes[i] == b','
                    && !(i > 0
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        })
        .unwrap_or(to);
    let clause = &bytes[at..end];
    let Some(from) = memchr::memmem::find(clause, b" from ") else {
        return false;
    };
    let rest = &clause[from + 6..];
    let word = &rest[..rest
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len())];
    crate::record::lexicon::OTHER_GERUNDS
        .iter()
        .any(|g| word.eq_ignore_ascii_case(g.as_bytes()))
}

/// Whether the word right before `at` is the last word of another crime
/// indexed (`pension` in `pension scams`, `pyramid` in `pyramid scam`).
fn kind_of_other(text: &str, other: &[usize], at: usize) -> bool {
    let Some(&last) = other.last() else {
        return false;
    };
    let b = text.as_bytes();
    let i = at - b[..at].iter().rev().take_while(|&&c| c == b' ').count();
    i < at
        && last < i
        && b[last..i]
            .iter()
            .all(|c| c.is_ascii_alphabetic() || *c == b'-')
}

/// Whether the crime named at `at` is a kind of fraud (`loan fraud`) right
/// after a telecom word (`online`, `internet`) that starts at the last of
/// `telecom`.
fn online_fraud(text: &str, telecom: &[usize], at: usize) -> bool {
    let Some(&last) = telecom.last() else {
        return false;
    };
    let b = text.as_bytes();
    let mut i = at;
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    // (The telecom word is the one word right before: a word both
    // telecom and a crime starts at `at` itself.)
    if i == at || last >= i || !b[last..i].iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let name = &b[at..b.len().min(at + 24)];
    name.windows(5).any(|w| w.eq_ignore_ascii_case(b"fraud"))
}

/// Whether the crime named at `at` only tells what a fraud noun right
/// before it involved: `involving`, `involved`, `of` or `via` stands
/// right before it, and before that word a fraud word (the last of
/// `fraud`) and at most two more words, with no mark between (`telecom
/// fraud cases involving extortion`, `fraud cases of stealing card
/// data`). The count is of fraud cases; the crime is how they were done.
/// (`cases of extortion` names no fraud before `of`: a crime of its own.)
/// So does one after `by`, `through` or `using`: `fraud cases committed
/// by hacking into accounts` were done by hacking.
fn detail_of_fraud(bytes: &[u8], fraud: &[usize], at: usize) -> bool {
    const LINKS: [&[u8]; 7] = [
        b"involving",
        b"involved",
        b"of",
        b"via",
        b"by",
        b"through",
        b"using",
    ];
    let Some(&last) = fraud.last() else {
        return false;
    };
    // A fraud word is at most 40 bytes back: most crimes have none.
    if last >= at || at - last > 40 {
        return false;
    }
    let before = &bytes[last..at];
    let Some(before) = before.strip_suffix(b" ") else {
        return false;
    };
    let link_at = before.iter().rposition(|&c| c == b' ').map_or(0, |i| i + 1);
    let link = &before[link_at..];
    if !LINKS.iter().any(|l| link.eq_ignore_ascii_case(l)) {
        return false;
    }
    let head = &before[..link_at];
    head.iter()
        .all(|&c| c.is_ascii_alphabetic() || c == b' ' || c == b'-')
        && head.iter().filter(|&&c| c == b' ').count() <= 3
}
