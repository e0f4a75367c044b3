//! Dates in datelines: `13 July 2023`, `July 13, 2023`, `Jul. 13`, `Sept 5`,
//! `1996-08-30`, `28.11.2026`, `28/11/2026`, `28-11-2026`, `Aug 25, 2004`, with an
//! optional weekday (`Tuesday,`, `Tues.`), month names in any case.
//!
//! Day-first dates also take German, French, Spanish, Italian and Portuguese
//! months: `13. Juli 2023`, `1er août`, `13 de julio de 2023`, `13 LUG`. Those
//! tables are tried only after the English one fails.

use chrono::Weekday;
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char as ch, satisfy};
use nom::combinator::opt;

use super::{PResult, fail, offset, space0, space1};
use crate::tables::months;

/// A date as the grammar found it: the parts it names and the text's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct DateParts {
    pub(crate) year: Option<i32>,
    pub(crate) month: Option<u32>,
    pub(crate) day: Option<u32>,
    pub(crate) weekday: Option<Weekday>,
}

impl DateParts {
    /// A date with its year, month and day written, and no weekday.
    fn ymd(year: i32, month: u32, day: u32) -> Self {
        DateParts {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            weekday: None,
        }
    }
}

/// The most letters [`word`] takes.
const MAX_WORD: usize = 12;

/// A run of two to twelve letters (any script): a month or weekday name.
/// Takes at most twelve, as `take_while_m_n(2, 12, char::is_alphabetic)`
/// would; ASCII letters are read byte by byte.
fn word(input: &str) -> PResult<'_, &str> {
    let ascii = input
        .bytes()
        .take(MAX_WORD)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let len = match input.as_bytes().get(ascii) {
        // a letter of another script may follow: count by characters
        Some(b) if !b.is_ascii() && ascii < MAX_WORD => input
            .char_indices()
            .take(MAX_WORD)
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8()),
        // ended by an ASCII byte or the input, or twelve letters read
        _ => ascii,
    };
    let letters = if len == ascii {
        ascii
    } else {
        input.get(..len).map_or(0, |w| w.chars().count())
    };
    if letters < 2 {
        return fail(input, "a word of two letters or more");
    }
    Ok((
        input.get(len..).unwrap_or(""),
        input.get(..len).unwrap_or(""),
    ))
}

/// A month name or abbreviation, with its optional period: `July`, `Jul.`, `SEPT`.
pub(crate) fn month_name(input: &str) -> PResult<'_, u32> {
    let (rest, name) = word(input)?;
    let Some(month) = months::month(name) else {
        return fail(input, "a month name");
    };
    let (rest, _) = opt(ch('.')).parse(rest)?;
    Ok((rest, month))
}

/// A German, French, Spanish, Italian or Portuguese month name or
/// abbreviation, with its optional period: `Juli`, `Mär.`, `août`, `LUG`.
fn foreign_month_name(input: &str) -> PResult<'_, u32> {
    let (rest, name) = word(input)?;
    let Some((month, language)) = months::foreign_month(name) else {
        return fail(input, "a month name");
    };
    // a period after a Russian month ends the date: `13 июля. /ТАСС/.`
    if language == months::Language::Russian {
        return Ok((rest, month));
    }
    let (rest, _) = opt(ch('.')).parse(rest)?;
    Ok((rest, month))
}

/// The `de` of Spanish and Portuguese dates (`13 de julio de 2023`), with the
/// space after it.
fn de(input: &str) -> PResult<'_, &str> {
    // (by hand: nom's `tag_no_case` here was inlined or not as unrelated
    // code changed, its call costing up to 0.03% of a parse)
    match input.split_at_checked(2) {
        Some((d, rest)) if d.eq_ignore_ascii_case("de") => {
            let (rest, _) = space1(rest)?;
            Ok((rest, d))
        }
        _ => fail(input, "`de`"),
    }
}

/// ` de 2023` after a Spanish or Portuguese month.
fn de_year(input: &str) -> PResult<'_, i32> {
    let (rest, _) = (space1, de).parse(input)?;
    year(rest)
}

/// One to three digits not followed by another digit: a day of the month as
/// written (impossible days like `187` are read, then fail to resolve).
pub(crate) fn day_number(input: &str) -> PResult<'_, u32> {
    let Some((day, len)) = digits(input, 3) else {
        return fail(input, "a day of at most three digits");
    };
    let after = input.get(len..).unwrap_or("");
    // (a letter must follow for a suffix: most days are followed by none)
    let rest = match after.as_bytes().first() {
        Some(b) if b.is_ascii_alphabetic() => ordinal_suffix(after).map_or(after, |(r, _)| r),
        _ => after,
    };
    if day == 0 {
        return fail(input, "a day number");
    }
    Ok((rest, day))
}

