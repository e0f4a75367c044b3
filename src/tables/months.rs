//! Month and weekday names as they appear in datelines: English first, and
//! the months of German, French, Spanish, Italian, Portuguese and Russian
//! wires, which are only looked up when English fails (so English pays
//! nothing for them).

use super::{Index, keys};
use chrono::Weekday;

/// Month names and abbreviations (without a period) with their numbers,
/// sorted by [`cmp_ignore_ascii_case`].
static MONTHS: &[(&str, u32)] = &[
    ("Apr", 4),
    ("April", 4),
    ("Aug", 8),
    ("August", 8),
    ("Dec", 12),
    ("December", 12),
    ("Feb", 2),
    ("February", 2),
    ("Jan", 1),
    ("January", 1),
    ("Jul", 7),
    ("July", 7),
    ("Jun", 6),
    ("June", 6),
    ("Mar", 3),
    ("March", 3),
    ("May", 5),
    ("Nov", 11),
    ("November", 11),
    ("Oct", 10),
    ("October", 10),
    ("Sep", 9),
    ("Sept", 9),
    ("September", 9),
];

/// Full month names that a misspelling may be matched against.
///
/// May, June and July are left out: they are so short that a single edit
/// turns them into common words ("Many", "Mary", "Tune", "Jane", "Judy",
/// "Jury"), so a misspelling of them cannot be told apart from a real word.
static TYPO_TARGETS: &[(&str, u32)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
];

/// The shortest word [`month_typo`] will try to correct.
const MIN_TYPO_LEN: usize = 4;

/// The longest word [`month_typo`] will try to correct; "September" plus an
/// insertion is 10 bytes, so this leaves room without unbounded work.
const MAX_TYPO_LEN: usize = 12;

/// Weekday names and abbreviations (without a period), sorted by
/// [`cmp_ignore_ascii_case`].
static WEEKDAYS: &[(&str, Weekday)] = &[
    ("Fri", Weekday::Fri),
    ("Friday", Weekday::Fri),
    ("Mon", Weekday::Mon),
    ("Monday", Weekday::Mon),
    ("Sat", Weekday::Sat),
    ("Saturday", Weekday::Sat),
    ("Sun", Weekday::Sun),
    ("Sunday", Weekday::Sun),
    ("Thu", Weekday::Thu),
    ("Thur", Weekday::Thu),
    ("Thurs", Weekday::Thu),
    ("Thursday", Weekday::Thu),
    ("Tue", Weekday::Tue),
    ("Tues", Weekday::Tue),
    ("Tuesday", Weekday::Tue),
    ("Wed", Weekday::Wed),
    ("Wednesday", Weekday::Wed),
    ("Weds", Weekday::Wed),
];

/// A language whose month names the grammar reads besides English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Language {
    German,
    French,
    Spanish,
    Italian,
    Portuguese,
    Russian,
    Dutch,
    Turkish,
    Polish,
}

/// German month names and abbreviations, sorted by [`cmp_ignore_ascii_case`].
static GERMAN_MONTHS: &[(&str, u32)] = &[
    ("apr", 4),
    ("april", 4),
    ("aug", 8),
    ("august", 8),
    ("dez", 12),
    ("dezember", 12),
    ("feb", 2),
    ("februar", 2),
    ("jan", 1),
    ("januar", 1),
    ("jul", 7),
    ("juli", 7),
    ("jun", 6),
    ("juni", 6),
    ("jänner", 1),
    ("mai", 5),
    ("mrz", 3),
    ("mär", 3),
    ("märz", 3),
    ("nov", 11),
    ("november", 11),
    ("okt", 10),
    ("oktober", 10),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
];

