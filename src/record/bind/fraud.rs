//! Fraud context and fields: whether a figure is telecom / online fraud,
//! and the [`FraudStats`] field it fills.

use super::*;

mod against;
mod home;
mod own;
mod part;
mod plain;
mod stopped;
pub(super) use against::against_fraud;
pub(super) use home::{moved_home, people_moved, Moved};
pub(super) use own::{field_tally_kind, own_field};
pub(super) use part::part_opener;
use part::{of_the_total, opens_part};
pub(super) use plain::{Named, PlainHolder};

/// A fraud field, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FraudField {
    CasesFiled,
    CasesSolved,
    SuspectsArrested,
    GangsBusted,
    DensDestroyed,
    FundsReturned,
    FundsFrozen,
    FundsRecovered,
    LossesAvoided,
    WarningsIssued,
    WarningResponseRate,
    PeopleDissuaded,
    AmountDissuaded,
    DoorToDoorVisits,
    PaymentsStopped,
    CasesBlocked,
}

impl FraudField {
    /// Every field, in the order of [`FraudStats`].
    pub(super) const ALL: &'static [FraudField] = &[
        FraudField::CasesFiled,
        FraudField::CasesSolved,
        FraudField::SuspectsArrested,
        FraudField::GangsBusted,
        FraudField::DensDestroyed,
        FraudField::FundsReturned,
        FraudField::FundsFrozen,
        FraudField::FundsRecovered,
        FraudField::LossesAvoided,
        FraudField::WarningsIssued,
        FraudField::WarningResponseRate,
        FraudField::PeopleDissuaded,
        FraudField::AmountDissuaded,
        FraudField::DoorToDoorVisits,
        FraudField::PaymentsStopped,
        FraudField::CasesBlocked,
    ];

    /// The field's name in the JSON output.
    pub(super) fn name(self) -> &'static str {
        match self {
            FraudField::CasesFiled => "cases_filed",
            FraudField::CasesSolved => "cases_solved",
            FraudField::SuspectsArrested => "suspects_arrested",
            FraudField::GangsBusted => "gangs_busted",
            FraudField::DensDestroyed => "dens_destroyed",
            FraudField::FundsReturned => "funds_returned",
            FraudField::FundsFrozen => "funds_frozen",
            FraudField::FundsRecovered => "funds_recovered",
            FraudField::LossesAvoided => "losses_avoided",
            FraudField::WarningsIssued => "warnings_issued",
            FraudField::WarningResponseRate => "warning_response_rate",
            FraudField::PeopleDissuaded => "people_dissuaded",
            FraudField::AmountDissuaded => "amount_dissuaded",
            FraudField::DoorToDoorVisits => "door_to_door_visits",
            FraudField::PaymentsStopped => "payments_stopped",
            FraudField::CasesBlocked => "cases_blocked",
        }
    }
}

impl<'a> FraudStats<'a> {
    pub(super) fn slot(&mut self, field: FraudField) -> &mut Option<Figure<'a>> {
        match field {
            FraudField::CasesFiled => &mut self.cases_filed,
            FraudField::CasesSolved => &mut self.cases_solved,
            FraudField::SuspectsArrested => &mut self.suspects_arrested,
            FraudField::GangsBusted => &mut self.gangs_busted,
            FraudField::DensDestroyed => &mut self.dens_destroyed,
            FraudField::FundsReturned => &mut self.funds_returned,
            FraudField::FundsFrozen => &mut self.funds_frozen,
            FraudField::FundsRecovered => &mut self.funds_recovered,
            FraudField::LossesAvoided => &mut self.losses_avoided,
            FraudField::WarningsIssued => &mut self.warnings_issued,
            FraudField::WarningResponseRate => &mut self.warning_response_rate,
            FraudField::PeopleDissuaded => &mut self.people_dissuaded,
            FraudField::AmountDissuaded => &mut self.amount_dissuaded,
            FraudField::DoorToDoorVisits => &mut self.door_to_door_visits,
            FraudField::PaymentsStopped => &mut self.payments_stopped,
            FraudField::CasesBlocked => &mut self.cases_blocked,
        }
    }
}