/// The value and length of the run of one to `most` ASCII digits that opens
/// `input`, when no further digit follows it; read byte by byte.
fn digits(input: &str, most: usize) -> Option<(u32, usize)> {
    let bytes = input.as_bytes();
    let len = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if len == 0 || len > most {
        return None;
    }
    let value = bytes
        .get(..len)?
        .iter()
        .fold(0, |n, b| n * 10 + u32::from(b - b'0'));
    Some((value, len))
}

/// `st`, `nd`, `rd`, `th` after a day number.
fn ordinal_suffix(input: &str) -> PResult<'_, &str> {
    let (rest, suffix) = take_while_m_n(2, 2, |c: char| c.is_ascii_alphabetic()).parse(input)?;
    if ["st", "nd", "rd", "th", "er"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(suffix))
        && !rest.starts_with(|c: char| c.is_alphanumeric())
    {
        Ok((rest, suffix))
    } else {
        fail(input, "an ordinal suffix")
    }
}

/// Exactly four digits, not followed by another digit: a year.
pub(crate) fn year(input: &str) -> PResult<'_, i32> {
    match digits(input, 4) {
        Some((y, 4)) => Ok((input.get(4..).unwrap_or(""), i32::try_from(y).unwrap_or(0))),
        _ => fail(input, "a four-digit year"),
    }
}

/// `, 2023` or ` 2023` after a day, or `/2023` (the Ethiopian News
/// Agency's `November 28/2026`).
fn year_after(input: &str) -> PResult<'_, i32> {
    if let Some(after_slash) = input.strip_prefix('/') {
        return year(after_slash);
    }
    let (rest, _) = space0(input)?;
    // (or the Arabic comma, as SANA's English pages print it: `3 March،
    // 2026`)
    let rest = match rest.as_bytes() {
        [b',', ..] => rest.get(1..),
        // (`،`, U+060C)
        [0xD8, 0x8C, ..] => rest.get(2..),
        _ => None,
    }
    .unwrap_or(rest);
    let (rest, _) = space0(rest)?;
    if rest.len() == input.len() {
        return fail(input, "a space before the year");
    }
    year(rest)
}

/// `1996-08-30`.
fn iso_date(input: &str) -> PResult<'_, DateParts> {
    let (rest, (y, _, m, _, d)) = (
        year,
        ch('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        ch('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    )
        .parse(input)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(input, "an ISO date");
    }
    // an ISO month names a real month; the day may still be impossible (`02-30`)
    let month: Option<u32> = m.parse().ok().filter(|m| (1..=12).contains(m));
    if month.is_none() {
        return fail(input, "an ISO month from 01 to 12");
    }
    Ok((
        rest,
        DateParts {
            year: Some(y),
            month,
            day: d.parse().ok(),
            weekday: None,
        },
    ))
}

/// `28.11.2026` (German and much of Europe), `28/11/2026` (most of the
/// world), `28-11-2026` (Dutch and others): day, month and four-digit year,
/// day first; after slashes, a year of two figures too, this century's
/// (`11/28/26`, as American pages stamp stories). Only where the first
/// number cannot be a month and the second can (`11/28/2026`) is it read
/// month first, as American copy writes it.
fn numeric_date(input: &str) -> PResult<'_, DateParts> {
    // day or month, mark, month or day, the same mark, year
    let Some((a, a_len)) = digits(input, 2) else {
        return fail(input, "a numeric date");
    };
    let after_a = input.get(a_len..).unwrap_or("");
    let Some(mark) = after_a
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '/' | '-'))
    else {
        return fail(input, "a date's mark");
    };
    let after_mark = after_a.get(1..).unwrap_or("");
    let Some((b, b_len)) = digits(after_mark, 2) else {
        return fail(input, "a numeric date");
    };
    let (rest, _) = ch(mark).parse(after_mark.get(b_len..).unwrap_or(""))?;
    let (rest, y) = match year(rest) {
        Ok(found) => found,
        // (two figures after slashes, as American pages print a stamp:
        // `11/28/26 5:12 PM ET`)
        Err(e) => match digits(rest, 3) {
            Some((y, 2)) if mark == '/' => (
                rest.get(2..).unwrap_or(""),
                2000 + i32::try_from(y).unwrap_or(0),
            ),
            _ => return Err(e),
        },
    };
    let (day, month) = if a > 12 || b <= 12 { (a, b) } else { (b, a) };
    if !(1..=12).contains(&month) || day == 0 {
        return fail(input, "a numeric date's month from 1 to 12");
    }
    Ok((rest, DateParts::ymd(y, month, day)))
}

