//! Agency tags: `(Reuters)`, `(AP/Reuters)`, `/PRNewswire-FirstCall/`,
//! `/ ACCESSWIRE /`, `(BUSINESS WIRE)`, and the 1987 wire's `, Reuter`.

use super::{PResult, fail, offset};
use crate::tables::agencies;

/// A tag found by the grammar: offsets of its inner text and of the whole tag,
/// relative to the rule's input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tag {
    /// Start and end of the text inside the brackets, trimmed.
    pub(crate) inner: (usize, usize),
    /// Length of the tag with its brackets.
    pub(crate) raw_len: usize,
}

/// The longest tag the grammar reads, in bytes.
const MAX_TAG: usize = 48;

/// Words wire services put in brackets that are not agencies.
const NOT_AGENCIES: &[&str] = &[
    "ADVERTISEMENT",
    "ADVISORY",
    "ANALYSIS",
    "APPLAUSE",
    "AUDIO",
    "COMMENTARY",
    "CONTINUED",
    "CORRECTED",
    "CORRECTION",
    "CROSSTALK",
    "EDITORIAL",
    "EXCLUSIVE",
    "FACTBOX",
    "FEATURE",
    "FLASH",
    "GALLERY",
    "GRAPHIC",
    "INAUDIBLE",
    "INTERVIEW",
    "LAUGHTER",
    "LISTEN",
    "LIVE",
    "OPINION",
    "PHOTO",
    "PHOTOS",
    "PODCAST",
    "REFILE",
    "REFILED",
    "REPEAT",
    "RPT",
    "SPONSORED",
    "UPDATE",
    "UPDATED",
    "URGENT",
    "VIDEO",
    "WATCH",
    "WRAPUP",
];

/// Whether `word` is one of the words wire services put in brackets that
/// are not agencies ([`NOT_AGENCIES`]: `PHOTO`, `UPDATE`, `APPLAUSE`), in
/// any ASCII case.
pub(crate) fn is_aside(word: &str) -> bool {
    NOT_AGENCIES.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `inner` is a lawmaker's party and state as American papers and
/// transcripts print them: `R-KS`, `D-MN`, `I-VT`, `R-Texas`.
fn is_party_state(inner: &str) -> bool {
    match inner.as_bytes() {
        [b'R' | b'D' | b'I', b'-', rest @ ..] => {
            rest.first().is_some_and(u8::is_ascii_uppercase)
                && rest.len() <= 14
                && rest.iter().all(|b| b.is_ascii_alphabetic() || *b == b'.')
        }
        _ => false,
    }
}

/// Whether `inner` reads as an agency tag rather than an aside in brackets.
pub(crate) fn plausible_tag(inner: &str) -> bool {
    if inner.len() > MAX_TAG {
        return inner.len() <= MAX_TAG + MAX_TAG_DATE && long_tag(inner);
    }
    if inner.is_empty() || !inner.chars().any(char::is_alphabetic) {
        return false;
    }
    // a known agency first: no row of the table has a colon, reads as a
    // date or is one of the asides below (a test checks), so the answer is
    // the same as after those tests, which cost more than the look-up
    if agencies::is_agency(inner) {
        return true;
    }
    // `NASDAQ: ACME` is a ticker; `R-KS` a lawmaker's party and state, as
    // transcripts print it after the name (`SEN. ANN POE (R-KS):`)
    if inner.contains(':')
        || super::date::starts_date(inner)
        || is_aside(inner)
        || is_party_state(inner)
    {
        return false;
    }
    // a paper's credit for a writer not on its staff: `(Special to the
    // AFRO)`, `(Special to The Times)`
    if let Some(outlet) = inner.strip_prefix("Special to ") {
        return outlet.contains(char::is_uppercase);
    }
    // a wire's regional service after a slash: dpa's `dpa/lnw`, `dpa/lby`
    if inner
        .split_once('/')
        .is_some_and(|(wire, code)| is_service_code(code) && agencies::is_agency(wire))
    {
        return true;
    }
    let mut words = 0;
    for word in inner.split(|c: char| c.is_whitespace() || c == '/') {
        if word.is_empty() {
            continue;
        }
        words += 1;
        // a site in lower case counts as a name: `(bdnews24.com)`; `via`
        // joins a wire to its distributor, `of` the words of a paper's
        // name: `(MARKETWIRED via COMTEX)`, `(Times of Malta)`
        let known = agencies::is_agency(word)
            || is_site(word)
            || (words > 1 && TAG_JOINERS.contains(&word));
        // a capital, a digit, or a letter of a script without case (Arabic, CJK)
        let capital = word.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_numeric() || (c.is_alphabetic() && !c.is_lowercase())
        });
        if !(known || capital) {
            return false;
        }
    }
    ((1..=5).contains(&words) || (words > 5 && long_tag(inner)))
        && !TAG_JOINERS
            .iter()
            .any(|j| inner.strip_suffix(j).is_some_and(|r| r.ends_with(' ')))
}

