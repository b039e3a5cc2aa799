//! The classes of verbs: what was done to a counted thing.

/// What a verb does to the thing counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verb {
    /// arrested, captured, nabbed
    Arrest,
    /// detained (criminal detention, which precedes formal arrest)
    Detain,
    /// cracked, solved, detected, uncovered
    Solve,
    /// filed, reported, occurred, registered
    File,
    /// busted, destroyed, smashed, dismantled
    Bust,
    /// dispatched, mobilized, deployed
    Deploy,
    /// checked, inspected, interrogated, questioned
    Check,
    /// discovered, found, identified
    Find,
    /// rectified, eliminated
    Rectify,
    /// dealt with, punished, fined, counseled
    Handle,
    /// mediated, resolved
    Mediate,
    /// rescued, helped, served
    Rescue,
    /// distributed, held, produced, reached
    Publicize,
    /// seized, seizure of
    Seize,
    /// confiscated
    Confiscate,
    /// recovered, retrieved
    Recover,
    /// frozen, stop-paid
    Freeze,
    /// intercepted
    Intercept,
    /// returned, refunded, given back
    Return,
    /// dissuaded, persuaded, discouraged
    Dissuade,
    /// visited (households, potential victims)
    Visit,
    /// issued, pushed, sent (warnings)
    Issue,
    /// avoided, saved (losses)
    Avoid,
    /// blocked, prevented
    Block,
    /// prosecuted, sentenced, transferred, referred, forwarded: a later
    /// stage of justice that makes no tally of its own, but keeps an
    /// earlier verb from binding
    Prosecute,
    /// injured, died, at large, released on bail: something that befell
    /// those counted, not done by police
    Harm,
    /// stole, sold, smuggled: what those counted did (`arrested 4 men who
    /// stole 12 motorcycles`), which takes nothing of theirs
    Commit,
    /// surrendered, turned themselves in: people who gave themselves up
    /// (fugitives, when people are counted)
    Surrender,
}