/// `July 13`, `Jul. 13, 2023`, `Sept 5`.
fn month_day(input: &str) -> PResult<'_, DateParts> {
    let (rest, name) = word(input)?;
    month_day_after(input, name, rest)
}

/// [`month_day`] once its first word `name` is read, `rest` after it.
///
/// The word is an English month name (`Jul.`), or a misspelt one right before
/// a day number (`Narch 2`: wire copy has them). The day number is checked
/// before the misspelling, as it is the cheaper test.
fn month_day_after<'a>(input: &'a str, name: &str, rest: &'a str) -> PResult<'a, DateParts> {
    let (rest, dot) = match rest.strip_prefix('.') {
        Some(after) => (after, true),
        None => (rest, false),
    };
    let (month, known) = if let Some(month) = months::month(name) {
        (month, true)
    } else if let Some((month, _)) = name
        .starts_with(|c: char| c.is_ascii_lowercase())
        .then(|| months::foreign_month(name))
        .flatten()
    {
        // (another language's month in lower case before the day, as
        // Peru's Andina dates its stories: `Lima, dic. 3 (ANDINA).`; a
        // state's abbreviation in a place is capitalised, `Ore.`, and read
        // as a month no more than before; a space before the day)
        (month, false)
    } else {
        let (_, _) = (space1, satisfy(|c| c.is_ascii_digit())).parse(rest)?;
        let Some(month) = months::month_typo(name) else {
            return fail(input, "a month name");
        };
        (month, false)
    };
    // (a comma after the month where a year follows the day, as Tasnim
    // prints its stamps: `December, 03, 2026`)
    if known {
        if let Some(after) = rest.strip_prefix(", ") {
            let (after, day) = day_number(after)?;
            let (after, y) = year_after(after)?;
            return Ok((
                after,
                DateParts {
                    year: Some(y),
                    month: Some(month),
                    day: Some(day),
                    weekday: None,
                },
            ));
        }
    }
    // a known month's period may touch the day: `BEIJING, Nov.28 (Xinhua)`
    let touching = known && dot && starts_digit(rest);
    let (rest, _) = if touching { (rest, "") } else { space1(rest)? };
    let (rest, day) = day_number(rest)?;
    let (rest, y) = match year_after(rest) {
        Ok((after, y)) => (after, Some(y)),
        Err(_) => (rest, None),
    };
    Ok((
        rest,
        DateParts {
            year: y,
            month: Some(month),
            day: Some(day),
            weekday: None,
        },
    ))
}

/// `13 July 2023`, `2 March`, `5 Jul.`, and the European forms
/// `13. Juli 2023`, `1er août`, `13 de julio de 2023`, `13 LUG`.
fn day_month(input: &str) -> PResult<'_, DateParts> {
    let (rest, day) = day_number(input)?;
    // an English ordinal's suffix (`3rd`) goes with an English month only:
    // `3rd gen` is no date (`gen` is Italian for January)
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let english = input
        .get(digits..input.len() - rest.len())
        .is_some_and(|s| {
            ["st", "nd", "rd", "th"]
                .iter()
                .any(|e| e.eq_ignore_ascii_case(s))
        });
    let (rest, _) = opt(ch('.')).parse(rest)?;
    let (rest, _) = space1(rest)?;
    let (rest, _) = opt(de).parse(rest)?;
    let (rest, month) = if english {
        month_name(rest)?
    } else {
        alt((month_name, foreign_month_name)).parse(rest)?
    };
    let (rest, y) = opt(alt((year_after, de_year))).parse(rest)?;
    Ok((
        rest,
        DateParts {
            year: y,
            month: Some(month),
            day: Some(day),
            weekday: None,
        },
    ))
}

/// `28-Nov-2026`, `28-NOV-2026`: day, English month name and four-digit
/// year joined by hyphens, as logs and some archives write dates, or by
/// slashes, as The Wire's pages do (`11/Aug/2026`).
fn hyphenated(input: &str) -> PResult<'_, DateParts> {
    let (rest, (day, joiner)) = (day_number, satisfy(|c| c == '-' || c == '/')).parse(input)?;
    let (rest, (month, _, y)) = (month_name, ch(joiner), year).parse(rest)?;
    Ok((rest, DateParts::ymd(y, month, day)))
}