/// The most bytes of a date after a tag's name in its brackets
/// ([`long_tag`]).
const MAX_TAG_DATE: usize = 24;

/// The most names parted by slashes in a tag ([`long_tag`]).
const MAX_TAG_NAMES: usize = 3;

/// Whether `inner`, longer than [`plausible_tag`] reads alone, is a tag of
/// papers' names parted by slashes, each a tag of its own, perhaps with
/// its date after a comma, as the Pacific Islands News Association
/// credits a member's story (`Vanuatu Daily Post/PINA Nius Online`,
/// `Samoa Observer/PINA Nius Online, Feb. 16`, `PINA Nius Online, 2
/// February 2026`). Out of line: asked only of a long tag.
#[inline(never)]
fn long_tag(inner: &str) -> bool {
    let name = match inner.split_once(", ") {
        Some((name, date)) if date.len() <= MAX_TAG_DATE && super::date::starts_date(date) => name,
        _ => inner,
    };
    if name.len() > MAX_TAG {
        return false;
    }
    // (the name before the date, alone; the names between slashes, each
    // of one to five words)
    (name.len() < inner.len() && plausible_tag(name))
        || (name.contains('/')
            && name.split('/').count() <= MAX_TAG_NAMES
            && name
                .split('/')
                .all(|n| !n.contains(',') && plausible_tag(n.trim())))
}

/// Whether `word` is a wire's code for one of its regional services, as dpa
/// writes them after its name and a slash (`lnw` for North
/// Rhine-Westphalia, `lby` for Bavaria, `bb` for Berlin and Brandenburg):
/// two to four small ASCII letters that do not name an agency themselves.
pub(crate) fn is_service_code(word: &str) -> bool {
    (2..=4).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !agencies::is_agency(word)
}

/// Lower-case words that may join the capitalised words of a tag.
const TAG_JOINERS: [&str; 2] = ["of", "via"];

/// What stands between `open`, which `input` must open with, and the first
/// `close` after it, with the rest after `close`; `None` when a byte of
/// `stops` (or the end) comes first. All are ASCII, so the cuts fall on
/// char boundaries.
fn enclosed<'a>(input: &'a str, open: u8, close: u8, stops: &[u8]) -> Option<(&'a str, &'a str)> {
    let after = input.strip_prefix(char::from(open))?;
    let end = after
        .bytes()
        .position(|b| b == close || stops.contains(&b))?;
    (after.as_bytes().get(end) == Some(&close))
        .then(|| Some((after.get(..end)?, after.get(end + 1..)?)))
        .flatten()
}

/// `(Reuters)`, `(AP/Reuters)`, `(GLOBE NEWSWIRE)`, `(dpa)`.
pub(crate) fn paren_tag(input: &str) -> PResult<'_, Tag> {
    marked_tag(input, b'(', b')', b"(\n\r", "an agency tag in brackets")
}

