//! The article model: [`Article`] and its parts, [`Headline`], [`Byline`],
//! [`Section`], [`Heading`], [`Paragraph`] and [`Trailer`], plus [`Node`] for
//! walking all of them in input order.
//!
//! Every part borrows its text from the input and carries its [`Span`]. The code
//! that finds the parts lives in the parser and the `grammar` modules.

use core::fmt;
use std::borrow::Cow;

use crate::dateline::Dateline;
use crate::normalize::normalize;
use crate::sentences::Sentences;
use crate::span::Span;

/// A news article split into its parts.
///
/// Made by [`parse`](crate::parse) or [`Parser::parse`](crate::Parser::parse).
/// Every part borrows the input text; nothing is copied. Parts that the text
/// does not have are `None` or empty: any text is an article, and the empty text
/// is an empty one.
///
/// The body is a list of [`Section`]s: the text before the first heading is the
/// first section, with no heading. Trailing matter (credits, sign-offs,
/// boilerplate) is kept apart in [`trailers`](Article::trailers).
///
/// # Examples
///
/// ```
/// let text = "QUAKE HITS COAST\n\nLIMA, Peru (Reuters) - A strong quake shook the coast.\n\nNo damage was reported.\n";
/// let article = dateline::parse(text);
/// assert_eq!(article.headline().map(|h| h.as_str()), Some("QUAKE HITS COAST"));
/// assert_eq!(article.dateline().map(|d| d.as_str()), Some("LIMA, Peru (Reuters) -"));
/// let first = article.paragraphs().next().ok_or("no paragraph")?;
/// assert_eq!(first.as_str(), "A strong quake shook the coast.");
/// assert_eq!(article.paragraphs().count(), 2);
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Article<'a> {
    pub(crate) text: &'a str,
    /// Where `text` starts in the input (not 0 for articles from `parse_many`).
    pub(crate) offset: usize,
    pub(crate) kicker: Option<Headline<'a>>,
    pub(crate) headline: Option<Headline<'a>>,
    pub(crate) deck: Option<Headline<'a>>,
    pub(crate) byline: Option<Byline<'a>>,
    pub(crate) dateline: Option<Dateline<'a>>,
    pub(crate) sections: Vec<Section<'a>>,
    pub(crate) trailers: Vec<Trailer<'a>>,
}