/// The fraud field a tally of `kind` fills when it counts telecom fraud
/// (`solved 860 telecom fraud cases`), if any.
pub(super) fn tally_fraud_field(kind: TallyKind) -> Option<FraudField> {
    match kind {
        TallyKind::Arrests => Some(FraudField::SuspectsArrested),
        TallyKind::CasesSolved => Some(FraudField::CasesSolved),
        TallyKind::CasesFiled => Some(FraudField::CasesFiled),
        TallyKind::GangsBusted => Some(FraudField::GangsBusted),
        TallyKind::DensDestroyed => Some(FraudField::DensDestroyed),
        TallyKind::Fugitives
        | TallyKind::OfficersDeployed
        | TallyKind::VehiclesDeployed
        | TallyKind::Patrols
        | TallyKind::Checkpoints
        | TallyKind::PeopleChecked
        | TallyKind::VehiclesChecked
        | TallyKind::PlacesInspected
        | TallyKind::HazardsFound
        | TallyKind::HazardsRectified
        | TallyKind::Disputes
        | TallyKind::OffendersHandled
        | TallyKind::Rescued
        | TallyKind::Publicity
        | TallyKind::Other => None,
    }
}

/// Which context words a sentence holds: the same for each figure in it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct SentenceWords {
    sentence: Span,
    telecom: bool,
    fraud: bool,
    other: bool,
    /// Whether an anti-fraud centre's own noun stands in the sentence
    /// ([`fraud_work_and_warning`]), once asked: few figures ask (most
    /// are fraud or name another crime, which decide without it).
    work: Option<bool>,
    /// Where a part of a total opens (`among them`, `including`) before
    /// the sentence's first fraud word, if one does: `cracked 3,256 cases,
    /// arrested 1,872 suspects, among them 426 telecom fraud cases`.
    part: Option<usize>,
}

impl SentenceWords {
    /// The context words of `sentence`.
    pub(super) fn of(text: &str, index: &Index, sentence: Span) -> Self {
        let fraud = Index::first(&index.fraud, sentence);
        SentenceWords {
            sentence,
            telecom: Index::any(&index.telecom, sentence),
            fraud: fraud.is_some(),
            other: names_other_crime(index, sentence),
            work: None,
            part: fraud.and_then(|f| {
                part_opener(text, Span::new(sentence.start, f))
                    .or_else(|| of_the_total(text, Span::new(sentence.start, f)))
            }),
        }
    }

    /// Whether the sentence names a crime other than fraud.
    pub(super) fn names_other(&self) -> bool {
        self.other
    }

    /// Whether a part of a total opens before the sentence's first fraud
    /// word.
    pub(super) fn opens_part(&self) -> bool {
        self.part.is_some()
    }

    /// Whether a fraud word stands in the sentence.
    pub(super) fn names_fraud(&self) -> bool {
        self.fraud
    }

    /// Whether an anti-fraud centre's own noun (`early warnings`,
    /// `warning instructions`) stands in the sentence (of `text`): read
    /// once a sentence, when first asked.
    pub(super) fn names_fraud_work(&mut self, text: &str) -> bool {
        *self
            .work
            .get_or_insert_with(|| fraud_work_and_warning(text[self.sentence.range()].as_bytes()).0)
    }

    /// The context words of `sentence`, from `last` when it is the same
    /// sentence (figures of one sentence come one after another).
    pub(super) fn reuse(last: Option<Self>, text: &str, index: &Index, sentence: Span) -> Self {
        match last {
            Some(l) if l.sentence == sentence => l,
            _ => SentenceWords::of(text, index, sentence),
        }
    }
}

/// Whether `sentence` of `text` speaks of warning or names the 96110
/// line: those called in it were warned (`called 3,512 residents one by
/// one to warn them`). Read only for the few counts that ask.
pub(super) fn names_warning(text: &str, sentence: Span) -> bool {
    fraud_work_and_warning(text[sentence.range()].as_bytes()).1
}

