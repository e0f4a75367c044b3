//! Static lookup tables used by the parser: month and weekday names, regions,
//! countries, stand-alone dateline cities, news agencies and abbreviations.
//!
//! Every table is a static slice sorted by [`cmp_ignore_ascii_case`] on its
//! key, which the tests check: no two keys are equal ignoring case. Lookups
//! never allocate: the tables asked most often (agencies, cities, countries,
//! English months and weekdays, abbreviations) have an [`Index`] built at
//! compile time, the others a binary search.

use core::cmp::Ordering;

pub(crate) mod abbreviations;
pub(crate) mod agencies;
pub(crate) mod cities;
pub(crate) mod countries;
pub(crate) mod months;
pub(crate) mod regions;
pub(crate) mod words;

/// Compares two strings byte by byte, with ASCII letters folded to lower case.
///
/// Bytes outside ASCII are compared as they are, so `"São"` and `"SÃO"` differ
/// while `"Sao"` and `"SAO"` are equal. A string that is a prefix of the other
/// sorts first. This is the order every table in this module is sorted by.
pub(crate) fn cmp_ignore_ascii_case(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|byte| byte.to_ascii_lowercase())
        .cmp(b.bytes().map(|byte| byte.to_ascii_lowercase()))
}

/// The most bytes of a word [`fold_capitals`] folds: the longest name a
/// folded look-up asks for.
pub(crate) const MAX_FOLDED: usize = 48;

/// `word` with its capitals folded to lower case in `buf` (`SÃO PAULO` to
/// `são paulo`, Turkish `İZMİR` to `izmir`), for a second look-up of a
/// word the tables, folding ASCII case only, missed: `None` when the word
/// is longer than [`MAX_FOLDED`] bytes or all ASCII (the first look-up was
/// the whole answer). A capital whose small
/// letter is more than one letter stays as it is; Turkish dotted `İ`
/// folds to `i`, as the tables write such names in ASCII (`Izmir`).
pub(crate) fn fold_capitals<'b>(word: &str, buf: &'b mut [u8; MAX_FOLDED]) -> Option<&'b str> {
    if word.len() > MAX_FOLDED || word.is_ascii() {
        return None;
    }
    let mut len = 0;
    for c in word.chars() {
        let small = if c == '\u{130}' {
            'i'
        } else {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(one), None) => one,
                _ => c,
            }
        };
        let end = len + small.len_utf8();
        small.encode_utf8(buf.get_mut(len..end)?);
        len = end;
    }
    core::str::from_utf8(buf.get(..len)?).ok()
}

/// A hash of `key`'s length and its first two and last two bytes, with
/// ASCII letters folded to lower case, so that keys equal by
/// [`str::eq_ignore_ascii_case`] hash alike. Five bytes at most are read
/// whatever the word's length: the words asked are mostly no key.
const fn fold_hash(key: &[u8]) -> u32 {
    // slice patterns rather than indexing: this runs on input words too
    let (a, b) = match key {
        [a, b, ..] => (*a, *b),
        [a] => (*a, 0),
        [] => (0, 0),
    };
    let (y, z) = match key {
        [.., y, z] => (*y, *z),
        _ => (0, 0),
    };
    // the length's low byte is enough: keys and words longer than 255
    // bytes are few, and a collision costs one more comparison
    let [low, ..] = key.len().to_le_bytes();
    let mut hash: u32 = 0x811c_9dc5 ^ low as u32;
    let mut rest: &[u8] = &[a, b, y, z];
    while let [byte, tail @ ..] = rest {
        hash ^= byte.to_ascii_lowercase() as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        rest = tail;
    }
    hash
}

/// The longest run of filled slots an [`Index`] may have: a look-up, hit or
/// miss, compares a word with at most this many keys. Checked when each
/// index is built, at compile time.
const MAX_RUN: usize = 16;

/// A hash index over a table's keys, built at compile time: a look-up hashes
/// the word once and compares it with one key or two, where a binary search
/// compares it with about log2(rows) keys. The hot tables (agencies, cities,
/// countries, months, weekdays) are asked about nearly every capitalised word
/// at the start of a line.
///
/// `SLOTS` is a power of two at least twice the number of keys, so probes
/// are short and an empty slot always ends a search. Keys must be distinct
/// ignoring ASCII case, which the sorted-table tests check.
pub(crate) struct Index<const SLOTS: usize> {
    /// Row number plus one for each slot; 0 for an empty slot.
    slots: [u16; SLOTS],
    /// The byte length of the longest key: a longer word is no key, and is
    /// turned away before it is hashed (callers ask with whole paragraphs).
    longest: usize,
}

