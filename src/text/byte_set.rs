//! Byte tables derived from word lists at compile time: a cheap, exact
//! reject by one byte before the entries are compared, which follows
//! each list as it grows (no letter set kept by hand).

/// The first bytes of the entries of `lists`, each folded by `| 0x20`.
///
/// A text that starts with an entry, ASCII case ignored, has a first byte
/// `b` with `b | 0x20` in the table: a letter folds to its lowercase, and
/// any other byte must match the entry's own exactly, so it folds alike.
/// An empty entry, which any text starts with, fills the whole table.
pub(crate) const fn folded_firsts(lists: &[&[&str]]) -> [bool; 256] {
    folded_ends(lists, false)
}

/// The last bytes of the entries of `lists`, each folded by `| 0x20`
/// (as [`folded_firsts`], for a text that ends with an entry).
pub(crate) const fn folded_lasts(lists: &[&[&str]]) -> [bool; 256] {
    folded_ends(lists, true)
}

const fn folded_ends(lists: &[&[&str]], last: bool) -> [bool; 256] {
    let mut set = [false; 256];
    let mut i = 0;
    while i < lists.len() {
        let mut j = 0;
        while j < lists[i].len() {
            let b = lists[i][j].as_bytes();
            if b.is_empty() {
                return [true; 256];
            }
            let end = if last { b[b.len() - 1] } else { b[0] };
            set[(end | 0x20) as usize] = true;
            j += 1;
        }
        i += 1;
    }
    set
}

/// Whether `b`'s byte folded by `| 0x20` is in `set` (from
/// [`folded_firsts`] or [`folded_lasts`]).
#[inline]
pub(crate) fn folded_in(set: &[bool; 256], b: u8) -> bool {
    set[usize::from(b | 0x20)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_follow_their_lists() {
        const FIRSTS: [bool; 256] = folded_firsts(&[&["Are to", "-ish"], &["x"]]);
        const LASTS: [bool; 256] = folded_lasts(&[&["kicked ofF", "a(", "b\n"]]);
        let set = |t: &[bool; 256]| {
            (0..=255u8)
                .filter(|&b| t[usize::from(b)])
                .collect::<Vec<_>>()
        };
        assert_eq!(set(&FIRSTS), [b'-', b'a', b'x']);
        assert_eq!(set(&LASTS), [b'(', b'*', b'f']);
        // Either case of a letter and the exact byte of a sign pass.
        assert!(folded_in(&FIRSTS, b'A') && folded_in(&FIRSTS, b'a'));
        assert!(folded_in(&FIRSTS, b'-') && folded_in(&LASTS, b'\n'));
        assert!(!folded_in(&FIRSTS, b'b') && !folded_in(&LASTS, b'o'));
        assert!(folded_firsts(&[&["", "z"]]).iter().all(|&t| t));
    }
}
