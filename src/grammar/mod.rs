//! The nom grammar of an article's parts, one file per part.
//!
//! Each rule is a small function named for what it recognises, taking the rest
//! of a line and returning nom's `IResult` with [`GrammarError`], the grammar's
//! own error. A rule that fails means only "not this shape here": the driver in
//! `parser` then reads the line as ordinary text.

pub(crate) mod byline;
pub(crate) mod date;
pub(crate) mod dateline;
pub(crate) mod dotted;
pub(crate) mod export;
pub(crate) mod headline;
pub(crate) mod markdown;
pub(crate) mod markup;
pub(crate) mod place;
pub(crate) mod source;
pub(crate) mod trailer;

use nom::error::{ErrorKind, ParseError};

/// The grammar's error: what a rule expected, and the input it stopped at.
///
/// It never leaves the grammar; the driver turns "not a dateline" into a line of
/// body text, and the public [`Error`](crate::Error) is only for options the
/// caller set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GrammarError<'a> {
    /// The input where the rule failed.
    pub(crate) input: &'a str,
    /// What was expected there, in words.
    pub(crate) expected: &'static str,
}

impl<'a> GrammarError<'a> {
    /// A failure at `input`, expecting `expected`.
    pub(crate) fn new(input: &'a str, expected: &'static str) -> Self {
        GrammarError { input, expected }
    }
}

impl<'a> ParseError<&'a str> for GrammarError<'a> {
    fn from_error_kind(input: &'a str, kind: ErrorKind) -> Self {
        GrammarError {
            input,
            expected: match kind {
                ErrorKind::Tag => "a literal",
                ErrorKind::Char => "a character",
                ErrorKind::TakeWhileMN => "a run of characters",
                _ => "something else",
            },
        }
    }

    fn append(_: &'a str, _: ErrorKind, other: Self) -> Self {
        other
    }
}

/// The result type of every rule.
pub(crate) type PResult<'a, T> = nom::IResult<&'a str, T, GrammarError<'a>>;

/// A recoverable failure of a rule at `input`.
pub(crate) fn fail<'a, T>(input: &'a str, expected: &'static str) -> PResult<'a, T> {
    Err(nom::Err::Error(GrammarError::new(input, expected)))
}

/// Byte offset of `rest` inside `whole`, where `rest` is a suffix of `whole`.
pub(crate) fn offset(whole: &str, rest: &str) -> usize {
    whole.len().saturating_sub(rest.len())
}

/// Blank space inside a line: spaces, tabs, NBSP and other Unicode spaces.
/// Inlined: the place lead asks for it three times a dateline, and as a call
/// it cost 1.5M instructions on the corpus profile.
#[allow(clippy::unnecessary_wraps)] // a nom parser: composes with the others
#[inline]
pub(crate) fn space0(input: &str) -> PResult<'_, &str> {
    // most calls find no space or one ASCII space: those bytes are read
    // directly, the rest by characters
    let ascii = input
        .bytes()
        .take_while(|&b| b == b' ' || b == b'\t')
        .count();
    let after = input.get(ascii..).unwrap_or("");
    let rest = match after.as_bytes().first() {
        // text or a line break: done (no other ASCII byte is blank space)
        Some(b) if b.is_ascii() && !matches!(b, 0x0b | 0x0c) => after,
        _ => after.trim_start_matches(|c: char| c != '\n' && c != '\r' && crate::text::is_space(c)),
    };
    Ok((rest, input.get(..offset(input, rest)).unwrap_or("")))
}

/// At least one blank space inside a line.
pub(crate) fn space1(input: &str) -> PResult<'_, &str> {
    let (rest, taken) = space0(input)?;
    if taken.is_empty() {
        return fail(input, "a space");
    }
    Ok((rest, taken))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// `space0`'s byte fast path takes what trimming by characters takes.
        #[test]
        fn space0_takes_blank_space_up_to_a_line_break(s in "[ \t\u{b}\u{c}\u{a0}\u{3000}\u{feff}\n\ra.é]{0,10}") {
            let want = s.trim_start_matches(|c: char| c != '\n' && c != '\r' && crate::text::is_space(c));
            let (rest, taken) = space0(&s).map_err(|e| proptest::test_runner::TestCaseError::fail(format!("{e:?}")))?;
            proptest::prop_assert_eq!(rest, want);
            proptest::prop_assert_eq!(taken.len() + rest.len(), s.len());
        }
    }
}