/// French month names and abbreviations, sorted by [`cmp_ignore_ascii_case`].
static FRENCH_MONTHS: &[(&str, u32)] = &[
    ("aout", 8),
    ("août", 8),
    ("avr", 4),
    ("avril", 4),
    ("decembre", 12),
    ("déc", 12),
    ("décembre", 12),
    ("fevr", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("février", 2),
    ("janv", 1),
    ("janvier", 1),
    ("juil", 7),
    ("juillet", 7),
    ("juin", 6),
    ("mai", 5),
    ("mars", 3),
    ("nov", 11),
    ("novembre", 11),
    ("oct", 10),
    ("octobre", 10),
    ("sept", 9),
    ("septembre", 9),
];

/// Spanish month names and abbreviations, sorted by [`cmp_ignore_ascii_case`].
static SPANISH_MONTHS: &[(&str, u32)] = &[
    ("abr", 4),
    ("abril", 4),
    ("ago", 8),
    ("agosto", 8),
    ("dic", 12),
    ("diciembre", 12),
    ("ene", 1),
    ("enero", 1),
    ("feb", 2),
    ("febrero", 2),
    ("jul", 7),
    ("julio", 7),
    ("jun", 6),
    ("junio", 6),
    ("mar", 3),
    ("marzo", 3),
    ("may", 5),
    ("mayo", 5),
    ("nov", 11),
    ("noviembre", 11),
    ("oct", 10),
    ("octubre", 10),
    ("sep", 9),
    ("sept", 9),
    ("septiembre", 9),
    ("setiembre", 9),
];

/// Italian month names and abbreviations, sorted by [`cmp_ignore_ascii_case`].
static ITALIAN_MONTHS: &[(&str, u32)] = &[
    ("ago", 8),
    ("agosto", 8),
    ("apr", 4),
    ("aprile", 4),
    ("dic", 12),
    ("dicembre", 12),
    ("feb", 2),
    ("febbraio", 2),
    ("gen", 1),
    ("gennaio", 1),
    ("giu", 6),
    ("giugno", 6),
    ("lug", 7),
    ("luglio", 7),
    ("mag", 5),
    ("maggio", 5),
    ("mar", 3),
    ("marzo", 3),
    ("nov", 11),
    ("novembre", 11),
    ("ott", 10),
    ("ottobre", 10),
    ("set", 9),
    ("settembre", 9),
];

/// Portuguese month names and abbreviations, sorted by [`cmp_ignore_ascii_case`].
static PORTUGUESE_MONTHS: &[(&str, u32)] = &[
    ("abr", 4),
    ("abril", 4),
    ("ago", 8),
    ("agosto", 8),
    ("dez", 12),
    ("dezembro", 12),
    ("fev", 2),
    ("fevereiro", 2),
    ("jan", 1),
    ("janeiro", 1),
    ("jul", 7),
    ("julho", 7),
    ("jun", 6),
    ("junho", 6),
    ("mai", 5),
    ("maio", 5),
    ("mar", 3),
    ("marco", 3),
    ("março", 3),
    ("nov", 11),
    ("novembro", 11),
    ("out", 10),
    ("outubro", 10),
    ("set", 9),
    ("setembro", 9),
];

/// Russian month names (genitive, as dates write them) and abbreviations,
/// sorted by [`cmp_ignore_ascii_case`].
static RUSSIAN_MONTHS: &[(&str, u32)] = &[
    ("авг", 8),
    ("августа", 8),
    ("апр", 4),
    ("апреля", 4),
    ("дек", 12),
    ("декабря", 12),
    ("июл", 7),
    ("июля", 7),
    ("июн", 6),
    ("июня", 6),
    ("май", 5),
    ("мар", 3),
    ("марта", 3),
    ("мая", 5),
    ("ноя", 11),
    ("нояб", 11),
    ("ноября", 11),
    ("окт", 10),
    ("октября", 10),
    ("сен", 9),
    ("сент", 9),
    ("сентября", 9),
    ("фев", 2),
    ("февраля", 2),
    ("янв", 1),
    ("января", 1),
];

/// Dutch month names and abbreviations that English does not share
/// (`maart`, `mei`, `okt`), sorted by [`cmp_ignore_ascii_case`].
static DUTCH_MONTHS: &[(&str, u32)] = &[
    ("augustus", 8),
    ("februari", 2),
    ("januari", 1),
    ("juli", 7),
    ("juni", 6),
    ("maart", 3),
    ("mei", 5),
    ("mrt", 3),
    ("okt", 10),
    ("oktober", 10),
];

/// Turkish month names (`Aralık`, `Mart`), sorted by
/// [`cmp_ignore_ascii_case`].
static TURKISH_MONTHS: &[(&str, u32)] = &[
    ("aralık", 12),
    ("ağustos", 8),
    ("ekim", 10),
    ("eylül", 9),
    ("haziran", 6),
    ("kasım", 11),
    ("mart", 3),
    ("mayıs", 5),
    ("nisan", 4),
    ("ocak", 1),
    ("temmuz", 7),
    ("şubat", 2),
];

/// Polish month names as dates write them, in the genitive (`29 kwietnia`,
/// `10 grudnia`), sorted by [`cmp_ignore_ascii_case`].
static POLISH_MONTHS: &[(&str, u32)] = &[
    ("czerwca", 6),
    ("grudnia", 12),
    ("kwietnia", 4),
    ("lipca", 7),
    ("listopada", 11),
    ("lutego", 2),
    ("maja", 5),
    ("marca", 3),
    ("października", 10),
    ("sierpnia", 8),
    ("stycznia", 1),
    ("września", 9),
];

/// The non-English tables, in the order they are tried.
static FOREIGN: &[(Language, &[(&str, u32)])] = &[
    (Language::German, GERMAN_MONTHS),
    (Language::French, FRENCH_MONTHS),
    (Language::Spanish, SPANISH_MONTHS),
    (Language::Italian, ITALIAN_MONTHS),
    (Language::Portuguese, PORTUGUESE_MONTHS),
    (Language::Russian, RUSSIAN_MONTHS),
    (Language::Dutch, DUTCH_MONTHS),
    (Language::Turkish, TURKISH_MONTHS),
    (Language::Polish, POLISH_MONTHS),
];

/// Returns the number (1 to 12) of an English month name or abbreviation.
///
/// Accepts the full names and the abbreviations Jan, Feb, Mar, Apr, Jun, Jul,
/// Aug, Sep, Sept, Oct, Nov and Dec, in any ASCII case. The caller strips a
/// trailing period first: `"Sept."` is not matched, `"Sept"` is.
pub(crate) fn month(word: &str) -> Option<u32> {
    // every name opens with its month's first three letters: most words
    // asked (places, tags) are turned away here, before hashing
    let opens = head3(word).is_some_and(|h| {
        matches!(
            &h,
            b"jan"
                | b"feb"
                | b"mar"
                | b"apr"
                | b"may"
                | b"jun"
                | b"jul"
                | b"aug"
                | b"sep"
                | b"oct"
                | b"nov"
                | b"dec"
        )
    });
    if !opens {
        return None;
    }
    MONTH_INDEX
        .get(MONTHS, |&(key, _)| key, word)
        .map(|&(_, month)| month)
}

/// The months of the Islamic (Hijri) calendar as the Saudi Press Agency and
/// Gulf papers spell them in English, in the forms of their datelines
/// (`Riyadh, Jumada II 11, 1447, December 2, 2025, SPA --`). Longer forms
/// before their prefixes (`Rabi II` before `Rabi I`).
static HIJRI_MONTHS: &[&str] = &[
    "Muharram",
    "Safar",
    "Rabi' al-Awwal",
    "Rabi al-Awwal",
    "Rabi' al-Thani",
    "Rabi al-Thani",
    "Rabi' II",
    "Rabi II",
    "Rabi' I",
    "Rabi I",
    "Jumada al-Awwal",
    "Jumada al-Ula",
    "Jumada al-Akhirah",
    "Jumada al-Thani",
    "Jumada II",
    "Jumada I",
    "Rajab",
    "Sha'ban",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qi'dah",
    "Dhu al-Qadah",
    "Dhul-Qadah",
    "Dhul-Qi'dah",
    "Dhu al-Hijjah",
    "Dhul-Hijjah",
];

/// The length of the Hijri month's name that opens `s` ([`HIJRI_MONTHS`]),
/// a space after it.
pub(crate) fn hijri_month_len(s: &str) -> Option<usize> {
    HIJRI_MONTHS
        .iter()
        .find(|m| s.strip_prefix(**m).is_some_and(|r| r.starts_with(' ')))
        .map(|m| m.len())
}

/// [`MONTHS`] by name.
static MONTH_INDEX: Index<64> = Index::new(&keys!(MONTHS, row => row.0));

/// Returns the number of a German, French, Spanish, Italian, Portuguese or
/// Russian month name or abbreviation, and the first language that writes it so.
///
/// Case is ignored in every script (`août`, `AOÛT`, `июля`, `ИЮЛЯ`). Callers
/// try [`month`] first: this is the slow path, a binary search a language.
pub(crate) fn foreign_month(word: &str) -> Option<(u32, Language)> {
    FOREIGN.iter().find_map(|(language, table)| {
        table
            .binary_search_by(|(key, _)| cmp_ignore_case(key, word))
            .ok()
            .and_then(|index| table.get(index))
            .map(|&(_, month)| (month, *language))
    })
}

/// The weekdays' names in Spanish, Portuguese, French, German, Italian and
/// Dutch, as pages print them before a date in their stamps (`Martes, 8 de
/// septiembre de 2026 - 10:12`, `quinta-feira, 3 de dezembro de 2026`).
const FOREIGN_WEEKDAYS: [&str; 46] = [
    "dienstag",
    "dimanche",
    "dinsdag",
    "domenica",
    "domingo",
    "donderdag",
    "donnerstag",
    "freitag",
    "giovedì",
    "jeudi",
    "jueves",
    "lundi",
    "lunedì",
    "lunes",
    "maandag",
    "mardi",
    "martedì",
    "martes",
    "mercoledì",
    "mercredi",
    "miércoles",
    "mittwoch",
    "montag",
    "quarta",
    "quarta-feira",
    "quinta",
    "quinta-feira",
    "sabato",
    "samedi",
    "samstag",
    "segunda",
    "segunda-feira",
    "sexta",
    "sexta-feira",
    "sonnabend",
    "sonntag",
    "sábado",
    "terça",
    "terça-feira",
    "vendredi",
    "venerdì",
    "viernes",
    "vrijdag",
    "woensdag",
    "zaterdag",
    "zondag",
];

/// Whether `word` is a weekday's name in one of the other languages the
/// date grammar reads ([`FOREIGN_WEEKDAYS`]), in any ASCII case.
pub(crate) fn foreign_weekday(word: &str) -> bool {
    // (as in [`weekday`]: the first three letters first, as most words
    // asked open otherwise)
    let opens = head3(word).is_some_and(|h| {
        matches!(
            &h,
            b"die"
                | b"dim"
                | b"din"
                | b"dom"
                | b"don"
                | b"fre"
                | b"gio"
                | b"jeu"
                | b"jue"
                | b"lun"
                | b"maa"
                | b"mar"
                | b"mer"
                | b"mi\xc3"
                | b"mit"
                | b"mon"
                | b"qua"
                | b"qui"
                | b"sab"
                | b"sam"
                | b"seg"
                | b"sex"
                | b"son"
                | b"s\xc3\xa1"
                | b"ter"
                | b"ven"
                | b"vie"
                | b"vri"
                | b"woe"
                | b"zat"
                | b"zon"
        )
    });
    opens
        && FOREIGN_WEEKDAY_INDEX
            .get(&FOREIGN_WEEKDAYS, |w| w, word)
            .is_some()
}

/// [`FOREIGN_WEEKDAYS`] by name.
static FOREIGN_WEEKDAY_INDEX: Index<128> = Index::new(&FOREIGN_WEEKDAYS);

/// Compares with every letter folded to lower case, not only ASCII ones
/// (`AOÛT` and `août`, `ИЮЛЯ` and `июля` are equal), without allocating. On
/// the all-lower-case keys of the foreign tables this is the order
/// [`cmp_ignore_ascii_case`] sorts them in.
fn cmp_ignore_case(a: &str, b: &str) -> core::cmp::Ordering {
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
}

/// Returns the number of the month that a misspelled month name stands for.
///
/// Anything [`month`] accepts is returned as is. Otherwise `word` must be
/// 4 to 12 ASCII letters and be one edit (an inserted, deleted or replaced
/// letter, or two neighbouring letters swapped; ASCII case ignored) away from
/// exactly one of the full month names January, February, March, April,
/// August, September, October, November and December. This corrects wire-copy
/// typos such as "Narch", "Marc", "Mach", "Marchg", "Feburary", "Janaury" and
/// "Apirl".
///
/// One edit also turns some real words into month names ("Marsh", "Match" and
/// "Arch" all become "March"), so this must only be called on a word in a
/// dateline's date position, directly before a day number, where such words
/// do not otherwise occur.
pub(crate) fn month_typo(word: &str) -> Option<u32> {
    if let Some(number) = month(word) {
        return Some(number);
    }
    if !(MIN_TYPO_LEN..=MAX_TYPO_LEN).contains(&word.len())
        || !word.bytes().all(|byte| byte.is_ascii_alphabetic())
    {
        return None;
    }
    let mut found = None;
    for &(name, number) in TYPO_TARGETS {
        if within_one_edit(word.as_bytes(), name.as_bytes()) {
            match found {
                None => found = Some(number),
                Some(previous) if previous == number => {}
                Some(_) => return None,
            }
        }
    }
    found
}

/// Tells whether `a` and `b` are at most one edit apart, ignoring ASCII case.
///
/// An edit is inserting, deleting or replacing one byte, or swapping two
/// adjacent bytes (the optimal-string-alignment variant of the
/// Damerau-Levenshtein distance). Runs in linear time without allocating:
/// after removing the longest common prefix and then the longest common
/// suffix, what is left of the two must be at most one byte each, or two
/// bytes each that are the same pair swapped.
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let same = |x: &u8, y: &u8| x.eq_ignore_ascii_case(y);
    let prefix = a.iter().zip(b).take_while(|(x, y)| same(x, y)).count();
    let a = a.get(prefix..).unwrap_or_default();
    let b = b.get(prefix..).unwrap_or_default();
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| same(x, y))
        .count();
    let a = a.get(..a.len().saturating_sub(suffix)).unwrap_or_default();
    let b = b.get(..b.len().saturating_sub(suffix)).unwrap_or_default();
    match (a, b) {
        ([] | [_], [] | [_]) => true,
        ([a0, a1], [b0, b1]) => same(a0, b1) && same(a1, b0),
        _ => false,
    }
}