/// A tag in square brackets: `[Reuters]`, and a science news service's
/// issuer after the place (`PROVIDENCE, R.I. [Brown University] —`).
pub(crate) fn square_tag(input: &str) -> PResult<'_, Tag> {
    marked_tag(
        input,
        b'[',
        b']',
        b"[\n\r",
        "an agency tag in square brackets",
    )
}

/// `/PRNewswire/`, `/PRNewswire-FirstCall/`, `/ ACCESSWIRE /`.
pub(crate) fn slash_tag(input: &str) -> PResult<'_, Tag> {
    marked_tag(input, b'/', b'/', b"\n\r", "an agency tag between slashes")
}

/// A plausible tag between the marks `open` and `close` at the start of
/// `input` ([`enclosed`], stopping at `stops`); `what` names it in the
/// error.
fn marked_tag<'a>(
    input: &'a str,
    open: u8,
    close: u8,
    stops: &[u8],
    what: &'static str,
) -> PResult<'a, Tag> {
    let Some((inner, rest)) = enclosed(input, open, close, stops) else {
        return fail(input, what);
    };
    let t = crate::text::trim(inner);
    if !plausible_tag(t) {
        return fail(input, what);
    }
    let a = crate::text::offset_in(inner, t).unwrap_or(0);
    // (an old paper's stop after a lone word is type, not the name's:
    // `(Special.)` is `Special`; `(A.P.)` keeps its stops)
    let stop = t
        .strip_suffix('.')
        .is_some_and(|w| w.len() >= 2 && w.chars().all(char::is_alphabetic));
    let b = a + t.len() - usize::from(stop);
    Ok((
        rest,
        Tag {
            inner: (1 + a, 1 + b),
            raw_len: offset(input, rest),
        },
    ))
}

/// The endings of a site's name that a credit may carry: `SPACE.com`,
/// `washingtonpost.com`, `bbc.co.uk`, `chinadaily.com.cn`.
const SITE_ENDINGS: [&str; 7] = [
    ".com", ".net", ".org", ".co.uk", ".com.au", ".co.in", ".com.cn",
];

/// Whether `word` is a site's name as feeds credit one: a word of ASCII
/// letters, digits and inner hyphens, then one of [`SITE_ENDINGS`] in any
/// case, and nothing else: `USATODAY.com`, not `Acme.Com.Inc` or `.com`.
pub(crate) fn is_site(word: &str) -> bool {
    // every ending has a period three or four bytes from the end: most
    // words have none, and are turned away without a search
    let bytes = word.as_bytes();
    let period_at = |back: usize| {
        bytes
            .len()
            .checked_sub(back)
            .and_then(|at| bytes.get(at))
            .is_some_and(|&b| b == b'.')
    };
    if !(period_at(3) || period_at(4)) {
        return false;
    }
    let Some(dot) = word.find('.') else {
        return false;
    };
    let (name, ending) = word.split_at(dot);
    name.len() >= 2
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !name.starts_with('-')
        && !name.ends_with('-')
        && SITE_ENDINGS.iter().any(|e| e.eq_ignore_ascii_case(ending))
}

/// A known agency's name written bare: `Reuter` in `LONDON, March 11, Reuter -`,
/// `AP` in `AP - ...`; or a site's name as its first word ([`is_site`]):
/// `SPACE.com - ...`.
pub(crate) fn bare_agency(input: &str) -> PResult<'_, Tag> {
    bare_agency_before(input, |_| true)
}

/// [`bare_agency`] where a separator may follow the name (blank space
/// between): the first byte of one, as [`separator`] reads it, comes next.
/// Names followed by anything else are not looked up, which spares a table
/// look-up a word for the place names that open most datelines.
///
/// [`separator`]: super::dateline::separator
pub(crate) fn bare_agency_before_separator(input: &str) -> PResult<'_, Tag> {
    if !may_run_to_separator(input) {
        return fail(input, "an agency name before a separator");
    }
    bare_agency_before(input, separator_follows)
}