impl<'a> Article<'a> {
    /// The text the article was parsed from: the whole input for
    /// [`parse`](crate::parse), the article's own slice of the input for
    /// [`parse_many`](crate::parse_many).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "PARIS (AFP) - Hello.";
    /// assert_eq!(dateline::parse(text).as_str(), text);
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where [`as_str`](Article::as_str) lies in the input: `0..len` for
    /// [`parse`](crate::parse); for an article from
    /// [`parse_many`](crate::parse_many), its place in the whole stream.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(dateline::parse("abc").span().range(), 0..3);
    /// let second = dateline::parse_many("One.\n===\nTwo.").nth(1).ok_or("one article")?;
    /// assert_eq!(second.span().range(), 9..13);
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.offset, self.offset + self.text.len())
    }

    /// Gives the dateline's date a year from `reference` when it has none.
    pub(crate) fn resolve(&mut self, reference: Option<chrono::NaiveDate>) {
        if let Some(d) = self.dateline.as_mut().and_then(|d| d.date.as_mut()) {
            d.resolve(reference);
        }
    }

    /// The kicker: a label alone on the line over the headline, such as
    /// `BREAKING NEWS`, `EXCLUSIVE` or `Analysis`. A label that opens the
    /// headline's own line (`ANALYSIS: Central banks …`) is part of the headline.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "EXCLUSIVE\n\nAcme in Talks to Buy Rival\n\nNEW YORK (Reuters) - Acme is in talks.";
    /// let article = dateline::parse(text);
    /// assert_eq!(article.kicker().map(|k| k.as_str()), Some("EXCLUSIVE"));
    /// assert_eq!(article.headline().map(|h| h.as_str()), Some("Acme in Talks to Buy Rival"));
    /// ```
    #[must_use]
    pub fn kicker(&self) -> Option<&Headline<'a>> {
        self.kicker.as_ref()
    }

    /// The headline: the first display line (or lines) above the body.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("Rates Held Steady\n\nWASHINGTON (AP) — The Fed held rates.");
    /// assert_eq!(article.headline().map(|h| h.as_str()), Some("Rates Held Steady"));
    /// ```
    #[must_use]
    pub fn headline(&self) -> Option<&Headline<'a>> {
        self.headline.as_ref()
    }

    /// The deck (sub-headline): a second display block under the headline.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates Held Steady\n\nOfficials signal patience on cuts\n\nWASHINGTON (AP) — The Fed held rates.";
    /// let article = dateline::parse(text);
    /// assert_eq!(article.deck().map(|h| h.as_str()), Some("Officials signal patience on cuts"));
    /// ```
    #[must_use]
    pub fn deck(&self) -> Option<&Headline<'a>> {
        self.deck.as_ref()
    }

    /// The byline, when the article has one above its body.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "TIN TALKS STALL\n\n    By Ann Poe, Reuters\n\n    LONDON, March 2 - Talks stalled.";
    /// let article = dateline::parse(text);
    /// let byline = article.byline().ok_or("no byline")?;
    /// assert_eq!(byline.as_str(), "By Ann Poe, Reuters");
    /// assert_eq!(byline.authors().collect::<Vec<_>>(), ["Ann Poe"]);
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn byline(&self) -> Option<&Byline<'a>> {
        self.byline.as_ref()
    }

    /// The dateline, when the body opens with one.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("In Washington, officials said nothing.");
    /// assert!(article.dateline().is_none());
    /// ```
    #[must_use]
    pub fn dateline(&self) -> Option<&Dateline<'a>> {
        self.dateline.as_ref()
    }

    /// The sections of the body, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "PARIS (AFP) - Lead.\n\nMore lead.\n\nWhat Comes Next\n\nTalks resume.";
    /// let article = dateline::parse(text);
    /// let headings: Vec<_> = article.sections().iter().map(|s| s.heading().map(|h| h.as_str())).collect();
    /// assert_eq!(headings, [None, Some("What Comes Next")]);
    /// ```
    #[must_use]
    pub fn sections(&self) -> &[Section<'a>] {
        &self.sections
    }

    /// Every paragraph of the body, across sections, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("One.\n\nTwo.\n\nThree.");
    /// assert_eq!(article.paragraphs().map(|p| p.as_str()).collect::<Vec<_>>(), ["One.", "Two.", "Three."]);
    /// ```
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph<'a>> {
        self.sections.iter().flat_map(|s| s.paragraphs.iter())
    }

    /// The trailing matter after the body: credits, sign-offs, end marks,
    /// boilerplate and contact blocks, each typed.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::TrailerKind;
    /// let text = "LONDON (Reuters) - Prices fell.\n\n(Reporting by Ann Poe; Editing by Tom Roe)";
    /// let article = dateline::parse(text);
    /// let kinds: Vec<_> = article.trailers().iter().map(|t| t.kind()).collect();
    /// assert_eq!(kinds, [TrailerKind::Credits]);
    /// ```
    #[must_use]
    pub fn trailers(&self) -> &[Trailer<'a>] {
        &self.trailers
    }

    /// Every node of the article in input order, each with its kind and span.
    ///
    /// The nodes tile the input: every byte lies in exactly one node or in the
    /// whitespace between two nodes (a byte-order mark at the start counts as
    /// whitespace).
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::NodeKind;
    /// let text = "HEADLINE\n\nPARIS (AFP) - Body.";
    /// let kinds: Vec<_> = dateline::parse(text).nodes().map(|n| n.kind()).collect();
    /// assert_eq!(kinds, [NodeKind::Headline, NodeKind::Dateline, NodeKind::Paragraph]);
    /// ```
    pub fn nodes(&self) -> impl Iterator<Item = Node<'a>> + use<'a> {
        let mut nodes: Vec<Node<'a>> = Vec::with_capacity(8 + self.trailers.len());
        let mut push = |kind: NodeKind, text: &'a str, span: Span| {
            nodes.push(Node { kind, text, span });
        };
        if let Some(h) = &self.kicker {
            push(NodeKind::Kicker, h.text, h.span);
        }
        if let Some(h) = &self.headline {
            push(NodeKind::Headline, h.text, h.span);
        }
        if let Some(h) = &self.deck {
            push(NodeKind::Deck, h.text, h.span);
        }
        if let Some(b) = &self.byline {
            push(NodeKind::Byline, b.text, b.span);
            if let Some((text, span)) = b.title {
                push(NodeKind::BylineTitle, text, span);
            }
        }
        if let Some(d) = &self.dateline {
            push(NodeKind::Dateline, d.text, d.span);
        }
        for section in &self.sections {
            if let Some(h) = &section.heading {
                push(NodeKind::Heading, h.text, h.span);
            }
            for p in &section.paragraphs {
                push(NodeKind::Paragraph, p.text, p.span);
            }
        }
        for t in &self.trailers {
            push(NodeKind::Trailer(t.kind), t.text, t.span);
        }
        nodes.sort_by_key(|n| n.span.start());
        nodes.into_iter()
    }
}

