//! Realistic articles with known ground truth, for property tests (feature `proptest`).
//!
//! The [`articles`] strategy yields an [`ArticleSpec`], the parts an article is
//! made of (headline, deck, byline, dateline, sections, trailers) as owned
//! strings, together with a [`Layout`] saying how to write it: blank lines
//! between paragraphs, the wire layout (ALL-CAPS headline, indented and
//! hard-wrapped paragraphs), one paragraph per line, with `\r\n` line ends or a
//! byte-order mark. [`ArticleSpec::render`] writes the text, and what
//! [`parse`](crate::parse) finds in it should be the spec's parts again: use it
//! to test code that consumes this crate's output on articles of every shape.
//!
//! The datelines cover the shapes the grammar knows: a place alone, with a
//! region or a country, or several cities; dates with and without a year
//! (`March 3`, `Jan. 5`, `Tuesday, March 3`, `13 July 2023`, `July 13, 2023`,
//! `1996-08-30`, or in parentheses); agency tags in parentheses, between
//! slashes, bare after the date or alone, between dashes (`--(BUSINESS WIRE)--`)
//! and in press-release blocks (`/ ACCESSWIRE / ... /`); and every separator.
//! Some are foreign: day-first German, French, Spanish, Portuguese and Italian
//! dates (`Berlin, 13. Juli 2023 (dpa) -`), and, in the agencies' own scripts,
//! TASS (`МОСКВА, 13 июля. /ТАСС/.`), RIA Novosti
//! (`МОСКВА, 13 июл - РИА Новости.`), Arabic tags (`القاهرة (رويترز) -`),
//! Xinhua (`新华社北京7月13日电`, whose reporter credit `（记者 王明）` is the
//! article's byline) and Kyodo (`【東京共同】`). Bylines come in each
//! [`BylineStyle`]: after a comma, a bar, a slash, a dash or `For`, with the
//! affiliation on a line of its own, or names alone under the headline.
//!
//! | strategy | yields |
//! | --- | --- |
//! | [`articles`] | an [`ArticleSpec`] and a [`Layout`] to write it in |
//! | [`article`] | an [`ArticleSpec`] fit for a given layout |
//! | [`dateline`] | a [`DatelineSpec`]; its `Display` writes it |
//! | [`date`] | a [`DateSpec`] |
//! | [`byline`] | a [`BylineSpec`] in any [`BylineStyle`]; its `Display` writes it |
//! | [`layout`] | a [`Layout`] |
//!
//! # Examples
//!
//! ```
//! use dateline::generate::{articles, Layout};
//! use proptest::strategy::{Strategy, ValueTree};
//! use proptest::test_runner::TestRunner;
//!
//! let mut runner = TestRunner::deterministic();
//! let (spec, layout) = articles().new_tree(&mut runner)?.current();
//! let text = spec.render(layout);
//! let article = dateline::parse(&text);
//! assert_eq!(article.headline().map(|h| h.as_str()), spec.headline.as_deref());
//! assert_eq!(article.paragraphs().count(), spec.paragraph_count());
//! # Ok::<(), proptest::test_runner::Reason>(())
//! ```

use core::fmt::Write as _;

use proptest::prelude::*;
use proptest::sample::select;

use crate::article::TrailerKind;
use crate::dateline::SeparatorKind;

/// How an article is laid out as text.
///
/// # Examples
///
/// ```
/// use dateline::generate::{Layout, Style};
/// let layout = Layout { style: Style::Wire, crlf: true, bom: false };
/// assert_eq!(layout.line_end(), "\r\n");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Layout {
    /// Where paragraphs start and how lines are wrapped.
    pub style: Style,
    /// End lines with `\r\n` instead of `\n`.
    pub crlf: bool,
    /// Start the text with a UTF-8 byte-order mark.
    pub bom: bool,
}

impl Layout {
    /// The line ending the layout writes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(dateline::generate::Layout::default().line_end(), "\n");
    /// ```
    #[must_use]
    pub fn line_end(self) -> &'static str {
        if self.crlf { "\r\n" } else { "\n" }
    }
}

/// Where paragraphs start and how lines are wrapped.
///
/// # Examples
///
/// ```
/// use dateline::generate::Style;
/// assert_eq!(Style::default(), Style::BlankLines);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Style {
    /// Each paragraph on one line, a blank line between paragraphs.
    #[default]
    BlankLines,
    /// The Reuters wire: ALL-CAPS headline, paragraphs indented four spaces and
    /// hard-wrapped at 65 columns, no blank lines inside the body.
    Wire,
    /// Each paragraph on its own line, no blank lines inside a section.
    OnePerLine,
}

/// The ground truth of an article: its parts as owned strings.
///
/// [`render`](ArticleSpec::render) writes it as text; parsing that text gives
/// these parts back. Paragraphs are single lines here: in the wire layout they
/// are hard-wrapped, so compare them with whitespace runs collapsed.
///
/// # Examples
///
/// ```
/// use dateline::generate::{ArticleSpec, Layout, SectionSpec};
/// let spec = ArticleSpec {
///     headline: Some("Harbor Bridge Reopens".into()),
///     sections: vec![SectionSpec { heading: None, paragraphs: vec!["Traffic moved slowly at first.".into()] }],
///     ..ArticleSpec::default()
/// };
/// assert_eq!(spec.render(Layout::default()), "Harbor Bridge Reopens\n\nTraffic moved slowly at first.\n");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct ArticleSpec {
    /// The headline.
    pub headline: Option<String>,
    /// The deck under the headline.
    pub deck: Option<String>,
    /// The byline; after a Xinhua dateline, the reporters it credits.
    pub byline: Option<BylineSpec>,
    /// The dateline opening the first paragraph.
    pub dateline: Option<DatelineSpec>,
    /// The body's sections; the first has no heading.
    pub sections: Vec<SectionSpec>,
    /// Trailing matter, each its own block.
    pub trailers: Vec<TrailerSpec>,
}

/// A byline: the authors, what they write for, and how the line is written.
///
/// # Examples
///
/// ```
/// use dateline::generate::{BylineSpec, BylineStyle};
/// let mut b = BylineSpec {
///     authors: vec!["Ann Poe".into(), "Tom Roe".into()],
///     affiliation: Some("Reuters".into()),
///     ..BylineSpec::default()
/// };
/// assert_eq!(b.to_string(), "By Ann Poe and Tom Roe, Reuters");
/// b.style = BylineStyle::Bar;
/// assert_eq!(b.to_string(), "Ann Poe and Tom Roe | Reuters");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct BylineSpec {
    /// The names, in order.
    pub authors: Vec<String>,
    /// The organisation or role after the names.
    pub affiliation: Option<String>,
    /// How the byline is written.
    pub style: BylineStyle,
}

/// How a [`BylineSpec`] is written. The styles that part the names from the
/// affiliation by a mark write a byline without an affiliation as
/// [`BylineStyle::Comma`] does.
///
/// # Examples
///
/// ```
/// use dateline::generate::{BylineSpec, BylineStyle};
/// let written = |style| {
///     BylineSpec { authors: vec!["Ann Poe".into()], affiliation: Some("Staff Writer".into()), style }
///         .to_string()
/// };
/// assert_eq!(written(BylineStyle::Dash), "By Ann Poe - Staff Writer");
/// assert_eq!(written(BylineStyle::RoleLine), "By Ann Poe\nStaff Writer");
/// assert_eq!(written(BylineStyle::Bare), "Ann Poe, Staff Writer");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum BylineStyle {
    /// `By Ann Poe, Tom Roe and Al Moe, Reuters`.
    #[default]
    Comma,
    /// `Ann Poe and Tom Roe | Reuters`: no `By`, a bar before the
    /// affiliation.
    Bar,
    /// `By Ann Poe / Reuters`.
    Slash,
    /// `By Ann Poe - Staff Writer`.
    Dash,
    /// `By Ann Poe`, with the affiliation alone on the next line.
    RoleLine,
    /// `Ann Poe, Staff Writer` or `Ann Poe`: the names without `By`.
    Bare,
    /// `By Ann Poe For The Sacramento Bee`, as the Daily Mail signs.
    For,
}

