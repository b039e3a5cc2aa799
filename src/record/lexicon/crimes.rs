//! The words of crime: fraud and telecom words that make a fraud context,
//! other crimes and totals that make a count mixed, and list joiners.

use crate::lex::{Class, Lexicon};

/// Words that put a clause in fraud context.
pub(crate) const FRAUD_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::Fraud,
    &[
        ("anti-deception", ()),
        ("anti-fraud", ()),
        ("anti-scam", ()),
        ("bank-police", ()),
        ("broken card", ()),
        ("broken-card", ()),
        ("card breaking", ()),
        ("card-breaking", ()),
        ("cheated", ()),
        ("con artists", ()),
        ("con man", ()),
        ("con men", ()),
        ("conman", ()),
        ("conmen", ()),
        ("conned", ()),
        ("cyberfraud", ()),
        ("cyberfrauds", ()),
        ("cyberscam", ()),
        ("cyberscams", ()),
        ("deceived", ()),
        ("deception", ()),
        ("deceptions", ()),
        ("defraud", ()),
        ("defrauded", ()),
        ("defrauding", ()),
        ("dissuade", ()),
        ("dissuaded", ()),
        ("dissuading", ()),
        ("dissuasion", ()),
        // `Duanka (断卡)`: card-breaking, in pinyin.
        ("duanka", ()),
        // (`duped`, `fleeced`, `tricked`: said of victims, as `cheated` is.)
        ("duped", ()),
        ("e-fraud", ()),
        ("electro-fraud", ()),
        ("electro-frauds", ()),
        ("electrofraud", ()),
        ("fleeced", ()),
        ("fraud", ()),
        ("frauds", ()),
        ("fraudster", ()),
        ("fraudsters", ()),
        ("fraudulent", ()),
        ("helping information network", ()),
        ("killing pig", ()),
        // `new types of telecom network crime` (新型电信网络犯罪): the
        // ministry's name for telecom fraud and the trades that serve it.
        // (Not bare `telecom network crime`: a total of it may mix fraud
        // with hacking or data theft, a tally.)
        ("new type of telecom network crime", ()),
        ("new types of telecom network crime", ()),
        ("new types of telecom network crimes", ()),
        ("new-type telecom network crime", ()),
        ("new-type telecom network crimes", ()),
        ("persuaded not to transfer", ()),
        ("phishing", ()),
        ("pig butchering", ()),
        ("pig-butchering", ()),
        ("pig-killing", ()),
        ("police-bank", ()),
        ("scam", ()),
        ("scammed", ()),
        ("scammer", ()),
        ("scammers", ()),
        ("scamming", ()),
        ("scams", ()),
        ("smishing", ()),
        ("stop payment", ()),
        ("stop payments", ()),
        ("stop-paid", ()),
        ("stop-paying", ()),
        ("stop-payment", ()),
        ("stopped payment", ()),
        ("suspended payment", ()),
        ("swindle", ()),
        ("swindled", ()),
        ("swindler", ()),
        ("swindlers", ()),
        ("swindles", ()),
        ("swindling", ()),
        ("tele-fraud", ()),
        ("telefraud", ()),
        ("tricked", ()),
        ("two cards", ()),
        // (`vishing`, `smishing`: phishing by voice call and by text.)
        ("vishing", ()),
    ],
);

/// What people dissuaded were kept from doing when the dissuasion is no
/// anti-fraud work: after `from`, a gerund of a risky or unlawful pastime
/// (`dissuaded 50 people from setting off fireworks`, `from swimming in
/// the reservoir`). Before any other gerund (`from transferring money`,
/// `from buying fake products`) a word of dissuasion stays fraud work:
/// the ways a victim is cheated are too many to list.
pub(crate) const OTHER_GERUNDS: &[&str] = &[
    "boating", "burning", "camping", "climbing", "diving", "drinking", "driving", "entering",
    "fighting", "fishing", "flying", "gambling", "hiking", "hunting", "letting", "lighting",
    "playing", "racing", "riding", "setting", "skating", "smoking", "speeding", "swimming",
    "wading",
];