impl fmt::Display for Article<'_> {
    /// Writes the text the article was parsed from.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// A headline, deck or kicker: one or more display lines above the body.
///
/// # Examples
///
/// ```
/// let article = dateline::parse("BAHIA COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued.");
/// let headline = article.headline().ok_or("no headline")?;
/// assert_eq!(headline.as_str(), "BAHIA COCOA REVIEW");
/// assert_eq!(headline.span().range(), 0..18);
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Headline<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
}

impl<'a> Headline<'a> {
    /// The headline as written (several lines keep their line breaks).
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("Storm Nears\n\nMIAMI (AP) — Winds rose.");
    /// assert_eq!(article.headline().map(|h| h.as_str()), Some("Storm Nears"));
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the headline lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("\nStorm Nears\n\nMIAMI (AP) — Winds rose.");
    /// assert_eq!(article.headline().map(|h| h.span().range()), Some(1..12));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
}

impl<'a> Headline<'a> {
    /// The headline's words, without what a page converted to text puts
    /// around them: a label (`Title:`, `Headline:`; a news database's deck's
    /// `Highlight:` or `Abstract:`), Markdown `#` marks or
    /// `**` emphasis, or a setext underline (a line of `=` or `-` under the
    /// words). A slice of [`as_str`](Headline::as_str).
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("Title: Storm Nears\n\nMIAMI (AP) — Winds rose.");
    /// assert_eq!(article.headline().map(|h| h.title()), Some("Storm Nears"));
    /// let article = dateline::parse("Storm Nears\n===========\n\nMIAMI (AP) — Winds rose.");
    /// assert_eq!(article.headline().map(|h| h.title()), Some("Storm Nears"));
    /// ```
    #[must_use]
    pub fn title(&self) -> &'a str {
        let mut t = self.text;
        // a setext underline: the last line all `=` or all `-`
        if let Some((words, last)) = t.rsplit_once(['\n', '\r']) {
            let last = last.trim();
            let rule = |c: u8| last.len() >= 2 && last.bytes().all(|b| b == c);
            if rule(b'=') || rule(b'-') {
                t = words.trim_end();
            }
        }
        // Markdown's `#` marks, and its emphasis around the whole line
        let t = t.trim_start_matches('#').trim_start();
        let t = match (t.as_bytes().first(), t.as_bytes().last()) {
            (Some(b'*' | b'_'), Some(b'*' | b'_')) => t.trim_matches(['*', '_']).trim(),
            _ => t,
        };
        ["title:", "headline:", "highlight:", "abstract:"]
            .iter()
            .find_map(|label| {
                t.get(..label.len())
                    .filter(|head| head.eq_ignore_ascii_case(label))
                    .and_then(|_| t.get(label.len()..))
            })
            .map_or(t, str::trim_start)
    }

    /// The headline as plain text: lines joined with one space, curly quotes,
    /// dashes and unusual spaces made ASCII. Borrowed when nothing changes.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("Storm Nears\nthe ‘Coast’\n\nMIAMI (AP) — Winds rose.");
    /// let h = article.headline().ok_or("no headline")?;
    /// assert_eq!(h.normalized(), "Storm Nears the 'Coast'");
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn normalized(&self) -> Cow<'a, str> {
        normalize(self.text)
    }
}

impl fmt::Display for Headline<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// The byline: who wrote the story, and for whom. Most stand over the
/// story; a story with none there may be signed at its end (`By Ann Poe`,
/// `— Ann Poe`), and that signature is the byline.
///
/// # Examples
///
/// ```
/// let text = "Headline Here\n\nBy Jane Doe and John Roe, Associated Press\n\nBOSTON (AP) — Text.";
/// let byline = dateline::parse(text).byline().cloned().ok_or("no byline")?;
/// assert_eq!(byline.authors().collect::<Vec<_>>(), ["Jane Doe", "John Roe"]);
/// assert_eq!(byline.affiliation(), Some("Associated Press"));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Byline<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
    pub(crate) authors: Vec<&'a str>,
    pub(crate) affiliation: Option<&'a str>,
    pub(crate) title: Option<(&'a str, Span)>,
}