/// Returns the weekday named by an English weekday name or abbreviation.
///
/// Accepts the full names and Mon, Tue, Tues, Wed, Weds, Thu, Thur, Thurs,
/// Fri, Sat and Sun, in any ASCII case, without a trailing period.
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    // as in [`month`]: a weekday's first three letters open every name
    let opens = head3(word).is_some_and(|h| {
        matches!(
            &h,
            b"mon" | b"tue" | b"wed" | b"thu" | b"fri" | b"sat" | b"sun"
        )
    });
    if !opens {
        return None;
    }
    WEEKDAY_INDEX
        .get(WEEKDAYS, |&(key, _)| key, word)
        .map(|&(_, day)| day)
}

/// The first three bytes of `word` in ASCII lower case; `None` when it has
/// fewer.
fn head3(word: &str) -> Option<[u8; 3]> {
    let [a, b, c, ..] = *word.as_bytes() else {
        return None;
    };
    Some([
        a.to_ascii_lowercase(),
        b.to_ascii_lowercase(),
        c.to_ascii_lowercase(),
    ])
}

/// [`WEEKDAYS`] by name.
static WEEKDAY_INDEX: Index<64> = Index::new(&keys!(WEEKDAYS, row => row.0));

#[cfg(test)]
mod tests {
    use super::super::tests::assert_strictly_sorted;
    use super::{
        FOREIGN, Language, MONTHS, TYPO_TARGETS, WEEKDAYS, foreign_month, month, month_typo,
        weekday, within_one_edit,
    };
    use chrono::Weekday;

