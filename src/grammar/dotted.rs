//! The Daily Mail's header as the CNN / Daily Mail research corpus keeps it:
//! each line break of the page written as ` . `, and the whole run into the
//! story's first paragraph.
//!
//! ```text
//! By . Ann Poe . PUBLISHED: . 14:51 EST, 2 October 2013 . | . UPDATED: . 14:51 EST, 2 October 2013 . A man …
//! By . Ann Poe and Tom Roe . Last updated at 3:03 PM on 15th November 2011 . A woman …
//! By DAILY MAIL REPORTER . Last updated at 4:12 PM on 19th October 2011 . A pub …
//! ```
//!
//! The byline ends with the names; the ` .` that closes them is a mark of
//! its own. The time stamp keeps its closing ` .`. So the parts and the
//! story after them tile the line.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_until};
use nom::combinator::{eof, opt, recognize};

use super::{PResult, fail, offset};
use crate::span::Span;

/// What the corpus wrote for a line break of the page.
const BREAK: &str = " . ";

/// The longest piece between two breaks that the header reads, in bytes.
const MAX_PIECE: usize = 80;

/// The longest time a stamp gives, in bytes (`14:51 EST, 22 September 2013`).
const MAX_WHEN: usize = 40;

/// A header found at the start of a line, as spans and offsets into the
/// text the line is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dotted {
    /// The byline, `By` to the end of the names.
    pub(crate) byline: Option<Span>,
    /// The dot of the ` .` that closes the byline's names.
    pub(crate) byline_mark: Option<Span>,
    /// The time stamp, its first word to the closing ` .` after the time.
    pub(crate) stamp: Option<Span>,
    /// Where the story starts: after the header's last break, or the line's
    /// end when the header fills the line.
    pub(crate) body: usize,
}

/// The text up to the next break (neither empty nor longer than
/// [`MAX_PIECE`]), then the break: ` . `, or ` .` that ends the line.
fn piece(input: &str) -> PResult<'_, &str> {
    let (rest, text) = take_until(" .")(input)?;
    if text.trim().is_empty() || text.len() > MAX_PIECE {
        return fail(input, "a piece of the header");
    }
    let (rest, _) = alt((tag(BREAK), recognize((tag(" ."), eof)))).parse(rest)?;
    Ok((rest, text))
}

/// The names after `By . `: a piece, and the pieces an `and` joins to it
/// (`Ann Poe . and . Tom Roe`, `Ann Poe . and Tom Roe`, `Ann Poe and . Tom
/// Roe`). Returns the names' text with the closing ` .`.
fn names(input: &str) -> PResult<'_, &str> {
    let (mut rest, mut last) = piece(input)?;
    let mut end = offset(input, rest);
    while let Ok((after, next)) = piece(rest) {
        let joined = if last.ends_with(" and") {
            Some((after, next))
        } else if next == "and" {
            piece(after).ok()
        } else if next.starts_with("and ") {
            Some((after, next))
        } else {
            None
        };
        let Some((after, piece_text)) = joined else {
            break;
        };
        rest = after;
        last = piece_text;
        end = offset(input, rest);
    }
    // the last break taken is ` .` and a space, or ` .` at the line's end
    let text = input.get(..end).map_or("", str::trim_end);
    Ok((rest, text))
}

/// `By . ` and the names, or `By ` and the names with a time stamp after
/// them (`By DAILY MAIL REPORTER . Last updated at …`): returns the
/// byline's length, with the ` .` that closes the names.
fn by_names(input: &str) -> PResult<'_, usize> {
    if let Ok((at, _)) = (
        tag_no_case::<_, _, nom::error::Error<&str>>("by"),
        tag(BREAK),
    )
        .parse(input)
    {
        let (rest, names) = names(at)?;
        return Ok((rest, offset(input, at) + names.len()));
    }
    let (at, _) = tag_no_case("by ").parse(input)?;
    let (rest, names) = names(at)?;
    if stamp(rest).is_err() {
        return fail(input, "a time stamp after the names");
    }
    Ok((rest, offset(input, at) + names.len()))
}