impl<'a> Byline<'a> {
    /// The byline as written, `By` included: the names' line, without the
    /// [`title`](Byline::title) a wire or site prints under it, and from
    /// `By` when a page sets it alone on the line over the names.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Headline Here\n\nBY JANE DOE\n\nBOSTON (AP) — Text.";
    /// assert_eq!(dateline::parse(text).byline().map(|b| b.as_str()), Some("BY JANE DOE"));
    ///
    /// let text = "Headline Here\n\nBy\nJane Doe\nCourts Reporter\n\nThe court sat on Monday.";
    /// assert_eq!(dateline::parse(text).byline().map(|b| b.as_str()), Some("By\nJane Doe"));
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the byline lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Headline Here\n\nBy Jane Doe\n\nBOSTON (AP) — Text.";
    /// assert_eq!(dateline::parse(text).byline().map(|b| b.span().range()), Some(15..26));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The authors' names, in order, as written. Where each wrote from is no
    /// part of a name (`By Ann Poe in Tampa and Tom Roe in Miami`).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Headline Here\n\nBy Ann Poe, Tom Roe and Al Moe\n\nBOSTON (AP) — Text.";
    /// let article = dateline::parse(text);
    /// let authors: Vec<_> = article.byline().map(|b| b.authors().collect()).unwrap_or_default();
    /// assert_eq!(authors, ["Ann Poe", "Tom Roe", "Al Moe"]);
    ///
    /// let text = "Headline Here\n\nBy Ann Poe in Tampa and Tom Roe in Miami\n\nText.";
    /// let article = dateline::parse(text);
    /// let authors: Vec<_> = article.byline().map(|b| b.authors().collect()).unwrap_or_default();
    /// assert_eq!(authors, ["Ann Poe", "Tom Roe"]);
    /// ```
    pub fn authors(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.authors.iter().copied()
    }

    /// The role or organisation after the names (`Reuters`, `Staff Writer`,
    /// `Associated Press`), as written: on the names' line, or else the
    /// [`title`](Byline::title) under it.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Headline Here\n\nJane Doe | Reuters\n\nBOSTON (Reuters) - Text.";
    /// assert_eq!(dateline::parse(text).byline().and_then(|b| b.affiliation()), Some("Reuters"));
    /// ```
    #[must_use]
    pub fn affiliation(&self) -> Option<&'a str> {
        self.affiliation
    }

    /// The byline's title: the line under the names that says what the
    /// author is or works for (`Associated Press Writer`, `Staff Writer`,
    /// `BBC News, Cardiff`), as wires and sites print it. It is a node of
    /// its own ([`NodeKind::BylineTitle`]); [`as_str`](Byline::as_str) is
    /// the names' line, and [`affiliation`](Byline::affiliation) gives the
    /// title too when the names' line has none.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Storm Nears Coast\n\nBy ANN POE\nAssociated Press Writer\n\nMIAMI (AP) — Winds rose.";
    /// let byline = dateline::parse(text).byline().cloned().ok_or("no byline")?;
    /// assert_eq!(byline.as_str(), "By ANN POE");
    /// assert_eq!(byline.title(), Some("Associated Press Writer"));
    /// assert_eq!(byline.affiliation(), Some("Associated Press Writer"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn title(&self) -> Option<&'a str> {
        self.title.map(|(t, _)| t)
    }

    /// Where the byline's [`title`](Byline::title) lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Storm\n\nBy Ann Poe\nStaff Writer\n\nWinds rose.";
    /// let span = dateline::parse(text).byline().and_then(|b| b.title_span());
    /// assert_eq!(span.map(|s| s.range()), Some(18..30));
    /// ```
    #[must_use]
    pub fn title_span(&self) -> Option<Span> {
        self.title.map(|(_, s)| s)
    }
}

impl fmt::Display for Byline<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// A part of the body: an optional heading and the paragraphs under it.
///
/// # Examples
///
/// ```
/// let text = "PARIS (AFP) - Lead.\n\nBackground\n\nOld news.\n\nMore old news.";
/// let article = dateline::parse(text);
/// let second = article.sections().get(1).ok_or("one section")?;
/// assert_eq!(second.heading().map(|h| h.as_str()), Some("Background"));
/// assert_eq!(second.paragraphs().len(), 2);
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Section<'a> {
    pub(crate) heading: Option<Heading<'a>>,
    pub(crate) paragraphs: Vec<Paragraph<'a>>,
}

