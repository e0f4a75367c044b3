//! Abbreviations that end in a period without ending a sentence, and the
//! suffixes that may follow a person's name.

use super::{Index, cmp_ignore_ascii_case, keys};

/// Abbreviations written with their final period, sorted by
/// [`cmp_ignore_ascii_case`]: titles and ranks, company words, street and
/// place words, month and weekday abbreviations, and the AP (and older) state
/// and Canadian province abbreviations.
///
/// Left out on purpose: "etc." (it usually ends its sentence), "Man."
/// (Manitoba, but also an ordinary word), "Me." (Maine is spelled out), and
/// "May." (May is never abbreviated).
static ABBREVIATIONS: &[&str] = &[
    "a.m.", "Adm.", "Ala.", "Alta.", "approx.", "Apr.", "Apt.", "Ariz.", "Ark.", "Assn.", "Atty.",
    "Aug.", "Ave.", "B.C.", "Bldg.", "Blvd.", "Brig.", "Bros.", "Cal.", "Calif.", "Capt.", "Cdr.",
    "Cmdr.", "Co.", "Col.", "Colo.", "Conn.", "Corp.", "Cos.", "Cpl.", "D.C.", "Dec.", "Del.",
    "Dela.", "Dept.", "Dr.", "e.g.", "E.U.", "Esq.", "Feb.", "Fla.", "Fr.", "Fri.", "Ft.", "Ga.",
    "Gen.", "Gens.", "Gov.", "Hon.", "Hwy.", "i.e.", "Ill.", "Inc.", "Ind.", "Intl.", "Jan.",
    "Jr.", "Jul.", "Jun.", "Kan.", "Kans.", "Ky.", "La.", "Lt.", "Ltd.", "Maj.", "Mar.", "Mass.",
    "Md.", "Messrs.", "Mfg.", "Mich.", "Minn.", "Miss.", "Mo.", "Mon.", "Mont.", "Mr.", "Mrs.",
    "Ms.", "Msgr.", "Mt.", "N.B.", "N.C.", "N.D.", "N.Dak.", "N.H.", "N.J.", "N.M.", "N.Mex.",
    "N.S.", "N.Y.", "Neb.", "Nebr.", "Nev.", "Nfld.", "No.", "Nos.", "Nov.", "Oct.", "Okla.",
    "Ont.", "Ore.", "Oreg.", "P.E.I.", "p.m.", "Pa.", "Penn.", "Penna.", "Pfc.", "Ph.D.", "Pkwy.",
    "Pres.", "Prof.", "Pvt.", "Que.", "R.I.", "Rd.", "Rep.", "Reps.", "Ret.", "Rev.", "S.C.",
    "S.D.", "S.Dak.", "Sask.", "Sat.", "Sen.", "Sens.", "Sep.", "Sept.", "Sgt.", "Spc.", "Sr.",
    "St.", "Sun.", "Supt.", "Tenn.", "Tex.", "Thu.", "Thur.", "Thurs.", "Tue.", "Tues.", "U.K.",
    "U.N.", "U.S.", "Univ.", "v.", "Va.", "vs.", "Vt.", "W.Va.", "Wash.", "Wed.", "Wis.", "Wisc.",
    "Wyo.",
];

/// Suffixes that may follow a person's name, sorted by
/// [`cmp_ignore_ascii_case`].
///
/// The roman numerals run from II to IX without the single letters "V" and
/// "X", which are more often an initial written without its period.
static NAME_SUFFIXES: &[&str] = &[
    "Esq", "Esq.", "II", "III", "IV", "IX", "Jr", "Jr.", "M.D.", "MD", "Ph.D", "Ph.D.", "PhD",
    "Sr", "Sr.", "VI", "VII", "VIII",
];

/// The hash index of [`ABBREVIATIONS`]: asked of the last word of every
/// sentence, and of display lines, that ends with a period.
static ABBREVIATION_INDEX: Index<512> = Index::new(&keys!(ABBREVIATIONS, row => *row));

/// Tells whether `word` is in `table` as written, or written in capitals.
///
/// A row matches exactly, or ignoring ASCII case when `word` has no
/// lower-case ASCII letter: "Gen." matches "Gen." and "GEN." but not "gen.";
/// "a.m." matches "a.m." and "A.M." but not "A.m.".
fn listed(table: &[&str], word: &str) -> bool {
    table
        .binary_search_by(|key| cmp_ignore_ascii_case(key, word))
        .ok()
        .and_then(|index| table.get(index))
        .is_some_and(|&key| matches_as_written(key, word))
}

/// Whether `word`, equal to the table's `key` ignoring ASCII case, matches
/// it: as written, or in capitals (no lower-case ASCII letter).
fn matches_as_written(key: &str, word: &str) -> bool {
    key == word || !word.bytes().any(|byte| byte.is_ascii_lowercase())
}

/// Tells whether `word` is made of initials: one upper-case ASCII letter and
/// a period ("J."), or two or more ASCII letters each followed by a period
/// ("U.S.", "N.Y.", "A.B.C.", "a.m.").
fn is_initials(word: &str) -> bool {
    match word.as_bytes() {
        [letter, b'.'] => letter.is_ascii_uppercase(),
        bytes => {
            bytes.len() >= 4
                && bytes
                    .chunks(2)
                    .all(|pair| matches!(pair, [letter, b'.'] if letter.is_ascii_alphabetic()))
        }
    }
}