impl core::fmt::Display for BylineSpec {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.style != BylineStyle::Bare
            && !(self.style == BylineStyle::Bar && self.affiliation.is_some())
        {
            f.write_str("By ")?;
        }
        let n = self.authors.len();
        for (i, a) in self.authors.iter().enumerate() {
            if i > 0 {
                f.write_str(if i + 1 == n { " and " } else { ", " })?;
            }
            f.write_str(a)?;
        }
        if let Some(aff) = &self.affiliation {
            let mark = match self.style {
                BylineStyle::Comma | BylineStyle::Bare => ", ",
                BylineStyle::Bar => " | ",
                BylineStyle::Slash => " / ",
                BylineStyle::Dash => " - ",
                BylineStyle::RoleLine => "\n",
                BylineStyle::For => " For ",
            };
            write!(f, "{mark}{aff}")?;
        }
        Ok(())
    }
}

/// A dateline: its parts as the parser reports them, and how they are written.
///
/// # Examples
///
/// ```
/// use dateline::generate::{DatelineSpec, DateSpec, SourceStyle};
/// use dateline::SeparatorKind;
/// let d = DatelineSpec {
///     place: Some("NEW YORK".into()),
///     date: Some(DateSpec { text: "March 3".into(), year: None, month: 3, day: 3 }),
///     source: Some("Reuters".into()),
///     source_style: SourceStyle::Parens,
///     separator: Some(("-".into(), SeparatorKind::Hyphen)),
/// };
/// assert_eq!(d.to_string(), "NEW YORK, March 3 (Reuters) -");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DatelineSpec {
    /// The place as the parser reports it (`PORTLAND, Ore.`).
    pub place: Option<String>,
    /// The date.
    pub date: Option<DateSpec>,
    /// The agency tag without its brackets.
    pub source: Option<String>,
    /// How the tag is written.
    pub source_style: SourceStyle,
    /// The separator as written and its kind; `None` for a date that ends its line.
    pub separator: Option<(String, SeparatorKind)>,
}

/// How a dateline writes its agency tag (and where its date goes).
///
/// # Examples
///
/// ```
/// use dateline::generate::SourceStyle;
/// assert_ne!(SourceStyle::Parens, SourceStyle::Slashes);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceStyle {
    /// `PLACE, date (TAG) -`.
    Parens,
    /// `PLACE, date /TAG/ --`.
    Slashes,
    /// `PLACE, date, TAG -`.
    Bare,
    /// `PLACE--(TAG)--`.
    Dashes,
    /// `PLACE / TAG / date /`.
    SlashBlock,
    /// `PLACE (date) –`: no tag, the date in parentheses.
    DateInParens,
    /// `PLACE, date. /TAG/.`: TASS, a period before and after the tag; the
    /// separator is the last period.
    PeriodSlashes,
    /// `PLACE, date - TAG.`: RIA Novosti, the agency named after the
    /// separator and closed by a period.
    AfterSeparator,
    /// `TAGPLACEdate电`: Xinhua's dispatch line, no spaces, the separator `电`.
    /// An [`ArticleSpec`] with such a dateline writes its byline as Xinhua's
    /// reporter credit right after it (`（记者 王明、李华）`), not as a block.
    Dispatch,
    /// `【PLACETAG】`: Kyodo's (and Jiji's) lenticular brackets, no separator;
    /// the body follows the bracket on the same line.
    Lenticular,
    /// `PLACE (TAG)` or `(TAG)` with the body run on, no space: CNN's
    /// `WASHINGTON (CNN)The …`.
    RunOn,
    /// `PLACE--(TAG - date) -`: Newsfile's date inside the tag's brackets.
    DatedTag,
    /// `PLACE – date –`: no tag, the date between two dashes (the
    /// separator is the second), as press releases write it.
    DashedDate,
    /// `PLACE, date - (TAG) -`: JCN and ACN Newswire's tag between two
    /// dashes (the separator is the second).
    DashedTag,
    /// `PLACE, date TAG -`: Kyodo's and AAP's tag after the date, with no
    /// brackets or comma.
    AfterDate,
    /// `PLACE. date (TAG) -`: Interfax's period after the place.
    PeriodPlace,
}

/// A dateline's date: the text as written and the parts it names.
///
/// # Examples
///
/// ```
/// use dateline::generate::DateSpec;
/// let d = DateSpec { text: "13 July 2023".into(), year: Some(2023), month: 7, day: 13 };
/// assert_eq!(d.year, Some(2023));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DateSpec {
    /// The date as written.
    pub text: String,
    /// The year, when written.
    pub year: Option<i32>,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month.
    pub day: u32,
}

/// A section: an optional heading and its paragraphs.
///
/// # Examples
///
/// ```
/// use dateline::generate::SectionSpec;
/// let s = SectionSpec { heading: Some("What Comes Next".into()), paragraphs: vec![] };
/// assert!(s.paragraphs.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct SectionSpec {
    /// The heading, `None` for the first section.
    pub heading: Option<String>,
    /// The paragraphs, each one line of text.
    pub paragraphs: Vec<String>,
}

/// A trailer: its kind and text.
///
/// # Examples
///
/// ```
/// use dateline::generate::TrailerSpec;
/// use dateline::TrailerKind;
/// let t = TrailerSpec { kind: TrailerKind::EndMark, text: "###".into() };
/// assert_eq!(t.kind, TrailerKind::EndMark);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TrailerSpec {
    /// What kind of trailer it is.
    pub kind: TrailerKind,
    /// The text, one line.
    pub text: String,
}

/// The space before a separator: none before a colon.
fn gap(sep: &str) -> &'static str {
    if sep == ":" { "" } else { " " }
}

impl DatelineSpec {
    /// Writes the styles that place every part themselves, the separator
    /// included; `None` for the styles [`Display`](core::fmt::Display)
    /// writes part by part.
    fn write_whole(
        &self,
        f: &mut core::fmt::Formatter<'_>,
        place: &str,
        date: Option<&str>,
        source: Option<&str>,
        sep: &str,
    ) -> Option<core::fmt::Result> {
        Some(match self.source_style {
            SourceStyle::Dashes => {
                write!(f, "{place}--({})--", source.unwrap_or(""))
            }
            SourceStyle::SlashBlock => {
                write!(
                    f,
                    "{place} / {} / {} /",
                    source.unwrap_or(""),
                    date.unwrap_or("")
                )
            }
            SourceStyle::PeriodSlashes => {
                write!(
                    f,
                    "{place}, {}. /{}/{sep}",
                    date.unwrap_or(""),
                    source.unwrap_or("")
                )
            }
            SourceStyle::AfterSeparator => {
                write!(
                    f,
                    "{place}, {} {sep} {}.",
                    date.unwrap_or(""),
                    source.unwrap_or("")
                )
            }
            SourceStyle::Dispatch => {
                write!(
                    f,
                    "{}{place}{}{sep}",
                    source.unwrap_or(""),
                    date.unwrap_or("")
                )
            }
            SourceStyle::Lenticular => {
                write!(f, "【{place}{}】", source.unwrap_or(""))
            }
            SourceStyle::RunOn => {
                let gap = if place.is_empty() { "" } else { " " };
                write!(f, "{place}{gap}({})", source.unwrap_or(""))
            }
            SourceStyle::DatedTag => {
                write!(
                    f,
                    "{place}--({} - {}) {sep}",
                    source.unwrap_or(""),
                    date.unwrap_or("")
                )
            }
            SourceStyle::DashedDate => {
                write!(f, "{place} {sep} {} {sep}", date.unwrap_or(""))
            }
            SourceStyle::DashedTag => {
                write!(
                    f,
                    "{place}, {} {sep} ({}) {sep}",
                    date.unwrap_or(""),
                    source.unwrap_or("")
                )
            }
            SourceStyle::AfterDate => {
                write!(
                    f,
                    "{place}, {} {}{}{sep}",
                    date.unwrap_or(""),
                    source.unwrap_or(""),
                    gap(sep)
                )
            }
            SourceStyle::PeriodPlace => {
                write!(
                    f,
                    "{place}. {} ({}){}{sep}",
                    date.unwrap_or(""),
                    source.unwrap_or(""),
                    gap(sep)
                )
            }
            SourceStyle::DateInParens
            | SourceStyle::Parens
            | SourceStyle::Slashes
            | SourceStyle::Bare => return None,
        })
    }
}