impl<'a> Section<'a> {
    /// The section's heading; the first section of an article has none.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("PARIS (AFP) - Lead.");
    /// assert!(article.sections().first().is_some_and(|s| s.heading().is_none()));
    /// ```
    #[must_use]
    pub fn heading(&self) -> Option<&Heading<'a>> {
        self.heading.as_ref()
    }

    /// The section's paragraphs.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("One.\n\nTwo.");
    /// assert_eq!(article.sections().first().map(|s| s.paragraphs().len()), Some(2));
    /// ```
    #[must_use]
    pub fn paragraphs(&self) -> &[Paragraph<'a>] {
        &self.paragraphs
    }

    /// The span from the heading (or first paragraph) to the last paragraph, or
    /// `None` for an empty section.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("One.\n\nTwo.");
    /// assert_eq!(article.sections().first().and_then(|s| s.span()).map(|s| s.range()), Some(0..10));
    /// ```
    #[must_use]
    pub fn span(&self) -> Option<Span> {
        let start = self
            .heading
            .as_ref()
            .map(|h| h.span)
            .or_else(|| self.paragraphs.first().map(|p| p.span))?;
        let end = self.paragraphs.last().map_or(start, |p| p.span);
        Some(Span::new(start.start(), end.end()))
    }
}

/// A section heading: a short display line between paragraphs
/// (`Azerbaijan-Armenia Conflict`), an ALL-CAPS line, or a Markdown `## Heading`.
///
/// # Examples
///
/// ```
/// let text = "PARIS (AFP) - Lead.\n\n## The Vote\n\nIt passed.";
/// let article = dateline::parse(text);
/// let heading = article.sections().get(1).and_then(|s| s.heading()).ok_or("no heading")?;
/// assert_eq!(heading.as_str(), "## The Vote");
/// assert_eq!(heading.title(), "The Vote");
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Heading<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
}

impl<'a> Heading<'a> {
    /// The heading line as written, Markdown marks included.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("Lead.\n\nNext Steps\n\nMore.");
    /// let heading = article.sections().get(1).and_then(|s| s.heading()).ok_or("no heading")?;
    /// assert_eq!(heading.as_str(), "Next Steps");
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the heading lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("Lead.\n\nNext Steps\n\nMore.");
    /// let heading = article.sections().get(1).and_then(|s| s.heading()).ok_or("no heading")?;
    /// assert_eq!(heading.span().range(), 7..17);
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The heading's words, without Markdown `#` marks.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("Lead.\n\n### Outlook ###\n\nMore.");
    /// let heading = article.sections().get(1).and_then(|s| s.heading()).ok_or("no heading")?;
    /// assert_eq!(heading.title(), "Outlook");
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn title(&self) -> &'a str {
        self.text.trim_matches('#').trim()
    }

    /// The Markdown level (the number of leading `#`), or `None` for a heading
    /// without marks.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("Lead.\n\n## Outlook\n\nMore.");
    /// let heading = article.sections().get(1).and_then(|s| s.heading()).ok_or("no heading")?;
    /// assert_eq!(heading.level(), Some(2));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn level(&self) -> Option<usize> {
        let hashes = self.text.len() - self.text.trim_start_matches('#').len();
        (hashes > 0).then_some(hashes)
    }
}

impl<'a> Heading<'a> {
    /// The heading as plain text: curly quotes, dashes and unusual spaces made
    /// ASCII (Markdown marks are kept; see [`title`](Heading::title)). Borrowed
    /// when nothing changes.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("Lead.\n\nWhat’s Next\n\nMore.");
    /// let heading = article.sections().get(1).and_then(|s| s.heading()).ok_or("no heading")?;
    /// assert_eq!(heading.normalized(), "What's Next");
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn normalized(&self) -> Cow<'a, str> {
        normalize(self.text)
    }
}

impl fmt::Display for Heading<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// A paragraph of the body, as written (wrapped lines keep their line breaks and
/// indentation).
///
/// The first paragraph of an article with a dateline starts after the
/// dateline's separator.
///
/// # Examples
///
/// ```
/// let text = "    SALVADOR, Feb 26 - Showers continued\nthroughout the week.\n    Arrivals rose.";
/// let article = dateline::parse(text);
/// let texts: Vec<_> = article.paragraphs().map(|p| p.as_str()).collect();
/// assert_eq!(texts, ["Showers continued\nthroughout the week.", "Arrivals rose."]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Paragraph<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
}