/// A time piece: it has a digit and at most [`MAX_WHEN`] bytes.
fn when(input: &str) -> PResult<'_, &str> {
    let (rest, text) = piece(input)?;
    if text.len() > MAX_WHEN || !text.bytes().any(|b| b.is_ascii_digit()) {
        return fail(input, "a time");
    }
    Ok((rest, text))
}

/// `UPDATED: . 14:51 EST, 2 October 2013 . `
fn updated(input: &str) -> PResult<'_, &str> {
    recognize((tag_no_case("updated:"), tag(BREAK), when)).parse(input)
}

/// The stamp: `PUBLISHED: . <time> . ` with `| . UPDATED: . <time> . ` or
/// not (the bar may end the time's piece: `<time> | . UPDATED: . …`),
/// `UPDATED: . <time> . `, or `Last updated at 3:03 PM on 15th November
/// 2011 . `. Returns it with its breaks.
fn stamp(input: &str) -> PResult<'_, &str> {
    let published = recognize((
        tag_no_case("published:"),
        tag(BREAK),
        when,
        opt((opt((tag("|"), tag(BREAK))), updated)),
    ));
    let last_updated = |input| worded(input, "last updated at ");
    recognize(alt((published, updated, last_updated))).parse(input)
}

/// A piece of a time stamp that opens with the words `opener` (in any
/// ASCII case) and has a digit: `Last updated at 3:03 PM on 15th November
/// 2011 . `.
fn worded<'a>(input: &'a str, opener: &str) -> PResult<'a, &'a str> {
    let (rest, text) = piece(input)?;
    let long = text.len() > MAX_PIECE - 20;
    let digit = text.bytes().any(|b| b.is_ascii_digit());
    let opens = text
        .get(..opener.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(opener));
    if long || !digit || !opens {
        return fail(input, "a time stamp");
    }
    Ok((rest, text))
}

/// How a header opens, in any ASCII case (and `By ` with a break after the
/// names: [`by_names`]).
const OPENERS: [&str; 4] = ["by . ", "published: . ", "updated: . ", "last updated at "];

/// Whether `line` opens as a header does ([`OPENERS`]): the quick test
/// before [`header`]. Most lines fail at their first byte, the rest at one
/// comparison.
pub(crate) fn opens(line: &str) -> bool {
    // the opener, and a byte of it no letter is, compared first: a
    // headline or byline that shares the first letter fails there
    let (opener, mark) = match line.as_bytes().first().map(u8::to_ascii_lowercase) {
        Some(b'b') => (OPENERS[0], 3),
        Some(b'p') => (OPENERS[1], 9),
        Some(b'u') => (OPENERS[2], 7),
        Some(b'l') => (OPENERS[3], 4),
        _ => return false,
    };
    if line.as_bytes().get(mark) == opener.as_bytes().get(mark) {
        return line
            .get(..opener.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(opener));
    }
    // `By DAILY MAIL REPORTER . Last updated at …`: a long line (a stamp
    // follows the names; most bylines are shorter) with a break in it
    mark == 3 && line.len() >= MIN_BY_STAMP && by_then_break(line)
}

/// The shortest line that opens with `By ` and no break after it and is a
/// header: the names, a break and a time stamp (`By Ann Poe . Updated 1
/// May 2012 . `).
const MIN_BY_STAMP: usize = 32;

/// Whether `line` opens with `By ` and has a break (` . `) among its
/// first dots: a byte search, as a substring searcher's set-up costs more
/// than the line. Out of line: true of few lines.
#[inline(never)]
fn by_then_break(line: &str) -> bool {
    let bytes = line.as_bytes();
    if !bytes
        .get(..3)
        .is_some_and(|h| h.eq_ignore_ascii_case(b"by "))
    {
        return false;
    }
    memchr::memchr_iter(b'.', bytes).take(4).any(|i| {
        i.checked_sub(1).and_then(|b| bytes.get(b)) == Some(&b' ')
            && bytes.get(i + 1) == Some(&b' ')
    })
}