/// Whether a separator's first byte opens `rest`, after spaces.
fn separator_follows(rest: &str) -> bool {
    matches!(
        rest.trim_start_matches(' ').as_bytes().first(),
        Some(b'-' | b'_' | b':' | b'.' | 0xE2)
    )
}

/// A quick test, true wherever [`bare_agency_before_separator`] may match:
/// the ASCII words and spaces that open `input` run into a separator's
/// first byte, or hold a `-` or `.` (which may end a word before one), or
/// meet a byte outside ASCII. A place lead's `NEW YORK, Nov 28` stops at its
/// comma, `WASHINGTON (AP)` at its bracket, with no look-up.
fn may_run_to_separator(input: &str) -> bool {
    for &b in input.as_bytes() {
        match b {
            b'-' | b'.' | b'_' | b':' => return true,
            b if !b.is_ascii() => return true,
            b if b.is_ascii_alphanumeric() || matches!(b, b'&' | b'\'' | b' ') => {}
            _ => return false,
        }
    }
    false
}

/// The length of the word of an agency's name that opens `s`: letters,
/// digits and `-.&'`. ASCII is read byte by byte, the rest by characters.
fn agency_word_len(s: &str) -> usize {
    let in_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '.' | '&' | '\'');
    let bytes = s.as_bytes();
    let ascii = bytes
        .iter()
        .take_while(|&&b| b.is_ascii() && in_word(char::from(b)))
        .count();
    match (bytes.get(ascii), s.get(ascii..)) {
        (Some(b), Some(rest)) if !b.is_ascii() => {
            ascii + rest.find(|c: char| !in_word(c)).unwrap_or(rest.len())
        }
        _ => ascii,
    }
}

/// [`bare_agency`], looking up only names whose rest passes `follows`.
fn bare_agency_before(input: &str, follows: impl Fn(&str) -> bool) -> PResult<'_, Tag> {
    // up to three words of letters (and `-.&'`: `Investor's Business
    // Daily`), then check the table
    let mut best: Option<usize> = None;
    let mut end = 0;
    for word in 0..3 {
        let rest = input.get(end..).unwrap_or("");
        let skip = if end == 0 {
            0
        } else {
            rest.len() - rest.trim_start_matches(' ').len()
        };
        let after = rest.get(skip..).unwrap_or("");
        let len = agency_word_len(after);
        if len == 0 {
            break;
        }
        end += skip + len;
        let candidate = input.get(..end).unwrap_or("");
        // (a period may close the name, and a dash run onto it opens the
        // separator: SANA's `Damascus, SANA- The …`, Investing.com's
        // `Investing.com-- Oil …`)
        let credit = candidate.trim_end_matches('.');
        let credit = Some(credit.trim_end_matches('-'))
            .filter(|c| !c.ends_with(' '))
            .unwrap_or(credit);
        let rest = input.get(credit.len()..).unwrap_or("");
        if follows(rest) && (agencies::is_agency(credit) || (word == 0 && is_site(credit))) {
            best = Some(credit.len());
        }
        // a hyphen inside the word may open the separator, run onto the
        // place after it: Fitch's `Fitch Ratings-New York-03 March 2015:`,
        // APA's `APA-Dakar (Senegal) -`
        let inner = after
            .get(1..len)
            .and_then(|w| w.bytes().position(|b| b == b'-'));
        if let Some(cut) = inner.and_then(|h| input.get(..end - len + 1 + h)) {
            if agencies::is_agency(cut) {
                best = Some(cut.len());
                break;
            }
        }
    }
    match best {
        Some(len) => Ok((
            input.get(len..).unwrap_or(""),
            Tag {
                inner: (0, len),
                raw_len: len,
            },
        )),
        None => fail(input, "an agency name"),
    }
}