/// Words that make fraud telecom or online fraud (SPEC's `fraud` layer),
/// as opposed to pension or loan fraud.
pub(crate) const TELECOM_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::Telecom,
    &[
        // (Apps and payment platforms a scam runs through: `Alipay`, `Douyin`,
        // `QQ`, `TikTok`, `WhatsApp`, and live streaming, are online.)
        ("alipay", ()),
        ("anti-deception", ()),
        ("anti-fraud", ()),
        ("anti-scam", ()),
        ("app", ()),
        ("apps", ()),
        ("bank-police", ()),
        ("broken card", ()),
        ("broken-card", ()),
        ("card breaking", ()),
        ("card-breaking", ()),
        ("cellphone", ()),
        ("cyber", ()),
        ("cybercrime", ()),
        ("cybercrimes", ()),
        ("cyberfraud", ()),
        ("cyberfrauds", ()),
        ("cyberscam", ()),
        ("cyberscams", ()),
        ("dissuade", ()),
        ("dissuaded", ()),
        ("dissuading", ()),
        ("dissuasion", ()),
        ("douyin", ()),
        ("duanka", ()),
        ("e-commerce", ()),
        ("e-fraud", ()),
        ("electric fraud", ()),
        ("electro-fraud", ()),
        ("electro-frauds", ()),
        ("electrofraud", ()),
        ("electronic fraud", ()),
        ("helping information network", ()),
        ("internet", ()),
        ("killing pig", ()),
        ("live streaming", ()),
        ("live-streaming", ()),
        ("livestreaming", ()),
        ("network fraud", ()),
        ("online", ()),
        ("order brushing", ()),
        ("order-brushing", ()),
        ("persuaded not to transfer", ()),
        ("phishing", ()),
        ("phone", ()),
        ("pig butchering", ()),
        ("pig-butchering", ()),
        ("pig-killing", ()),
        ("police-bank", ()),
        ("qq", ()),
        ("scam", ()),
        ("scammed", ()),
        ("scammer", ()),
        ("scammers", ()),
        ("scamming", ()),
        ("scams", ()),
        ("smishing", ()),
        ("sms", ()),
        ("social media", ()),
        ("stop payment", ()),
        ("stop payments", ()),
        ("stop-payment", ()),
        ("stopped payment", ()),
        ("suspended payment", ()),
        ("tele-fraud", ()),
        ("telecom", ()),
        ("telecommunication", ()),
        ("telecommunications", ()),
        ("telecoms", ()),
        ("telefraud", ()),
        ("telephone", ()),
        ("text message", ()),
        ("text messages", ()),
        ("tiktok", ()),
        ("two cards", ()),
        ("vishing", ()),
        ("web", ()),
        ("wechat", ()),
        ("whatsapp", ()),
        ("wire fraud", ()),
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
        ("blackmail", ()),
        ("brawl", ()),
        ("brawls", ()),
        ("bribery", ()),
        ("bribes", ()),
        ("burglaries", ()),
        ("burglary", ()),
        ("corruption", ()),
        ("counterfeiting", ()),
        ("dangerous driving", ()),
        ("drink driving", ()),
        ("drink-driving", ()),
        // (Drugs by name, `heroin`, `methamphetamine`, were tried and left
        // out: a word soup that drops one into a fraud sentence lost its
        // fraud figure; `drug` and `drugs` name them in a bulletin.)
        ("drug", ()),
        ("drugs", ()),
        ("drunk drivers", ()),
        ("drunk driving", ()),
        ("drunk-driving", ()),
        ("embezzlement", ()),
        ("extortion", ()),
        ("false imprisonment", ()),
        ("fighting", ()),
        ("fraudulent loans", ()),
        ("fund-raising", ()),
        ("fundraising", ()),
        ("gambling", ()),
        ("gang-related", ()),
        ("gun", ()),
        ("guns", ()),
        ("hacking", ()),
        ("hit-and-run", ()),
        ("homicide", ()),
        ("illegal fishing", ()),
        ("illegal hunting", ()),
        ("illegal logging", ()),
        ("illegal mining", ()),
        ("intentional injury", ()),
        ("kidnapping", ()),
        ("loan fraud", ()),
        ("loan sharking", ()),
        ("loan sharks", ()),
        ("loan-sharking", ()),
        ("mafia", ()),
        ("mafia-style", ()),
        ("mafia-type", ()),
        ("manslaughter", ()),
        ("murder", ()),
        ("organised crime", ()),
        ("organized crime", ()),
        ("pension", ()),
        ("picking pockets", ()),
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
        // (Not bare `riot`: `riot police` are a force, no crime.)
        ("rioting", ()),
        ("robberies", ()),
        ("robbery", ()),
        ("shoplifting", ()),
        ("smuggling", ()),
        ("stabbing", ()),
        ("stealing", ()),
        // (`dissuaded 190 people from swimming in the reservoir`: summer
        // drowning work dissuades too, and is no fraud work.)
        ("swimming", ()),
        ("tax evasion", ()),
        ("theft", ()),
        ("thefts", ()),
        ("trafficking", ()),
        ("usury", ()),
        ("vandalism", ()),
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
        ("other offences", ()),
        ("other offenses", ()),
        ("other property crimes", ()),
        ("other types of crimes", ()),
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
        // (`28,300 crimes recorded`, `crimes reported fell to 61,000`: the
        // statistics' count of crime of every kind.)
        ("crimes recorded", ()),
        ("crimes reported", ()),
        ("crimes were recorded", ()),
        ("crimes were reported", ()),
        ("criminal case", ()),
        ("criminal cases", ()),
        ("criminal offences", ()),
        ("criminal offenses", ()),
        ("overall crime", ()),
        // (`handled 1,412 police calls and solved 35 telecom fraud cases`:
        // calls to the police are of every kind.)
        ("police calls", ()),
        // (`recorded 7,300 suspected crimes`: police statistics' total of
        // crime of every kind.)
        ("suspected crimes", ()),
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