/// `28.11.`: German copy's day and month, each closed by a period, with no
/// year (`BERLIN, 28.11. (dpa) -`). Day first; `28.11.2026` is
/// [`numeric_date`]'s, and a digit run on after the period (`28.11.2`) is
/// no date at all, as [`date`] ends at a word boundary.
fn dotted_day_month(input: &str) -> PResult<'_, DateParts> {
    let day_month = digits(input, 2).and_then(|(day, a)| {
        let rest = input.get(a..)?.strip_prefix('.')?;
        let (month, b) = digits(rest, 2)?;
        let rest = rest.get(b..)?.strip_prefix('.')?;
        let valid = (1..=31).contains(&day) && (1..=12).contains(&month);
        valid.then_some((rest, day, month))
    });
    let Some((rest, day, month)) = day_month else {
        return fail(input, "a day and month with periods");
    };
    Ok((
        rest,
        DateParts {
            year: None,
            month: Some(month),
            day: Some(day),
            weekday: None,
        },
    ))
}

/// The dates that open with a digit: `1996-08-30`, `13 July 2023`,
/// `28-Nov-2026`, `28.11.`.
fn numeric(input: &str) -> PResult<'_, DateParts> {
    alt((
        iso_date,
        numeric_date,
        day_month,
        hyphenated,
        dotted_day_month,
    ))
    .parse(input)
}

/// Whether `input` starts with an ASCII digit.
fn starts_digit(input: &str) -> bool {
    input.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// A whole date with an optional leading weekday. The rule ends at a word
/// boundary: `March 3rd` is a date, `March 3x` is not.
pub(crate) fn date(input: &str) -> PResult<'_, DateParts> {
    // Most calls come from place words and tags that are not dates: the first
    // byte picks the only rules that can match, and a leading word is read
    // once and asked whether it is a weekday, then a month, so a word that is
    // neither costs one scan and two table look-ups.
    let (rest, (wd, mut parts)) = if starts_digit(input) {
        let (rest, parts) = numeric(input)?;
        (rest, (None, parts))
    } else {
        let (after, name) = word(input)?;
        if let Some(day) = months::weekday(name) {
            let after = after.strip_prefix('.').unwrap_or(after);
            // (a space before the comma too, as the Telegraph's archive
            // sets its dates: `Friday , November 28 , 2003`)
            let after = after
                .strip_prefix(',')
                .or_else(|| after.strip_prefix(" ,"))
                .unwrap_or(after);
            let (rest, _) = space1(after)?;
            let (rest, parts) = if starts_digit(rest) {
                numeric(rest)?
            } else {
                month_day(rest)?
            };
            (rest, (Some(day), parts))
        } else {
            let (rest, parts) = month_day_after(input, name, after)?;
            (rest, (None, parts))
        }
    };
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(input, "the end of the date");
    }
    parts.weekday = wd;
    Ok((rest, parts))
}

/// `7月13日`, `2023年7月13日`: a Chinese or Japanese date, in ASCII digits.
/// Tried only by the CJK leads, never on the English path.
pub(crate) fn cjk_date(input: &str) -> PResult<'_, DateParts> {
    let digits = |n| take_while_m_n(1, n, |c: char| c.is_ascii_digit());
    let (rest, y) = opt((year, ch('年')).map(|(y, _)| y)).parse(input)?;
    let (rest, (m, _, d, _)) = (digits(2), ch('月'), digits(2), ch('日')).parse(rest)?;
    Ok((
        rest,
        DateParts {
            year: y,
            month: m.parse().ok(),
            day: d.parse().ok(),
            weekday: None,
        },
    ))
}

/// The longest abbreviation of a weekday's name (`Thurs`); the English
/// names are longer.
const MAX_WEEKDAY_ABBREVIATION: usize = 5;

/// A weekday alone, as the whole date of a dateline (`LONDON, Sunday
/// (Reuters) -`): its name (`Sunday`, `Sun.`) and the length read. What
/// follows the name must not continue a word; the caller asks for what
/// must follow it.
pub(crate) fn weekday_alone(input: &str) -> Option<(usize, DateParts)> {
    let (after, name) = word(input).ok()?;
    let weekday = months::weekday(name)?;
    // an abbreviation's period (`Sun.`), not a period after the whole name,
    // which opens the separator (`LONDON, Friday.—`)
    let len =
        name.len() + usize::from(name.len() <= MAX_WEEKDAY_ABBREVIATION && after.starts_with('.'));
    let rest = input.get(len..)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((
        len,
        DateParts {
            weekday: Some(weekday),
            ..DateParts::default()
        },
    ))
}