impl<'a> Paragraph<'a> {
    /// The paragraph as written.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("One line.");
    /// assert_eq!(article.paragraphs().next().map(|p| p.as_str()), Some("One line."));
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the paragraph lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("\n\n  One line.");
    /// assert_eq!(article.paragraphs().next().map(|p| p.span().range()), Some(4..13));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
}

impl<'a> Paragraph<'a> {
    /// The paragraph's sentences, found as the iterator advances.
    ///
    /// Boundaries are Unicode's (UAX #29, from `unicode-segmentation`), kept
    /// whole across abbreviations (`U.S.`, `Gen.`, `Sept.`, `Mr.`, `Inc.`, and
    /// initials such as `J.`) and across hard-wrapped line ends. Nothing is
    /// allocated per sentence.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("PARIS (AFP) - The U.S. envoy met Gen. Poe in Sept. Talks went on.");
    /// let p = article.paragraphs().next().ok_or("no paragraph")?;
    /// let sentences: Vec<_> = p.sentences().map(|s| s.as_str()).collect();
    /// assert_eq!(sentences, ["The U.S. envoy met Gen. Poe in Sept. Talks went on."]);
    /// # Ok::<(), &str>(())
    /// ```
    pub fn sentences(&self) -> Sentences<'a> {
        Sentences::new(self.text, self.span.start())
    }

    /// The paragraph as plain text: hard-wrapped lines joined with one space
    /// (a word hyphenated at a line end joined again), curly quotes, dashes and
    /// unusual spaces made ASCII, soft hyphens dropped. Borrowed when nothing
    /// changes; [`as_str`](Paragraph::as_str) stays the exact input.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::borrow::Cow;
    /// let article = dateline::parse("    LONDON, March 2 - Tin talks\nended without an eco-\nnomic accord.\n    “No,” he said.");
    /// let texts: Vec<_> = article.paragraphs().map(|p| p.normalized()).collect();
    /// assert_eq!(texts, ["Tin talks ended without an economic accord.", "\"No,\" he said."]);
    /// let plain = dateline::parse("Plain.");
    /// assert!(matches!(plain.paragraphs().next().map(|p| p.normalized()), Some(Cow::Borrowed(_))));
    /// ```
    #[must_use]
    pub fn normalized(&self) -> Cow<'a, str> {
        normalize(self.text)
    }
}

impl fmt::Display for Paragraph<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// A sentence of a [`Paragraph`], from [`Paragraph::sentences`].
///
/// # Examples
///
/// ```
/// let article = dateline::parse("One. Two.");
/// let p = article.paragraphs().next().ok_or("no paragraph")?;
/// let second = p.sentences().nth(1).ok_or("one sentence")?;
/// assert_eq!((second.as_str(), second.span().range()), ("Two.", 5..9));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sentence<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
}

impl<'a> Sentence<'a> {
    /// The sentence as written.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("Hi there. Bye.");
    /// let first = article.paragraphs().next().and_then(|p| p.sentences().next());
    /// assert_eq!(first.map(|s| s.as_str()), Some("Hi there."));
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the sentence lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("  Hi there.");
    /// let first = article.paragraphs().next().and_then(|p| p.sentences().next());
    /// assert_eq!(first.map(|s| s.span().range()), Some(2..11));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The sentence as plain text, like [`Paragraph::normalized`].
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("It’s here.");
    /// let first = article.paragraphs().next().and_then(|p| p.sentences().next()).ok_or("none")?;
    /// assert_eq!(first.normalized(), "It's here.");
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn normalized(&self) -> Cow<'a, str> {
        normalize(self.text)
    }
}