impl core::fmt::Display for DatelineSpec {
    /// Writes the dateline as its [`SourceStyle`] says.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let place = self.place.as_deref().unwrap_or("");
        let date = self.date.as_ref().map(|d| d.text.as_str());
        let source = self.source.as_deref();
        let sep = self.separator.as_ref().map_or("", |s| s.0.as_str());
        if let Some(done) = self.write_whole(f, place, date, source, sep) {
            return done;
        }
        let colon = sep == ":";
        // the styles `write_whole` leaves: `DateInParens`, `Parens`,
        // `Slashes` and `Bare`
        f.write_str(place)?;
        if self.source_style == SourceStyle::DateInParens {
            if let Some(d) = date {
                write!(f, " ({d})")?;
            }
        } else {
            if let Some(d) = date {
                if place.is_empty() {
                    f.write_str(d)?;
                } else if self.separator.is_none() {
                    write!(f, " {d}")?;
                } else {
                    write!(f, ", {d}")?;
                }
            }
            if let Some(s) = source {
                let lead = if place.is_empty() && date.is_none() {
                    ""
                } else {
                    " "
                };
                match self.source_style {
                    SourceStyle::Slashes => write!(f, "{lead}/{s}/")?,
                    SourceStyle::Bare if lead.is_empty() => f.write_str(s)?,
                    SourceStyle::Bare => write!(f, ", {s}")?,
                    _ => write!(f, "{lead}({s})")?,
                }
            }
        }
        if !sep.is_empty() {
            if !colon {
                f.write_str(" ")?;
            }
            f.write_str(sep)?;
        }
        Ok(())
    }
}

impl ArticleSpec {
    /// Every paragraph of the body, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::generate::{ArticleSpec, SectionSpec};
    /// let spec = ArticleSpec { sections: vec![SectionSpec { heading: None, paragraphs: vec!["One.".into()] }], ..Default::default() };
    /// assert_eq!(spec.paragraphs().collect::<Vec<_>>(), ["One."]);
    /// ```
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().map(String::as_str))
    }

    /// How many paragraphs the body has.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(dateline::generate::ArticleSpec::default().paragraph_count(), 0);
    /// ```
    #[must_use]
    pub fn paragraph_count(&self) -> usize {
        self.sections.iter().map(|s| s.paragraphs.len()).sum()
    }

    /// Writes the article as text in `layout`.
    ///
    /// Header parts (headline, deck, byline) and trailers are blocks of their
    /// own; the dateline opens the first paragraph (or stands on its own line
    /// when it has no separator, except Kyodo's `【東京共同】`, which runs into
    /// the text); headings are lone lines between blank lines. After a Xinhua
    /// dateline ([`SourceStyle::Dispatch`]) the byline's authors are written as
    /// the reporter credit `（记者 王明、李华）` between the dateline and the
    /// text, and its affiliation is left out. The text ends with a line end.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::generate::{ArticleSpec, Layout, SectionSpec, Style};
    /// let spec = ArticleSpec {
    ///     headline: Some("TIN TALKS END".into()),
    ///     sections: vec![SectionSpec { heading: None, paragraphs: vec!["Talks ended.".into(), "No date was set.".into()] }],
    ///     ..ArticleSpec::default()
    /// };
    /// let text = spec.render(Layout { style: Style::Wire, crlf: false, bom: false });
    /// assert_eq!(text, "TIN TALKS END\n\n    Talks ended.\n    No date was set.\n");
    /// ```
    #[must_use]
    pub fn render(&self, layout: Layout) -> String {
        let nl = layout.line_end();
        let mut out = String::new();
        if layout.bom {
            out.push('\u{feff}');
        }
        let indent = if layout.style == Style::Wire {
            "    "
        } else {
            ""
        };
        let mut blocks: Vec<String> = Vec::new();
        if let Some(h) = &self.headline {
            blocks.push(h.clone());
        }
        if let Some(d) = &self.deck {
            blocks.push(d.clone());
        }
        let style = self.dateline.as_ref().map(|d| d.source_style);
        // Xinhua credits its reporters right after the dispatch line
        let credit = self
            .byline
            .as_ref()
            .filter(|_| style == Some(SourceStyle::Dispatch))
            .map(|b| format!("（记者 {}）", b.authors.join("、")));
        if let Some(b) = self.byline.as_ref().filter(|_| credit.is_none()) {
            // a role line is a line of the byline's block
            let b = b.to_string().replace('\n', &format!("{nl}{indent}"));
            blocks.push(format!("{indent}{b}"));
        }
        let mut dateline = self.dateline.as_ref().map(ToString::to_string);
        for section in &self.sections {
            if let Some(h) = &section.heading {
                blocks.push(h.clone());
            }
            let mut block = String::new();
            for (i, p) in section.paragraphs.iter().enumerate() {
                // the dateline is written whole, never wrapped
                let mut head = String::new();
                if let Some(d) = dateline.take() {
                    head.push_str(&d);
                    // Kyodo's bracket and CNN's tag have no separator but run
                    // into the text
                    let joined =
                        matches!(style, Some(SourceStyle::Lenticular | SourceStyle::RunOn));
                    let alone = !joined
                        && self
                            .dateline
                            .as_ref()
                            .is_some_and(|d| d.separator.is_none());
                    if alone {
                        // a dateline alone on its line: the wire indents the
                        // next line, other layouts leave a blank line
                        head.push_str(nl);
                        if layout.style != Style::Wire {
                            head.push_str(nl);
                        }
                        head.push_str(indent);
                    } else if let Some(c) = &credit {
                        head.push_str(c);
                    } else if !(joined || d.ends_with("--")) {
                        head.push(' ');
                    }
                }
                let para = format!("{head}{p}");
                match layout.style {
                    Style::BlankLines => {
                        if i > 0 {
                            blocks.push(core::mem::take(&mut block));
                        }
                        block = para;
                    }
                    Style::OnePerLine => {
                        if i > 0 {
                            block.push_str(nl);
                        }
                        block.push_str(&para);
                    }
                    Style::Wire => {
                        if i > 0 {
                            block.push_str(nl);
                        }
                        block.push_str(indent);
                        block.push_str(&head);
                        let first = head.rsplit('\n').next().map_or(0, str::len);
                        block.push_str(&wrap(p, first, 65, nl));
                    }
                }
            }
            if !block.is_empty() {
                blocks.push(block);
            }
        }
        for t in &self.trailers {
            blocks.push(t.text.clone());
        }
        for (i, b) in blocks.iter().enumerate() {
            if i > 0 {
                out.push_str(nl);
                out.push_str(nl);
            }
            out.push_str(b);
        }
        if !blocks.is_empty() {
            out.push_str(nl);
        }
        out
    }
}

