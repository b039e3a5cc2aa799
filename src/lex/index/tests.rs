use super::*;

#[test]
fn keys_are_letter_runs_or_first_chars() {
    let k = |s: &str| key_len(s.as_bytes());
    assert_eq!(k("More than 5"), Some(4));
    assert_eq!(k("GMT+8"), Some(3));
    assert_eq!(k("%abc"), Some(1));
    assert_eq!(k("¥5"), Some(2));
    assert_eq!(k(""), None);
    assert_eq!(k(&"a".repeat(40)), None);
}

#[test]
fn probes_are_short() {
    let ix = index();
    let mut total = 0;
    for key in &ix.keys {
        let mut slot = (hash(key, key.len()) >> SHIFT) as usize;
        let mut n = 1;
        while ix.keys[ix.slots[slot].id as usize] != *key {
            slot = (slot + 1) & SLOT_MASK;
            n += 1;
        }
        total += n;
    }
    let mean = total as f64 / ix.keys.len() as f64;
    assert!(mean < 1.5, "mean probe length {mean}");
}

#[test]
fn long_words_find_their_own_keys_only() {
    let ix = index();
    let mut long = 0;
    for (id, key) in ix.keys.iter().enumerate() {
        if key.len() <= 8 {
            continue;
        }
        long += 1;
        let found = |text: &[u8], len| ix.long_word_starts(text, len).0;
        // As written in capitals, before a space, and at the text's end.
        let mut text = key.to_ascii_uppercase();
        assert_eq!(found(&text, key.len()), id as EntryId);
        text.push(b' ');
        assert_eq!(found(&text, key.len()), id as EntryId);
        // One letter more or less is another word.
        let mut longer = key.to_vec();
        longer.push(b'q');
        assert_ne!(found(&longer, longer.len()), id as EntryId);
        assert_ne!(found(key, key.len() - 1), id as EntryId);
    }
    assert!(long > 100, "{long} keys of more than eight letters");
}

#[test]
fn entries_know_starts_and_wholes() {
    let ix = index();
    let more = ix.lookup(b"more than").unwrap();
    assert_eq!(ix.entry(more).key_len(), 4);
    let qualifiers: Vec<_> = ix.phrases(more, Class::QualifierBefore).collect();
    assert!(!qualifiers.is_empty());
    assert!(qualifiers.iter().all(|&k| {
        crate::quantity::words::QUALIFIER_BEFORE[k]
            .0
            .starts_with("more")
    }));
    assert_eq!(ix.phrases(more, Class::Month).count(), 0);
    assert!(ix.entry(more).starts.has(Class::QualifierBefore));
    let arrested = ix.lookup(b"Arrested").unwrap();
    assert!(ix.entry(arrested).whole.has(Class::Verb));
    assert!(!ix.entry(arrested).starts.has(Class::Month));
    assert_eq!(ix.lookup(b"zzzqx"), None);
    // Short text (no eight bytes to load at once) finds the same entry.
    assert_eq!(ix.lookup(b"more"), ix.lookup(b"MORE than 5"));
    assert_eq!(ix.lookup_word(b"more", 4), ix.lookup_word(b"more than", 4));
    assert!(ix.lookup(b"more").is_some());
}
