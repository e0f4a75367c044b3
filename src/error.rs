//! The one public error type, for options a caller set that the input breaks.

use core::fmt;

use crate::span::{Location, Span};

/// What went wrong, without the position (see [`Error`] for that).
///
/// New kinds may be added in minor releases, hence `#[non_exhaustive]`.
///
/// # Examples
///
/// ```
/// use dateline::{ErrorKind, Parser};
/// let err = Parser::new().max_len(4).parse("LONDON (Reuters) - Hi.").unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::TooLarge { limit: 4, len: 22 }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is longer than the limit set with [`Parser::max_len`](crate::Parser::max_len).
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
        /// The input's length, in bytes.
        len: usize,
    },
    /// [`Parser::require_dateline`](crate::Parser::require_dateline) is set and the
    /// article's opening lines hold no dateline.
    MissingDateline,
    /// [`Parser::require_headline`](crate::Parser::require_headline) is set and the
    /// article opens with no headline.
    MissingHeadline,
    /// [`Parser::require_date`](crate::Parser::require_date) is set and the dateline
    /// has no date, or one that names no real day.
    MissingDate,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::TooLarge { limit, len } => write!(
                f,
                "input is {len} bytes, over the limit of {limit} bytes set with max_len"
            ),
            ErrorKind::MissingDateline => f.write_str(
                "expected a dateline (place, date or agency and a separator) at the start of the body, found none",
            ),
            ErrorKind::MissingHeadline => {
                f.write_str("expected a headline before the body, found none")
            }
            ErrorKind::MissingDate => {
                f.write_str("expected a dateline whose date names a real day, with a year or a reference date to give it one")
            }
        }
    }
}

/// An error from [`Parser::parse`](crate::Parser::parse): a limit or strict
/// option that the input breaks.
///
/// It owns no text of the input, so `?` carries it up to `main`; it keeps the
/// byte span it is about and the line and column where that span starts.
/// [`Error::snippet`] draws the line with a caret under it.
///
/// [`parse`](crate::parse) itself never fails: absence is not an error, and an
/// article without a dateline has `dateline() == None`.
///
/// # Examples
///
/// ```
/// use dateline::Parser;
/// let text = "Markets\n\nShares rose on Monday.";
/// let err = Parser::new().require_dateline(true).parse(text).unwrap_err();
/// assert_eq!((err.line(), err.column()), (3, 1));
/// assert_eq!(
///     err.to_string(),
///     "expected a dateline (place, date or agency and a separator) at the start of the body, \
///      found none at line 3, column 1"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{kind} at {location}")]
pub struct Error {
    kind: ErrorKind,
    span: Span,
    location: Location,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, span: Span, source: &str) -> Self {
        Error {
            kind,
            span,
            location: span.location(source),
        }
    }

    /// What went wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::{ErrorKind, Parser};
    /// let err = Parser::new().require_headline(true).parse("").unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::MissingHeadline);
    /// ```
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The bytes of the input the error is about (empty where something is missing).
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::Parser;
    /// let err = Parser::new().max_len(2).parse("abcdef").unwrap_err();
    /// assert_eq!(err.span().range(), 2..6);
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The byte offset where the error's span starts.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::Parser;
    /// let err = Parser::new().max_len(2).parse("abcdef").unwrap_err();
    /// assert_eq!(err.offset(), 2);
    /// ```
    #[must_use]
    pub fn offset(&self) -> usize {
        self.span.start()
    }

    /// The line, from 1, where the error's span starts.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::Parser;
    /// let err = Parser::new().max_len(3).parse("ab\ncdef").unwrap_err();
    /// assert_eq!(err.line(), 2);
    /// ```
    #[must_use]
    pub fn line(&self) -> usize {
        self.location.line()
    }

    /// The column, in `char`s from 1, where the error's span starts.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::Parser;
    /// let err = Parser::new().max_len(4).parse("ab\ncdef").unwrap_err();
    /// assert_eq!(err.column(), 2);
    /// ```
    #[must_use]
    pub fn column(&self) -> usize {
        self.location.column()
    }

    /// The line of `source` the error points at, with a caret under its column:
    /// a message for people. `source` should be the text that was parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::Parser;
    /// let text = "HEADLINE\n\nNo dateline here.";
    /// let err = Parser::new().require_dateline(true).parse(text).unwrap_err();
    /// assert_eq!(err.snippet(text), "3 | No dateline here.\n  | ^");
    /// ```
    #[must_use]
    pub fn snippet(&self, source: &str) -> String {
        let start = source
            .get(..self.offset())
            .and_then(|before| before.rfind(['\n', '\r']).map(|i| i + 1))
            .unwrap_or(0);
        let rest = source.get(start..).unwrap_or("");
        let line = rest.split(['\n', '\r']).next().unwrap_or("");
        let gutter = self.line().to_string();
        let pad = " ".repeat(gutter.len());
        let caret_pad = " ".repeat(self.column().saturating_sub(1));
        format!("{gutter} | {line}\n{pad} | {caret_pad}^")
    }
}