    #[test]
    fn every_name_passes_the_three_letter_gate_in_any_case() {
        for (name, number) in MONTHS {
            assert_eq!(month(name), Some(*number), "{name}");
            assert_eq!(month(&name.to_ascii_uppercase()), Some(*number), "{name}");
            assert_eq!(month(&name.to_ascii_lowercase()), Some(*number), "{name}");
        }
        for (name, day) in WEEKDAYS {
            assert_eq!(weekday(name), Some(*day), "{name}");
            assert_eq!(weekday(&name.to_ascii_uppercase()), Some(*day), "{name}");
            assert_eq!(weekday(&name.to_ascii_lowercase()), Some(*day), "{name}");
        }
        for word in [
            "", "Ma", "Mo", "Ja", "LONDON", "Mayor", "Sunday!", "Junk", "Tu",
        ] {
            assert_eq!(month(word), None, "{word}");
            assert_eq!(weekday(word), None, "{word}");
        }
    }

    #[test]
    fn tables_are_sorted_without_duplicates() {
        for (_, table) in FOREIGN {
            assert_strictly_sorted(table.iter().map(|(k, _)| *k));
            // lower-case keys: the order `foreign_month` searches in
            for (key, _) in *table {
                assert_eq!(key.to_lowercase(), *key);
            }
        }
        assert_strictly_sorted(MONTHS.iter().map(|&(key, _)| key));
        assert_strictly_sorted(WEEKDAYS.iter().map(|&(key, _)| key));
    }