impl core::fmt::Display for ArticleSpec {
    /// Writes the article in the default [`Layout`]: blank lines between
    /// paragraphs, `\n` line ends, no byte-order mark.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.render(Layout::default()))
    }
}

/// Wraps `text` at spaces so lines are at most `width` bytes where they can
/// be, the first line starting `used` bytes in.
fn wrap(text: &str, used: usize, width: usize, nl: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut line = used;
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            if line + 1 + word.len() > width {
                out.push_str(nl);
                line = 0;
            } else {
                out.push(' ');
                line += 1;
            }
        }
        out.push_str(word);
        line += word.len();
    }
    out
}

const CAPS_CITIES: &[&str] = &[
    "NEW YORK",
    "LONDON",
    "WASHINGTON",
    "PARIS",
    "SAN FRANCISCO",
    "BEIJING",
    "SYDNEY",
    "TOKYO",
    "CHICAGO",
    "BERLIN",
];
const TITLE_CITIES: &[&str] = &["London", "Paris", "Chicago", "Tokyo", "Berlin"];
const REGIONS: &[(&str, &str)] = &[
    ("PORTLAND", "Ore."),
    ("SAN DIEGO", "Calif."),
    ("RALEIGH", "NC"),
    ("AUSTIN", "Texas"),
    ("SPRINGFIELD", "Ill."),
    ("HALIFAX", "Nova Scotia"),
];
const COUNTRIES: &[(&str, &str)] = &[
    ("BEIRUT", "Lebanon"),
    ("KYIV", "Ukraine"),
    ("LIMA", "Peru"),
    ("NAIROBI", "Kenya"),
    ("MANILA", "Philippines"),
];
const PAIRS: &[&str] = &["WASHINGTON/BRUSSELS", "LONDON/PARIS", "TOKYO/SEOUL"];
const PAREN_TAGS: &[&str] = &[
    "Reuters", "AP", "AFP", "dpa", "Xinhua", "CNN", "IANS", "UPI",
];
const SLASH_TAGS: &[&str] = &["PRNewswire", "PRNewswire-FirstCall", "GLOBE NEWSWIRE"];
const BARE_TAGS: &[&str] = &["Reuter", "Reuters", "AP"];
/// Tags written after the date without brackets ([`SourceStyle::AfterDate`]).
const AFTER_DATE_TAGS: &[&str] = &["Kyodo", "AAP"];
/// Tags written after the place's comma, with no date (`Tehran, IRNA --`).
const COMMA_TAGS: &[&str] = &["IRNA", "AZERTAC", "Reuter"];
/// Cities with their country in square brackets, as ANI writes them (with
/// the state in round brackets for a city outside the capital).
const BRACKETED: &[(&str, &str)] = &[
    ("New Delhi", "India"),
    ("Kathmandu", "Nepal"),
    ("Lucknow (Uttar Pradesh)", "India"),
    ("Srinagar (Jammu and Kashmir)", "India"),
];
const DASH_TAGS: &[&str] = &["BUSINESS WIRE", "GLOBE NEWSWIRE"];
const BLOCK_TAGS: &[&str] = &["ACCESSWIRE", "ACCESS Newswire"];
const MONTHS: &[(&str, &str, u32)] = &[
    ("January", "Jan.", 1),
    ("February", "Feb.", 2),
    ("March", "March", 3),
    ("April", "April", 4),
    ("May", "May", 5),
    ("June", "June", 6),
    ("July", "July", 7),
    ("August", "Aug.", 8),
    ("September", "Sept.", 9),
    ("October", "Oct.", 10),
    ("November", "Nov.", 11),
    ("December", "Dec.", 12),
];
/// Tags written between two dashes ([`SourceStyle::DashedTag`]).
const DASHED_TAGS: &[&str] = &["JCN Newswire", "ACN Newswire"];
const SEPARATORS: &[(&str, SeparatorKind)] = &[
    ("—", SeparatorKind::EmDash),
    ("–", SeparatorKind::EnDash),
    ("―", SeparatorKind::HorizontalBar),
    ("--", SeparatorKind::DoubleHyphen),
    ("-", SeparatorKind::Hyphen),
    ("_", SeparatorKind::Underscore),
    (":", SeparatorKind::Colon),
];
const FIRST: &[&str] = &[
    "Ann", "Tom", "Al", "Maria", "Kenji", "Olu", "Ines", "Rafael",
];
const LAST: &[&str] = &[
    "Poe",
    "Roe",
    "Moe",
    "Lindqvist",
    "Okafor",
    "Tanaka",
    "Duarte",
];
/// What a byline's names write for, in any [`BylineStyle`] but `For`.
const AFFILIATIONS: &[&str] = &[
    "Reuters",
    "Associated Press",
    "Staff Writer",
    "BBC News",
    "Miami Herald",
    "The Sacramento Bee",
    "Dailymail.com",
];
/// The papers and sites [`BylineStyle::For`] names.
const PAPERS: &[&str] = &[
    "Dailymail.com",
    "The Sacramento Bee",
    "Miami Herald",
    "the Mail on Sunday",
];
/// Every [`BylineStyle`].
const BYLINE_STYLES: &[BylineStyle] = &[
    BylineStyle::Comma,
    BylineStyle::Bar,
    BylineStyle::Slash,
    BylineStyle::Dash,
    BylineStyle::RoleLine,
    BylineStyle::Bare,
    BylineStyle::For,
];
const STARTERS: &[&str] = &[
    "Officials",
    "Traders",
    "Analysts",
    "Residents",
    "The council",
    "Investors",
    "Engineers",
    "Farmers",
];
const WORDS: &[&str] = &[
    "said", "the", "market", "would", "remain", "open", "after", "a", "long", "week", "of",
    "talks", "over", "prices", "and", "new", "rules", "for", "shipping", "in", "region", "while",
    "others", "expected", "more", "delays", "before", "harvest", "season", "began",
];
const TITLE_WORDS: &[&str] = &[
    "Harbor", "Bridge", "Talks", "Grain", "Prices", "Council", "Vote", "Plan", "Shipping", "Rules",
    "Budget", "Storm", "Harvest", "Water",
];

/// A place in one of the shapes datelines use.
fn place() -> impl Strategy<Value = String> {
    prop_oneof![
        select(CAPS_CITIES).prop_map(String::from),
        select(TITLE_CITIES).prop_map(String::from),
        select(REGIONS).prop_map(|(c, r)| format!("{c}, {r}")),
        select(COUNTRIES).prop_map(|(c, r)| format!("{c}, {r}")),
        select(PAIRS).prop_map(String::from),
        select(BRACKETED).prop_map(|(c, r)| format!("{c} [{r}]")),
    ]
}

