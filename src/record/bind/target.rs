//! The choice of record: what a counted noun class and a verb class make
//! (a tally, a fraud field, nothing), and how a seized thing was taken.
//! Every noun and verb class is named in these matches: a new class does
//! not compile until it is placed.

use super::*;

mod inspection;
pub(super) use inspection::hazard_pair;
use inspection::{inspection, Inspection};
mod campaign;
use campaign::{household_target, other_target, payment_target};

#[derive(Debug, PartialEq)]
pub(super) enum Target {
    Tally(TallyKind),
    Fraud(FraudField),
}

/// The record a counted noun and its verb make (every class named, as above).
pub(super) fn count_target(noun: Option<Noun>, verb: Option<Verb>, fraud: bool) -> Option<Target> {
    use Noun as N;
    use TallyKind as K;
    use Verb as V;
    let tally = |k| Some(Target::Tally(k));
    let fraud_field = |f| fraud.then_some(Target::Fraud(f));
    match noun? {
        // (`33 of them were still at large`: not caught.)
        N::Fugitive if matches!(verb, Some(V::Harm | V::Commit)) => None,
        N::Fugitive => tally(K::Fugitives),
        N::Arrest => tally(K::Arrests),
        // A gang is busted by whatever is done to it, except visits and
        // talks (`visited 300 high-risk groups`), and sending out: groups
        // and teams dispatched or set up are the police's own (`dispatched
        // 30 groups`, `established 12 special teams`).
        N::Gang => match verb? {
            V::Visit | V::Publicize | V::Dissuade | V::Issue | V::Deploy | V::File => None,
            V::Arrest
            | V::Detain
            | V::Solve
            | V::Bust
            | V::Check
            | V::Find
            | V::Rectify
            | V::Handle
            | V::Mediate
            | V::Rescue
            | V::Seize
            | V::Confiscate
            | V::Recover
            | V::Freeze
            | V::Intercept
            | V::Return
            | V::Avoid
            | V::Block
            | V::Prosecute
            | V::Harm => tally(K::GangsBusted),
            V::Surrender | V::Commit => None,
        },
        // `inspected 30 workshops`: a den inspected is a place inspected.
        N::Den => match verb? {
            V::Check => tally(K::PlacesInspected),
            V::Visit => None,
            V::Arrest
            | V::Detain
            | V::Solve
            | V::File
            | V::Bust
            | V::Deploy
            | V::Find
            | V::Rectify
            | V::Handle
            | V::Mediate
            | V::Rescue
            | V::Publicize
            | V::Seize
            | V::Confiscate
            | V::Recover
            | V::Freeze
            | V::Intercept
            | V::Return
            | V::Dissuade
            | V::Issue
            | V::Avoid
            | V::Block
            | V::Prosecute
            | V::Harm => tally(K::DensDestroyed),
            V::Surrender | V::Commit => None,
        },
        // (A site visited, as one checked, is a place inspected.)
        N::Site => match verb? {
            V::Bust | V::Seize | V::Confiscate => tally(K::DensDestroyed),
            V::Check | V::Visit => tally(K::PlacesInspected),
            V::Arrest
            | V::Detain
            | V::Solve
            | V::File
            | V::Deploy
            | V::Find
            | V::Rectify
            | V::Handle
            | V::Mediate
            | V::Rescue
            | V::Publicize
            | V::Recover
            | V::Freeze
            | V::Intercept
            | V::Return
            | V::Dissuade
            | V::Issue
            | V::Avoid
            | V::Block
            | V::Prosecute
            | V::Harm
            | V::Surrender
            | V::Commit => None,
        },
        // `arrested 18 street vendors`, `inspected 64 vendors`: a trader
        // taken is a person, a trader checked is a business (商户).
        N::Trader => match verb? {
            V::Arrest | V::Detain | V::Seize => tally(K::Arrests),
            V::Check => tally(K::PlacesInspected),
            V::Handle => tally(K::OffendersHandled),
            V::Solve
            | V::File
            | V::Bust
            | V::Deploy
            | V::Find
            | V::Rectify
            | V::Mediate
            | V::Rescue
            | V::Publicize
            | V::Confiscate
            | V::Recover
            | V::Freeze
            | V::Intercept
            | V::Return
            | V::Dissuade
            | V::Issue
            | V::Avoid
            | V::Block
            | V::Visit
            | V::Prosecute
            | V::Harm
            | V::Surrender
            | V::Commit => None,
        },
        // A place is counted as inspected unless something else was done
        // to it.
        // (`visited 230 enterprises`: out of anti-fraud work, places
        // visited were inspected.)
        N::Place if verb == Some(V::Visit) => (!fraud).then_some(Target::Tally(K::PlacesInspected)),
        N::Place => match verb.map(inspection) {
            None | Some(Some(Inspection::Checked)) => tally(K::PlacesInspected),
            Some(Some(Inspection::Found | Inspection::Fixed) | None) => None,
        },
        // `carried out 8,000 vehicle checks`, `identity checks on 3,000
        // people`: each check is a vehicle or person checked.
        checks @ (N::VehicleCheck | N::PersonCheck) => match verb.map(inspection) {
            None | Some(Some(Inspection::Checked)) if checks == N::VehicleCheck => {
                tally(K::VehiclesChecked)
            }
            None | Some(Some(Inspection::Checked)) => tally(K::PeopleChecked),
            Some(Some(Inspection::Found | Inspection::Fixed) | None) => None,
        },
        N::Case => match verb? {
            // (`discovered 412 smuggling cases`: cases found are cases
            // uncovered.)
            V::Solve | V::Handle | V::Bust | V::Arrest | V::Find => tally(K::CasesSolved),
            V::File => tally(K::CasesFiled),
            // (`dissuaded 595 fraud cases`, 劝阻N起: frauds talked out of.)
            V::Block | V::Intercept | V::Dissuade => fraud_field(FraudField::CasesBlocked),
            // `mediated 121 cases`: what is mediated is a dispute.
            V::Mediate => tally(K::Disputes),
            V::Detain
            | V::Deploy
            | V::Check
            | V::Rectify
            | V::Rescue
            | V::Publicize
            | V::Seize
            | V::Confiscate
            | V::Recover
            | V::Freeze
            | V::Return
            | V::Issue
            | V::Avoid
            | V::Visit
            | V::Prosecute
            | V::Harm
            | V::Surrender
            | V::Commit => None,
        },
        // `busted 14 suspects`: people busted are arrested.
        N::Person => match verb? {
            V::Arrest | V::Detain | V::Seize | V::Handle | V::Bust => tally(K::Arrests),
            // `intercepted 30 stowaways`: people stopped in the act are caught.
            V::Intercept => tally(K::Arrests),
            V::Check => tally(K::PeopleChecked),
            V::Rescue => tally(K::Rescued),
            // `persuaded 2,900 suspects to return and surrender`: offenders
            // talked round give themselves up; they are no victims kept
            // from paying.
            V::Dissuade => tally(K::Fugitives),
            // `6 suspects surrendered`: they gave themselves up.
            V::Surrender => tally(K::Fugitives),
            V::Block => fraud_field(FraudField::PeopleDissuaded),
            // `visited 3,210 potential victims at home`
            V::Visit => fraud_field(FraudField::DoorToDoorVisits),
            // `prosecuted 30 suspects`: a later stage of justice, kept.
            V::Prosecute => tally(K::Other),
            V::Solve
            | V::File
            | V::Deploy
            | V::Find
            | V::Rectify
            | V::Mediate
            | V::Publicize
            | V::Confiscate
            | V::Recover
            | V::Freeze
            | V::Return
            | V::Issue
            | V::Avoid
            | V::Harm
            | V::Commit => None,
        },
        N::Generic => match verb? {
            V::Arrest | V::Detain | V::Seize => tally(K::Arrests),
            V::Surrender => tally(K::Fugitives),
            V::Handle => tally(K::OffendersHandled),
            V::Check => tally(K::PeopleChecked),
            V::Rescue => tally(K::Rescued),
            // `saved 540 residents from being defrauded`, `helped 12,000
            // people avoid being cheated`; out of fraud work, people saved
            // are rescued (`saved 6 people from the river`).
            V::Avoid if !fraud => tally(K::Rescued),
            V::Block | V::Dissuade | V::Avoid => fraud_field(FraudField::PeopleDissuaded),
            V::Visit => fraud_field(FraudField::DoorToDoorVisits),
            // `warned 3.9 million people`, `sent warnings to 23,000
            // residents`: in fraud work, each person warned is a warning.
            V::Issue => fraud_field(FraudField::WarningsIssued),
            V::Publicize => tally(K::Publicity),
            V::Deploy => tally(K::OfficersDeployed),
            V::Prosecute => tally(K::Other),
            V::Solve
            | V::File
            | V::Bust
            | V::Find
            | V::Rectify
            | V::Mediate
            | V::Confiscate
            | V::Recover
            | V::Freeze
            | V::Intercept
            | V::Return
            | V::Harm
            | V::Commit => None,
        },
        // `returned to their families`, `17 abducted children were recovered`
        N::Victim => match verb? {
            V::Return if fraud => None, // (fraud victims got money back)
            // `found and returned 326 missing persons`
            V::Rescue | V::Recover | V::Find | V::Return => tally(K::Rescued),
            // `arrested 15 men and 4 women`: whoever is arrested is a
            // suspect.
            V::Arrest | V::Detain => tally(K::Arrests),
            V::Avoid if !fraud => tally(K::Rescued),
            // (`counselled 2,740 potential victims`: victims counselled
            // in a fraud context were talked out of paying.)
            V::Block | V::Dissuade | V::Avoid | V::Handle => {
                fraud_field(FraudField::PeopleDissuaded)
            }
            V::Visit => fraud_field(FraudField::DoorToDoorVisits),
            // `warned 52,000 potential victims`
            V::Issue => fraud_field(FraudField::WarningsIssued),
            V::Solve
            | V::File
            | V::Bust
            | V::Deploy
            | V::Check
            | V::Rectify
            | V::Mediate
            | V::Publicize
            | V::Seize
            | V::Confiscate
            | V::Freeze
            | V::Intercept
            | V::Prosecute
            | V::Harm
            | V::Surrender
            | V::Commit => None,
        },
        // Officers counted in a bulletin are the force put in, whatever
        // they then did (`Over 100 police officers raided ...`, `the
        // campaign drew 7,000 officers`), unless something was done to them.
        // `sent 120 officers and 30 patrol cars`: sending a force deploys it.
        N::Officer => match verb {
            None | Some(V::Deploy | V::Issue | V::Bust | V::Check | V::Solve | V::Seize) => {
                tally(K::OfficersDeployed)
            }
            Some(
                V::Arrest
                | V::Detain
                | V::File
                | V::Find
                | V::Rectify
                | V::Handle
                | V::Mediate
                | V::Rescue
                | V::Publicize
                | V::Confiscate
                | V::Recover
                | V::Freeze
                | V::Intercept
                | V::Return
                | V::Dissuade
                | V::Avoid
                | V::Block
                | V::Visit
                | V::Prosecute
                | V::Harm
                | V::Surrender
                | V::Commit,
            ) => None,
        },
        N::Vehicle => match verb? {
            V::Deploy | V::Issue => tally(K::VehiclesDeployed),
            // `investigated 1,200 vehicles`: checked.
            V::Check | V::Solve => tally(K::VehiclesChecked),
            // `dealt with 1,200 illegal vehicles`: traffic violations handled.
            V::Handle => tally(K::OffendersHandled),
            V::Arrest
            | V::Detain
            | V::File
            | V::Bust
            | V::Find
            | V::Rectify
            | V::Mediate
            | V::Rescue
            | V::Publicize
            | V::Seize
            | V::Confiscate
            | V::Recover
            | V::Freeze
            | V::Intercept
            | V::Return
            | V::Dissuade
            | V::Avoid
            | V::Block
            | V::Visit
            | V::Prosecute
            | V::Harm
            | V::Surrender
            | V::Commit => None,
        },
        N::Patrol => tally(K::Patrols),
        // `carried out 45 clearance operations`: the actions a force
        // carried out (no verb of the lexicon says so), unless something
        // befell them or was done to them.
        N::Operation => match verb {
            None
            | Some(
                V::Arrest
                | V::Detain
                | V::Solve
                | V::Bust
                | V::Deploy
                | V::Check
                | V::Find
                | V::Rectify
                | V::Handle
                | V::Mediate
                | V::Rescue
                | V::Seize
                | V::Confiscate
                | V::Recover
                | V::Freeze
                | V::Intercept
                | V::Return
                | V::Dissuade
                | V::Avoid
                | V::Block,
            ) => tally(K::Other),
            Some(
                V::File
                | V::Publicize
                | V::Issue
                | V::Visit
                | V::Prosecute
                | V::Harm
                | V::Surrender
                | V::Commit,
            ) => None,
        },
        N::Checkpoint => tally(K::Checkpoints),
        // `investigated 300 hidden dangers` finds them; `dealt with` fixes them.
        N::Hazard => match inspection(verb?) {
            Some(Inspection::Checked | Inspection::Found) => tally(K::HazardsFound),
            Some(Inspection::Fixed) => tally(K::HazardsRectified),
            None => None,
        },
        N::Dispute => tally(K::Disputes),
        // `8,000 registered drug users`: a running total, not police action.
        // (`rescued 27 drivers trapped by the snow`: whoever is rescued
        // is no offender.)
        N::Offender => match verb? {
            V::Rescue => tally(K::Rescued),
            // `helped 3,720 users avoid being cheated`, `dissuaded 96 users
            // from paying`: in fraud work the users are an app's or a
            // bank's, kept from paying, no drug users.
            V::Avoid | V::Dissuade if fraud => fraud_field(FraudField::PeopleDissuaded),
            V::File | V::Surrender | V::Commit => None,
            V::Arrest
            | V::Detain
            | V::Solve
            | V::Bust
            | V::Deploy
            | V::Check
            | V::Find
            | V::Rectify
            | V::Handle
            | V::Mediate
            | V::Publicize
            | V::Seize
            | V::Confiscate
            | V::Recover
            | V::Freeze
            | V::Intercept
            | V::Return
            | V::Dissuade
            | V::Issue
            | V::Avoid
            | V::Block
            | V::Visit
            | V::Prosecute
            | V::Harm => tally(K::OffendersHandled),
        },
        N::Measure => match verb? {
            V::Rescue => tally(K::Rescued),
            V::Freeze => fraud_field(FraudField::PaymentsStopped),
            V::Visit => fraud_field(FraudField::DoorToDoorVisits),
            V::Arrest
            | V::Detain
            | V::Solve
            | V::File
            | V::Bust
            | V::Deploy
            | V::Check
            | V::Find
            | V::Rectify
            | V::Handle
            | V::Mediate
            | V::Publicize
            | V::Seize
            | V::Confiscate
            | V::Recover
            | V::Intercept
            | V::Return
            | V::Dissuade
            | V::Issue
            | V::Avoid
            | V::Block
            | V::Prosecute
            | V::Harm
            | V::Surrender
            | V::Commit => None,
        },
        // `intercepted 2.28 billion text messages`: messages stopped are
        // fraud's, not publicity sent.
        N::Publicity => match verb {
            Some(V::Intercept | V::Block) => None,
            None
            | Some(
                V::Arrest
                | V::Detain
                | V::Solve
                | V::File
                | V::Bust
                | V::Deploy
                | V::Check
                | V::Find
                | V::Rectify
                | V::Handle
                | V::Mediate
                | V::Rescue
                | V::Publicize
                | V::Seize
                | V::Confiscate
                | V::Recover
                | V::Freeze
                | V::Return
                | V::Dissuade
                | V::Issue
                | V::Avoid
                | V::Visit
                | V::Prosecute
                | V::Harm
                | V::Surrender
                | V::Commit,
            ) => tally(K::Publicity),
        },
        N::Warning => fraud_field(FraudField::WarningsIssued),
        N::Visit => fraud_field(FraudField::DoorToDoorVisits),
        N::Payment => payment_target(verb, fraud),
        N::Household => household_target(verb?, fraud),
        N::Other => other_target(verb?, fraud),
    }
}
