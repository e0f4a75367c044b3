//! Sentence boundaries inside a paragraph: UAX #29 sentence breaks (from
//! `unicode-segmentation`), merged back where the break falls after an
//! abbreviation (`U.S.`, `Gen.`, `Sept.`, `Mr.`, `Inc.`, initials like `J.`) or
//! at a line break that ends no sentence (a hard-wrapped line), or before a
//! piece that goes on in lower case (`“Why?” he asked.`).

use core::iter::Peekable;

use unicode_segmentation::{USentenceBoundIndices, UnicodeSegmentation};

use crate::article::Sentence;
use crate::span::Span;
use crate::tables::abbreviations::is_abbreviation;

/// The sentences of a paragraph, from [`Paragraph::sentences`](crate::Paragraph::sentences).
///
/// Computed as the iterator advances; it allocates nothing. Each [`Sentence`]
/// is trimmed of the blank space around it, and its span is an offset into the
/// parsed input.
///
/// # Examples
///
/// ```
/// let article = dateline::parse("PARIS (AFP) - Gen. Roe met Mr. Poe. They spoke.");
/// let p = article.paragraphs().next().ok_or("no paragraph")?;
/// let mut sentences = p.sentences();
/// assert_eq!(sentences.next().map(|s| s.as_str()), Some("Gen. Roe met Mr. Poe."));
/// assert_eq!(sentences.next().map(|s| s.as_str()), Some("They spoke."));
/// assert!(sentences.next().is_none());
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    base: usize,
    inner: Peekable<USentenceBoundIndices<'a>>,
}

impl<'a> Sentences<'a> {
    /// The sentences of `text`, which starts at byte `base` of the input.
    pub(crate) fn new(text: &'a str, base: usize) -> Self {
        Sentences {
            text,
            base,
            inner: text.split_sentence_bound_indices().peekable(),
        }
    }
}

/// Whether `piece` (a UAX #29 sentence, blank space included) must be joined
/// to the one after it: it ends in an abbreviation, or it ends at a line break
/// without a sentence end.
fn joins_next(piece: &str) -> bool {
    let content = piece.trim_end();
    let closed = content.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    if closed.len() == content.len() && content.ends_with('.') {
        let last = content
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or(content)
            .trim_start_matches(['(', '"', '“', '‘', '\'', '[']);
        return is_abbreviation(last);
    }
    let broke_at_line = piece
        .get(content.len()..)
        .is_some_and(|t| t.contains(['\n', '\r']));
    broke_at_line && !closed.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;

    fn next(&mut self) -> Option<Sentence<'a>> {
        let mut start: Option<usize> = None;
        let mut end = 0;
        while let Some((at, piece)) = self.inner.next() {
            if start.is_none() {
                if piece.trim().is_empty() {
                    continue;
                }
                let lead = piece.len() - piece.trim_start().len();
                start = Some(at + lead);
            }
            end = at + piece.trim_end().len();
            // `“Why?” he asked.`: a sentence goes on in lower case
            let goes_on = self.inner.peek().is_some_and(|(_, next)| {
                next.trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
            });
            if !joins_next(piece) && !goes_on {
                break;
            }
        }
        let start = start?;
        let text = self.text.get(start..end)?;
        Some(Sentence {
            text,
            span: Span::new(self.base + start, self.base + end),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        Sentences::new(text, 0).map(|s| s.text).collect()
    }

    #[test]
    fn sentences_across_abbreviations() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "The U.S. Army said so. Gen. Roe agreed.",
                &["The U.S. Army said so.", "Gen. Roe agreed."],
            ),
            (
                "It fell in Sept. Prices rose. Mr. J. Poe of Acme Inc. spoke.",
                &[
                    "It fell in Sept. Prices rose.",
                    "Mr. J. Poe of Acme Inc. spoke.",
                ],
            ),
            (
                "A line that wraps\nhere. Next one?\n  Yes!",
                &["A line that wraps\nhere.", "Next one?", "Yes!"],
            ),
            (
                "\"Go,\" he said. \"Now.\" Then left.",
                &["\"Go,\" he said.", "\"Now.\"", "Then left."],
            ),
            ("", &[]),
            ("  ", &[]),
            ("No end", &["No end"]),
            ("\"Why?\" he asked. Fine.", &["\"Why?\" he asked.", "Fine."]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text:?}");
        }
    }

    #[test]
    fn spans_are_offset() {
        let s: Vec<_> = Sentences::new("A b. C d.", 10).map(|s| s.span).collect();
        assert_eq!(s, [Span::new(10, 14), Span::new(15, 19)]);
    }
}