    #[test]
    fn every_full_month_name_is_in_the_table() {
        for &(name, number) in TYPO_TARGETS {
            assert_eq!(month(name), Some(number), "{name}");
        }
        assert_eq!(month("May"), Some(5));
        assert_eq!(month("June"), Some(6));
        assert_eq!(month("July"), Some(7));
    }

    #[test]
    fn months() {
        let cases = [
            ("January", Some(1)),
            ("jan", Some(1)),
            ("FEB", Some(2)),
            ("February", Some(2)),
            ("March", Some(3)),
            ("MARCH", Some(3)),
            ("mar", Some(3)),
            ("Apr", Some(4)),
            ("april", Some(4)),
            ("May", Some(5)),
            ("Jun", Some(6)),
            ("June", Some(6)),
            ("Jul", Some(7)),
            ("jULY", Some(7)),
            ("Aug", Some(8)),
            ("August", Some(8)),
            ("Sep", Some(9)),
            ("Sept", Some(9)),
            ("SEPT", Some(9)),
            ("September", Some(9)),
            ("Oct", Some(10)),
            ("October", Some(10)),
            ("Nov", Some(11)),
            ("November", Some(11)),
            ("Dec", Some(12)),
            ("december", Some(12)),
            ("", None),
            ("Sept.", None),
            ("Jan.", None),
            (" March", None),
            ("Ma", None),
            ("Febr", None),
            ("Marc", None),
            ("Mayor", None),
            ("Junior", None),
            ("Septembre", None),
            ("Mär", None),
        ];
        for (word, expected) in cases {
            assert_eq!(month(word), expected, "{word:?}");
        }
    }