/// Whether `sentence` names what only anti-fraud work counts: `early
/// warnings` (预警) and `warning instructions` (预警指令) pushed to
/// stations are the anti-fraud centres' word, said with no fraud word
/// (`in all 6,240 early warnings were verified`). Not beside a hazard
/// that is warned of too (`early warnings of rainstorms`, `road traffic
/// early warnings`). The 96110 warning line is anti-fraud work wherever
/// it stands.
///
/// And whether it speaks of warning (`warn`, `warning`) or names the
/// 96110 line: read in the same pass over its `w`s, and the line looked
/// for once for both answers.
fn fraud_work_and_warning(b: &[u8]) -> (bool, bool) {
    // (Stems: a hazard word starts a word, `rain` `rainstorms`; the
    // stems that start other words too end where their word does.)
    const HAZARDS: [&[u8]; 19] = [
        b"weather",
        b"meteorolog",
        b"rain",
        b"storm",
        b"flood",
        b"typhoon",
        b"snow",
        b"geolog",
        b"landslide",
        b"earthquake",
        b"drought",
        b"wildfire",
        b"forest fire",
        b"epidemic",
        b"disaster",
        b"drown",
        b"heat",
        b"pollution",
        b"air quality",
    ];
    // Whole words only: `traffic` is not `trafficking`, `road` not
    // `roadshow`, `fire` not `firearms`.
    const WORDS: [&[u8]; 5] = [b"traffic", b"road", b"roads", b"fire", b"fires"];
    let word_at = |i: usize| i == 0 || !b[i - 1].is_ascii_alphabetic();
    // Each work noun holds `warning`, and `warn` is lowercase: their `w`s
    // are found by `memchr`, so a sentence naming none is not read byte
    // by byte.
    let (mut work, mut warn) = (false, false);
    for i in memchr::memchr2_iter(b'w', b'W', b) {
        warn = warn || b[i..].starts_with(b"warn");
        work = work || {
            starts_ignore_case(&b[i..], b"warning") && {
                let early = i >= 6
                    && b[i - 6..i - 1].eq_ignore_ascii_case(b"early")
                    && matches!(b[i - 1], b' ' | b'-')
                    && word_at(i - 6);
                early || (word_at(i) && starts_ignore_case(&b[i + 7..], b" instruction"))
            }
        };
        if work && warn {
            break;
        }
    }
    let whole = |i: usize, w: &[u8]| {
        starts_ignore_case(&b[i..], w) && !b.get(i + w.len()).is_some_and(u8::is_ascii_alphabetic)
    };
    // `the 96110 warning line called back 4,736 people`: the national
    // anti-fraud warning line's number is the centres' own word too.
    if names_warning_line(b) {
        return (true, true);
    }
    let work = work
        && !(0..b.len()).any(|i| {
            word_at(i)
                && (HAZARDS.iter().any(|w| starts_ignore_case(&b[i..], w))
                    || WORDS.iter().any(|w| whole(i, w)))
        });
    (work, warn)
}

/// Whether `sentence` names the national anti-fraud warning line, 96110,
/// as a number of its own (not inside a longer run of digits: `0961101`).
fn names_warning_line(sentence: &[u8]) -> bool {
    // (From each `9`: a sentence holds few, and a substring searcher
    // costs more to start than this reads.)
    let b = sentence;
    memchr::memchr_iter(b'9', b).any(|i| {
        b[i..].starts_with(b"96110")
            && !(b.get(i + 5).is_some_and(u8::is_ascii_digit) || i > 0 && b[i - 1].is_ascii_digit())
    })
}

/// Whether `sentence` names a crime other than fraud, or a total of many
/// crimes: `of all kinds`, or a count of all crime where no fraud word
/// stands (`The police solved 2,300 criminal cases and arrested 1,800
/// suspects`, in a report that opened on telecom fraud).
fn names_other_crime(index: &Index, sentence: Span) -> bool {
    Index::any(&index.other_crimes, sentence)
        || Index::any(&index.mixed, sentence)
        || (Index::any(&index.general, sentence) && !Index::any(&index.fraud, sentence))
}