/// A date written with no spaces, its day, its month's three letters and
/// its year, as Platts stamps its datelines (`3Mar2026`, `27Feb2026`):
/// its length and parts. The month is read from its first three letters,
/// and a letter or figure after the year ends no date.
pub(crate) fn compact_date(input: &str) -> Option<(usize, DateParts)> {
    let (day, a) = digits(input, 2)?;
    let month = input.get(a..a + 3)?;
    let month = months::month(month).filter(|_| month.bytes().all(|b| b.is_ascii_alphabetic()))?;
    let (year, b) = digits(input.get(a + 3..)?, 4).filter(|&(_, b)| b == 4)?;
    let end = a + 3 + b;
    if input
        .get(end..)
        .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
    {
        return None;
    }
    let year = i32::try_from(year).ok()?;
    Some((end, DateParts::ymd(year, month, day)))
}

/// The date's text length and its parts.
pub(crate) fn date_len(input: &str) -> Option<(usize, DateParts)> {
    let (rest, parts) = date(input).ok()?;
    Some((offset(input, rest), parts))
}

/// Whether `word` names the half of the day after a time: `am`, `p.m.`,
/// `a.m` in any ASCII case.
pub(crate) fn is_half_day(word: &str) -> bool {
    ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"]
        .iter()
        .any(|h| h.eq_ignore_ascii_case(word))
}