    #[test]
    fn month_typos() {
        let cases = [
            // Exact names and abbreviations pass through.
            ("March", Some(3)),
            ("may", Some(5)),
            ("Sept", Some(9)),
            ("DEC", Some(12)),
            // Typos seen in 1987 Reuters datelines.
            ("Narch", Some(3)),
            ("Marc", Some(3)),
            ("Mach", Some(3)),
            ("Marchg", Some(3)),
            ("Feburary", Some(2)),
            ("Janaury", Some(1)),
            ("Apirl", Some(4)),
            ("NARCH", Some(3)),
            ("janaury", Some(1)),
            // Other single edits.
            ("Agust", Some(8)),
            ("Augsut", Some(8)),
            ("Septmber", Some(9)),
            ("Octobre", Some(10)),
            ("Novemebr", Some(11)),
            ("Decmber", Some(12)),
            ("Januray", Some(1)),
            ("Februrary", Some(2)),
            ("Aprl", Some(4)),
            // Real words one edit from "March": accepted, which is why the
            // caller only asks in the date position of a dateline.
            ("Marsh", Some(3)),
            ("Match", Some(3)),
            // Ordinary words that must not be taken for months.
            ("Monday", None),
            ("Maine", None),
            ("Mars", None),
            ("Julie", None),
            ("Aunt", None),
            ("Mayor", None),
            ("Junior", None),
            ("Judy", None),
            ("Jury", None),
            ("Mary", None),
            ("Many", None),
            ("Tune", None),
            ("Jane", None),
            ("Juno", None),
            ("Mach1", None),
            ("Augusta", Some(8)),
            ("Augustus", None),
            ("Member", None),
            ("Remember", None),
            ("Octopus", None),
            ("Arch.", None),
            ("Mar-ch", None),
            // Too short or too long.
            ("", None),
            ("Ma", None),
            ("Mrc", None),
            ("Septemberrrr", None),
            ("Septemberrrrrrr", None),
            // Two edits.
            ("Mrach", Some(3)),
            ("Mrahc", None),
            ("Febuary", Some(2)),
            ("Feburay", None),
        ];
        for (word, expected) in cases {
            assert_eq!(month_typo(word), expected, "{word:?}");
        }
    }