/// A date, with or without a year, in one of the forms datelines use.
///
/// # Examples
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let date = dateline::generate::date().new_tree(&mut runner)?.current();
/// assert!((1..=12).contains(&date.month) && (1..=28).contains(&date.day));
/// # Ok::<(), proptest::test_runner::Reason>(())
/// ```
pub fn date() -> impl Strategy<Value = DateSpec> {
    (select(MONTHS), 1u32..=28, 1950i32..=2030, 0u8..10).prop_map(
        |((long, short, month), day, year, form)| match form {
            8 => DateSpec {
                text: format!("{day:02}-{month:02}-{year}"),
                year: Some(year),
                month,
                day,
            },
            6 => DateSpec {
                text: format!("{day:02}.{month:02}.{year}"),
                year: Some(year),
                month,
                day,
            },
            // (slashed, with a day no month has, so that the order reads
            // the same under any place: day first as most of the world
            // writes it, or month first as American copy does)
            7 => DateSpec {
                text: format!("{}/{month}/{year}", day.max(13)),
                year: Some(year),
                month,
                day: day.max(13),
            },
            9 => DateSpec {
                text: format!("{month}/{}/{year}", day.max(13)),
                year: Some(year),
                month,
                day: day.max(13),
            },
            5 => DateSpec {
                text: format!("Tuesday, {long} {day}"),
                year: None,
                month,
                day,
            },
            0 => DateSpec {
                text: format!("{long} {day}"),
                year: None,
                month,
                day,
            },
            1 => DateSpec {
                text: format!("{short} {day}"),
                year: None,
                month,
                day,
            },
            2 => DateSpec {
                text: format!("{day} {long} {year}"),
                year: Some(year),
                month,
                day,
            },
            3 => DateSpec {
                text: format!("{long} {day}, {year}"),
                year: Some(year),
                month,
                day,
            },
            _ => DateSpec {
                text: format!("{short} {day}, {year}"),
                year: Some(year),
                month,
                day,
            },
        },
    )
}

fn separator() -> impl Strategy<Value = (String, SeparatorKind)> {
    select(SEPARATORS).prop_map(|(s, k)| (s.to_string(), k))
}

/// A separator of [`SEPARATORS`] that is a dash.
fn dash() -> impl Strategy<Value = (String, SeparatorKind)> {
    let dashes: Vec<_> = SEPARATORS.iter().filter(|(_, k)| k.is_dash()).collect();
    select(dashes).prop_map(|(s, k)| (s.to_string(), *k))
}

/// The shapes with dashes around a part or a date alone before one:
/// `Nov. 28, 2026 --`, `LONDON – 28 November 2026 –` and
/// `TOKYO, Nov 28, 2026 - (JCN Newswire) -`.
fn dashes() -> impl Strategy<Value = DatelineSpec> {
    let bare_date = (
        date().prop_filter("a date with its year", |d| d.year.is_some()),
        dash(),
    )
        .prop_map(|(date, sep)| DatelineSpec {
            place: None,
            date: Some(date),
            source: None,
            source_style: SourceStyle::Parens,
            separator: Some(sep),
        });
    let dashed = (place(), date(), dash()).prop_map(|(place, date, sep)| DatelineSpec {
        place: Some(place),
        date: Some(date),
        source: None,
        source_style: SourceStyle::DashedDate,
        separator: Some(sep),
    });
    let dashed_tag =
        (place(), date(), select(DASHED_TAGS), dash()).prop_map(|(place, date, s, sep)| {
            DatelineSpec {
                place: Some(place),
                date: Some(date),
                source: Some(s.to_string()),
                source_style: SourceStyle::DashedTag,
                separator: Some(sep),
            }
        });
    prop_oneof![bare_date, dashed, dashed_tag]
}

/// The press-release shapes: `/TAG/ --`, `--(TAG)--` and `/ TAG / date /`.
fn press_release() -> impl Strategy<Value = DatelineSpec> {
    let slashes = (place(), date(), select(SLASH_TAGS)).prop_map(|(place, date, s)| DatelineSpec {
        place: Some(place),
        date: Some(date),
        source: Some(s.to_string()),
        source_style: SourceStyle::Slashes,
        separator: Some(("--".into(), SeparatorKind::DoubleHyphen)),
    });
    let dashes = (select(CAPS_CITIES), select(DASH_TAGS)).prop_map(|(p, s)| DatelineSpec {
        place: Some(p.to_string()),
        date: None,
        source: Some(s.to_string()),
        source_style: SourceStyle::Dashes,
        separator: Some(("--".into(), SeparatorKind::DoubleHyphen)),
    });
    let block = (
        select(REGIONS).prop_map(|(c, r)| format!("{c}, {r}")),
        date(),
        select(BLOCK_TAGS),
    )
        .prop_map(|(place, date, s)| DatelineSpec {
            place: Some(place),
            date: Some(date),
            source: Some(s.to_string()),
            source_style: SourceStyle::SlashBlock,
            separator: Some(("/".into(), SeparatorKind::Slash)),
        });
    // Newsfile: `Ottawa, Ontario--(Newsfile Corp. - November 28, 2026) -`
    let dated = (
        select(REGIONS).prop_map(|(c, r)| format!("{c}, {r}")),
        date().prop_filter("a date with its year", |d| d.year.is_some()),
    )
        .prop_map(|(place, date)| DatelineSpec {
            place: Some(place),
            date: Some(date),
            source: Some("Newsfile Corp.".into()),
            source_style: SourceStyle::DatedTag,
            separator: Some(("-".into(), SeparatorKind::Hyphen)),
        });
    prop_oneof![3 => slashes, 3 => dashes, 3 => block, 1 => dated]
}

/// Agencies' own forms: Kyodo's and AAP's tag after the date (`TOKYO, Nov.
/// 28 Kyodo -`), IRNA's after the place's comma (`Tehran, IRNA --`) and
/// Interfax's period after the place (`MOSCOW. Nov 28 (Interfax) -`).
fn wire_forms() -> impl Strategy<Value = DatelineSpec> {
    let after_date = (place(), date(), select(AFTER_DATE_TAGS), separator()).prop_map(
        |(place, date, s, sep)| DatelineSpec {
            place: Some(place),
            date: Some(date),
            source: Some(s.to_string()),
            source_style: SourceStyle::AfterDate,
            separator: Some(sep),
        },
    );
    let comma_tag =
        (place(), select(COMMA_TAGS), separator()).prop_map(|(place, s, sep)| DatelineSpec {
            place: Some(place),
            date: None,
            source: Some(s.to_string()),
            source_style: SourceStyle::Bare,
            separator: Some(sep),
        });
    let city = prop_oneof![select(CAPS_CITIES), select(TITLE_CITIES)];
    let period =
        (city, date(), select(PAREN_TAGS), separator()).prop_map(|(place, date, s, sep)| {
            DatelineSpec {
                place: Some(place.to_string()),
                date: Some(date),
                source: Some(s.to_string()),
                source_style: SourceStyle::PeriodPlace,
                separator: Some(sep),
            }
        });
    prop_oneof![after_date, comma_tag, period]
}

/// CNN's run-on dateline: `WASHINGTON (CNN)The …` or `(CNN)The …`.
fn run_on() -> impl Strategy<Value = DatelineSpec> {
    proptest::option::of(select(CAPS_CITIES)).prop_map(|place| DatelineSpec {
        place: place.map(String::from),
        date: None,
        source: Some("CNN".into()),
        source_style: SourceStyle::RunOn,
        separator: None,
    })
}

/// Month names of the languages whose agencies write day-first datelines.
const FOREIGN_MONTHS: &[[&str; 12]] = &[
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
];

/// A place and an agency for each language of [`FOREIGN_MONTHS`], in order.
const FOREIGN_LEADS: &[(&str, &str)] = &[
    ("Berlin", "dpa"),
    ("Paris", "AFP"),
    ("Madrid", "EFE"),
    ("Lisboa", "Lusa"),
    ("Milano", "ANSA"),
];

