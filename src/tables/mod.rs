//! Static lookup tables used by the parser: month and weekday names, regions,
//! countries, stand-alone dateline cities, news agencies and abbreviations.
//!
//! Every table is a static slice sorted by [`cmp_ignore_ascii_case`] on its
//! key, so that lookups are a binary search that never allocates.

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

#[cfg(test)]
mod tests {
    use super::cmp_ignore_ascii_case;
    use core::cmp::Ordering::{Equal, Greater, Less};

    /// Asserts that `keys` is strictly increasing by [`cmp_ignore_ascii_case`]:
    /// sorted for binary search, and with no two keys equal ignoring case.
    pub(super) fn assert_strictly_sorted<'a>(keys: impl IntoIterator<Item = &'a str>) {
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
