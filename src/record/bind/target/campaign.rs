//! The anti-fraud campaign's nouns in [`super::count_target`]: payments,
//! households, and the accounts, numbers and posts counted as `other`.
//! Each arm's match, every verb class named.

use super::*;

/// `stopped 1,268 transfers`, `intercepted 14 remittances`, `17,000
/// protective stop payments`: payments kept from going out. (Not
/// payments made, returned or counted as what someone did:
/// `the victim made 12 transfers`.)
pub(super) fn payment_target(verb: Option<Verb>, fraud: bool) -> Option<Target> {
    use Verb as V;
    let fraud_field = |f| fraud.then_some(Target::Fraud(f));
    match verb {
        None | Some(V::Freeze | V::Intercept | V::Block | V::Avoid | V::Dissuade) => {
            fraud_field(FraudField::PaymentsStopped)
        }
        Some(
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
            | V::Return
            | V::Issue
            | V::Visit
            | V::Prosecute
            | V::Harm
            | V::Surrender
            | V::Commit,
        ) => None,
    }
}

/// `visited 1,520 households`: the door-to-door visits of an
/// anti-fraud campaign; `dissuaded 3,200 households from
/// transferring money`: the people dissuaded.
pub(super) fn household_target(verb: Verb, fraud: bool) -> Option<Target> {
    use Verb as V;
    let fraud_field = |f| fraud.then_some(Target::Fraud(f));
    match verb {
        V::Visit => fraud_field(FraudField::DoorToDoorVisits),
        V::Block | V::Dissuade | V::Avoid => fraud_field(FraudField::PeopleDissuaded),
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
        | V::Intercept
        | V::Return
        | V::Issue
        | V::Prosecute
        | V::Harm
        | V::Surrender
        | V::Commit => None,
    }
}

/// Accounts, numbers, websites, posts: what is closed, shut down or
/// deleted is a count of its own (`closed 730 accounts`, `deleted
/// 4,100 posts`); what is visited is a door-to-door visit; nothing
/// else is a record.
pub(super) fn other_target(verb: Verb, fraud: bool) -> Option<Target> {
    use TallyKind as K;
    use Verb as V;
    let tally = |k| Some(Target::Tally(k));
    let fraud_field = |f| fraud.then_some(Target::Fraud(f));
    match verb {
        V::Visit => fraud_field(FraudField::DoorToDoorVisits),
        V::Bust => tally(K::Other),
        V::Arrest
        | V::Detain
        | V::Solve
        | V::File
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
    }
}