/// Reads the header at the start of `line`, which starts at byte `at` of
/// its text, if it opens with one: a byline, a stamp, or both. `byline_ok`
/// says whether the byline's text (`By . Ann Poe .`) reads as a byline; a
/// header whose byline does not is none.
pub(crate) fn header(line: &str, at: usize, byline_ok: impl Fn(&str) -> bool) -> Option<Dotted> {
    if !opens(line) {
        return None;
    }
    let mut rest = line;
    let mut byline = None;
    let mut byline_mark = None;
    if let Ok((after, end)) = by_names(line) {
        // (the names without the ` .` that closes them, nor blank space)
        let names = line
            .get(..end.saturating_sub(2))
            .map_or(0, |n| n.trim_end().len());
        if !line.get(..names).is_some_and(&byline_ok) {
            return None;
        }
        byline = Some(Span::new(at, at + names));
        byline_mark = Some(Span::new(at + end.saturating_sub(1), at + end));
        rest = after;
    }
    let mut stamp_at = None;
    // (after a byline, CNN's `Updated 2034 GMT (0434 HKT) March 3, 2013 .
    // `; a line that opens so is no header: see [`opens`])
    let stamped = stamp(rest).or_else(|_| recognize(|i| worded(i, "updated ")).parse(rest));
    if let Ok((after, text)) = stamped {
        let start = offset(line, rest);
        // without the space of the last break
        stamp_at = Some(Span::new(at + start, at + start + text.trim_end().len()));
        rest = after;
    }
    if byline.is_none() && stamp_at.is_none() {
        return None;
    }
    Some(Dotted {
        byline,
        byline_mark,
        stamp: stamp_at,
        body: at + offset(line, rest),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The header's parts as text: byline, stamp, and the story after.
    fn parts(line: &str) -> Option<(Option<&str>, Option<&str>, &str)> {
        let d = header(line, 0, |_| true)?;
        let get = |r: Option<Span>| r.and_then(|s| line.get(s.range()));
        Some((get(d.byline), get(d.stamp), line.get(d.body..)?))
    }

    #[test]
    fn headers() {
        let rows: &[(&str, Option<(Option<&str>, Option<&str>, &str)>)] = &[
            (
                "By . Ann Poe . PUBLISHED: . 14:51 EST, 2 October 2013 . | . UPDATED: . 15:02 EST, 2 October 2013 . A man was held.",
                Some((
                    Some("By . Ann Poe"),
                    Some(
                        "PUBLISHED: . 14:51 EST, 2 October 2013 . | . UPDATED: . 15:02 EST, 2 October 2013 .",
                    ),
                    "A man was held.",
                )),
            ),
            (
                "By . Ann Poe . and . Tom Roe . UPDATED: . 09:10 EST, 3 May 2012 . Text.",
                Some((
                    Some("By . Ann Poe . and . Tom Roe"),
                    Some("UPDATED: . 09:10 EST, 3 May 2012 ."),
                    "Text.",
                )),
            ),
            (
                "By . Ann Poe . and Tom Roe . Last updated at 3:03 PM on 15th November 2011 . A woman won.",
                Some((
                    Some("By . Ann Poe . and Tom Roe"),
                    Some("Last updated at 3:03 PM on 15th November 2011 ."),
                    "A woman won.",
                )),
            ),
            (
                "By . Daily Mail Reporter . A dog swam.",
                Some((Some("By . Daily Mail Reporter"), None, "A dog swam.")),
            ),
            (
                "PUBLISHED: . 14:51 EST, 2 October 2013 . A man was held.",
                Some((
                    None,
                    Some("PUBLISHED: . 14:51 EST, 2 October 2013 ."),
                    "A man was held.",
                )),
            ),
            // `and` closing a piece; `By` with no break after it, a stamp
            // after the names
            (
                "By . Tom Roe and . Ann Poe . PUBLISHED: . 18:12 EST, 22 October 2013 . Text.",
                Some((
                    Some("By . Tom Roe and . Ann Poe"),
                    Some("PUBLISHED: . 18:12 EST, 22 October 2013 ."),
                    "Text.",
                )),
            ),
            (
                "By DAILY MAIL REPORTER . Last updated at 4:12 PM on 19th October 2011 . A pub did well.",
                Some((
                    Some("By DAILY MAIL REPORTER"),
                    Some("Last updated at 4:12 PM on 19th October 2011 ."),
                    "A pub did well.",
                )),
            ),
            // CNN's stamp, a dateline after it
            (
                "By . Ann Poe, CNN . Updated 2034 GMT (0434 HKT) March 3, 2013 . (CNN) -- Text.",
                Some((
                    Some("By . Ann Poe, CNN"),
                    Some("Updated 2034 GMT (0434 HKT) March 3, 2013 ."),
                    "(CNN) -- Text.",
                )),
            ),
            // the header alone on its line: the story starts on the next
            ("By . Ann Poe .", Some((Some("By . Ann Poe"), None, ""))),
            // a stamp with no time, or a byline with no break, is none
            ("PUBLISHED: . yesterday . Text.", None),
            ("By Ann Poe . Text.", None),
            ("By Ann Poe . and more . Text.", None),
            ("By . Ann Poe", None),
            ("Bypass . closed . Text.", None),
            ("UPDATED: Text of a story . More.", None),
            ("Last updated . Text.", None),
            ("By Ann Poe . Updated the plan . Text.", None),
            ("Updated 2034 GMT March 3, 2013 . Text.", None),
            ("", None),
        ];
        for (line, want) in rows {
            assert_eq!(parts(line), *want, "{line:?}");
        }
    }

    proptest::proptest! {
        /// The quick test passes every line `header` reads a header from.
        #[test]
        fn every_header_opens(line in "(By|by|BY|PUBLISHED:|Published:|UPDATED:|updated:|Last updated at|LAST UPDATED AT|Last| \\. | \\.|\\||Ann|1|é| ){0,10}") {
            let found = header_unfiltered(&line);
            proptest::prop_assert!(!found || opens(&line), "{:?}", line);
        }
    }

    /// Whether the rules after the quick test read a header from `line`.
    fn header_unfiltered(line: &str) -> bool {
        let byline = by_names(line).is_ok();
        let rest = by_names(line).map_or(line, |(rest, _)| rest);
        byline || stamp(rest).is_ok()
    }

    #[test]
    fn a_byline_that_does_not_read_as_one_is_no_header() {
        let line = "By . the river . PUBLISHED: . 14:51 EST, 2 October 2013 . Text.";
        assert_eq!(header(line, 0, |_| false), None);
        assert!(header(line, 0, |_| true).is_some());
    }

    proptest::proptest! {
        /// Whatever the line, the parts are in order, on char boundaries,
        /// the stamp and the byline's mark end with a break's dot, and the
        /// byline ends with its names.
        #[test]
        fn parts_are_ordered_slices(line in "(By|PUBLISHED:|UPDATED:|Last updated at| \\. | \\.|\\||and|Ann|1|é| ){0,12}") {
            if let Some(d) = header(&line, 0, |_| true) {
                let mut at = 0;
                for span in [d.byline, d.byline_mark, d.stamp].into_iter().flatten() {
                    proptest::prop_assert!(at <= span.start() && span.start() < span.end());
                    proptest::prop_assert!(line.get(span.range()).is_some_and(|t| !t.ends_with(' ')));
                    at = span.end();
                }
                for span in [d.byline_mark, d.stamp].into_iter().flatten() {
                    proptest::prop_assert!(line.get(span.range()).is_some_and(|t| t.ends_with('.')));
                }
                proptest::prop_assert_eq!(d.byline.is_some(), d.byline_mark.is_some());
                proptest::prop_assert!(at <= d.body && line.get(d.body..).is_some());
            }
        }
    }
}