/// Whether a sentence of `lead` counts all crime with no fraud word
/// (`Criminal cases fell 18.5 percent, with telecom fraud cases down 35
/// percent` names fraud; `Criminal cases fell 18.5 percent.` does not): a
/// lead that does opens a report of all crime, not one about fraud.
pub(super) fn counts_all_crime(index: &Index, sentences: &[Span], lead: Span) -> bool {
    let first = sentences.partition_point(|s| s.end <= lead.start);
    sentences[first..]
        .iter()
        .take_while(|s| s.start < lead.end)
        .any(|s| {
            let s = Span::new(s.start.max(lead.start), s.end.min(lead.end));
            Index::any(&index.general, s) && !Index::any(&index.fraud, s)
        })
}

/// Whether the paragraph a sentence continues is about telecom fraud:
/// `The anti-fraud battle went on. The centre pushed 120,000 warnings and
/// froze 23 million yuan.` A sentence that names telecom fraud (and no
/// other crime) opens the topic; it runs to the end of its paragraph or to
/// a sentence that names another crime.
#[derive(Default)]
pub(super) struct Topic {
    /// The next sentence to read.
    next: usize,
    /// Whether the topic is open after the sentences read.
    on: bool,
}

impl Topic {
    /// Whether the topic is open for `sentences[s]` (from the sentences of
    /// its paragraph before it, each read once).
    pub(super) fn before(
        &mut self,
        text: &str,
        index: &Index,
        sentences: &[Span],
        s: usize,
    ) -> bool {
        let breaks =
            |k: usize| k == 0 || text[sentences[k - 1].end..sentences[k].start].contains('\n');
        while self.next < s.min(sentences.len()) {
            let k = self.next;
            let sentence = sentences[k];
            let fraud = Index::any(&index.telecom, sentence) && Index::any(&index.fraud, sentence);
            let other = names_other_crime(index, sentence);
            let open = self.on && !breaks(k);
            self.on = !other && (fraud || open);
            self.next += 1;
        }
        self.on && s < sentences.len() && !breaks(s)
    }
}

/// Whether the bulletin's lead reaches fraud only late:
/// `Review of 2024 ... In 2024, the department organized several special
/// campaigns. From March to June, the action against telecom fraud ...`:
/// a lead whose title and opening sentence say nothing of fraud, which
/// comes only with the first figure's sentence (`first_k`), opens a report
/// of many things, fraud one of them. The opening is the first sentence
/// after the title (ending at `title_end`) that reads as prose: six words
/// or more, three of them lowercase (a byline or a date line is none).
pub(super) fn fraud_after_opening(
    text: &str,
    index: &Index,
    sentences: &[Span],
    title_end: usize,
    first_k: Option<usize>,
) -> bool {
    let Some(k) = first_k.filter(|&k| k < sentences.len()) else {
        return false;
    };
    let figure_sentence = sentences[k];
    if Index::any(&index.fraud, Span::new(0, figure_sentence.start)) {
        return false;
    }
    let prose = |s: &Span| {
        let words = text[s.range()].split_whitespace();
        let (mut n, mut lower) = (0, 0);
        for w in words.take(12) {
            n += 1;
            lower += usize::from(w.starts_with(|c: char| c.is_ascii_lowercase()));
        }
        n >= 6 && lower >= 3
    };
    sentences[..k]
        .iter()
        .any(|s| s.start >= title_end && prose(s))
}

