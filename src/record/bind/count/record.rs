//! The record a count makes, from its noun class and verb class: a
//! seizure first (`seized`), then the cases where the words around change the
//! record (fugitives, recipients of warnings and visits, units inspected),
//! then [`count_target`] and (in `target`) the fraud field a tally may be.

use super::*;

mod around;
pub(super) mod changed;
mod conduct;
mod labelled;
mod prevention;
mod seized;
mod status;
mod target;
use around::*;
use target::intercepted_as_written;

impl<'a> Binder<'_, 'a> {
    /// Records the count `c` of `f` that `done` says was done.
    pub(super) fn count_record(
        &mut self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        c: &mut Counted<'a>,
        done: Done,
    ) {
        let text = self.text;
        let w = self.words;
        let Done { verb, own_verb } = done;
        let (prev, gap, elided) = (c.prev, c.gap, c.elided);
        let mut noun = c.noun;
        // `towed 52 illegally parked vehicles` took them from offenders;
        // `towed 5 broken-down lorries` helped (`towed away` takes any).
        let towed = verb.is_some_and(|(_, at)| {
            let b = &text.as_bytes()[at..];
            starts_ignore_case(b, b"towed ") && !starts_ignore_case(b, b"towed away")
        });
        if towed && !names_violation(noun.text) {
            return;
        }
        // `stopping payment of 617 bank cards`: cards a stop payment was
        // put on are no cards seized.
        if ctx.fraud_work
            && prevention::stop_paid_of(text, noun.text, (prev, gap), ctx.sentence.start)
        {
            self.rule.what = "accounts_stop_paid";
            self.set_fraud(FraudField::PaymentsStopped, f);
            return;
        }
        // Things seized come first: `seized 2 guns` is a seizure, not a tally.
        if self.count_seized(f, ctx, c, verb) {
            return;
        }
        // `27 people wanted for robbery`, `6 people were found to be online
        // fugitives`: what people are sought or found as names them.
        if let Some(named) =
            sought_or_found_as(&w, noun, elided, verb, f.span.end, ctx.sentence.end)
        {
            noun = named;
        }
        // `arrested 37,000 people who had fled`: [`status::fled`].
        if status::fled(text, noun, verb, ctx.sentence.end) {
            noun.class = Some(Noun::Fugitive);
        }

        // `the ring had 160 police on its trail`: officers someone has are
        // no force deployed.
        // `officers in 12 groups`, `divided into 5 groups`: groups formed,
        // not gangs.
        // (`resulted in 23 gangs being busted`: not with a verb of their own.)
        if noun.class == Some(Noun::Gang)
            && !own_verb
            && ["in", "into"].iter().any(|p| prev.eq_ignore_ascii_case(p))
        {
            return;
        }
        // (`set up 6 task forces with 85 police officers`: the officers a
        // team is formed with are put in.)
        let team =
            noun.class == Some(Noun::Officer) && team_with(text, f.span.start, ctx.sentence.start);
        if noun.class == Some(Noun::Officer)
            && verb.is_none()
            && !team
            && possessed(text, f.span.start, ctx.before)
        {
            return;
        }
        let mut verb_class = verb.map(|(v, _)| v);
        if team || audience_of_talks(&w, noun, prev, gap, ctx.sentence.start) {
            verb_class = Some(if team { Verb::Deploy } else { Verb::Publicize });
        }
        // `45 events were secured, attended by 380,000 people`: an
        // audience is publicity's only when publicity drew it (`820
        // lectures, with 310,000 students taking part`), whatever its verb.
        if noun.class == Some(Noun::Generic)
            && matches!(verb_class, Some(Verb::Publicize | Verb::Deploy))
            && verb.is_some_and(|(_, at)| audience_verb(text, at))
        {
            let from = ceil_char(text, f.span.start.saturating_sub(160)).max(ctx.sentence.start);
            if publicity_in(&w, from, f.span.start) {
                verb_class = Some(Verb::Publicize);
            } else if verb_class == Some(Verb::Publicize) {
                return;
            }
        }
        // `Telecom fraud cases fell 18% to 21,000`, `the number of theft
        // cases was 3,102`: cases that are the subject of a bare number,
        // with no verb of enforcement, are the cases that occurred.
        // (Only a number the clause states them at: not `dropped 37% in
        // 2023`.)
        let stated = [
            "to", "was", "were", "is", "are", "at", "totaled", "totalled", "numbered", "reached",
        ]
        .iter()
        .any(|p| prev.eq_ignore_ascii_case(p));
        // So are the cases a place had: `The county had 126 telecom fraud
        // cases this year`. (Read only when asked: below, or of things
        // that are no cases.)
        let owned = || had(text, f.span.start, ctx.before);
        // And the cases a change ends at: `incidence decreased to 1,800
        // cases`, `rose 7% to 870 cases`, `fell from 1,204 to 987 cases`.
        let changed_to = changed::change_reaches(text, prev, gap, ctx.prev, ctx.sentence.start);
        // And cases set out as a label with no verb, the number ending
        // its item: `Telecom fraud cases 1.06万起, down 25%`, `fraud:
        // fraud cases 1,930;`.
        let listed = noun.before
            && self.rule.what == "noun_before_number"
            && label_item(
                text,
                ctx.sentence.start,
                start_of(text, noun.text),
                f.span.end,
            );
        // `placing 1,228 cases ... on record`: [`status::put_on_record`].
        let end = end_of(text, noun.text);
        if noun.class == Some(Noun::Case)
            && status::put_on_record(text, prev, end, ctx.sentence.end)
        {
            verb_class = Some(Verb::File);
        }
        if noun.class == Some(Noun::Case)
            && verb_class.is_none()
            && ((stated && self.rule.what == "subject_before") || owned() || changed_to || listed)
        {
            verb_class = Some(Verb::File);
        }
        // `Police cars: 5.`: the force's own vehicles set out as a label.
        if noun.class == Some(Noun::Vehicle) && verb_class.is_none() && self.rule.what == "label" {
            verb_class = force_vehicles(text, start_of(text, noun.text)).then_some(Verb::Deploy);
        }
        // `Drunk driving: 14`, `Unlicensed drivers: 8`: offences and
        // offenders set out as a label with no verb were dealt with.
        // (So are they before their number: `fines 58 people`.)
        let set_out = matches!(self.rule.what, "label" | "noun_before_number");
        if noun.class == Some(Noun::Offender) && verb_class.is_none() && set_out {
            verb_class = Some(Verb::Handle);
        }
        // `handled 1,412 police calls`, `dealt with 900 alarms`: calls to
        // the police handled are reports received, no case solved.
        if noun.class == Some(Noun::Case)
            && verb_class == Some(Verb::Handle)
            && conduct::calls_to_police(noun.text)
        {
            verb_class = Some(Verb::File);
        }
        // `seized 1,395 suspects in 689 criminal cases`: the cases in which
        // people were taken are cases solved.
        if noun.class == Some(Noun::Case)
            && verb_class == Some(Verb::Seize)
            && prev.eq_ignore_ascii_case("in")
        {
            verb_class = Some(Verb::Solve);
        }
        // `investigated 4,800 places`, `1,200 venues were investigated`:
        // places a verb of inquiry takes as its own object were inspected,
        // and so are the later items of its list (`investigated 45 hotels
        // and 230 internet cafes`).
        // (Not where cases were solved: `solved 40 cases in 12 places`.)
        if noun.class == Some(Noun::Place)
            && verb_class == Some(Verb::Solve)
            && (own_verb
                || self.rule.how == "list_chain"
                || verb_right_before(&w, &self.index.verbs, f.span.start, ctx.sentence.start)
                // `investigated entertainment places 580`: the verb right
                // before a noun read before its number, and its modifiers.
                || (noun.before && verb.is_some_and(|(_, at)| verb_opens_noun(&w, at, noun.text))))
        {
            verb_class = Some(Verb::Check);
        }
        // `investigated personnel 4,200`, `investigated 3,000 people and
        // 900 vehicles`: people and vehicles a verb of inquiry takes as its
        // object were checked (盘查), right after it or in its list; not
        // those it names as suspects (`41 people were investigated for
        // fraud`), nor those a verb far back reaches.
        if matches!(noun.class, Some(Noun::Generic | Noun::Vehicle))
            && verb_class == Some(Verb::Solve)
            && !own_verb
            && (self.rule.how == "list_chain"
                || verb_right_before(&w, &self.index.verbs, c.left_from, ctx.sentence.start)
                || (noun.before && after_listed_count(&w, &self.index.verbs, c.left_from, ctx)))
            && !suspected(text, c.noun_end)
            && !status::suspected_later(text, c.noun_end, ctx.sentence.end)
        {
            verb_class = Some(Verb::Check);
        }
        if self.prevention_count(f, ctx, noun, (prev, gap), verb) {
            return;
        }
        // `checked 1,860 units`: the units (单位, workplaces) inspected are
        // places; `45,000 units of fishing gear` measure what follows.
        let units = noun.class == Some(Noun::Measure)
            && noun
                .text
                .rsplit(' ')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case("units"));
        if units && verb_class == Some(Verb::Check) {
            self.tally(TallyKind::PlacesInspected, noun.text, f);
            return;
        }
        let ceil = ctx.sentence.end;
        if verb.is_some_and(|(_, at)| boarded_by(text, at, f.span.start, noun, ceil)) {
            return;
        }
        // `fined 38 hotels`, `27 units fined`: places fined or punished
        // are violators dealt with (their keepers), no places inspected.
        let place = units || noun.class == Some(Noun::Place);
        if place && verb.is_some_and(|(v, at)| v == Verb::Handle && penalizes(text, at)) {
            self.tally(TallyKind::OffendersHandled, noun.text, f);
            return;
        }
        // `officers on the streets, with 420 patrol cars`: put in too; and
        // the force an operation involved (`involving 900 police staff`).
        // (The number's own noun: not a subject read before it.)
        let involving =
            ["involved", "involving"].contains(&prev) && self.rule.what == "number_noun";
        // (`the scandal involving 6 police officers`: those it was about.)
        if noun.class == Some(Noun::Officer) && involving && involved_in_wrong(text, gap, prev) {
            return;
        }
        if (noun.class == Some(Noun::Vehicle)
            && verb_class.is_none()
            && police_with(prev, noun.text))
            || (noun.class == Some(Noun::Officer) && involving)
        {
            verb_class = Some(Verb::Deploy);
        }
        // `dealt with 1,200 illegal vehicles`: a vehicle handled is a
        // violation only when its noun says so (`ordered 30 new police
        // cars` buys them).
        if noun.class == Some(Noun::Vehicle)
            && verb_class == Some(Verb::Handle)
            && !names_violation(noun.text)
        {
            return;
        }
        // `stopped 1,862 vehicles at checkpoints`: vehicles stopped were
        // stopped to be checked (no money or fraud is blocked); the verb's
        // own object or passive (not `stopped a lorry with 12 cars`).
        let stopped = verb.is_some_and(|(_, at)| {
            let b = &text.as_bytes()[at..];
            let object = at < f.span.start && {
                let e = at + ascii_word_len(&text[at..]);
                text.get(e..f.span.start)
                    .is_some_and(|g| g.trim().is_empty())
            };
            starts_ignore_case(b, b"stop") && (at > f.span.start || object)
        });
        if noun.class == Some(Noun::Vehicle) && verb_class == Some(Verb::Block) && stopped {
            verb_class = Some(Verb::Check);
        }
        // `closed 9 shops`, `3 bathhouses were shut down`: places closed or
        // sealed are businesses shut, no dens (hideouts, workshops) destroyed.
        let closes = verb.is_some_and(|(_, at)| {
            let b = &text.as_bytes()[at..];
            ["closed", "closing", "shut", "sealed", "banned", "outlawed"]
                .iter()
                .any(|c| starts_ignore_case(b, c.as_bytes()))
        });
        if noun.class == Some(Noun::Place) && closes {
            self.tally(TallyKind::Other, noun.text, f);
            return;
        }
        // `breathalysed 2,340 drivers`, `checked 860 motorists`: road users
        // checked are people checked, unless an offence names them
        // offenders (`checked 41 drunk drivers`); so are offenders only
        // suspected ([`status::only_suspected`]).
        if noun.class == Some(Noun::Offender)
            && verb_class == Some(Verb::Check)
            && ((road_users(noun.text) && !names_violation(noun.text))
                || status::only_suspected(noun.text))
        {
            noun.class = Some(Noun::Generic);
        }
        // `the airport handled 1.1 million passenger trips`: travellers a
        // station or port handled are its traffic, no offenders.
        let hub = |at| hub_traffic(text, ctx.sentence.start, at, noun.text);
        if verb_class == Some(Verb::Handle)
            && travellers(noun.text)
            && verb.is_some_and(|(_, at)| hub(at))
        {
            return;
        }
        // `96 gamblers were dealt with administratively`: people handled
        // under administrative law are offenders handled, not arrests.
        if noun.class == Some(Noun::Person)
            && verb_class == Some(Verb::Handle)
            && verb.is_some_and(|(_, at)| administrative(&w, at))
        {
            noun.class = Some(Noun::Generic);
        }
        if conduct::officials_disciplined(text, &mut noun, verb) {
            verb_class = Some(Verb::Prosecute);
        }
        // (`placed under criminal coercive measures`, `19 names`.)
        noun.class = people_class(&w, noun, verb);
        // `returned 9.6 million yuan to 1,214 victims`: those something
        // was returned to are no count of their own.
        if verb_class == Some(Verb::Return) && prev.eq_ignore_ascii_case("to") {
            return;
        }
        // `recovered 880,000 yuan for 14 victims`: nor are those money was
        // recovered, returned or frozen for.
        let for_money = matches!(
            verb_class,
            Some(Verb::Recover | Verb::Return | Verb::Freeze | Verb::Intercept)
        );
        if for_money && prev.eq_ignore_ascii_case("for") {
            return;
        }
        // `arrested 10 suspects in the course of two police operations`:
        // the operations in which something was done frame it; only those
        // carried out, the object of their verb, are counted. (`two waves
        // of campaigns` count rounds, not the operations themselves.)
        if noun.class == Some(Noun::Operation)
            && (frames(text, prev, gap) || find_ascii(noun.text, " of ").is_some())
        {
            return;
        }
        if noun.class == Some(Noun::Place) && verb_class.is_none() && is_location(prev) {
            return; // `gave 30 talks in 22 hotels`: where, not what was inspected
        }
        // `The city has 3,000 hotels`: what a place has is background, no
        // count of work done. (Unless a verb after it says what was done:
        // `has 30 hidden dangers rectified`.)
        // (And so is the rest of its list: `and 1,200 internet cafes`.)
        // (Cases a place had occurred there, as below.)
        if noun.class != Some(Noun::Case)
            && !verb.is_some_and(|(_, at)| at > f.span.start)
            && owned()
        {
            return;
        }
        // `busted 14 suspects`: people are busted only as the verb's own
        // object. The members of what was busted (`smashed a ring of 6
        // suspects`, `busted a scheme involving 30,000 members`) were not.
        if verb_class == Some(Verb::Bust) && noun.class == Some(Noun::Person) {
            // (Or the subject of its passive: `14 suspects were busted`.)
            let object = verb.is_some_and(|(_, at)| {
                let end = at + w.verb_on(at).map_or(0, |(_, l)| l);
                at > f.span.start
                    || text
                        .get(end..f.span.start)
                        .is_some_and(|g| g.trim().is_empty())
            });
            if !object {
                return;
            }
        }
        if conduct::counts_kinds(noun.text) {
            return;
        }
        // (`discovered 412 cases`, not `found carrying 80 cases`.)
        let close = || {
            own_verb || verb_right_before(&w, &self.index.verbs, f.span.start, ctx.sentence.start)
        };
        if conduct::no_cases(noun, prev, verb_class, close) {
            return;
        }
        // `The number of people who stayed off drugs reached 3.4 million`:
        // people a total reached are no audience.
        if verb_class == Some(Verb::Publicize)
            && self.rule.what == "subject_before"
            && matches!(noun.class, Some(Noun::Generic | Noun::Person))
        {
            return;
        }
        // `persuaded 210,000 people involved in fraud abroad to return`:
        // people talked into coming back are fugitives, not victims kept
        // from paying.
        if verb_class == Some(Verb::Dissuade) && noun.class == Some(Noun::Generic) {
            let end = end_of(text, noun.text);
            // (A noun run past its sentence's end has no rest to read.)
            let limit = floor_char(text, ctx.sentence.end.min(end + 80));
            let rest = text.get(end..limit).unwrap_or("");
            let come_back = [" to return", " to surrender", " to turn themselves in"]
                .iter()
                .any(|p| find_ascii(rest, p).is_some());
            if come_back {
                noun.class = Some(Noun::Person);
            }
        }
        // (`arrested 9 people for drunk driving`, `found 7 fire violations`.)
        noun.class = conduct::class_by_conduct(text, noun, verb_class);
        if noun.class == Some(Noun::Offender) && arrested_offender(noun.text, verb_class) {
            noun.class = Some(Noun::Person);
        }
        // `educated 2,300 people riding e-bikes without helmets`: people
        // educated for what they were doing were dealt with, no audience.
        if verb_class == Some(Verb::Publicize)
            && noun.class == Some(Noun::Generic)
            && conduct::educated_for_conduct(text, verb, noun.text)
        {
            noun.class = Some(Noun::Offender);
        }
        // `early warnings reached 1.2 million person-times`: people or
        // times that warnings reached count the warnings.
        if matches!(noun.class, Some(Noun::Generic | Noun::Measure))
            && verb_class == Some(Verb::Publicize)
        {
            let warned = verb
                .filter(|&(_, at)| at < f.span.start)
                .and_then(|(_, at)| subject_before(&w, at, ctx.sentence.start))
                .is_some_and(|n| n.class == Some(Noun::Warning));
            if warned {
                noun.class = Some(Noun::Warning);
            }
        }
        // `cracked 36 cases/52 people` (破案36起/52人): the people paired
        // by a slash with the cases solved are the suspects caught in them.
        let paired = text[..f.span.start].strip_suffix('/').is_some_and(|b| {
            let b = b.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let word = &text[b.len()..f.span.start - 1];
            (word.eq_ignore_ascii_case("cases") || word.eq_ignore_ascii_case("case"))
                && b.strip_suffix(' ')
                    .is_some_and(|n| n.ends_with(|c: char| c.is_ascii_digit()))
        });
        if paired
            && verb_class == Some(Verb::Solve)
            && matches!(noun.class, Some(Noun::Generic | Noun::Person))
        {
            verb_class = Some(Verb::Arrest);
        }
        // `deleted 2,800 rumour posts`: only online content is deleted
        // (videos too, no publicity); not `helped 3,000 users delete the app`.
        if verb.is_some_and(|(_, at)| deletes(text, at)) {
            match noun.class {
                Some(Noun::Other) => {}
                Some(Noun::Publicity) => noun.class = Some(Noun::Other),
                _ => return,
            }
        }
        if verb_class == Some(Verb::Rescue) && helped_set_up(text, noun.text) {
            verb_class = Some(Verb::Publicize);
        }
        // `received 560 warnings and made 326 emergency stop payments`: a
        // stop payment is the stopping itself, whatever verb is nearest.
        if noun.class == Some(Noun::Payment) && names_stop(noun.text) {
            verb_class = Some(Verb::Freeze);
        }
        // `warned 120 people` outside fraud work: people warned were dealt with.
        noun.class = warned_class(text, verb, noun, ctx.fraud_work);
        // (`intercepted 12 stowaways`: [`intercepted_as_written`].)
        if verb_class == Some(Verb::Intercept) && !intercepted_as_written(text, f, noun, elided) {
            return;
        }
        // `brought in for questioning as witnesses`: heard, not held.
        if verb_class == Some(Verb::Arrest) && conduct::as_witnesses(text, f.span.end, ctx.clause) {
            return;
        }
        if elided && conduct::part_described(text, f.span.end, noun, verb_class) {
            return;
        }
        // `deported 35 suspects`: people moved ([`fraud::people_moved`]).
        verb_class =
            fraud::people_moved(text, noun, verb, f.span.end, ctx.clause.end).or(verb_class);
        let Some(target) = count_target(noun.class, verb_class, ctx.fraud_work) else {
            return;
        };
        self.record_target(target, f, ctx, noun, verb);
    }
}