impl fmt::Display for Sentence<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// What kind of trailing matter a [`Trailer`] is.
///
/// # Examples
///
/// ```
/// use dateline::TrailerKind;
/// let article = dateline::parse("LONDON, March 3 - Prices fell.\n    Reuter");
/// assert_eq!(article.trailers().first().map(|t| t.kind()), Some(TrailerKind::SignOff));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrailerKind {
    /// Reuters-style credits: `(Reporting by A; Editing by B)`.
    Credits,
    /// A contributor line: `Associated Press writer X contributed to this report.`
    Contributors,
    /// A wire sign-off: the old `Reuter` or `REUTER` line.
    SignOff,
    /// An end mark: `###`, `-30-`, `ENDS`, AP's `___` rule.
    EndMark,
    /// An `About <Company>` boilerplate block, or AP's note on who funds its
    /// coverage (`The Associated Press receives support from …`).
    About,
    /// A `Media contact:` or `Contact:` block, or a line telling readers how
    /// to reach the reporter (`Contact Ann Poe at apoe@example.com.`, `Ann
    /// Poe can be reached at 555-555-0101.`).
    Contact,
    /// A press-release `SOURCE <Company>` or `Source: …` line, or a
    /// republished story's `This article was originally published by …`.
    SourceLine,
    /// An editor's note (`Editor's note:`, `EDITOR'S NOTE _`), or over a
    /// story forwarded by e-mail, the sender's note (`FYI -- see below.`).
    EditorsNote,
    /// A correction (`Correction:`).
    Correction,
    /// A time stamp such as `Updated 3:45 p.m. ET`.
    Timestamp,
    /// A copyright notice: `Copyright 2026 The Associated Press. All rights
    /// reserved.`, `© 2026 Reuters`.
    Copyright,
    /// A line pointing readers elsewhere: AP's `Follow AP's coverage of … at
    /// https://…`, `Sign up for our newsletter`.
    Promo,
    /// A summary point as the CNN / Daily Mail research corpus closes each
    /// story: an `@highlight` line and the paragraph under it.
    Highlight,
    /// Page furniture a story copied from a web page keeps: over its text,
    /// the reading time (`3 min read`) or the audio player's label (`Listen
    /// to this article`); under it, the page's tags (`Tags: …`) or footer
    /// links (`Terms of Service | Privacy Policy`). Also a wire's slug line
    /// over the headline (`BC-Storm-Coast,0450`), and on a page saved as
    /// Markdown the marks, labels and quotes around its headline, deck and
    /// byline (`#`, `**`, `Title:`) and the menu and links over its title;
    /// in a research corpus' record, its tags and the elements that are
    /// neither headline, byline, dateline nor story (`<DOCNO>`, `<TOPICS>`);
    /// over a story forwarded by e-mail, the message's headers (`From:`,
    /// `Subject:`) and the mail program's line (`-----Original
    /// Message-----`).
    Furniture,
}

/// Trailing matter after the body, typed by [`TrailerKind`].
///
/// # Examples
///
/// ```
/// use dateline::TrailerKind;
/// let text = "NEW YORK (AP) — Shares rose.\n\n___\n\nAssociated Press writer Ann Poe contributed to this report.";
/// let article = dateline::parse(text);
/// let kinds: Vec<_> = article.trailers().iter().map(|t| t.kind()).collect();
/// assert_eq!(kinds, [TrailerKind::EndMark, TrailerKind::Contributors]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Trailer<'a> {
    pub(crate) kind: TrailerKind,
    pub(crate) text: &'a str,
    pub(crate) span: Span,
}

impl<'a> Trailer<'a> {
    /// What kind of trailer this is.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::TrailerKind;
    /// let article = dateline::parse("PARIS (AFP) - Text.\n\n###");
    /// assert_eq!(article.trailers().first().map(|t| t.kind()), Some(TrailerKind::EndMark));
    /// ```
    #[must_use]
    pub fn kind(&self) -> TrailerKind {
        self.kind
    }

    /// The trailer as written.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("PARIS (AFP) - Text.\n\n-30-");
    /// assert_eq!(article.trailers().first().map(|t| t.as_str()), Some("-30-"));
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the trailer lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("PARIS (AFP) - Text.\n\n###");
    /// assert_eq!(article.trailers().first().map(|t| t.span().range()), Some(21..24));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
}

impl<'a> Trailer<'a> {
    /// The roles and names of a [`TrailerKind::Credits`] trailer, in order:
    /// `(Reporting by Ann Poe in Lima; Editing by Tom Roe and Al Moe)` gives
    /// `Reporting` with `Ann Poe in Lima`, then `Editing` with `Tom Roe and Al Moe`.
    /// Empty for other kinds. Computed on request, without allocating.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "LIMA (Reuters) - Text.\n\n(Reporting by Ann Poe in Lima; Editing by Tom Roe and Al Moe)";
    /// let article = dateline::parse(text);
    /// let trailer = article.trailers().first().ok_or("no trailer")?;
    /// let roles: Vec<_> = trailer.credits().map(|c| (c.role(), c.names().collect::<Vec<_>>())).collect();
    /// assert_eq!(roles, [("Reporting", vec!["Ann Poe"]), ("Editing", vec!["Tom Roe", "Al Moe"])]);
    /// # Ok::<(), &str>(())
    /// ```
    pub fn credits(&self) -> impl Iterator<Item = Credit<'a>> + use<'a> {
        let inner = if self.kind == TrailerKind::Credits {
            self.text
                .trim()
                .trim_start_matches('(')
                .trim_end_matches(')')
        } else {
            ""
        };
        inner.split(';').filter_map(crate::grammar::trailer::credit)
    }
}