impl<const SLOTS: usize> Index<SLOTS> {
    /// Indexes `keys`; a table that outgrows `SLOTS` fails to compile.
    pub(crate) const fn new(keys: &[&str]) -> Self {
        assert!(SLOTS.is_power_of_two() && keys.len() * 2 <= SLOTS);
        assert!(keys.len() < u16::MAX as usize);
        let mut slots = [0u16; SLOTS];
        let mut longest = 0;
        let mut row = 0;
        while row < keys.len() {
            if keys[row].len() > longest {
                longest = keys[row].len();
            }
            let mut at = fold_hash(keys[row].as_bytes()) as usize & (SLOTS - 1);
            while slots[at] != 0 {
                at = (at + 1) & (SLOTS - 1);
            }
            #[allow(clippy::cast_possible_truncation)] // row < u16::MAX, asserted above
            {
                slots[at] = (row + 1) as u16;
            }
            row += 1;
        }
        // every probe sequence ends within a short run of filled slots
        let mut run = 0;
        let mut at = 0;
        while at < 2 * SLOTS {
            if slots[at & (SLOTS - 1)] == 0 {
                run = 0;
            } else {
                run += 1;
                assert!(
                    run <= MAX_RUN,
                    "a hash index has a long run of filled slots"
                );
            }
            at += 1;
        }
        Index { slots, longest }
    }

    /// The row of `rows` (the table this index was built from) whose key, as
    /// `key` reads it, equals `word` ignoring ASCII case.
    #[inline]
    pub(crate) fn get<'t, T>(
        &self,
        rows: &'t [T],
        key: impl Fn(&T) -> &str,
        word: &str,
    ) -> Option<&'t T> {
        // keys equal ignoring ASCII case have equal byte lengths
        if word.len() > self.longest {
            return None;
        }
        let mut at = fold_hash(word.as_bytes()) as usize & (SLOTS - 1);
        // ends at an empty slot: at least half of them are
        loop {
            let row = usize::from(*self.slots.get(at)?).checked_sub(1)?;
            let found = rows.get(row)?;
            if key(found).eq_ignore_ascii_case(word) {
                return Some(found);
            }
            at = (at + 1) & (SLOTS - 1);
        }
    }
}

/// The keys of a table as an array, for [`Index::new`]: `keys!(ROWS, row =>
/// row.name)`. A `const` cannot call closures, so this macro writes the loop.
macro_rules! keys {
    ($rows:expr, $row:ident => $key:expr) => {{
        let mut keys = [""; $rows.len()];
        let mut i = 0;
        while i < $rows.len() {
            let $row = &$rows[i];
            keys[i] = $key;
            i += 1;
        }
        keys
    }};
}
pub(crate) use keys;

#[cfg(test)]
pub(crate) mod tests {
    use super::cmp_ignore_ascii_case;
    use core::cmp::Ordering::{Equal, Greater, Less};

    /// Asserts that `keys` is strictly increasing by [`cmp_ignore_ascii_case`]:
    /// sorted for binary search, and with no two keys equal ignoring case.
    pub(crate) fn assert_strictly_sorted<'a>(keys: impl IntoIterator<Item = &'a str>) {
        let mut previous: Option<&str> = None;
        for key in keys {
            if let Some(before) = previous {
                assert_eq!(
                    cmp_ignore_ascii_case(before, key),
                    Less,
                    "{before:?} must sort before {key:?}"
                );
            }
            previous = Some(key);
        }
    }

    #[test]
    fn compares_ignoring_ascii_case() {
        let cases = [
            ("", "", Equal),
            ("", "a", Less),
            ("a", "", Greater),
            ("abc", "ABC", Equal),
            ("New York", "NEW YORK", Equal),
            ("new york", "New Yorker", Less),
            ("Zurich", "amsterdam", Greater),
            ("a b", "ab", Less),
            ("d'", "da", Less),
            ("Sao", "São", Less),
            ("São", "SãO", Equal),
            ("São", "SÃO", Greater),
            ("Z", "é", Less),
        ];
        for (a, b, expected) in cases {
            assert_eq!(cmp_ignore_ascii_case(a, b), expected, "{a:?} vs {b:?}");
            assert_eq!(
                cmp_ignore_ascii_case(b, a),
                expected.reverse(),
                "{b:?} vs {a:?}"
            );
        }
    }

    #[test]
    fn index_finds_every_key_in_any_case_and_nothing_else() {
        // four keys in eight slots: probing past collisions is exercised
        const KEYS: [&str; 4] = ["Reuters", "AP", "dpa", "São Paulo"];
        static INDEX: super::Index<8> = super::Index::new(&KEYS);
        let find = |word: &str| INDEX.get(&KEYS, |k| k, word).copied();
        for k in KEYS {
            assert_eq!(find(k), Some(k), "{k}");
            assert_eq!(find(&k.to_ascii_uppercase()), Some(k), "{k}");
            assert_eq!(find(&k.to_ascii_lowercase()), Some(k), "{k}");
        }
        for miss in [
            "",
            "Reuter",
            "APX",
            "SÃO PAULO",
            "dpa ",
            "x",
            "Reuterss",
            "São Paulo!",
        ] {
            assert_eq!(find(miss), None, "{miss:?}");
        }
    }

    #[test]
    #[should_panic(expected = "must sort before")]
    fn sort_check_catches_case_duplicates() {
        assert_strictly_sorted(["Apr", "APR"]);
    }

    #[test]
    #[should_panic(expected = "must sort before")]
    fn sort_check_catches_disorder() {
        assert_strictly_sorted(["b", "a"]);
    }
}