/// Whether the tag `text` is a body's name of words, no part of it an
/// agency the table knows (`Fisheries and Oceans Canada`, a department that
/// issues its release): one agency, not split at its `and` or comma. Out of
/// line: the accessor is not the parser's.
#[inline(never)]
pub(crate) fn is_body_name(text: &str) -> bool {
    if text.contains('/') || !text.contains(' ') {
        return false;
    }
    let mut rest = text;
    while !rest.is_empty() {
        let (len, skip) = crate::dateline::next_agency_break(rest);
        if rest
            .get(..len)
            .is_some_and(|part| agencies::is_agency(part.trim()))
        {
            return false;
        }
        rest = rest.get(len + skip..).unwrap_or("");
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_and_state_are_no_tags() {
        for t in ["R-KS", "D-MN", "I-VT", "R-Texas"] {
            assert!(is_party_state(t), "{t:?}");
            assert!(!plausible_tag(t), "{t:?}");
        }
        for t in ["R-", "X-KS", "D-mn", "AP-Dow Jones", "RKS"] {
            assert!(!is_party_state(t), "{t:?}");
        }
    }
    use nom::Parser;
    use nom::bytes::complete::take_till;
    use nom::character::complete::char as ch;

    proptest::proptest! {
        /// The byte scan cuts the brackets and slashes the combinators cut.
        #[test]
        fn enclosed_agrees_with_combinators(s in "[()/\n\r aAé]{0,8}") {
            type Cut<'a> = PResult<'a, (char, &'a str, char)>;
            let paren: Cut<'_> =
                (ch('('), take_till(|c| matches!(c, ')' | '(' | '\n' | '\r')), ch(')')).parse(s.as_str());
            let want = paren.ok().map(|(rest, (_, inner, _))| (inner, rest));
            proptest::prop_assert_eq!(enclosed(&s, b'(', b')', b"(\n\r"), want);
            let slash: Cut<'_> =
                (ch('/'), take_till(|c| matches!(c, '/' | '\n' | '\r')), ch('/')).parse(s.as_str());
            let want = slash.ok().map(|(rest, (_, inner, _))| (inner, rest));
            proptest::prop_assert_eq!(enclosed(&s, b'/', b'/', b"\n\r"), want);
        }

        /// The quick test passes every text the bare agency lead would read
        /// without it.
        #[test]
        fn quick_test_passes_every_bare_agency(
            s in "(AP|Reuters|PC World|washingtonpost.com|AFP|NEW YORK|Investor's Business Daily|dpa-AFX|РИА Новости|é|[ \t]{1,2}|[-—_:.,(&']|[a-z]{1,3}){0,6}",
        ) {
            if bare_agency_before(&s, separator_follows).is_ok() {
                proptest::prop_assert!(may_run_to_separator(&s), "{:?}", s);
            }
        }
    }

    fn inner<'a>(input: &'a str, tag: &Tag) -> &'a str {
        input.get(tag.inner.0..tag.inner.1).unwrap_or("")
    }

    #[test]
    fn no_known_agency_is_ruled_out_by_the_aside_tests() {
        // `plausible_tag` accepts a known agency before those tests
        for row in agencies::AGENCIES {
            let tag = row.tag;
            assert!(!tag.contains(':'), "{tag:?}");
            assert!(super::super::date::date(tag).is_err(), "{tag:?}");
            assert!(!is_aside(tag), "{tag:?}");
            assert!(
                tag.len() <= MAX_TAG && tag.chars().any(char::is_alphabetic),
                "{tag:?}"
            );
            assert!(plausible_tag(tag), "{tag:?}");
        }
    }

    #[test]
    fn bracket_and_slash_tags() {
        let cases: &[(&str, &str, usize)] = &[
            ("(Reuters) -", "Reuters", 9),
            ("(AP/Reuters) -", "AP/Reuters", 12),
            ("(GLOBE NEWSWIRE) --", "GLOBE NEWSWIRE", 16),
            ("(dpa) -", "dpa", 5),
            ("( TDI ):", "TDI", 7),
            ("(MARKETWIRED via COMTEX) --", "MARKETWIRED via COMTEX", 24),
            ("(bdnews24.com) -", "bdnews24.com", 14),
            ("(Times of Malta) -", "Times of Malta", 16),
            // an old paper's stop after a word, and an abbreviation's stops
            ("(Special.)—", "Special", 10),
            ("(A.P.)—", "A.P.", 6),
            ("(U. P.)—", "U. P.", 7),
            ("(A.)—", "A.", 4),
        ];
        for (input, text, raw) in cases {
            let (_, tag) = paren_tag(input).unwrap_or_else(|_| panic!("{input:?}"));
            assert_eq!(
                (inner(input, &tag), tag.raw_len),
                (*text, *raw),
                "{input:?}"
            );
        }
        let (_, tag) = slash_tag("/PRNewswire-FirstCall/ --").unwrap_or_else(|_| panic!("slash"));
        assert_eq!(
            inner("/PRNewswire-FirstCall/ --", &tag),
            "PRNewswire-FirstCall"
        );
        let input = "/ ACCESSWIRE / December";
        let (_, tag) = slash_tag(input).unwrap_or_else(|_| panic!("slash"));
        assert_eq!((inner(input, &tag), tag.raw_len), ("ACCESSWIRE", 14));
    }

    #[test]
    fn asides_are_not_tags() {
        for input in [
            "(September 16, 2023)",
            "(which was late)",
            "()",
            "(12)",
            "(the company said)",
            "(via Reuters)",
            "(AP via)",
            "(of Reuters)",
            "(Reuters of)",
        ] {
            assert!(paren_tag(input).is_err(), "{input:?}");
        }
    }

    #[test]
    fn body_names_stay_whole() {
        for (tag, whole) in [
            ("Fisheries and Oceans Canada", true),
            ("Innovation, Science and Economic Development Canada", true),
            // (an agency the table knows among them; a slash; codes with no
            // blank between them)
            ("AP and Reuters", false),
            ("Ann Poe, AFP", false),
            ("Ann Poe/Bo Li", false),
            ("QXT,ZRV", false),
        ] {
            assert_eq!(is_body_name(tag), whole, "{tag:?}");
        }
    }

    #[test]
    fn bare_agencies() {
        let (rest, tag) = bare_agency("Reuter - text").unwrap_or_else(|_| panic!("reuter"));
        assert_eq!((tag.raw_len, rest), (6, " - text"));
        let (_, tag) = bare_agency("AP - text").unwrap_or_else(|_| panic!("ap"));
        assert_eq!(tag.raw_len, 2);
        assert!(bare_agency("Officials - text").is_err());
        // a site's name, alone or as the first of its words
        for (input, len) in [
            ("SPACE.com - text", 9),
            ("washingtonpost.com - text", 18),
            ("news-site.co.uk - text", 15),
            ("CNET News.com - text", 13),
        ] {
            let (_, tag) = bare_agency(input).unwrap_or_else(|_| panic!("{input:?}"));
            assert_eq!(tag.raw_len, len, "{input:?}");
        }
        for input in [
            "Acme News.com - text",
            ".com - text",
            "a.com - text",
            "Acme.Com.Inc - text",
            "-acme.com - text",
            "Acme.comb - text",
            "U.S. - text",
        ] {
            assert!(bare_agency(input).is_err(), "{input:?}");
        }
    }

    #[test]
    fn sites() {
        for word in [
            "SPACE.com",
            "Forbes.COM",
            "bbc.co.uk",
            "chinadaily.com.cn",
            "abc-7.net",
            "news.com.au",
            "ab.co.in",
            "AB.ORG",
        ] {
            assert!(is_site(word), "{word:?}");
        }
        for word in [
            "",
            "com",
            ".com",
            "x.com",
            "acme.",
            "acme.comx",
            "ac me.com",
            "acme-.com",
            "é.com",
            "acme.io",
        ] {
            assert!(!is_site(word), "{word:?}");
        }
    }
}
