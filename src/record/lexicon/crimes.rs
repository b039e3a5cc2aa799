//! The words of crime: fraud and telecom words that make a fraud context,
//! other crimes and totals that make a count mixed, and list joiners.

use crate::lex::{Class, Lexicon};

/// Words that put a clause in fraud context.
pub(crate) const FRAUD_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::Fraud,
    &[
        ("anti-fraud", ()),
        ("broken card", ()),
        ("broken-card", ()),
        ("card breaking", ()),
        ("card-breaking", ()),
        ("cheated", ()),
        ("deceived", ()),
        ("defraud", ()),
        ("defrauded", ()),
        ("defrauding", ()),
        ("dissuade", ()),
        ("dissuaded", ()),
        ("dissuading", ()),
        ("dissuasion", ()),
        ("fraud", ()),
        ("frauds", ()),
        ("fraudster", ()),
        ("fraudsters", ()),
        ("fraudulent", ()),
        ("helping information network", ()),
        ("persuaded not to transfer", ()),
        ("phishing", ()),
        ("scam", ()),
        ("scammed", ()),
        ("scammer", ()),
        ("scammers", ()),
        ("scams", ()),
        ("stop payment", ()),
        ("stop payments", ()),
        ("stop-paid", ()),
        ("stop-paying", ()),
        ("stop-payment", ()),
        ("stopped payment", ()),
        ("swindle", ()),
        ("swindled", ()),
        ("swindlers", ()),
        ("swindles", ()),
        ("swindling", ()),
        ("two cards", ()),
    ],
);

/// Words that make fraud telecom or online fraud (SPEC's `fraud` layer),
/// as opposed to pension or loan fraud.
pub(crate) const TELECOM_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::Telecom,
    &[
        ("anti-fraud", ()),
        ("app", ()),
        ("apps", ()),
        ("broken card", ()),
        ("broken-card", ()),
        ("card breaking", ()),
        ("card-breaking", ()),
        ("cellphone", ()),
        ("cyber", ()),
        ("cybercrime", ()),
        ("cybercrimes", ()),
        ("dissuade", ()),
        ("dissuaded", ()),
        ("dissuading", ()),
        ("dissuasion", ()),
        ("e-commerce", ()),
        ("electric fraud", ()),
        ("helping information network", ()),
        ("internet", ()),
        ("network fraud", ()),
        ("online", ()),
        ("order brushing", ()),
        ("order-brushing", ()),
        ("persuaded not to transfer", ()),
        ("phishing", ()),
        ("phone", ()),
        ("pig butchering", ()),
        ("pig-butchering", ()),
        ("scam", ()),
        ("scammed", ()),
        ("scammer", ()),
        ("scammers", ()),
        ("scams", ()),
        ("sms", ()),
        ("social media", ()),
        ("stop payment", ()),
        ("stop payments", ()),
        ("stop-payment", ()),
        ("stopped payment", ()),
        ("telecom", ()),
        ("telecommunication", ()),
        ("telecommunications", ()),
        ("telecoms", ()),
        ("telephone", ()),
        ("text message", ()),
        ("text messages", ()),
        ("two cards", ()),
        ("web", ()),
        ("wechat", ()),
    ],
);

/// Crimes other than fraud: a clause naming one is not about fraud even in
/// a sentence that is (`busted 41 gang-related organizations and solved
/// 1,510 telecom fraud cases`).
pub(crate) const OTHER_CRIMES: &Lexicon<()> = &Lexicon::new(
    Class::OtherCrime,
    &[
        ("arson", ()),
        ("assault", ()),
        ("assaults", ()),
        ("brawl", ()),
        ("brawls", ()),
        ("burglaries", ()),
        ("burglary", ()),
        ("drink driving", ()),
        ("drink-driving", ()),
        ("drug", ()),
        ("drugs", ()),
        ("drunk drivers", ()),
        ("drunk driving", ()),
        ("drunk-driving", ()),
        ("fighting", ()),
        ("fraudulent loans", ()),
        ("fund-raising", ()),
        ("fundraising", ()),
        ("gambling", ()),
        ("gang-related", ()),
        ("gun", ()),
        ("guns", ()),
        ("homicide", ()),
        ("illegal mining", ()),
        ("intentional injury", ()),
        ("kidnapping", ()),
        ("loan fraud", ()),
        ("murder", ()),
        ("pension", ()),
        ("pickpocket", ()),
        ("pickpocketing", ()),
        ("pickpockets", ()),
        ("poachers", ()),
        ("poaching", ()),
        ("pornography", ()),
        ("prostitution", ()),
        ("public order case", ()),
        ("public order cases", ()),
        ("public security case", ()),
        ("public security cases", ()),
        ("pyramid", ()),
        ("rape", ()),
        ("robberies", ()),
        ("robbery", ()),
        ("smuggling", ()),
        ("theft", ()),
        ("thefts", ()),
        ("trafficking", ()),
    ],
);

/// Words that make a count a total of many crimes, as [`OTHER_CRIMES`]
/// do (`solved 2,910 criminal cases of all kinds`, `3,650 suspects of
/// various types`). Before `of` they qualify the noun after them, and say
/// so only when it is no word of fraud (`all kinds of crimes`, not `all
/// kinds of telecom fraud`).
pub(crate) const MIXED_TOTALS: &Lexicon<()> = &Lexicon::new(
    Class::MixedTotal,
    &[
        ("all kinds", ()),
        ("all sorts", ()),
        ("all types", ()),
        ("other crimes", ()),
        ("other criminal", ()),
        ("various crimes", ()),
        ("various kinds", ()),
        ("various types", ()),
    ],
);

/// Words of a count of all crime (`solved 2,300 criminal cases`): in a
/// sentence that names no fraud they make its counts a total of many
/// crimes, even in a bulletin about telecom fraud. (With a fraud word in
/// the sentence they are its cases: `cracked 64 criminal cases of telecom
/// fraud`.)
pub(crate) const GENERAL_TOTALS: &Lexicon<()> = &Lexicon::new(
    Class::GeneralTotal,
    &[
        ("criminal case", ()),
        ("criminal cases", ()),
        ("criminal offences", ()),
        ("criminal offenses", ()),
    ],
);

/// Words that join items of a list that shares one verb
/// (`2,500 phone cards, 2,700 bank cards and 578 computers were seized`).
pub(crate) const LIST_JOINERS: &Lexicon<()> = &Lexicon::new(
    Class::ListJoiner,
    &[
        (",", ()),
        (", and", ()),
        ("along with", ()),
        ("and", ()),
        ("as well as", ()),
        ("plus", ()),
        ("together with", ()),
        ("、", ()),
    ],
);