/// Whether a figure in `clause` of the sentence of `words` is a telecom / online fraud
/// figure. A fraud-themed bulletin does not make every figure fraud: a
/// clause or sentence that names other crimes (`telecom fraud, burglary
/// and robbery`) is a mixed total; outside a telecom-fraud bulletin, fraud
/// named without a telecom word in its sentence (`pension fraud`) is
/// another kind of fraud.
pub(super) fn is_fraud(
    text: &str,
    index: &Index,
    clause: Span,
    words: &SentenceWords,
    telecom_doc: bool,
) -> bool {
    let has = |positions: &[usize], span| Index::any(positions, span);
    let sentence = words.sentence;
    let sentence_telecom = words.telecom;
    let sentence_fraud = words.fraud && sentence_telecom;
    let sentence_other = words.other;
    // Every rule below either says no or leaves the answer to the last
    // line's two grounds: with neither (most figures: no telecom fraud
    // in their sentence or their bulletin), none of them is read.
    if !(sentence_fraud || (telecom_doc && !sentence_other)) {
        return false;
    }
    let clause_fraud = has(&index.fraud, clause);
    // `telecom fraud, burglary and robbery`: a list of crimes runs on past
    // the clause's comma.
    // (Not into the next item of a list of counts: `including 201 for
    // telecom fraud, 144 for theft`.)
    // (The list's end is looked for only when another crime stands within
    // its reach: most clauses name none.)
    // (Nor past `while` or `whereas`, which open a clause set against
    // this one: `2.31 million yuan was returned, while pension fraud cases
    // accounted for 52 arrests`.)
    let reach = sentence.end.min(clause.end + 40);
    let reach = crate::text::floor_char(text, reach);
    // (A byte loop over at most 40 bytes: a `str` searcher costs more to
    // build than this reads.)
    let window = &text.as_bytes()[clause.end..reach];
    let reach = (0..window.len())
        .find(|&i| {
            window[i] == b' '
                && (window[i + 1..].starts_with(b"while ")
                    || window[i + 1..].starts_with(b"whereas "))
        })
        .map_or(reach, |i| clause.end + i);
    let other_within = |end| has(&index.other_crimes, Span::new(clause.start, end));
    // (Nor past the next verb: `arrested 14 suspects, and also cracked 6
    // theft cases` is a clause of its own.)
    let next_verb = {
        let i = index
            .verbs
            .partition_point(|&(end, _, _)| end <= clause.end);
        index.verbs[i..]
            .iter()
            .take(4)
            .find(|&&(_, start, _)| start >= clause.end)
            .map_or(reach, |&(_, start, _)| start.min(reach))
    };
    // (`cases of telecom fraud and other property crimes`: a total of
    // many crimes joined right after the clause is its own.)
    let joined_total = Index::first(&index.mixed, Span::new(clause.end, next_verb))
        .is_some_and(|m| matches!(text[clause.end..m].trim(), "and" | "or" | "," | ", and"));
    let clause_other = (other_within(reach)
        && other_within(next_count(text, clause.end, reach))
        && other_within(next_verb)
        && !told_about(text, index, clause))
        || has(&index.mixed, clause)
        || joined_total;
    if clause_other || (clause_fraud && !sentence_telecom && !telecom_doc) {
        return false;
    }
    // `solved 418 criminal cases and dissuaded 1,930 potential victims of
    // telecom fraud`: a count of all crime whose sentence names fraud only
    // in a later clause is no fraud count; nor is a clause naming no crime
    // after it (`solved 418 criminal cases, arrested 527 suspects and
    // dissuaded ...`).
    if !clause_fraud
        && has(&index.general, Span::new(sentence.start, clause.end))
        && !has(&index.fraud, Span::new(sentence.start, clause.start))
    {
        return false;
    }
    // In a telecom-fraud bulletin a part narrows its total to fraud only
    // when it names telecom fraud again: `arrested 694,000 suspects,
    // including 263 key figures of fraud groups` counts one kind of the
    // fraud suspects, not the fraud among all suspects.
    let narrows = |part: Span| !telecom_doc || has(&index.telecom, part);
    // A count before the part of it that is fraud is a mixed total.
    if !clause_fraud
        && words
            .part
            .is_some_and(|p| clause.end <= p && narrows(Span::new(p, sentence.end)))
    {
        return false;
    }
    // `cracked 1,500 criminal cases, including 320 telecom fraud cases,
    // and arrested 2,100 suspects`: a clause that names no crime, after the
    // fraud part of a total of all crime, goes with that total.
    let after_part_of_total = words.part.is_some_and(|p| {
        let total = Span::new(sentence.start, p);
        p < clause.start && (has(&index.general, total) || has(&index.mixed, total))
    });
    if !clause_fraud && after_part_of_total {
        return false;
    }
    // `solved 12,500 criminal cases, including 3,400 telecom fraud cases`:
    // the count a fraud part is taken from is a mixed total.
    // (Not when fraud was named before the count, and the count names
    // no crime of all kinds: in `In the telecom fraud crackdown police
    // solved 2,300 cases, including 800 cases of shopping fraud` the
    // part is one kind of the fraud counted.)
    let part = Span::new(clause.end, sentence.end.min(clause.end + 60));
    let within_fraud = Index::any(&index.fraud, Span::new(sentence.start, clause.start))
        && !has(&index.general, clause);
    if !clause_fraud
        && !within_fraud
        && has(&index.fraud, part)
        && opens_part(&text[clause.end..])
        && narrows(part)
    {
        return false;
    }
    // `cracked 9 telecom fraud cases and arrested 14 suspects, and also
    // cracked 6 theft cases`: in a sentence of two crimes, a clause that
    // names none is about the last one named before it. (Not after a
    // total of all crime: `solved 1,775 cases of all kinds and 203 telecom
    // fraud cases, and caught 932 suspects` caught them for all.)
    let before = Span::new(sentence.start, clause.start);
    let fraud_last = || {
        let fraud = Index::last(&index.fraud, before);
        let other = Index::last(&index.other_crimes, before);
        let total = has(&index.mixed, before) || has(&index.general, before);
        !total && fraud.is_some_and(|f| other.map_or(true, |o| o < f))
    };
    (sentence_fraud && (clause_fraud || !sentence_other || fraud_last()))
        || (telecom_doc && !sentence_other)
}

