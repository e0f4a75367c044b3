//! Byte spans into the parsed input and the line/column they start at.

use core::fmt;
use core::ops::Range;

/// A half-open range of byte offsets into the text an [`Article`](crate::Article)
/// was parsed from.
///
/// Spans are small and `Copy`; every node of the model carries one. The start and
/// end always lie on `char` boundaries of the input, so `&input[span.range()]` is
/// the node's text. Line and column are computed on request with
/// [`Span::location`], since most callers never need them.
///
/// # Examples
///
/// ```
/// let text = "PARIS (AFP) - Markets rose.";
/// let article = dateline::parse(text);
/// let span = article.dateline().map(|d| d.span()).unwrap_or_default();
/// assert_eq!(span.range(), 0..13);
/// assert_eq!(&text[span.range()], "PARIS (AFP) -");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(into = "[usize; 2]"))]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Makes a span from `start` to `end`; an `end` before `start` is raised to `start`.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::Span;
    /// assert_eq!(Span::new(3, 7).len(), 4);
    /// assert!(Span::new(5, 2).is_empty());
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        let end = if end < start { start } else { end };
        Span { start, end }
    }

    /// The first byte of the span.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(dateline::Span::new(3, 7).start(), 3);
    /// ```
    #[must_use]
    pub const fn start(self) -> usize {
        self.start
    }

    /// The byte just past the span.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(dateline::Span::new(3, 7).end(), 7);
    /// ```
    #[must_use]
    pub const fn end(self) -> usize {
        self.end
    }

    /// The length in bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(dateline::Span::new(3, 7).len(), 4);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(dateline::Span::new(4, 4).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`, for slicing the input.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(&"headline"[dateline::Span::new(0, 4).range()], "head");
    /// ```
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The line and column where the span starts in `source`, the text it points into.
    ///
    /// Lines and columns count from 1; a column counts `char`s, not bytes. Any of
    /// `\n`, `\r\n` and a lone `\r` ends a line. An offset past the end of
    /// `source` is clamped to its end.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::Span;
    /// let text = "HEADLINE\r\n\r\nLONDON (Reuters) - Text.";
    /// let loc = Span::new(12, 18).location(text);
    /// assert_eq!((loc.line(), loc.column()), (3, 1));
    /// ```
    #[must_use]
    pub fn location(self, source: &str) -> Location {
        Location::of(source, self.start)
    }

    /// The text of the span in `source`, or `None` when the span does not fit it.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::Span;
    /// assert_eq!(Span::new(0, 5).text_in("PARIS (AFP) -"), Some("PARIS"));
    /// assert_eq!(Span::new(0, 99).text_in("PARIS"), None);
    /// ```
    #[must_use]
    pub fn text_in(self, source: &str) -> Option<&str> {
        source.get(self.range())
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Self {
        span.range()
    }
}

impl From<Span> for [usize; 2] {
    fn from(span: Span) -> Self {
        [span.start, span.end]
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A line and column in the input, both counted from 1.
///
/// The column counts `char`s from the start of the line.
///
/// # Examples
///
/// ```
/// use dateline::Location;
/// let loc = Location::of("one\ntwo", 5);
/// assert_eq!(loc.to_string(), "line 2, column 2");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Location {
    line: usize,
    column: usize,
}

impl Location {
    /// Finds the line and column of byte `offset` in `source`.
    ///
    /// An offset past the end is clamped to the end; an offset inside a
    /// multi-byte `char` counts as that `char`.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::Location;
    /// let loc = Location::of("a\r\nbé c", 6);
    /// assert_eq!((loc.line(), loc.column()), (2, 3));
    /// ```
    #[must_use]
    pub fn of(source: &str, offset: usize) -> Self {
        let mut line = 1;
        let mut column = 1;
        let mut previous_cr = false;
        for (at, ch) in source.char_indices() {
            if at >= offset {
                break;
            }
            match ch {
                '\n' if previous_cr => {}
                '\n' | '\r' => {
                    line += 1;
                    column = 1;
                }
                _ => column += 1,
            }
            previous_cr = ch == '\r';
        }
        Location { line, column }
    }

    /// The line, from 1.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(dateline::Location::of("a\nb", 2).line(), 2);
    /// ```
    #[must_use]
    pub const fn line(self) -> usize {
        self.line
    }

    /// The column in `char`s, from 1.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(dateline::Location::of("ab", 1).column(), 2);
    /// ```
    #[must_use]
    pub const fn column(self) -> usize {
        self.column
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_count_every_line_ending() {
        let cases: &[(&str, usize, (usize, usize))] = &[
            ("", 0, (1, 1)),
            ("abc", 2, (1, 3)),
            ("a\nb", 2, (2, 1)),
            ("a\r\nb", 3, (2, 1)),
            ("a\rb", 2, (2, 1)),
            ("a\r\n\r\nb", 5, (3, 1)),
            ("é\nx", 3, (2, 1)),
            ("abc", 99, (1, 4)),
        ];
        for &(text, offset, (line, column)) in cases {
            let loc = Location::of(text, offset);
            assert_eq!(
                (loc.line(), loc.column()),
                (line, column),
                "{text:?} at {offset}"
            );
        }
    }

    #[test]
    fn span_constructors_never_invert() {
        assert_eq!(Span::new(9, 3), Span::new(9, 9));
        assert_eq!(Span::from(2..5).len(), 3);
        assert_eq!(Span::new(1, 4).to_string(), "1..4");
    }
}
