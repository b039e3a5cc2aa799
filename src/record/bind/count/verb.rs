//! What was done to a count: its verb, read in order from the noun's own
//! (inside it, its passive), a list's, a verbless result, the nearest to the
//! left, a total's, to a label's verb after its value.

use super::*;

mod around;
use around::*;
pub(super) use around::{names_papers, police_with};
mod dealt;
use dealt::respective_verb;
mod near;
use near::Near;

impl<'a> Binder<'_, 'a> {
    /// The verb of the count `c` of `f`, or `None` when the number is part
    /// of another count.
    pub(super) fn done_to(
        &mut self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        c: &Counted<'a>,
    ) -> Option<Done> {
        let text = self.text;
        let w = self.words;
        let (noun, elided, fraud_part, inner_verb, what) =
            (c.noun, c.elided, c.fraud_part, c.inner_verb, c.what);
        let (noun_end, left_from) = (c.noun_end, c.left_from);
        // (The verb to the left, the passive read through, a list's verb:
        // each read once, for all the rules below that ask.)
        let near = Near::new(w, &self.index.verbs, ctx, left_from, noun_end);
        // `Among the 300 checked vehicles, 4 were detained`: the whole a
        // part is taken from takes no verb past its clause; the participle
        // it carries, if any (`the 200 people questioned`), says what was
        // done to it.
        // (`a gang with 40 members was busted`: the size of the gang,
        // whose verb is not the count's.)
        if noun.text.ends_with("members") && gang_size(&w, ctx.before.gap, ctx.before.word) {
            return None;
        }
        // `5 people will be detained`: a count whose own verb is only
        // promised takes none (nor one from before it).
        // (`and 5 more will be arrested`: past the word that adds them.)
        let next = skip_gap(text, noun_end, 2);
        let next = ["more ", "others "]
            .iter()
            .find(|m| {
                text.get(next..next + m.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(m))
            })
            .map_or(next, |m| skip_gap(text, next + m.len() - 1, 2));
        if !noun.before
            && (modal_be(text, next, ctx.sentence.end)
                || super::not_done::promised(text, next)
                || super::not_done::will_act(text, next))
        {
            return None;
        }
        // (`210 officers who will guard the venue`, with no verb before
        // them: [`super::expected::relative_will`].)
        if !noun.before
            && super::expected::relative_will(text, next, ctx.sentence.end)
            && left_verb(&w, &self.index.verbs, left_from, ctx.sentence.start).is_none()
            && !super::expected::past_form_before(text, ctx.sentence.start, f.span.start)
        {
            return None;
        }
        // `Arrests of 500 suspects are expected`: a nominal count,
        // expected only ([`super::expected::nominal_expected`]).
        if let Some(lead) = super::expected::arrests_of(text, ctx.sentence.start, f.span.start) {
            let own = match f.noun_str() {
                Some(n) if noun.before => end_of(text, n).max(f.span.end),
                _ => noun_end,
            };
            if super::expected::expects(lead)
                || super::expected::nominal_expected(text, skip_gap(text, own, 2))
            {
                return None;
            }
        }
        // `called the police 12 times`: how often one thing was acted
        // on, no count of it ([`super::expected::one_thing_times`]).
        // (Not checks, each a turn: `checked the vehicle 600 times`.)
        let checks = matches!(
            noun.class,
            Some(Noun::Vehicle | Noun::VehicleCheck | Noun::PersonCheck)
        );
        if noun.before && !checks && super::expected::one_thing_times(text, f, noun.text) {
            return None;
        }
        // `refused to approve the arrests of 12 suspects`: an arrest
        // whose approval was turned down took no one.
        if noun.before && super::not_done::approval_refused(text, start_of(text, noun.text)) {
            return None;
        }
        if among_the(text, ctx.before) {
            let s = start_of(text, noun.text);
            let verb = (w.prefix_on(s, VERBS).map(|(&v, _)| (v, s)))
                .or(inner_verb)
                .or_else(|| passive_from(&w, noun_end, ctx.sentence.end, Read::Strict));
            return verb.map(|v| Done {
                verb: Some(v),
                own_verb: true,
            });
        }
        let passive = passive_from(&w, noun_end, ctx.sentence.end, Read::Strict)
            .map(|v| (v, "passive"))
            .or_else(|| {
                after_insertion(&w, noun_end, ctx.sentence.end)
                    .or_else(|| after_examples(&w, noun_end, ctx.sentence.end))
                    .map(|v| (v, "passive_after_insertion"))
            })
            // `The beef, weighing 210 tons and worth 12 million yuan, was
            // confiscated`: the insertion after the noun holds the figure.
            .or_else(|| {
                let end = noun.before.then(|| end_of(text, noun.text))?;
                after_insertion(&w, end, ctx.sentence.end).map(|v| (v, "passive_after_insertion"))
            })
            // `took 3 suspects away`: a phrasal verb split around the count.
            .or_else(|| {
                split_particle(
                    &w,
                    f.span.start,
                    noun_end,
                    ctx.sentence.start,
                    ctx.sentence.end,
                )
                .map(|v| (v, "split_particle"))
            })
            .or_else(|| {
                let (start, end) = (ctx.sentence.start, ctx.sentence.end);
                brought_in_for_questioning(text, f.span.start, noun_end, start, end)
                    .map(|v| (v, "split_particle"))
            })
            // `455 of which have been rectified`: the part's own passive,
            // past its pronoun.
            .or_else(|| {
                let past = c.pronoun_end?;
                passive_from(&w, past, ctx.sentence.end, Read::Strict)
                    .map(|v| (v, "passive_of_part"))
            });
        // `found hidden dangers 207, all rectified`: [`verb_right_before`].
        let lead = || near.lead();
        let passive = passive.filter(|&(_, r)| r != "passive_after_insertion" || !lead());
        // `cases numbered 340, and 96 were cracked`: a number that a
        // linking verb gives its subject takes no verb of the list after.
        let linked = what == "subject_before" && is_linking(ctx.before.word);
        let list_verb = || (!linked).then(|| near.list_verb()).flatten();
        // `14 swindlers who sold fake pensions`: what the counted did is
        // their act, no passive of theirs; the verb before them stands.
        // `34 suspects who sold children were caught`: past their act
        // and its object, the passive of the clause they head is theirs.
        let passive = passive
            .filter(|&((v, _), _)| v != Verb::Commit)
            .or_else(|| {
                past_their_act(&w, noun_end, ctx.sentence.end).map(|v| (v, "passive_past_act"))
            });
        // `rescued 106 people held captive by the gang`, `rescued 3 people
        // injured in the fire`: a participle of what befell them, right
        // after the noun, describes those counted when a verb right before
        // the number says what was done to them.
        let passive = passive.filter(|&((v, at), _)| {
            // (`avoided 1.3 million people being defrauded`: or after
            // `being`.)
            let bare = text
                .get(noun_end..at)
                .is_some_and(|g| matches!(g.trim(), "" | "being"));
            // (So does one of being passed on or sent home: `took
            // custody of 72 suspects deported from Laos`.)
            !(matches!(v, Verb::Harm | Verb::Prosecute) && bare && lead())
        });

        // `3 million yuan swindled from 12 victims was recovered`: the
        // passive after a count inside a participle phrase is the earlier
        // noun's ([`in_participle_phrase`]).
        let in_phrase = in_participle_phrase(&w, ctx.before);
        let passive = passive.filter(|_| !in_phrase);

        // (And inside their noun phrase: `rescued 106 people held
        // captive`.)
        let inner_verb =
            inner_verb.filter(|&(v, _)| v != Verb::Commit && !(v == Verb::Harm && lead()));
        // `the men who stole 3 cars were arrested`: the object of their
        // act takes no verb of the police.
        // (Read once: the nearest verb to the left is also a verb of the
        // count's own, below.)
        // (With a verb of the count's own, the verb to the left is asked
        // about only as an act of theirs: not read in a bulletin with none.)
        let own = inner_verb.is_some() || passive.is_some();
        // `dealt with 96 drug users, and telecom fraud cases dropped to
        // 73`: a level that its subject's own change reaches takes no
        // verb from before that subject.
        let reached = what == "subject_before" && {
            let WordBefore { gap, word: prev } = ctx.before;
            ["to", "at"].iter().any(|p| prev.eq_ignore_ascii_case(p))
                && trend_before(text, skip_back_spaces(text, gap - prev.len(), 0)).is_some()
        };
        // `detained 140 suspects of a gang headed by two villagers`: a count
        // after `by` is the agent of a passive, no object of a verb before
        // it. (Counts only: money after `by` may be a change's size.)
        let agent = ctx.before.word.eq_ignore_ascii_case("by");
        // (Nor the subject of the passive after it: in `a ring led by two
        // brothers was smashed`, the ring was. Only a passive with its
        // auxiliary, after a `by` inside a subject: in `was run by 9 men
        // arrested abroad`, `by 16 suspects, all of whom were caught`, it
        // is theirs.)
        let subject_agent =
            || agent_in_subject(&w, &self.index.verbs, ctx.before, ctx.clause.start);
        let subject_passive = |at| after_auxiliary(&w, at) && subject_agent();
        // The passive read through the phrase after the noun (`52 suspects
        // involved in the forgery were arrested`), for the three rules
        // below that ask for it.
        let through = || near.through();
        let passive = passive.filter(|&((_, at), _)| !subject_passive(at));
        let left = (!reached && !agent && (!own || self.index.commits))
            .then(|| near.left_verb())
            .flatten()
            .filter(|&(_, at)| !spans_payments(text, at, &noun))
            .filter(|&(v, at)| !(v == Verb::Return && returned_to(text, at, f.span.start)))
            .filter(|&(_, at)| !new_subject_after_and(text, at, f.span.start, noun.text))
            .filter(|&(v, at)| {
                !(v == Verb::File && created_other(text, at, f.span.start, noun.text))
            })
            // `Three workshops were shut, and 52 suspects involved in the
            // forgery were arrested`: a passive to the left has taken its object
            // already; the count's own passive, read through the phrase
            // after its noun, is its verb.
            .filter(|&(_, at)| !(after_auxiliary(&w, at) && through().is_some()));
        let left = left.map(|l| {
            let dealt = self.respectively.first(text, left_from, ctx.sentence.end);
            respective_verb(&w, &self.index.verbs, l, left_from, dealt)
        });
        // (A verb that `respectively` deals out is this number's before
        // any list chain.)
        let dealt = left
            .filter(|&(_, _, dealt)| dealt)
            .map(|(v, at, _)| (v, at));
        let left = left.map(|(v, at, _)| (v, at));
        let committed = left.is_some_and(|(v, _)| v == Verb::Commit);
        if committed && lead() {
            return None;
        }
        let (passive, passive_rule) = (passive.map(|(v, _)| v), passive.map_or("", |(_, r)| r));
        // `622 cases were handled, of which 18 were supervised`: a bare
        // number with a passive of its own that names no known verb.
        // (A fraud part states no verb of its own: `92 of whom were
        // involved in telecom fraud` was arrested as its total was.)
        // (Or past its pronoun: `287 of which had been cracked, 5,104 of
        // which had been supervised` gives the second no cracking.)
        if elided
            && !fraud_part
            && passive.is_none()
            && inner_verb.is_none()
            && (aux_follows(&w, ctx.after) || c.pronoun_end.is_some_and(|p| aux_follows(&w, p)))
        {
            return None;
        }
        // (`The arrested 12 suspects have been transferred`: a participle
        // between an opening article and the number comes first.)
        let participle = article_participle(&w, ctx.before);
        // `By the time of the raid, some 600 members had signed up`: a count
        // with an active perfect of its own is that clause's subject, no
        // object of a verb before it.
        // (Not the subject read before the number: in `telecom fraud cases
        // have dropped to 167` the perfect is theirs and the number its
        // level.)
        if !elided
            && what != "subject_before"
            && passive.is_none()
            && inner_verb.is_none()
            && perfect_follows(text, noun_end)
            && participle.is_none()
        {
            return None;
        }
        let verb = participle
            .map(|v| (v, "article_participle"))
            .or(inner_verb.map(|v| (v, "verb_after_noun")))
            .or(passive.map(|v| (v, passive_rule)))
            .or(dealt.map(|v| (v, "dealt_verb")))
            // `14 cars were recovered, and 2 kg of drugs and 6 guns were
            // seized`: a list after the item before, ending in a passive of
            // its own, takes that one.
            // (`Six dens were shut, and 40 suspects tied to the dens were
            // detained`: an item after one that its own passive finished
            // has its own passive too, read through its phrase.)
            .or_else(|| {
                let (chained, finished) = self.chained_verb(f.span.start, ctx.sentence)?;
                let own = finished
                    .then(list_verb)
                    .flatten()
                    .or_else(|| finished.then(through).flatten());
                Some(own.map_or((chained, "list_chain"), |v| (v, "list_end")))
            })
            // `2,140 cases of lending fraud; more than 3,600 suspects.`: a
            // verbless fragment states a result.
            .or_else(|| {
                verbless_result(text, f, noun, ctx.sentence).map(|v| (v, "verbless_result"))
            })
            .or_else(|| talked_out_of(text, c, ctx.after).map(|v| (v, "talked_out_of")))
            // `During the check, 26 suspects and 15 fugitives were
            // captured`: a verb to the left that counts nothing before the
            // comma or colon after it leaves the list that opens there to
            // its own passive.
            .or_else(|| {
                let (_, at) = left?;
                let gap = text.get(at..f.span.start)?;
                // (By bytes, not char by char back from the figure.)
                const SEPARATORS: CharSet = CharSet::new(&[',', ':', '，', '：']);
                let sep = SEPARATORS.rfind(gap)?;
                let counts = gap[..sep].bytes().any(|b| b.is_ascii_digit());
                (!counts).then(list_verb).flatten().map(|v| (v, "list_end"))
            })
            .or_else(|| left.map(|v| (v, "left_verb")))
            .or_else(|| list_verb().map(|v| (v, "list_end")))
            // `Police cracked 4,210 cases. Among them, 1,377 were telecom
            // fraud cases.`: a fraud part with no verb of its own was done
            // what its total was.
            .or_else(|| {
                let (end, v, _) = self.last_bound.filter(|_| fraud_part)?;
                (f.span.start.saturating_sub(end) < PART_REACH)
                    .then_some(((v, end), "part_of_total"))
            })
            .or_else(|| {
                through()
                    .filter(|&(_, at)| !in_phrase && !subject_passive(at))
                    .map(|v| (v, "passive_through"))
            })
            // `the seized drugs totaled 10.5 kg`: the participle before
            // the item weighed.
            .or_else(|| {
                let at = start_of(text, noun.text);
                (what == "item_subject_before")
                    .then(|| taken_before(&w, at, ctx.sentence.start))
                    .flatten()
                    .map(|v| (v, "taken_before"))
            })
            // `the seized cigarettes numbered 26,000 cartons`: so for a
            // bare measure word, the item subject before the number.
            .or_else(|| {
                (noun.class == Some(Noun::Measure) && !noun.before && !elided)
                    .then(|| item_subject_before(&w, f.span.start, ctx.sentence.start))
                    .flatten()
                    .and_then(|n| taken_before(&w, start_of(text, n.text), ctx.sentence.start))
                    .map(|v| (v, "taken_before"))
            })
            // `Cases: 2,345 solved`: a label's verb may follow its value.
            .or_else(|| {
                (what == "label")
                    .then(|| passive_from(&w, ctx.after, ctx.sentence.end, Read::Strict))
                    .flatten()
                    .map(|v| (v, "verb_after_value"))
            });
        // `stop-payments made 1,742`: a label with a light verb names no
        // act, whatever verb stands before it.
        let verb = verb.filter(|_| what != "light_label");
        // `found 96 potential victims, and all of them were warned and
        // dissuaded`: finding them was only the start; what the whole
        // count then underwent, stated after it, was done to them. (Not
        // what finding itself records, `found 30 hidden dangers, all of
        // which were rectified`, and only a later verb that makes a record
        // of the noun: `all of them were released` makes none.)
        let verb = verb.map(|((v, at), r)| {
            let target = |v| count_target(noun.class, Some(v), ctx.fraud);
            let later = (v == Verb::Find)
                .then(|| all_of_them(&w, noun_end, ctx.sentence.end))
                .flatten()
                .filter(|&(l, _)| {
                    target(Verb::Find) != Some(Target::Tally(TallyKind::HazardsFound))
                        && !matches!(target(l), None | Some(Target::Tally(TallyKind::Other)))
                });
            match later {
                Some(later) => (later, "all_of_them"),
                None => ((v, at), r),
            }
        });
        // `Police force invested reached 4,500 person-times`: `reached`
        // gives a total of what its subject's participle, right before it,
        // did; it reaches no audience.
        let verb = verb.map(|((v, at), r)| {
            let reached =
                v == Verb::Publicize && starts_ignore_case(&text.as_bytes()[at..], b"reach");
            reached
                .then(|| subject_participle(&w, &self.index.verbs, at, ctx.sentence.start))
                .flatten()
                .map_or(((v, at), r), |p| (p, "subject_verb"))
        });
        let how = verb.map_or("no_verb", |(_, r)| r);
        // `among them one Hong Kong and six Taiwan residents`: a later item
        // of a list that `among them` opens is part of the count before it,
        // unless it has a verb of its own (`and 30 vehicles seized`).
        let own_verb = matches!(
            how,
            "verb_after_noun" | "passive" | "passive_after_insertion"
        );
        if !own_verb && !fraud_part && what != "fugitive_part" && opens_partitive(text, ctx.clause)
        {
            return None;
        }
        // `Of the 300 fugitives, 41 had fled abroad`: a part of a whole
        // counted before, told apart by what it is or did, with no act of
        // the police's, is no new count.
        if what == "topic_noun" && verb.is_none() {
            return None;
        }
        // (So is one that `including` singles out of the count before,
        // taking that count's noun, by where it came from or what it had:
        // `caught 9 suspects, including 4 from abroad`. By its crime,
        // `including 233 for fraud`, it is a count of that crime.)
        if elided && !own_verb && !fraud_part && ctx.before.word.eq_ignore_ascii_case("including") {
            let next = skip_gap(text, ctx.after, 2);
            let word = &text[next..next + ascii_word_len(&text[next..])];
            // (Not `with` a value: `including 12 with a value of 30,000
            // yuan` gives the part its money.)
            let value = starts_value(text, next + word.len());
            if ["from", "with"]
                .iter()
                .any(|p| word.eq_ignore_ascii_case(p))
                && !value
            {
                return None;
            }
        }
        let mut verb = verb.map(|(v, _)| v);
        // (The list after keeps the verb as written: `and 315 suspects`.)
        let written = verb;
        // `seized 73 smuggling cases` (machine translation's 查获): cases
        // that are the object right after a verb of seizing were solved.
        // (Not cases things were seized in, `seized 6 guns in 3 cases`,
        // nor ones a seizure comes after, `cases involved seizures of`.)
        if let Some((Verb::Seize, at)) = verb {
            let right_before = at + w.verb_on(at).map_or(0, |(_, l)| l) == c.gap;
            // (Nor cases that hold goods: `sealed 340 cases of fake wine`,
            // `cases containing 3 kg of heroin`.)
            // (Goods named past the head with no `of` are what they hold:
            // `cases methamphetamine`.)
            let past_head = || {
                let last = noun.text.rsplit(' ').next().unwrap_or(noun.text);
                !(last.eq_ignore_ascii_case("cases") || last.eq_ignore_ascii_case("case"))
                    && find_ascii(noun.text, " of ").is_none()
                    && item_kind(&w, noun.text).is_some()
            };
            let goods = || super::not_done::cases_are_boxes(&w, noun.text, noun_end) || past_head();
            if noun.class == Some(Noun::Case) && !elided && right_before && !goods() {
                verb = Some((Verb::Solve, at));
            }
        }
        // `aims to arrest 500 fugitives`, `must set up 2 checkpoints`: a
        // target or a duty, no count.
        // (With no verb the lexicon knows, `plan to set up 10
        // checkpoints`, the words right before the number.)
        let governed = match verb {
            // (`will arrest 15 more suspects`: announced, not done; so
            // are the acts joined to it.)
            Some((_, at)) => {
                let item_end = noun_end.max(f.span.end);
                let governed = self.unrealized_at(at, f.span.start, item_end);
                // (Or the verb right before the number, where a list's
                // verb was taken: `arrested 31 and will question 8 more`.)
                let prev_at = c.gap - c.prev.len();
                // (The word before the number is read again only when it
                // is not the verb already read.)
                let announced = at < f.span.start
                    && (super::not_done::announced(text, at)
                        || super::not_done::warrant_refused(text, at, f.span.start)
                        || super::not_done::approval_refused(text, at)
                        || (!c.prev.is_empty()
                            && prev_at != at
                            && super::not_done::announced(text, prev_at)
                            && (w.verb_on(prev_at).is_some()
                                || !NOUN_STOPS.iter().any(|s| c.prev.eq_ignore_ascii_case(s)))));
                if announced {
                    self.unrealized_end = Some(item_end);
                }
                governed || announced || super::not_done::without(text, at)
            }
            None => unrealized_before(text, f.span.start),
        };
        if governed && verb.is_none() {
            self.unrealized_end = Some(noun_end.max(f.span.end));
        }
        if governed {
            return None;
        }
        self.rule = Rule { how, what };
        if let Some((v, at)) = written {
            let verb_end = if passive.is_some_and(|(_, p)| p == at) {
                at + w.verb_on(at).map_or(0, |(_, l)| l)
            } else {
                0
            };
            self.last_bound = Some((noun_end.max(verb_end), v, verb_end > 0));
        }
        // (`drugs totaling 8 kg` is English order, with its word between.)
        let mt_order = noun.before && {
            let between = text
                .get(end_of(text, noun.text)..f.span.start)
                .unwrap_or("");
            !between.contains("of") && !TOTAL_WORDS.iter().any(|t| between.contains(t))
        };
        if mt_order && verb.is_some() {
            self.out.warnings.push(Warning::new(
                WarningKind::MachineTranslatedOrder,
                "binding guessed from machine-translated word order (noun before its number)",
                f.span,
            ));
        }
        Some(Done { verb, own_verb })
    }
}