    /// The optimal-string-alignment distance, computed the slow way.
    fn osa_distance(a: &[u8], b: &[u8]) -> usize {
        let a: Vec<u8> = a.iter().map(u8::to_ascii_lowercase).collect();
        let b: Vec<u8> = b.iter().map(u8::to_ascii_lowercase).collect();
        let mut d = vec![vec![0_usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        d[a.len()][b.len()]
    }

    /// Every string over `alphabet` of length at most `max_len`.
    fn all_strings(alphabet: &[u8], max_len: usize) -> Vec<Vec<u8>> {
        let mut all = vec![Vec::new()];
        let mut last = vec![Vec::new()];
        for _ in 0..max_len {
            let mut next = Vec::new();
            for prefix in &last {
                for &letter in alphabet {
                    let mut word = prefix.clone();
                    word.push(letter);
                    next.push(word);
                }
            }
            all.extend(next.iter().cloned());
            last = next;
        }
        all
    }

    #[test]
    fn within_one_edit_agrees_with_the_distance() {
        let words = all_strings(b"abC", 4);
        for a in &words {
            for b in &words {
                assert_eq!(
                    within_one_edit(a, b),
                    osa_distance(a, b) <= 1,
                    "{a:?} vs {b:?}"
                );
            }
        }
    }

    #[test]
    fn weekdays() {
        let cases = [
            ("Monday", Some(Weekday::Mon)),
            ("Mon", Some(Weekday::Mon)),
            ("MONDAY", Some(Weekday::Mon)),
            ("Tuesday", Some(Weekday::Tue)),
            ("Tue", Some(Weekday::Tue)),
            ("tues", Some(Weekday::Tue)),
            ("Wednesday", Some(Weekday::Wed)),
            ("Wed", Some(Weekday::Wed)),
            ("Weds", Some(Weekday::Wed)),
            ("Thursday", Some(Weekday::Thu)),
            ("Thu", Some(Weekday::Thu)),
            ("Thur", Some(Weekday::Thu)),
            ("THURS", Some(Weekday::Thu)),
            ("Friday", Some(Weekday::Fri)),
            ("fri", Some(Weekday::Fri)),
            ("Saturday", Some(Weekday::Sat)),
            ("Sat", Some(Weekday::Sat)),
            ("Sunday", Some(Weekday::Sun)),
            ("sun", Some(Weekday::Sun)),
            ("", None),
            ("Mon.", None),
            ("Tu", None),
            ("Thurs.", None),
            ("Sundays", None),
            ("Mond", None),
            ("March", None),
        ];
        for (word, expected) in cases {
            assert_eq!(weekday(word), expected, "{word:?}");
        }
    }

    #[test]
    fn foreign_months() {
        let rows: &[(&str, Option<(u32, Language)>)] = &[
            ("Juli", Some((7, Language::German))),
            ("Mär", Some((3, Language::German))),
            ("MÄRZ", Some((3, Language::German))),
            ("Mrz", Some((3, Language::German))),
            ("Okt", Some((10, Language::German))),
            ("Dez", Some((12, Language::German))),
            ("juillet", Some((7, Language::French))),
            ("août", Some((8, Language::French))),
            ("AOÛT", Some((8, Language::French))),
            ("févr", Some((2, Language::French))),
            ("julio", Some((7, Language::Spanish))),
            ("DIC", Some((12, Language::Spanish))),
            ("LUG", Some((7, Language::Italian))),
            ("giugno", Some((6, Language::Italian))),
            ("julho", Some((7, Language::Portuguese))),
            ("março", Some((3, Language::Portuguese))),
            ("outubro", Some((10, Language::Portuguese))),
            ("июля", Some((7, Language::Russian))),
            ("ИЮЛЯ", Some((7, Language::Russian))),
            ("нояб", Some((11, Language::Russian))),
            ("Monday", None),
            ("Juno", None),
            ("", None),
        ];
        for (word, expected) in rows {
            assert_eq!(foreign_month(word), *expected, "{word:?}");
        }
    }
}