/// Whether `word` reads as a time zone after a time: two to five ASCII
/// capitals (`ET`, `GMT`, `IST`, `AEDT`), or two such parted by a slash
/// (`HKT/SGT`).
pub(crate) fn is_zone(word: &str) -> bool {
    let zone = |w: &str| (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    // (or two parted by a slash, as Asian wires print Hong Kong's and
    // Singapore's: `HKT/SGT`)
    match word.split_once('/') {
        Some((a, b)) => zone(a) && zone(b),
        None => zone(word),
    }
}

/// Whether the text at `input` opens a date (used to stop place words).
pub(crate) fn starts_date(input: &str) -> bool {
    may_open_date(input) && date(input).is_ok()
}

/// A quick test that `input` may open a date, true of every text [`date`]
/// reads: a digit first, a letter outside ASCII first (names in other
/// scripts are left to the grammar), or an ASCII word that names a month
/// or weekday, or that blank space and a digit follow, a period before
/// them or not (a misspelt month, `Narch 2`). Most place words and tags fail it
/// at one table look-up, without the grammar's combinators.
pub(crate) fn may_open_date(input: &str) -> bool {
    let bytes = input.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_digit() || !b.is_ascii() => return true,
        Some(b) if b.is_ascii_alphabetic() => {}
        _ => return false,
    }
    let len = bytes
        .iter()
        .take(MAX_WORD + 1)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let Some(name) = input.get(..len) else {
        return false;
    };
    // a letter of another script may go on the word: leave it to the grammar
    if bytes.get(len).is_some_and(|b| !b.is_ascii()) {
        return true;
    }
    if months::month(name).is_some() || months::weekday(name).is_some() {
        return true;
    }
    // a misspelt month: its period, blank space and a day must follow
    let after = input.get(len..).unwrap_or("");
    let after = after.strip_prefix('.').unwrap_or(after);
    space1(after).is_ok_and(|(rest, _)| starts_digit(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones() {
        for w in ["ET", "GMT", "AEDT", "HKT/SGT"] {
            assert!(is_zone(w), "{w:?}");
        }
        for w in ["E", "Gmt", "ABCDEF", "HKT/", "/SGT", "HKT/SGT/JST", "HK T"] {
            assert!(!is_zone(w), "{w:?}");
        }
    }

    #[test]
    fn compact_dates() {
        for (input, len, want) in [
            ("3Mar2026/1151 am EST", 8, (2026, 3, 3)),
            ("27Feb2026", 9, (2026, 2, 27)),
            ("14Nov2025 ", 9, (2025, 11, 14)),
            ("05DEC2025", 9, (2025, 12, 5)),
        ] {
            assert_eq!(
                compact_date(input),
                Some((len, parts(Some(want.0), want.1, want.2))),
                "{input:?}"
            );
        }
        // (no month, a short or long year, a letter or figure run on, a
        // three-figure day)
        for input in [
            "3Xyz2026",
            "3Mar26",
            "3Mar20261",
            "3Mar2026a",
            "123Mar2026",
            "Mar2026",
            "3 Mar 2026",
            "3M\u{e9}r2026",
        ] {
            assert_eq!(compact_date(input), None, "{input:?}");
        }
    }

    fn parts(y: Option<i32>, m: u32, d: u32) -> DateParts {
        DateParts {
            year: y,
            month: Some(m),
            day: Some(d),
            weekday: None,
        }
    }

    proptest::proptest! {
        /// The hand-written day and year-after rules read what their
        /// combinator forms read.
        #[test]
        fn day_and_year_after_agree_with_combinators(s in "[0-9]{0,5}(st|th|ND|Th|er|x|é|, | ,|,|  |/|\t)?[0-9a-zA-Z]{0,5}") {
            let old_day = digits(&s, 3).and_then(|(day, len)| {
                let (rest, _) = opt(ordinal_suffix).parse(s.get(len..).unwrap_or("")).ok()?;
                (day != 0).then_some((rest.len(), day))
            });
            let new_day = day_number(&s).ok().map(|(rest, d)| (rest.len(), d));
            proptest::prop_assert_eq!(new_day, old_day);
            let old_year = match s.strip_prefix('/') {
                Some(after) => year(after).ok(),
                None => (space0, opt(ch(',')), space0)
                    .parse(s.as_str())
                    .ok()
                    .filter(|(rest, _)| rest.len() != s.len())
                    .and_then(|(rest, _)| year(rest).ok()),
            }
            .map(|(rest, y)| (rest.len(), y));
            let new_year = year_after(&s).ok().map(|(rest, y)| (rest.len(), y));
            proptest::prop_assert_eq!(new_year, old_year);
        }

        /// The quick test passes every text the date grammar reads.
        #[test]
        fn may_open_date_passes_every_date(
            s in "((Nov|NOV|November|Narch|Marc|Sept|Tues|Tuesday|sunday|Juli|mars|июля|YORK|Y|Nw)(\\.)?|[0-9]{1,4}|[ \t\u{a0},./-]|(st|th|de|é|x)){0,7}",
        ) {
            if date(&s).is_ok() {
                proptest::prop_assert!(may_open_date(&s), "{:?}", s);
            }
        }

        /// And every weekday-led or misspelt date, which the loose rule
        /// above rarely writes.
        #[test]
        fn may_open_date_passes_weekdays_and_typos(
            s in "(Tuesday|Tues|TUE|Sun|sunday|Narch|Marc|Nw|YORK)(\\.)?(,)?[ \t\u{a0}]{0,2}(Nov|Narch|Sept\\.|[0-9]{1,2})[ ]?[0-9]{0,4}",
        ) {
            if date(&s).is_ok() {
                proptest::prop_assert!(may_open_date(&s), "{:?}", s);
            }
        }

        /// The byte-level day and year rules read what the character rules
        /// they replaced read.
        #[test]
        fn day_and_year_agree_with_character_rules(s in "[0-9]{0,6}(st|th|x|é| |)[0-9]{0,2}") {
            let day = take_while_m_n::<_, _, super::super::GrammarError<'_>>(1, 3, |c: char| c.is_ascii_digit())
                .parse(s.as_str())
                .ok()
                .filter(|(rest, _)| !rest.starts_with(|c: char| c.is_ascii_digit()))
                .and_then(|(rest, d)| {
                    let (rest, _) = opt(ordinal_suffix).parse(rest).ok()?;
                    d.parse::<u32>().ok().filter(|&d| d > 0).map(|d| (rest, d))
                });
            proptest::prop_assert_eq!(day_number(&s).ok(), day);
            let year_rule = take_while_m_n::<_, _, super::super::GrammarError<'_>>(4, 4, |c: char| c.is_ascii_digit())
                .parse(s.as_str())
                .ok()
                .filter(|(rest, _)| !rest.starts_with(|c: char| c.is_ascii_digit()))
                .and_then(|(rest, y)| y.parse::<i32>().ok().map(|y| (rest, y)));
            proptest::prop_assert_eq!(year(&s).ok(), year_rule);
        }

        /// The byte-level numeric date reads what the character rules it
        /// replaced read.
        #[test]
        fn numeric_date_agrees_with_character_rules(s in "[0-9]{0,3}[./ -]?[0-9]{0,3}[./-]?[0-9]{0,5}( |x|)") {
            let two = || take_while_m_n::<_, _, super::super::GrammarError<'_>>(1, 2, |c: char| c.is_ascii_digit());
            let by_chars = (two(), satisfy(|c| matches!(c, '.' | '/' | '-')), two())
                .parse(s.as_str())
                .ok()
                .and_then(|(rest, (a, mark, b))| {
                    let (rest, _) = ch::<_, super::super::GrammarError<'_>>(mark).parse(rest).ok()?;
                    // four figures, or two after slashes, this century's
                    let short = || {
                        let (after, y) = take_while_m_n::<_, _, super::super::GrammarError<'_>>(2, 2, |c: char| c.is_ascii_digit())
                            .parse(rest)
                            .ok()?;
                        (mark == '/' && !after.starts_with(|c: char| c.is_ascii_digit()))
                            .then(|| (after, 2000 + y.parse::<i32>().unwrap_or(0)))
                    };
                    let (rest, y) = year(rest).ok().or_else(short)?;
                    Some((rest, a.parse::<u32>().ok()?, b.parse::<u32>().ok()?, y))
                })
                .and_then(|(rest, a, b, y)| {
                    let (day, month) = if a > 12 || b <= 12 { (a, b) } else { (b, a) };
                    ((1..=12).contains(&month) && day > 0).then_some((rest, (y, month, day)))
                });
            let by_bytes = numeric_date(&s)
                .ok()
                .map(|(rest, p)| (rest, (p.year.unwrap_or(0), p.month.unwrap_or(0), p.day.unwrap_or(0))));
            proptest::prop_assert_eq!(by_bytes, by_chars);
        }

        /// `word` takes what nom's `take_while_m_n(2, 12, is_alphabetic)` takes.
        #[test]
        fn word_matches_take_while_m_n(s in "[aZé日 .1ñÉ]{0,16}") {
            let want: PResult<'_, &str> = take_while_m_n(2, 12, char::is_alphabetic).parse(s.as_str());
            proptest::prop_assert_eq!(word(&s).ok(), want.ok());
        }
    }

    #[test]
    fn dates_in_every_written_form() {
        let cases: &[(&str, &str, DateParts)] = &[
            (
                "13 July 2023 (TDI)",
                "13 July 2023",
                parts(Some(2023), 7, 13),
            ),
            ("July 13, 2023 -", "July 13, 2023", parts(Some(2023), 7, 13)),
            ("July 13 -", "July 13", parts(None, 7, 13)),
            ("Jul 13 -", "Jul 13", parts(None, 7, 13)),
            ("Jul. 13 -", "Jul. 13", parts(None, 7, 13)),
            ("Sept. 5 -", "Sept. 5", parts(None, 9, 5)),
            ("Nov.28 (Xinhua)", "Nov.28", parts(None, 11, 28)),
            ("Nov.28, 2026 -", "Nov.28, 2026", parts(Some(2026), 11, 28)),
            ("Sept 5 -", "Sept 5", parts(None, 9, 5)),
            ("1996-08-30\n", "1996-08-30", parts(Some(1996), 8, 30)),
            ("28.11.2026 –", "28.11.2026", parts(Some(2026), 11, 28)),
            ("28.11. (dpa) -", "28.11.", parts(None, 11, 28)),
            ("5.3. -", "5.3.", parts(None, 3, 5)),
            ("28/11/2026 (NAN)", "28/11/2026", parts(Some(2026), 11, 28)),
            ("5.3.2026 -", "5.3.2026", parts(Some(2026), 3, 5)),
            ("05/03/2026", "05/03/2026", parts(Some(2026), 3, 5)),
            ("11/28/2026 -", "11/28/2026", parts(Some(2026), 11, 28)),
            ("11/28/26 5:12 PM ET", "11/28/26", parts(Some(2026), 11, 28)),
            ("28-11-2026 -", "28-11-2026", parts(Some(2026), 11, 28)),
            (
                "Aug 25, 2004 (dpa)",
                "Aug 25, 2004",
                parts(Some(2004), 8, 25),
            ),
            ("APril 2 -", "APril 2", parts(None, 4, 2)),
            ("march 9 -", "march 9", parts(None, 3, 9)),
            ("2 March -", "2 March", parts(None, 3, 2)),
            // (the Arabic comma before the year, SANA's)
            (
                "3 March\u{60c} 2026",
                "3 March\u{60c} 2026",
                parts(Some(2026), 3, 3),
            ),
            ("3 March\u{60d} 2026", "3 March", parts(None, 3, 3)),
            ("March 187 -", "March 187", parts(None, 3, 187)),
            ("Narch 2 -", "Narch 2", parts(None, 3, 2)),
            ("March 3rd -", "March 3rd", parts(None, 3, 3)),
            ("March 11, Reuter -", "March 11", parts(None, 3, 11)),
            (
                "13. Juli 2023 (dpa)",
                "13. Juli 2023",
                parts(Some(2023), 7, 13),
            ),
            ("5. Mär. -", "5. Mär.", parts(None, 3, 5)),
            ("2. Okt. 2024 -", "2. Okt. 2024", parts(Some(2024), 10, 2)),
            ("1er août -", "1er août", parts(None, 8, 1)),
            (
                "13 juillet 2023 (AFP)",
                "13 juillet 2023",
                parts(Some(2023), 7, 13),
            ),
            (
                "13 de julio de 2023 (EFE)",
                "13 de julio de 2023",
                parts(Some(2023), 7, 13),
            ),
            ("13 LUG -", "13 LUG", parts(None, 7, 13)),
            ("13 de julho (Reuters)", "13 de julho", parts(None, 7, 13)),
            ("13 июля. /ТАСС/.", "13 июля", parts(None, 7, 13)),
            ("13 ИЮЛ - РИА", "13 ИЮЛ", parts(None, 7, 13)),
        ];
        for (input, text, expected) in cases {
            let got = date_len(input);
            assert_eq!(
                got.map(|(n, p)| (input.get(..n), p)),
                Some((Some(*text), *expected)),
                "{input:?}"
            );
        }
    }

    #[test]
    fn cjk_dates() {
        let (rest, p) = cjk_date("7月13日电").unwrap_or(("", DateParts::default()));
        assert_eq!((rest, p), ("电", parts(None, 7, 13)));
        let (rest, p) = cjk_date("2025年12月2日电").unwrap_or(("", DateParts::default()));
        assert_eq!((rest, p), ("电", parts(Some(2025), 12, 2)));
        assert!(cjk_date("7月").is_err() && cjk_date("北京").is_err());
    }

    #[test]
    fn hyphenated_dates() {
        for (t, len, want) in [
            ("28-Nov-2026 (Reuters)", 11, parts(Some(2026), 11, 28)),
            ("11/Aug/2026", 11, parts(Some(2026), 8, 11)),
            ("5-SEPT-1987 -", 11, parts(Some(1987), 9, 5)),
        ] {
            assert_eq!(date_len(t), Some((len, want)), "{t:?}");
        }
        // a year must close it, and only English month names join
        for t in [
            "28-Nov (Reuters)",
            "28-Nov-26",
            "28/Nov-2026",
            "28-Nov/2026",
            "28-Juli-2026",
            "28-Nov-20261",
        ] {
            assert_eq!(date_len(t), None, "{t:?}");
        }
    }

    #[test]
    fn weekdays_lead_a_date() {
        let (n, p) = date_len("Tuesday, March 3 -").unwrap_or_default();
        assert_eq!((n, p.weekday, p.day), (16, Some(Weekday::Tue), Some(3)));
        let (n, p) = date_len("Tues. Sept. 5 -").unwrap_or_default();
        assert_eq!((n, p.weekday, p.month), (13, Some(Weekday::Tue), Some(9)));
        // (a space before each comma, as an archive sets it)
        let (n, p) = date_len("Friday , November 28 , 2003").unwrap_or_default();
        assert_eq!(
            (n, p.weekday, p.year, p.month, p.day),
            (27, Some(Weekday::Fri), Some(2003), Some(11), Some(28))
        );
    }

    #[test]
    fn not_dates() {
        for input in [
            "Marchers 3",
            "March",
            "3 Marches",
            "May be",
            "Mayor 2",
            "March 1234",
            "12345-01-01",
            "Mar3",
            "Narch.2",
            "Nov.",
            "Juli 13",
            "13 de",
            "13 de 2023",
            "28.13.2026",
            "13/13/2026",
            "0.11.2026",
            "28.11.26",
            "28-11-26",
            "11/28/263",
            "28.11/2026",
            "28-11/2026",
            "3-2 -",
            "3.5 percent",
            "1.2.20261",
            "32.11. -",
            "28.13. -",
            "28.11.2",
            "28.11 -",
            "28.11.x",
            // an English ordinal before a foreign month
            "3rd gen",
            "1st mai",
        ] {
            assert!(date(input).is_err(), "{input:?}");
        }
    }
}