/// Day-first datelines in German, French, Spanish, Portuguese and Italian:
/// `Berlin, 13. Juli 2023 (dpa) -`, `Madrid, 13 de julio de 2023 (EFE) -`.
fn foreign() -> impl Strategy<Value = DatelineSpec> {
    (
        0usize..FOREIGN_LEADS.len(),
        1u32..=12,
        1u32..=28,
        1950i32..=2030,
        any::<bool>(),
    )
        .prop_map(|(lang, month, day, year, with_year)| {
            let (place, tag) = FOREIGN_LEADS
                .get(lang)
                .copied()
                .unwrap_or(("Berlin", "dpa"));
            let name = FOREIGN_MONTHS
                .get(lang)
                .and_then(|m| m.get(month as usize - 1))
                .copied()
                .unwrap_or("Juli");
            let text = match (lang, with_year) {
                (0, true) => format!("{day}. {name} {year}"),
                (0, false) => format!("{day}. {name}"),
                (2 | 3, true) => format!("{day} de {name} de {year}"),
                (2 | 3, false) => format!("{day} de {name}"),
                (_, true) => format!("{day} {name} {year}"),
                (_, false) => format!("{day} {name}"),
            };
            DatelineSpec {
                place: Some(place.to_string()),
                date: Some(DateSpec {
                    text,
                    year: with_year.then_some(year),
                    month,
                    day,
                }),
                source: Some(tag.to_string()),
                source_style: SourceStyle::Parens,
                separator: Some(("-".into(), SeparatorKind::Hyphen)),
            }
        })
}

/// Russian month names in the genitive, as TASS writes them, and the
/// abbreviations RIA Novosti uses, January first.
const RUSSIAN_MONTHS: [(&str, &str); 12] = [
    ("января", "янв"),
    ("февраля", "фев"),
    ("марта", "мар"),
    ("апреля", "апр"),
    ("мая", "мая"),
    ("июня", "июн"),
    ("июля", "июл"),
    ("августа", "авг"),
    ("сентября", "сен"),
    ("октября", "окт"),
    ("ноября", "ноя"),
    ("декабря", "дек"),
];

/// Russian places in capitals, as TASS and RIA Novosti write them.
const RUSSIAN_PLACES: &[&str] = &[
    "МОСКВА",
    "САНКТ-ПЕТЕРБУРГ",
    "НОВОСИБИРСК",
    "КАЗАНЬ",
    "ВЛАДИВОСТОК",
    "НИЖНИЙ НОВГОРОД",
    "МИНСК",
];