/// One role of a credits trailer, from [`Trailer::credits`]: `Editing by Tom Roe`.
///
/// # Examples
///
/// ```
/// let article = dateline::parse("OSLO (Reuters) - Text.\n\n(Writing by Ann Poe)");
/// let credit = article.trailers().first().and_then(|t| t.credits().next()).ok_or("none")?;
/// assert_eq!((credit.as_str(), credit.role(), credit.names_str()), ("Writing by Ann Poe", "Writing", "Ann Poe"));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Credit<'a> {
    pub(crate) text: &'a str,
    pub(crate) role: &'a str,
    pub(crate) names: &'a str,
}

impl<'a> Credit<'a> {
    /// The credit as written, `Editing by Tom Roe`.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("OSLO (Reuters) - Text.\n\n(Editing by Tom Roe)");
    /// let credit = article.trailers().first().and_then(|t| t.credits().next());
    /// assert_eq!(credit.map(|c| c.as_str()), Some("Editing by Tom Roe"));
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// The role before `by`: `Reporting`, `Additional reporting`, `Editing`.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("OSLO (Reuters) - Text.\n\n(Additional reporting by Ann Poe)");
    /// let credit = article.trailers().first().and_then(|t| t.credits().next());
    /// assert_eq!(credit.map(|c| c.role()), Some("Additional reporting"));
    /// ```
    #[must_use]
    pub fn role(&self) -> &'a str {
        self.role
    }

    /// Everything after `by`, as written: `Ann Poe in Lima and Tom Roe`.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("OSLO (Reuters) - Text.\n\n(Reporting by Ann Poe in Oslo)");
    /// let credit = article.trailers().first().and_then(|t| t.credits().next());
    /// assert_eq!(credit.map(|c| c.names_str()), Some("Ann Poe in Oslo"));
    /// ```
    #[must_use]
    pub fn names_str(&self) -> &'a str {
        self.names
    }

    /// The people named, split at commas, `and` and `&`, each without a
    /// trailing ` in <Place>`.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::parse("OSLO (Reuters) - Text.\n\n(Reporting by Ann Poe, Al Moe in Oslo and Tom Roe)");
    /// let credit = article.trailers().first().and_then(|t| t.credits().next()).ok_or("none")?;
    /// assert_eq!(credit.names().collect::<Vec<_>>(), ["Ann Poe", "Al Moe", "Tom Roe"]);
    /// # Ok::<(), &str>(())
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        crate::grammar::trailer::credit_names(self.names)
    }
}

impl fmt::Display for Credit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

impl fmt::Display for Trailer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// What a [`Node`] is.
///
/// # Examples
///
/// ```
/// use dateline::NodeKind;
/// let first = dateline::parse("PARIS (AFP) - Text.").nodes().next().map(|n| n.kind());
/// assert_eq!(first, Some(NodeKind::Dateline));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NodeKind {
    /// The headline.
    Headline,
    /// The deck.
    Deck,
    /// The byline.
    Byline,
    /// The dateline.
    Dateline,
    /// A section heading.
    Heading,
    /// A paragraph.
    Paragraph,
    /// Trailing matter of the given kind.
    Trailer(TrailerKind),
    /// The kicker over the headline.
    Kicker,
    /// The line under a byline's names: [`Byline::title`].
    BylineTitle,
}

/// One part of an article, from [`Article::nodes`]: its kind, text and span.
///
/// # Examples
///
/// ```
/// let text = "PARIS (AFP) - Text.";
/// for node in dateline::parse(text).nodes() {
///     assert_eq!(&text[node.span().range()], node.as_str());
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Node<'a> {
    kind: NodeKind,
    text: &'a str,
    span: Span,
}

impl<'a> Node<'a> {
    /// What the node is.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::NodeKind;
    /// let node = dateline::parse("Text.").nodes().next().ok_or("no node")?;
    /// assert_eq!(node.kind(), NodeKind::Paragraph);
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> NodeKind {
        self.kind
    }

    /// The node's text as written.
    ///
    /// # Examples
    ///
    /// ```
    /// let node = dateline::parse("Text.").nodes().next().ok_or("no node")?;
    /// assert_eq!(node.as_str(), "Text.");
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the node lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let node = dateline::parse(" Text.").nodes().next().ok_or("no node")?;
    /// assert_eq!(node.span().range(), 1..6);
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
}