/// Tells whether `word`, including its final period, is an abbreviation
/// rather than the end of a sentence.
///
/// True for the listed abbreviations ("Mr.", "Gen.", "Sept.", "Inc.", "Calif.",
/// "a.m."; exact case or all capitals, see [`ABBREVIATIONS`]) and for any
/// initials: a single capital letter with a period ("J.") or two or more
/// letters each followed by a period ("U.S.", "N.Y.", "A.B.C."). "etc." is
/// not an abbreviation here, because it usually ends its sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    is_initials(word)
        || ABBREVIATION_INDEX
            .get(ABBREVIATIONS, |&key| key, word)
            .is_some_and(|&key| matches_as_written(key, word))
}

/// Tells whether `word` is a suffix that may follow a person's name:
/// "Jr." and "Sr." (with or without the period), the roman numerals II to IX
/// except "V", "Esq.", `PhD`, "Ph.D.", "MD" and "M.D.". Case is exact or all
/// capitals ("JR." matches, "jr." and "ii" do not).
pub(crate) fn is_name_suffix(word: &str) -> bool {
    listed(NAME_SUFFIXES, word)
}

#[cfg(test)]
mod tests {
    use super::super::tests::assert_strictly_sorted;
    use super::{
        ABBREVIATIONS, NAME_SUFFIXES, is_abbreviation, is_initials, is_name_suffix, listed,
    };

    proptest::proptest! {
        /// The hash index answers as a binary search of the table does, for
        /// its rows in any case and for other words.
        #[test]
        fn index_agrees_with_binary_search(
            row in proptest::sample::select(ABBREVIATIONS),
            case in 0u8..3,
            other in "[A-Za-z.]{0,7}",
        ) {
            let cased = match case {
                0 => row.to_string(),
                1 => row.to_uppercase(),
                _ => row.to_lowercase(),
            };
            for word in [cased.as_str(), other.as_str()] {
                let searched = is_initials(word) || listed(ABBREVIATIONS, word);
                proptest::prop_assert_eq!(is_abbreviation(word), searched, "{:?}", word);
            }
        }
    }

    #[test]
    fn tables_are_sorted_without_duplicates() {
        assert_strictly_sorted(ABBREVIATIONS.iter().copied());
        assert_strictly_sorted(NAME_SUFFIXES.iter().copied());
        assert_eq!(ABBREVIATIONS.len(), 158);
        assert_eq!(NAME_SUFFIXES.len(), 18);
    }

    #[test]
    fn every_row_matches_itself_and_in_capitals() {
        for &word in ABBREVIATIONS {
            assert!(word.ends_with('.'), "{word:?}");
            assert!(is_abbreviation(word), "{word:?}");
            assert!(is_abbreviation(&word.to_uppercase()), "{word:?}");
        }
        for &word in NAME_SUFFIXES {
            assert!(is_name_suffix(word), "{word:?}");
            assert!(is_name_suffix(&word.to_uppercase()), "{word:?}");
        }
    }

    #[test]
    fn abbreviations() {
        let cases = [
            ("Mr.", true),
            ("MR.", true),
            ("mr.", false),
            ("mR.", false),
            ("Mr", false),
            ("U.S.", true),
            ("Gen.", true),
            ("GEN.", true),
            ("Sept.", true),
            ("Inc.", true),
            ("INC.", true),
            ("Corp.", true),
            ("Co.", true),
            ("Ltd.", true),
            ("Jr.", true),
            ("Mrs.", true),
            ("Ms.", true),
            ("St.", true),
            ("Lt.", true),
            ("Cmdr.", true),
            ("No.", true),
            ("vs.", true),
            ("VS.", true),
            ("Vs.", false),
            ("v.", true),
            ("approx.", true),
            ("a.m.", true),
            ("A.M.", true),
            ("p.m.", true),
            ("e.g.", true),
            ("i.e.", true),
            ("Jan.", true),
            ("Dec.", true),
            ("Tues.", true),
            ("Thurs.", true),
            ("Sun.", true),
            ("Calif.", true),
            ("W.Va.", true),
            ("N.Mex.", true),
            ("Penna.", true),
            ("Ont.", true),
            ("Ph.D.", true),
            // Initials.
            ("J.", true),
            ("N.Y.", true),
            ("A.B.C.", true),
            ("a.k.a.", true),
            ("U.S.S.R.", true),
            ("j.", false),
            ("JJ.", false),
            ("U.S", false),
            ("U..S.", false),
            ("1.", false),
            ("1.2.", false),
            ("É.", false),
            // Not abbreviations.
            ("", false),
            (".", false),
            ("etc.", false),
            ("Etc.", false),
            ("May.", false),
            ("Man.", false),
            ("Me.", false),
            ("the.", false),
            ("said.", false),
            ("Inc", false),
            ("Gen.,", false),
            ("(Gen.", false),
        ];
        for (word, expected) in cases {
            assert_eq!(is_abbreviation(word), expected, "{word:?}");
        }
    }

    #[test]
    fn name_suffixes() {
        let cases = [
            ("Jr.", true),
            ("Jr", true),
            ("JR.", true),
            ("JR", true),
            ("jr.", false),
            ("Sr.", true),
            ("Sr", true),
            ("II", true),
            ("III", true),
            ("IV", true),
            ("VI", true),
            ("VII", true),
            ("VIII", true),
            ("IX", true),
            ("ii", false),
            ("Iv", false),
            ("V", false),
            ("X", false),
            ("XI", false),
            ("IIII", false),
            ("Esq.", true),
            ("Esq", true),
            ("PhD", true),
            ("PHD", true),
            ("phd", false),
            ("Ph.D.", true),
            ("MD", true),
            ("M.D.", true),
            ("Md.", false),
            ("", false),
            ("Smith", false),
            ("Mr.", false),
        ];
        for (word, expected) in cases {
            assert_eq!(is_name_suffix(word), expected, "{word:?}");
        }
    }
}