/// A Russian day-first date: `13 июля`, `2 ДЕКАБРЯ 2025`, or RIA's `13 июл`.
fn russian_date(abbreviated: bool) -> impl Strategy<Value = DateSpec> {
    (
        1u32..=12,
        1u32..=28,
        1950i32..=2030,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(move |(month, day, year, with_year, caps)| {
            let (long, short) = RUSSIAN_MONTHS
                .get(month as usize - 1)
                .copied()
                .unwrap_or(("июля", "июл"));
            let name = if abbreviated { short } else { long };
            let name = if caps {
                name.to_uppercase()
            } else {
                name.to_string()
            };
            // RIA Novosti leaves the year out
            let year = (with_year && !abbreviated).then_some(year);
            let text = match year {
                Some(y) => format!("{day} {name} {y}"),
                None => format!("{day} {name}"),
            };
            DateSpec {
                text,
                year,
                month,
                day,
            }
        })
}

/// TASS's `МОСКВА, 13 июля. /ТАСС/.` and RIA Novosti's
/// `МОСКВА, 13 июл - РИА Новости.`.
fn russian() -> impl Strategy<Value = DatelineSpec> {
    let tass =
        (select(RUSSIAN_PLACES), russian_date(false)).prop_map(|(place, date)| DatelineSpec {
            place: Some(place.to_string()),
            date: Some(date),
            source: Some("ТАСС".into()),
            source_style: SourceStyle::PeriodSlashes,
            separator: Some((".".into(), SeparatorKind::Other)),
        });
    let ria = (
        select(RUSSIAN_PLACES),
        russian_date(true),
        select(
            &[
                ("-", SeparatorKind::Hyphen),
                ("—", SeparatorKind::EmDash),
                ("–", SeparatorKind::EnDash),
            ][..],
        ),
    )
        .prop_map(|(place, date, (sep, kind))| DatelineSpec {
            place: Some(place.to_string()),
            date: Some(date),
            source: Some("РИА Новости".into()),
            source_style: SourceStyle::AfterSeparator,
            separator: Some((sep.to_string(), kind)),
        });
    prop_oneof![tass, ria]
}

/// Arab capitals in Arabic script.
const ARABIC_PLACES: &[&str] = &["القاهرة", "بيروت", "عمان", "الرياض", "بغداد", "الكويت"];

/// Arabic wire datelines: `القاهرة (رويترز) -`, a place and an agency tag in
/// Arabic, no date.
fn arabic() -> impl Strategy<Value = DatelineSpec> {
    (
        select(ARABIC_PLACES),
        select(&["رويترز", "كونا"][..]),
        separator(),
    )
        .prop_map(|(place, tag, sep)| DatelineSpec {
            place: Some(place.to_string()),
            date: None,
            source: Some(tag.to_string()),
            source_style: SourceStyle::Parens,
            separator: Some(sep),
        })
}

/// Places Xinhua files from, in Chinese.
const CHINESE_PLACES: &[&str] = &[
    "北京",
    "上海",
    "广州",
    "成都",
    "乌鲁木齐",
    "香港",
    "华盛顿",
    "布鲁塞尔",
    "联合国",
];

/// Xinhua's `新华社北京7月13日电` and `新华社上海2025年12月2日电`.
fn xinhua() -> impl Strategy<Value = DatelineSpec> {
    (
        select(CHINESE_PLACES),
        1u32..=12,
        1u32..=28,
        proptest::option::of(1950i32..=2030),
    )
        .prop_map(|(place, month, day, year)| {
            let text = match year {
                Some(y) => format!("{y}年{month}月{day}日"),
                None => format!("{month}月{day}日"),
            };
            DatelineSpec {
                place: Some(place.to_string()),
                date: Some(DateSpec {
                    text,
                    year,
                    month,
                    day,
                }),
                source: Some("新华社".into()),
                source_style: SourceStyle::Dispatch,
                separator: Some(("电".into(), SeparatorKind::Other)),
            }
        })
}

/// Places Kyodo and Jiji file from, in Japanese.
const JAPANESE_PLACES: &[&str] = &[
    "東京",
    "大阪",
    "名古屋",
    "札幌",
    "福岡",
    "ワシントン",
    "ニューヨーク",
];

/// Kyodo's `【東京共同】` and Jiji's `【大阪時事】`.
fn kyodo() -> impl Strategy<Value = DatelineSpec> {
    (
        select(JAPANESE_PLACES),
        select(&["共同", "共同", "時事"][..]),
    )
        .prop_map(|(place, tag)| DatelineSpec {
            place: Some(place.to_string()),
            date: None,
            source: Some(tag.to_string()),
            source_style: SourceStyle::Lenticular,
            separator: None,
        })
}

/// Datelines in the agencies' own scripts: Russian, Arabic, Chinese, Japanese.
fn own_script() -> impl Strategy<Value = DatelineSpec> {
    prop_oneof![russian(), arabic(), xinhua(), kyodo()]
}

/// Family names for Xinhua's reporter credits.
const CHINESE_FAMILY: &[&str] = &["王", "李", "张", "刘", "陈", "杨", "赵", "周"];
/// Given names for Xinhua's reporter credits.
const CHINESE_GIVEN: &[&str] = &["明", "华", "芳", "建国", "晓东", "丽", "海涛", "静"];

/// The reporters of Xinhua's credit `（记者 王明、李华）`, as a byline without
/// an affiliation.
fn reporters() -> impl Strategy<Value = BylineSpec> {
    proptest::collection::vec(
        (select(CHINESE_FAMILY), select(CHINESE_GIVEN)).prop_map(|(f, g)| format!("{f}{g}")),
        1..=3,
    )
    .prop_map(|authors| BylineSpec {
        authors,
        ..BylineSpec::default()
    })
}

/// A dateline in one of the shapes of the grammar, with its ground truth.
///
/// # Examples
///
/// ```
/// use dateline::generate::SourceStyle;
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// for _ in 0..20 {
///     let spec = dateline::generate::dateline().new_tree(&mut runner)?.current();
///     // a dateline without a separator ends its line, but Kyodo's bracket
///     // and CNN's tag run straight into the text
///     let gap = match (&spec.separator, spec.source_style) {
///         (Some(_), _) => " ",
///         (None, SourceStyle::Lenticular | SourceStyle::RunOn) => "",
///         (None, _) => "\n",
///     };
///     let text = format!("{spec}{gap}Officials said the market would open.");
///     let found = dateline::parse_dateline(&text);
///     let place = found.as_ref().and_then(|d| d.place()).map(|p| p.as_str());
///     assert_eq!(place, spec.place.as_deref());
/// }
/// # Ok::<(), proptest::test_runner::Reason>(())
/// ```
pub fn dateline() -> impl Strategy<Value = DatelineSpec> {
    let parens = (
        proptest::option::of(place()),
        proptest::option::of(date()),
        proptest::option::of(select(PAREN_TAGS)),
        separator(),
    )
        .prop_filter("a dateline needs a part", |(p, d, s, _)| {
            p.is_some() || d.is_some() || s.is_some()
        })
        .prop_filter("a date needs a place or tag", |(p, d, s, _)| {
            d.is_none() || p.is_some() || s.is_some()
        })
        .prop_map(|(place, date, source, sep)| {
            let place = if place.is_none() && date.is_some() {
                Some("LONDON".to_string())
            } else {
                place
            };
            DatelineSpec {
                place,
                date,
                source: source.map(String::from),
                source_style: SourceStyle::Parens,
                separator: Some(sep),
            }
        });
    let bare =
        (place(), date(), select(BARE_TAGS), separator()).prop_map(|(place, date, s, sep)| {
            DatelineSpec {
                place: Some(place),
                date: Some(date),
                source: Some(s.to_string()),
                source_style: SourceStyle::Bare,
                separator: Some(sep),
            }
        });
    let tag_only =
        (select(&["AP", "Reuters", "AFP"][..]), separator()).prop_map(|(s, sep)| DatelineSpec {
            place: None,
            date: None,
            source: Some(s.to_string()),
            source_style: SourceStyle::Bare,
            separator: Some(sep),
        });
    let in_parens = (place(), date(), separator()).prop_map(|(place, date, sep)| DatelineSpec {
        place: Some(place),
        date: Some(date),
        source: None,
        source_style: SourceStyle::DateInParens,
        separator: Some(sep),
    });
    let iso = (select(CAPS_CITIES), 1950i32..=2030, 1u32..=12, 1u32..=28).prop_map(
        |(p, year, month, day)| DatelineSpec {
            place: Some(p.to_string()),
            date: Some(DateSpec {
                text: format!("{year}-{month:02}-{day:02}"),
                year: Some(year),
                month,
                day,
            }),
            source: None,
            source_style: SourceStyle::Parens,
            separator: None,
        },
    );
    // each arm boxed: a union holds its arms' value trees side by side, and
    // unboxed they overflow a debug build's test stack
    prop_oneof![
        3 => dashes().boxed(),
        6 => parens.boxed(),
        1 => bare.boxed(),
        1 => tag_only.boxed(),
        3 => press_release().boxed(),
        1 => in_parens.boxed(),
        1 => iso.boxed(),
        2 => foreign().boxed(),
        2 => own_script().boxed(),
        1 => run_on().boxed(),
        2 => wire_forms().boxed(),
    ]
}

fn name() -> impl Strategy<Value = String> {
    (select(FIRST), select(LAST)).prop_map(|(f, l)| format!("{f} {l}"))
}

/// A byline of one to three authors, with or without an affiliation, in
/// any [`BylineStyle`] (`For` always names a paper or site).
///
/// # Examples
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let byline = dateline::generate::byline().new_tree(&mut runner)?.current();
/// assert!(!byline.authors.is_empty());
/// # Ok::<(), proptest::test_runner::Reason>(())
/// ```
pub fn byline() -> impl Strategy<Value = BylineSpec> {
    (
        proptest::collection::vec(name(), 1..=3),
        proptest::option::of(select(AFFILIATIONS)),
        select(PAPERS),
        select(BYLINE_STYLES),
    )
        .prop_map(|(authors, aff, paper, style)| BylineSpec {
            authors,
            affiliation: if style == BylineStyle::For {
                Some(paper.into())
            } else {
                aff.map(String::from)
            },
            style,
        })
}

fn title(words: core::ops::RangeInclusive<usize>) -> impl Strategy<Value = String> {
    proptest::collection::vec(select(TITLE_WORDS), words).prop_map(|w| w.join(" "))
}

fn sentence() -> impl Strategy<Value = String> {
    (
        select(STARTERS),
        proptest::collection::vec(select(WORDS), 6..16),
    )
        .prop_map(|(start, words)| format!("{start} {}.", words.join(" ")))
}

/// A paragraph of sentences, longer than 100 characters.
fn paragraph() -> impl Strategy<Value = String> {
    proptest::collection::vec(sentence(), 3..5).prop_map(|s| s.join(" "))
}

fn trailers() -> impl Strategy<Value = Vec<TrailerSpec>> {
    (
        proptest::option::of((name(), proptest::bool::ANY)),
        proptest::option::of((name(), name())),
        proptest::option::of(select(&["Reuters", "REUTER"][..])),
        proptest::option::of(select(&["###", "-30-", "ENDS", "Enditem"][..])),
        proptest::option::of(select(
            &[
                "© 2026 Reuters",
                "Copyright 2026 The Associated Press. All rights reserved.",
            ][..],
        )),
    )
        .prop_map(|(contrib, credits, sign, end, copyright)| {
            let mut out = Vec::new();
            if let Some((n, wire)) = contrib {
                // Bloomberg's form, or the common one
                let text = if wire {
                    format!("--With assistance from {n}.")
                } else {
                    format!("{n} contributed to this report.")
                };
                out.push(TrailerSpec {
                    kind: TrailerKind::Contributors,
                    text,
                });
            }
            if let Some((a, b)) = credits {
                out.push(TrailerSpec {
                    kind: TrailerKind::Credits,
                    text: format!("(Reporting by {a}; Editing by {b})"),
                });
            }
            if let Some(s) = sign {
                out.push(TrailerSpec {
                    kind: TrailerKind::SignOff,
                    text: s.to_string(),
                });
            }
            if let Some(e) = end {
                out.push(TrailerSpec {
                    kind: TrailerKind::EndMark,
                    text: e.to_string(),
                });
            }
            if let Some(c) = copyright {
                out.push(TrailerSpec {
                    kind: TrailerKind::Copyright,
                    text: c.to_string(),
                });
            }
            out
        })
}

/// A layout: any style, with or without `\r\n` and a byte-order mark.
///
/// # Examples
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let layout = dateline::generate::layout().new_tree(&mut runner)?.current();
/// assert!(matches!(layout.line_end(), "\n" | "\r\n"));
/// # Ok::<(), proptest::test_runner::Reason>(())
/// ```
pub fn layout() -> impl Strategy<Value = Layout> {
    (
        select(&[Style::BlankLines, Style::Wire, Style::OnePerLine][..]),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(style, crlf, bom)| Layout { style, crlf, bom })
}

/// An article for `layout`: in the wire layout the headline is in capitals.
///
/// # Examples
///
/// ```
/// use dateline::generate::{article, Layout, Style};
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let layout = Layout { style: Style::Wire, ..Layout::default() };
/// let spec = article(layout).new_tree(&mut runner)?.current();
/// assert!(spec.headline.iter().all(|h| h.to_uppercase() == *h));
/// # Ok::<(), proptest::test_runner::Reason>(())
/// ```
pub fn article(layout: Layout) -> impl Strategy<Value = ArticleSpec> {
    let sections = (
        proptest::collection::vec(paragraph(), 1..4),
        proptest::collection::vec(
            (title(1..=4), proptest::collection::vec(paragraph(), 1..3)),
            0..3,
        ),
    )
        .prop_map(|(first, rest)| {
            let mut out = vec![SectionSpec {
                heading: None,
                paragraphs: first,
            }];
            out.extend(rest.into_iter().map(|(h, p)| SectionSpec {
                heading: Some(h),
                paragraphs: p,
            }));
            out
        });
    (
        proptest::option::of(title(2..=6)),
        proptest::option::of(title(3..=7)),
        proptest::option::of(byline()),
        proptest::option::of(dateline()),
        proptest::option::of(reporters()),
        sections,
        trailers(),
    )
        .prop_map(
            move |(headline, deck, byline, dateline, credit, sections, trailers)| {
                // after a Xinhua dateline the byline is the reporter credit
                let xinhua = dateline
                    .as_ref()
                    .is_some_and(|d| d.source_style == SourceStyle::Dispatch);
                let byline = if xinhua { credit } else { byline };
                let wire = layout.style == Style::Wire;
                let headline = headline.map(|h| if wire { h.to_uppercase() } else { h });
                // bare names at the top of an article are its headline: they
                // are a byline only under one
                let byline = byline.map(|mut b| {
                    if headline.is_none() && b.style == BylineStyle::Bare {
                        b.style = BylineStyle::Comma;
                    }
                    b
                });
                // a deck only stands under a headline
                let deck = deck.filter(|_| headline.is_some()).map(|d| {
                    let mut s = String::new();
                    for (i, w) in d.split(' ').enumerate() {
                        let _ = if i == 0 {
                            write!(s, "{w}")
                        } else {
                            write!(s, " {}", w.to_lowercase())
                        };
                    }
                    s
                });
                ArticleSpec {
                    headline,
                    deck,
                    byline,
                    dateline,
                    sections,
                    trailers,
                }
            },
        )
}

/// An article and a layout to write it in.
///
/// # Examples
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let (spec, layout) = dateline::generate::articles().new_tree(&mut runner)?.current();
/// assert!(spec.render(layout).ends_with('\n'));
/// # Ok::<(), proptest::test_runner::Reason>(())
/// ```
pub fn articles() -> impl Strategy<Value = (ArticleSpec, Layout)> {
    layout().prop_flat_map(|l| article(l).prop_map(move |a| (a, l)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    fn spec(
        place: &str,
        date: Option<&str>,
        source: &str,
        style: SourceStyle,
        sep: Option<(&str, SeparatorKind)>,
    ) -> DatelineSpec {
        DatelineSpec {
            place: Some(place.into()),
            date: date.map(|text| DateSpec {
                text: text.into(),
                year: None,
                month: 7,
                day: 13,
            }),
            source: Some(source.into()),
            source_style: style,
            separator: sep.map(|(s, k)| (s.into(), k)),
        }
    }

    #[test]
    fn own_script_shapes_are_written_as_the_agencies_write_them() {
        let rows = [
            (
                spec(
                    "МОСКВА",
                    Some("13 июля"),
                    "ТАСС",
                    SourceStyle::PeriodSlashes,
                    Some((".", SeparatorKind::Other)),
                ),
                "МОСКВА, 13 июля. /ТАСС/.",
            ),
            (
                spec(
                    "МОСКВА",
                    Some("13 июл"),
                    "РИА Новости",
                    SourceStyle::AfterSeparator,
                    Some(("-", SeparatorKind::Hyphen)),
                ),
                "МОСКВА, 13 июл - РИА Новости.",
            ),
            (
                spec(
                    "القاهرة",
                    None,
                    "رويترز",
                    SourceStyle::Parens,
                    Some(("-", SeparatorKind::Hyphen)),
                ),
                "القاهرة (رويترز) -",
            ),
            (
                spec(
                    "北京",
                    Some("7月13日"),
                    "新华社",
                    SourceStyle::Dispatch,
                    Some(("电", SeparatorKind::Other)),
                ),
                "新华社北京7月13日电",
            ),
            (
                spec("東京", None, "共同", SourceStyle::Lenticular, None),
                "【東京共同】",
            ),
        ];
        for (spec, written) in rows {
            assert_eq!(spec.to_string(), written);
        }
    }

    fn article_with(dateline: DatelineSpec, byline: Option<BylineSpec>) -> ArticleSpec {
        ArticleSpec {
            byline,
            dateline: Some(dateline),
            sections: vec![SectionSpec {
                heading: None,
                paragraphs: vec!["Officials said the market would open.".into()],
            }],
            ..ArticleSpec::default()
        }
    }

    #[test]
    fn xinhua_credits_its_reporters_after_the_dateline() {
        let byline = BylineSpec {
            authors: vec!["王明".into(), "李华".into()],
            ..BylineSpec::default()
        };
        let xinhua = spec(
            "北京",
            Some("7月13日"),
            "新华社",
            SourceStyle::Dispatch,
            Some(("电", SeparatorKind::Other)),
        );
        let with = article_with(xinhua.clone(), Some(byline));
        assert_eq!(
            with.render(Layout::default()),
            "新华社北京7月13日电（记者 王明、李华）Officials said the market would open.\n"
        );
        let without = article_with(xinhua, None);
        assert_eq!(
            without.render(Layout::default()),
            "新华社北京7月13日电 Officials said the market would open.\n"
        );
    }

    #[test]
    fn kyodo_runs_into_the_text() {
        let kyodo = spec("東京", None, "共同", SourceStyle::Lenticular, None);
        let wire = Layout {
            style: Style::Wire,
            ..Layout::default()
        };
        assert_eq!(
            article_with(kyodo, None).render(wire),
            "    【東京共同】Officials said the market would open.\n"
        );
    }

    /// Every own-script shape is generated, and together they stay a minority.
    #[test]
    fn own_script_shapes_are_a_minority() {
        let mut runner = TestRunner::deterministic();
        let strategy = dateline();
        let mut seen = std::collections::HashSet::new();
        let mut own = 0;
        let n = 2000;
        for _ in 0..n {
            let Ok(tree) = strategy.new_tree(&mut runner) else {
                continue;
            };
            let d = tree.current();
            let style = d.source_style;
            let script = d.source.as_deref().map_or("", |s| match s {
                "ТАСС" | "РИА Новости" => "ru",
                "رويترز" | "كونا" => "ar",
                "新华社" => "zh",
                "共同" | "時事" => "ja",
                _ => "",
            });
            if !script.is_empty() {
                own += 1;
                seen.insert((script, style));
            }
        }
        for shape in [
            ("ru", SourceStyle::PeriodSlashes),
            ("ru", SourceStyle::AfterSeparator),
            ("ar", SourceStyle::Parens),
            ("zh", SourceStyle::Dispatch),
            ("ja", SourceStyle::Lenticular),
        ] {
            assert!(seen.contains(&shape), "{shape:?} never generated");
        }
        assert!(own * 5 < n, "{own} of {n} in their own script");
    }
}
