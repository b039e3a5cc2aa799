//! A seizure's value stated after its count as a measure of its own
//! (`1,200 boxes of frozen meat, 3.5 million yuan in value`, `6,000
//! pairs in number and 1.2 million yuan in value`): one seized lot,
//! counted and valued, is one record.

use super::*;

/// Whether `after` (the text right after a money figure) opens with `in
/// value` or `in total value`, ending there.
pub(super) fn in_value(after: &str) -> bool {
    let after = after.trim_start_matches(' ');
    ["in value", "in total value"].iter().any(|p| {
        let b = after.as_bytes();
        b.len() >= p.len()
            && b[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            && !b.get(p.len()).is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// Words that may link a lot's count to its value: `, about`, `in
/// number and`, `worth`.
const LINKS: [&str; 14] = [
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "some",
    "and",
    "in",
    "number",
    "quantity",
    "worth",
    "valued",
    "at",
    "totalling",
];

/// Whether `gap` (the text from a lot's count to a money figure) holds
/// only the lot's own words and a link to its value: `bottles of wine, `,
/// `pairs in number and `. No other figure, clause or `;` lies between:
/// `phones, and the ring cheated victims of ` is not one.
fn lot_then_value(gap: &str) -> bool {
    if gap.contains(|c: char| c.is_ascii_digit() || matches!(c, ';' | ':' | '.' | '!' | '?')) {
        return false;
    }
    let links = |t: &str| {
        t.split(' ')
            .filter(|w| !w.is_empty())
            .all(|w| LINKS.iter().any(|l| w.eq_ignore_ascii_case(l)))
    };
    match gap.split_once(',') {
        // `bottles of wine, about `: the lot's words, then only links.
        Some((_, tail)) => !tail.contains(',') && links(tail),
        // `pairs in number and `, `cartons worth `: a link ends it.
        None => {
            let gap = gap.trim_end_matches(' ');
            ["in number and", "in quantity and", "worth", "valued at"]
                .iter()
                .any(|l| ends_ignore_case(gap.as_bytes(), l.as_bytes()))
        }
    }
}

/// Whether the money figure `f` after the last of `seizures` values a
/// list of lots, not that lot alone: the last two lots were counted in
/// `f`'s sentence and joined as a list (`3 guns and 200 bullets`, `12
/// cars, 40 motorcycles`), and the value is set off by a comma (`...,
/// worth 5,000 yuan`) or called a total (`with a total value of`, `a
/// combined value of`, `5,000 yuan in total`, `altogether`). A list's
/// value is no lot's (SPEC: `value` is a lot's money figure); right after
/// the last lot, with neither, it is that lot's (`200 bullets worth 5,000
/// yuan`).
pub(super) fn values_a_list(
    text: &str,
    seizures: &[Seizure<'_>],
    f: &Figure<'_>,
    sentence_start: usize,
) -> bool {
    let [.., before, last] = seizures else {
        return false;
    };
    let (Some(p), Some(q)) = (&before.quantity, &last.quantity) else {
        return false;
    };
    let (p, q) = (p.span, q.span);
    if p.start < sentence_start || p.end > q.start || q.end > f.span.start {
        return false;
    }
    // The lots are joined as a list: nothing but the first lot's words
    // and a joiner stand between them.
    let Some(gap) = text.get(p.end..q.start) else {
        return false;
    };
    let joined = gap.len() <= 60
        && !gap.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ';' | ':'))
        && (gap.trim_end().ends_with(',') || ends_ignore_case(gap.as_bytes(), b" and "));
    if !joined {
        return false;
    }
    let Some(link) = text.get(q.end..f.span.start) else {
        return false;
    };
    let total = |t: &str| {
        t.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
            ["total", "combined", "altogether"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        })
    };
    let after = text[f.span.end..].trim_start_matches(' ');
    let total_after = ["in total", "altogether", "in all", "combined"]
        .iter()
        .any(|x| starts_ignore_case(after.as_bytes(), x.as_bytes()));
    link.contains(',') || total(link) || total_after
}

impl<'a> Binder<'_, 'a> {
    /// A money figure followed by `in value` (`f`) is the value of the
    /// last seizure counted before it in its sentence, when that one has
    /// no value yet: the money joins it, and makes no record of its own.
    /// Whether it did.
    pub(super) fn value_of_counted_seizure(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        if !in_value(&self.text[ctx.after..]) {
            return false;
        }
        let Some(s) = self.out.seizures.last_mut() else {
            return false;
        };
        let counted_here = s.quantity.as_ref().is_some_and(|q| {
            q.span.start >= ctx.sentence.start
                && q.span.end <= f.span.start
                && self
                    .text
                    .get(q.span.end..f.span.start)
                    .is_some_and(lot_then_value)
        });
        if !counted_here || s.value.is_some() {
            return false;
        }
        // (`6,000 shoes and 300 bags, 1.2 million yuan in value`: the
        // list's value joins no lot, and makes no record of its own.)
        if values_a_list(self.text, &self.out.seizures, f, ctx.sentence.start) {
            return true;
        }
        let Some(s) = self.out.seizures.last_mut() else {
            return false;
        };
        self.seen
            .seizure_values
            .extend(Some((s.kind, f.value, f.unit)));
        s.value = Some(f.clone());
        true
    }
}

#[cfg(test)]
mod tests {
    use super::{in_value, lot_then_value};
    use crate::Bulletin;

    /// The seizures of `text`: `kind item q= v=`.
    fn seized(text: &str) -> Vec<String> {
        let b = Bulletin::parse(text).unwrap();
        b.seizures
            .iter()
            .map(|s| {
                let t = |f: &Option<crate::Figure<'_>>| {
                    f.as_ref().map_or(String::from("-"), |f| f.text.to_string())
                };
                format!(
                    "{:?} {} q={} v={}",
                    s.kind,
                    s.item,
                    t(&s.quantity),
                    t(&s.value)
                )
            })
            .collect()
    }

    #[test]
    fn a_value_after_a_count_joins_its_seizure() {
        assert_eq!(
            seized("Police seized 1,200 boxes of smuggled frozen meat, 3.5 million yuan in value."),
            ["Goods boxes of smuggled frozen meat q=1,200 v=3.5 million yuan"]
        );
        assert_eq!(
            seized("The police seized smuggled cigarettes, 400 cartons in number and 2.1 million yuan in value."),
            ["Goods smuggled cigarettes q=400 v=2.1 million yuan"]
        );
    }

    #[test]
    fn a_value_with_no_count_of_its_sentence_stays_apart() {
        // Counted in the sentence before: the value is not that lot's.
        let two = seized(
            "Police seized 50 boxes of fireworks. They also seized cash, 20,000 yuan in value.",
        );
        assert!(two[0].ends_with("v=-"), "{two:?}");
        // A lot that has its value keeps it.
        let kept = seized(
            "Officers seized 300 cartons of cigarettes worth 90,000 yuan, 2 million yuan in value.",
        );
        assert!(kept[0].ends_with("v=90,000 yuan"), "{kept:?}");
        assert!(in_value(" in value."));
        assert!(in_value(" In Total Value,"));
        assert!(!in_value(" in values"));
        assert!(!in_value(" in the value chain"));
    }

    #[test]
    fn a_value_past_another_clause_is_not_the_lots() {
        // Another clause between the count and the money: not this lot's.
        let clause =
            seized("Officers seized 25 laptops, and the gang had tricked buyers out of 4 million yuan in value.");
        assert_eq!(clause, ["Devices laptops q=25 v=-"]);
        let semi = seized(
            "Officers seized 9 bank cards; the ring had moved 6 million yuan in value with them.",
        );
        assert_eq!(semi, ["Devices bank cards q=9 v=-"]);
        // The lot's own shapes still join.
        assert_eq!(
            seized("Police seized 400 boxes of tea, 2 million yuan in value."),
            ["Goods boxes of tea q=400 v=2 million yuan"]
        );
        assert_eq!(
            seized("Customs officers seized smuggled cigarettes, 400 cartons in number and 1.2 million yuan in value."),
            ["Goods smuggled cigarettes q=400 v=1.2 million yuan"]
        );
        assert!(lot_then_value(" stolen scooters, about "));
        assert!(lot_then_value(" pairs in number and "));
        assert!(!lot_then_value(" trucks, and the cargo was "));
        assert!(!lot_then_value(" phones and the ring cheated "));
        assert!(!lot_then_value(" phones, 30 laptops, "));
    }

    #[test]
    fn a_value_set_off_after_a_list_is_no_lots() {
        // Past a comma, or called a total, the value covers the list.
        assert_eq!(
            seized("Police seized 4 pistols and 150 bullets, worth 8,000 yuan."),
            ["Weapons pistols q=4 v=-", "Weapons bullets q=150 v=-"]
        );
        assert_eq!(
            seized("Customs seized 60 watches, 35 handbags and 12 belts, with a total value of 900,000 yuan."),
            ["Goods watches q=60 v=-", "Goods handbags q=35 v=-", "Other belts q=12 v=-"]
        );
        assert_eq!(
            seized("Police seized 6 kg of heroin and 9 kg of ketamine worth 1.4 million yuan in total."),
            ["Drugs heroin q=6 kg v=-", "Drugs ketamine q=9 kg v=-"]
        );
        assert_eq!(
            seized(
                "Customs seized 70 phones and 20 laptops with a combined value of 150,000 yuan."
            ),
            ["Devices phones q=70 v=-", "Devices laptops q=20 v=-"]
        );
        // Right after the last lot, with neither, it is that lot's; one
        // lot keeps its value past a comma; a thing of its own named
        // before the value is a lot of its own.
        assert_eq!(
            seized("Police seized 4 pistols and 150 bullets worth 8,000 yuan."),
            [
                "Weapons pistols q=4 v=-",
                "Weapons bullets q=150 v=8,000 yuan"
            ]
        );
        assert_eq!(
            seized("Customs seized 500 bottles of perfume, worth 300,000 yuan."),
            ["Goods bottles of perfume q=500 v=300,000 yuan"]
        );
        let cash = seized("Police seized 8 kg of heroin, 3 cars and cash worth 2 million yuan.");
        assert_eq!(cash[1], "Vehicles cars q=3 v=-");
        assert!(
            cash[2].starts_with("Cash ") && cash[2].ends_with("q=- v=2 million yuan"),
            "{cash:?}"
        );
    }
}