/// `paid 1,560 visits to old people to explain pension fraud and telecom
/// fraud tricks`: a crime that a clause naming telecom fraud tells people
/// about (after `explain`, `warn`, `remind`, `publicize`, `teach`,
/// `introduce`, within 60 bytes before it) is the topic of the work
/// counted, no crime of its own that makes the count a mixed total.
fn told_about(text: &str, index: &Index, clause: Span) -> bool {
    const TELLING: [&str; 7] = [
        "explain", "warn", "remind", "publiciz", "publicis", "teach", "introduc",
    ];
    let Some(crime) = Index::first(&index.other_crimes, clause) else {
        return false;
    };
    let from = crate::text::floor_char(text, crime.saturating_sub(60).max(clause.start));
    let before = &text[from..crime];
    Index::any(&index.telecom, clause)
        && before.split_ascii_whitespace().any(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
            TELLING.iter().any(|t| {
                w.len() >= t.len() && w.as_bytes()[..t.len()].eq_ignore_ascii_case(t.as_bytes())
            })
        })
}

/// Where a list of crimes that runs on after a noun (`cases of telecom
/// fraud, burglary and robbery`) ends: at the next number, the sentence's
/// end or 40 bytes from `from`.
pub(super) fn crime_list_end(text: &str, from: usize) -> usize {
    let to = text.len().min(from + 40);
    let b = &text.as_bytes()[..to];
    (from..to)
        .find(|&i| b[i].is_ascii_digit() || matches!(b[i], b'.' | b';' | b'?' | b'!'))
        .unwrap_or(to)
}

/// Where a list's next count starts between `from` and `to` (a comma and
/// a number: `, 144 for theft`), else `to`.
fn next_count(text: &str, from: usize, to: usize) -> usize {
    let b = &text.as_bytes()[..to];
    (from..to)
        .find(|&i| {
            b[i] == b','
                && !(i > 0 && b[i - 1].is_ascii_digit())
                && b[i + 1..]
                    .iter()
                    .find(|c| **c != b' ')
                    .is_some_and(u8::is_ascii_digit)
        })
        .unwrap_or(to)
}