/// Whether the number after `before` opens `among the ...` (`Among the
/// more than 300 checked vehicles`).
fn among_the(text: &str, before: WordBefore<'_>) -> bool {
    let WordBefore { gap, word } = before;
    if word.eq_ignore_ascii_case("among") {
        return true;
    }
    word.eq_ignore_ascii_case("the")
        && ascii_word_before(text, skip_back_spaces(text, gap - word.len(), 0))
            .eq_ignore_ascii_case("among")
}

/// Whether the verb at `at` is a passive's: an auxiliary right before it
/// (`were broken up`, `have been cracked`, `was seized`).
/// (The lexicon's auxiliaries, [`AUXILIARIES`].)
fn after_auxiliary(w: &Words<'_, '_>, at: usize) -> bool {
    let text = w.text();
    let end = skip_back_spaces(text, at, 0);
    let before = ascii_word_before(text, end);
    let start = end - before.len();
    !before.is_empty()
        && end < at
        && w.prefix(start, end, AUXILIARIES)
            .is_some_and(|(_, l)| l == before.len())
}

/// `created 40 fake accident cases`: `create` files (立案) only cases
/// called criminal (`created 7,340 criminal cases`, `created a criminal
/// case of 52`); other cases created were made up, by whoever made them.
fn created_other(text: &str, at: usize, start: usize, noun: &str) -> bool {
    let criminal = |s: &str| {
        s.split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("criminal"))
    };
    starts_ignore_case(&text.as_bytes()[at..], b"create")
        && !criminal(noun)
        && !text.get(at..start).is_some_and(criminal)
}
