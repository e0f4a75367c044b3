//! The [`Parser`] and its options, and the driver that turns text into an
//! [`Article`]: text → lines → blocks → roles.
//!
//! 1. **Lines** are found with `memchr` (`\n`, `\r\n` and lone `\r` all end one).
//! 2. **Blocks** are runs of non-blank lines. Inside a block a line indented
//!    deeper than the block's shallowest line starts a new paragraph (the wire
//!    layout), and so does a sign-off or end mark line (`Reuter`, `###`); a block of long lines that each end a sentence is one paragraph
//!    per line.
//! 3. **Roles**: the first paragraph-opening lines are tried against the dateline
//!    grammar, in order, until the body has clearly begun. What precedes the
//!    dateline is the header: the first display block is the headline, the next
//!    the deck, a `By ...` line the byline. After it, short display lines
//!    between paragraphs are section headings, and typed trailing matter at the
//!    end (credits, sign-offs, end marks, boilerplate) becomes trailers.

use core::cell::Cell;

use chrono::NaiveDate;

use crate::article::{
    Article, Byline, Heading, Headline, Paragraph, Section, Trailer, TrailerKind,
};
use crate::dateline::SeparatorKind;
use crate::error::{Error, ErrorKind};
use crate::grammar::dateline::{
    self, Found, Strength, dateline_at, dateline_field, place_over_tag, rewrap,
};
use crate::grammar::export::{self, Field};
use crate::grammar::{byline, dotted, headline, markdown, markup, place, trailer};
use crate::many::Articles;
use crate::span::Span;
use crate::text::{self, Line};

/// How many blocks at the top of an article are searched for a database
/// export's body marker (a `LexisNexis` header has about ten).
const EXPORT_BLOCKS: usize = 16;

/// How many lines from the top a page saved as Markdown may set its title
/// on ([`Driver::markdown_title`]).
const MARKDOWN_LINES: usize = 60;

/// How many lines a note file's front matter may run to, its `---` lines
/// with them.
const MARKDOWN_FRONT_LINES: usize = 30;

/// The most bytes of a site's source line in the header (`Source: Xinhua`;
/// with its stamp and editor, `Source: Xinhua| 2026-03-04 10:15:30|Editor:
/// Li Yan`).
const MAX_SOURCE_LINE: usize = 80;

/// The most bytes of a section's name before the colon in the Financial
/// Times' headlines (`Survey of Poland (6): …`).
const MAX_FT_SECTION: usize = 40;

/// The longest line of a Markdown page's top opening with a letter (a
/// control, a site's name): a longer one is prose, under which no title is
/// looked for.
const MARKDOWN_PROSE: usize = 200;

/// The longest line of a Markdown page's top opening with a letter and
/// ending in a stop (a promo's sentence) read as no prose.
const MARKDOWN_SENTENCE: usize = 100;

/// The most lines (blank ones aside) read under a Markdown page's title
/// before its story.
const MARKDOWN_HEADER_LINES: usize = 24;

/// How many lines under a Markdown page's line are looked at for more of
/// the header ([`Driver::md_header_under`]).
const MARKDOWN_LOOK: usize = 3;

/// The longest line with no sentence's end under a Markdown page's title
/// read as furniture (`Advertisement`, `Share this article`).
const MARKDOWN_SHORT: usize = 60;

/// How many lines of a first block with no blank line in it are searched
/// for a database export's body marker.
const EXPORT_LINES: usize = 48;

/// How many lines of a research corpus' record are read for its header
/// elements before its story ([`Driver::record_header`]).
const RECORD_LINES: usize = 80;

/// How many lines under an element's opening tag its closing tag is looked
/// for on; an element not closed by then holds others (`<DOC>`, `<head>`).
const ELEMENT_LINES: usize = 12;

/// How many bytes after an element's opening tag its closing tag is looked
/// for in at most (with [`ELEMENT_LINES`]): a line of a million tags is
/// searched a bounded length for each.
const ELEMENT_BYTES: usize = 4096;

/// How many tags and control codes of a record's header are read before
/// its story ([`Driver::record_header`]): with [`ELEMENT_BYTES`], the
/// walk's time and the trailers it makes are bounded whatever the lines
/// hold.
const RECORD_TAGS: usize = 256;

/// The most lines of words between a record's header elements and its
/// story's tag ([`Driver::loose_record_lines`]): the NYT service's
/// operator, byline and copyright.
const MAX_LOOSE_LINES: usize = 4;

/// The most lines of Factiva's header block.
const FACTIVA_LINES: usize = 14;

/// The indent from which a line of an export's header is centred: the
/// publication's name, date or edition, never the headline.
const CENTRED_INDENT: usize = 8;

/// The most blocks over a release's label read as its issuer's
/// ([`Driver::issuer_blocks`]).
const MAX_ISSUER_BLOCKS: usize = 3;

/// How many blocks at the top of an article are searched for the dateline.
const HEADER_BLOCKS: usize = 8;

/// The most bytes of a wire's priority line, its indent and line end with
/// it, that the header's parts read ([`headline::is_priority_line`]).
const MAX_PRIORITY_RAW: usize = 40;

/// The most bytes of a story searched for a report credited to the paper
/// named after its headline ([`Driver::reports`]).
const MAX_REPORT_SEARCH: usize = 4096;

/// The most bytes of a wire terminal's header line, its indent and line end
/// with it, that the dateline search passes over
/// ([`trailer::is_transmission_line`]: `ANSA  28/11/2026  13:05`).
const MAX_TRANSMISSION_RAW: usize = 80;

/// The fewest words of a headline under a section's name off a page, less
/// one ([`section_over_title`]): names over a role of four words are none
/// (`Ann Poe` / `Security and Crime Correspondent`).
const MIN_TITLE_WORDS: usize = 5;

/// Whether the line `t` is a section's name over the headline `title` off
/// a page, as the Guardian sets it on the line over the headline in its
/// block (`European Union` / `EU leaders split over plan to use frozen
/// assets`): [`headline::is_section_over`], with a headline of six words or
/// more under it (its first line, where it wraps onto a second that opens
/// in lower case: a business journal's `Health Care` / `Cambridge biotech
/// cuts 60 jobs, pauses` / `lead kidney program`); not a tabloid's word in
/// capitals over its deck (`BLACKOUT`), names (`By Ann Poe`) or a paper's
/// name.
fn section_over_title(t: &str, title: &str) -> bool {
    title.split(' ').nth(MIN_TITLE_WORDS).is_some()
        && first_of_wrap(title).is_some_and(|first| headline::is_section_over(t, first))
        && t.bytes().any(|b| b.is_ascii_lowercase())
        && !t.starts_with("By ")
        && !headline::is_masthead(t)
}

/// The most bytes of a headline's first line wrapped in a narrow column
/// ([`first_of_wrap`]): a standfirst's lines are longer (`Welsh-language
/// poet and broadcaster who brought the National Eisteddfod` / `to a
/// television audience`).
const MAX_WRAPPED_TITLE_LINE: usize = 60;

/// `title` where it is one line; its first line where its second, its
/// last, opens in lower case, and it is at most [`MAX_WRAPPED_TITLE_LINE`]
/// bytes (a headline wrapped); else none ([`section_over_title`]).
fn first_of_wrap(title: &str) -> Option<&str> {
    let title = text::trim(title);
    let Some(at) = memchr::memchr2(b'\n', b'\r', title.as_bytes()) else {
        return Some(title);
    };
    let rest = text::trim_start(title.get(at..)?);
    (at <= MAX_WRAPPED_TITLE_LINE
        && runs_on(rest)
        && memchr::memchr2(b'\n', b'\r', rest.as_bytes()).is_none())
    .then(|| text::trim_end(title.get(..at).unwrap_or(title)))
}

/// Whether the trimmed line `t` is one a wire's terminal prints over the
/// story: its transmission matter ([`trailer::is_transmission_line`]) or a
/// priority ([`headline::is_priority_line`]).
fn is_terminal_line(t: &str) -> bool {
    trailer::is_transmission_line(t) || headline::is_priority_line(t)
}

/// The most lines of a wire terminal's header over a title with no blank
/// line under them ([`Driver::title_lines`]).
const MAX_TERMINAL_LINES: usize = 4;

/// The fewest bytes of the first two lines of a hard-wrapped story under a
/// title with no blank line between ([`Driver::title_lines`]).
const MIN_WIRE_LINE: usize = 40;

/// The New York Times archive's label before a repeated lead paragraph.
const LEAD: &str = "LEAD: ";

/// The New York Times archive's `LEAD:` label ending `head`, the text
/// before a dateline without the blank space before it, if it stands there
/// (its span is `head`'s offsets, which are the text's).
#[inline(never)]
fn lead_label(head: &str) -> Option<Span> {
    let label = LEAD.trim_end();
    let from = head.len().checked_sub(label.len())?;
    (head.get(from..) == Some(label)).then(|| Span::new(from, head.len()))
}

/// The most points of a deck in sentence case under a page's title, a line
/// each ([`Driver::page_title`]).
const MAX_DECK_POINTS: usize = 4;

/// The fewest characters of the story's first paragraph, one line, under a
/// page's header in its block, with more blocks under it
/// ([`Driver::page_header`]).
const MIN_RUN_ON_PARAGRAPH: usize = 60;

/// How many lines open a page's first block, searched for its header when
/// the page has no blank lines ([`Driver::page_header`]).
const PAGE_HEADER_LINES: usize = 16;

/// The most lines of a page's furniture over its title (a site's name, a
/// menu, a section) that [`Driver::page_header`] passes over.
const MAX_PAGE_FURNITURE: usize = 5;

/// The longest line [`Driver::page_header`] reads over its stamp or byline:
/// a longer one is the story's.
const MAX_PAGE_HEADER_LINE: usize = 200;

/// The longest short line of a page's header ([`Driver::page_header_line`];
/// a one-line block [`Driver::dateline_under_page_blocks`]' quick test
/// counts: a page's control, a stamp, a byline's names), in bytes.
const MAX_PAGE_HEADER_SHORT: usize = 40;

/// How many blocks at the top of a page copied with a blank line between
/// its header's lines are searched for the dateline under them
/// ([`Driver::dateline_under_page_blocks`]).
const MAX_PAGE_BLOCKS: usize = 16;

/// How many blocks under a colon dateline with an unknown place are read
/// for a transcript's speaker labels ([`Driver::speakers_near`]).
const SPEAKER_BLOCKS: usize = 4;
/// The most bytes of a headline or standfirst written as sentences over a
/// byline ([`Driver::over_byline`]).
const MAX_STANDFIRST: usize = 300;

/// The most bytes of a line under a byline that may be its title or
/// affiliation; a longer one is the story's ([`Driver::byline_over_story`]).
const MAX_BYLINE_TITLE: usize = 60;

/// The most blocks naming a release's ministers over it
/// ([`Driver::minister_blocks`]).
const MAX_MINISTER_BLOCKS: usize = 2;

/// The most points of a summary under its label over the story
/// ([`Driver::summary_points_last`]).
const MAX_SUMMARY_POINTS: usize = 5;

/// How many lines of a header block are searched for the dateline.
const HEADER_LINES: usize = 4;
/// The most time stamps between a page's label and the headline under it
/// ([`Driver::labels_over`]).
const MAX_STAMPS_UNDER_LABEL: usize = 2;
/// The most lines of a header block with no blank line in it that the
/// dateline search looks under ([`Driver::long_header`]).
const MAX_LONG_HEADER: usize = 16;
/// The most parts of a page's labels stacked over a headline
/// ([`Driver::labels_over`]): a site's name, its section and subsection.
const MAX_STACKED_LABELS: usize = 3;
/// The most lines of a block [`Driver::dateline_under_header`] searches
/// for the dateline under header lines run together: a page copied one
/// line a paragraph sets a dozen over it (crumbs, title, standfirst, names,
/// role, stamps, `Share`, `3 min read`), a broadcaster's page its share bar
/// a button a line too (`Copy URL` / `Email` / `Facebook` / …).
const MAX_HEADER_RUN: usize = 20;
/// The most lines of a block of time stamps and a byline read as the
/// header of an article with no dateline ([`Driver::stamp_block`]).
const MAX_STAMP_BLOCK: usize = 6;
/// The most lines of a block read as a headline with what pages set under
/// it ([`Driver::title_block`]): a section, headline, standfirst, byline,
/// role, stamp and its buttons.
const MAX_TITLE_BLOCK: usize = 12;
/// The longest headline after an agency's credit on its line, in bytes
/// ([`Driver::display_after`]): headlines run to about 15 words, and a
/// story's first sentence that ends in an abbreviation, which also reads as
/// display text, is most often longer.
const MAX_CREDITED_HEADLINE: usize = 120;
/// The longest title run on into the story on its line, its credit's
/// bracket included, in bytes ([`Driver::run_on_title`]).
const MAX_RUN_ON_TITLE: usize = 200;
/// The most brackets on a run-on title's line tried as its credit's or its
/// dateline's ([`Driver::run_on_title`]).
const MAX_RUN_ON_BRACKETS: usize = 3;
/// The longest line (in bytes) above a line of a block that runs on into
/// the story for that line to be searched for a dateline (a quick test
/// before [`Driver::header_lines`]).
const MAX_HEADER_LINE: usize = 150;
/// The shortest line under a place alone that reads as the story's first
/// paragraph in the place's block ([`Driver::place_over_story`], and under
/// its stamp, [`Driver::place_over_stamp`]), in bytes: longer than a line
/// of a story wrapped by hand.
const MIN_STORY_LINE: usize = 100;

/// A reusable, configured article parser.
///
/// [`parse`](crate::parse) is `Parser::new().parse(text)` without the `Result`:
/// with no options set, parsing cannot fail. Options are set with builder
/// methods; the ones that can fail (`max_len`, `require_*`) make
/// [`Parser::parse`] return an [`Error`] saying what the input broke and where.
///
/// A `Parser` is cheap to clone, `Send` and `Sync`: share one across threads.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use dateline::Parser;
///
/// let parser = Parser::new()
///     .reference_date(NaiveDate::from_ymd_opt(1987, 3, 1).ok_or("bad date")?)
///     .max_len(1 << 20);
/// let article = parser.parse("COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued.")?;
/// let date = article.dateline().and_then(|d| d.date()).and_then(|d| d.to_naive_date());
/// assert_eq!(date, NaiveDate::from_ymd_opt(1987, 2, 26));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Parser {
    reference_date: Option<NaiveDate>,
    max_len: Option<usize>,
    require_dateline: bool,
    require_headline: bool,
    require_date: bool,
    threads: usize,
}

impl Parser {
    /// A parser with no options set.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = dateline::Parser::new().parse("PARIS (AFP) - Hi.")?;
    /// assert!(article.dateline().is_some());
    /// # Ok::<(), dateline::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Parser::default()
    }

    /// The date the article was published or filed, used to give a year to
    /// dates written without one: the year that puts the date nearest to it.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let reference = NaiveDate::from_ymd_opt(2024, 1, 2).ok_or("bad date")?;
    /// let article = dateline::Parser::new().reference_date(reference).parse("OSLO, Dec 30 - Snow.")?;
    /// let date = article.dateline().and_then(|d| d.date()).and_then(|d| d.to_naive_date());
    /// assert_eq!(date, NaiveDate::from_ymd_opt(2023, 12, 30));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn reference_date(mut self, date: NaiveDate) -> Self {
        self.reference_date = Some(date);
        self
    }

    /// The largest input accepted, in bytes; longer input is an
    /// [`ErrorKind::TooLarge`] error instead of a long run.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = dateline::Parser::new().max_len(8).parse("a text longer than eight bytes");
    /// assert!(err.is_err());
    /// ```
    #[must_use]
    pub fn max_len(mut self, bytes: usize) -> Self {
        self.max_len = Some(bytes);
        self
    }

    /// Strict mode for datelines: an article whose opening holds no dateline is an
    /// [`ErrorKind::MissingDateline`] error.
    ///
    /// # Examples
    ///
    /// ```
    /// let parser = dateline::Parser::new().require_dateline(true);
    /// assert!(parser.parse("No dateline here.").is_err());
    /// assert!(parser.parse("ROME (ANSA) - Sun.").is_ok());
    /// ```
    #[must_use]
    pub fn require_dateline(mut self, yes: bool) -> Self {
        self.require_dateline = yes;
        self
    }

    /// Strict mode for headlines: an article that opens with no headline is an
    /// [`ErrorKind::MissingHeadline`] error.
    ///
    /// # Examples
    ///
    /// ```
    /// let parser = dateline::Parser::new().require_headline(true);
    /// assert!(parser.parse("ROME (ANSA) - Sun.").is_err());
    /// assert!(parser.parse("Sun Returns\n\nROME (ANSA) - Sun.").is_ok());
    /// ```
    #[must_use]
    pub fn require_headline(mut self, yes: bool) -> Self {
        self.require_headline = yes;
        self
    }

    /// Strict mode for dates: an article whose dateline gives no date, or one that
    /// names no real day, is an [`ErrorKind::MissingDate`] error.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let parser = dateline::Parser::new()
    ///     .require_date(true)
    ///     .reference_date(NaiveDate::from_ymd_opt(1987, 3, 1).ok_or("bad date")?);
    /// assert!(parser.parse("ROME (ANSA) - Sun.").is_err());
    /// assert!(parser.parse("ROME, March 2 - Sun.").is_ok());
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn require_date(mut self, yes: bool) -> Self {
        self.require_date = yes;
        self
    }

    /// Parses `text` into an [`Article`], checking the options that can fail.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::TooLarge`] when `text` is longer than [`max_len`](Parser::max_len);
    /// [`ErrorKind::MissingDateline`], [`ErrorKind::MissingHeadline`] or
    /// [`ErrorKind::MissingDate`] when a strict option is set and the article
    /// lacks that part.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::{ErrorKind, Parser};
    /// let err = Parser::new().require_dateline(true).parse("Just text.").unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::MissingDateline);
    /// assert_eq!((err.offset(), err.line(), err.column()), (0, 1, 1));
    /// ```
    pub fn parse<'a>(&self, text: &'a str) -> Result<Article<'a>, Error> {
        if let Some(limit) = self.max_len {
            if text.len() > limit {
                let start = floor_char_boundary(text, limit);
                return Err(Error::new(
                    ErrorKind::TooLarge {
                        limit,
                        len: text.len(),
                    },
                    Span::new(start, text.len()),
                    text,
                ));
            }
        }
        let article = self.parse_total(text);
        let body = || {
            article
                .paragraphs()
                .next()
                .map_or(Span::new(text.len(), text.len()), |p| {
                    Span::new(p.span.start(), p.span.start())
                })
        };
        if self.require_headline && article.headline.is_none() {
            let at = text.len() - text.trim_start_matches(text::is_space).len();
            return Err(Error::new(
                ErrorKind::MissingHeadline,
                Span::new(at, at),
                text,
            ));
        }
        if self.require_dateline && article.dateline.is_none() {
            return Err(Error::new(ErrorKind::MissingDateline, body(), text));
        }
        if self.require_date
            && article
                .dateline
                .as_ref()
                .and_then(|d| d.date.as_ref())
                .and_then(|d| {
                    let full = d.year.is_some() || self.reference_date.is_some();
                    d.to_naive_date().filter(|_| full)
                })
                .is_none()
        {
            let span = article.dateline.as_ref().map_or_else(body, |d| d.span);
            return Err(Error::new(ErrorKind::MissingDate, span, text));
        }
        Ok(article)
    }

    /// Parses `text` with every option but the failing ones: total, never fails.
    #[inline]
    pub(crate) fn parse_total<'a>(&self, text: &'a str) -> Article<'a> {
        let mut article = build(text);
        article.resolve(self.reference_date);
        article
    }

    /// How many threads [`parse_many`](Parser::parse_many) may use; 0 or 1
    /// (the default) parses lazily on the caller's thread.
    ///
    /// With more than one, `parse_many` first splits the whole stream, then
    /// parses the articles on up to `n` scoped threads and yields them in input
    /// order; the result is the same either way.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "PARIS (AFP) - One.\n\n===\n\nROME (ANSA) - Two.";
    /// let one: Vec<_> = dateline::Parser::new().parse_many(text).collect();
    /// let two: Vec<_> = dateline::Parser::new().threads(2).parse_many(text).collect();
    /// assert_eq!(one, two);
    /// ```
    #[must_use]
    pub fn threads(mut self, n: usize) -> Self {
        self.threads = n;
        self
    }

    /// Splits a stream of several articles and parses each one, with this
    /// parser's reference date.
    ///
    /// Articles end at form feeds, at rule lines (`===`, `---`, `* * *`), after
    /// `###` or `-30-` end marks, and where a new headline followed by a
    /// dateline begins (see [`Articles`]). Each article's
    /// [`as_str`](Article::as_str) is its own slice, and all its spans are
    /// offsets into the **whole** `text`. The size limit and strict options
    /// are not applied here: every article is parsed totally.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let text = "TIN TALKS END\n\nLONDON, March 3 - Talks ended.\n\nCOCOA FIRM\n\nLAGOS, March 4 - Cocoa rose.";
    /// let parser = dateline::Parser::new().reference_date(NaiveDate::from_ymd_opt(1987, 3, 10).ok_or("date")?);
    /// let articles: Vec<_> = parser.parse_many(text).collect();
    /// assert_eq!(articles.len(), 2);
    /// let second = &articles[1];
    /// assert_eq!(second.headline().map(|h| h.span().range()), Some(47..57));
    /// let date = second.dateline().and_then(|d| d.date()).and_then(|d| d.to_naive_date());
    /// assert_eq!(date, NaiveDate::from_ymd_opt(1987, 3, 4));
    /// # Ok::<(), &str>(())
    /// ```
    pub fn parse_many<'a>(&self, text: &'a str) -> Articles<'a> {
        if self.threads > 1 {
            Articles::parallel(text, self.reference_date, self.threads)
        } else {
            Articles::lazy(text, self.reference_date)
        }
    }
}

/// The largest char boundary of `text` at or below `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A run of non-blank lines, as a range of line indices.
#[derive(Debug, Clone, Copy)]
struct Block {
    first: usize,
    end: usize,
}

/// A unit of the body: a range of lines (the first one possibly starting late,
/// after a dateline), with what the layout says about it.
#[derive(Debug, Clone, Copy)]
struct Unit {
    span: Span,
    /// Whether the unit is a whole block of one line.
    lone_line: bool,
    /// The index of the block the unit lies in.
    block: usize,
}

/// How many lines at the top of a page's first block are searched for its
/// navigation ([`page_top`]).
const PAGE_TOP_LINES: usize = 8;

/// The most lines of a page's top read as a menu run on past
/// [`PAGE_TOP_LINES`] ([`page_top`]).
const MAX_PAGE_TOP_RUN: usize = 40;

/// The longest line of a copy's top ([`trailer::is_copy_line`]: a reader
/// app's, a print view's) that [`Driver::top_count`] counts, in bytes.
const MAX_TOP_COPY_LINE: usize = 100;

/// The fewest words of a line that ends the search for a page's top: the
/// headline's, or the story's; a site's name has fewer ([`page_top`]).
const PAGE_TOP_WORDS: usize = 6;

/// The lines of a web page's top copied as text over the story's header, in
/// its first block: the skip link, the site's name and the menu (`Skip to
/// content` / `WCPO 9 Cincinnati` / `Home | News | Weather | Sports`), that
/// is, the lines through the last navigation line (a menu or a control,
/// [`trailer::is_navigation`]) among the block's first [`PAGE_TOP_LINES`]
/// and above its first line of [`PAGE_TOP_WORDS`] words or more or opening
/// with `By` (the headline or the byline: the `Share` and `Save` under them
/// are the header's). Returns the line the header starts on, when lines of
/// the block remain under the navigation.
fn page_top(text: &str, lines: &[Line], first: &Block) -> Option<usize> {
    // (a block of a line or two, most articles' headline, has none; but
    // a page's skip link may stand over a section's name: the New York
    // Times' `Skip to content` / `Obituaries`)
    match first.end - first.first {
        0 | 1 => return None,
        2 if !skip_link(trimmed_line(text, lines, first.first)) => return None,
        _ => {}
    }
    let mut last = None;
    for i in first.first..first.end.min(first.first + PAGE_TOP_LINES) {
        let t = trimmed_line(text, lines, i);
        if trailer::is_navigation(t) {
            last = Some(i);
        } else if text::strip_prefix_ci(t, "by ").is_some() || headline_long(t) {
            break;
        }
    }
    // (a long menu a line an item runs on past those lines, as a crawl's
    // page text keeps it: `World` / `U.S.` / `Politics` / … / `Search`)
    let last = last.map(|l| menu_run(text, lines, first, l));
    let top = match last {
        // (a paper's name under the menu, [`headline::is_masthead`]: `Menu
        // Search  Sign In` / `THE GAZETTE-HERALD` / a section / the
        // headline; a section's name there stays, `Local News`)
        Some(l) if headline::is_masthead(trimmed_line(text, lines, l + 1)) => {
            let rest = Block {
                first: l + 1,
                end: first.end,
            };
            masthead_top(text, lines, &rest).unwrap_or(l + 1)
        }
        Some(l) => l + 1,
        // a breadcrumb trail on the first line: `Home / City / Lucknow`,
        // `UAE / Society` (a byline's bar is none: `Ann Poe | Reuters`)
        None if lines
            .get(first.first)
            .is_some_and(|l| crumb_trail_at(text, text::trim_span(text, l.start, l.end))) =>
        {
            first.first + 1
        }
        // a menu from the first line, no control's word among its items
        // (`Arab News` / `Saudi Arabia` / `World` / … / `Opinion`): seven
        // items at least (six lines are a page's furniture at most)
        None => match menu_run(text, lines, first, first.first) {
            l if l >= first.first + MIN_BARE_MENU_RUN => l + 1,
            _ => masthead_top(text, lines, first)?,
        },
    };
    // (nor Factiva's table of codes saved a cell a line, whose short codes
    // read as controls: `HD` / the headline / `BY` / `By Ann Poe`; asked
    // last, of the few blocks with a top)
    let factiva = export::opens_factiva(trimmed_line(text, lines, first.first));
    (top < first.end && !factiva).then_some(top)
}

/// Whether the trimmed line `t` opens as a page's skip link, the first of
/// its controls: `Skip to content`, or the New York Times' links run
/// together, `Skip to contentSkip to site index`. [`page_top`] then reads
/// a block of two lines, where its own test for a control holds the rest.
fn skip_link(t: &str) -> bool {
    text::strip_prefix_ci(t, "skip to ").is_some()
}

/// The last line of a page's menu set an item a line after line `l`, the
/// last navigation line [`page_top`] read, in block `first`: items are short
/// lines of up to three words that end no sentence (`World`, `Fact Check`,
/// `e-Edition`, `AP Logo`), four of them at least, up to
/// [`MAX_PAGE_TOP_RUN`] lines from the block's first. The run stops at a
/// line of a headline's length or a byline; where a byline or a stamp
/// follows the run, its last line is the headline's (a short one: `Storm
/// Nears Coast`), and stays.
#[inline(never)]
fn menu_run(text: &str, lines: &[Line], first: &Block, l: usize) -> usize {
    let end = first.end.min(first.first + MAX_PAGE_TOP_RUN);
    let item = |i: usize| {
        let t = trimmed_line(text, lines, i);
        trailer::is_navigation(t) || menu_item(t)
    };
    let mut last = l;
    while last + 1 < end && item(last + 1) {
        last += 1;
    }
    if last < l + MIN_MENU_RUN {
        return l;
    }
    // (a byline or a stamp under the run: its last line is the headline)
    let under = trimmed_line(text, lines, last + 1);
    if byline::byline(under).is_some() || trailer::classify_header(under).is_some() {
        last -= 1;
    }
    last
}

/// Whether the trimmed line `t` is shaped as a page's menu item on a line
/// of its own: up to three words in [`MAX_MENU_ITEM`] bytes, the first
/// capitalised, ending no sentence (a stop ends an abbreviation's one word,
/// `U.S.`; a word in lower case opens a paper's `e-Edition`).
fn menu_item(t: &str) -> bool {
    t.len() <= MAX_MENU_ITEM
        && t.split(' ').nth(3).is_none()
        && !t.ends_with(['!', '?', ':', ','])
        && !(t.ends_with('.') && t.contains(' '))
        && text::strip_prefix_ci(t, "by ").is_none()
        && (t.starts_with(char::is_uppercase) || t.get(1..2) == Some("-"))
}

/// The fewest items, less one, of a menu from a page's first line with no
/// control's word among them ([`page_top`]).
const MIN_BARE_MENU_RUN: usize = 6;

/// The fewest items of a menu run on past [`PAGE_TOP_LINES`] ([`menu_run`]).
const MIN_MENU_RUN: usize = 4;

/// The longest item of a page's menu on a line of its own ([`menu_run`]).
const MAX_MENU_ITEM: usize = 24;

/// Whether the trimmed line at `span` is a page's breadcrumb trail
/// ([`trailer::is_crumb_trail`]) that reads as no byline (a byline's bar is
/// one: `Ann Poe | Reuters`).
fn crumb_trail_at(text: &str, span: Span) -> bool {
    trailer::is_crumb_trail(text::slice(text, span)) && byline::byline_at(text, span).is_none()
}

/// Whether the header's first line `t` is a site's bar
/// ([`trailer::is_site_bar`]), an archive's citation of the page
/// ([`trailer::is_citation_line`]: Trove's `The Argus (Melbourne, Vic. :
/// 1848 - 1957)  Fri 7 Oct 1898  Page 5`), a printed page's folio
/// ([`trailer::is_folio_line`]: `2 The Pittsburgh Press, Tuesday, January
/// 24, 1978`) or a breadcrumb trail ([`trailer::is_crumb_trail`]:
/// `Companies / Results`), a part of its own over the headline in its
/// block ([`Driver::header_parts`]).
fn bar_or_citation(t: &str) -> bool {
    trailer::is_site_bar(t)
        || trailer::is_citation_line(t)
        || trailer::is_crumb_trail(t)
        || folio_over_title(t)
}

/// [`trailer::is_folio_line`], asked by [`bar_or_citation`]. Out of line:
/// the test is inlined where it is asked most, the page reference's.
#[inline(never)]
fn folio_over_title(t: &str) -> bool {
    trailer::is_folio_line(t)
}

/// Whether the header line `t` is in capitals and may be a headline over a
/// deck in mixed case ([`Driver::header_parts`]): a contact block's label is
/// none (`MEDIA CONTACT` / `Ann Poe`).
fn capital_title(t: &str) -> bool {
    text::is_all_caps(t) && !trailer::opens_contact(t)
}

/// Whether the header part at `span` is furniture the header's other tests
/// leave: a rule between a stacked headline's decks (`----`), or over the
/// headline (`over_headline`) a wire's transmission lines
/// ([`trailer::is_wire_control`]), an agency's name alone (`Xinhua`), a
/// page's control alone (`Sign in`), its breadcrumb trail
/// ([`crumb_trail_at`]), a broadcaster's name and channel (`KDLM 12`,
/// [`station_top`]) or a slug of key words
/// ([`trailer::is_keyword_slug`]: `Sask-Grain-Rail,0389`). Out of line: in
/// the header's loop, these tests cost 0.5% more.
#[inline(never)]
fn is_header_furniture(text: &str, span: Span, over_headline: bool) -> bool {
    let t = text::slice(text, span);
    export::is_rule_line(t)
        || (over_headline
            && (trailer::is_wire_control(t)
                || (t.len() <= MAX_AGENCY_LINE && crate::tables::agencies::is_agency(t))
                // (a filing's exhibit label, `EXHIBIT 99.1`, and its logo's
                // place, `[ACME FOODS LOGO]`: the bracket's byte first, a
                // quick test)
                || trailer::is_exhibit_label(t)
                || (t.ends_with(']') && trailer::is_logo_line(t))
                // (the UN's meeting heading: `Security Council` / `10,055th
                // Meeting (PM)`)
                || (t.ends_with(')') && trailer::is_meeting_heading(t))
                || (t.len() <= trailer::MAX_PAGE_TOP_CONTROL && trailer::is_navigation(t))
                || crumb_trail_at(text, span)
                || export::is_edition_line(t)
                || trailer::is_keyword_slug(t)
                || trailer::is_page_reference(t)
                // (`… more` last, a quick test)
                || (t.ends_with(" more") && trailer::is_more_places(t))
                || trailer::is_mail_furniture(t)
                || export::is_page_fields(t)
                || (t.len() <= export::MAX_SCAN_TEXT_LABEL && export::is_scan_text_label(t))
                || station_top(t)
                // (the Navy's story number and release date, run together
                // as its pages copy: `Story Number: NNS260916-03Release
                // Date: 9/16/2026 11:41:00 AM`)
                || t.starts_with(STORY_NUMBER)))
}

/// Whether the trimmed header line `t` is a desk's word alone
/// ([`headline::is_desk_word`]: `Economy`, `Politics`), which the caller
/// asks over a stamp, and under a headline: page furniture, no deck.
fn desk_over_stamp(t: &str) -> bool {
    // (the length first, a quick test: most header lines are longer)
    t.len() <= MAX_DESK_WORD && headline::is_desk_word(t)
}

/// The most bytes of a desk's word alone ([`desk_over_stamp`]):
/// `Entertainment`'s.
const MAX_DESK_WORD: usize = 13;

/// The label of `ReliefWeb`'s report's kind under its title (`Format:
/// Situation Report`), furniture ([`Driver::header_kind`]).
const REPORT_FORMAT: &str = "Format: ";

/// The label of the Navy's story number over its headline
/// ([`is_header_furniture`]), or under it ([`Driver::header_kind`]).
const STORY_NUMBER: &str = "Story Number:";

/// Whether the header part `t` opens with a broadcaster's name and channel
/// ([`byline::is_station_name`]), alone or over its page's menu items a
/// line each (`WKOL 6 On Your Side` / `Trending` / `Watch Now`; a headline
/// under the name in its block is a part of its own).
fn station_top(t: &str) -> bool {
    // (a part of one line, or call letters opening more: the line's end is
    // looked for in few parts)
    if t.len() <= byline::MAX_STATION_NAME {
        return byline::is_station_name(t);
    }
    byline::opens_call_and_channel(t.as_bytes()) && {
        let end = memchr::memchr2(b'\n', b'\r', t.as_bytes()).unwrap_or(t.len());
        t.get(..end)
            .map(text::trim_end)
            .is_some_and(byline::is_station_name)
    }
}

/// Whether the trimmed line `t` is a logo's text ([`trailer::is_logo_line`])
/// or an issuer and its label ([`labelled_issuer`]). Out of line: asked of
/// the header's parts over the headline, most of them neither.
#[inline(never)]
fn release_art(t: &str) -> bool {
    trailer::is_logo_line(t) || labelled_issuer(t)
}

/// Whether the header part `t` ends with a line naming a press office, in
/// any ASCII case (`Office of Public Affairs`, `Office of Communications`,
/// `Office of the Spokesperson`, `Media Relations`, `Press Office`,
/// `Communications Office`, `Public Affairs Office`), as a public body
/// heads its releases with the office under its name: `National
/// Transportation Safety Board` / `Office of Public Affairs`.
fn press_office(t: &str) -> bool {
    // (the names by their last word, its last letter first: most parts end
    // otherwise)
    let names: &[&str] = match t.as_bytes().last().map(u8::to_ascii_lowercase) {
        Some(b's') if text::ends_with_ci(t, "ions") => {
            &["Media Relations", "Office of Communications"]
        }
        Some(b's') if text::ends_with_ci(t, " affairs") => &["Office of Public Affairs"],
        Some(b'e') if text::ends_with_ci(t, " office") => &[
            "Communications Office",
            "Press Office",
            "Public Affairs Office",
        ],
        Some(b'n') if text::ends_with_ci(t, " spokesperson") => &["Office of the Spokesperson"],
        _ => return false,
    };
    // (each name's length off the end, compared in place, with no search
    // for the line's start)
    names.iter().any(|o| {
        t.len().checked_sub(o.len()).is_some_and(|at| {
            (at == 0 || matches!(t.as_bytes().get(at - 1), Some(b'\n' | b'\r')))
                && t.get(at..).is_some_and(|tail| tail.eq_ignore_ascii_case(o))
        })
    })
}

/// The most header parts under a page's title bar that
/// [`Driver::title_repeated_under`] looks for the headline in.
const MAX_PARTS_TO_TITLE: usize = 4;

/// The fewest fields under the paper's name of an archive's record with no
/// marker ([`Driver::paper_fields`]).
const MIN_PAPER_FIELDS: usize = 3;

/// Whether the trimmed line `t` is a release's issuer and its label after
/// a dash, as the European Commission heads its releases: `European
/// Commission - Press release`, `European Commission - Statement`; or an
/// agency's letters and the label ([`acronym_release`]).
fn labelled_issuer(t: &str) -> bool {
    // (the label's end compared in place, with no search: most lines end
    // otherwise)
    t.len() <= MAX_ISSUER_LINE
        && (ISSUER_LABELS.iter().any(|label| {
            // (the dash's byte first)
            t.len()
                .checked_sub(label.len())
                .filter(|&at| t.as_bytes().get(at + 1) == Some(&b'-'))
                .and_then(|at| Some((t.get(..at)?, t.get(at..)?)))
                .is_some_and(|(issuer, tail)| tail.eq_ignore_ascii_case(label) && is_issuer(issuer))
        }) || acronym_release(t))
}

/// Whether the trimmed line `t` is an agency's letters and its release's
/// label with no dash between, as federal agencies head their releases:
/// `NOAA News Release`, `FEMA Press Release` (two to six capitals, then the
/// label in title case).
fn acronym_release(t: &str) -> bool {
    // (the label's last word first: most lines end otherwise)
    if !t.ends_with(" Release") {
        return false;
    }
    let Some((letters, label)) = t.split_once(' ') else {
        return false;
    };
    (2..=6).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && matches!(label, "News Release" | "Press Release" | "Media Release")
}

/// The labels after an issuer's name and a dash that [`labelled_issuer`]
/// reads, the dash with them.
const ISSUER_LABELS: [&str; 4] = [
    " - press release",
    " - statement",
    " - news release",
    " - media release",
];

/// The longest agency's name alone over the headline that
/// [`is_header_furniture`] looks up (`Xinhua`, `KUNA`), in bytes.
const MAX_AGENCY_LINE: usize = 32;

/// Whether the trimmed line `t` is an issuer's name alone under the line
/// `above`, a science release's type (`Peer-Reviewed Publication` /
/// `Marlow University`) or a newswire's `News provided by`: short, no
/// sentence's stop at its end but a company's (`Zentrix Holdings Corp.`).
fn is_issuer_under(above: &str, t: &str) -> bool {
    trailer::is_release_type(above)
        && t.len() <= MAX_ISSUER_LINE
        && (!t.ends_with(['.', '!', '?', ':']) || headline::is_company_line(t))
}

/// Whether the header part `t` names a release's issuer: a line of it is a
/// company's or a public body's name alone (`UNITED STATES ATTORNEY'S
/// OFFICE` / `SOUTHERN DISTRICT OF CALIFORNIA`, `Embassy of India` /
/// `Washington, D.C.`).
fn is_issuer(t: &str) -> bool {
    text::lines(t, 0).take(MAX_ISSUER_PARTS).any(|l| {
        let l = text::trim(l.get(t));
        headline::is_company_line(l)
            || headline::is_public_body_line(l)
            || headline::is_official_line(l)
            // (the Government of Canada's label of the department over its
            // release: `From: Health Canada`)
            || l.strip_prefix("From: ").is_some_and(|body| {
                body.len() <= MAX_ISSUER_LINE && body.starts_with(char::is_uppercase)
            })
    })
}

/// The most lines of a release's issuer's part read ([`is_issuer`]).
const MAX_ISSUER_PARTS: usize = 3;

/// The longest issuer's name [`is_issuer_under`] reads, in bytes.
const MAX_ISSUER_LINE: usize = 80;

/// Whether the line `t` has [`PAGE_TOP_WORDS`] words or more, as a
/// headline has and a site's name, section or menu does not: words with a
/// letter (a menu's bars and numbers are none).
fn headline_long(t: &str) -> bool {
    t.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .nth(PAGE_TOP_WORDS - 1)
        .is_some()
}

/// The longest author's biography under the names that a page's header
/// holds ([`Driver::author_bio`]), in bytes.
const MAX_AUTHOR_BIO: usize = 200;

/// The most section lines between a site's name and the headline that
/// [`masthead_top`] reads.
const MAX_SECTION_LINES: usize = 3;

/// Where the header starts under a site's name with no menu: the name on
/// the block's first line (an agency or outlet the tables know, a site's
/// address, or up to four words ending in one of the bylines' role words,
/// which hold the words papers are named with: `Reuters`, `DAWN.COM`, `Sky
/// News`, `The Straits Times`; or a paper's name,
/// [`headline::is_masthead`]: `THE NORTHGATE LEDGER`), then up to
/// [`MAX_SECTION_LINES`] lines of a section's name (up to three words), a
/// time stamp or a breadcrumb trail, then the headline (a line of
/// [`PAGE_TOP_WORDS`] words or more). The last of those lines stays, as
/// the headline's kicker, a stamp or furniture.
fn masthead_top(text: &str, lines: &[Line], first: &Block) -> Option<usize> {
    let line = |i: usize| trimmed_line(text, lines, i);
    let name = line(first.first);
    let words = name.split(' ').count();
    let masthead = words <= 4
        && name.starts_with(char::is_uppercase)
        && (crate::tables::agencies::is_agency(name)
            || crate::grammar::source::is_site(name)
            || name.rsplit(' ').next().is_some_and(byline::is_role_word)
            || headline::is_masthead(name));
    if !masthead {
        return None;
    }
    let under = first.first + 1;
    for i in under..first.end.min(under + 1 + MAX_SECTION_LINES) {
        let t = line(i);
        if headline_long(t) {
            // (a headline holds no menu's bars)
            return (!t.contains('|')).then(|| i - usize::from(i > under));
        }
        let section = t.starts_with(char::is_uppercase)
            && t.split_whitespace().count() <= 3
            && t.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '&');
        // (or the page's time stamp, `June 6, 2026`, or a breadcrumb trail,
        // `Sports | High School | Football`)
        let other = || {
            trailer::is_time_stamp(t)
                || lines
                    .get(i)
                    .is_some_and(|l| crumb_trail_at(text, text::trim_span(text, l.start, l.end)))
        };
        if !section && !other() {
            return None;
        }
    }
    None
}

/// Cuts a web page's top ([`page_top`]) from the first of `blocks`, which
/// then starts under it; returns the lines cut, for a `Furniture` trailer.
#[inline(never)]
fn cut_page_top(text: &str, lines: &[Line], blocks: &mut [Block]) -> Option<Span> {
    let b = blocks.first_mut()?;
    let top = page_top(text, lines, b)?;
    let span = Span::new(lines.get(b.first)?.start, lines.get(top - 1)?.end);
    b.first = top;
    Some(span)
}

/// How many of the first blocks are searched for a forwarded story's
/// envelope ([`cut_envelope`]).
const ENVELOPE_BLOCKS: usize = 12;

/// The most bytes of a block over or between a forwarded story's envelopes
/// (a note, a greeting, a signature); a longer block is the story's
/// ([`cut_envelope`]).
const MAX_NOTE_BLOCK: usize = 300;

/// Cuts the envelope of a story forwarded by e-mail from the first of
/// `blocks`: the blocks through the last envelope ([`envelope_block`])
/// among the first [`ENVELOPE_BLOCKS`], and the sender's note under it,
/// under which the story starts. Every block over the last envelope is a
/// short note ([`MAX_NOTE_BLOCK`]) with no dateline, or another envelope;
/// the first envelope opens the text, or under [`MAX_NOTES_OVER_ENVELOPE`]
/// blocks of notes at most opens with the mail program's line (`----------
/// Forwarded message ---------`, a rule): a story may quote a message's
/// headers. Returns the lines cut, for [`Driver::envelope`].
fn cut_envelope(text: &str, lines: &[Line], blocks: &mut Vec<Block>) -> Option<(usize, usize)> {
    // the first envelope, under a note and its sign-off at most
    let top = blocks
        .iter()
        .take(MAX_NOTES_OVER_ENVELOPE + 1)
        .position(|b| envelope_lead(text, lines, b) && envelope_block(text, lines, b))?;
    let short = |b: &Block| short_block(lines, b);
    if top > 0
        && (!forward_mark(trimmed_line(text, lines, blocks.get(top)?.first))
            || !blocks.get(..top)?.iter().all(short))
    {
        return None;
    }
    // the last, over short blocks between them
    let mut last = top;
    for (k, b) in blocks
        .iter()
        .enumerate()
        .take(ENVELOPE_BLOCKS)
        .skip(top + 1)
    {
        if envelope_lead(text, lines, b) && envelope_block(text, lines, b) {
            last = k;
        } else if !short(b) {
            break;
        }
    }
    // (the story under it, and none over it: a dateline in a block over the
    // headers opens the story, which quotes them)
    if last + 1 >= blocks.len()
        || blocks.get(..last)?.iter().any(|b| {
            lines
                .get(b.first)
                .is_some_and(|l| dateline_at(text, l.start, l.end).is_some())
        })
    {
        return None;
    }
    // the sender's note under the envelope (`For the brief.`), over the
    // story's headline or dateline
    let mut note = last;
    while note < last + MAX_NOTES_UNDER_ENVELOPE
        && blocks
            .get(note + 1)
            .is_some_and(|b| note_block(text, lines, b))
    {
        note += 1;
    }
    if note > last
        && blocks.get(note + 1).is_some_and(|b| {
            let first = lines.get(b.first);
            first.is_some_and(|l| dateline_at(text, l.start, l.end).is_some())
                || !ends_paragraph(trimmed_line(text, lines, b.end.saturating_sub(1)))
        })
    {
        last = note;
    }
    let cut = (blocks.first()?.first, blocks.get(last)?.end);
    blocks.drain(..=last);
    Some(cut)
}

/// Cuts a forwarded story's envelope ([`cut_envelope`]) or a newsletter's
/// top ([`cut_newsletter_top`], under its control: `View in browser`,
/// `Having trouble viewing …`) from `blocks`: the lines cut, as either.
/// Out of line: past its callers' quick test, true of few texts.
#[inline(never)]
fn cut_mail_top(text: &str, lines: &[Line], blocks: &mut Vec<Block>) -> Option<MailTop> {
    let letter = blocks
        .first()
        .and_then(|b| lines.get(b.first))
        .is_some_and(|l| letter_lead(text, l));
    if letter {
        cut_newsletter_top(text, lines, blocks).map(|(a, b)| MailTop::Newsletter(a, b))
    } else {
        cut_envelope(text, lines, blocks).map(|(a, b)| MailTop::Envelope(a, b))
    }
}

/// What [`cut_mail_top`] cut over the story, as the first line and the
/// line past the last.
#[derive(Debug, Clone, Copy)]
enum MailTop {
    /// A forwarded story's envelope ([`cut_envelope`]).
    Envelope(usize, usize),
    /// A newsletter's top ([`cut_newsletter_top`]).
    Newsletter(usize, usize),
}

/// Cuts a newsletter's top over the story it leads with from the first of
/// `blocks`: its control alone on the first line (`View in browser`,
/// [`trailer::is_mail_control`]), its title's block (up to
/// [`MAX_NEWSLETTER_TITLE`] short lines ending no sentence: `THE MORNING
/// BRIEF` / `Lakeshore Tribune`, `Ottawa Insider` / `Tuesday, September
/// 10, 2024`), then one to [`MAX_NEWSLETTER_NOTES`] blocks of its greeting
/// and note, short and each ending a sentence or a greeting's comma
/// (`Good morning. Here's what you need to know today.`, `Dear Members,`).
/// The story's label or headline starts under them, ending no sentence.
/// Returns the lines cut, for a `Furniture` trailer.
#[inline(never)]
fn cut_newsletter_top(
    text: &str,
    lines: &[Line],
    blocks: &mut Vec<Block>,
) -> Option<(usize, usize)> {
    let first = blocks.first()?;
    if !trailer::is_mail_control(trimmed_line(text, lines, first.first)) {
        return None;
    }
    // (the title under the control in its block, or in the next)
    let title = if first.end - first.first > 1 {
        Block {
            first: first.first + 1,
            end: first.end,
        }
    } else {
        *blocks.get(1)?
    };
    let titled = title.end - title.first <= MAX_NEWSLETTER_TITLE
        && (title.first..title.end).all(|i| {
            let t = trimmed_line(text, lines, i);
            t.len() <= MAX_HEADER_LINE && !t.ends_with(['.', '!', '?'])
        });
    if !titled {
        return None;
    }
    let from = usize::from(first.end - first.first == 1) + 1;
    let notes = blocks
        .iter()
        .skip(from)
        .take(MAX_NEWSLETTER_NOTES)
        .take_while(|b| {
            let last = trimmed_line(text, lines, b.end.saturating_sub(1));
            short_block(lines, b) && (ends_paragraph(last) || last.ends_with(','))
        })
        .count();
    let last = (from + notes).checked_sub(1)?;
    // (the story's label or headline under them, ending no sentence)
    let under = blocks.get(last + 1)?;
    if notes == 0 || ends_paragraph(trimmed_line(text, lines, under.end.saturating_sub(1))) {
        return None;
    }
    let cut = (blocks.first()?.first, blocks.get(last)?.end);
    blocks.drain(..=last);
    Some(cut)
}

/// The most lines of a newsletter's title ([`cut_newsletter_top`]).
const MAX_NEWSLETTER_TITLE: usize = 3;

/// The fewest words of a line leading into a story, over its headline
/// ([`headline::is_lead_in`]).
const MIN_LEAD_IN_WORDS: usize = 4;

/// The fewest words of a line leading into a story, over its first
/// paragraph ([`headline::is_lead_in`]): `In brief:`.
const MIN_LEAD_IN_OVER_STORY: usize = 2;

/// The most transmission lines over an ANPA wire's coded header
/// ([`Driver::caret_title`]): the feed's line and the category's (`r0183`
/// / `u a BC-Storm 07-23 0159`), under the AP's line of when it sent the
/// story and a stray code in an archive (`AP-NY-07-28-94 2150EST` / `<`).
const MAX_TRANSMISSION_LINES: usize = 3;

/// The most parts of a letterhead over a release's label
/// ([`Driver::letterhead_parts`]).
const MAX_LETTERHEAD_PARTS: usize = 3;

/// The most blocks of a newsletter's greeting and note
/// ([`cut_newsletter_top`]).
const MAX_NEWSLETTER_NOTES: usize = 3;

/// The most blocks of a sender's note and sign-off over a forwarded
/// story's first envelope ([`cut_envelope`]).
const MAX_NOTES_OVER_ENVELOPE: usize = 3;

/// The most blocks of a sender's note under a forwarded story's envelope
/// ([`cut_envelope`]).
const MAX_NOTES_UNDER_ENVELOPE: usize = 2;

/// Whether block `b`, under a forwarded story's envelope, is its sender's
/// note: sentences in [`MAX_NOTE_BLOCK`] bytes and no dateline (`Kemi,
/// pasting below since the link is paywalled.`, `For the agri brief.`).
fn note_block(text: &str, lines: &[Line], b: &Block) -> bool {
    short_block(lines, b)
        && ends_paragraph(trimmed_line(text, lines, b.end.saturating_sub(1)))
        && lines
            .get(b.first)
            .is_some_and(|l| dateline_at(text, l.start, l.end).is_none())
}

/// Whether block `b` holds [`MAX_NOTE_BLOCK`] bytes at most, from its first
/// line's start to its last line's end: a note's, a greeting's or a
/// signature's size over a forwarded story or under a newsletter's title.
fn short_block(lines: &[Line], b: &Block) -> bool {
    let (Some(first), Some(end)) = (lines.get(b.first), lines.get(b.end.saturating_sub(1))) else {
        return false;
    };
    end.end.saturating_sub(first.start) <= MAX_NOTE_BLOCK
}

/// Whether the trimmed line `t` is a mail program's line over a message it
/// forwards ([`markdown::is_forward_line`]: `-----Original Message-----`)
/// or a rule (Outlook's `________________________________`).
fn forward_mark(t: &str) -> bool {
    markdown::is_forward_line(t) || export::is_rule_line(t)
}

/// Whether block `b`'s first line opens as an envelope's may
/// ([`line_lead`]): the quick test of [`envelope_block`].
fn envelope_lead(text: &str, lines: &[Line], b: &Block) -> bool {
    lines.get(b.first).is_some_and(|l| line_lead(text, l))
}

/// Whether `line` opens as an envelope's first line may, by its first
/// bytes (`F` of `From:`, a rule's `-` or `_`, `Be` of `Begin`; a mail's
/// headers stand at the line's start). Asked of the first blocks of every
/// article: a byte or two, and no trim (a trim of each block's first line
/// cost 0.4% more).
#[inline]
fn line_lead(text: &str, line: &Line) -> bool {
    let bytes = text.as_bytes();
    match bytes.get(line.start) {
        Some(b'F' | b'-' | b'_') => true,
        Some(b'B') => bytes.get(line.start + 1) == Some(&b'e'),
        _ => false,
    }
}

/// Whether `line` opens with a newsletter's control's first word, `View`
/// or `Having` ([`cut_newsletter_top`]): its quick test.
#[inline]
fn letter_lead(text: &str, line: &Line) -> bool {
    matches!(
        text.as_bytes().get(line.start..line.start + 4),
        Some(b"View" | b"view" | b"Havi")
    )
}

/// Whether block `b` is an e-mail's envelope over a story it forwards: the
/// mail program's line alone ([`markdown::is_forward_line`]; a rule alone
/// is a story's, `-----` between its parts), or a message's headers a
/// line each from `From:` on ([`markdown::mail_field`]: `From: …` / `Sent:
/// …` / `Subject: …`), two or more, perhaps under that line or a rule.
/// The caller asks [`envelope_lead`] first.
fn envelope_block(text: &str, lines: &[Line], b: &Block) -> bool {
    let first = trimmed_line(text, lines, b.first);
    if b.end - b.first == 1 {
        return markdown::is_forward_line(first);
    }
    let from = b.first + usize::from(forward_mark(first));
    trimmed_line(text, lines, from).starts_with("From:")
        && from + 1 < b.end
        && (from..b.end).all(|i| markdown::mail_field(trimmed_line(text, lines, i)).is_some())
}

/// Whether the text `t`, of more lines than one, is a page's controls a
/// line each: `Menu` / `Search`, a menu's items with a list's marks (`*
/// Travel` / `* World`), a paper's name among them (`Skip to main content`
/// / `THE GAZETTE-STAR`), a text browser's numbered links.
fn controls_block(t: &str) -> bool {
    let items = || {
        t.split(['\n', '\r'])
            .map(text::trim)
            .filter(|l| !l.is_empty())
    };
    items().all(|l| {
        trailer::is_navigation(l)
            || markdown::is_menu_item(l)
            || headline::is_masthead(l)
            || trailer::is_link_reference(l)
    }) || section_menu(items())
}

/// Whether the `items` (a block's trimmed lines) are a page's menu set an
/// item a line, all of them shaped as items ([`menu_item`]), at least
/// [`MIN_MENU_RUN`], and half of them or more a section's name as kickers
/// give it (`Home` / `News` / `Sports` / `Obituaries` / `Opinion` /
/// `Classifieds` / `Contact Us`) or a blog's page ([`SITE_PAGES`]: `About`,
/// `Archive`); the site's name may head them, in
/// capitalised words ([`site_name_over_menu`]: `British Broadcasting
/// Corporation` / `Home` / `News` / `Sport`).
fn section_menu<'t>(items: impl Iterator<Item = &'t str>) -> bool {
    let (mut n, mut named) = (0, 0);
    for (k, t) in items.enumerate() {
        if !menu_item(t) {
            if k == 0 && site_name_over_menu(t) {
                continue;
            }
            return false;
        }
        n += 1;
        named += usize::from(
            crate::tables::words::is_kicker(t)
                || SITE_PAGES.iter().any(|p| p.eq_ignore_ascii_case(t)),
        );
    }
    n >= MIN_MENU_RUN && named * 2 >= n
}

/// A blog's or newsletter's pages as its menu names them, an item a line
/// (`Home` / `About` / `Archive` / `Subscribe`), which [`section_menu`]
/// counts as it does a section's name.
const SITE_PAGES: [&str; 7] = [
    "About",
    "Archive",
    "Archives",
    "Contact",
    "Notes",
    "Podcast",
    "Subscribe",
];

/// Whether the trimmed line `t`, longer than a menu's item, is a site's
/// name over its menu: two to five capitalised words (a joining `of`,
/// `the`, `and` or `&` too) in [`MAX_SITE_NAME`] bytes, no stop at its end
/// (`British Broadcasting Corporation`, `The Northern Valley Chronicle`).
fn site_name_over_menu(t: &str) -> bool {
    t.len() <= MAX_SITE_NAME
        && !t.ends_with(['.', '!', '?', ':', ','])
        && (2..=5).contains(&t.split(' ').count())
        && t.split(' ')
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and" | "&"))
}

/// The longest site's name over its menu ([`site_name_over_menu`]).
const MAX_SITE_NAME: usize = 40;

/// Splits `lines` into blocks, pushed to `out`.
fn blocks(lines: &[Line], out: &mut Vec<Block>) {
    let mut open: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        match (open, line.blank) {
            (None, false) => open = Some(i),
            (Some(first), true) => {
                out.push(Block { first, end: i });
                open = None;
            }
            _ => {}
        }
    }
    if let Some(first) = open {
        out.push(Block {
            first,
            end: lines.len(),
        });
    }
}

/// Small words a hard-wrapped line may end with and a headline does not.
const WRAP_WORDS: [&str; 15] = [
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// Whether the trimmed line `t` names a paper or an agency whole, as a
/// news service sends it under the writer's names: a paper's name
/// ([`headline::is_masthead`]: `The New York Times`, `Lexington
/// Herald-Leader (TNS)`) or an agency's (`Australian Associated Press`).
fn service_line(t: &str) -> bool {
    headline::is_masthead(t) || crate::tables::agencies::is_agency(t)
}

/// The text of line `i` of `lines` (into `text`), trimmed; empty past the
/// table's end.
fn trimmed_line<'t>(text: &'t str, lines: &[Line], i: usize) -> &'t str {
    lines.get(i).map_or("", |l| text::trim(l.get(text)))
}

/// Whether the line `next` runs on a sentence from the line over it, as a
/// paragraph hard-wrapped most often does: it opens in lower case. A line
/// under a headline opens with a capital (`Acme wins drone deal` / `"We're
/// moving faster," an official said.`).
fn runs_on(next: &str) -> bool {
    next.starts_with(char::is_lowercase)
}

/// Whether line text `t` ends in a small word ([`WRAP_WORDS`]: `in`, `the`),
/// as the first line of a hard-wrapped sentence does and a headline rarely.
fn ends_in_wrap_word(t: &str) -> bool {
    t.rsplit(' ')
        .next()
        .is_some_and(|w| WRAP_WORDS.iter().any(|small| small.eq_ignore_ascii_case(w)))
}

/// The most bytes of a line in capitals that a deck in capitals may stand
/// under ([`capitals_deck`]): a paper's column, which a headline wrapped at
/// a page's width does not stop short of.
const MAX_COLUMN_LINE: usize = 40;

/// Whether the trimmed header line `t`, in capitals under the line `above`
/// in capitals, is a deck stacked under it rather than the headline's
/// wrapped end, as old papers stacked their decks and their scans keep
/// them (`29 KILLED IN GERMAN WRECK` / `MANY FOREIGNERS AMONG THE
/// VICTIMS`, `STRIKE SPREADING.` / `EMPLOYERS FIRM.`, and the credit under
/// it, `(REUTER.)`): `above` ends a word of three letters or more with a
/// stop; or it is a column's line ([`MAX_COLUMN_LINE`] bytes at most)
/// ending in no small word ([`WRAP_WORDS`]) and `t` has three words or
/// more, the first no small word but an article (a wrapped headline's end:
/// `ITALY`, `TO THE SENATE`), and opens with no bracket (`(SIX JURORS
/// CHOSEN)`). Never a line with a comma between words or a press office's
/// ([`press_office`]). Out of line: asked of lines under a headline's.
#[inline(never)]
fn capitals_deck(above: &str, t: &str) -> bool {
    if !text::is_all_caps(t)
        || !text::is_all_caps(above)
        // (names and a role, `ELLEN MARSH, DEPARTMENT SPOKESPERSON`, but a
        // figure's comma, `LOSS ESTIMATED AT $150,000.`; a public body's
        // office under its name, `OFFICE OF PUBLIC AFFAIRS`)
        || t.contains(", ")
        || press_office(t)
    {
        return false;
    }
    let stopped = above.strip_suffix('.').is_some_and(|a| {
        a.rsplit(' ')
            .next()
            .is_some_and(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase()))
    });
    if stopped {
        return true;
    }
    if t.starts_with('(') {
        return false;
    }
    let mut words = t.split(' ').filter(|w| !w.is_empty());
    let opener = words.next().unwrap_or("");
    let small = WRAP_WORDS
        .iter()
        .any(|w| !matches!(*w, "a" | "an" | "the") && w.eq_ignore_ascii_case(opener));
    above.len() <= MAX_COLUMN_LINE && !ends_in_wrap_word(above) && !small && words.count() >= 2
}

/// Whether the trimmed line `t` reads as a headline's first line but for
/// its end: a display line ending in a small word, or a comma after display
/// text (`Carnival crowds break attendance record,` / `organizers say`).
#[inline(never)]
fn opens_headline(t: &str) -> bool {
    headline::is_display(t.strip_suffix(',').unwrap_or(t))
}

/// Whether the line `t` under a byline's names reads as a story's
/// sentence, not a role or an outlet: it ends in a stop and has a word of
/// four letters or more in lower case that is no role's (`denied`, `said`;
/// not `Special to The New York Times.`, `Staff Reporter of The Wall
/// Street Journal.`). Read by bytes: the same test by characters changed
/// how unrelated code was compiled and cost 0.07%.
fn story_sentence(t: &str) -> bool {
    let bytes = t.as_bytes();
    matches!(bytes.last(), Some(b'.' | b'!' | b'?'))
        && bytes.split(|&b| b == b' ').any(|w| {
            // (the word's letters and figures, its punctuation after them off)
            let letters = w.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            letters >= 4
                && w.first().is_some_and(u8::is_ascii_lowercase)
                && !w
                    .get(..letters)
                    .and_then(|l| core::str::from_utf8(l).ok())
                    .is_some_and(byline::is_role_word)
        })
}

/// Whether line text `t` ends with a sentence's stop inside closing quotes,
/// as a story's first line after its dateline may (`MARFA, Texas — "If it
/// goes, we all drive ninety miles for milk."`) and a headline does not.
fn quoted_stop(t: &str) -> bool {
    t.ends_with(['"', '”']) && t.trim_end_matches(['"', '”']).ends_with(['.', '?', '!'])
}

/// Whether line text `t` ends as a sentence does and is no time stamp, as
/// a standfirst under a section's label in capitals and the headline does
/// ([`Driver::label_over_standfirst`]; not `Updated 10:45 a.m.` under a
/// headline in capitals and its deck).
fn stopped_standfirst(t: &str) -> bool {
    (t.ends_with(['.', '!', '?']) || quoted_stop(t)) && !trailer::is_time_stamp(t)
}

/// The most bytes of a time of day alone after a dateline
/// ([`Driver::clock_after`]): `11:23 am GMT+3`.
const MAX_CLOCK_ALONE: usize = 24;

/// Whether line text `t` ends as a paragraph does: a sentence's end, a
/// closing quote or bracket, or a colon before a list.
fn ends_paragraph(t: &str) -> bool {
    t.trim_end()
        .ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ':'])
}

/// Whether the trimmed line `t` is the second line of a headline wrapped in
/// sentence case (`Sabah to build 500 new homes for rural poor` / `under
/// state scheme`): a short line in lower case first that ends no sentence.
fn headline_wrap(t: &str) -> bool {
    t.starts_with(char::is_lowercase) && t.len() <= MAX_HEADER_LINE && !ends_paragraph(t)
}

/// Whether the trimmed line `t` is a dump's banner over a record: words
/// between runs of three `=` or more (`=== doc 00412 ===`, `==== Story 3
/// ====`).
fn is_banner(t: &str) -> bool {
    let inner = t.trim_matches('=');
    t.len() - inner.len() >= 6
        && t.ends_with("===")
        && !inner.trim().is_empty()
        && inner.len() <= MAX_BANNER
}

/// The most bytes between a banner's runs of `=` ([`is_banner`]).
const MAX_BANNER: usize = 60;

/// Whether the trimmed header line `t` is a part of its own whatever is
/// around it ([`Driver::header_parts`]): an obituary's title
/// ([`obituary_title`]), a release's contact line ([`contact_line`]), or
/// a section's name and stamp ([`headline::section_stamp`]: PBS's
/// `Politics Mar 2, 2026 5:20 PM EST`, under the headline in its block),
/// or a portal's field's label over its value
/// ([`trailer::is_field_line_label`]: `ReliefWeb`'s `Format` / `Situation
/// Report`), or a government release's issuer (`From: Fisheries and Oceans
/// Canada`).
fn part_alone(t: &str) -> bool {
    obituary_title(t)
        || contact_line(t)
        || headline::section_stamp(t).is_some()
        || trailer::is_field_line_label(t)
        || is_issuer_line(t)
}

/// The label of a government release's issuer under its headline
/// (`From: Fisheries and Oceans Canada`, [`part_alone`]).
const FROM_LABEL: &str = "From: ";

/// The most words of an issuer's name after [`FROM_LABEL`].
const MAX_ISSUER_WORDS: usize = 8;

/// Whether the trimmed line `t` names a government release's issuer
/// after [`FROM_LABEL`]: up to [`MAX_ISSUER_WORDS`] words, each
/// capitalised or a small joiner ([`headline::capitalised_name`]), so a
/// mail's sender with an address is none (`From: Ann Poe <ann@…>`). A
/// part of its own under the headline, and furniture.
fn is_issuer_line(t: &str) -> bool {
    t.strip_prefix(FROM_LABEL)
        .is_some_and(|name| headline::capitalised_name(name, MAX_ISSUER_WORDS))
}

/// Whether the header text `t` is a release's contact: its label and more
/// lines under it (`Contact:` / `Ann Poe` / `555-0100`), or one line with
/// the label's colon, a part of its own under the headline (`Media
/// Contact: Press Office, 512-555-0147`); one line with no colon may be a
/// headline's (`Media Relations for the Northern Region`).
fn contact_line(t: &str) -> bool {
    trailer::opens_contact(t) && t.contains(['\n', '\r', ':'])
}

/// Whether the trimmed line `t` is a British paper's obituary's title, a
/// name and ` obituary` (`Ann Poe obituary`): a whole headline, which the
/// section's label may stand over (`Architecture` / `Ann Poe obituary`),
/// a part of its own; the standfirst under it is its deck.
fn obituary_title(t: &str) -> bool {
    t.len() <= MAX_OBITUARY_TITLE && t.ends_with(" obituary") && t.starts_with(char::is_uppercase)
}

/// The most bytes of an obituary's title ([`obituary_title`]).
const MAX_OBITUARY_TITLE: usize = 80;

/// Whether a block is laid out one paragraph per line: several lines, each
/// ending a sentence, and either one too long to be hard-wrapped, or three or
/// more lines that each start like a sentence (hard wrapping rarely ends every
/// line at a sentence end). Only a block whose lines are all indented alike:
/// deeper-indented lines mark paragraph starts themselves.
// measured: with a second caller (the title test) the compiler stopped
// inlining it into `units`, which calls it for every block (+0.75M
// instructions on the bench corpus)
#[allow(clippy::inline_always)]
#[inline(always)]
fn one_per_line(text: &str, lines: &[Line]) -> bool {
    let ends = |l: &Line| ends_paragraph(l.get(text));
    let starts = |l: &Line| {
        l.get(text)
            .trim_start_matches(text::is_space)
            .chars()
            .next()
            .is_some_and(|c| {
                c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '“' | '‘' | '\'' | '(')
            })
    };
    // indented paragraph starts (the wire layout) say where paragraphs are
    let first_indent = lines.first().map(|l| l.indent);
    let uniform = lines.iter().all(|l| Some(l.indent) == first_indent);
    lines.len() > 1
        && uniform
        && lines.iter().all(ends)
        && (lines.iter().any(|l| text::longer_than(l.get(text), 100))
            || (lines.len() >= 3 && lines.iter().skip(1).all(starts)))
}

/// Whether `line` is a wire sign-off or end mark (`Reuter`, `###`, `-30-`),
/// which stands apart from the paragraph above it even at the same indentation.
fn is_mark_line(text: &str, line: &Line) -> bool {
    // (no editor's note, correction or time stamp, which `classify` tries
    // first, is also a mark; the length is read before the line is sliced)
    line.end.saturating_sub(line.start) <= MAX_MARK_LINE
        && trailer::mark(text::trim(line.get(text))).is_some()
}

/// The longest line [`is_mark_line`] reads as a mark.
const MAX_MARK_LINE: usize = 24;

/// The smallest indentation of `lines`.
fn min_indent(lines: &[Line]) -> usize {
    lines.iter().map(|l| l.indent).min().unwrap_or(0)
}

/// The dateline that opens `line`, the `i`th of a block's `lines`, in a
/// loop over them (`continue` when there is none): read by the grammar (its
/// tag may be wrapped onto the next line), or a place alone over a line that
/// is its tag. A macro for the two searches that ask it (`find_dateline`,
/// `dateline_under_header`): a method returning the 304-byte dateline by
/// value, even inlined, copied it once more (+0.7M to +0.8M instructions on
/// the profile).
macro_rules! candidate {
    ($driver:expr, $lines:expr, $i:expr, $line:expr) => {{
        let next = $lines.get($i + 1).map(|n: &Line| (n.start, n.end));
        match dateline_at($driver.text, $line.start, $line.end) {
            Some(mut found) => {
                rewrap($driver.text, &mut found, $line.start, $line.end, next);
                found
            }
            None => match place_over_tag($driver.text, $line.start, $line.end, next) {
                Some(found) => found,
                // a labelled field: `DATELINE: WASHINGTON, Nov. 27`
                None => match dateline_field($driver.text, $line.start, $line.end) {
                    Some(found) => found,
                    None => continue,
                },
            },
        }
    }};
}

/// The longest line, indent and line break included, asked whether it is a
/// page's control alone where a dateline was read
/// ([`Driver::refused_dateline`]).
const MAX_PAGE_CONTROL_LINE: usize = 32;

/// The parser's working state over one text.
struct Driver<'a, 's> {
    text: &'a str,
    lines: &'s [Line],
    blocks: &'s [Block],
    /// Whether a web page's top was cut from the first block ([`page_top`])
    /// or from the header's parts ([`Driver::cut_top_parts`]): the header
    /// under it is then read as pages print it (a section's name over the
    /// headline its kicker, a standfirst written as a sentence its deck, a
    /// share bar furniture).
    page: Cell<bool>,
    /// Whether the text is a research corpus' record ([`markup`]), whose
    /// story's tags are furniture ([`Driver::record_units`]).
    record: Cell<bool>,
    /// Whether the text opens with the ministers issuing a government's
    /// release ([`Driver::minister_blocks`]), whose lines the header then
    /// reads as furniture.
    ministers: Cell<bool>,
    /// Whether the search for a dateline under a page's header blocks
    /// ([`Driver::dateline_under_page_blocks`]) met the New York Times
    /// archive's notices ([`trailer::is_archive_notice`]), which the header
    /// then reads as furniture.
    archive: Cell<bool>,
    /// Whether a header block's second line is `NewsBank`'s source and
    /// edition line under the title ([`export::may_be_source_edition`]),
    /// which with the page's fields under it the header then reads as
    /// furniture under the headline too.
    edition: Cell<bool>,
    /// Whether the header's parts were cut at a portal's field, a label
    /// alone over its value ([`trailer::is_field_line_label`]: `ReliefWeb`'s
    /// `Format` / `Situation Report`), which the header then reads as
    /// furniture ([`trailer::is_field_pair`]).
    fields: Cell<bool>,
    /// Whether the header's parts were cut under a meeting's name over the
    /// title ([`headline::is_meeting_name`]), which the header then reads
    /// as the title's label ([`Driver::deck_under_headline`]).
    meeting: Cell<bool>,
}

/// The working vectors of a parse (line table, blocks, body units, header
/// parts), kept per thread and reused: a parse allocates them only when an
/// article needs more room than any before it on that thread.
#[derive(Default)]
struct Scratch {
    lines: Vec<Line>,
    blocks: Vec<Block>,
    units: Vec<Unit>,
    header: Vec<Span>,
}

/// The most entries a vector of a thread's [`Scratch`] keeps room for after
/// a parse: room for more is freed, so one huge input does not hold memory.
const KEEP_LINES: usize = 1 << 16;

impl Scratch {
    /// Empties the vectors, and frees any grown past [`KEEP_LINES`].
    fn reset(&mut self) {
        fn keep<T>(v: &mut Vec<T>) {
            if v.capacity() > KEEP_LINES {
                *v = Vec::new();
            } else {
                v.clear();
            }
        }
        keep(&mut self.lines);
        keep(&mut self.blocks);
        keep(&mut self.units);
        keep(&mut self.header);
    }
}

std::thread_local! {
    static SCRATCH: core::cell::RefCell<Scratch> = core::cell::RefCell::new(Scratch::default());
}

/// A dateline found: its block, its line and the grammar's reading.
type Placed<'a> = (usize, usize, Found<'a>);

/// Where a page saved as Markdown has its title ([`Driver::markdown_title`]).
#[derive(Clone, Copy)]
enum MdTitle {
    /// A heading of the first level (`# Storm nears coast`), on this line.
    Heading(usize),
    /// The lines over a setext underline (`====`): the first, and the
    /// underline's.
    Setext(usize, usize),
    /// A line in bold alone (`**Storm nears coast**`), this line.
    Bold(usize),
    /// A reader service's `Title:` field, on this line, over its other
    /// fields; or a feed reader's `Feed:` or a feed item's `<item>` over
    /// its fields.
    Reader(usize),
    /// Pandoc's title block from this line: `% Title`, then `% Author` and
    /// `% Date`.
    Pandoc(usize),
    /// An ANPA wire's header in its line codes from this line
    /// ([`trailer::caret_line`]: `^Storm nears coast<`; or two lines with
    /// the caret alone, [`trailer::open_caret_line`]), perhaps under the
    /// transmission line (`a0412  4 u  BC-Ohio-Storm 02-12 0398`), each
    /// line perhaps indented.
    Caret(usize),
    /// A mail's header from this line (`From:` … `Subject:`), perhaps over
    /// a forwarded message's.
    Mail(usize),
    /// A note file's fields on the lines from the first to the second: its
    /// front matter between fences on those lines (`---`, `+++`: `true`),
    /// or an org file's `#+` lines or a table of the details down to it.
    Front(usize, usize, bool),
    /// A research corpus' record in SGML or XML markup from this line
    /// (`<DOC id="…">`, `<REUTERS …>`, `<?xml …?>`).
    Record(usize),
}

/// Where a database export's header ends and its story starts.
#[derive(Clone, Copy)]
struct Export {
    /// The lines before this one are the header.
    header_end: usize,
    /// The block the story starts in.
    body_block: usize,
    /// The story's first line: under `LexisNexis`' `BODY:` marker, the line
    /// of `ProQuest`'s `Full text:`, or Factiva's second block.
    body_line: usize,
    /// Where on that line the story starts (after `Full text:`), or 0.
    body_from: usize,
    /// The `BODY:` line or `Full text:` label, if the export has one.
    marker: Option<Span>,
    /// Factiva's word count line (`412 words`): the lines between the
    /// headline and it are the byline.
    words: Option<usize>,
    /// Factiva's field codes label the header's lines and the matter under
    /// the story (`HD`, `WC`, `PD`; `NS`, `AN`) instead of words and colons.
    codes: bool,
}

impl<'a> Driver<'a, '_> {
    /// The trimmed span of lines `first..end` of the text, the first line
    /// starting at `from` at the earliest.
    fn span_of(&self, first: usize, end: usize, from: usize) -> Span {
        let (Some(a), Some(b)) = (
            self.lines.get(first),
            end.checked_sub(1).and_then(|e| self.lines.get(e)),
        ) else {
            return Span::new(from, from);
        };
        text::trim_span(self.text, a.start.max(from), b.end.max(from))
    }

    /// Pushes the parts of the header lines `first..end` (one block, or the
    /// lines above a dateline) to `out`. Scraped copy often runs the headline,
    /// the byline and a date together with no blank line between them, so a
    /// new part starts at each line after the first that opens a byline
    /// (`By Ann Poe`), is a note or time stamp (`Nov. 28, 2026`), is names
    /// alone over a stamp (`Ann Poe` / `Nov. 28, 2026`) or over their copy
    /// (a writer's picture's caption, `Ann Poe` / `Ann Poe`) or under a
    /// sentence (a standfirst's: `The terminal opens in spring.` / `Ann
    /// Poe`), or
    /// ends the lines with names in capitals under a line that is not (AP's
    /// `ANN POE` under `Storm nears`), or is a standfirst in sentence case
    /// under a one-line headline (`Acme opens plant` / `The carmaker says
    /// 500 jobs will follow`, the block's last line, or over names, a line
    /// over a stamp, a second point ending the block, or one of the parts
    /// above), or is a newsroom's or
    /// paper's credit under it (`Our Correspondent`,
    /// `Special to The New York Times.`), or, in the header's first part, is
    /// a deck in mixed case under a headline in capitals (`HARBOR STRIKE
    /// SPREADS` / `Eight Hundred Men Now Out`) or a standfirst sentence under
    /// a headline wrapped over two lines, or is a rule between a stacked
    /// headline's decks (`----`) or the line under one, or stands under a
    /// byline's line as no part of it (`By Ann Poe` / `3 mins to read`), or
    /// is a release's contact with its label's colon (`Media Contact: Press
    /// Office, 555-0147`); the lines after it stay with it (`By Ann Poe` /
    /// `Staff Writer`).
    fn header_parts(&self, first: usize, end: usize, out: &mut Vec<Span>) {
        let mut start = first;
        let line_text = |i: usize| trimmed_line(self.text, self.lines, i);
        let stamp = |i: usize| self.header_kind(line_text(i)).is_some();
        let names = |i: usize| self.names_line(i);
        // names alone over a stamp: `Ann Poe` / `November 28, 2026` (a role
        // line may stand between: `Ann Poe` / `Milwaukee Journal Sentinel` /
        // `Published …`; or end the lines with it, over a dateline:
        // `Ann Poe` / `Staff writer`), or over their copy (a writer's
        // picture's caption)
        let names_over_stamp = |i: usize| {
            i + 1 < end
                && names(i)
                && (stamp(i + 1)
                    || line_text(i + 1) == line_text(i)
                    || (byline::is_role_line(line_text(i + 1)) && (i + 2 == end || stamp(i + 2))))
        };
        let labels_end = self.label_lines(first, end);
        // (whether the line before is a release's label, a wire's priority)
        let mut over = (false, false);
        for i in first + 1..end {
            let Some(line) = self.lines.get(i) else { break };
            let t = text::trim(line.get(self.text));
            if self.runs_on(start, i) {
                continue;
            }
            // names in capitals last, under a line in mixed case (a headline
            // in capitals may wrap onto a line that reads as names)
            let capital_names_last = || {
                i + 1 == end
                    && t.split(' ')
                        .all(|w| matches!(w, "and" | "&") || text::is_all_caps(w))
                    && !text::is_all_caps(line_text(i - 1))
                    && names(i)
            };
            // a kicker alone on the part's first line: `BREAKING NEWS` /
            // `Storm Nears` (under a breadcrumb trail too: `Sports > Football`
            // / `Sports` / `Storm Nears`)
            let part_start = start;
            let names_under = || self.names_under(first, part_start, i, end);
            // a deck of points or in italics under the headline (`Acme
            // Reports Results` / `- Revenue up 9%` / `- Outlook raised`),
            // its points one part
            let subhead = || {
                headline::is_subhead_line(t) && !headline::is_subhead_line(line_text(part_start))
            };
            let under_kicker = || i == part_start + 1 && self.under_label(first, part_start, t);
            // a standfirst under a one-line headline in the header's first
            // block, of two lines or over a byline or a stamp (the
            // Guardian's headline / standfirst / `Ann Poe in Warsaw` / `Fri
            // 27 Nov 2026 14.03 GMT`)
            let standfirst = || {
                i == part_start + 1
                    && (self.headline_to_come(out, line_text(part_start))
                        || self.under_capital_label(out))
                    && !ends_in_wrap_word(line_text(part_start))
                    && headline::is_standfirst_under(line_text(part_start), t)
                    // (a press office under its body's name is none:
                    // `Ministry of Foreign Affairs` / `Office of the
                    // Spokesperson`)
                    && !press_office(t)
                    && (i + 1 == end || (i + 1 < end && self.credit_line(i + 1))
                        // (or a line over a stamp: the Guardian's `Ann Poe
                        // South-west England correspondent` / `Sun 29 Nov
                        // 2026 07.00 GMT`)
                        || (i + 2 < end && stamp(i + 2))
                        // (or a second point of the deck over the byline,
                        // as Bloomberg sets its summary: `Shipments fell by
                        // a third` / `Brands brace for a weak quarter` /
                        // `By Ann Poe`)
                        || (i + 2 < end && self.credit_line(i + 2))
                        // (or over its second point, the block's last line,
                        // the byline in the block under it)
                        || (i + 2 == end
                            && headline::is_standfirst_under(t, line_text(i + 1))))
            };
            // a standfirst under a headline wrapped over two lines, the
            // header's first part (`Storm damages roads and` / `bridges in
            // Dnipro area` / `Meteorologists warn of more rain.`): a headline
            // does not end in a stop
            let standfirst_under_wrap = || {
                i == part_start + 2
                    && (t.ends_with('.') || (i + 1 < end && self.credit_line(i + 1)))
                    && headline::is_standfirst_under(line_text(part_start), t)
                    && self.headline_to_come(out, line_text(part_start))
            };
            // a rule between a stacked headline's decks is a part of its
            // own (`SENATE PASSES TARIFF BILL` / `----` / `Vote Is 48 to
            // 37`)
            let rule = || export::is_rule_line(t) || export::is_rule_line(line_text(i - 1));
            // a release's label is a part of its own (`Acme Foods Ltd` /
            // `NEWS RELEASE` / `Release date: May 2, 2025`), and so is a
            // wire's priority (`URGENT` / the headline): each read once a
            // line
            // (and so is `NewsBank`'s source and edition line under the
            // title: `Sun Sentinel (Fort Lauderdale, FL) - Tuesday, March
            // 3, 2026`)
            let marks = (
                headline::release_label(t).is_some(),
                self.wire_or_edition_mark(i == first + 1, t),
            );
            let above = if i == first + 1 {
                self.line_marks(first)
            } else {
                over
            };
            over = marks;
            let marked = marks.0 || marks.1 || above.0 || above.1;
            // a line under a stamp starts a part of its own: `Published
            // Nov. 28, 2026 6:00 AM EST` / `Ann Poe` (but a note wrapped
            // mid-sentence runs on: `UPDATE 4:05 p.m.: All lanes have
            // reopened,` / `the department said.`)
            // (`BY` and one word in capitals may end a headline wrapped in
            // capitals: `MINERS ENTOMBED` / `BY EXPLOSION`)
            if (byline::byline(t).is_some() && !headline::is_by_wrap(line_text(i - 1), t))
                || stamp(i)
                || (stamp(i - 1) && !self.note_runs_on(line_text(i - 1)))
                || names_over_stamp(i)
                // (a desk's word alone over the stamp: Montsame's `Economy`)
                || (i + 1 < end && desk_over_stamp(t) && stamp(i + 1))
                || (line_text(i - 1).ends_with(['.', '!', '?']) && names(i))
                // (names over their paper's or agency's name, as news
                // services send the header: the headline / `Ann Poe` / `The
                // New York Times`)
                || (i + 1 < end && names(i) && service_line(line_text(i + 1)))
                // (a line printed twice, as the writer's picture's caption
                // over the byline: ITV's `Ann Poe` / `Ann Poe` / `Consumer
                // Editor`; the first copy: `names_over_stamp`)
                || t == line_text(i - 1)
                || capital_names_last()
                // (names and a stamp on their line under the headline's,
                // The Standard's `Ann Poe 27 Nov 2026 9:40 PM`)
                || (i > part_start
                    && byline::names_then_stamp(self.text, self.span_of(i, i + 1, 0)).is_some())
                || names_under()
                || (i == part_start + 1 && self.site_over_stamp(part_start, end))
                || subhead()
                || under_kicker()
                || standfirst()
                || self.credit_under_title(first, part_start, i, t)
                || self.deck_under_capitals(out, part_start, line_text(i - 1), t)
                || standfirst_under_wrap()
                || (i == part_start + 1 && self.indented_deck(part_start, t))
                || rule()
                || (i == first + 1 && bar_or_citation(line_text(first)))
                || (i == part_start + 1 && self.byline_alone_over(part_start))
                // (an opinion page's board over its headline: `The Editorial
                // Board` / `The Housing Shortage Won't Fix Itself.`)
                || (i == part_start + 1 && byline::is_editorial_board(line_text(part_start)))
                || i == labels_end
                || marked
                || (i == part_start + 1 && self.site_or_title_under(part_start, t))
                || part_alone(t)
                // (or under an outlet's name and city, as `allAfrica`
                // credits its reprints: `Premium Times (Abuja)` / the
                // headline)
                || (i == part_start + 1
                    && (self.story_under_byline(part_start, t) || self.outlet_over(part_start)))
                // (the headline, the header's last line, under a release's
                // contact block run together with it: `Contact: Ann Poe` /
                // `502-555-0119` / the headline)
                || (i + 1 == end && self.title_under_contact(part_start, t))
            {
                out.push(self.span_of(start, i, 0));
                start = i;
            }
        }
        out.push(self.span_of(start, end, 0));
    }

    /// Whether the trimmed header line `t`, under line `above`, is the
    /// story's first sentence run on under the byline with no blank line
    /// (`By Ann Poe` / `The agency denied the protest.`); a role under the
    /// names stays theirs ([`Driver::header_parts`]).
    fn story_under_byline(&self, above: usize, t: &str) -> bool {
        story_sentence(t) && byline::byline(trimmed_line(self.text, self.lines, above)).is_some()
    }

    /// Whether header line `i` is an outlet's name and its city in brackets
    /// ([`headline::is_outlet_and_city`]), which parts from the headline
    /// under it ([`Driver::header_parts`]).
    fn outlet_over(&self, i: usize) -> bool {
        let t = trimmed_line(self.text, self.lines, i);
        headline::is_outlet_and_city(t)
    }

    /// Whether line `i` of the header's part from line `start` runs on in
    /// it ([`Driver::header_parts`]): names or a stamp run on
    /// ([`Driver::names_run_on`], [`Driver::stamp_runs_on`]), or a portal's
    /// field's value under its label (`Posted` / `3 Mar 2026`, `Source` /
    /// `AFP`), which the header then reads as furniture with its label
    /// ([`Driver::fields`]).
    fn runs_on(&self, start: usize, i: usize) -> bool {
        if self.names_run_on(i) || self.stamp_runs_on(i) {
            return true;
        }
        let field = i == start + 1
            && trailer::is_field_line_label(trimmed_line(self.text, self.lines, start));
        self.fields.set(self.fields.get() || field);
        field
    }

    /// Whether the trimmed header line `t`, the header's last, is a
    /// headline under a release's contact block that opens on line
    /// `part_start` ([`trailer::opens_contact`]): a line of five words or
    /// more. Out of line: asked only of a header's last line.
    #[inline(never)]
    fn title_under_contact(&self, part_start: usize, t: &str) -> bool {
        t.split(' ').nth(4).is_some()
            && trailer::opens_contact(trimmed_line(self.text, self.lines, part_start))
    }

    /// Whether the trimmed header line `t`, under the line `above` in a
    /// part from line `part_start`, is a deck under a headline in capitals,
    /// the parts `out` over it furniture and kickers
    /// ([`Driver::headline_to_come`]), as papers stacked them: in mixed case
    /// under the part's first line (`HARBOR STRIKE SPREADS` / `Eight
    /// Hundred Men Now Out`: a headline in capitals may wrap, but not onto
    /// a line in mixed case), or in capitals under the line over it
    /// ([`capitals_deck`]).
    fn deck_under_capitals(&self, out: &[Span], part_start: usize, above: &str, t: &str) -> bool {
        let title = trimmed_line(self.text, self.lines, part_start);
        let stacked = if text::is_all_caps(t) {
            capitals_deck(above, t)
        } else {
            capital_title(title)
        };
        stacked && self.headline_to_come(out, title)
    }

    /// Whether the trimmed header line `t`, under line `title`, a part's
    /// first, is a deck set in under a one-line headline (`Council OKs
    /// budget` / `  Residents urged to plan ahead`): a capital first, the
    /// line above ending in no word a headline wraps after. A wrapped
    /// headline's lines start level ([`Driver::header_parts`]).
    fn indented_deck(&self, title: usize, t: &str) -> bool {
        let (Some(top), Some(line)) = (self.lines.get(title), self.lines.get(title + 1)) else {
            return false;
        };
        line.indent > top.indent
            && t.starts_with(char::is_uppercase)
            && !ends_in_wrap_word(trimmed_line(self.text, self.lines, title))
    }

    /// Whether header line `i` is names alone ([`byline::bare_byline_at`])
    /// or a desk's or site's label, which parts as names do but reads as
    /// none (`India News`, `Loop News` under the headline)
    /// ([`Driver::header_parts`]).
    fn names_line(&self, i: usize) -> bool {
        byline::bare_byline_at(self.text, self.span_of(i, i + 1, 0)).is_some()
            || byline::is_news_label(trimmed_line(self.text, self.lines, i))
    }

    /// Whether header line `i`, in a part from line `part_start` in a block
    /// of lines `first..end`, is names alone under a headline in sentence
    /// case (`Jakarta offices told to let staff work from home` / `Nadia
    /// Prasetyo`): a headline in title case may wrap onto a line that reads
    /// as names, one in sentence case does not. Or under a site's name
    /// parted from such a headline (NPR's `Heard on All Things Considered`
    /// / `Ann Poe`) ([`Driver::header_parts`]).
    fn names_under(&self, first: usize, part_start: usize, i: usize, end: usize) -> bool {
        (headline::is_sentence_case(trimmed_line(self.text, self.lines, part_start))
            || (part_start > first
                && i == part_start + 1
                && self.site_over_stamp(part_start - 1, end)))
            && self.names_line(i)
    }

    /// Whether the header's line under line `title`, in a part from it to
    /// line `end`, is a site's, brand's or show's name between a headline
    /// in sentence case, or with a word in small letters, and the stamp
    /// (`Loop Jamaica`, `BNamericas` / `Published: …`; a line between,
    /// `i24NEWS` / `2 min read` / the stamp) or the byline's names (NPR's
    /// `Heard on All Things Considered` / `Ann Poe`): a short line opening
    /// with a capital (or a brand of one word, `i24NEWS`), no place the
    /// tables know (the headline's wrapped words: `… across` / `Northern
    /// Ireland`), the headline's line ending in no small word it would wrap
    /// at ([`Driver::header_parts`]).
    #[inline(never)]
    fn site_over_stamp(&self, title: usize, end: usize) -> bool {
        let line_text = |i: usize| trimmed_line(self.text, self.lines, i);
        let t = line_text(title + 1);
        let over = line_text(title);
        title + 2 < end
            && t.len() <= headline::MAX_LABEL_LINE
            && (t.starts_with(char::is_uppercase)
                // (a brand of one word in small letters first: `i24NEWS`)
                || (t.starts_with(|c: char| c.is_ascii_lowercase())
                    && !t.contains(' ')
                    && t.bytes().any(|b| b.is_ascii_uppercase())))
            && !crate::grammar::place::is_known(t)
            && (headline::is_sentence_case(over)
                // (or a headline with proper names in it: `Cyclone Jarrah
                // makes landfall near Port Hedland` / `ABC News`)
                || headline::has_small_word(over))
            && !ends_in_wrap_word(over)
            && (self.header_kind(line_text(title + 2)).is_some()
                // (a line of its own between: `i24NEWS` / `2 min read` /
                // the stamp)
                || (title + 3 < end && self.header_kind(line_text(title + 3)).is_some())
                // (or the byline's names: NPR's `Heard on All Things
                // Considered` / `Ann Poe`)
                || byline::bare_byline_at(self.text, self.span_of(title + 2, title + 3, 0))
                    .is_some())
    }

    /// Whether the header line `t` is an editor's note or a correction cut
    /// mid-sentence at its line's end, its next line the note's own
    /// ([`Driver::header_parts`]). Out of line: asked under a header's
    /// stamps only.
    #[inline(never)]
    fn note_runs_on(&self, t: &str) -> bool {
        // (an abbreviation's period ends no sentence: `… until 3 p.m.` /
        // `while crews …`)
        let last = t.rsplit(' ').next().unwrap_or(t);
        (!ends_paragraph(t) || crate::tables::abbreviations::is_abbreviation(last))
            && matches!(
                self.header_kind(t),
                Some(TrailerKind::EditorsNote | TrailerKind::Correction)
            )
    }

    /// Whether header line `i` ends the time stamp on the line above,
    /// wrapped at its line's end (Press TV's `Thursday, 03 December 2026
    /// 10:12 AM [ Last Update: Thursday, 03` / `December 2026 11:05 AM ]`):
    /// the two lines read as one stamp, line `i` alone as none
    /// ([`Driver::header_parts`]). The quick test inlined, the rest out of
    /// line: a wrapped date's rest opens with a figure or a month's name.
    fn stamp_runs_on(&self, i: usize) -> bool {
        let t = trimmed_line(self.text, self.lines, i);
        t.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) && self.wrapped_stamp(i)
    }

    /// [`Driver::stamp_runs_on`]'s test once its quick test passes: line
    /// `i` opens with a figure or a month's name (a paper's `Page 08` under
    /// its date, names in capitals under a stamp, `ARAB NEWS`, which read
    /// as a stamp's words, run on no stamp), the line above is a stamp,
    /// line `i` alone is none, and the two lines are one.
    #[inline(never)]
    fn wrapped_stamp(&self, i: usize) -> bool {
        let t = trimmed_line(self.text, self.lines, i);
        let first = t.split([' ', ',', '.']).next().unwrap_or(t);
        let Some(a) = i.checked_sub(1) else {
            return false;
        };
        (t.starts_with(|c: char| c.is_ascii_digit())
            || crate::tables::months::month(first).is_some())
            && self.header_kind(trimmed_line(self.text, self.lines, a))
                == Some(TrailerKind::Timestamp)
            && self.header_kind(t).is_none()
            && self.header_kind(text::trim(self.get(self.span_of(a, i + 1, 0))))
                == Some(TrailerKind::Timestamp)
    }

    /// Whether line `i` reads as a byline, a time stamp, names alone, or
    /// names and their stamp (Courthouse News' `Ann Poe / November 25,
    /// 2026`): what may stand under a standfirst ([`Driver::header_parts`]).
    fn credit_line(&self, i: usize) -> bool {
        let span = self.span_of(i, i + 1, 0);
        self.names_part(span)
            || self.header_kind(self.get(span)).is_some()
            || byline::names_then_stamp(self.text, span).is_some()
    }

    /// Whether the header's line `t`, under line `above`, is a site's name
    /// ([`Driver::site_under`]) or the title printed again
    /// ([`headline::repeats_title`]), or the line above a meeting's name
    /// over the title ([`headline::is_meeting_name`]): a part of its own
    /// ([`Driver::header_parts`]).
    fn site_or_title_under(&self, above: usize, t: &str) -> bool {
        let line = trimmed_line(self.text, self.lines, above);
        let meeting = || {
            let found = headline::is_meeting_name(line);
            self.meeting.set(self.meeting.get() || found);
            found
        };
        self.site_under(above, t) || headline::repeats_title(line, t) || meeting()
    }

    /// Whether the header's line `t`, under line `above`, is a paper's name
    /// ([`headline::is_masthead`]), or an agency's alone under the
    /// headline, as datasets of scraped stories print it (`CNN`,
    /// `Reuters`), but not under a byline or names, where it is their role
    /// line (`By Ann Poe` / `Reuters`): a part of its own
    /// ([`Driver::header_parts`]).
    fn site_under(&self, above: usize, t: &str) -> bool {
        headline::is_masthead(t)
            || (crate::tables::agencies::is_agency(t) && {
                let span = self.span_of(above, above + 1, 0);
                byline::byline(text::trim(self.get(span))).is_none()
                    && byline::bare_byline_at(self.text, span).is_none()
            })
    }

    /// Whether the header line `t` is a wire's priority or control, or,
    /// as a block's second line (`second`), `NewsBank`'s source and edition
    /// line under the title ([`export::may_be_source_edition`]), which the
    /// driver then keeps ([`Driver::edition`]) ([`Driver::header_parts`]).
    #[inline]
    fn wire_or_edition_mark(&self, second: bool, t: &str) -> bool {
        let edition = second && export::may_be_source_edition(t);
        self.edition.set(self.edition.get() || edition);
        headline::is_priority_line(t) || trailer::is_wire_control(t) || edition
    }

    /// Whether line `i` is a release's label, and whether it is a wire's
    /// priority ([`Driver::header_parts`]).
    fn line_marks(&self, i: usize) -> (bool, bool) {
        let Some(l) = self.lines.get(i) else {
            return (false, false);
        };
        let t = text::trim(l.get(self.text));
        (
            headline::release_label(t).is_some(),
            // (the line's length first, with its indent: most lines are
            // longer)
            (l.end.saturating_sub(l.start) <= MAX_PRIORITY_RAW && headline::is_priority_line(t))
                || trailer::is_wire_control(t),
        )
    }

    /// Whether the header part `k` of `header` is names alone that the next
    /// part opens with again, their line whole or before a comma, as pages
    /// print the caption of the writer's picture over the byline (ITV's
    /// `Ann Poe` / `Ann Poe` / `Consumer Editor`, `Ann Poe` / `Ann Poe,
    /// Staff Writer`): the next part is the byline, this one furniture.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn names_printed_twice(&self, header: &[Span], k: usize) -> bool {
        let (Some(&span), Some(&next)) = (header.get(k), header.get(k + 1)) else {
            return false;
        };
        // (a quick test for speed only, asked of every part: the next part
        // as long and opening with the same byte)
        let bytes = self.text.as_bytes();
        next.len() >= span.len()
            && bytes.get(span.start()) == bytes.get(next.start())
            && self.names_twice(span, next)
    }

    /// Reads a profile's byline under its headline from the header's
    /// `parts` ([`Driver::profile_byline`]) before the header's loop (in it,
    /// it cost 0.24% more): the byline with its role to `article`, the first
    /// copy of the names as furniture, and their parts cut.
    #[inline(never)]
    fn profile_parts(&self, parts: &mut Vec<Span>, article: &mut Article<'a>) {
        let Some((k, (b, last))) = (1..parts.len()).find_map(|k| {
            self.names_printed_twice(parts, k)
                .then(|| self.profile_byline(parts, k))
                .flatten()
                .map(|found| (k, found))
        }) else {
            return;
        };
        if let Some(&copy) = parts.get(k) {
            self.push_trailer(article, TrailerKind::Furniture, copy);
        }
        article.byline = Some(b);
        parts.drain(k..=last);
    }

    /// The byline under names printed twice, header part `k` the first
    /// copy ([`Driver::names_printed_twice`]), as a profile's article prints
    /// its author: the picture's text, the link, then the author's role,
    /// which no byline's rule reads with them (`Ann Poe` / `Ann Poe` / `Head
    /// of Communications at Acme` / `Published Mar 3, 2026`). The role is
    /// one line of at most [`MAX_AUTHOR_BIO`] bytes, no stamp or note,
    /// ending no sentence: the byline's title. Returns the byline (of the
    /// second copy) and the last header part it takes: the copy's, its role
    /// on its line under it, or the role's own.
    #[inline(never)]
    fn profile_byline(&self, header: &[Span], k: usize) -> Option<(Byline<'a>, usize)> {
        let copy = header.get(k)?.len();
        let next = *header.get(k + 1)?;
        let names = Span::new(next.start(), next.start() + copy);
        let (last, role) = if next.len() == copy {
            (k + 2, *header.get(k + 2)?)
        } else if matches!(self.text.as_bytes().get(names.end()), Some(b'\n' | b'\r'))
            && byline::byline_at(self.text, next).is_none()
        {
            // (on its line under the names: after a comma, the names'
            // affiliation is read with them)
            (k + 1, text::trim_span(self.text, names.end(), next.end()))
        } else {
            // (the names with their role read: ITV's `Consumer Editor`)
            return None;
        };
        let t = self.get(role);
        if t.len() > MAX_AUTHOR_BIO
            || t.contains(['\n', '\r'])
            || ends_paragraph(t)
            || self.header_kind(t).is_some()
        {
            return None;
        }
        let mut b = byline::bare_byline_at(self.text, names)?;
        self.set_title(&mut b, role);
        Some((b, last))
    }

    /// [`Driver::names_printed_twice`] past its quick test.
    #[inline(never)]
    fn names_twice(&self, span: Span, next: Span) -> bool {
        self.get(next)
            .strip_prefix(self.get(span))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['\n', '\r', ',']))
            && byline::bare_byline_at(self.text, span).is_some()
    }

    /// Whether `t` is a line under a kicker on line `label`, the first of
    /// its header part in a block from line `first` (`BREAKING NEWS` /
    /// `Storm Nears`), or under a section's name, on a page or as its
    /// block's first line (the Guardian's `European Union` / the headline /
    /// the standfirst) ([`Driver::header_parts`]).
    fn under_label(&self, first: usize, label: usize, t: &str) -> bool {
        let above = trimmed_line(self.text, self.lines, label);
        headline::is_kicker_line(above)
            || (self.page.get() && headline::is_section_over(above, t))
            || (label == first && section_over_title(above, t))
    }

    /// Whether `t`, line `i`, under line `title` (the first of its part, in
    /// a block from line `first`), is a newsroom's credit under the
    /// headline: `Our Correspondent` (under names, `Ann Poe` / `Political
    /// Correspondent`, a role; a deck in capitals under a rule may read as
    /// names: `TOWBOATS RUSHED TO SCENE` / `Special to The New York
    /// Times.`). The credit is on the line under the title, or under its
    /// second line where the title wraps onto it in lower case (The Hindu's
    /// print page: `Cochin Shipyard bags` / `order for two research
    /// vessels` / `Staff Reporter`).
    fn credit_under_title(&self, first: usize, title: usize, i: usize, t: &str) -> bool {
        let line_text = |i: usize| trimmed_line(self.text, self.lines, i);
        (i == title + 1 || (i == title + 2 && runs_on(line_text(title + 1))))
            && byline::is_credit_line(t)
            && byline::byline(line_text(title)).is_none()
            && (byline::bare_byline_at(self.text, self.span_of(title, title + 1, 0)).is_none()
                || (title > first && export::is_rule_line(line_text(title - 1))))
    }

    /// The line under a page's labels at the top of the block of lines
    /// `first..end`, where the headline starts (`The Athletic` / `NFL` /
    /// `Inside the Lions' fourth-quarter collapse …`, run together with no
    /// blank line): one to three short lines the labels' test reads as
    /// labels told by their words ([`headline::label_stack`]), over a line
    /// of five words or more that is no byline or stamp. 0 where there are
    /// none.
    fn label_lines(&self, first: usize, end: usize) -> usize {
        // (a speed gate: most blocks' first lines are longer than a label's)
        let short = |i: usize| {
            self.lines
                .get(i)
                .is_some_and(|l| l.end - l.start <= headline::MAX_LABEL_LINE)
        };
        if !short(first) {
            return 0;
        }
        for under in first + 1..end.min(first + 4) {
            let t = trimmed_line(self.text, self.lines, under);
            if t.split_whitespace().nth(4).is_some() {
                // (the last label no byline, credit nor stamp: a wire's
                // `ITAR-TASS WORLD SERVICE` credits the story, and a stamp
                // of five words under names is no headline, `Red River
                // Tribune` / `Wed, 03 Sep 2025 15:33:08 +0000`; a credit
                // higher up the header parts from the labels; but a region
                // of the world may read as names, `Southeast Asia`)
                let above = trimmed_line(self.text, self.lines, under - 1);
                // (nor a desk's label that reads as names: `Tech` / `Big
                // Tech`, a desk's word last)
                if self.credit_or_stamp(under - 1)
                    && !headline::is_world_region(above)
                    && !above.rsplit(' ').next().is_some_and(headline::is_desk_word)
                {
                    return 0;
                }
                let labels = self.get(self.span_of(first, under, 0));
                let headline = self.headline_part(self.span_of(under, under + 1, 0));
                let told = headline && headline::label_stack(labels, t) == Some(true);
                return if told {
                    under
                } else {
                    self.fly_title_end(first, under).unwrap_or(0)
                };
            }
            // (a magazine's headline of few words may be longer than a
            // label: `Silicon Savannah's growing pains`)
            if !short(under) {
                return self.fly_title_end(first, under).unwrap_or(0);
            }
        }
        0
    }

    /// Where a magazine's section and fly-title end over the headline and
    /// its rubric, in the header lines from `first`, as The Economist stacks
    /// them (`Europe` / `Poland's farmers` / `Tractors at the gates` / `A
    /// government that courted the countryside is learning its limits`):
    /// the lines over the headline a fly-title's stack
    /// ([`headline::is_fly_title_stack`]), the headline a display line with
    /// a standfirst under it. The headline is line `under` (the first of
    /// five words or more, or longer than a label) or the line over it. Out
    /// of line: past [`Driver::label_lines`]' own test.
    #[inline(never)]
    fn fly_title_end(&self, first: usize, under: usize) -> Option<usize> {
        let line = |i: usize| trimmed_line(self.text, self.lines, i);
        [under, under - 1].into_iter().find(|&h| {
            headline::is_display(line(h))
                && headline::is_standfirst_under(line(h), line(h + 1))
                && headline::is_fly_title_stack(self.get(self.span_of(first, h, 0)))
        })
    }

    /// Whether the header's parts `k` and `k + 1` are a magazine's section
    /// and fly-title over the headline ([`Driver::fly_title_over`]). Their
    /// lengths are the quick test: most parts are longer than a label.
    fn fly_title_parts(&self, parts: &[Span], k: usize) -> bool {
        let short = |s: Span| s.len() <= headline::MAX_LABEL_LINE;
        match parts.get(k..) {
            Some([a, b, title, rest @ ..]) if short(*a) && short(*b) => {
                self.fly_title_over(*a, *b, *title, rest.first())
            }
            _ => false,
        }
    }

    /// Whether the header's parts `a` and `b` are a magazine's section and
    /// fly-title ([`headline::is_fly_title_stack`]: two lines in all, so one
    /// each), over the part `title` whose first line is a display line with
    /// a standfirst under it ([`Driver::rubric_under`]), in the part or as
    /// the part `next`. Out of line: asked of two short parts over a third.
    #[inline(never)]
    fn fly_title_over(&self, a: Span, b: Span, title: Span, next: Option<&Span>) -> bool {
        headline::is_fly_title_stack(self.get(Span::new(a.start(), b.end())))
            && self.rubric_under(title, next)
            // (names are no headline, nor a stamp under them a rubric:
            // `Business` / `German factory orders fall` / `By Ann Poe` /
            // `March 3, 2026 Updated 2 hours ago`)
            && !self.names_part(title)
    }

    /// Whether the header's part `title` opens with a display line that
    /// has a magazine's rubric under it (a standfirst of one line), in the
    /// part or as the part `next`.
    fn rubric_under(&self, title: Span, next: Option<&Span>) -> bool {
        let t = self.get(title);
        let (head, rubric) = match t.split_once(['\n', '\r']) {
            Some((head, rest)) => (head, text::trim(rest)),
            None => (t, next.map_or("", |&n| self.get(n))),
        };
        headline::is_display(head)
            && !rubric.contains(['\n', '\r'])
            && headline::is_standfirst_under(head, rubric)
    }

    /// Whether line `i` is a byline, names or a newsroom's credit, or a stamp.
    fn credit_or_stamp(&self, i: usize) -> bool {
        let t = trimmed_line(self.text, self.lines, i);
        self.header_kind(t).is_some()
            || byline::byline(t).is_some()
            || byline::is_credit_line(t)
            || byline::bare_byline_at(self.text, self.span_of(i, i + 1, 0)).is_some()
    }

    /// Whether line `i` holds names run on from the line above after a joiner
    /// (`By Ann Poe and` / `Tom Roe, Reuters`): it stays in that line's part.
    fn names_run_on(&self, i: usize) -> bool {
        byline::ends_in_joiner(trimmed_line(self.text, self.lines, i - 1))
            && byline::byline(self.get(self.span_of(i - 1, i + 1, 0))).is_some()
    }

    /// Whether line `i` is a byline and the line under it reads as no part
    /// of it (`By Ann Poe` / `3 mins to read`, `More by this Author`): the
    /// byline stands alone, and the line under it is a part of its own. So
    /// do names alone, or a newsroom's credit, over a line with a year or a
    /// clock in it, which no role's or outlet's line has (a stamp the
    /// trailer rules do not know: `Express News Service` / `Bengaluru |
    /// Updated: January 17, 2026 08:05 IST`); a paper's name is no credit
    /// there (`Red River Tribune` / its stamp).
    fn byline_alone_over(&self, i: usize) -> bool {
        let line = trimmed_line(self.text, self.lines, i);
        if byline::byline(line).is_some() {
            return byline::byline(self.get(self.span_of(i, i + 2, 0))).is_none();
        }
        let under = trimmed_line(self.text, self.lines, i + 1);
        (text::has_year(under) || text::has_clock(under))
            && !headline::is_masthead(line)
            && byline::bare_byline_at(self.text, self.span_of(i, i + 1, 0)).is_some()
    }

    /// Pushes the header above line `line` of block `b` to `out`: the parts
    /// of every block before it, and of its block's lines before `line`.
    fn header_above(&self, b: usize, line: usize, out: &mut Vec<Span>) {
        for block in self.blocks.iter().take(b) {
            self.header_parts(block.first, block.end, out);
        }
        if let Some(block) = self.blocks.get(b).filter(|block| line > block.first) {
            self.header_parts(block.first, line, out);
        }
    }

    /// The line the body starts on when it starts at byte `at` after the
    /// dateline on line `line`: that line, or the next if `at` is past its end.
    fn line_from(&self, line: usize, at: usize) -> usize {
        if self.lines.get(line).is_some_and(|l| at >= l.end) {
            line + 1
        } else {
            line
        }
    }

    /// Where the story starts on the dateline's line `line`, the body from
    /// `body_start` on: past the story's reading time after a bar, as The
    /// Economist's page is copied (`Mar 3rd 2026|BRUSSELS|4 min read`), a
    /// furniture trailer of `article`; else at `body_start`. Out of line:
    /// asked only where a bar follows the dateline.
    #[inline(never)]
    fn reading_time_after(
        &self,
        article: &mut Article<'a>,
        line: usize,
        body_start: usize,
    ) -> usize {
        let Some(l) = self.lines.get(line) else {
            return body_start;
        };
        let rest = text::trim_span(self.text, body_start, l.end);
        let time = self.get(rest).strip_prefix('|').map(text::trim);
        if time.is_some_and(trailer::is_reading_time) {
            self.push_trailer(article, TrailerKind::Furniture, rest);
            l.end
        } else {
            body_start
        }
    }

    /// Whether the header's part `k`, with no headline over it yet, is a
    /// speaker or a page's names over their stamp: a statement's under its
    /// label (`labelled`: `PRESS STATEMENT` / `Ann Poe, Department
    /// Spokesperson` / `NOVEMBER 27, 2026` / the title), or with no label,
    /// names and their outlet after a comma over the stamp and the
    /// headline (`Ann Poe, ABS-CBN News` / `Posted at …` / the headline).
    /// A headline in title case over its date may read as names, with no
    /// outlet (`Fed Holds Rates, Signals Patience`). Out of line: asked of
    /// most headlines, inlined it cost 0.7% more.
    #[inline(never)]
    fn speaker_over_stamp(&self, header: &[Span], k: usize, labelled: bool) -> bool {
        let Some(&span) = header.get(k) else {
            return false;
        };
        let t = self.get(span);
        let Some(next) = header.get(k + 1).map(|&next| self.get(next)) else {
            return false;
        };
        // (speed gates first, with no early exit or a vector search: with
        // no label, the outlet parts from the names at a comma, which most
        // headlines have not; a stamp has a figure, which most parts under
        // a headline, a byline or a deck, have not)
        t.len() <= byline::MAX_BARE_BYLINE
            && (labelled || memchr::memchr(b',', t.as_bytes()).is_some())
            && next.len() <= byline::MAX_BARE_BYLINE
            && trailer::has_digit(next)
            && self.header_kind(next) == Some(TrailerKind::Timestamp)
            && (labelled
                || (self.headline_under(header.get(k + 1..).unwrap_or_default())
                    && byline::bare_byline_at(self.text, span)
                        .is_some_and(|b| b.affiliation.is_some())))
    }

    /// Whether the header's part `k` is a page's title bar or trail
    /// repeating a part under it, one of the next [`MAX_PARTS_TO_TITLE`]
    /// ([`headline::bar_repeats_title`]: `NEWS | Mayor opens bridge` over
    /// `Mayor opens bridge`, a release's label and stamp between). The bar
    /// is furniture. The quick test
    /// inline (a shorter part under it ending in the same byte), the rest
    /// out of line: asked of most articles' headline.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn title_repeated_under(&self, header: &[Span], k: usize) -> bool {
        let Some(&span) = header.get(k) else {
            return false;
        };
        let bytes = self.text.as_bytes();
        let last = |s: Span| bytes.get(s.end().wrapping_sub(1)).copied();
        let below = header.get(k + 1..).unwrap_or_default();
        below.iter().take(MAX_PARTS_TO_TITLE).any(|&next| {
            next.len() < span.len() && last(next) == last(span) && self.repeats(span, next)
        })
    }

    /// [`Driver::title_repeated_under`] past its quick test: whether the
    /// part `bar` is a title bar repeating the part `title`
    /// ([`headline::bar_repeats_title`]).
    #[inline(never)]
    fn repeats(&self, bar: Span, title: Span) -> bool {
        headline::bar_repeats_title(self.get(bar), self.get(title))
    }

    /// Whether the header's part `k`, with no headline over it yet, is a
    /// page's names under its paper's name and date, as e-editions print a
    /// story's page (`The Plain Dealer` / `28 Nov 2026` / `ANN POE STAFF
    /// WRITER` / the headline): the first part a paper's name
    /// ([`headline::is_masthead`]), this one under it (not the name
    /// itself, which may read as names: `Vancouver Sun`) and names
    /// ([`byline::bare_byline_at`]), and a headline under it.
    #[inline(never)]
    fn names_under_paper(&self, header: &[Span], k: usize) -> bool {
        k >= 1
            && header
                .first()
                .is_some_and(|&paper| headline::is_masthead(self.get(paper)))
            && header.get(k).is_some_and(|&span| {
                byline::byline_at(self.text, span)
                    .or_else(|| byline::bare_byline_at(self.text, span))
                    .is_some()
            })
            && self.headline_under(header.get(k + 1..).unwrap_or_default())
    }

    /// Whether block `b`, under the header's blocks, is a standfirst written
    /// as a sentence over the story's time stamp, as pages print them (the
    /// headline / `The government has set the date for the vote.` /
    /// `Published: 28 November 2026 10:14 CET` / `By Ann Poe` / the story;
    /// over a byline, [`Driver::over_byline`] reads it): a block of up to
    /// three lines, the next one opening with a stamp. The block is pushed
    /// to `out` as one part when it is. Out of line: asked of the first
    /// block that reads as no header, most often the story's.
    #[inline(never)]
    fn standfirst_over_stamp(&self, b: usize, out: &mut Vec<Span>) -> bool {
        let (Some(block), Some(next)) = (self.blocks.get(b), self.blocks.get(b + 1)) else {
            return false;
        };
        let Some(line) = self
            .lines
            .get(next.first)
            .filter(|_| block.end - block.first <= 3)
        else {
            return false;
        };
        let stamp = trailer::is_time_stamp(text::trim(line.get(self.text)));
        if stamp {
            out.push(self.span_of(block.first, block.end, 0));
        }
        stamp
    }

    /// Whether the header part `span` reads as a headline: a display line,
    /// not a byline, note or time stamp.
    fn headline_part(&self, span: Span) -> bool {
        let t = self.get(span);
        headline::is_display(t)
            && trailer::classify_header(t).is_none()
            && byline::byline(t).is_none()
    }

    /// Whether the first of the header parts `below` a kicker that is no
    /// contact block (under the sending office's name too, as the Coast
    /// Guard's releases print it: `U.S. Coast Guard Heartland District` /
    /// `Contact: …`, [`trailer::office_over_contact`]) or furniture reads
    /// as a headline: a display line, or a sentence with a byline or a
    /// stamp as the part right under it (an opinion page's `My Turn` / `I
    /// Retired at 62. Here's What Nobody Told Me.` / `By Ann Poe`).
    #[inline(never)]
    fn headline_under(&self, below: &[Span]) -> bool {
        let Some(k) = below.iter().position(|&next| {
            let t = self.get(next);
            !(self.contact_part(next) || trailer::office_over_contact(t))
                && self.header_kind(t).is_none()
                && !export::is_rule_line(t)
        }) else {
            return false;
        };
        below.get(k).is_some_and(|&next| {
            self.headline_part(next) || self.sentence_title_over(next, below.get(k + 1).copied())
        })
    }

    /// Whether the header's part `title` is a headline written as a
    /// sentence ([`headline::is_sentence_title`]: `I Retired at 62. Here's
    /// What Nobody Told Me.`) over the byline or a time stamp, the part
    /// `under` (`By Ann Poe`, names alone: `Ann Poe` / `Opinion
    /// contributor`, or `Feb. 9, 2024`).
    fn sentence_title_over(&self, title: Span, under: Option<Span>) -> bool {
        headline::is_sentence_title(self.get(title))
            && under.is_some_and(|by| {
                byline::byline(self.get(by)).is_some()
                    || byline::bare_byline_at(self.text, by).is_some()
                    || self.header_kind(self.get(by)) == Some(TrailerKind::Timestamp)
            })
    }

    /// Whether the header's part `k` is a partner's name over its note on
    /// where the story it republishes first ran (`Coastal Beacon` / `This
    /// story originally appeared in The Valley Tribune.`): a name's line
    /// ([`byline::is_outlet_line`]) over that note. The quick test inline
    /// (the note opens with `T`), the rest out of line: few parts over a
    /// headline stand over such a note.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn name_over_note(&self, header: &[Span], k: usize) -> bool {
        header.get(k + 1).is_some_and(|&next| {
            matches!(self.text.as_bytes().get(next.start()), Some(b'T' | b't'))
                && self.name_over_note_body(header, k, next)
        })
    }

    /// [`Driver::name_over_note`] past its quick test: `next` is part
    /// `k + 1`.
    #[inline(never)]
    fn name_over_note_body(&self, header: &[Span], k: usize, next: Span) -> bool {
        trailer::classify_header(self.get(next)) == Some(TrailerKind::SourceLine)
            && header
                .get(k)
                .is_some_and(|&span| byline::is_outlet_line(self.get(span)))
    }

    /// Whether `t`, the header's first part, read as a byline, is a page's
    /// title and its site's name (`Storm Batters Coast | Example News`): it
    /// parts at a bar, and a byline stands among the `header` parts under it
    /// (`By Ann Poe`). A byline never stands over the headline.
    #[inline(never)]
    fn title_over_byline(&self, t: &str, header: &[Span]) -> bool {
        t.contains(" | ")
            && header
                .iter()
                .skip(1)
                .any(|&span| byline::byline(self.get(span)).is_some())
    }

    /// Whether `block`, which reads as no header block whole, is time stamps
    /// and a byline with no blank line between (CNBC's `Published Fri, Nov
    /// 28 2026 10:45 AM EST` / `Updated …` / `Ann Poe` / `@annpoe`; a TV
    /// station's `by: Ann Poe` / `Posted: Nov 28, 2026 / 06:02 AM EST`; a
    /// page's names alone over their paper, `Ann Poe` / `The Valley
    /// Sentinel`): its first line a stamp, a note, a byline or names alone,
    /// and each of its parts (as [`Driver::header_parts`] splits them) a
    /// stamp, a note or names (with their role, paper or address). The
    /// parts are pushed to `out` when it is; else `out` is left as it was.
    #[inline(never)]
    fn stamp_block(&self, block: &Block, out: &mut Vec<Span>) -> bool {
        let opens = block.end - block.first <= MAX_STAMP_BLOCK
            && self.lines.get(block.first).is_some_and(|l| {
                let t = text::trim(l.get(self.text));
                self.header_kind(t).is_some()
                    || byline::byline(t).is_some()
                    // (or names alone, perhaps over their role, paper or
                    // address: `Ann Poe` / `The Valley Sentinel`)
                    || byline::bare_byline_at(self.text, text::trim_span(self.text, l.start, l.end))
                        .is_some()
            });
        if !opens {
            return false;
        }
        let before = out.len();
        self.header_parts(block.first, block.end, out);
        let header = out
            .get(before..)
            .unwrap_or(&[])
            .iter()
            .all(|&span| self.header_kind(self.get(span)).is_some() || self.names_part(span));
        if !header {
            out.truncate(before);
        }
        header
    }

    /// Whether block `b`, of text `t`, which reads as no display block, is
    /// header all the same: a headline or standfirst written as sentences
    /// (`Remote work didn't kill the office. It killed the commute.`, `Internal
    /// documents show the cost tripled.`) over a block that opens with a
    /// byline (`By Ann Poe`, `Written by Ann Poe`), or over a block that
    /// opens with a picture's credit over one (the Nation's standfirst /
    /// `Photo credit: File | Nation Media Group` / `By Ann Poe`). A headline
    /// is one line, or two with a standfirst under a display line (`Film
    /// Review: 'Salt Roads'` / `A patient drama follows two brothers.`); a
    /// standfirst at most [`MAX_STANDFIRST`] bytes on three lines.
    #[inline(never)]
    fn over_byline(&self, b: usize, t: &str) -> bool {
        let Some(block) = self.blocks.get(b) else {
            return false;
        };
        let lines = block.end - block.first;
        // (a display line over a line that opens with a capital: not a
        // paragraph hard-wrapped, whose second line most often does not)
        let line = |i: usize| trimmed_line(self.text, self.lines, i);
        let title = || {
            headline::is_display(line(block.first))
                && line(block.first + 1).starts_with(char::is_uppercase)
        };
        let shaped = if b == 0 {
            lines == 1 || (lines == 2 && title())
        } else {
            lines <= 3
        };
        let names_at = |n: usize| {
            self.blocks.get(n).is_some_and(|next| {
                self.lines.get(next.first).is_some_and(|l| {
                    let t = text::trim(l.get(self.text));
                    byline::byline(t).is_some()
                        || (b > 0 && self.names_block(n, l))
                        || (b > 0 && trailer::is_author_label(t))
                })
            })
        };
        let credit_at = |n: usize| {
            self.blocks
                .get(n)
                .is_some_and(|next| headline::is_caption_credit(line(next.first)))
        };
        // (or a page's control, a caption ending in its credit, or a
        // review's credits: asked under names found, as most blocks asked
        // have none two blocks down)
        let furniture_at = |n: usize| {
            self.blocks.get(n).is_some_and(|next| {
                let first = line(next.first);
                trailer::is_navigation(first)
                    || trailer::is_credited_caption(first)
                    || text::strip_prefix_ci(first, "directed by ").is_some()
            })
        };
        shaped
            && t.len() <= MAX_STANDFIRST
            && (names_at(b + 1)
                || (credit_at(b + 1) && names_at(b + 2))
                || (names_at(b + 2) && furniture_at(b + 1)))
    }

    /// Whether block `b` is a film review's credits (`Directed by Ann Poe` /
    /// `Comedy, Drama` / `1h 41m`), which it sets over the byline, under the
    /// headline or its standfirst. Out of line: asked of few blocks.
    #[inline(never)]
    fn film_credits(&self, b: usize) -> bool {
        self.blocks.get(b).is_some_and(|block| {
            text::strip_prefix_ci(
                trimmed_line(self.text, self.lines, block.first),
                "directed by ",
            )
            .is_some()
        })
    }

    /// Whether block `b`, whose first line is `l`, is a byline of names
    /// alone as pages print it under a standfirst: the names, with a line
    /// under them (the reporter's address, role or paper: `Ann Poe` /
    /// `apoe@example.com`) or a time stamp in the block under it (a section's
    /// heading of two names' words, `Harbor Master`, has the story under
    /// it).
    #[inline(never)]
    fn names_block(&self, b: usize, l: &Line) -> bool {
        let Some(block) = self.blocks.get(b) else {
            return false;
        };
        let stamp_under = || {
            self.blocks
                .get(b + 1)
                .and_then(|under| self.lines.get(under.first))
                .is_some_and(|u| trailer::is_time_stamp(u.get(self.text)))
        };
        let span = text::trim_span(self.text, l.start, l.end);
        ((block.end - block.first > 1 || stamp_under())
            && byline::bare_byline_at(self.text, span).is_some())
            // (or the names and their stamp on one line, Ars Technica's `Ann
            // Poe - Dec 16, 2024 9:27 am UTC`)
            || byline::names_then_stamp(self.text, span).is_some()
    }

    /// Whether block `b` is names under a page's `Author` label in a block
    /// of its own, as The Conversation prints its writers (`Author` / `Ann
    /// Poe` over `Professor of Marine Biology, University of Marlow`): at
    /// most three lines, the first a byline of names alone.
    #[inline(never)]
    fn names_under_label(&self, b: usize) -> bool {
        let above = b.checked_sub(1).and_then(|a| self.blocks.get(a));
        let (Some(label), Some(block)) = (above, self.blocks.get(b)) else {
            return false;
        };
        let label_at = |i: usize| trailer::is_author_label(trimmed_line(self.text, self.lines, i));
        let names_at = |i: usize| {
            self.lines.get(i).is_some_and(|l| {
                byline::bare_byline_at(self.text, text::trim_span(self.text, l.start, l.end))
                    .is_some()
            })
        };
        let lines = block.end - block.first;
        (label.end - label.first == 1 && lines <= 3 && label_at(label.first) && names_at(block.first))
            // (or the label over the names in their block, Postmedia's
            // `Author of the article:` / `Ann Poe` / `Published …`)
            || ((2..=4).contains(&lines) && label_at(block.first) && names_at(block.first + 1))
    }

    /// Whether the header's part `k` of `parts` is a release's issuer, a
    /// company's name alone next to its label (`Kestrelmoor Medical A/S`
    /// over or under `STOCK EXCHANGE RELEASE`): if so, the index of the
    /// first part past the issuer and its label, where its headline is to
    /// come (or of the part under the issuer, a headline over the release's
    /// stamp and label). Inlined in both callers: its label tests are a
    /// byte's look each, and as a call in the header's loop it cost 0.15%
    /// more.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn issuer_part(&self, parts: &[Span], k: usize) -> Option<usize> {
        let label = |k: usize| {
            parts
                .get(k)
                .is_some_and(|&p| headline::release_label(self.get(p)).is_some())
        };
        let issuer = |k: usize| is_issuer(self.get(parts.get(k).copied().unwrap_or_default()));
        // (or the issuer over its stock tickers two parts under the label,
        // as the ASX's announcements print them: `ASX RELEASE` / `15 April
        // 2025` / `Tidemark Energy Limited` / `ASX: TIDE`; a symbol's
        // capital or figure, or a bracket, last is the quick test)
        let listed = |k: usize| {
            let t = self.get(parts.get(k).copied().unwrap_or_default());
            matches!(t.as_bytes().last(), Some(b'A'..=b'Z' | b'0'..=b'9' | b')'))
                && memchr::memrchr2(b'\n', b'\r', t.as_bytes())
                    .and_then(|at| t.get(at + 1..))
                    .is_some_and(|last| trailer::is_ticker_line(text::trim(last)))
        };
        let past = if label(k + 1) {
            k + 2
        } else if k.checked_sub(1).is_some_and(label)
            // (the label's own test first, a quick one)
            || (k.checked_sub(2).is_some_and(label) && listed(k))
        {
            k + 1
        } else {
            // (the label further down, under more of the issuer's names:
            // `Department of Justice` / `U.S. Attorney's Office` / `District
            // of New Jersey` / `FOR IMMEDIATE RELEASE`)
            let at = if label(k + 2) {
                k + 2
            } else if label(k + 3) {
                k + 3
            } else {
                // (or no label, the release's contact two parts under the
                // issuer, its date as a rule between them: a state agency's
                // `Ohio Department of Public Safety` / `September 22, 2025` /
                // `Contact: Ann Poe, 555-0100`)
                let contact = parts.get(k + 2).is_some_and(|&p| self.contact_part(p));
                return (contact && issuer(k)).then_some(k + 1);
            };
            // (or the release's stamp between them: `Ekstrom Medical AB` /
            // `15 May 2026 07:30` / `Press release`)
            let stamp = |k: usize| {
                parts
                    .get(k)
                    .is_some_and(|&p| trailer::is_time_stamp(self.get(p)))
            };
            if !(k + 1..at).all(|k| issuer(k) || stamp(k)) {
                // (or the headline between the issuer and the release's
                // stamp and label: a US attorney's `U.S. Attorney's Office,
                // District of Vermont` / the headline / `Monday, March 9,
                // 2026` / `For Immediate Release`; with no stamp between, the
                // part under a headline opening as a body's name does is
                // its deck)
                return (stamp(k + 2) && issuer(k)).then_some(k + 1);
            }
            at + 1
        };
        issuer(k).then_some(past)
    }

    /// Whether the header parts found so far, `parts`, are furniture and
    /// kickers only (a breadcrumb trail, `Europe`, a time stamp, a
    /// release's label, its issuer and its contact block; under a page's
    /// top, the section's name over `title`, `UK news`): the next part,
    /// `title`, may be the headline, with a standfirst under it.
    fn headline_to_come(&self, parts: &[Span], title: &str) -> bool {
        parts.iter().enumerate().all(|(k, &span)| {
            let t = self.get(span);
            headline::is_kicker_line(t)
                || trailer::classify_header(t).is_some()
                || is_header_furniture(self.text, span, true)
                || headline::is_masthead(t)
                || headline::is_newsletter_name(t)
                // (a page's controls a line each: Medium's `Open in app` /
                // `Sign up` / `Sign in` / `Write`)
                || controls_block(t)
                // (a copy's top over it: `View this post on the web at …`)
                || (trailer::may_be_copy_line(t) && trailer::is_copy_line(t))
                || (self.page.get() && headline::is_section_over(t, title))
                || section_over_title(t, title)
                || headline::release_label(t).is_some()
                || self.issuer_part(parts, k).is_some()
                // (a release's contact block between its label and its
                // headline)
                || self.contact_part(span)
                // (a page's labels parted from the headline in its block:
                // `Economy & Business` / the headline)
                || headline::label_stack(t, title) == Some(true)
                // (or a magazine's section over its fly-title, The
                // Economist's `Europe` / `Poland's farmers`, one part or two)
                || headline::is_fly_title_stack(t)
                || k.checked_sub(1).and_then(|j| parts.get(j)).is_some_and(|&above| {
                    headline::is_fly_title_stack(self.get(Span::new(above.start(), span.end())))
                })
                // (a section and its column parted by a bar: The
                // Economist's `Science & technology | Materials science`)
                || trailer::is_site_bar(t)
        })
    }

    /// Whether the last of the header parts found so far, `parts`, is a
    /// section's label in capitals ([`headline::is_capital_label`]): the
    /// part under it may be the headline, with a standfirst under it to part
    /// from it (`MILITARY` / `Marines, Dutch partners train in combat
    /// marksmanship` / `The training comes amid heightened tensions.`)
    /// ([`Driver::header_parts`]).
    fn under_capital_label(&self, parts: &[Span]) -> bool {
        parts
            .last()
            .is_some_and(|&label| headline::is_capital_label(self.get(label)))
    }

    /// Whether the header's part `k` of `parts` is a section's label in
    /// capitals ([`headline::is_capital_label`]) over the headline and a
    /// standfirst ([`stopped_standfirst`], or in sentence case with no stop:
    /// `NAVAL WARFARE` / `Launch vehicle faces delay as Space Force weighs
    /// costs` / `Officials say the timeline is achievable.`): the kicker. Over the
    /// headline alone, a short line in capitals is the headline and the line
    /// under it its deck (`BLACKOUT` / `Millions of homes lost power on
    /// Tuesday`).
    fn label_over_standfirst(&self, parts: &[Span], k: usize) -> bool {
        let part = |j: usize| parts.get(j).map(|&span| self.get(span));
        part(k).is_some_and(headline::is_capital_label)
            && part(k + 2).is_some_and(|t| {
                stopped_standfirst(t)
                    // (or one in sentence case with no stop, no stamp, as
                    // The Hindu sets its state's label: `TAMIL NADU` / the
                    // headline / `Officials say tests are nearly complete`
                    // / `Ann Poe`)
                    || (part(k + 1).is_some_and(|h| headline::is_standfirst_under(h, t))
                        && self.header_kind(t).is_none())
            })
    }

    /// Whether block `b` opens with a byline line (`By Ann Poe`, `By Ann Poe,
    /// Head of Product`) and the story runs on under it with no blank line
    /// between, as blogs and press offices print it: the line under the
    /// byline longer than any role line.
    #[inline(never)]
    fn byline_over_story(&self, b: usize) -> bool {
        let Some(block) = self.blocks.get(b) else {
            return false;
        };
        let line = |i: usize| trimmed_line(self.text, self.lines, i);
        text::longer_than(line(block.first + 1), MAX_BYLINE_TITLE)
            && byline::byline(line(block.first)).is_some()
    }

    /// Whether `block`, one of the first, which reads as no header block whole, is a
    /// headline with what pages set under it with no blank line between: a
    /// standfirst, a byline, a time stamp (the Guardian's headline /
    /// standfirst / `Ann Poe in Warsaw` / `Fri 27 Nov 2026 14.03 GMT`; a
    /// paper's headline / `Our Correspondent`). Of its parts, as
    /// [`Driver::header_parts`] splits them, the first is a display line and
    /// the others display lines, bylines or stamps (the lines it splits at
    /// are those a header has), or a standfirst under a page's top or over
    /// a block opening with a stamp or names (a blog's headline /
    /// standfirst, then `14 November 2023` / `Ann Poe | Head of Research`),
    /// or the last of three parts under the headline and its stamp (DW's
    /// headline / `May 30, 2026` / standfirst).
    /// The parts are pushed to `out` when it is; else `out` is left as it
    /// was. `b` is the block's index.
    #[inline(never)]
    fn title_block(&self, b: usize, out: &mut Vec<Span>) -> bool {
        let Some(block) = self.blocks.get(b) else {
            return false;
        };
        let lines = block.end - block.first;
        if !(2..=MAX_TITLE_BLOCK).contains(&lines) {
            return false;
        }
        let before = out.len();
        self.header_parts(block.first, block.end, out);
        let parts = out.get(before..).unwrap_or(&[]);
        let credit =
            |span: Span| self.header_kind(self.get(span)).is_some() || self.names_part(span);
        let display = |span: Span| headline::is_display(self.get(span));
        // (or a standfirst under the part above it, under a page's top or
        // over a block opening with a stamp or names)
        let header_under = || {
            self.blocks
                .get(b + 1)
                .is_some_and(|next| credit(self.span_of(next.first, next.first + 1, 0)))
        };
        let standfirst = |above: Span, span: Span| {
            headline::is_standfirst_under(self.get(above), self.get(span))
                && (self.page.get() || header_under())
        };
        // (or a standfirst under the line the block parts at under the
        // headline, the last of three parts, as DW prints them: the headline
        // / its stamp, `May 30, 2026` / the standfirst; the block parts only
        // at a header's lines)
        let under_line = || match *parts {
            [title, _, span] => headline::is_standfirst_under(self.get(title), self.get(span)),
            _ => false,
        };
        // (or a headline written as a sentence under a kicker, over the
        // byline: an opinion page's `Opinion` / `Commentary: The trail is
        // finished. Now maintain it.` / `By Ann Poe`)
        let sentence_title = |k: usize, above: Span, span: Span| {
            headline::is_kicker_line(self.get(above))
                && self.sentence_title_over(span, parts.get(k + 1).copied())
        };
        // (or a deck's point under the headline, or a deck led by a dash,
        // as MedPage Today prints it: `— Effect held after adjustment for
        // confounders`)
        let header = parts.first().is_some_and(|&span| display(span))
            && parts.windows(2).enumerate().all(|(k, w)| match *w {
                [above, span] => {
                    credit(span)
                        || display(span)
                        || standfirst(above, span)
                        || under_line()
                        || sentence_title(k + 1, above, span)
                        || headline::is_subhead_line(self.get(span))
                }
                _ => true,
            });
        if !header {
            out.truncate(before);
        }
        header
    }

    /// What the header line `t` is, as [`trailer::classify_header`] reads
    /// it, or a site's short source line (`Source: Xinhua`), or an agency's
    /// slug with no desk's code ([`trailer::is_bare_slug`], furniture); under
    /// a page's top ([`page_top`]), a share bar too (`Facebook Twitter
    /// Email`, [`trailer::is_share_bar`]). An obituary's life span
    /// ([`trailer::is_life_span`]) is furniture, asked first.
    fn header_kind(&self, t: &str) -> Option<TrailerKind> {
        // (an obituary's life span under the name, `1938 - 2024`, is no
        // stamp, though two dates read as one: `April 14, 1932 - January
        // 17, 2025`)
        if matches!(t.as_bytes().last(), Some(b'0'..=b'9' | b')')) && trailer::is_life_span(t) {
            return Some(TrailerKind::Furniture);
        }
        if let Some(kind) = trailer::classify_header(t) {
            return Some(kind);
        }
        // (a stamp with a site's marks: the Daily Mirror's `21 September
        // 2026 06:10 pm - 3 - {{hitsCtrl.values.hits}}`, Yonhap's `All News
        // 15:02 March 03, 2026`)
        if trailer::is_site_stamp(t) {
            return Some(TrailerKind::Timestamp);
        }
        // (a printed page's marks: `Page 1 of 3`, `(Special Dispatch.)`;
        // told by the first byte first)
        if let Some(kind) = trailer::print_mark(t) {
            return Some(kind);
        }
        // (the Welsh Government's `First published: 28 November 2026`, a
        // college athletics site's `2/28/2026 6:10:00 PM | Softball`
        // ([`trailer::is_opening_stamp`]); ProPublica's `Update, Nov. 21,
        // 2026: This story has been …`)
        match t.as_bytes().first() {
            Some(b'F' | b'f' | b'O' | b'o' | b'0'..=b'9') if trailer::is_opening_stamp(t) => {
                return Some(TrailerKind::Timestamp);
            }
            // (and its report's kind: `Format: Situation Report`)
            Some(b'F') if t.starts_with(REPORT_FORMAT) => {
                return Some(TrailerKind::Furniture);
            }
            Some(b'U' | b'u') if trailer::is_dated_update(t) => {
                return Some(TrailerKind::EditorsNote);
            }
            // (a newsletter's offer under the byline: `Sign up for Chalkbeat
            // Detroit's free daily newsletter …`)
            Some(b'S') if trailer::is_promo(t) => {
                return Some(TrailerKind::Promo);
            }
            // (the Navy's story number, its release date after it on its
            // line: `Story Number: NNS110419-05 Release Date: 4/19/2011
            // 3:12:00 PM`)
            Some(b'S') if t.starts_with(STORY_NUMBER) => {
                return Some(TrailerKind::Furniture);
            }
            // (a stamp after a bullet, as the BBC's pages list them: `•
            // Published 18 March 2026`)
            Some(0xE2) if trailer::is_bulleted_stamp(t) => {
                return Some(TrailerKind::Timestamp);
            }
            // (a review's rating in stars under its headline, `★★☆☆☆`; a
            // portal's credit to the source, MSN's `© Provided by Reuters`)
            Some(0xE2 | 0xC2) if trailer::is_star_rating(t) || trailer::is_provided_by(t) => {
                return Some(TrailerKind::Furniture);
            }
            // (a transcript's air date: `Aired November 27, 2026 - 13:00
            // ET`)
            Some(b'A') if trailer::is_aired_stamp(t) => {
                return Some(TrailerKind::Timestamp);
            }
            // (a service's advisory of the story's pictures: `NYT photos are
            // available to clients of the New York Times News Service.`)
            Some(b'N' | b'A' | b'P') if trailer::is_photo_advisory(t) => {
                return Some(TrailerKind::EditorsNote);
            }
            // (the AP's line of when it sent a story, over it in an
            // archive: `AP-NY-03-03-25 1412EST`)
            Some(b'A') if trailer::is_ap_sent_line(t) => {
                return Some(TrailerKind::Furniture);
            }
            // (a stamp in another language: `Publié le 3 décembre 2026
            // à 10h12`, `Stand: 03.12.2026 10:12 Uhr`)
            Some(b'A' | b'B' | b'G' | b'M' | b'O' | b'P' | b'S' | b'V' | b'Y' | 0xD0)
                if trailer::may_be_foreign_stamp(t) && trailer::is_foreign_stamp(t) =>
            {
                return Some(TrailerKind::Timestamp);
            }
            // (or after a bar: Patch's `|Updated Tue, Apr 21, 2026 at 11:30 pm
            // ET`)
            Some(b'0'..=b'9' | b'|') if self.figures_or_bar_stamp(t) => {
                return Some(TrailerKind::Timestamp);
            }
            // (or after French's `Le`: `Le 7 février 2025 à 18h45`)
            Some(b'L')
                if t.strip_prefix("Le ")
                    .is_some_and(trailer::is_foreign_date_time) =>
            {
                return Some(TrailerKind::Timestamp);
            }
            // (or opening with the weekday: `Martes, 8 de septiembre de
            // 2026 - 10:12`)
            Some(
                b'D' | b'F' | b'G' | b'J' | b'L' | b'M' | b'Q' | b'S' | b'T' | b'V' | b'W' | b'Z',
            ) if trailer::may_be_foreign_weekday(t) && trailer::is_foreign_weekday_stamp(t) => {
                return Some(TrailerKind::Timestamp);
            }
            // (a print view's, a reader app's, a reprint's, a newsletter
            // mail's line over the story: `Print this page`, `Saved from
            // …`, `Republished from …`, `View this post on the web at …`; a
            // close button's `×`)
            Some(
                b'A' | b'F' | b'H' | b'M' | b'N' | b'P' | b'R' | b'S' | b'T' | b'U' | b'V' | 0xC3,
            ) if trailer::may_be_copy_line(t) && trailer::is_copy_line(t) => {
                return Some(TrailerKind::Furniture);
            }
            // (Business Wire's desks the release is sent to:
            // `Business Editors/High-Tech Writers`)
            Some(b'B') if trailer::is_desk_routing(t) => {
                return Some(TrailerKind::Furniture);
            }
            // (a site's source line under the headline: Xinhua's `Source:
            // Xinhua`)
            Some(b'S' | b's') if t.len() <= MAX_SOURCE_LINE && trailer::is_source_line(t) => {
                return Some(TrailerKind::SourceLine);
            }
            _ => {}
        }
        // (an agency's slug with no desk's code: `Peru-politics-Congress`;
        // a press release's symbol: `SG/SM/23481`; a page's bar alone on
        // its line between the names and the stamp: `Ann Poe` / `|` /
        // `November 25, 2026`)
        (trailer::is_bare_slug(t)
            // (the Press Trust of India's `DEL52 BIZ-RBI-LOANS`)
            || (matches!(
                t.as_bytes(),
                [b'A'..=b'Z', b'A'..=b'Z', b'A'..=b'Z', b'0'..=b'9', ..]
            ) && trailer::is_pti_slug(t))
            || trailer::is_transmission_line(t)
            || trailer::is_document_symbol(t)
            // (a paper's citation over its scan: `Times (1923-1963); Mar 3, 1954;`)
            || (t.as_bytes().last() == Some(&b';') && export::is_scan_citation(t))
            // (a government's release number, `PRESS RELEASE 26-118`,
            // its figure last read in line first, as most lines end
            // otherwise; a label with its date is the kicker and a
            // stamp, EurekAlert!'s `NEWS RELEASE 28-NOV-2026`; the
            // ministers over a release, `The Hon Ann Poe MP`)
            || (t.as_bytes().last().is_some_and(u8::is_ascii_digit)
                && ((trailer::is_release_number(t) && headline::release_label(t).is_none())
                    // (a page's number for the story: Tasnim's `News
                    // ID: 3190412`; a journal's citation of it, the BMJ's
                    // `Cite this as: BMJ 2025;390:r1422`)
                    || trailer::is_id_or_citation(t)
                    // (a newsletter's edition: `Evening Edition — February
                    // 21`)
                    || headline::is_edition_stamp(t)
                    // (a research corpus' document number: `AP890825-0115`)
                    || trailer::is_corpus_docno(t)))
            || (self.ministers.get() && trailer::is_minister_line(t))
            // (The Conversation's `Author` over the names)
            || trailer::is_author_label(t)
            // (a divider alone: `—`)
            || matches!(t, "|" | "•" | "·" | "—" | "∙")
            // (a share bar after its label: `Share: Facebook | X`,
            // `Share on: Facebook Twitter`)
            || ((matches!(t.as_bytes().get(5), Some(b':'))
                || matches!(t.as_bytes().get(8), Some(b':')))
                && trailer::is_labelled_share_bar(t))
            // (a stamp's label alone over its date, the BBC's
            // `Published` / `28 May 2026`)
            || trailer::is_stamp_label(t)
            // (a player's time: `00:00`, `11:42`)
            || (t.len() <= 8
                && t.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && trailer::is_player_time(t))
            || (self.page.get() && trailer::is_share_bar(t)))
        .then_some(TrailerKind::Furniture)
    }

    /// How many of the header's first `parts` are a web page's top copied
    /// with blank lines between its lines: the parts through the last
    /// navigation part (a menu, a control, a breadcrumb trail) among the
    /// first [`PAGE_TOP_LINES`], above the first part of
    /// [`PAGE_TOP_WORDS`] words or more, of more than one line, opening with
    /// `By` or a stamp (the headline's, the byline's, the header's), as
    /// [`page_top`] reads them in one block: the site's name and menu over
    /// them (`WQXJ Action 4 News` / `Watch Live` / `News | Weather |
    /// Traffic | Closings`).
    fn page_top_parts(&self, parts: &[Span]) -> usize {
        self.top_count(parts.iter().copied())
    }

    /// How many of the header's first `spans` (parts or blocks) are a web
    /// page's top ([`Driver::page_top_parts`]).
    fn top_count(&self, spans: impl Iterator<Item = Span>) -> usize {
        let mut last = None;
        for (k, span) in spans.enumerate().take(PAGE_TOP_LINES) {
            let t = self.get(span);
            // (a byline's label alone, over the names, is the header's: `By`
            // / `Ann Poe`, not a page's control)
            if t.eq_ignore_ascii_case("by") {
                break;
            }
            let lines = memchr::memchr2(b'\n', b'\r', t.as_bytes()).is_some();
            // (a reader app's lines too, short as a page's are: `Flipboard`
            // / `Flipped into Science Now by Ann Poe`; a story's first
            // paragraph may open as one, `Published in the spring of …`)
            if trailer::is_navigation(t)
                || crumb_trail_at(self.text, span)
                || (lines && controls_block(t))
                || (t.len() <= MAX_TOP_COPY_LINE
                    && trailer::may_be_copy_line(t)
                    && trailer::is_copy_line(t))
            {
                last = Some(k);
            } else if lines
                || headline_long(t)
                || text::strip_prefix_ci(t, "by ").is_some()
                || self.header_kind(t) == Some(TrailerKind::Timestamp)
            {
                // the header under the page's top: the headline, a byline,
                // a stamp
                break;
            }
        }
        last.map_or(0, |k| k + 1)
    }

    /// How many of the first blocks are a web page's top, each one line,
    /// as [`Driver::page_top_parts`] reads the header's parts.
    #[inline(never)]
    fn top_blocks(&self) -> usize {
        self.top_count(self.blocks.iter().map(|b| self.span_of(b.first, b.end, 0)))
    }

    /// Cuts a web page's top ([`Driver::page_top_parts`]) from the header's
    /// `parts`, and a local app's label of the reader's town under it
    /// ([`place::is_locality_label`]), or a release's letterhead (a name
    /// over [`trailer::is_street_line`]), pushed to `article` as trailers:
    /// time stamps as such, the rest as furniture. Out of line, and before the
    /// header's loop rather than in it: in it, the page's test cost 1% more,
    /// the town's 0.13%.
    #[inline(never)]
    fn cut_top_parts(&self, parts: &mut Vec<Span>, article: &mut Article<'a>) {
        let mut n = self.page_top_parts(parts);
        // (a local app's label of the reader's town, first or under the
        // app's name of one word: `NewsBreak` / `Toledo, OH`; its last byte
        // and length the quick test)
        let locality = |span: &Span| {
            let t = self.get(*span);
            matches!(t.as_bytes().last(), Some(b'A'..=b'Z' | b'.'))
                && t.len() <= place::MAX_LOCALITY_LABEL
                && place::is_locality_label(t)
        };
        // (a newsletter's edition over its date: `The JTA Daily Briefing` /
        // `Thursday, September 10, 2026`, the story's header under them)
        if n == 0
            && parts
                .first()
                .is_some_and(|&name| headline::is_edition_name(self.get(name)))
            && parts.get(1).is_some_and(|&date| {
                self.header_kind(self.get(date)) == Some(TrailerKind::Timestamp)
            })
        {
            n = 2;
        }
        let mut next = parts.iter().skip(n);
        match (next.next(), next.next()) {
            (Some(first), _) if locality(first) => n += 1,
            (Some(&name), Some(second)) if !self.get(name).contains(' ') && locality(second) => {
                n += 2;
            }
            _ => {}
        }
        if n > 0 {
            self.page.set(true);
        }
        // (or a letterhead, a name over its street address, as a police
        // department's release opens: `MORRIS COUNTY SHERIFF'S OFFICE` /
        // `808 N. Main St.`; no page's top)
        if n == 0
            && parts
                .get(1)
                .is_some_and(|&street| trailer::is_street_line(self.get(street)))
        {
            n = 2;
        }
        // (or a letterhead's parts over the release's label, the headline
        // under it: `KENT COUNTY SHERIFF'S OFFICE` / `Sheriff Ann Poe` /
        // `PRESS RELEASE`)
        if n == 0 {
            n = self.letterhead_parts(parts);
        }
        // (or a paper's motto with its page's links around it: `Sign in` /
        // `Democracy Dies in Darkness` / `National`; under a page's top cut
        // already, or first; or under the site's name, a part of its own:
        // `UN News` / `Global perspective Human stories`)
        let motto = |k: usize| {
            parts.get(k).is_some_and(|&top| {
                self.get(top)
                    .split(['\n', '\r'])
                    .any(|l| trailer::is_motto(text::trim(l)))
            })
        };
        if let Some(k) = (n..n + 2).find(|&k| motto(k)) {
            n = k + 1;
        }
        // (or the Reuters-21578 collection's stamp and the story's topic and
        // place codes under it: `10-MAR-1987 11:20:50.84` / `palm-oil` /
        // `malaysia`)
        if n == 0
            && parts
                .first()
                .is_some_and(|&stamp| trailer::is_collection_stamp(self.get(stamp)))
        {
            n = 1 + parts
                .iter()
                .skip(1)
                .take_while(|&&codes| trailer::is_topic_codes(self.get(codes)))
                .count();
        }
        for span in parts.drain(..n.min(parts.len())) {
            let kind = self
                .header_kind(self.get(span))
                .unwrap_or(TrailerKind::Furniture);
            self.push_trailer(article, kind, span);
        }
    }

    /// How many of the header's first `parts` are a letterhead over a
    /// release's label ([`headline::release_label`]), as police departments,
    /// sheriffs and county offices head their releases: the office's name,
    /// its address and its head (`BROOKSIDE POLICE DEPARTMENT` / `693
    /// Commerce Street | Brookside, NJ 49761` / `Chief of Police Ann Poe`),
    /// in one to [`MAX_LETTERHEAD_PARTS`] parts, the first naming a public
    /// body ([`headline::is_body_name`]), then the label, with a headline
    /// under it. 0 when the parts are none.
    fn letterhead_parts(&self, parts: &[Span]) -> usize {
        let Some(label) = parts
            .iter()
            .take(MAX_LETTERHEAD_PARTS + 1)
            .position(|&p| headline::release_label(self.get(p)).is_some())
        else {
            return 0;
        };
        // (the office's name in the first part, by its words: a headline
        // over the label may open as a body's name does, `City of Tacoma
        // Opens Library`)
        let named = parts.first().is_some_and(|&p| {
            self.get(p)
                .split(['\n', '\r'])
                .take(MAX_ISSUER_PARTS)
                .any(|l| headline::is_body_name(text::trim(l)))
        });
        if named && self.headline_under(parts.get(label + 1..).unwrap_or_default()) {
            label
        } else {
            0
        }
    }

    /// Whether block `b` is one line, an issuer's name, under a block of
    /// one line that is a science release's type (`Peer-Reviewed
    /// Publication` / `Northfield Institute of Technology`).
    fn issuer_under_type(&self, b: usize) -> bool {
        let one_line = |b: usize| {
            self.blocks
                .get(b)
                .filter(|block| block.end - block.first == 1)
                .map(|block| self.get(self.span_of(block.first, block.end, 0)))
        };
        b.checked_sub(1)
            .and_then(one_line)
            .zip(one_line(b))
            .is_some_and(|(above, t)| is_issuer_under(above, t))
    }

    /// Whether the header's part `k` of `parts` is a science release's
    /// issuer under its type (`Peer-Reviewed Publication` / `Marlow
    /// University`). Out of line: asked of every part, true of few.
    #[inline(never)]
    fn issuer_part_under_type(&self, parts: &[Span], k: usize) -> bool {
        k.checked_sub(1)
            .and_then(|above| parts.get(above))
            .zip(parts.get(k))
            .is_some_and(|(&above, &part)| is_issuer_under(self.get(above), self.get(part)))
    }

    /// Reads the header part at `span`, a display line under the headline,
    /// as the deck (a release's label there, `News release`, or a desk's
    /// word alone, `Economy`, as furniture); or, where the headline read
    /// is a section's label over it ([`headline::is_label_over_title`]:
    /// `US politics` / `Senate confirms …`) or a meeting's name
    /// ([`headline::is_meeting_name`]), as the headline, the label the
    /// kicker (furniture under one; under a meeting's name, a standfirst
    /// run on under the title the deck); so too where the headline read is
    /// a body's name over its press office or a page's list of categories
    /// ([`trailer::is_category_list`]), then furniture; or where the
    /// headline read is a site's short label over a stamp, the part longer
    /// and the header's `next` part opening with names (`Axios Denver` /
    /// `Mar 3, 2026` / the headline / `Ann Poe`), as its kicker. Out of
    /// line: asked once an article at most.
    #[inline(never)]
    fn deck_under_headline(&self, article: &mut Article<'a>, span: Span, next: Option<Span>) {
        let part = Headline {
            text: self.get(span),
            span,
        };
        // (or a site's label over a stamp, the title under the stamp:
        // `Axios Denver` / `Mar 3, 2026` / the headline)
        let over_stamp = |h: &Headline<'a>| {
            h.text.len() <= headline::MAX_LABEL_LINE
                && h.text.split(' ').count() < part.text.split(' ').count()
                && article
                    .trailers
                    .last()
                    .is_some_and(|t| t.kind == TrailerKind::Timestamp)
                && next.is_some_and(|n| {
                    // (its first line: a caption may run on under the names)
                    let line = trailer::first_line(self.get(n)).len();
                    self.names_part(Span::new(n.start(), n.start() + line))
                })
        };
        // (or a meeting's name over the title, read first: `American
        // Diabetes Association (ADA) 85th Scientific Sessions` / the title)
        let meeting = |h: &Headline<'a>| self.meeting.get() && headline::is_meeting_name(h.text);
        match article.headline.filter(|h| {
            headline::is_label_over_title(h.text, part.text) || over_stamp(h) || meeting(h)
        }) {
            Some(label) => {
                if article.kicker.is_none() {
                    article.kicker = Some(label);
                } else {
                    self.push_trailer(article, TrailerKind::Furniture, label.span);
                }
                article.headline = Some(part);
                // (under a meeting's name, the title's standfirst in its
                // part is the deck)
                if meeting(&label) && article.deck.is_none() {
                    self.title_and_standfirst(article, part);
                }
            }
            // (a body's name over its press office, read as the headline,
            // is furniture over it: `National Transportation Safety Board`
            // / `Office of Public Affairs`; so is a page's list of the
            // story's categories, `Africa, Education, Featured, Headlines`)
            None if article
                .headline
                .is_some_and(|h| press_office(h.text) || trailer::is_category_list(h.text)) =>
            {
                if let Some(issuer) = article.headline.replace(part) {
                    self.push_trailer(article, TrailerKind::Furniture, issuer.span);
                }
            }
            // (a release's label under the headline is the page's: the
            // ICRC's `News release`; so is its issuer, `From: Fisheries
            // and Oceans Canada`)
            // (and so is a desk's word alone under it, over the stamp:
            // Montsame's `Economy`)
            None if headline::release_label(part.text).is_some()
                || is_issuer_line(part.text)
                || desk_over_stamp(part.text) =>
            {
                self.push_trailer(article, TrailerKind::Furniture, span);
            }
            None => article.deck = Some(part),
        }
    }

    /// Reads the header part `part`, the headline, as its first line and
    /// the deck under it, where it has more lines (a title and its
    /// standfirst run together under a meeting's name).
    fn title_and_standfirst(&self, article: &mut Article<'a>, part: Headline<'a>) {
        let title = trailer::first_line(part.text);
        let start = part.span.start();
        let deck = text::trim_span(self.text, start + title.len(), part.span.end());
        if deck.is_empty() {
            return;
        }
        article.headline = Some(Headline {
            text: title,
            span: Span::new(start, start + title.len()),
        });
        article.deck = Some(Headline {
            text: self.get(deck),
            span: deck,
        });
    }

    /// Whether the header's part `k` of `parts` is a desk's label in a
    /// block of its own over the headline ([`headline::is_desk_over`]:
    /// `Club News`, `LOCAL POLITICS`; [`headline::is_release_desk`]:
    /// `Joint News Release`). Out of line: asked of an article's first
    /// part, true of few.
    #[inline(never)]
    fn desk_over(&self, parts: &[Span], k: usize) -> bool {
        let (Some(&label), Some(&next)) = (parts.get(k), parts.get(k + 1)) else {
            return false;
        };
        let t = self.get(label);
        ((t.len() <= headline::MAX_DESK
            && headline::is_desk_over(t, self.get(next), || {
                parts.get(k + 2).is_some_and(|&d| self.deck_part(d))
            }))
            || headline::is_release_desk(t))
            && self.blank_between(label, next)
    }

    /// How many of the header's parts from `k` on are a page's labels
    /// ([`headline::label_stack`]) over a headline of five words or more in
    /// the part under them, of two lines at most (a story's first paragraph
    /// under a label is no headline): one, or two where the labels were
    /// parted (`NSW` / `Transport`, a line in mixed case under one in
    /// capitals); none where they are no labels.
    fn labels_over(&self, parts: &[Span], k: usize) -> usize {
        // (a speed gate: most headlines' first lines are longer than any
        // label's, and stop here)
        let short = |t: &str| {
            memchr::memchr2(b'\n', b'\r', t.as_bytes()).unwrap_or(t.len())
                <= headline::MAX_LABEL_LINE
        };
        // a magazine's section and fly-title in two parts over the headline
        // and its rubric (`Europe` / `Poland's farmers` / `Tractors at the
        // gates` / `A government that …`)
        if self.fly_title_parts(parts, k) {
            return 2;
        }
        for n in 1..=MAX_STACKED_LABELS {
            let (Some(labels), Some(&under)) = (parts.get(k..k + n), parts.get(k + n)) else {
                return 0;
            };
            // (a stamp may stand between, or two: `Women's Basketball` / its
            // date, TASS's section / `December 3, 14:25` / `UPDATED: …`; a
            // stamp has a figure, which most parts asked here have not)
            let stamp = |span: Span| {
                let t = self.get(span);
                t.bytes().any(|b| b.is_ascii_digit()) && self.header_kind(t).is_some()
            };
            let mut next = under;
            let mut at = k + n;
            for after in parts.iter().skip(k + n + 1).take(MAX_STAMPS_UNDER_LABEL) {
                if self.headline_shaped(next) || !stamp(next) {
                    break;
                }
                next = *after;
                at += 1;
            }
            // (a byline or a stamp under a label is none: `NSW` / `By Ann
            // Poe` / the headline)
            // (nor is The Conversation's `Author` over the names)
            if !labels.iter().all(|&l| short(self.get(l)))
                || labels
                    .get(1)
                    .is_some_and(|&l| !self.deck_part(l) || trailer::is_author_label(self.get(l)))
            {
                return 0;
            }
            let below = self.get(next);
            // (or a magazine's section over its fly-title, one part, over
            // a headline of any length: `Europe` / `Poland's farmers` /
            // `Tractors at the gates`, [`Driver::fly_title_end`])
            if let [label] = labels {
                if headline::is_fly_title_stack(self.get(*label))
                    && self.headline_part(next)
                    && self.rubric_under(next, parts.get(k + n + 1))
                {
                    return 1;
                }
            }
            if self.headline_shaped(next) && self.headline_part(next) {
                let mut told = false;
                for &l in labels {
                    match headline::label_stack(self.get(l), below) {
                        Some(words) => told |= words,
                        None => return 0,
                    }
                }
                // (two labels or three whose words tell nothing, over a
                // headline with the byline under it or under its deck: a
                // site's name and its section, `MedPage Today` / `Washington
                // Watch` / the headline / `by Ann Poe`; a short headline
                // and its deck stand over no longer headline)
                told = told || (n > 1 && self.byline_under_title(parts, at));
                return if told { n } else { 0 };
            }
        }
        0
    }

    /// Whether the header's part after `parts[title]`, or the one after
    /// that (under a deck or a stamp), is a byline (`By Ann Poe`, or names
    /// alone).
    fn byline_under_title(&self, parts: &[Span], title: usize) -> bool {
        parts
            .iter()
            .skip(title + 1)
            .take(2)
            .any(|&span| self.names_part(span))
    }

    /// Whether the header's span reads as a byline: with its label (`By
    /// Ann Poe`, [`byline::byline_at`]) or names alone
    /// ([`byline::bare_byline_at`]).
    fn names_part(&self, span: Span) -> bool {
        byline::byline_at(self.text, span).is_some()
            || byline::bare_byline_at(self.text, span).is_some()
    }

    /// Whether the header's part at `span` has a headline's shape under
    /// labels: five words or more (a line of labels has four at most), on
    /// two lines at most (a story's first paragraph is no headline).
    fn headline_shaped(&self, span: Span) -> bool {
        let t = self.get(span);
        t.split_whitespace().nth(4).is_some()
            && t.split(['\n', '\r'])
                .filter(|l| !l.trim().is_empty())
                .nth(2)
                .is_none()
    }

    /// Whether the header's part at `span`, under a headline, may be its
    /// deck: no byline (`By Ann Poe`, names alone) and no stamp.
    fn deck_part(&self, span: Span) -> bool {
        !self.names_part(span) && trailer::classify_header(self.get(span)).is_none()
    }

    /// Whether a blank line stands between the spans `above` and `below`
    /// (two line breaks or more between them).
    fn blank_between(&self, above: Span, below: Span) -> bool {
        let gap = self.text.get(above.end()..below.start()).unwrap_or("");
        let breaks = gap.bytes().filter(|&b| b == b'\n').count();
        let breaks = if breaks == 0 {
            gap.bytes().filter(|&b| b == b'\r').count()
        } else {
            breaks
        };
        breaks >= 2
    }

    /// Whether the header's part `k` of `parts` is a deck in capitals
    /// stacked under the part over it in its block ([`capitals_deck`]), as
    /// [`Driver::header_parts`] parted them: no names. Out of line: asked
    /// of a part read as names under the headline.
    #[inline(never)]
    fn stacked_deck(&self, parts: &[Span], k: usize) -> bool {
        let above = k.checked_sub(1).and_then(|j| parts.get(j));
        let (Some(&above), Some(&part)) = (above, parts.get(k)) else {
            return false;
        };
        let last = self.get(above).rsplit(['\n', '\r']).next().unwrap_or("");
        let first = self.get(part).split(['\n', '\r']).next().unwrap_or("");
        // (or the headline's wrapped words over a newswire's `News provided
        // by`, which the issuer's name follows: `Acme Selected to Protect`
        // / `Payment Infrastructure` / `News provided by`)
        let over_issuer = || {
            parts
                .get(k + 1)
                .is_some_and(|&under| trailer::is_release_type(self.get(under)))
        };
        !self.blank_between(above, part)
            && (capitals_deck(text::trim(last), text::trim(first)) || over_issuer())
    }

    /// The text of `span`.
    fn get(&self, span: Span) -> &'a str {
        text::slice(self.text, span)
    }

    /// A database export's marker over the story (`LexisNexis`' `BODY:`, Nexis
    /// Uni's `Body`) opening one of the first `blocks` blocks, or a line of
    /// the first block when nothing bounds the search (copy with no blank
    /// lines), when a labelled field (`LENGTH: 412 words`, `Byline: …`)
    /// stands above it.
    #[inline(never)]
    fn export_marker(&self, blocks: usize) -> Option<Export> {
        let is_marker = |l: &Line| {
            l.end.saturating_sub(l.start) <= export::MAX_MARKER_LINE
                && export::is_body_marker(text::trim(l.get(self.text)))
        };
        // `ProQuest`'s `Full text:` label opening the story's first line
        // the marker (or label) opens a block, or, in copy with no blank
        // lines, is a line of the first block (searched only when no
        // dateline above bounds the search)
        let found = self
            .blocks
            .iter()
            .take(blocks)
            .enumerate()
            .find_map(|(b, block)| {
                let line = self.lines.get(block.first)?;
                if is_marker(line) {
                    Some((b, block.first, None))
                } else {
                    self.full_text_label(line)
                        .map(|label| (b, block.first, Some(label)))
                }
            })
            // (or a label over the dateline in its block: `Article Text:` /
            // `QUISPAMSIS, N.B. -- …`)
            .or_else(|| {
                let block = self.blocks.get(blocks).filter(|b| b.end - b.first > 1)?;
                let label = self.full_text_label(self.lines.get(block.first)?)?;
                Some((blocks, block.first, Some(label)))
            })
            .or_else(|| {
                let block = self.blocks.first().filter(|_| blocks == EXPORT_BLOCKS)?;
                let lines = self.lines.get(block.first..block.end)?;
                // (the marker, or `Full text:` as a line of its own or
                // opening the story's line)
                lines
                    .iter()
                    .take(EXPORT_LINES)
                    .enumerate()
                    .skip(1)
                    .find_map(|(k, l)| {
                        let at = block.first + k;
                        if is_marker(l) {
                            return Some((0, at, None));
                        }
                        self.full_text_label(l).map(|label| (0, at, Some(label)))
                    })
            });
        let (b, marker, label) = found?;
        let above = self.lines.get(..marker)?;
        // (or `Full text:` opens the text: a `ProQuest` document saved from
        // its story on, the fields under it)
        let opens_text = label.is_some() && self.blocks.first().is_some_and(|f| f.first == marker);
        let field = |l: &Line| export::field(text::trim(l.get(self.text))).is_some();
        // (or `ProQuest`'s fields under the story)
        let fields_under = || {
            self.lines
                .get(marker..)
                .is_some_and(|under| under.iter().any(field))
        };
        // (or `ProQuest`'s link to the document above, its citation's
        // export with no fields: `ProQuest document link`)
        let linked = |l: &Line| export::is_document_link(text::trim(l.get(self.text)));
        if !opens_text && !above.iter().any(|l| field(l) || linked(l)) && !fields_under() {
            return None;
        }
        let line = self.lines.get(marker)?;
        Some(match label {
            // the story on the label's line
            Some(label) => Export {
                header_end: marker,
                body_block: b,
                body_line: marker,
                body_from: label.end(),
                marker: Some(text::trim_span(self.text, label.start(), label.end())),
                words: None,
                codes: false,
            },
            None => Export {
                header_end: marker,
                body_block: b,
                body_line: marker + 1,
                body_from: 0,
                marker: Some(text::trim_span(self.text, line.start, line.end)),
                words: None,
                codes: false,
            },
        })
    }

    /// A `LexisNexis` export with no `BODY:` marker, as its older
    /// deliveries print one: the result list's count opening the text (`3
    /// of 42 DOCUMENTS`), the publication's lines, the headline and the
    /// labelled fields (`BYLINE: …`, `LENGTH: 486 words`, `DATELINE: …`)
    /// in blocks of their own; the story starts at the first block under
    /// the first run of field blocks; or an archive's fields over a story
    /// with no marker ([`Driver::headline_fields`]). Its quick test, the
    /// count's first digit or the label's first letter, fails on most
    /// texts.
    fn counted_export(&self) -> Option<Export> {
        let line = self.lines.get(self.blocks.first()?.first)?;
        let bytes = self.text.as_bytes().get(line.start..line.end)?;
        let indent = bytes
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        match bytes.get(indent..)? {
            [b'0'..=b'9', ..] => self.counted_story(),
            // (`Headline:`: its colon ninth)
            [b'H' | b'h', _, _, _, _, _, _, _, b':', ..] => self.headline_fields(),
            // (a paper's name with its state in brackets: the bracket last)
            [.., b')'] => self.paper_fields(headline::is_masthead),
            // (a clipping bureau's name: `… Service`, `… Bureau`)
            [.., b'E', b'R', b'V', b'I', b'C', b'E']
            | [.., b'e', b'r', b'v', b'i', b'c', b'e']
            | [.., b'U', b'R', b'E', b'A', b'U']
            | [.., b'u', b'r', b'e', b'a', b'u'] => self.paper_fields(headline::is_clipping_bureau),
            _ => None,
        }
    }

    /// An archive's record with no marker over its story, as `NewsBank`
    /// saves one: the paper's name (`Cedar Valley Gazette (IA)`, `named`
    /// [`headline::is_masthead`]) over the date and [`MIN_PAPER_FIELDS`]
    /// fields or more (`Section:`, `Edition:`, `Page:`, `Author:`) in the
    /// first block, the headline alone in the block under it, and the
    /// story under that (under a block of more lines, the story's first
    /// paragraph, it is none), or under a byline alone in its block (`By
    /// Ann Poe`). A clipping bureau's clipping is read so too, its name
    /// (`named` [`headline::is_clipping_bureau`]) over the paper's fields
    /// (`Source:`, `City/State:`, `Date:`, `Page:`). Out of line: true of
    /// few texts.
    #[inline(never)]
    fn paper_fields(&self, named: fn(&str) -> bool) -> Option<Export> {
        let first = self.blocks.first()?;
        let line = |i: usize| trimmed_line(self.text, self.lines, i);
        if !named(line(first.first)) {
            return None;
        }
        // (an e-edition's page names its writer under the paper's name and
        // date, with fewer fields: `ANN POE PARLIAMENTARY REPORTER`)
        let fields = (first.first..first.end)
            .filter(|&i| export::field(line(i)).is_some())
            .count();
        let title = self.blocks.get(1)?;
        let mut story = self.blocks.get(2)?;
        if story.end - story.first == 1 && byline::byline(line(story.first)).is_some() {
            story = self.blocks.get(3)?;
        }
        (fields >= MIN_PAPER_FIELDS && title.end - title.first == 1)
            .then(|| self.story_at(story.first, 0))
    }

    /// An archive's story saved with its fields over it and no marker (the
    /// New York Times' archive as text: `Headline: …` / `Byline: …` /
    /// `Dateline: CHICAGO, Oct. 14` / `Section: …`, the story in the blocks
    /// under them): the first block opens with a `Headline:` field and
    /// holds two more fields; the story starts at the block under it. Out
    /// of line: true of few texts.
    #[inline(never)]
    fn headline_fields(&self) -> Option<Export> {
        let first = self.blocks.first()?;
        let line = |i: usize| trimmed_line(self.text, self.lines, i);
        let opens = line(first.first)
            .get(..9)
            .is_some_and(|l| l.eq_ignore_ascii_case("headline:"));
        if !opens {
            return None;
        }
        // (a news service's dump holds its story in a field of the block:
        // `body: |`, read as the dump's)
        let story_field = |i: usize| {
            markdown::front_field(line(i))
                .is_some_and(|(key, ..)| markdown::key(key) == markdown::Key::Story)
        };
        if (first.first..first.end).any(story_field) {
            return None;
        }
        let fields = (first.first..first.end)
            .filter(|&i| export::field(line(i)).is_some())
            .count();
        let story = self.blocks.get(1)?;
        (fields >= 3).then(|| self.story_at(story.first, 0))
    }

    /// [`Driver::counted_export`] past its quick test. Out of line: true of
    /// few texts.
    #[inline(never)]
    fn counted_story(&self) -> Option<Export> {
        let first = self.blocks.first()?;
        if !export::is_document_count(trimmed_line(self.text, self.lines, first.first)) {
            return None;
        }
        let field_block =
            |b: &Block| export::field(trimmed_line(self.text, self.lines, b.first)).is_some();
        let blocks = self.blocks.get(..EXPORT_BLOCKS.min(self.blocks.len()))?;
        let fields = blocks.iter().position(field_block)?;
        let story = fields + blocks.get(fields..)?.iter().position(|b| !field_block(b))?;
        Some(self.story_at(blocks.get(story)?.first, 0))
    }

    /// `ProQuest`'s `Full text:` label (`NewsBank`'s `Article Text:`)
    /// opening line `l`, and the blank space after it.
    #[inline]
    fn full_text_label(&self, l: &Line) -> Option<Span> {
        // (the quick test first, on the line's bytes past its indent)
        let bytes = self.text.as_bytes().get(l.start..l.end)?;
        let indent = bytes
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        if !matches!(
            bytes.get(indent..)?,
            [b'F' | b'f', b'U' | b'u', ..] | [b'A' | b'a', b'R' | b'r', ..]
        ) {
            return None;
        }
        let t = text::trim_start(l.get(self.text));
        let at = l.end - t.len();
        export::full_text(t).map(|len| Span::new(at, at + len))
    }

    /// A story saved from Factiva: a first block of four to
    /// [`FACTIVA_LINES`] lines whose second to fourth line is the word count
    /// (`412 words`) with a date under it; the headline over it, the byline
    /// between them, and the source, its code, the language and the
    /// copyright under the date. The story starts at the second block.
    #[inline]
    fn factiva(&self) -> Option<Export> {
        // the quick test first: most first blocks are a headline's line or two
        match self.blocks {
            [block, _, ..] if (4..=FACTIVA_LINES).contains(&(block.end - block.first)) => {
                self.factiva_header()
            }
            _ => None,
        }
    }

    /// [`Driver::factiva`] past its quick test.
    #[inline(never)]
    fn factiva_header(&self) -> Option<Export> {
        let (block, next) = (self.blocks.first()?, self.blocks.get(1)?);
        let trimmed = |i: usize| trimmed_line(self.text, self.lines, i);
        let words =
            (block.first + 1..block.first + 4).find(|&i| export::is_word_count(trimmed(i)))?;
        (trailer::is_time_stamp(trimmed(words + 1))).then_some(Export {
            header_end: next.first,
            body_block: 1,
            body_line: next.first,
            body_from: 0,
            marker: None,
            words: Some(words),
            codes: false,
        })
    }

    /// A story saved from Factiva with its field codes: the first line opens
    /// with a header's code (`HD` the headline, or `SE` the section or `CLM`
    /// the column over it), every line under it with a code too (blank
    /// lines aside), down to one with `LP` or `TD` (the story, on the
    /// code's line or under it) within [`EXPORT_LINES`] lines, and above
    /// that `HD` and two lines or more with other codes (`BY`, `WC`, `PD`,
    /// `SN` …): `HD Supply …` over `TD Bank said …` is a story's. A code
    /// may stand alone on its line over its value's lines (the export's
    /// table saved as text, [`export::factiva_lone_code`]).
    #[inline]
    fn factiva_codes(&self) -> Option<Export> {
        // the quick test first: `HD`, `SE` or `CLM` (a column's name) and
        // blank space or the line's end open the first line, at its first
        // byte
        let first = self.blocks.first()?.first;
        let start = self.lines.get(first)?.start;
        match self.text.as_bytes().get(start..)? {
            [b'H', b'D', b' ' | b'\t' | b'\n' | b'\r', ..]
            | [b'S', b'E', b' ' | b'\t' | b'\n' | b'\r', ..]
            | [b'C', b'L', b'M', b' ' | b'\t' | b'\n' | b'\r', ..] => {
                self.factiva_codes_header(first)
            }
            _ => None,
        }
    }

    /// [`Driver::factiva_codes`] past its quick test, from the line `first`.
    #[inline(never)]
    fn factiva_codes_header(&self, first: usize) -> Option<Export> {
        let (mut headline, mut header_codes) = (false, 0);
        // whether the lines under a code alone on its line hold its value
        let mut value_lines = false;
        let lines = self.lines.iter().enumerate().skip(first).take(EXPORT_LINES);
        for (i, line) in lines.filter(|(_, l)| !l.blank) {
            let raw = line.get(self.text);
            let t = raw.trim_start();
            let trimmed = text::trim(t);
            // (a value's second line, indented to the values' column:
            // `BY    By Ann Poe` / `      Of DOW JONES NEWSWIRES`)
            let indented = t.len() < raw.len();
            let (code, value) = match export::factiva_code(trimmed) {
                Some(coded) => coded,
                None => match export::factiva_lone_code(trimmed) {
                    Some(code) => (code, code.len()),
                    None if value_lines || indented => continue,
                    None => return None,
                },
            };
            value_lines = value == code.len();
            if matches!(code, "LP" | "TD") {
                let at = line.end - t.len();
                let b = self.blocks.iter().position(|b| b.first <= i && i < b.end)?;
                // (alone on its line, the code stands over the story)
                let (body_line, body_from) = if value_lines {
                    (i + 1, 0)
                } else {
                    (i, at + value)
                };
                return (headline && header_codes >= 2).then_some(Export {
                    header_end: i,
                    body_block: b,
                    body_line,
                    body_from,
                    marker: Some(Span::new(at, at + code.len())),
                    words: None,
                    codes: true,
                });
            }
            headline |= code == "HD";
            header_codes += usize::from(code != "HD");
        }
        None
    }

    /// Reads the header of a database export, the blocks above its story
    /// (`export`), by its labels: `HEADLINE:` is the headline (or, with
    /// no such field, the first line that is not centred or furniture:
    /// Nexis Uni's and Factiva's first line), `HIGHLIGHT:` the deck,
    /// `BYLINE:` the byline (and Factiva's names over its word count),
    /// `DATELINE:` the dateline (returned with its block and line; without
    /// one, a dateline opening the story); a field's value runs on over the
    /// unlabelled lines under it in its block. The other fields, the result
    /// list's count, the publication's name and edition lines are
    /// `Furniture`, its date a `Timestamp`, its copyright line `Copyright`;
    /// so is the `BODY:` marker. Out of line: read for exports only, it
    /// made the parse of every text cost 0.15% more when inlined.
    #[inline(never)]
    fn export_header(
        &self,
        export: Export,
        article: &mut Article<'a>,
    ) -> Option<(usize, usize, Found<'a>)> {
        let header_end = export.header_end;
        let field_of = |i: usize| {
            let t = text::trim(self.lines.get(i)?.get(self.text));
            if export.codes {
                export::factiva_line_code(t).map(export::code_field)
            } else {
                export::field(t)
            }
        };
        let labelled_headline = (0..header_end).any(|i| field_of(i) == Some(Field::Headline));
        let mut found = None;
        let mut field_span = Span::new(0, 0);
        // a Factiva code alone in its block, whose value is the next block
        let mut lone_code = None;
        for (b, block) in self.blocks.iter().enumerate() {
            if block.first >= header_end {
                break;
            }
            let block_end = block.end.min(header_end);
            let mut i = block.first;
            while i < block_end {
                let mut field = field_of(i);
                let mut end = i + 1;
                if field.is_some() {
                    while end < block_end && field_of(end).is_none() {
                        end += 1;
                    }
                }
                let start = core::mem::replace(&mut i, end);
                let span = self.span_of(start, end, 0);
                let value = self.coded_value(export, (&mut field, &mut lone_code), span, article);
                let Some(span) = value else {
                    continue;
                };
                let t = self.get(span);
                match field {
                    Some(Field::Headline) if article.headline.is_none() => {
                        article.headline = Some(Headline { text: t, span });
                        continue;
                    }
                    Some(Field::Highlight) if article.deck.is_none() => {
                        article.deck = Some(Headline { text: t, span });
                        continue;
                    }
                    Some(Field::Copyright) => {
                        self.push_trailer(article, TrailerKind::Copyright, span);
                        continue;
                    }
                    Some(Field::Byline) if article.byline.is_none() => {
                        if let Some(by) = self.field_byline(span) {
                            article.byline = Some(by);
                            continue;
                        }
                    }
                    // a field of one line, as the dateline's span is
                    Some(Field::Dateline) if found.is_none() && end == start + 1 => {
                        if let Some(f) = self
                            .lines
                            .get(start)
                            .and_then(|l| dateline_field(self.text, l.start, l.end))
                        {
                            found = Some((b, start, f));
                            field_span = span;
                            continue;
                        }
                    }
                    None => {
                        if let Some(kind) =
                            self.unlabelled(export, start, span, labelled_headline, article)
                        {
                            self.push_trailer(article, kind, span);
                        }
                        continue;
                    }
                    _ => {}
                }
                self.push_trailer(article, TrailerKind::Furniture, span);
            }
        }
        if let Some(marker) = export.marker {
            self.push_trailer(article, TrailerKind::Furniture, marker);
        }
        // the story may open with a dateline: `WASHINGTON (AP) — …` under
        // `Body`; it is the story's, and a `DATELINE:` field over it is
        // furniture
        match self.story_dateline(export) {
            Some((story, note)) => {
                if found.is_some() {
                    self.push_trailer(article, TrailerKind::Furniture, field_span);
                }
                // (an editor's note over it: `(Adds analyst comment)`)
                if let Some(note) = note {
                    self.push_trailer(article, TrailerKind::EditorsNote, note);
                }
                Some(story)
            }
            None => found,
        }
    }

    /// A page saved by a reader service: `Title:` on its first line, over
    /// the service's other fields (`URL Source:`, `Published Time:`,
    /// `Markdown Content:`), or a feed reader's `Feed:` over an item's
    /// `Title:`; or a research corpus' record or a feed's item in markup.
    /// Asked before the database exports, whose fields the first shares.
    #[inline]
    fn reader_title(&self) -> Option<MdTitle> {
        let first = self.blocks.first()?.first;
        let start = self.lines.get(first)?.start;
        // (the quick test first: most texts open with neither `T` nor `<`)
        match self.text.as_bytes().get(start) {
            Some(b'T' | b'F') => self.reader_fields(first, start),
            Some(b'<') => self.record_at(first),
            _ => None,
        }
    }

    /// Whether line `first` opens a research corpus' record
    /// ([`markup::opens_record`]).
    #[inline(never)]
    fn record_at(&self, first: usize) -> Option<MdTitle> {
        let t = trimmed_line(self.text, self.lines, first);
        // (a feed's item copied with its fields as text, not elements:
        // `<item>` over `title: …`, `link: …`)
        if t == "<item>" {
            let next = trimmed_line(self.text, self.lines, first + 1);
            if markdown::front_field(next).is_some() {
                return Some(MdTitle::Reader(first));
            }
        }
        markup::opens_record(t).then_some(MdTitle::Record(first))
    }

    /// [`Driver::reader_title`] past its quick test: the first line, `first`
    /// (at `start`), and the fields under it.
    #[inline(never)]
    fn reader_fields(&self, first: usize, start: usize) -> Option<MdTitle> {
        let bytes = self.text.as_bytes().get(start..).unwrap_or_default();
        let field = |i: usize| trimmed_line(self.text, self.lines, i);
        let reader = if bytes.starts_with(b"Title: ") {
            (first + 1..first + 4).any(|i| markdown::reader_field(field(i)).is_some())
        } else {
            // a feed reader's export: `Feed: Ars Technica` over the item's
            // `Title:`
            bytes.starts_with(b"Feed: ")
                && (first + 1..first + 4).any(|i| field(i).starts_with("Title: "))
        };
        reader.then_some(MdTitle::Reader(first))
    }

    /// Where a page saved as Markdown has its title, among the first
    /// [`MARKDOWN_LINES`] lines and above line `before` (a dateline found
    /// there): fields at its top ([`Driver::markdown_fields`]), the first
    /// heading of the first level (`# Storm nears coast`), a line over a
    /// setext underline (`====`) or in bold alone. The first byte of each
    /// line is the quick test; the search stops at a line of prose (one
    /// opening with a letter, longer than a title).
    #[inline(never)]
    fn markdown_title(&self, before: usize) -> Option<MdTitle> {
        let first = self.blocks.first()?.first;
        let start = self.lines.get(first)?.start;
        // (the first line's first bytes pick the fields' tests: most open
        // none)
        let fields = match self.text.as_bytes().get(start..)? {
            [b'T', b'i', b't', b'l', b'e', b':', ..]
            | [b'F', b'r', b'o', b'm', b':', ..]
            | [b'D', b'a', b't', b'e', b':', ..]
            | [b'P', b'a', b't', b'h', b':', ..]
            | [b'N', b'e', b'w', b's', b'g', ..]
            | [b'X', b'r', b'e', b'f', b':', ..]
            | [b'-' | b'+' | b'#' | b'|' | b'%', ..] => self.markdown_fields(first),
            // (an ANPA wire's coded lines, perhaps under its transmission
            // line, which opens in lower case or with the feed's control
            // bytes, `SYN` and `SOH`)
            // (or under AP's slug line: `AP-US--Wildfire-Spokane,489` /
            // `^Eds: UPDATES …<`)
            [b'^' | 0x01 | 0x16, ..] | [b'A', b'P', b'-', ..] | [b'B', b'C', b'-', ..] => {
                self.caret_title(first)
            }
            [b'a'..=b'z', ..] => self
                .caret_title(first)
                .or_else(|| self.markdown_fields(first)),
            [b'T', b'I', b'T', b'L', b'E', b':', ..] | [b'=', b'=', b'=', ..] => {
                self.dump_fields(first)
            }
            // (the coded lines indented, as UPI's archived copy keeps them:
            // ` a0233 ` / ` r w BC-ACIDRAIN 3-12 0166` / ` ^BC-ACIDRAIN<`)
            [b' ' | b'\t', ..] => match self.text.get(start..)?.trim_start().as_bytes() {
                [b'^' | b'a'..=b'z', ..] => self.caret_title(first),
                _ => None,
            },
            _ => None,
        };
        if fields.is_some() {
            return fields;
        }
        self.marked_title_in(first, before.min(first + MARKDOWN_LINES))
    }

    /// The title marked among lines `first..end` ([`Driver::marked_title`])
    /// over the first line of prose: a heading of the first level or a
    /// setext underline's paragraph, else the first line in bold.
    fn marked_title_in(&self, first: usize, end: usize) -> Option<MdTitle> {
        let end = end.min(self.lines.len());
        // (a heading of the first level under a line in bold is the title:
        // the bold line a promo's, `**Sign up for The Daily Catch-Up**`)
        let mut bold = None;
        let bytes = self.text.as_bytes();
        for (i, line) in self.lines.get(first..end)?.iter().enumerate() {
            let title = match bytes.get(line.start) {
                Some(b'#' | b'=' | b'*') => self.marked_title(first, first + i),
                Some(b) if b.is_ascii_alphabetic() && self.prose_line(line) => return bold,
                _ => None,
            };
            match title {
                Some(MdTitle::Bold(_)) => bold = bold.or(title),
                Some(_) => return title,
                None => {}
            }
        }
        bold
    }

    /// Whether `line` reads as prose, no title or control: longer than
    /// [`MARKDOWN_PROSE`], or than [`MARKDOWN_SENTENCE`] and ending in a
    /// stop, with no link in it.
    fn prose_line(&self, line: &Line) -> bool {
        let len = line.end - line.start;
        if len <= MARKDOWN_SENTENCE {
            return false;
        }
        let t = line.get(self.text);
        // (a promo's line with links is none: `By signing up, you agree to
        // our [Terms of Use](…)`)
        (len > MARKDOWN_PROSE || text::trim_end(t).ends_with('.'))
            && memchr::memmem::find(t.as_bytes(), b"](").is_none()
    }

    /// The title line `i` (opening with `#`, `=` or `*`) makes or ends,
    /// below the page's first line `first` ([`Driver::markdown_title`]): a
    /// heading of the first level, the paragraph over a setext underline,
    /// a line in bold alone.
    #[inline(never)]
    fn marked_title(&self, first: usize, i: usize) -> Option<MdTitle> {
        let line = self.lines.get(i)?;
        let t = text::trim(line.get(self.text));
        if markdown::heading(t).is_some_and(|(level, _, _)| level == 1) {
            return Some(MdTitle::Heading(i));
        }
        if i > first && markdown::is_underline(t) {
            let above = self.lines.get(i - 1).filter(|l| !l.blank)?;
            // (a wire terminal's rule under a priority or its codes is no
            // underline: `FLASH` / `=====`; nor a newsletter's rule under
            // its name, over the story's headline: `The Daily Sentinel Daily
            // Briefing` / `=====`)
            let above = text::trim(above.get(self.text));
            if is_terminal_line(above) || headline::is_newsletter_name(above) {
                return None;
            }
            // the title's lines: the paragraph over the underline
            let words = |k: &usize| {
                self.lines.get(*k).is_some_and(|l| {
                    let t = text::trim(l.get(self.text));
                    !l.blank && !markdown::is_links(t) && !markdown::is_menu_item(t)
                })
            };
            let top = (first.max(i.saturating_sub(3))..i)
                .rev()
                .take_while(words)
                .last()
                .unwrap_or(i - 1);
            return Some(MdTitle::Setext(top, i));
        }
        // a title in bold alone on its line: `**Storm nears coast**`
        let bold = markdown::emphasis(t) == Some(2)
            && t.get(2..t.len() - 2).is_some_and(|inner| {
                headline::is_display(inner) && byline::byline(inner).is_none()
            });
        bold.then_some(MdTitle::Bold(i))
    }

    /// A dump's record with its fields in capitals (`TITLE: …`), or under
    /// a banner (`=== doc 412 ===` over `title: …`): [`Driver::markdown_fields`]
    /// of its first field's line. Out of line: true of few texts.
    #[inline(never)]
    fn dump_fields(&self, first: usize) -> Option<MdTitle> {
        if is_banner(trimmed_line(self.text, self.lines, first)) {
            return self
                .markdown_fields(first + 1)
                .filter(|t| matches!(t, MdTitle::Front(_, _, false)));
        }
        self.markdown_fields(first)
    }

    /// A note file's or a saved page's fields at its top, from line
    /// `first` ([`Driver::markdown_title`]): a `Title:` field over other
    /// fields (`Author: Ann Poe`), Pandoc's `% Title` block, a mail's header
    /// with its subject (`From:` or `Date:` first; a news posting's `Path:`,
    /// `Newsgroups:` or `Xref:`), a news service's fields
    /// a line each (`title: …`), front matter between fences (`---`, TOML's
    /// `+++`), an org file's `#+` lines or a table of the details, each
    /// with the title among them.
    #[inline(never)]
    fn markdown_fields(&self, first: usize) -> Option<MdTitle> {
        let line0 = trimmed_line(self.text, self.lines, first);
        if line0.starts_with("Title: ") {
            // (over a reader's fields, or a notes file's: `Author: Ann Poe`)
            let field = |i: usize| {
                let t = trimmed_line(self.text, self.lines, i);
                markdown::reader_field(t).is_some() || markdown::front_field(t).is_some()
            };
            return field(first + 1).then_some(MdTitle::Reader(first));
        }
        let titled = |a: usize, b: usize| {
            (a..b).any(|i| {
                let t = trimmed_line(self.text, self.lines, i);
                markdown::front_field(t)
                    .or_else(|| markdown::table_field(t))
                    .is_some_and(|(key, _, _)| markdown::key(key) == markdown::Key::Title)
            })
        };
        let within = |i: &usize| *i < first + MARKDOWN_FRONT_LINES;
        if line0.starts_with("% ") {
            // Pandoc's title block: `% Title` / `% Author` / `% Date`
            return Some(MdTitle::Pandoc(first));
        }
        if ["From:", "Date:", "Path:", "Newsgroups:", "Xref:"]
            .iter()
            .any(|f| line0.starts_with(f))
        {
            // a mail's or a news posting's header, with its subject
            let subject = (first + 1..self.lines.len()).take_while(within).any(|i| {
                matches!(
                    markdown::mail_field(trimmed_line(self.text, self.lines, i)),
                    Some(markdown::MailField::Subject(_))
                )
            });
            return subject.then_some(MdTitle::Mail(first));
        }
        if line0.starts_with(|c: char| c.is_ascii_lowercase()) || line0.starts_with("TITLE:") {
            // a news service's fields dumped a line each (`title: …`,
            // `author: …`, `content: …`, or in capitals: `TITLE: …`,
            // `SOURCE: …`, `TEXT:`), down to the first other line
            let end = (first..self.lines.len())
                .take_while(within)
                .find(|&i| markdown::front_field(trimmed_line(self.text, self.lines, i)).is_none())
                .unwrap_or(self.lines.len());
            return titled(first, end).then_some(MdTitle::Front(first, end, false));
        }
        if line0 == "---" || line0 == "+++" {
            let close = (first + 1..self.lines.len())
                .take_while(within)
                .find(|&i| trimmed_line(self.text, self.lines, i) == line0)?;
            return titled(first + 1, close).then_some(MdTitle::Front(first, close, true));
        }
        if line0.starts_with("#+") || line0.starts_with('|') {
            let mark = if line0.starts_with('|') { "|" } else { "#+" };
            let end = (first + 1..self.lines.len())
                .take_while(within)
                .find(|&i| !trimmed_line(self.text, self.lines, i).starts_with(mark))
                .unwrap_or(self.lines.len());
            return titled(first, end).then_some(MdTitle::Front(first, end, false));
        }
        None
    }

    /// Reads the header of a page saved as Markdown, from its title
    /// ([`Driver::markdown_title`]) down to the story: the title's text is
    /// the headline (its marks, label or quotes furniture), the lines above
    /// it furniture; under it, a standfirst (plain, in italics, quoted or a
    /// lower heading) is the deck, the names' line (`By Ann Poe`, `*by Ann
    /// Poe*`, `By [Ann Poe](https://…)`, names alone) the byline, with its
    /// role under it; details in a table or with their labels in emphasis
    /// are read as fields; time stamps, images and their captions, links
    /// alone, rules and short lines are trailers. The story starts at the first
    /// other line, or at one opening with a dateline (`**NEW DELHI:** …`
    /// too): returned with that dateline.
    #[inline(never)]
    fn markdown_header(
        &self,
        title: MdTitle,
        article: &mut Article<'a>,
    ) -> (Export, Option<Placed<'a>>) {
        let trimmed = |i: usize| self.span_of(i, i + 1, 0);
        let first = self.blocks.first().map_or(0, |b| b.first);
        let i = match title {
            MdTitle::Heading(h) | MdTitle::Bold(h) => {
                let first = self.front_above(first, h, article);
                self.marked_title_lines(first, title, article)
            }
            MdTitle::Setext(..) => self.marked_title_lines(first, title, article),
            MdTitle::Reader(top) => {
                // (the `Title:` field's line: its words the headline, unless
                // the page's own title stands under the fields)
                let mut field_title: Option<Span> = None;
                let mut i = top;
                while let Some(line) = self.lines.get(i) {
                    if line.blank {
                        i += 1;
                        continue;
                    }
                    let span = trimmed(i);
                    let t = self.get(span);
                    match markdown::reader_field(t) {
                        // (a second title is furniture: the first stays, a
                        // field's or a front matter's, `title: …`)
                        Some((markdown::ReaderField::Title, _))
                            if field_title.is_some() || article.headline.is_some() =>
                        {
                            self.push_trailer(article, TrailerKind::Furniture, span);
                        }
                        Some((markdown::ReaderField::Title, label)) => {
                            let value =
                                text::trim_span(self.text, span.start() + label, span.end());
                            self.set_headline(article, span, value);
                            field_title = Some(span);
                        }
                        Some((markdown::ReaderField::Published, _)) => {
                            self.push_trailer(article, TrailerKind::Timestamp, span);
                        }
                        Some((markdown::ReaderField::Content, _)) => {
                            self.push_trailer(article, TrailerKind::Furniture, span);
                            // the page's own title under the fields (`# …`,
                            // a setext underline's), its menu and links over
                            // it furniture: the field's title is the page's,
                            // with its site's name (`… | Reuters`)
                            if let Some(own) = self
                                .marked_title_in(i + 1, i + 1 + MARKDOWN_LINES)
                                .filter(|t| !matches!(t, MdTitle::Bold(_)))
                            {
                                if let Some(whole) = field_title.take() {
                                    self.unread_title(whole, article);
                                }
                                i = self.marked_title_lines(i + 1, own, article);
                                break;
                            }
                        }
                        Some(_) => self.push_trailer(article, TrailerKind::Furniture, span),
                        None if markdown::front_field(t).is_some() => {
                            // (an extraction tool's `Text:` holds the story)
                            if let Some(story) = self.story_field(i, span, article) {
                                return story;
                            }
                            self.front_field(span, article);
                        }
                        // (a feed item's `<item>` over its fields)
                        None if i == top => {
                            self.push_trailer(article, TrailerKind::Furniture, span);
                        }
                        None => break,
                    }
                    i += 1;
                }
                i
            }
            MdTitle::Mail(top) => self.mail_header(top, article),
            MdTitle::Record(top) => return self.record_header(top, article),
            MdTitle::Pandoc(top) => self.pandoc_header(top, article),
            MdTitle::Caret(top) => return self.caret_header(top, article),
            MdTitle::Front(top, end, fenced) => {
                // (a dump's banner over the fields)
                self.furniture_lines(first, top, article);
                let fields = if fenced { top + 1 } else { top };
                if fenced {
                    self.push_trailer(article, TrailerKind::Furniture, trimmed(top));
                }
                for i in fields..end {
                    let span = trimmed(i);
                    if span.is_empty() {
                        continue;
                    }
                    if markdown::is_table_rule(self.get(span)) {
                        self.push_trailer(article, TrailerKind::Furniture, span);
                    } else if let Some(story) = self.story_field(i, span, article) {
                        return story;
                    } else {
                        self.front_field(span, article);
                    }
                }
                if fenced {
                    self.push_trailer(article, TrailerKind::Furniture, trimmed(end));
                    end + 1
                } else {
                    end
                }
            }
        };
        self.markdown_under_title(i, article)
    }

    /// Takes back the headline read from the reader's `Title:` field on the
    /// line at `whole` (the only headline read over the page's title), and
    /// its label's furniture: the line whole is furniture.
    fn unread_title(&self, whole: Span, article: &mut Article<'a>) {
        if article.headline.take().is_some() {
            let within = |s: Span| s.start() >= whole.start() && s.end() <= whole.end();
            article.trailers.retain(|t| !within(t.span));
            self.push_trailer(article, TrailerKind::Furniture, whole);
        }
    }

    /// Reads a Markdown page's marked title (a heading, a line in bold, a
    /// setext underline's paragraph), the lines from `first` over it
    /// furniture: the title's words are the headline, its marks and
    /// underline furniture. Returns the line under it.
    fn marked_title_lines(&self, first: usize, title: MdTitle, article: &mut Article<'a>) -> usize {
        let trimmed = |i: usize| self.span_of(i, i + 1, 0);
        match title {
            MdTitle::Heading(h) | MdTitle::Bold(h) => {
                self.furniture_lines(first, h, article);
                // (the words inside the heading's marks or the bold)
                let span = trimmed(h);
                self.set_headline(article, span, self.md_inner(span));
                h + 1
            }
            MdTitle::Setext(h, underline) => {
                self.furniture_lines(first, h, article);
                let span = self.span_of(h, underline, 0);
                self.set_headline(article, span, span);
                self.push_trailer(article, TrailerKind::Furniture, trimmed(underline));
                underline + 1
            }
            _ => first,
        }
    }

    /// Reads a Markdown page's header under its title, from line `i` down
    /// to the story ([`Driver::markdown_header`]).
    fn markdown_under_title(
        &self,
        mut i: usize,
        article: &mut Article<'a>,
    ) -> (Export, Option<Placed<'a>>) {
        let trimmed = |i: usize| self.span_of(i, i + 1, 0);
        let headline = article.headline.map_or("", |h| h.text);
        let (mut seen, mut image_above, mut byline_above, mut stamped) = (0, false, false, false);
        let mut found = None;
        while let Some(line) = self.lines.get(i) {
            if line.blank {
                i += 1;
                continue;
            }
            seen += 1;
            let span = trimmed(i);
            let t = self.get(span);
            if seen > MARKDOWN_HEADER_LINES {
                break;
            }
            if let Some(f) = self.md_dateline(span, article) {
                found = Some(f);
                break;
            }
            let image = core::mem::replace(&mut image_above, false);
            let after_byline = core::mem::replace(&mut byline_above, false);
            let inner = self.md_inner(span);
            let u = self.get(inner);
            let fresh = article.deck.is_none() && article.byline.is_none() && !stamped;
            // (an image first: its caption may stand under it)
            image_above = markdown::is_image(t);
            if image_above
                || markdown::is_rule(t)
                || markdown::is_underline(t)
                || markdown::is_table_rule(t)
                || u == headline
                || markdown::is_links(t)
                || markdown::is_menu_item(t)
            {
                self.push_trailer(article, TrailerKind::Furniture, span);
            } else if markdown::table_field(t).is_some() || markdown::emphasized_field(t).is_some()
            {
                // (a table of the article's details: no standfirst under it)
                self.front_field(span, article);
                stamped = true;
            } else if article.headline.is_none() && self.md_title_at(i) {
                self.set_headline(article, span, inner);
            } else if let Some(b) = article
                .byline
                .is_none()
                .then(|| self.md_byline(inner))
                .flatten()
            {
                article.byline = Some(b);
                byline_above = true;
                self.push_around(article, span, inner);
            } else if let Some(b) = article
                .byline
                .as_mut()
                .filter(|b| after_byline && b.title.is_none() && byline::is_role_line(u))
            {
                self.set_title(b, inner);
                self.push_around(article, span, inner);
            } else if let Some(kind) = trailer::classify_header(u) {
                stamped |= kind == TrailerKind::Timestamp;
                self.push_trailer(article, kind, inner);
                self.push_around(article, span, inner);
            } else if (image || trailer::is_credited_caption(u)) && u.len() <= MAX_STANDFIRST {
                // the caption under an image
                self.push_trailer(article, TrailerKind::Furniture, span);
            } else if fresh && u.len() <= MAX_STANDFIRST && (u != t || self.md_header_under(i)) {
                article.deck = Some(Headline {
                    text: u,
                    span: inner,
                });
                self.push_around(article, span, inner);
            } else if u.len() <= MARKDOWN_SHORT && !u.ends_with(['.', '!', '?', '"', '”']) {
                self.push_trailer(article, TrailerKind::Furniture, span);
            } else {
                break;
            }
            i += 1;
        }
        let export = self.story_at(i, 0);
        (export, found.map(|f| (export.body_block, i, f)))
    }

    /// Reads front matter with no title over a page's title on line `h`
    /// (`---` / `author: Ann Poe` / `source: …` / `---`), from line
    /// `first`: its fields as [`Driver::front_field`] reads them. Returns
    /// the line under it, or `first` when there is none.
    fn front_above(&self, first: usize, h: usize, article: &mut Article<'a>) -> usize {
        let fence = |i: usize| trimmed_line(self.text, self.lines, i) == "---";
        if !fence(first) {
            return first;
        }
        let Some(close) = (first + 1..h).find(|&i| fence(i)) else {
            return first;
        };
        for i in first..=close {
            let Some(line) = self.lines.get(i).filter(|l| !l.blank) else {
                continue;
            };
            let span = text::trim_span(self.text, line.start, line.end);
            if i == first || i == close {
                self.push_trailer(article, TrailerKind::Furniture, span);
            } else {
                self.front_field(span, article);
            }
        }
        close + 1
    }

    /// Reads a research corpus' record from line `top` ([`markup`]): its
    /// elements by their names, down to the story. The headline's words (a
    /// `TITLE`'s where no `HEADLINE` follows it; a second headline's the
    /// deck), the byline's (a role line in a second `BYLINE` its title), the
    /// dateline's; the record's date a time stamp; each tag, and every
    /// other element (its number, codes, topics), furniture. The story
    /// starts at its first paragraph's tag or line of words; a dateline
    /// opening it is the dateline, else the `DATELINE` element's.
    fn record_header(&self, top: usize, article: &mut Article<'a>) -> (Export, Option<Placed<'a>>) {
        self.record.set(true);
        let mut title: Option<(Span, Span)> = None;
        // (the `DATELINE` element's span, line and dateline)
        let mut tagged: Option<(Span, usize, dateline::Found<'a>)> = None;
        let mut i = top;
        let mut at = 0;
        let mut tags = 0;
        let mut in_header = false;
        let (line, from) = loop {
            let Some(row) = self.lines.get(i).filter(|_| i < top + RECORD_LINES) else {
                break (i.min(self.lines.len()), 0);
            };
            let rest = self
                .text
                .get(at.max(row.start)..row.end)
                .unwrap_or("")
                .trim_start();
            if rest.is_empty() {
                i += 1;
                continue;
            }
            let here = row.end - rest.len();
            // (a line of words inside FBIS's `<HEADER>`, `Daily Report`)
            if (in_header && !rest.starts_with('<')) || markup::is_fbis_field(rest) {
                let words = text::trim_span(self.text, here, row.end);
                self.push_trailer(article, TrailerKind::Furniture, words);
                (at, i) = (row.end, i + 1);
                continue;
            }
            let Some(tag) = markup::tag(rest) else {
                // (Reuters-21578's control codes after a tag, `<TEXT>&#2;`,
                // and the stars before a brief's title, `******<TITLE>`)
                tags += 1;
                if let Some(len) = markup::lead_marks(rest).filter(|_| tags <= RECORD_TAGS) {
                    self.push_trailer(article, TrailerKind::Furniture, Span::new(here, here + len));
                    at = here + len;
                    continue;
                }
                // (the NYT service's lines over its `<TEXT>`: `(rk)` / `By
                // Ann Poe` / `c.1998 N.Y. Times News Service`)
                if let Some(k) = self.loose_record_lines(i, here, article) {
                    (at, i) = (0, k);
                    continue;
                }
                break (i, here);
            };
            let open = Span::new(here, here + tag.len);
            at = open.end();
            let header = tag.name.eq_ignore_ascii_case("HEADER");
            if header {
                in_header = !tag.closing;
            }
            let role = markup::role(tag.name);
            tags += 1;
            if role == markup::Role::Paragraph || tags > RECORD_TAGS {
                break (i, here);
            }
            // (NITF's blocks hold the story, but the lead paragraph's,
            // which the full text repeats: furniture)
            let holds = match role {
                markup::Role::Story => false,
                markup::Role::Block => self.get(open).contains("lead_paragraph"),
                _ => true,
            };
            let element = (!tag.closing && !tag.empty && holds)
                .then(|| self.element(open, tag.name, i))
                .flatten();
            let Some((whole, inner)) = element else {
                // (NITF's byline holds the names and the writer's title in
                // an element of its own: `<byline>By Ann
                // Poe<byttl>Associated Press</byttl></byline>`)
                match self.titled_byline(article, open, &tag, i) {
                    Some(end) => (at, i) = (end, self.line_past(i, end)),
                    None => self.push_trailer(article, TrailerKind::Furniture, open),
                }
                continue;
            };
            (at, i) = (whole.end(), self.line_past(i, whole.end()));
            // (a `HEADER` read whole, as the NYT service's: the lines
            // under it are not inside it, as FBIS's are)
            in_header &= !header;
            match role {
                markup::Role::Headline if article.headline.is_none() => {
                    self.record_headline(article, whole, inner);
                }
                markup::Role::Headline if article.deck.is_none() && !inner.is_empty() => {
                    article.deck = Some(Headline {
                        text: self.get(inner),
                        span: inner,
                    });
                    self.push_around(article, whole, inner);
                }
                markup::Role::Title if title.is_none() => title = Some((whole, inner)),
                markup::Role::Byline => self.record_byline(article, whole, inner),
                markup::Role::Dateline if tagged.is_none() => {
                    match dateline::dateline_inside(self.text, inner.start(), inner.end()) {
                        Some(read) => tagged = Some((whole, i, read)),
                        None => self.push_trailer(article, TrailerKind::Furniture, whole),
                    }
                }
                markup::Role::Date => self.push_trailer(article, TrailerKind::Timestamp, whole),
                _ => self.push_trailer(article, TrailerKind::Furniture, whole),
            }
        };
        if let Some((whole, inner)) = title {
            if article.headline.is_none() {
                self.set_headline(article, whole, inner);
            } else {
                self.push_trailer(article, TrailerKind::Furniture, whole);
            }
        }
        self.record_story(line, from, tagged, article)
    }

    /// Reads the lines of words from line `i` on, short of a record's
    /// story, that stand between its header's elements and its story's tag
    /// (the NYT service's LDC records: the operator's initials `(rk)`, `By
    /// Ann Poe`, `c.1998 N.Y. Times News Service` over `<TEXT>`): at most
    /// [`MAX_LOOSE_LINES`] lines (blank ones among them), none opening with
    /// a tag. The first `By …` is the byline, where the elements gave
    /// none, a copyright line a copyright, the others furniture. Returns
    /// the story tag's line, or `None` (nothing read) where no such tag
    /// follows or the words at `here` are not line `i`'s first (a tag
    /// before them on it). Out of line: asked of records whose header has
    /// a line of words.
    #[inline(never)]
    fn loose_record_lines(
        &self,
        i: usize,
        here: usize,
        article: &mut Article<'a>,
    ) -> Option<usize> {
        let line = |k: usize| trimmed_line(self.text, self.lines, k);
        let end = (i..i + MAX_LOOSE_LINES).find(|&k| markup::tag_led(line(k)))?;
        // (line `i` opens at `here` with no tag, so `end > i`: the walk
        // goes on past the lines read)
        let story = markup::tag(line(end))
            .is_some_and(|g| !g.closing && markup::role(g.name) == markup::Role::Story);
        if !story || self.span_of(i, i + 1, 0).start() != here {
            return None;
        }
        for k in i..end {
            let span = self.span_of(k, k + 1, 0);
            let t = self.get(span);
            if t.is_empty() {
                continue;
            }
            let byline = t
                .starts_with("By ")
                .then(|| byline::byline_at(self.text, span))
                .flatten()
                .filter(|_| article.byline.is_none());
            if let Some(b) = byline {
                article.byline = Some(b);
            } else if trailer::is_service_copyright(t) {
                self.push_trailer(article, TrailerKind::Copyright, span);
            } else {
                self.push_trailer(article, TrailerKind::Furniture, span);
            }
        }
        Some(end)
    }

    /// Where a record's story starts, on line `line` from byte `from`,
    /// past a byline opening it ([`Driver::story_byline`]), and its
    /// dateline ([`Driver::lead_or_tagged`]).
    fn record_story(
        &self,
        line: usize,
        from: usize,
        tagged: Option<(Span, usize, dateline::Found<'a>)>,
        article: &mut Article<'a>,
    ) -> (Export, Option<Placed<'a>>) {
        let (line, from) = self.story_byline(line, from, article);
        let export = self.story_at(line, from);
        let found = self.lead_or_tagged(line, from, tagged, article);
        (export, found)
    }

    /// The words of the first line with any on lines `line..` from byte
    /// `from`, past the tags before them and without those after them
    /// (`<P>` / `By Ann Poe` / `</P>`, `<p>By Ann Poe</p>`): that line and
    /// the words' span.
    fn record_words(&self, line: usize, from: usize) -> Option<(usize, Span)> {
        (line..line + MARKDOWN_LOOK).find_map(|i| {
            let l = self.lines.get(i)?;
            let start = l.start.max(from);
            let t = self.text.get(start..l.end)?;
            let (a, b) = (markup::lead_tags(t), markup::trail_tags(t));
            (a < b).then(|| (i, text::trim_span(self.text, start + a, start + b)))
        })
    }

    /// A byline opening a record's story from line `line`, byte `from`,
    /// a line of its own (Gigaword's AP: `<P>` / `By Ann Poe` / `</P>` /
    /// `<P>` / `Associated Press Writer` / `</P>` over the dateline's
    /// paragraph), with a role line next its title, when the record's
    /// elements gave none: the tags around them furniture. Returns where
    /// the story goes on, past them.
    fn story_byline(&self, line: usize, from: usize, article: &mut Article<'a>) -> (usize, usize) {
        let Some((i, span)) = self
            .record_words(line, from)
            .filter(|&(_, span)| article.byline.is_none() && self.get(span).starts_with("By "))
        else {
            return (line, from);
        };
        let Some(mut b) = byline::byline_at(self.text, span) else {
            return (line, from);
        };
        let mut end = i + 1;
        if let Some((k, role)) = self
            .record_words(i + 1, 0)
            .filter(|&(_, role)| byline::is_role_line(self.get(role)))
        {
            self.set_title(&mut b, role);
            end = k + 1;
        }
        let last = self.lines.get(end - 1).map_or(span.end(), |l| l.end);
        let mut at = self.lines.get(line).map_or(from, |l| l.start.max(from));
        // (the tags before, between and after the two paragraphs' words)
        let parts = [Some(span), b.title.map(|(_, r)| r)];
        let ends = parts.into_iter().flatten().map(|p| (p.start(), p.end()));
        for (a, z) in ends.chain([(last, last)]) {
            let tags = text::trim_span(self.text, at, a);
            if !tags.is_empty() {
                self.push_trailer(article, TrailerKind::Furniture, tags);
            }
            at = z;
        }
        article.byline = Some(b);
        (end, 0)
    }

    /// A record's dateline: one opening its story, read from line `line`
    /// at `from` first, as the `DATELINE` element (`tagged`: its span, line
    /// and dateline), furniture then, may leave out its tag and separator
    /// (Gigaword's `NAIROBI, Nov 28, 2009 (AFP)` over `NAIROBI, Nov 28,
    /// 2009 (AFP) - …`, Yonhap's `SEOUL, Nov. 28` over `SEOUL, Nov. 28
    /// (Yonhap) -- …`); else the element's.
    fn lead_or_tagged(
        &self,
        line: usize,
        from: usize,
        tagged: Option<(Span, usize, dateline::Found<'a>)>,
        article: &mut Article<'a>,
    ) -> Option<Placed<'a>> {
        match (self.record_dateline(line, from, article), tagged) {
            (Some(lead), tagged) => {
                if let Some((whole, ..)) = tagged {
                    self.push_trailer(article, TrailerKind::Furniture, whole);
                }
                Some(lead)
            }
            // (the story starts where the header's walk left it, past the
            // tags after the dateline: `</DATELINE><BODY>`)
            (None, Some((whole, i, mut read))) => {
                self.push_around(article, whole, read.dateline.span);
                read.body_start = self.lines.get(line).map_or(from, |l| l.start.max(from));
                Some((self.block_of(i), i, read))
            }
            (None, None) => None,
        }
    }

    /// Sets `article`'s kicker to the label at `label`, or pushes the label
    /// as furniture under a kicker read already (a second label: `PRESS
    /// RELEASE` / `FOR IMMEDIATE RELEASE`).
    fn kicker_or_furniture(&self, article: &mut Article<'a>, label: Span) {
        if article.kicker.is_some() {
            self.push_trailer(article, TrailerKind::Furniture, label);
        } else {
            article.kicker = Some(Headline {
                text: self.get(label),
                span: label,
            });
        }
    }

    /// Whether the story from byte `from` on (its first
    /// [`MAX_REPORT_SEARCH`] bytes) credits a report to `name`, a paper's
    /// name after its headline (`… - Bloomberg News`, `Bloomberg News
    /// reported`, `according to Bloomberg News`): a wire's headline then
    /// names its source, not the site. `""` is credited nowhere. Out of
    /// line: asked of a headline that ends in a site's name.
    #[inline(never)]
    fn reports(&self, from: usize, name: &str) -> bool {
        if name.is_empty() {
            return false;
        }
        // (the bound moved back to a character's start: a cut letter would
        // leave no text to search)
        let mut end = self.text.len().min(from.saturating_add(MAX_REPORT_SEARCH));
        while end > from && !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let Some(body) = self.text.get(from..end) else {
            return false;
        };
        memchr::memmem::find_iter(body.as_bytes(), name.as_bytes()).any(|at| {
            let before = body.get(..at).unwrap_or("");
            let after = body.get(at + name.len()..).unwrap_or("");
            [" reported", " first reported", " said"]
                .iter()
                .any(|w| after.starts_with(w))
                || ["according to ", "told "]
                    .iter()
                    .any(|w| before.ends_with(w))
        })
    }

    /// Reads the header's part at `span`, a section's name and the story's
    /// time stamp from byte `at` on (PBS's `Economy Nov 13, 2026 10:05 AM
    /// EST`, [`headline::section_stamp`]): the name is the kicker
    /// (furniture under one, as under a transcript's `Show Transcript`),
    /// the rest a time stamp. Out of line: the header's loop asks it of one
    /// part in many.
    #[inline(never)]
    fn section_and_stamp(&self, article: &mut Article<'a>, span: Span, at: usize) {
        let label = text::trim_span(self.text, span.start(), span.start() + at);
        self.kicker_or_furniture(article, label);
        let stamp = text::trim_span(self.text, span.start() + at, span.end());
        self.push_trailer(article, TrailerKind::Timestamp, stamp);
    }

    /// Sets the headline of the Financial Times' headline line `whole`
    /// from its words at `words`, after its date (`FT  28 NOV 92 / …`,
    /// furniture): a section's name before a colon is the kicker (`World
    /// News in Brief: Tokyo tightens …`, `Observer: …`), the rest the
    /// headline.
    fn ft_headline(&self, article: &mut Article<'a>, whole: Span, words: Span) {
        let t = self.get(words);
        let colon = memchr::memmem::find(t.as_bytes(), b": ").filter(|&c| c <= MAX_FT_SECTION);
        let head = colon.map(|c| text::trim_span(self.text, words.start() + c + 1, words.end()));
        let (Some(c), Some(head)) = (colon, head.filter(|h| !h.is_empty())) else {
            self.set_headline(article, whole, words);
            return;
        };
        self.push_around(article, whole, words);
        let label = Span::new(words.start(), words.start() + c + 1);
        if article.kicker.is_none() {
            article.kicker = Some(Headline {
                text: self.get(label),
                span: label,
            });
        } else {
            self.push_trailer(article, TrailerKind::Furniture, label);
        }
        article.headline = Some(Headline {
            text: self.get(head),
            span: head,
        });
    }

    /// Reads a record's headline element, `whole`, its words at `inner`:
    /// the headline, past the Financial Times' date before it (`FT  14 MAY
    /// 91 / …`); a second paragraph in it (LA Times' `<P>` under the
    /// first) the deck.
    fn record_headline(&self, article: &mut Article<'a>, whole: Span, inner: Span) {
        let t = self.get(inner);
        let ft = markup::ft_prefix(t);
        let words = ft.map_or(inner, |k| {
            text::trim_span(self.text, inner.start() + k, inner.end())
        });
        let Some(lt) = memchr::memchr(b'<', self.get(words).as_bytes()) else {
            if let Some(rule) = markup::byline_rule(self.get(words)) {
                self.ruled_headline(article, whole, words, rule);
            } else if ft.is_some() {
                self.ft_headline(article, whole, words);
            } else {
                self.set_headline(article, whole, words);
            }
            return;
        };
        let head = text::trim_span(self.text, words.start(), words.start() + lt);
        let rest = self.text.get(words.start() + lt..words.end()).unwrap_or("");
        let deck = text::trim_span(
            self.text,
            words.start() + lt + markup::lead_tags(rest),
            words.end(),
        );
        self.set_headline(article, Span::new(whole.start(), head.end()), head);
        if deck.is_empty() || article.deck.is_some() {
            self.push_trailer(
                article,
                TrailerKind::Furniture,
                text::trim_span(self.text, head.end(), whole.end()),
            );
            return;
        }
        article.deck = Some(Headline {
            text: self.get(deck),
            span: deck,
        });
        self.push_around(article, Span::new(head.end(), whole.end()), deck);
    }

    /// Reads a headline element, `whole`, whose words at `words` hold the
    /// byline under a rule line at `rule` (offsets into the words), as the
    /// Wall Street Journal's records in the TREC disks print it (`<HL>
    /// Heating Oil Climbs` / `----` / `By Ann Poe` / `Staff Reporter of The
    /// Wall Street Journal </HL>`): the words over the rule the headline,
    /// the first line under it the byline, the lines under that its title,
    /// the rule and the tags furniture. Out of line: true of few records.
    #[inline(never)]
    fn ruled_headline(
        &self,
        article: &mut Article<'a>,
        whole: Span,
        words: Span,
        rule: (usize, usize),
    ) {
        let head = text::trim_span(self.text, words.start(), words.start() + rule.0);
        self.set_headline(article, Span::new(whole.start(), head.end()), head);
        let rule = Span::new(words.start() + rule.0, words.start() + rule.1);
        self.push_trailer(article, TrailerKind::Furniture, rule);
        let under = text::trim_span(self.text, rule.end(), words.end());
        let names_end = memchr::memchr2(b'\n', b'\r', self.get(under).as_bytes())
            .map_or(under.end(), |k| under.start() + k);
        let names = text::trim_span(self.text, under.start(), names_end);
        let title = text::trim_span(self.text, names_end, under.end());
        match self.md_byline(names).filter(|_| article.byline.is_none()) {
            Some(mut b) => {
                if !title.is_empty() {
                    self.set_title(&mut b, title);
                }
                article.byline = Some(b);
            }
            None if !under.is_empty() => {
                self.push_trailer(article, TrailerKind::Furniture, under);
            }
            None => {}
        }
        let close = text::trim_span(self.text, words.end(), whole.end());
        if !close.is_empty() {
            self.push_trailer(article, TrailerKind::Furniture, close);
        }
    }

    /// The element whose opening tag, named `name`, is at `open` on line
    /// `i`: its whole span, closing tag included, and its words inside the
    /// tags (a paragraph's tags inside it too: LA Times' `<HEADLINE><P>`).
    /// `None` when it is not closed within [`ELEMENT_LINES`] lines or holds
    /// other elements (`<DOC>`, `<head>`): it then holds the record's
    /// others.
    fn element(&self, open: Span, name: &str, i: usize) -> Option<(Span, Span)> {
        let limit = self
            .lines
            .get(i + ELEMENT_LINES)
            .or_else(|| self.lines.last())
            .map_or(open.end(), |l| l.end)
            .min(floor_char_boundary(self.text, open.end() + ELEMENT_BYTES));
        let inside = self.text.get(open.end()..limit)?;
        let (close, len) = markup::close_of(inside, name)?;
        let content = inside
            .get(..close)
            .filter(|c| markup::only_paragraph_tags(c))?;
        let (a, b) = (markup::lead_tags(content), markup::trail_tags(content));
        let inner = if a < b {
            text::trim_span(self.text, open.end() + a, open.end() + b)
        } else {
            Span::new(open.end() + close, open.end() + close)
        };
        Some((Span::new(open.start(), open.end() + close + len), inner))
    }

    /// The first line from line `i` on that does not end before byte `at`.
    fn line_past(&self, mut i: usize, at: usize) -> usize {
        while self.lines.get(i).is_some_and(|l| l.end < at) {
            i += 1;
        }
        i
    }

    /// Reads a record's byline element opened by `tag`, at `open` on line
    /// `i`, that holds the names and then the writer's title
    /// in an element of its own, as NITF writes it (`<byline>By Ann
    /// Poe<byttl>Associated Press</byttl></byline>`): the names the byline,
    /// the first inner element's words its title, the tags and what follows
    /// the title furniture. Returns where the element ends, or `None` where
    /// no names stand before the inner element. Out of line: true of few
    /// records.
    #[inline(never)]
    fn titled_byline(
        &self,
        article: &mut Article<'a>,
        open: Span,
        tag: &markup::Tag<'_>,
        i: usize,
    ) -> Option<usize> {
        if article.byline.is_some()
            || tag.closing
            || tag.empty
            || markup::role(tag.name) != markup::Role::Byline
        {
            return None;
        }
        let name = tag.name;
        let limit = self
            .lines
            .get(i + 1)
            .map_or(self.text.len(), |l| l.end)
            .min(floor_char_boundary(self.text, open.end() + ELEMENT_BYTES));
        let inside = self.text.get(open.end()..limit)?;
        let (close, close_len) = markup::close_of(inside, name)?;
        let content = inside.get(..close)?;
        let lt = memchr::memchr(b'<', content.as_bytes())?;
        let words = text::trim_span(self.text, open.end(), open.end() + lt);
        let inner_tag = markup::tag(content.get(lt..)?).filter(|g| !g.closing && !g.empty)?;
        let after_tag = content.get(lt + inner_tag.len..)?;
        let (inner_close, _) = markup::close_of(after_tag, inner_tag.name)?;
        let title_at = open.end() + lt + inner_tag.len;
        let title = text::trim_span(self.text, title_at, title_at + inner_close);
        if words.is_empty() || memchr::memchr(b'<', self.get(title).as_bytes()).is_some() {
            return None;
        }
        let end = open.end() + close + close_len;
        self.push_trailer(article, TrailerKind::Furniture, open);
        let mut b = self.element_byline(words);
        if !title.is_empty() {
            self.set_title(&mut b, title);
        }
        article.byline = Some(b);
        self.push_trailer(
            article,
            TrailerKind::Furniture,
            Span::new(open.end() + lt, title_at),
        );
        self.push_trailer(
            article,
            TrailerKind::Furniture,
            text::trim_span(self.text, title.end().max(title_at), end),
        );
        Some(end)
    }

    /// The byline of a record's byline element's words at `span`, as the
    /// byline's rules read them, or the words whole where they read none
    /// (the element says what they are).
    fn element_byline(&self, span: Span) -> Byline<'a> {
        self.md_byline(span).unwrap_or(Byline {
            text: self.get(span),
            span,
            authors: Vec::new(),
            affiliation: None,
            title: None,
        })
    }

    /// Sets `b`'s title to the role line at `span` (`Staff Writer`,
    /// `Associated Press`), its affiliation too where it has none.
    fn set_title(&self, b: &mut Byline<'a>, span: Span) {
        let t = self.get(span);
        b.title = Some((t, span));
        b.affiliation = b.affiliation.or(Some(t));
    }

    /// Reads a record's `BYLINE` element, `whole`, its words at `inner`:
    /// the first the byline (as the byline's rules read it, or the words
    /// whole where they read none: the element says what it is), a role
    /// line in a second its title (TREC's `Associated Press Writer` under
    /// `By Ann Poe`); any other furniture.
    fn record_byline(&self, article: &mut Article<'a>, whole: Span, inner: Span) {
        let t = self.get(inner);
        if inner.is_empty() {
            self.push_trailer(article, TrailerKind::Furniture, whole);
            return;
        }
        match article.byline.as_mut() {
            None => {
                article.byline = Some(self.element_byline(inner));
            }
            Some(b) if b.title.is_none() && byline::is_role_line(t) => self.set_title(b, inner),
            Some(_) => {
                self.push_trailer(article, TrailerKind::Furniture, whole);
                return;
            }
        }
        self.push_around(article, whole, inner);
    }

    /// The paragraph units of a record's story ([`Driver::body_units`]),
    /// its tags furniture ([`Driver::record_units`]). Out of line: a
    /// record's reading made in the parse of every text cost 0.4% more.
    #[inline(never)]
    fn record_body(
        &self,
        body: (usize, usize, usize),
        units: &mut Vec<Unit>,
        article: &mut Article<'a>,
    ) {
        self.body_units::<true>(body, units);
        self.record_units(units, article);
    }

    /// An export's fields under the story (`LOAD-DATE: …`, `End of
    /// Document`, Factiva's index codes), in a paragraph of their own or, in
    /// copy with no blank lines, as the last lines of the story's: cut from
    /// `units`' end and pushed to `article`. Out of line: asked of exports
    /// only.
    #[inline(never)]
    fn export_tail(&self, ex: Export, units: &mut Vec<Unit>, article: &mut Article<'a>) {
        if ex.codes {
            self.factiva_text_code(units, article);
        }
        let pushed = article.trailers.len();
        // Factiva's index codes and document number (`NS …`, `AN …`), but
        // the story's own `LP` and `TD`
        let coded = |t: &str| {
            ex.codes
                && export::factiva_line_code(text::trim(t))
                    .is_some_and(|c| !matches!(c, "LP" | "TD"))
        };
        let trailing_kind = |t: &str| {
            export::trailing_kind(t).or_else(|| coded(t).then_some(TrailerKind::Furniture))
        };
        // (or a code's value, the code alone over it: `RE` / `usil :
        // Illinois`)
        let lone_code = |t: &str| {
            ex.codes
                && export::factiva_lone_code(text::trim(t))
                    .is_some_and(|c| !matches!(c, "LP" | "TD"))
        };
        while let Some(u) = units.last().copied() {
            let t = self.get(u.span);
            let above = units.len().checked_sub(2).and_then(|k| units.get(k));
            let kind = trailing_kind(t).or_else(|| {
                above
                    .is_some_and(|a| lone_code(self.get(a.span)))
                    .then_some(TrailerKind::Furniture)
            });
            if let Some(kind) = kind {
                self.push_trailer(article, kind, u.span);
                units.pop();
                continue;
            }
            let Some(cut) = t.rfind(['\n', '\r']) else {
                break;
            };
            let last = text::trim_span(self.text, u.span.start() + cut, u.span.end());
            // (the line above, a CR before the cut LF aside)
            let above = t.get(..cut).map(|a| {
                let a = a.trim_end_matches('\r');
                a.rfind(['\n', '\r'])
                    .map_or(a, |at| a.get(at..).unwrap_or(a))
            });
            let Some(kind) = trailing_kind(self.get(last)).or_else(|| {
                above
                    .is_some_and(lone_code)
                    .then_some(TrailerKind::Furniture)
            }) else {
                break;
            };
            self.push_trailer(article, kind, last);
            if let Some(u) = units.last_mut() {
                u.span = text::trim_span(self.text, u.span.start(), u.span.start() + cut);
            }
        }
        // (`ProQuest` may print its fields under the story only: its
        // `Title:` the headline, its `Author:` the byline)
        if article.headline.is_none() {
            self.trailing_field(article, pushed, Field::Headline);
        }
        if article.byline.is_none() {
            self.trailing_field(article, pushed, Field::Byline);
        }
    }

    /// Factiva's `TD` code (the rest of the text, after the lead
    /// paragraphs) alone on a line of the story in `units`, in an export
    /// with field codes whose table was saved a cell a line: pushed to
    /// `article` as furniture, the unit it stands in split around it. (On
    /// its value's line, `TD The bridge …`, it stays the paragraph's: a
    /// paragraph may open `TD Securities said …`.)
    #[inline(never)]
    fn factiva_text_code(&self, units: &mut Vec<Unit>, article: &mut Article<'a>) {
        let found = units.iter().enumerate().find_map(|(k, u)| {
            let t = self.get(u.span);
            let mut at = u.span.start();
            for line in t.split_inclusive(['\n', '\r']) {
                let code = text::trim_span(self.text, at, at + line.len());
                if self.get(code) == "TD" {
                    return Some((k, code));
                }
                at += line.len();
            }
            None
        });
        let Some((k, code)) = found else {
            return;
        };
        let Some(u) = units.get(k).copied() else {
            return;
        };
        self.push_trailer(article, TrailerKind::Furniture, code);
        let before = text::trim_span(self.text, u.span.start(), code.start());
        let after = text::trim_span(self.text, code.end(), u.span.end());
        let pieces = [before, after].map(|span| (!span.is_empty()).then_some(Unit { span, ..u }));
        match pieces {
            [Some(a), Some(b)] => {
                if let Some(slot) = units.get_mut(k) {
                    *slot = a;
                }
                units.insert(k + 1, b);
            }
            [Some(one), None] | [None, Some(one)] => {
                if let Some(slot) = units.get_mut(k) {
                    *slot = one;
                }
            }
            [None, None] => {
                units.remove(k);
            }
        }
    }

    /// The words of a record's story in `units`: the tags and control
    /// entities around each unit's (`<P>`, `</P>`, `<p>…</p>`, `&#3;`)
    /// pushed to `article` as furniture, a unit of tags alone removed, and
    /// every unit after the story's closing tag (`</TEXT>`: the record's
    /// copyright and codes under it) furniture.
    fn record_units(&self, units: &mut Vec<Unit>, article: &mut Article<'a>) {
        let mut closed = false;
        units.retain_mut(|u| {
            if closed {
                self.push_trailer(article, TrailerKind::Furniture, u.span);
                return false;
            }
            let t = self.get(u.span);
            let (a, b) = (markup::lead_tags(t), markup::trail_tags(t));
            // (the story's closing tag is among the tags around the words;
            // the words are not read again)
            closed = [t.get(..a), t.get(b.max(a)..)]
                .into_iter()
                .flatten()
                .any(markup::closes_story);
            if a >= b {
                self.push_trailer(article, TrailerKind::Furniture, u.span);
                return false;
            }
            let inner = text::trim_span(self.text, u.span.start() + a, u.span.start() + b);
            self.push_around(article, u.span, inner);
            u.span = inner;
            true
        });
    }

    /// The dateline opening a record's story, which starts on line `line`
    /// from byte `from` (0: the line's start), past the tags over its
    /// words (`<P>`, `<p>`): those pushed to `article` as furniture when a
    /// dateline is found (the story then starts after it).
    fn record_dateline(
        &self,
        line: usize,
        from: usize,
        article: &mut Article<'a>,
    ) -> Option<Placed<'a>> {
        let mut i = line;
        let (l, at) = loop {
            let l = self.lines.get(i).filter(|_| i < line + MARKDOWN_LOOK)?;
            let start = l.start.max(from);
            let t = self.text.get(start..l.end)?;
            let skip = markup::lead_tags(t);
            if skip < t.len() {
                break (l, start + skip);
            }
            i += 1;
        };
        let f = dateline_at(self.text, at, l.end)?;
        for k in line..=i {
            let Some(over) = self.lines.get(k) else {
                break;
            };
            let end = if k == i { at } else { over.end };
            let span = text::trim_span(self.text, over.start.max(from), end);
            if !span.is_empty() {
                self.push_trailer(article, TrailerKind::Furniture, span);
            }
        }
        Some((self.block_of(i), i, f))
    }

    /// Reads Pandoc's title block from line `top` (`% Title` / `% Author`
    /// / `% Date`): the title the headline, the author the byline, the date
    /// a time stamp, each `%` furniture. Returns the line under it.
    fn pandoc_header(&self, top: usize, article: &mut Article<'a>) -> usize {
        let mut i = top;
        while let Some(span) = self
            .lines
            .get(i)
            .filter(|l| !l.blank && i < top + 3)
            .map(|l| text::trim_span(self.text, l.start, l.end))
            .filter(|&span| self.get(span).starts_with('%'))
        {
            let value = text::trim_span(self.text, span.start() + 1, span.end());
            match i - top {
                0 => self.set_headline(article, span, value),
                1 => match self.md_byline(value).filter(|_| !value.is_empty()) {
                    Some(b) => {
                        article.byline = Some(b);
                        self.push_around(article, span, value);
                    }
                    None => self.push_trailer(article, TrailerKind::Furniture, span),
                },
                _ => self.push_trailer(article, TrailerKind::Timestamp, span),
            }
            i += 1;
        }
        i
    }

    /// An ANPA wire's coded header ([`MdTitle::Caret`]) on line `first` or,
    /// under the transmission lines (up to [`MAX_TRANSMISSION_LINES`]:
    /// `r0183` / `u a BC-Storm 07-23 0159`), on a line under them.
    fn caret_title(&self, first: usize) -> Option<MdTitle> {
        let line = |i: usize| trimmed_line(self.text, self.lines, i);
        // (or two lines opening with the caret, their closing codes dropped)
        let open = |i: usize| trailer::open_caret_line(line(i)).is_some();
        let coded = |i: usize| trailer::caret_line(line(i)).is_some() || (open(i) && open(i + 1));
        // (the lines in one block: a blank line ends the search)
        (first..=first + MAX_TRANSMISSION_LINES)
            .take_while(|&i| self.lines.get(i).is_some_and(|l| !l.blank))
            .any(coded)
            .then_some(MdTitle::Caret(first))
    }

    /// Reads an ANPA wire's header from line `top` ([`MdTitle::Caret`]):
    /// the transmission line over the coded lines is furniture; of the
    /// words inside the codes, a header's kinds of line are trailers (the
    /// slug `BC-Ohio-Storm,0398`, an editor's note `Eds: Updates …`), `By …`
    /// is the byline and a role after it its title (`Associated Press
    /// Writer`), the first other line the headline (an empty one none),
    /// any other furniture, and the codes furniture (a line's closing code
    /// may be dropped: [`trailer::open_caret_line`]). The story starts on
    /// the first line without the codes, with the dateline that opens it,
    /// if one does.
    fn caret_header(&self, top: usize, article: &mut Article<'a>) -> (Export, Option<Placed<'a>>) {
        let trimmed = |i: usize| self.span_of(i, i + 1, 0);
        let mut i = top;
        let mut coded = false;
        while i < self.lines.len() {
            let span = trimmed(i);
            let u = self.get(span);
            let Some((a, b)) = trailer::caret_line(u).or_else(|| trailer::open_caret_line(u))
            else {
                // (the transmission lines over the codes, in the block
                // `top` opens)
                if !coded
                    && i < top + MAX_TRANSMISSION_LINES
                    && self.lines.get(i).is_some_and(|l| !l.blank)
                {
                    self.push_trailer(article, TrailerKind::Furniture, span);
                    i += 1;
                    continue;
                }
                break;
            };
            coded = true;
            let inner = text::trim_span(self.text, span.start() + a, span.start() + b);
            let u = self.get(inner);
            if let Some(kind) = self.header_kind(u) {
                self.push_trailer(article, kind, inner);
                self.push_around(article, span, inner);
            } else if let Some(b) = article
                .byline
                .is_none()
                .then(|| byline::byline_at(self.text, inner))
                .flatten()
            {
                article.byline = Some(b);
                self.push_around(article, span, inner);
            } else if let Some(b) = article
                .byline
                .as_mut()
                .filter(|b| b.title.is_none() && byline::is_role_line(u))
            {
                self.set_title(b, inner);
                self.push_around(article, span, inner);
            } else if article.headline.is_none() {
                self.set_headline(article, span, inner);
            } else {
                self.push_trailer(article, TrailerKind::Furniture, span);
            }
            i += 1;
        }
        // (a byline under the codes without them, and its role: `By ANN
        // POE` / `Associated Press Writer`)
        if let Some(b) = article
            .byline
            .is_none()
            .then(|| byline::byline_at(self.text, trimmed(i)))
            .flatten()
        {
            article.byline = Some(b);
            i += 1;
            let role = trimmed(i);
            if let Some(b) = article
                .byline
                .as_mut()
                .filter(|_| byline::is_role_line(self.get(role)))
            {
                self.set_title(b, role);
                i += 1;
            }
        }
        // (the story under a blank line, or one of blank space: ` `)
        while self.lines.get(i).is_some_and(|l| l.blank) {
            i += 1;
        }
        let found = self.lines.get(i).and_then(|l| {
            let span = text::trim_span(self.text, l.start, l.end);
            dateline_at(self.text, span.start(), span.end())
        });
        let export = self.story_at(i, 0);
        (export, found.map(|f| (export.body_block, i, f)))
    }

    /// Reads a mail's header from line `top` (`From:`, `Sent:`, `To:`,
    /// `Subject:`, a forwarded message's under the first): the last
    /// subject's words are the headline (`FW:` and `RE:` furniture with its
    /// label), the dates time stamps, the rest furniture. Returns the line
    /// under the header.
    fn mail_header(&self, top: usize, article: &mut Article<'a>) -> usize {
        let mut subject: Option<(Span, usize)> = None;
        let mut i = top;
        while let Some(line) = self.lines.get(i) {
            if !line.blank {
                let span = text::trim_span(self.text, line.start, line.end);
                match markdown::mail_field(self.get(span)) {
                    Some(field) => self.push_mail_field(article, field, span, &mut subject),
                    // the forwarder's note over the message forwarded
                    None if self.forward_under(i) => {
                        self.push_trailer(article, TrailerKind::EditorsNote, span);
                    }
                    // any other field, or a field's line run on, right under
                    // a field (a news posting's `Newsgroups:`, `Keywords:`,
                    // `Lines:`; `X-Mailer:`)
                    None if (i == top || self.lines.get(i - 1).is_some_and(|l| !l.blank))
                        && (markdown::is_header_field(self.get(span))
                            || line.get(self.text).starts_with([' ', '\t'])) =>
                    {
                        self.push_trailer(article, TrailerKind::Furniture, span);
                    }
                    None => break,
                }
            }
            i += 1;
        }
        if let Some((span, at)) = subject {
            let words = text::trim_span(self.text, span.start() + at, span.end());
            self.set_headline(article, span, words);
        }
        i
    }

    /// Pushes a forwarded story's envelope, lines `first..end`
    /// ([`cut_envelope`]), to `article` as [`Driver::mail_header`] reads a
    /// message's header: the dates time stamps, the other headers, the
    /// program's lines and rules furniture, each block of the sender's notes
    /// an editor's note. Returns the last subject's line and where its words
    /// start, for the headline where the story has none.
    #[inline(never)]
    fn envelope(
        &self,
        first: usize,
        end: usize,
        article: &mut Article<'a>,
    ) -> Option<(Span, usize)> {
        let mut subject: Option<(Span, usize)> = None;
        let mut note: Option<Span> = None;
        for line in self.lines.get(first..end).unwrap_or_default() {
            let span = text::trim_span(self.text, line.start, line.end);
            let t = self.get(span);
            let field = markdown::mail_field(t);
            if line.blank || field.is_some() || export::is_rule_line(t) {
                if let Some(n) = note.take() {
                    self.push_trailer(article, TrailerKind::EditorsNote, n);
                }
            }
            match field {
                _ if line.blank => {}
                Some(field) => self.push_mail_field(article, field, span, &mut subject),
                None if export::is_rule_line(t) => {
                    self.push_trailer(article, TrailerKind::Furniture, span);
                }
                None => {
                    note = Some(note.map_or(span, |n| Span::new(n.start(), span.end())));
                }
            }
        }
        if let Some(n) = note {
            self.push_trailer(article, TrailerKind::EditorsNote, n);
        }
        subject
    }

    /// Pushes a mail header's `field` at `span` to `article`, as
    /// [`Driver::mail_header`] and [`Driver::envelope`] read them: a date a
    /// time stamp, any other furniture, a subject kept in `subject` (the
    /// one it follows pushed as furniture: the last is the headline's, where
    /// one is wanted).
    fn push_mail_field(
        &self,
        article: &mut Article<'a>,
        field: markdown::MailField,
        span: Span,
        subject: &mut Option<(Span, usize)>,
    ) {
        match field {
            markdown::MailField::Subject(at) => {
                if let Some((above, _)) = subject.replace((span, at)) {
                    self.push_trailer(article, TrailerKind::Furniture, above);
                }
            }
            markdown::MailField::Date => self.push_trailer(article, TrailerKind::Timestamp, span),
            markdown::MailField::Other => self.push_trailer(article, TrailerKind::Furniture, span),
        }
    }

    /// Whether a forwarded message's line (`-----Original Message-----`)
    /// is among the few lines under line `i` (blank ones aside).
    fn forward_under(&self, i: usize) -> bool {
        let lines = self.lines.get(i + 1..).unwrap_or(&[]).iter();
        lines
            .filter(|l| !l.blank)
            .take(MARKDOWN_LOOK)
            .any(|l| markdown::is_forward_line(text::trim(l.get(self.text))))
    }

    /// The story in a field of a news service's dump at line `i` (`span`):
    /// `content: …`, `body: …`, `text: …` (or its value on the lines under
    /// it, `body: |`), its label furniture; with its dateline. `None` for
    /// any other field.
    fn story_field(
        &self,
        i: usize,
        span: Span,
        article: &mut Article<'a>,
    ) -> Option<(Export, Option<Placed<'a>>)> {
        let (key, a, b) = markdown::front_field(self.get(span))?;
        if markdown::key(key) != markdown::Key::Story {
            return None;
        }
        let value = Span::new(span.start() + a, span.start() + b);
        let (line, from) = if matches!(self.get(value), "" | "|" | ">") {
            self.push_trailer(article, TrailerKind::Furniture, span);
            let next = (i + 1..self.lines.len())
                .find(|&k| self.lines.get(k).is_some_and(|l| !l.blank))
                .unwrap_or(self.lines.len());
            (next, 0)
        } else {
            let label = text::trim_span(self.text, span.start(), value.start());
            self.push_trailer(article, TrailerKind::Furniture, label);
            (i, value.start())
        };
        // (a byline opening the story: `text: By Ann Poe`, the dateline on
        // the lines under it)
        let (line, from) = match self.story_byline(line, from, article) {
            (past, 0) if (past, 0) != (line, from) => (
                (past..self.lines.len())
                    .find(|&k| self.lines.get(k).is_some_and(|l| !l.blank))
                    .unwrap_or(past),
                0,
            ),
            same => same,
        };
        let export = self.story_at(line, from);
        let found = self.lines.get(line).and_then(|l| {
            dateline_at(self.text, l.start.max(from), l.end).map(|f| (export.body_block, line, f))
        });
        Some((export, found))
    }

    /// The block line `line` is in (or under, between blocks): the number of
    /// blocks when it is under the last.
    fn block_of(&self, line: usize) -> usize {
        self.blocks
            .iter()
            .position(|b| b.end > line)
            .unwrap_or(self.blocks.len())
    }

    /// Where the story a page's fields or Markdown header stand over starts:
    /// on line `line`, from byte `from` (0: the line's start).
    fn story_at(&self, line: usize, from: usize) -> Export {
        Export {
            header_end: line,
            body_block: self.block_of(line),
            body_line: line,
            body_from: from,
            marker: None,
            words: None,
            codes: false,
        }
    }

    /// Reads the field of a note file's front matter or header, of a news
    /// service's dump, of a table's row or with its label in emphasis, at
    /// `span` (`title: "Storm nears coast"`, `Author: Ann Poe`, `date:
    /// 2026-11-28`, `| Author | Ann Poe |`, `**Author:** Ann Poe`): the
    /// title's (`headline`'s) value the headline, the author's (`authors`,
    /// `byline`, `creator`) the byline, the date's (`published`,
    /// `publishedAt`) line a time stamp, any other field furniture.
    fn front_field(&self, span: Span, article: &mut Article<'a>) {
        let field = markdown::any_field(self.get(span))
            .map(|(key, a, b)| (key, Span::new(span.start() + a, span.start() + b)));
        let Some((key, value)) = field.filter(|(_, value)| !value.is_empty()) else {
            self.push_trailer(article, TrailerKind::Furniture, span);
            return;
        };
        match markdown::key(key) {
            markdown::Key::Title if article.headline.is_none() => {
                self.set_headline(article, span, value);
            }
            markdown::Key::Author if article.byline.is_none() => match self.md_byline(value) {
                Some(b) => {
                    article.byline = Some(b);
                    self.push_around(article, span, value);
                }
                None => self.push_trailer(article, TrailerKind::Furniture, span),
            },
            markdown::Key::Date => self.push_trailer(article, TrailerKind::Timestamp, span),
            _ => self.push_trailer(article, TrailerKind::Furniture, span),
        }
    }

    /// The words of the Markdown line at `span` inside its marks: a
    /// heading's `#` marks (and a link's around a heading's words, its
    /// address after them), emphasis around the whole line, a quote's `> `.
    fn md_inner(&self, span: Span) -> Span {
        let t = self.get(span);
        if let Some((_, a, b)) = markdown::heading(t) {
            // (a title that links to its page: the link's text)
            let (a, b) = t
                .get(a..b)
                .and_then(markdown::whole_link)
                .map_or((a, b), |(x, y)| (a + x, a + y));
            return Span::new(span.start() + a, span.start() + b);
        }
        if let Some(m) = markdown::emphasis(t) {
            return Span::new(span.start() + m, span.end() - m);
        }
        t.strip_prefix("> ")
            .map_or(span, |q| Span::new(span.end() - q.len(), span.end()))
    }

    /// Whether line `i` is a title by its marks: a heading of the first
    /// level, or a line over a setext underline.
    fn md_title_at(&self, i: usize) -> bool {
        let t = trimmed_line(self.text, self.lines, i);
        markdown::heading(t).is_some_and(|(level, _, _)| level == 1)
            || markdown::is_underline(trimmed_line(self.text, self.lines, i + 1))
    }

    /// Whether one of the few lines under line `i` (blank ones aside) is
    /// header still: names, a time stamp, an image, links alone, a detail
    /// with its label in emphasis; so line `i` is a standfirst, not the
    /// story's first paragraph.
    fn md_header_under(&self, i: usize) -> bool {
        let lines = self.lines.get(i + 1..).unwrap_or(&[]).iter();
        lines.filter(|l| !l.blank).take(MARKDOWN_LOOK).any(|l| {
            let span = text::trim_span(self.text, l.start, l.end);
            let t = self.get(span);
            let inner =
                markdown::emphasis(t).map_or(span, |m| Span::new(span.start() + m, span.end() - m));
            markdown::is_image(t)
                || markdown::is_links(t)
                || markdown::emphasized_field(t).is_some()
                || trailer::is_time_stamp(self.get(inner))
                || self.md_byline(inner).is_some()
        })
    }

    /// The dateline opening the story's line at `span`, plain or in bold
    /// (`**NEW DELHI:** …`, `**BEIJING, March 3 (Xinhua) --** …`: the
    /// marks pushed to `article` as furniture, the story after them).
    fn md_dateline(&self, span: Span, article: &mut Article<'a>) -> Option<Found<'a>> {
        let t = self.get(span);
        let Some(rest) = t.strip_prefix("**") else {
            return dateline_at(self.text, span.start(), span.end());
        };
        let close = span.start() + 2 + memchr::memmem::find(rest.as_bytes(), b"**")?;
        let mut found = dateline_at(self.text, span.start() + 2, close)?;
        // (the bold words must be the dateline whole: `**AS.—A, Ore. —**`
        // reads `AS.—` and leaves words inside the marks)
        let inside = self.text.get(found.dateline.span.end()..close)?;
        if !inside.trim().is_empty() {
            return None;
        }
        let after = self.text.get(close + 2..span.end())?;
        found.body_start = close + 2 + (after.len() - after.trim_start().len());
        self.push_trailer(
            article,
            TrailerKind::Furniture,
            Span::new(span.start(), span.start() + 2),
        );
        self.push_trailer(article, TrailerKind::Furniture, Span::new(close, close + 2));
        Some(found)
    }

    /// The byline at `span` of a page saved as Markdown: as a header reads
    /// it (`By Ann Poe`, names alone), or names in links after `By` (`By
    /// [Ann Poe](https://…) and [Tom Roe](https://…)`, the line whole).
    fn md_byline(&self, span: Span) -> Option<Byline<'a>> {
        byline::byline_at(self.text, span)
            .or_else(|| byline::bare_byline_at(self.text, span))
            .or_else(|| byline::linked_byline_at(self.text, span))
    }

    /// Sets `article`'s headline to the text at `inner`, a title's words
    /// inside the line at `span`; the marks, label or quotes around it in
    /// the line are furniture.
    fn set_headline(&self, article: &mut Article<'a>, span: Span, inner: Span) {
        if inner.is_empty() {
            self.push_trailer(article, TrailerKind::Furniture, span);
            return;
        }
        article.headline = Some(Headline {
            text: self.get(inner),
            span: inner,
        });
        self.push_around(article, span, inner);
    }

    /// Pushes what the line at `span` holds around its part at `inner`
    /// (marks, a label, quotes: `# `, `**`, `Title:`) to `article` as
    /// furniture, the blank space between them aside.
    fn push_around(&self, article: &mut Article<'a>, span: Span, inner: Span) {
        for (a, b) in [(span.start(), inner.start()), (inner.end(), span.end())] {
            let part = text::trim_span(self.text, a, b);
            if !part.is_empty() {
                self.push_trailer(article, TrailerKind::Furniture, part);
            }
        }
    }

    /// Pushes each block's part of the lines `first..end` to `article` as
    /// furniture.
    fn furniture_lines(&self, first: usize, end: usize, article: &mut Article<'a>) {
        for block in self.blocks {
            let (a, b) = (block.first.max(first), block.end.min(end));
            if a < b {
                let span = self.span_of(a, b, 0);
                if !span.is_empty() {
                    self.push_trailer(article, TrailerKind::Furniture, span);
                }
            }
        }
    }

    /// The headline or byline (`field`) from an export's `Title:` or
    /// `Author:` field under its story, as `ProQuest` prints its fields
    /// after the full text: the line is found in a furniture trailer among
    /// `article`'s trailers from `from` on, which is split around it (its
    /// label furniture of its own).
    #[inline(never)]
    fn trailing_field(&self, article: &mut Article<'a>, from: usize, field: Field) {
        let found = article
            .trailers
            .iter()
            .enumerate()
            .skip(from)
            .find_map(|(k, t)| {
                if t.kind != TrailerKind::Furniture {
                    return None;
                }
                let mut at = t.span.start();
                for line in t.text.split(['\n', '\r']) {
                    let span = text::trim_span(self.text, at, at + line.len());
                    at += line.len() + 1;
                    if export::field(self.get(span)) == Some(field) {
                        return Some((k, span));
                    }
                }
                None
            });
        let Some((k, line)) = found else { return };
        let Some(colon) = memchr::memchr(b':', self.get(line).as_bytes()) else {
            return;
        };
        let value = text::trim_span(self.text, line.start() + colon + 1, line.end());
        if value.is_empty() {
            return;
        }
        match field {
            Field::Byline => match self.field_byline(value) {
                Some(byline) => article.byline = Some(byline),
                None => return,
            },
            _ => {
                article.headline = Some(Headline {
                    text: self.get(value),
                    span: value,
                });
            }
        }
        let whole = article.trailers.remove(k).span;
        for (a, b) in [
            (whole.start(), line.start()),
            (line.start(), line.start() + colon + 1),
            (line.end(), whole.end()),
        ] {
            let part = text::trim_span(self.text, a, b);
            if !part.is_empty() {
                self.push_trailer(article, TrailerKind::Furniture, part);
            }
        }
    }

    /// Pushes the text at `span` onto `article`'s trailers as a `kind`.
    fn push_trailer(&self, article: &mut Article<'a>, kind: TrailerKind, span: Span) {
        article.trailers.push(Trailer {
            kind,
            text: self.get(span),
            span,
        });
    }

    /// The dateline opening an export's story, if the story opens with one:
    /// `WASHINGTON (AP) — …` under `Body`, or on the line under a `Full
    /// text:` label alone on its line.
    fn story_dateline(&self, export: Export) -> Option<((usize, usize, Found<'a>), Option<Span>)> {
        let mut at = export.body_line;
        if self
            .lines
            .get(at)
            .is_some_and(|l| export.body_from >= l.end)
        {
            at += 1;
        }
        let (b, block) = self
            .blocks
            .iter()
            .enumerate()
            .skip(export.body_block)
            .find(|(_, block)| block.end > at)?;
        let first = block.first.max(at);
        let line = self.lines.get(first)?;
        let from = line.start.max(export.body_from);
        match dateline_at(self.text, from, line.end) {
            Some(f) => Some(((b, first, f), None)),
            None => self.dateline_under_note(b, first),
        }
    }

    /// The dateline opening block `b + 1`, where block `b` is an editor's
    /// note alone on line `first` ([`trailer::classify_header`]: `(Adds
    /// analyst comment, share price in paragraphs 5-6)` under a database's
    /// `Body`), and the note's span.
    /// Out of line: asked of stories under a database's header whose first
    /// line has no dateline.
    #[inline(never)]
    fn dateline_under_note(
        &self,
        b: usize,
        first: usize,
    ) -> Option<((usize, usize, Found<'a>), Option<Span>)> {
        let block = self.blocks.get(b)?;
        let note = trimmed_line(self.text, self.lines, first);
        let alone = block.end == first + 1;
        if !(alone && trailer::classify_header(note) == Some(TrailerKind::EditorsNote)) {
            return None;
        }
        let next = self.blocks.get(b + 1)?;
        let line = self.lines.get(next.first)?;
        let found = dateline_at(self.text, line.start, line.end)?;
        Some((
            (b + 1, next.first, found),
            Some(self.span_of(first, first + 1, 0)),
        ))
    }

    /// `b` without the time stamp or the story's age at its end (`By Ann Poe
    /// | November 27, 2026`, `By Ann Poe / November 27, 2026`, `Story by
    /// AFP • 5h`; [`byline::stamp_cut`]): the stamp, with the mark before it
    /// (every byte belongs to a part), is pushed to `article` as a trailer.
    /// A known agency's name alone before a dash and its stamp is the
    /// page's credit line, no byline (Kyodo's `KYODO NEWS - Nov 28, 2026 -
    /// 09:12 | Japan, All`): the name is pushed as furniture, and `None`
    /// returned. Before a bar and a stamp it stays the byline (ANI's `ANI |
    /// Updated: Mar 10, 2026 18:20 IST`, `TNN | Nov 27, 2026`).
    fn unstamped(&self, article: &mut Article<'a>, mut b: Byline<'a>) -> Option<Byline<'a>> {
        // a stamp before the names: `Posted on November 27, 2026 by Ann Poe`
        if let Some(at) = byline::stamp_before(b.text) {
            let start = b.span.start();
            let stamp = text::trim_span(self.text, start, start + at);
            self.push_trailer(article, TrailerKind::Timestamp, stamp);
            b.span = text::trim_span(self.text, start + at, b.span.end());
            b.text = self.get(b.span);
        }
        // (a stamp from the first byte would leave no byline: none is cut)
        if let Some((mark, kind)) = byline::stamp_cut(b.text).filter(|&(mark, _)| mark > 0) {
            // (a stop after the last name goes with the stamp, as Ad Age
            // ends its names: `By Ann Poe. Published on June 17, 2025.`)
            let mark = b
                .text
                .get(..mark)
                .map(str::trim_end)
                .filter(|head| byline::ends_with_stop_after_name(head))
                .map_or(mark, |head| head.len() - 1);
            let start = b.span.start();
            let stamp = text::trim_span(self.text, start + mark, b.span.end());
            self.push_trailer(article, kind, stamp);
            b.span = text::trim_span(self.text, start, start + mark);
            b.text = self.get(b.span);
            // the affiliation the byline read, cut at its new end: one read
            // to the line's end (`The Daily Ledger | UPDATED: …`) ends with
            // the byline (the authors stand before the stamp)
            let kept = b.text;
            let cut = |a: &'a str| {
                let at = text::offset_in(kept, a)?;
                let end = (at + a.len()).min(kept.len());
                kept.get(at..end)
                    .map(str::trim_end)
                    .filter(|a| !a.is_empty())
            };
            b.affiliation = b.affiliation.and_then(cut);
            // (and so are names read to the line's end: each part of a
            // byline lies in its text)
            b.authors.retain_mut(|name| {
                cut(name).is_some_and(|n| {
                    *name = n;
                    true
                })
            });
            // (an agency's credit line: its stamp after a dash; a stamp
            // after a bar or a comma keeps the name the byline, ANI's `ANI |
            // Updated: …`, Mining.com's `Bloomberg News | February 25,
            // 2026`, Ahram Online's `AFP , Monday 19 Jan 2026`)
            let credit_line = self.get(stamp).starts_with(['-', '\u{2013}', '\u{2014}']);
            if credit_line && crate::tables::agencies::is_agency(b.text) {
                self.push_trailer(article, TrailerKind::Furniture, b.span);
                return None;
            }
        }
        Some(b)
    }

    /// Whether the export's header line at `span` is `ProQuest`'s citation
    /// under the headline, its author first (`Poe, Ann. The Harbor
    /// Sentinel; Portland, Maine [Portland, Maine]. 04 Dec 2024: B.3.`,
    /// [`export::citation_author`]): the author's names are the byline, the
    /// rest from the stop after them furniture. Out of line: asked of few
    /// lines.
    #[inline(never)]
    fn citation(&self, span: Span, article: &mut Article<'a>) -> bool {
        let Some(author) = export::citation_author(self.get(span)) else {
            return false;
        };
        let names = Span::new(span.start(), span.start() + author.len());
        let Some(by) = self.field_byline(names) else {
            return false;
        };
        article.byline = Some(by);
        // (its stop with the rest: every byte is a node's)
        let rest = text::trim_span(self.text, names.end(), span.end());
        self.push_trailer(article, TrailerKind::Furniture, rest);
        true
    }

    /// The byline of an export's byline field, the value at `span`:
    /// `ProQuest`'s authors in catalogue order (`Poe, Ann`), a byline, or
    /// names without `By` (`Ann Poe` under Factiva's `BY` code or after
    /// `BYLINE:`).
    fn field_byline(&self, span: Span) -> Option<Byline<'a>> {
        byline::catalogue_byline_at(self.text, span)
            .or_else(|| byline::byline_at(self.text, span))
            .or_else(|| byline::bare_byline_at(self.text, span))
    }

    /// The value of a database export's labelled headline, deck or byline
    /// field at `span` (`HEADLINE: Senate Passes Budget`), its label pushed
    /// to `article` as furniture; any other field's span whole, as its
    /// trailer keeps it. A field with no value is furniture whole, pushed
    /// here (`None`).
    fn labelled_value(
        &self,
        field: Option<Field>,
        span: Span,
        article: &mut Article<'a>,
    ) -> Option<Span> {
        if !matches!(
            field,
            Some(Field::Headline | Field::Highlight | Field::Byline)
        ) {
            return Some(span);
        }
        let Some(colon) = memchr::memchr(b':', self.get(span).as_bytes()) else {
            return Some(span);
        };
        let label_end = span.start() + colon + 1;
        let value = text::trim_span(self.text, label_end, span.end());
        if value.is_empty() {
            self.push_trailer(article, TrailerKind::Furniture, span);
            return None;
        }
        self.push_trailer(
            article,
            TrailerKind::Furniture,
            Span::new(span.start(), label_end),
        );
        Some(value)
    }

    /// A field of a header with Factiva's codes (`export.codes`) at `span`:
    /// a headline's or byline's code is furniture of its own and the span of
    /// its value is returned (`HD` and `Storm Nears Coast`); the date's field
    /// (`PD 28 November 2026`) is a time stamp, pushed here (`None`). Any
    /// other field keeps its span; in a header of labelled fields, see
    /// [`Driver::labelled_value`].
    ///
    /// A code alone in its block (`HD` over a blank line, the export's
    /// table saved a cell a line) is furniture, kept in `lone` for the next
    /// span, its value, which takes its field (the date's a time stamp).
    fn coded_value(
        &self,
        export: Export,
        (field, lone): (&mut Option<Field>, &mut Option<&'a str>),
        span: Span,
        article: &mut Article<'a>,
    ) -> Option<Span> {
        if !export.codes {
            return self.labelled_value(*field, span, article);
        }
        match (*field, lone.take()) {
            (Some(_), _) => {}
            (None, Some("PD")) => {
                self.push_trailer(article, TrailerKind::Timestamp, span);
                return None;
            }
            (None, Some(code)) => {
                *field = Some(export::code_field(code));
                return Some(span);
            }
            (None, None) => return Some(span),
        }
        if let Some(code) = export::factiva_lone_code(self.get(span)) {
            self.push_trailer(article, TrailerKind::Furniture, span);
            *lone = Some(code);
            return None;
        }
        let Some((code, at)) = export::factiva_code(self.get(span)) else {
            return Some(span);
        };
        if matches!(*field, Some(Field::Headline | Field::Byline)) {
            let label = Span::new(span.start(), span.start() + code.len());
            self.push_trailer(article, TrailerKind::Furniture, label);
            return Some(Span::new(span.start() + at, span.end()));
        }
        if code == "PD" {
            self.push_trailer(article, TrailerKind::Timestamp, span);
            return None;
        }
        Some(span)
    }

    /// An unlabelled line of an export's header (`span`, from line `start`):
    /// the headline (or its second line, wrapped in lower case) or Factiva's
    /// byline, which it sets in `article`, or a trailer of the kind
    /// returned.
    fn unlabelled(
        &self,
        export: Export,
        start: usize,
        span: Span,
        labelled_headline: bool,
        article: &mut Article<'a>,
    ) -> Option<TrailerKind> {
        let t = self.get(span);
        if let Some(kind) = trailer::classify_header(t)
            .or_else(|| export::trailing_kind(t))
            .or_else(|| trailer::print_mark(t))
        {
            return Some(kind);
        }
        // Factiva's section over the headline (`Business` / the headline /
        // `By Ann Poe` / `712 words`): the line read first is the kicker
        if export.words.is_some_and(|w| start + 2 == w)
            && article.kicker.is_none()
            && self.factiva_section_over(article, start, t)
        {
            article.kicker = article.headline.take();
            article.headline = Some(Headline { text: t, span });
            return None;
        }
        // Factiva's byline, between the headline and the word count; or
        // another record's byline with `By` under its headline
        let factiva = export.words.is_some_and(|w| start < w);
        if (factiva || text::strip_prefix_ci(t, "by ").is_some())
            && article.headline.is_some()
            && article.byline.is_none()
        {
            if let Some(by) = byline::byline_at(self.text, span)
                .or_else(|| byline::bare_byline_at(self.text, span))
            {
                article.byline = Some(by);
                return None;
            }
        }
        if article.headline.is_some() && article.byline.is_none() && self.citation(span, article) {
            return None;
        }
        // the headline's second line, wrapped in lower case (`Water main
        // break floods downtown Moorhead, leaving` / `hundreds of homes …`)
        if let Some(h) = article.headline.as_mut().filter(|h| {
            t.starts_with(|c: char| c.is_lowercase())
                && start
                    .checked_sub(1)
                    .and_then(|above| self.lines.get(above))
                    .is_some_and(|l| {
                        text::trim_span(self.text, l.start, l.end).end() == h.span.end()
                    })
        }) {
            h.span = Span::new(h.span.start(), span.end());
            h.text = self.get(h.span);
            return None;
        }
        // (`LexisNexis` centres the publication's lines)
        let centred = self
            .lines
            .get(start)
            .is_some_and(|l| l.indent >= CENTRED_INDENT);
        if !labelled_headline
            && article.headline.is_none()
            && !centred
            && !export::is_document_count(t)
            && !export::is_edition_line(t)
            && !trailer::is_print_edition(t)
            && !headline::is_masthead(t)
            && !headline::is_clipping_bureau(t)
        {
            article.headline = Some(Headline { text: t, span });
            return None;
        }
        Some(TrailerKind::Furniture)
    }

    /// Whether the headline read from a Factiva export's first line is its
    /// section's name (`Business`, `THE NATION`): a short line over `t`, a
    /// display line on line `start` with the byline under it (`By Ann Poe`,
    /// `ANN POE`).
    #[inline(never)]
    fn factiva_section_over(&self, article: &Article<'a>, start: usize, t: &str) -> bool {
        let Some(above) = article.headline else {
            return false;
        };
        let by = self.span_of(start + 1, start + 2, 0);
        above.text.split_whitespace().nth(3).is_none()
            && headline::is_display(t)
            && self.names_part(by)
    }

    /// Searches the opening of the text for a dateline: returns it with the block
    /// and line it is on.
    ///
    /// Candidates are tried in order. A match on a lone display line that heads
    /// more text (`TREASURY BALANCES AT FED ROSE ON FEB 25`, a headline) is kept
    /// only as a fallback, and only with a place or a date: a later match wins
    /// over it.
    fn find_dateline(&self) -> Option<(usize, usize, Found<'a>)> {
        self.find_dateline_by_rules()
            .or_else(|| self.period_dateline())
    }

    /// Where no rule read a dateline in the first [`HEADER_BLOCKS`] blocks
    /// and each of them is one header line (a page copied with a blank line
    /// between its header's lines: trail, title, standfirst, names, stamps,
    /// `Share`, `AA`, `Follow us`, a caption): the dateline opening the
    /// first block under them that is no header line, within
    /// [`MAX_PAGE_BLOCKS`]. Asked last, so that articles with a dateline
    /// pay nothing.
    #[inline(never)]
    fn dateline_under_page_blocks(&self) -> Option<(usize, usize, Found<'a>)> {
        // (the quick test first: the first blocks one line each, two of them
        // short as a page's controls, stamps and names are, `Share`, `AA`,
        // `December 3, 2026 4:02 am CET`; a story laid out a paragraph a
        // block has longer lines)
        let firsts = self.blocks.get(..HEADER_BLOCKS)?;
        let short = firsts
            .iter()
            .filter(|b| {
                self.lines
                    .get(b.first)
                    .is_some_and(|l| l.end - l.start <= MAX_PAGE_HEADER_SHORT)
            })
            .count();
        // (but an archive's notice of two lines: the New York Times'
        // `See the article in its original context from` / `April 21, 1970,
        // Page 1Buy Reprints`)
        let notice = |b: &Block| {
            let line = self.lines.get(b.first).map_or("", |l| l.get(self.text));
            trailer::is_archive_notice(text::trim(line))
        };
        if short < 2 || firsts.iter().any(|b| b.end - b.first != 1 && !notice(b)) {
            return None;
        }
        // the display block above (a kicker or a control is none:
        // `Explainer`, `Sign in`), while the block under it is to come: a
        // standfirst may stand there (the site's name, the headline, `10 min
        // read` over the story's first paragraph: so a standfirst is asked
        // for a dateline first)
        let mut title: Option<&str> = None;
        for (b, block) in self.blocks.iter().enumerate().take(MAX_PAGE_BLOCKS) {
            let lines = self.lines.get(block.first..block.end).unwrap_or(&[]);
            let line = lines.first()?;
            let t = text::trim(line.get(self.text));
            let standfirst = title
                .take()
                .is_some_and(|above| headline::is_standfirst_under(above, t));
            if headline::is_display(t) && !headline::is_kicker_line(t) && !trailer::is_navigation(t)
            {
                title = Some(t);
            }
            let control = || t.len() <= trailer::MAX_PAGE_TOP_CONTROL && trailer::is_navigation(t);
            // (or a block of the page's matter, a line a button: `Share` /
            // `Facebook` / `Twitter` / `Email`; an archive's notice)
            let archived = trailer::is_archive_notice(t);
            self.archive.set(self.archive.get() || archived);
            let matter = || {
                let all = self.get(self.span_of(block.first, block.end, 0));
                archived || trailer::is_share_bar(all) || trailer::classify_header(all).is_some()
            };
            let found = || dateline_at(self.text, line.start, line.end);
            let skip = match lines.len() {
                1 => {
                    (standfirst && found().is_none())
                        || control()
                        || self.header_lines(lines)
                        || archived
                }
                _ => matter(),
            };
            if skip {
                continue;
            }
            // (a transcript's speaker label is none: NPR's `ANN POE,
            // BYLINE: In Leoti, …` under `BO LI, HOST:`)
            return found()
                .filter(|found| !(dateline::may_be_speaker(found) && self.speakers_near(b)))
                .map(|found| (b, block.first, found));
        }
        None
    }

    /// How many of the first blocks (two at most) name the ministers
    /// issuing a government's release, each of one or two lines
    /// ([`trailer::is_minister_line`], or an office in capitals under one:
    /// `THE HON ANN POE MP` / `TREASURER`). Out of line: asked once an
    /// article, true of few.
    #[inline(never)]
    fn minister_blocks(&self) -> usize {
        self.blocks
            .iter()
            .take(MAX_MINISTER_BLOCKS)
            .take_while(|block| {
                let lines = self.lines.get(block.first..block.end).unwrap_or(&[]);
                let line = |l: &Line| text::trim(l.get(self.text));
                match lines {
                    [one] => trailer::is_minister_line(line(one)),
                    [first, second] => {
                        trailer::is_minister_line(line(first))
                            && (trailer::is_minister_line(line(second))
                                || text::is_all_caps(line(second)))
                    }
                    _ => false,
                }
            })
            .count()
    }

    /// How many blocks stand over a release's label in a block of its own
    /// among the first few (`Department of Justice` / `Office of Public
    /// Affairs`, then `FOR IMMEDIATE RELEASE` / its date): the issuer's and
    /// a page's name, which leave the headline further down. Out of line:
    /// asked once an article with no dateline.
    #[inline(never)]
    fn issuer_blocks(&self) -> usize {
        self.blocks
            .iter()
            .take(MAX_ISSUER_BLOCKS + 1)
            .skip(1)
            .position(|block| {
                let first = trimmed_line(self.text, self.lines, block.first);
                block.end - block.first <= 2 && headline::release_label(first).is_some()
            })
            .map_or(0, |p| p + 1)
    }

    /// Where no rule read a dateline: a known place and a period opening the
    /// story's first paragraph (`Kampala. The city …`, [`dateline::period_place`]),
    /// the first block that opens the story, under header blocks only; a
    /// block hard-wrapped over lines opens it when the block as a whole is
    /// no display text (its first line alone, `Kampala. The ministry said
    /// on`, reads like one) and none of its first lines is a byline (a
    /// header of a kicker, headline, stamp and `By Ann Poe` set with no blank
    /// line between them is none); else one under a page's
    /// many header blocks ([`Driver::dateline_under_page_blocks`]). Asked
    /// after the others, so that articles with a dateline pay nothing for
    /// it.
    #[inline(never)]
    fn period_dateline(&self) -> Option<(usize, usize, Found<'a>)> {
        for (b, block) in self.blocks.iter().enumerate().take(HEADER_BLOCKS) {
            let lines = self.lines.get(block.first..block.end).unwrap_or(&[]);
            let opens = match lines {
                [_, _, ..] => {
                    !headline::is_display(self.get(self.span_of(block.first, block.end, 0)))
                        && lines
                            .iter()
                            .take(HEADER_LINES)
                            .all(|l| byline::byline(text::trim(l.get(self.text))).is_none())
                }
                _ => self.opens_story(lines),
            };
            if let Some(line) = lines.first().filter(|_| opens) {
                // the New York Times' archive repeats the lead paragraph
                // under a `LEAD: ` label: the dateline after it
                let lead = text::trim_start(line.get(self.text))
                    .strip_prefix(LEAD)
                    .and_then(|after| dateline_at(self.text, line.end - after.len(), line.end));
                return lead
                    .or_else(|| dateline::period_place(self.text, line.start, line.end))
                    .map(|found| (b, block.first, found))
                    .or_else(|| self.period_under_standfirst(b))
                    .or_else(|| self.dateline_under_page_blocks());
            }
        }
        self.dateline_under_page_blocks()
    }

    /// A known place and a period opening the block under the standfirst
    /// block `b` the story seemed to open with (or under its label's block,
    /// a page's control: `What you need to know:`), under a byline, a stamp
    /// or a page's control: one line of at most [`MAX_STANDFIRST`] bytes
    /// ending in a stop, as the Daily Monitor and The Citizen print their
    /// summary over the story (`By Ann Poe` / `Riders say the fee is too
    /// high.` / `Kampala. Hundreds of riders …`).
    fn period_under_standfirst(&self, b: usize) -> Option<(usize, usize, Found<'a>)> {
        // (a block of one line, or the summary's label over its point in
        // one block: `Summary` / `The authority says …`, `What you need
        // to know:` / `- The bill now goes to the President.`)
        let one_line = |b: usize| {
            let block = self.blocks.get(b)?;
            let line = |i: usize| self.lines.get(i).map(|l| text::trim(l.get(self.text)));
            match block.end.saturating_sub(block.first) {
                1 => line(block.first),
                2 => line(block.first)
                    .filter(|&l| l == "Summary" || trailer::is_page_control_line(l))
                    .and_then(|_| line(block.first + 1)),
                _ => None,
            }
        };
        // (under header matter, not a headline: a byline, a stamp or a
        // page's control, `More by this Author`, the last line of the
        // block above; a place opening a story's second paragraph is none)
        let above = self.blocks.get(b.checked_sub(1)?)?;
        let above = self.lines.get(above.end.checked_sub(1)?)?;
        let above = text::trim(above.get(self.text));
        if !(trailer::is_page_control_line(above)
            || trailer::is_time_stamp(above)
            || byline::byline(above).is_some())
        {
            return None;
        }
        // (after the summary's label: `What you need to know:`)
        let mut t = one_line(b)?;
        let mut b = b;
        if trailer::is_page_control_line(t) {
            b += 1;
            t = one_line(b)?;
        }
        if t.len() > MAX_STANDFIRST || !t.ends_with('.') {
            return None;
        }
        let next = self.blocks.get(b + 1)?;
        let first = self.lines.get(next.first)?;
        dateline::period_place(self.text, first.start, first.end)
            .map(|found| (b + 1, next.first, found))
    }

    /// [`Driver::find_dateline`] by the rules that read a dateline on a
    /// line (the grammar's, a place over a tag, a labelled field), and a
    /// place alone on the line over the story.
    fn find_dateline_by_rules(&self) -> Option<(usize, usize, Found<'a>)> {
        let mut fallback: Option<(usize, usize, Found<'a>)> = None;
        // a place alone in capitals on the line over the story, as The
        // Hindu sets it between the header and the story (`CHENNAI`): the
        // one-line block above, if it reads so
        let mut place_above: Option<(usize, usize, Found<'a>)> = None;
        for (b, block) in self.blocks.iter().enumerate().take(HEADER_BLOCKS) {
            let lines = self.lines.get(block.first..block.end).unwrap_or(&[]);
            let (header_like, tries) = self.lines_to_try(lines);
            for (i, line) in lines.iter().enumerate().take(tries) {
                // (a `match`, not clippy's `if let`: the two build apart, and
                // the `if let` cost +0.056% more instructions on the profile)
                #[allow(clippy::single_match_else)]
                let found = match self.place_over_story(lines, i, line) {
                    Some(found) => found,
                    None => candidate!(self, lines, i, line),
                };
                // a transcript's speaker label; a byline; a page's control
                // (none is a fallback)
                if self.refused_dateline(&found, line, b) {
                    continue;
                }
                // a page's time stamp with a dash in it, a date alone
                // (Anadolu's `28.11.2026 - Update : 28.11.2026`)
                if found.dateline.place().is_none()
                    && found.dateline.source().is_none()
                    && trailer::is_time_stamp(line.get(self.text).trim())
                {
                    continue;
                }
                // an agency's credit over a time stamp, as its site prints
                // it under the headline (Kyodo's `KYODO NEWS - Nov 28, 2026
                // - 09:12 | Japan, All`; a dateline with a place may run on
                // to a date, as results do: `DENVER, March 6 - Dec 31`)
                if found.dateline.place().is_none()
                    && self
                        .text
                        .get(found.body_start..line.end)
                        .is_some_and(|rest| trailer::is_time_stamp(rest.trim()))
                {
                    continue;
                }
                // an agency's credit before a headline (`Reuters - Tech
                // Stocks Lead Rally`, `eWeek - Chip Maker Cuts Forecast`)
                // names no place or date, and is never a fallback
                let placed = found.dateline.place().is_some() || found.dateline.date().is_some();
                // (a dateline that ends its line with its separator, the
                // story in the block under it, reads as no headline:
                // `RICHMOND, Va. Feb 26 -` / `Qtly div 8 cts`)
                let closed = || {
                    found.dateline.separator().is_some()
                        && self
                            .text
                            .get(found.body_start..line.end)
                            .is_some_and(|r| r.trim().is_empty())
                };
                // a headline opening with a place and a colon, run on over
                // the story's byline or dateline with no blank line between
                // (`Nigeria: NCC Extends Deadline` / `Abuja — The …`): no
                // dateline, nor a fallback (a headline-like line is a
                // block's one line, which runs on over nothing)
                let run_on = self.colon_headline(lines.get(i..).unwrap_or(&[]), &found)
                    || (found.dateline.date().is_none()
                        && found.dateline.source().is_none()
                        && found.dateline.place().is_some()
                        && found
                            .dateline
                            .separator()
                            .is_some_and(|s| s.kind() == SeparatorKind::Colon)
                        && (self.country_title(lines, i, b) || self.title_over_label(lines, i)));
                // (nor does a story's first sentence longer than a headline
                // that ends in an abbreviation, `(Bloomberg) -- Copper rose
                // … with the U.S.`, or one that ends inside quotes)
                let sentence = || {
                    let t = line.get(self.text).trim_end();
                    (line.end.saturating_sub(found.body_start) > MAX_CREDITED_HEADLINE
                        && t.ends_with('.'))
                        || quoted_stop(t)
                };
                let headline_like = (self.headline_like(lines, i, b) && !closed() && !sentence())
                    || (!placed && self.display_after(lines, b, found.body_start));
                if !headline_like && !run_on {
                    // (AP's slug line over the headline is none:
                    // `BC-US--Storms-Midwest,1st Ld-Writethru`)
                    if self.text.as_bytes().get(line.start + 2) == Some(&b'-')
                        && trailer::is_slug_line(line.get(self.text))
                    {
                        continue;
                    }
                    // (nor is a terminal's header over the story: `ANSA
                    // 28/11/2026  13:05`)
                    // (the line's length first: a dateline's line holds
                    // the story's first words, longer than a header)
                    if line.end.saturating_sub(line.start) <= MAX_TRANSMISSION_RAW
                        && trailer::is_transmission_line(text::trim(line.get(self.text)))
                    {
                        continue;
                    }
                    return Some((b, block.first + i, found));
                }
                // (a place and a page's stamp, as Daily Sabah prints them
                // over the story, read as a headline: no fallback either,
                // `ISTANBUL Dec 03, 2026 - 11:23 am GMT+3`, as a time of
                // day is no story's opening)
                if found.strength == Strength::Strong
                    && placed
                    && fallback.is_none()
                    && !self.clock_after(found.body_start, line.end)
                {
                    fallback = Some((b, block.first + i, found));
                }
            }
            if let Some(place) = place_above.take() {
                if self.opens_story(lines) {
                    return Some(place);
                }
            }
            place_above = self.place_alone(b, block, lines);
            if !header_like {
                if fallback.is_some() {
                    break;
                }
                // (a breaking story's timed updates stacked over it, a block
                // each: `UPDATE 4:05 p.m.: All lanes have reopened …`, or a
                // photo's caption with its licensing link; a short one is
                // header-like, and passed)
                if self.passed_over(lines) {
                    continue;
                }
                // (a page's controls a line each, over the header: the
                // search goes on under them)
                if b + 1 < HEADER_BLOCKS
                    && controls_block(self.get(self.span_of(block.first, block.end, 0)))
                {
                    continue;
                }
                let under = self.dateline_under_header(b, block.first, lines);
                // a wire's header of more lines (a slug and an editor's note
                // over the headline and byline) lets the search go on under it,
                // as does a standfirst over the byline's block or under it
                if under.is_some() || !self.search_goes_under(b, lines) {
                    return under;
                }
            }
        }
        fallback
    }

    /// Whether a time of day alone follows a dateline's separator, from
    /// byte `from` to `end` (`11:23 am GMT+3`, `09:15`): figures first, the
    /// first byte read first as most stories open with a letter, and a
    /// clock's colon among them (a story's first line cut short by its wrap
    /// may open with figures: `LONDON, Dec 3 (Reuters) - 5 people` / `were
    /// hurt …`). Out of line: asked of the fallback only.
    #[inline(never)]
    fn clock_after(&self, from: usize, end: usize) -> bool {
        let figure = self
            .text
            .as_bytes()
            .get(from)
            .is_some_and(u8::is_ascii_digit);
        let t = text::trim(self.text.get(from..end).unwrap_or_default());
        figure && t.len() <= MAX_CLOCK_ALONE && text::has_clock(t)
    }

    /// Whether a block's `lines` are header-like (a few short lines), and
    /// how many of its lines the dateline search tries: all of a
    /// header-like block's, else the first ([`Driver::caption_first`]: or
    /// two).
    fn lines_to_try(&self, lines: &[Line]) -> (bool, usize) {
        let header_like =
            lines.len() <= HEADER_LINES && lines.iter().all(|l| l.get(self.text).len() <= 200);
        let tries = if header_like {
            lines.len()
        } else {
            1 + usize::from(self.caption_first(lines))
        };
        (header_like, tries)
    }

    /// Whether block `b`, a paragraph near the top, is a standfirst over the
    /// byline's block, as opinion sites print it (the headline / `Unless
    /// ministries plan for …` / `Feb 26, 2026` / `Ann Poe` / `STOCKHOLM – …`):
    /// the next block's lines each the names (`By Ann Poe`, or alone) or a
    /// stamp, one of them the names. Out of line: asked where the search
    /// for the dateline would end.
    #[inline(never)]
    fn credit_under(&self, b: usize) -> bool {
        let Some(next) = self.blocks.get(b + 1) else {
            return false;
        };
        let mut credited = false;
        (next.first..next.end).all(|i| {
            let span = self.span_of(i, i + 1, 0);
            let names = self.names_part(span);
            credited |= names;
            names || self.header_kind(self.get(span)) == Some(TrailerKind::Timestamp)
        }) && credited
    }

    /// Whether the first of a block's `lines` is furniture run on over the
    /// story, with more lines under it: a picture's or a video's caption
    /// under its label ([`headline::is_caption_credit`]: `Video above: …`,
    /// `Photo: Ann Poe/AP`), as local TV's pages run it on over the dateline
    /// (`Video above: Crews cleared the road.` / `CLEVELAND (WJW) — …`), or
    /// a copyright notice, as trade papers set theirs over it (`©2026
    /// Agri-Pulse Communications, Inc.` / `WASHINGTON, March 3, 2026 – …`).
    /// A long block's second line is then tried for the dateline too. The
    /// line's first byte is read first, as most blocks open with a story's
    /// sentence.
    fn caption_first(&self, lines: &[Line]) -> bool {
        match lines {
            [first, _, ..] => {
                let t = first.get(self.text);
                match t.as_bytes().first() {
                    Some(b'V' | b'v' | b'P' | b'p') => headline::is_caption_credit(text::trim(t)),
                    Some(0xC2) => trailer::is_signed_copyright(text::trim(t)),
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// Whether a block's `lines`, too long for a header's, are passed over
    /// in the search for the dateline: a breaking story's timed update
    /// ([`Driver::update_line`]), or a photo's caption alone with its
    /// licensing link, as Reuters' site sets it over the story
    /// ([`trailer::is_licensed_caption`]).
    fn passed_over(&self, lines: &[Line]) -> bool {
        match lines {
            [line] => {
                self.update_line(line)
                    || trailer::is_licensed_caption(text::trim(line.get(self.text)))
            }
            [line, ..] => self.update_line(line) || self.caption_toggles(lines),
            [] => false,
        }
    }

    /// Whether a block's `lines` are a photo's caption as NPR's pages copy
    /// it: the caption and its credit around the buttons that show and hide
    /// it (`Residents wait in line on Monday.` / `Ann Poe for NPR` / `hide
    /// caption` / `toggle caption` / `Ann Poe for NPR`), a button a line.
    /// USA Today's buttons (`Show Caption` / `Hide Caption`) stand among
    /// the header's lines over the story's first paragraph, with no
    /// caption: that block is not passed.
    fn caption_toggles(&self, lines: &[Line]) -> bool {
        lines.iter().any(|l| {
            let t = text::trim(l.get(self.text));
            t.eq_ignore_ascii_case("hide caption") || t.eq_ignore_ascii_case("toggle caption")
        }) && !lines
            .iter()
            .any(|l| text::trim(l.get(self.text)).eq_ignore_ascii_case("show caption"))
    }

    /// Whether `line` opens with an update's label and its date or time
    /// ([`trailer::is_dated_update`]: `UPDATE 4:05 p.m.: …`).
    fn update_line(&self, line: &Line) -> bool {
        let t = line.get(self.text);
        matches!(t.as_bytes().first(), Some(b'U' | b'u')) && trailer::is_dated_update(text::trim(t))
    }

    /// Whether the dateline `found` on `line` of block `b` is a transcript's
    /// speaker label ([`Driver::speakers_near`]), a byline
    /// ([`Driver::tagged_byline`]), a page's control alone on its line
    /// ([`Driver::control_line`]) or an archive's citation of the page, a
    /// paper's name and the day (`The Baltimore Sun -- February 27, 1903 --
    /// Page 29`, [`trailer::is_citation_line`]).
    fn refused_dateline(&self, found: &Found<'a>, line: &Line, b: usize) -> bool {
        (dateline::may_be_speaker(found) && self.speakers_near(b))
            || self.tagged_byline(found, line)
            || self.control_line(found, line)
            || self.citation_line(found, line)
    }

    /// Whether `line`, where the dateline `found` was read, opens a
    /// release's contact ([`trailer::opens_contact`]): its label read as a
    /// place in capitals and a colon (a fire department's `PIO: Capt. Ann
    /// Poe`). The colon first: a quick test.
    fn contact_label(&self, found: &Found<'a>, line: &Line) -> bool {
        found
            .dateline
            .separator()
            .is_some_and(|s| s.kind() == SeparatorKind::Colon)
            && trailer::opens_contact(text::trim(line.get(self.text)))
    }

    /// Whether `line`, where the dateline `found` was read, is an archive's
    /// citation of the page ([`trailer::is_citation_line`]): a paper's name
    /// read as the place, and a date with its year (quick tests first: the
    /// year, the line's length).
    fn citation_line(&self, found: &Found<'a>, line: &Line) -> bool {
        found.dateline.date().is_some_and(|d| d.year().is_some())
            && line.end.saturating_sub(line.start) <= trailer::MAX_CITATION
            && trailer::is_citation_line(text::trim(line.get(self.text)))
    }

    /// Whether `line`, where the dateline `found` was read, is a page's
    /// control alone (`A+A-`, which reads as a place in capitals and a
    /// hyphen).
    fn control_line(&self, found: &Found<'a>, line: &Line) -> bool {
        line.end.saturating_sub(line.start) <= MAX_PAGE_CONTROL_LINE
            && found.dateline.source().is_none()
            && trailer::is_page_control_line(text::trim(line.get(self.text)))
    }

    /// Whether the dateline `found` on `line` is a byline with its credit
    /// between slashes and a stamp, a line of its own with no separator:
    /// the Times of India's `Ann Poe / TNN / Nov 28, 2026, 04:12 IST`.
    fn tagged_byline(&self, found: &Found<'a>, line: &Line) -> bool {
        found.dateline.separator().is_none()
            && found.dateline.source().is_some()
            && byline::byline(line.get(self.text)).is_some()
    }

    /// Whether a block above block `b` (one of the first few) or one of the
    /// [`SPEAKER_BLOCKS`] under it opens with a speaker label (`HOST: …`), or
    /// one of as many lines under the first of block `b` does (a transcript
    /// a turn a line): a transcript, whose labels are no datelines.
    #[inline(never)]
    fn speakers_near(&self, b: usize) -> bool {
        let above = self.blocks.get(..b).unwrap_or(&[]).iter();
        let under = self.blocks.iter().skip(b + 1).take(SPEAKER_BLOCKS);
        let firsts = above
            .chain(under)
            .filter_map(|block| self.lines.get(block.first));
        let own = self.blocks.get(b).map_or(&[][..], |block| {
            let end = block.end.min(block.first + 1 + SPEAKER_BLOCKS);
            self.lines.get(block.first + 1..end).unwrap_or(&[])
        });
        // (a header's field in capitals is no speaker's label: the Bangkok
        // Post's `WRITER: Online Reporters`, `PUBLISHED : 28 Nov 2026 at
        // 09:12`)
        firsts.chain(own).any(|line| {
            let t = text::trim(line.get(self.text));
            dateline::is_speaker_line(t)
                && byline::byline(t).is_none()
                && trailer::classify_header(t).is_none()
        })
    }

    /// A dateline on the second to seventh line of block `b` (whose first
    /// line is `first`), a block too long to be a header (`lines`): its
    /// first paragraph runs on under the header lines (`Headline` / `By Ann
    /// Poe` / `November 28, 2026` / `LONDON (Reuters) - …` / `…`, or a TV
    /// station's headline / `By: Ann Poe` / `Posted: …` / `Updated: …` /
    /// `LOS ANGELES (KTLA) — …`). Each line above must read as a header
    /// line; the search stops at the first that cannot open a dateline under
    /// one ([`Driver::may_follow_header`]) and is no header line itself (an
    /// editor's note in brackets, `Share`).
    fn dateline_under_header(
        &self,
        b: usize,
        first: usize,
        lines: &[Line],
    ) -> Option<(usize, usize, Found<'a>)> {
        for (i, line) in lines.iter().enumerate().take(MAX_HEADER_RUN).skip(1) {
            // (a database export's `Body` marker: its reader takes the story)
            if export::is_body_marker(text::trim(line.get(self.text))) {
                return None;
            }
            if !self.may_follow_header(lines, i) {
                // an editor's note or a page's furniture among the header
                // lines (`(Refiles to fix typo in headline)`, `Share`), read
                // with the line above it, or the two above when the one
                // above ends a deck wrapped under a display line (`Firemen
                // Fight Blaze for Five Hours` / `in Zero Weather` / `* * *`)
                let header_run = |from: usize| {
                    lines.get(from..=i).is_some_and(|run| {
                        run.iter()
                            .all(|l| l.end.saturating_sub(l.start) <= MAX_HEADER_LINE)
                            && self.header_lines(run)
                    })
                };
                let header_line = header_run(i - 1) || (i >= 2 && header_run(i - 2));
                if header_line {
                    continue;
                }
                return None;
            }
            // (a `match`, not clippy's `if let`: the two build apart, and
            // the `if let` cost +0.056% more instructions on the profile)
            #[allow(clippy::single_match_else)]
            let found = match self.place_over_story(lines, i, line) {
                Some(found) => found,
                None => match self.place_over_stamp(lines, i, line) {
                    Some(found) => found,
                    None => candidate!(self, lines, i, line),
                },
            };
            if self.tagged_byline(&found, line)
                || self.control_line(&found, line)
                || self.contact_label(&found, line)
            {
                continue;
            }
            // (a headline opening with a place and a colon over the byline:
            // DW's `Africa` / `Tanzania: Opposition leader freed …` / names)
            if self.colon_headline(lines.get(i..).unwrap_or(&[]), &found) {
                continue;
            }
            let placed = found.dateline.place().is_some() || found.dateline.date().is_some();
            let credit = !placed && self.display_after(lines, b, found.body_start);
            let above = lines.get(..i).unwrap_or(&[]);
            let under_title = || self.alone_under_title(above, line, &found);
            return (!credit && (self.header_lines(above) || under_title())).then_some((
                b,
                first + i,
                found,
            ));
        }
        None
    }

    /// The dateline of line `i` of a block's `lines` (`line`), a place alone
    /// in capitals over the story's first paragraph in the same block, as
    /// Hürriyet Daily News and Anadolu are copied with no blank lines
    /// (`Istanbul to open third metro line` / `ISTANBUL` / `Istanbul
    /// Metropolitan Municipality said on Monday …`): the line under it is
    /// longer than [`MIN_STORY_LINE`], as no header line and no line of a
    /// story wrapped by hand is. The place is [`dateline::place_line`]'s
    /// (a line of at most 40 bytes).
    #[inline]
    fn place_over_story(&self, lines: &[Line], i: usize, line: &Line) -> Option<Found<'a>> {
        let story = lines
            .get(i + 1)
            .is_some_and(|n| n.end.saturating_sub(n.start) > MIN_STORY_LINE);
        // (the line's own length too: a speed gate, as the place's reader
        // refuses a line longer than 40 bytes; without it the searches
        // built to 0.06% more instructions on the profile)
        if !story || line.end.saturating_sub(line.start) > MIN_STORY_LINE {
            return None;
        }
        dateline::place_line(self.text, line.start, line.end)
    }

    /// The dateline of line `i` of a long block's `lines` (`line`), a place
    /// alone in capitals over a time stamp over the story's first
    /// paragraph, as Daily Sabah prints them (`ISTANBUL` / `MAR 03, 2026 -
    /// 2:12 PM GMT+3` / the story; the stamp under a dateline alone on its
    /// line is a trailer), as [`Driver::place_over_story`] reads a place
    /// right over the story. The lines' lengths first (the place's own a
    /// speed gate only: its reader refuses a line of more than 40 bytes),
    /// then the place's reader, which most lines fail at their first
    /// bytes. Out of line: asked of the lines of long blocks only.
    #[inline(never)]
    fn place_over_stamp(&self, lines: &[Line], i: usize, line: &Line) -> Option<Found<'a>> {
        let len = |l: &Line| l.end.saturating_sub(l.start);
        if len(line) > MIN_STORY_LINE || lines.get(i + 2).is_none_or(|n| len(n) <= MIN_STORY_LINE) {
            return None;
        }
        let stamp = lines.get(i + 1)?;
        let found = dateline::place_line(self.text, line.start, line.end)?;
        trailer::is_time_stamp(text::trim(stamp.get(self.text))).then_some(found)
    }

    /// Whether `found`, read on `line` under the block's lines `above`, is a
    /// place and a date alone on their line under one short line, as RCV1's
    /// stories set the headline, ended in a stop, over their dateline
    /// (`German car sales rise 4.2 pct in June.` / `FRANKFURT 1996-07-15` /
    /// the story, a paragraph a line): the line above is the headline.
    fn alone_under_title(&self, above: &[Line], line: &Line, found: &Found<'a>) -> bool {
        let [title] = above else { return false };
        title.end.saturating_sub(title.start) <= MAX_HEADER_LINE
            && found.dateline.place().is_some()
            && found.dateline.date().is_some()
            && found.body_start >= line.end
            && text::trim(title.get(self.text)).starts_with(char::is_uppercase)
    }

    /// The Daily Mail's header run into the story's first line, as the CNN /
    /// Daily Mail corpus keeps it (`By . Ann Poe . PUBLISHED: . … . A man …`):
    /// the block it opens, the first, or the second under a lone headline
    /// line, with its parts as spans into the text.
    fn dotted_header(&self) -> Option<(usize, dotted::Dotted)> {
        let first_line = |b: usize| {
            let block = self.blocks.get(b)?;
            Some((block, self.lines.get(block.first)?))
        };
        let (block, line) = first_line(0)?;
        let t = line.get(self.text);
        // the quick test first, then (for the second block) the headline
        let (b, line) = if dotted::opens(t) {
            (0, line)
        } else {
            let (_, next) = first_line(1).filter(|_| block.end - block.first == 1)?;
            if !(dotted::opens(next.get(self.text)) && headline::is_display(text::trim(t))) {
                return None;
            }
            (1, next)
        };
        let d = dotted::header(line.get(self.text), line.start, |by| {
            byline::byline(by).is_some()
        })?;
        Some((b, d))
    }

    /// The dateline opening the block under block `b`, the Daily Mail's
    /// header `d` alone in it (`By . Reuters .` / `LONDON, Oct 1 (Reuters) -
    /// …`), as the corpus keeps some stories, a paragraph a block. Out of
    /// line: asked of few texts.
    #[inline(never)]
    fn dateline_under_dotted(&self, b: usize, d: &dotted::Dotted) -> Option<Placed<'a>> {
        let block = self.blocks.get(b)?;
        let line = self.lines.get(block.first)?;
        let rest = self.text.get(d.body..line.end)?;
        if block.end - block.first > 1 || !rest.trim().is_empty() {
            return None;
        }
        let next = self.blocks.get(b + 1)?;
        let first = self.lines.get(next.first)?;
        let span = text::trim_span(self.text, first.start, first.end);
        dateline_at(self.text, span.start(), span.end()).map(|f| (b + 1, next.first, f))
    }

    /// A title run on into the story on the text's first line, as the AG
    /// News corpus keeps an item (its title, a space, its text): the title
    /// ends in its source's credit, which the dateline after it repeats
    /// (`Storm Knocks Out Power (AP) AP - A line of storms …`, `Stocks Edge
    /// Higher (Reuters) NEW YORK (Reuters) - …`), or in the words before a
    /// dateline whose place is in capitals and has a bracket after it
    /// (`Search firm's auction stumbles on share glitch SAN FRANCISCO
    /// (CBS.MW) -- …`, `Council Approves Budget SPRINGFIELD (Ill.) - …`).
    /// Returns the title's span and the dateline. Asked only where no
    /// dateline was found, so out of line.
    #[inline(never)]
    fn run_on_title(&self) -> Option<(Span, Placed<'a>)> {
        let block = self.blocks.first()?;
        let line = self.lines.get(block.first)?;
        let start = text::trim_span(self.text, line.start, line.end).start();
        let head_end = floor_char_boundary(self.text, line.end.min(start + MAX_RUN_ON_TITLE));
        let head = self.text.get(start..head_end)?;
        let title = |end: usize| {
            let span = text::trim_span(self.text, start, end);
            let t = self.get(span);
            // (a sentence's words run on to a place in capitals end in a
            // small word, `… spoke on Monday in WASHINGTON (AP) -`)
            (headline::is_display(t) && !ends_in_wrap_word(t)).then_some(span)
        };
        for (n, (i, _)) in head
            .match_indices('(')
            .take(MAX_RUN_ON_BRACKETS)
            .enumerate()
        {
            let open = start + i;
            // the title's credit, repeated as the dateline's agency
            let credit = head
                .get(i + 1..)
                .and_then(|rest| rest.find(')').and_then(|close| rest.get(..close)));
            // (the title asked only of a dateline found after it)
            let titled = |f: Found<'a>, end: usize| Some((title(end)?, (0, block.first, f)));
            if let Some(credit) = credit {
                let after = open + credit.len() + 2;
                let at = text::trim_span(self.text, after, line.end).start();
                let found = dateline_at(self.text, at, line.end).filter(|f| {
                    f.dateline
                        .source
                        .as_ref()
                        .is_some_and(|s| s.text.eq_ignore_ascii_case(credit))
                });
                if let Some(read) = found.and_then(|f| titled(f, after)) {
                    return Some(read);
                }
            }
            // the place in capitals before the line's first bracket, the
            // title before it (a bracket in the words before is a
            // sentence's: `The minister (a former banker) said …`)
            if n > 0 {
                continue;
            }
            let before = self.text.get(start..open)?;
            let Some(at) = dateline::caps_place_start(before).map(|k| start + k) else {
                continue;
            };
            if let Some(read) = dateline_at(self.text, at, line.end).and_then(|f| titled(f, at)) {
                return Some(read);
            }
        }
        None
    }

    /// How many lines open the first block as its header when a title runs
    /// into the story with no blank line between, as scraped text often has
    /// it: up to [`MAX_TERMINAL_LINES`] lines of a wire's terminal or a
    /// release's stamps, notes and label or none (`27 November 2026` /
    /// `News release`), a display line (or a headline wrapped in sentence
    /// case onto a short second line, `Scientists track rare whale calf` /
    /// `using drone footage`), then a byline line or none, then lines at the
    /// title's
    /// indentation that each end a sentence, laid out one paragraph a line,
    /// or a single paragraph line of over 100 characters, or a single
    /// sentence with more blocks under it (a standfirst or
    /// the story's first paragraph). A hard-wrapped first paragraph has lines
    /// that end mid-sentence, and is none.
    fn title_lines(&self) -> Option<usize> {
        let block = self.blocks.first()?;
        let all = self.lines.get(block.first..block.end).unwrap_or(&[]);
        let text_of = |l: &Line| text::trim(l.get(self.text));
        let [top, ..] = all else {
            return None;
        };
        let top_text = text_of(top);
        // a wire terminal's lines over the title, each a part of its own
        // (`AAP  281412 NOV 26` / `URGENT` / `NSW-FLOODS`), or a release's
        // stamps, notes and label (WHO's `27 November 2026` / `News
        // release` / `Reading time: 3 min (742 words)`)
        let over_title = |t: &str| {
            is_terminal_line(t)
                || self.header_kind(t).is_some()
                || headline::release_label(t).is_some()
        };
        let lead = if over_title(top_text) {
            let lead = all
                .iter()
                .take(MAX_TERMINAL_LINES + 1)
                .take_while(|l| over_title(text_of(l)))
                .count();
            if lead > MAX_TERMINAL_LINES {
                return None;
            }
            lead
        } else {
            0
        };
        let lines = all.get(lead..).unwrap_or(&[]);
        let [title, after @ ..] = lines else {
            return None;
        };
        let t = if lead == 0 { top_text } else { text_of(title) };
        if !headline::is_display(t) {
            return None;
        }
        let wrap = after.first().filter(|l| headline_wrap(text_of(l)));
        let mut n = 1 + usize::from(wrap.is_some());
        if wrap.is_none() && ends_in_wrap_word(t) {
            return None;
        }
        // a byline line under the title, with the story under it (and a
        // role under it: AP's `By ANN POE` / `Associated Press Writer`)
        if lines
            .get(n)
            .is_some_and(|l| byline::byline(text_of(l)).is_some())
        {
            n += 1;
            if lines
                .get(n)
                .is_some_and(|l| byline::is_role_line(text_of(l)))
            {
                n += 1;
            }
        }
        let rest = lines.get(n..).unwrap_or(&[]);
        // paragraphs hard-wrapped and marked by a deeper indent than the
        // title's, as wire copy sets them: the story (a long line at the
        // deeper indent and a long one at the title's under it; no third
        // indent, as scraped pages' stray blank space has; a page's short
        // lines are none: `Ann Poe`, `2 hours ago`)
        if let [start, wrapped, more @ ..] = rest {
            let long = |l: &Line| text::longer_than(l.get(self.text), MIN_WIRE_LINE);
            let wire = start.indent > title.indent
                && wrapped.indent == title.indent
                && long(start)
                && long(wrapped)
                && core::iter::once(wrapped)
                    .chain(more)
                    .all(|l| l.indent == start.indent || l.indent == title.indent);
            if wire {
                return Some(lead + n);
            }
        }
        // the cheap test first: the second line of a hard-wrapped paragraph
        // rarely ends a sentence
        if !rest
            .first()
            .is_some_and(|l| ends_paragraph(l.get(self.text)))
            || !rest.iter().all(|l| l.indent == title.indent)
        {
            return None;
        }
        let story = match rest {
            [one] => {
                let s = one.get(self.text);
                // (it ends a sentence: the test above)
                text::longer_than(s, 100)
                    || (self.blocks.len() > 1 && text::trim(s).starts_with(char::is_uppercase))
            }
            _ => one_per_line(self.text, rest),
        };
        story.then_some(lead + n)
    }

    /// The header of a web page copied as text with no blank line between
    /// its lines and no dateline under it: a title among the first block's
    /// lines, over a stamp or a byline (`Tech firm sheds jobs` / `45 minutes
    /// ago` / `Share` / `Ann Poe`), perhaps with names, a role or controls
    /// between, and a standfirst (`Tech firm sheds jobs` / `The cuts hit
    /// support staff.` / `Ann Poe` / `May 4, 2026`); over the title, a site's
    /// name and menu, and a kicker (`The Long Table` / `Cities` / `Housing
    /// costs outpace wages`). Returns the line the header starts on (the
    /// kicker's or the title's: the lines above it are the page's
    /// furniture), the title's line, the line under the title (wrapped over
    /// two lines when its second line opens in lower case or its first ends
    /// in a small word), and the line under the header: its lines after the
    /// title's each a page's line ([`Driver::page_header_line`]). The story
    /// under the header in its block is two lines or more, or one long
    /// paragraph's line.
    #[inline(never)]
    fn page_header(&self) -> Option<(usize, usize, usize, usize)> {
        let block = self.blocks.first()?;
        let first = block.first;
        let last = block.end.min(first + PAGE_HEADER_LINES);
        let line = |i: usize| trimmed_line(self.text, self.lines, i);
        let stamp = |i: usize| self.header_kind(line(i)) == Some(TrailerKind::Timestamp);
        // the first stamp or byline with a title above it, above the story's
        // first long line (a menu may read as a byline: `News | Economy`)
        let (anchor, title, under) = (first + 1..last)
            .take_while(|&i| !text::longer_than(line(i), MAX_PAGE_HEADER_LINE))
            .filter(|&i| stamp(i) || byline::byline(line(i)).is_some())
            .find_map(|anchor| {
                let (title, under) = self.page_title(first, anchor)?;
                Some((anchor, title, under))
            })?;
        let top = title
            - usize::from(
                title > first
                    && (headline::is_kicker_line(line(title - 1))
                        || headline::is_section_label(line(title - 1))),
            );
        let end = (anchor..block.end)
            .find(|&i| !(byline::byline(line(i)).is_some() || self.page_header_line(i)))
            .unwrap_or(block.end);
        // the story under it: the block's other lines, two or more (a
        // paragraph hard-wrapped, or paragraphs a line each) or a paragraph
        // of one long line (a paragraph's one short line under the header's
        // is the header's block's: `Ann Poe` / `Nov. 28, 2026` / `Farmers
        // blocked three crossings.`); or, under a byline opening with `By`
        // and over more blocks, any one line (a newsletter's `Sign up
        // here.`, a photo's caption)
        let rest = self.lines.get(end..block.end).unwrap_or_default();
        let paragraph_line = |l: &Line, longer: usize| {
            let t = l.get(self.text);
            text::longer_than(t, longer) && ends_paragraph(t)
        };
        // (or, over more blocks, a sentence of a paragraph's length: `Ann
        // Poe` / `Jan 20, 2026` / `Mirela Kostić slept in an airport hotel
        // the night before qualifying began.`)
        let story = match rest {
            [] | [_, _, ..] => true,
            [one] => {
                paragraph_line(one, 100)
                    || (self.blocks.len() > 1
                        && (byline::byline(line(anchor)).is_some()
                            || paragraph_line(one, MIN_RUN_ON_PARAGRAPH)))
            }
        };
        if !story {
            return None;
        }
        Some((top, title, under, end))
    }

    /// The title over line `anchor` of a page's header
    /// ([`Driver::page_header`]), whose block starts on line `first`: its
    /// line and the line under it. Up from the anchor, names, stamps and
    /// controls are passed over (and a role under names), then a
    /// standfirst; the title is a display line of three words or more and no
    /// kicker or stamp (else the first such line passed over), under at most
    /// [`MAX_PAGE_FURNITURE`] short lines that end no sentence of four words
    /// or more.
    fn page_title(&self, first: usize, anchor: usize) -> Option<(usize, usize)> {
        let line = |i: usize| trimmed_line(self.text, self.lines, i);
        let mut title = anchor - 1;
        while title > first {
            // (a portal's fields are passed over too, a label alone over its
            // value: ReliefWeb's `Format` / `Situation Report` / `Posted` /
            // the anchor's stamp)
            if self.page_names_line(title) || trailer::is_field_line_label(line(title)) {
                title -= 1;
            } else if trailer::is_field_line_label(line(title - 1))
                || headline::is_summary_label(line(title - 1))
            {
                // (or a summary under its label, as CalMatters prints it
                // over the byline: `IN SUMMARY` / `Supervisors say …`)
                title = title.saturating_sub(2).max(first);
            } else if title - 1 > first
                && self.page_header_line(title)
                && byline::bare_byline_at(self.text, self.span_of(title - 1, title, 0)).is_some()
            {
                // a role or an outlet under the names: `Ann Poe` / `The
                // Evening Ledger` (a short title stays: `Acme Opens Plant`)
                title -= 2;
            } else {
                break;
            }
        }
        // (with no stop at its end, under a headline of six words or more:
        // a site's name over a headline in sentence case is no headline)
        // (under a title wrapped in sentence case, its first line is asked)
        let above = |title: usize| {
            let wrap = title - 1 > first && headline_wrap(line(title - 1));
            line(title - 1 - usize::from(wrap))
        };
        // (a deck of up to four points, as the Daily Mail sets it: the
        // headline / `Home Office spent six years on project before
        // scrapping it` / `Officials admit none of the software was ever
        // used` / `By …`)
        // (under a title of two sentences too: the Texas Tribune's `New
        // Texas law lets districts hire chaplains. Few have.` / its summary)
        let deck_line = |title: usize| {
            title > first
                && headline::is_standfirst_under_page_title(above(title), line(title))
                && (ends_paragraph(line(title)) || headline_long(above(title)))
        };
        if deck_line(title) {
            title -= 1;
            for _ in 1..MAX_DECK_POINTS {
                if !deck_line(title) {
                    break;
                }
                title -= 1;
            }
        } else if let Some(top) = self.wrapped_standfirst(first, title) {
            title = top - 1;
        }
        let under = title + 1;
        let wrapped = title > first
            && (line(title).starts_with(char::is_lowercase) || ends_in_wrap_word(line(title - 1)))
            && headline::is_display(line(title - 1));
        let title = title - usize::from(wrapped);
        let shaped = |title: usize| {
            let t = line(title);
            (headline::is_display(t) || headline::is_two_sentence_title(t))
                && t.split_whitespace().nth(2).is_some()
                && !headline::is_kicker_line(t)
                && self.header_kind(t).is_none()
                && title - first <= MAX_PAGE_FURNITURE
        };
        let (title, under) = if shaped(title) {
            (title, under)
        } else {
            // a short title passed over as names (`FOR IMMEDIATE RELEASE` /
            // `Nov. 28, 2026` / `Acme Opens Harbour Plant` / `By Ann Poe`):
            // the first display line passed over
            let title = (title + 1..anchor).find(|&i| shaped(i))?;
            (title, title + 1)
        };
        // above the title: short lines, no sentence among them (a place may
        // end in a stop: `Billings, Mont.`), or a service's notes to editors
        // in sentences (`Eds: Moves with photos.`, `NYT photos are available
        // to clients of the New York Times News Service.`)
        let furniture = (first..title).all(|i| {
            let t = line(i);
            !(text::longer_than(t, MAX_HEADER_LINE)
                || ends_paragraph(t) && t.split_whitespace().nth(3).is_some())
                || self.header_kind(t) == Some(TrailerKind::EditorsNote)
        });
        furniture.then_some((title, under))
    }

    /// The first line of a standfirst hard-wrapped over lines that ends on
    /// line `last`, under its headline, in a page's header whose block starts
    /// on line `first` (`The Professors Who Stopped Assigning Books` / `At
    /// colleges across the country, the book is quietly` / `disappearing
    /// from the syllabus.`): `last` ends a sentence, each line after the
    /// first runs on from the one over it ([`runs_on`]), and the standfirst
    /// is in sentence case under a display line
    /// ([`headline::is_standfirst_under`]). (A standfirst of one line is
    /// asked first, with a headline's wrap passed over: its caller asks this
    /// only where that fails.)
    #[inline(never)]
    fn wrapped_standfirst(&self, first: usize, last: usize) -> Option<usize> {
        let line = |i: usize| trimmed_line(self.text, self.lines, i);
        if !ends_paragraph(line(last)) {
            return None;
        }
        // (up the lines the sentence runs on over, at most the page
        // header's: the standfirst's first line opens with a capital)
        let mut top = last;
        while top > first && runs_on(line(top)) {
            top -= 1;
        }
        // (a kicker over it makes it the headline: `MLB` / `Winter meetings
        // preview: Which teams are` / `poised to spend big this offseason?`)
        (top > first
            && headline::is_standfirst_under(
                line(top - 1),
                self.get(self.span_of(top, last + 1, 0)),
            )
            && !headline::is_kicker_line(line(top - 1)))
        .then_some(top)
    }

    /// How many lines the header part on line `under`, under a page's title,
    /// runs over before line `end`: a standfirst hard-wrapped from it
    /// ([`Driver::wrapped_standfirst`]), to the first line ending a
    /// sentence; else one ([`Driver::page_header`], whose block starts on
    /// line `first`).
    fn standfirst_lines(&self, first: usize, under: usize, end: usize) -> usize {
        (under + 1..end)
            .find(|&last| ends_paragraph(trimmed_line(self.text, self.lines, last)))
            .filter(|&last| self.wrapped_standfirst(first, last) == Some(under))
            .map_or(1, |last| last - under + 1)
    }

    /// Whether line `i` reads as a line of a page's header under its title
    /// ([`Driver::page_header`]): names or a stamp
    /// ([`Driver::page_names_line`]), or a short line with no sentence (a
    /// role, `Northern Service, Managua`, a photo's credit `Reuters`, an
    /// audio's length `4:14`, a link).
    fn page_header_line(&self, i: usize) -> bool {
        let t = trimmed_line(self.text, self.lines, i);
        (t.len() <= MAX_PAGE_HEADER_SHORT
            && !ends_paragraph(t)
            && t.split_whitespace().nth(4).is_none())
            || self.page_names_line(i)
            || self.stamp_runs_on(i)
            || self.author_bio(i)
    }

    /// Whether line `i` is the author's line of biography under the names
    /// on the line above, as blogs print it (`Yael Poe` / `Yael is a teacher
    /// living in Modiin.`): it opens with the names' first word and a space,
    /// and is at most [`MAX_AUTHOR_BIO`] bytes.
    fn author_bio(&self, i: usize) -> bool {
        let t = trimmed_line(self.text, self.lines, i);
        let Some(above) = i.checked_sub(1) else {
            return false;
        };
        let names = trimmed_line(self.text, self.lines, above);
        t.len() <= MAX_AUTHOR_BIO
            && names.split_once(' ').is_some_and(|(given, _)| {
                t.strip_prefix(given)
                    .is_some_and(|rest| rest.starts_with(' '))
            })
            && byline::bare_byline_at(self.text, self.span_of(above, i, 0)).is_some()
    }

    /// Whether line `i` of a page's header is names (`Ann Poe`) or a stamp,
    /// note or control (`Share`): no title.
    fn page_names_line(&self, i: usize) -> bool {
        let t = trimmed_line(self.text, self.lines, i);
        self.header_kind(t).is_some()
            || byline::bare_byline_at(self.text, self.span_of(i, i + 1, 0)).is_some()
    }

    /// Whether block `b` (its `lines`) is a lone line with more text after it
    /// whose text from byte `at` on is a display line of at most
    /// [`MAX_CREDITED_HEADLINE`] bytes: a headline after a credit (`Reuters -
    /// Tech Stocks Lead Rally`), not a story's first sentence ending in an
    /// abbreviation (`(Bloomberg) -- Copper rose … with the U.S.`).
    fn display_after(&self, lines: &[Line], b: usize, at: usize) -> bool {
        let [line] = lines else { return false };
        b + 1 < self.blocks.len()
            && self.text.get(at..line.end).is_some_and(|rest| {
                let rest = text::trim(rest);
                rest.len() <= MAX_CREDITED_HEADLINE && headline::is_display(rest)
            })
    }

    /// Whether `found`, a colon dateline read on the first of `lines` (a
    /// block's lines from its line on), is a headline opening with a place
    /// and a colon run on over the story's header ([`Driver::headline_run_on`]):
    /// `Nigeria: NCC Extends Deadline` / `Abuja — The …`.
    fn colon_headline(&self, lines: &[Line], found: &Found<'a>) -> bool {
        found
            .dateline
            .separator()
            .is_some_and(|s| s.kind() == SeparatorKind::Colon)
            && self.headline_run_on(lines, found.body_start)
    }

    /// Whether a colon dateline of a place alone (the caller asks) read on
    /// line `i` of a block (its `lines`) opens a headline over a release's
    /// label, as the ICRC and relief agencies title their news
    /// (`Ukraine: 642 detainees released with ICRC support` / `News
    /// release` / `04 September 2024`): the line ends in no stop, and the
    /// line under it is a release's label.
    #[inline(never)]
    fn title_over_label(&self, lines: &[Line], i: usize) -> bool {
        let (Some(line), Some(next)) = (lines.get(i), lines.get(i + 1)) else {
            return false;
        };
        let next = text::trim(next.get(self.text));
        !ends_paragraph(text::trim(line.get(self.text))) && headline::release_label(next).is_some()
    }

    /// Whether a colon dateline of a place alone (the caller asks) read on
    /// line `i` of block `b` (its `lines`) is the country an RCV1-style
    /// title opens with (`AUSTRALIA: Australian shares end firmer, banks
    /// lead.`): the line under it repeats the title's words (the story's
    /// headline under its title), or the line is its block's one line and
    /// the next block opens with the story's own dateline, a place and a
    /// date (`SYDNEY 1996-08-21`), or does under a byline's block.
    #[inline(never)]
    fn country_title(&self, lines: &[Line], i: usize, b: usize) -> bool {
        let Some(line) = lines.get(i) else {
            return false;
        };
        if let Some(next) = lines.get(i + 1) {
            return headline::repeats_title(
                text::trim(line.get(self.text)),
                text::trim(next.get(self.text)),
            );
        }
        if lines.len() != 1 {
            return false;
        }
        // (a byline's block may stand between: `Ann Poe` / `ZURICH
        // 1996-09-02`)
        for next in self.blocks.iter().skip(b + 1).take(2) {
            let Some(first) = self.lines.get(next.first) else {
                return false;
            };
            if dateline_at(self.text, first.start, first.end)
                .is_some_and(|f| f.dateline.place().is_some() && f.dateline.date().is_some())
            {
                return true;
            }
            let span = text::trim_span(self.text, first.start, first.end);
            if next.end.saturating_sub(next.first) != 1
                || (byline::byline(self.get(span)).is_none()
                    && byline::bare_byline_at(self.text, span).is_none())
            {
                return false;
            }
        }
        false
    }

    /// Whether the first of `lines` (a block's lines from a dateline's on),
    /// from byte `at` on, is a display line and the line under it a byline,
    /// names, a stamp or a dateline: a headline run on over the story's
    /// header.
    #[inline(never)]
    fn headline_run_on(&self, lines: &[Line], at: usize) -> bool {
        let [first, next, ..] = lines else {
            return false;
        };
        let rest = text::trim(self.text.get(at..first.end).unwrap_or(""));
        let credit = |line: &Line| {
            let under = text::trim(line.get(self.text));
            byline::byline(under).is_some()
                || dateline_at(self.text, line.start, line.end).is_some()
                // (names alone, or a stamp: DW's `Tanzania: Opposition
                // leader freed …` / `Ann Poe with AFP, Reuters` / its date)
                || byline::bare_byline_at(self.text, text::trim_span(self.text, line.start, line.end))
                    .is_some()
                // (or a note: `This story is auto-generated from a
                // syndicated feed.`)
                || matches!(
                    self.header_kind(under),
                    Some(TrailerKind::Timestamp | TrailerKind::EditorsNote)
                )
                // (or the paper's name, as AllAfrica credits its source:
                // `Kenya: Millers Warn of Shortage` / `The Star (Nairobi)`)
                || headline::is_masthead(under)
                // (or a portal's field, ReliefWeb's `Pakistan: Monsoon
                // Floods - Flash Update No. 5` / `Format` / `Situation
                // Report`)
                || trailer::is_field_line_label(under)
        };
        // (or a standfirst, the headline's wrapped words, or a deck in
        // title case, between: `UAE: Free parking announced …` /
        // `Residents are advised …` / `By Ann Poe`; Human Rights Watch's
        // `US: Expand Protections for Farmworkers` / `Federal Heat
        // Standard Long Overdue` / its stamp)
        let between = || {
            let under = text::trim(next.get(self.text));
            (headline_wrap(under)
                || headline::is_standfirst_under(rest, under)
                || headline::is_display(under))
                && lines.get(2).is_some_and(credit)
        };
        headline::is_display(rest) && (credit(next) || between())
    }

    /// Whether line `i` of a long block's `lines` is worth a dateline search
    /// after the lines above it: the line above is short, as header lines
    /// are, or a picture's caption ending in its credit's bracket (`Ann Poe
    /// hits from the 17th tee … (AP Photo/Tom Roe)`), and this one opens
    /// with a capital or a letter outside ASCII, as a place does, or a
    /// bracket (`(ANSA) - ROMA, 2 DIC -`, FBIS's `[Text] Beijing, 2 December
    /// (XINHUA) --`). Most hard-wrapped paragraphs stop here.
    fn may_follow_header(&self, lines: &[Line], i: usize) -> bool {
        let short_above = i
            .checked_sub(1)
            .and_then(|above| lines.get(above))
            .is_some_and(|l| {
                l.end.saturating_sub(l.start) <= MAX_HEADER_LINE
                    || l.get(self.text).trim_end().ends_with(')')
            });
        // (`indent` is a width, not bytes: the line's text is trimmed)
        let opens = lines
            .get(i)
            .and_then(|l| text::trim(l.get(self.text)).as_bytes().first().copied())
            .is_some_and(|b| b.is_ascii_uppercase() || !b.is_ascii() || matches!(b, b'(' | b'['));
        short_above && opens
    }

    /// Whether each of the first `n` blocks reads as the header's: every
    /// line a header line ([`Driver::header_lines`]).
    fn header_blocks(&self, n: usize) -> bool {
        self.blocks.iter().take(n).all(|block| {
            self.lines
                .get(block.first..block.end)
                .is_some_and(|lines| self.header_lines(lines))
        })
    }

    /// The dateline of `line`, a place alone in capitals under the line of
    /// a byline's names, `names` (The Hindu's `Ann Poe` / `NEW DELHI`), if
    /// it reads so. Out of line: asked of few blocks.
    #[inline(never)]
    fn place_under_names(&self, names: &Line, line: &Line) -> Option<Found<'a>> {
        let found = dateline::place_line(self.text, line.start, line.end)?;
        let span = text::trim_span(self.text, names.start, names.end);
        (byline::byline(self.get(span)).is_some()
            || byline::bare_byline_at(self.text, span).is_some())
        .then_some(found)
    }

    /// Whether a block's `lines` open the story: its first line neither a
    /// display line nor a byline.
    fn opens_story(&self, lines: &[Line]) -> bool {
        lines.first().is_some_and(|l| {
            let t = text::trim(l.get(self.text));
            !headline::is_display(t) && byline::byline(t).is_none()
        })
    }

    /// Whether a block's `lines`, too many for [`HEADER_LINES`], are a
    /// header all the same: at most [`MAX_LONG_HEADER`] lines, each a header
    /// line ([`Driver::header_lines`]), as AP's wire copy stacks its
    /// slug, headline, editor's note, byline and the byline's role; or a
    /// press release's contact block over its headline (`Contact:` / `Ann
    /// Poe` / `Acme Corp.` / `555-0100` / `apoe@example.com`).
    #[inline(never)]
    fn long_header(&self, lines: &[Line]) -> bool {
        lines.len() <= MAX_LONG_HEADER && (self.header_lines(lines) || self.contact_block(lines))
    }

    /// Whether the search for the dateline goes on under block `b` (its
    /// `lines`), where no dateline was read in it: a wire's header of many
    /// lines ([`Driver::long_header`]), a standfirst over the byline's block
    /// ([`Driver::credit_under`]), or header lines over a standfirst in one
    /// block ([`Driver::header_over_standfirst`]) or in blocks of their own
    /// ([`Driver::standfirst_under_header`]).
    fn search_goes_under(&self, b: usize, lines: &[Line]) -> bool {
        self.long_header(lines)
            || self.credit_under(b)
            || self.header_over_standfirst(lines)
            || self.standfirst_under_header(b, lines)
            || self.summary_points_last(lines)
    }

    /// Whether a block's `lines` end in a summary's label over its points,
    /// as Healio prints them under the title and its stamp (`Key
    /// takeaways:` / two or three short sentences, a line each): the
    /// search for the dateline goes on under them. Out of line: asked where
    /// the search would end.
    #[inline(never)]
    fn summary_points_last(&self, lines: &[Line]) -> bool {
        let Some(label) = lines
            .iter()
            .position(|l| headline::is_summary_label(text::trim(l.get(self.text))))
        else {
            return false;
        };
        let points = lines.get(label + 1..).unwrap_or(&[]);
        (1..=MAX_SUMMARY_POINTS).contains(&points.len())
            && points
                .iter()
                .all(|l| l.end.saturating_sub(l.start) <= MAX_STANDFIRST)
    }

    /// Whether block `b`, one line of at most [`MAX_STANDFIRST`] bytes (its
    /// `lines`), is a standfirst under the header's block, header lines with
    /// a byline under the first ([`Driver::names_under_first`]), as Project
    /// Syndicate prints its summary under the title, date and names (the
    /// title / `Mar 3, 2026` / `Ann Poe`, then `While European leaders
    /// congratulate themselves …`, then `BUDAPEST – …`): the search for the
    /// dateline goes on under it. Out of line: asked where the search would
    /// end.
    #[inline(never)]
    fn standfirst_under_header(&self, b: usize, lines: &[Line]) -> bool {
        let [line] = lines else {
            return false;
        };
        let above = b
            .checked_sub(1)
            .and_then(|a| self.blocks.get(a))
            .and_then(|block| self.lines.get(block.first..block.end))
            .unwrap_or(&[]);
        // (a label opens no standfirst: the archive's `LEAD: ` over the
        // story's first paragraph, whose reader takes it)
        let t = text::trim(line.get(self.text));
        let labelled = t.split_once(' ').is_some_and(|(w, _)| w.ends_with(':'));
        // (the header's lines counted first, a speed gate: the names are
        // looked for in a header's few lines only)
        line.end.saturating_sub(line.start) <= MAX_STANDFIRST
            && !labelled
            && above.len() <= HEADER_LINES
            && self.names_under_first(above)
            && self.header_lines(above)
    }

    /// Whether a block's `lines` are header lines with a byline under the
    /// first ([`Driver::names_under_first`]) over a standfirst, the block's
    /// last line, longer than each of them and at most [`MAX_STANDFIRST`]
    /// bytes, as `AsiaNews` is copied with no blank lines (`CHINA` /
    /// `03/03/2026, 12.45` / the headline / `by Li Mingde` / `Parishes must
    /// now submit lists …`): the search for the dateline goes on under the
    /// block, as under a standfirst in a block of its own
    /// ([`Driver::standfirst_under_header`]). Out of line: asked where the
    /// search would end.
    #[inline(never)]
    fn header_over_standfirst(&self, lines: &[Line]) -> bool {
        let [header @ .., last] = lines else {
            return false;
        };
        let len = |l: &Line| l.end.saturating_sub(l.start);
        // (longer than each line above: a paragraph wrapped by hand under a
        // byline reads as a wrapped headline, and its last line is short)
        header.len() < MAX_LONG_HEADER
            && len(last) <= MAX_STANDFIRST
            && header.iter().all(|l| len(l) < len(last))
            && self.names_under_first(header)
            && self.header_lines(header)
    }

    /// Whether a line of a header's `lines` under the first, the title's,
    /// reads as a byline: with its label or names alone
    /// ([`Driver::names_part`]).
    fn names_under_first(&self, lines: &[Line]) -> bool {
        lines
            .iter()
            .skip(1)
            .any(|l| self.names_part(text::trim_span(self.text, l.start, l.end)))
    }

    /// Whether the header part `span` is a press release's contact block
    /// of more than one line (`Contact:` / `Ann Poe` / `555-0100`) or one
    /// line with its label's colon (`Contact: Press Office, 202-555-0112`);
    /// one line opening so with no colon (`Media Relations Chief Quits`) may
    /// be a headline.
    fn contact_part(&self, span: Span) -> bool {
        contact_line(self.get(span))
    }

    /// Whether the header line `t`, opening with a figure or a bar, is a
    /// time stamp in another language's form ([`trailer::is_foreign_date_time`]),
    /// a stamp printed twice ([`trailer::is_doubled_stamp`]) or a stamp
    /// after a bar ([`Driver::stamp_after_bar`]), or a stamp in another
    /// language and its issuer after a bar
    /// ([`trailer::is_foreign_stamp_and_issuer`]).
    fn figures_or_bar_stamp(&self, t: &str) -> bool {
        trailer::is_foreign_date_time(t)
            || trailer::is_doubled_stamp(t)
            || self.stamp_after_bar(t)
            || trailer::is_foreign_stamp_and_issuer(t)
    }

    /// Whether the header line `t`, opening with a bar, is a time stamp
    /// after it (Patch's `|Updated Tue, Apr 21, 2026 at 11:30 pm ET`): the
    /// bars and spaces are trimmed at once, so the rest opens otherwise and
    /// [`Driver::header_kind`] reads it once. Out of line: few lines open
    /// with a bar.
    #[inline(never)]
    fn stamp_after_bar(&self, t: &str) -> bool {
        let Some(rest) = t.strip_prefix('|') else {
            return false;
        };
        let rest = rest.trim_start_matches(['|', ' ']);
        !rest.is_empty() && self.header_kind(rest) == Some(TrailerKind::Timestamp)
    }

    /// Whether `lines` are a press release's contact block (`Media
    /// contact:` / names / a number / a mail address), perhaps under the
    /// release's label (`NEWS RELEASE` / `Media contact:` / …).
    fn contact_block(&self, lines: &[Line]) -> bool {
        let line = |k: usize| lines.get(k).map(|l| text::trim(l.get(self.text)));
        line(0).is_some_and(trailer::opens_contact)
            || (line(1).is_some_and(trailer::opens_contact)
                && line(0).is_some_and(|t| headline::release_label(t).is_some()))
    }

    /// Whether each of `lines` reads as a header line: a headline (not the
    /// first line of a wrapped sentence), a byline or a time stamp (each
    /// test bounds the line's length); or the second line of a headline
    /// wrapped in sentence case under a display line (`Sabah to build 500
    /// new homes for rural poor` / `under state scheme`). A headline's first
    /// line may end in a small word or a comma when the next line ends the
    /// headline (`Swiss watch exports slip as demand from` / `China and Hong
    /// Kong weakens`); the last line may not.
    fn header_lines(&self, lines: &[Line]) -> bool {
        let mut display_above = false;
        // the line above, when a display line: a standfirst may stand under
        // it (`Court halts demolition of homes` / `Residents say the notices
        // came late.`)
        let mut title_above: Option<&str> = None;
        // the line above opened a headline the next line must end
        let mut open = false;
        lines.iter().enumerate().all(|(i, l)| {
            let t = text::trim(l.get(self.text));
            let display = headline::is_display(t);
            // (or in title case, an old paper's deck ended by a stop:
            // `Vote Was Close—Opponents Promise` / `to Renew Fight in
            // Conference.`)
            let wrapped = display_above && (headline_wrap(t) || headline::is_title_deck_end(t));
            // (with a header line under it: a sentence last over the
            // dateline is the story's, `Storm nears coast` / `The storm was
            // due on Friday, forecasters said.` / `MIAMI (AP) — …`)
            let standfirst = title_above.is_some_and(|above| {
                i + 1 < lines.len() && headline::is_standfirst_under(above, t)
            });
            // (a headline's wrapped line keeps its first line above:
            // `Chipmaker to cut jobs as it shifts` / `production to
            // Arizona` / a standfirst)
            title_above = if display {
                Some(t)
            } else {
                title_above.filter(|_| wrapped)
            };
            display_above = display;
            if core::mem::take(&mut open) {
                return display || wrapped;
            }
            // (or a deck's point: `* Brent up 1.2%`)
            // (or a rule between a stacked headline's decks, `----`, or a
            // paper's credit under them, `Special to The New York Times.`)
            let ok = (display && !ends_in_wrap_word(t))
                || wrapped
                || standfirst
                || byline::byline(t).is_some()
                || byline::is_credit_line(t)
                || self.header_kind(t).is_some()
                || headline::is_subhead_line(t)
                || export::is_rule_line(t)
                || headline::is_priority_line(t)
                // (or a label under a trail's mark, `> AAAAI 2026`)
                || t.strip_prefix("> ").is_some_and(headline::is_display)
                || trailer::is_wire_control(t)
                // (or the writer's handle or address under the byline,
                // `@AnnPoeMLB`)
                || byline::is_address(t)
                // (or a photo's caption with its licensing link, as
                // Reuters' site sets it over the story: `[1/2] Workers …
                // REUTERS/Ann Poe Purchase Licensing Rights`)
                || trailer::is_licensed_caption(t)
                // (or a photo's caption over its credit's line, as
                // community sites print it in the header: `Ann Poe inside
                // her shop.` / `Credits: File photo`)
                || lines
                    .get(i + 1)
                    .is_some_and(|n| headline::is_caption_credit(text::trim(n.get(self.text))));
            if !ok {
                open = opens_headline(t);
                display_above = open;
            } else if !display && t.ends_with(',') {
                // (a headline wrapped after a comma under a section's
                // label, read as a standfirst under it: `Technology` /
                // `Kitaro to spin off sensor unit,` / `list it in Tokyo`)
                display_above = opens_headline(t);
            }
            ok || open
        }) && !open
    }

    /// Whether `line` is a time stamp ([`trailer::is_time_stamp`]). Out of
    /// line: [`Driver::place_alone`] asks it of few blocks' last lines, and
    /// inlined there it cost 0.03% more instructions.
    #[inline(never)]
    fn stamp_line(&self, line: &Line) -> bool {
        trailer::is_time_stamp(line.get(self.text))
    }

    /// The dateline of a place alone in capitals on the last line of block
    /// `b` (its `lines`), to be taken if the story opens the next block: a
    /// block of its own under the header's first (The Hindu's `CHENNAI`),
    /// under the headline in the first block (Hürriyet Daily News' headline
    /// / `ANKARA`), over the page's stamp on the block's last line (its
    /// headline / `ANKARA` / `March 03 2026 14:25:00`), or under the
    /// byline's names (The Hindu's `Ann Poe` / `NEW DELHI`); or Matangi
    /// Tonga's town and country in mixed case under the headline and its
    /// stamp. The block, the line and the dateline.
    fn place_alone(
        &self,
        b: usize,
        block: &Block,
        lines: &[Line],
    ) -> Option<(usize, usize, Found<'a>)> {
        // (two capitals first: most one-line blocks are headlines and
        // bylines in mixed case; and under the header's blocks only: a
        // place between the story's paragraphs is a section's heading)
        let capitals =
            |line: &Line| text::opens_in_any_capitals(line.get(self.text).trim_ascii_start());
        match lines {
            [line] if b > 0 && capitals(line) => {
                dateline::place_line(self.text, line.start, line.end)
                    .filter(|_| self.header_blocks(b))
                    .map(|found| (b, block.first, found))
            }
            [title, line]
                if b == 0
                    && capitals(line)
                    && headline::is_display(text::trim(title.get(self.text))) =>
            {
                dateline::place_line(self.text, line.start, line.end)
                    .map(|found| (b, block.first + 1, found))
            }
            // (or in mixed case, a town and its country, under the
            // headline and its stamp: Matangi Tonga's `Nuku'alofa, Tonga`;
            // names and their country there are a byline, `Ann Poe, Fiji`)
            [title, stamp, line]
                if b == 0
                    && headline::is_display(text::trim(title.get(self.text)))
                    && trailer::is_time_stamp(stamp.get(self.text)) =>
            {
                dateline::town_and_country_line(self.text, line.start, line.end)
                    .filter(|_| {
                        byline::bare_byline_at(
                            self.text,
                            text::trim_span(self.text, line.start, line.end),
                        )
                        .is_none()
                    })
                    .map(|found| (b, block.first + 2, found))
            }
            // (or over the page's stamp, the block's last line: Hürriyet
            // Daily News' headline / `ANKARA` / `March 03 2026 14:25:00`)
            [.., line, stamp]
                if lines.len() <= HEADER_LINES && capitals(line) && self.stamp_line(stamp) =>
            {
                dateline::place_line(self.text, line.start, line.end)
                    .map(|found| (b, block.first + lines.len() - 2, found))
            }
            [.., names, line] if b > 0 && lines.len() <= HEADER_LINES && capitals(line) => self
                .place_under_names(names, line)
                .map(|found| (b, block.first + lines.len() - 1, found)),
            _ => None,
        }
    }

    /// Whether block `b` (its `lines`) is a lone display line with more text
    /// after it, the shape of a headline; or a section's name over one, the
    /// line `i` asked its second ([`Driver::labelled_headline`]).
    fn headline_like(&self, lines: &[Line], i: usize, b: usize) -> bool {
        match lines {
            [line] => {
                b + 1 < self.blocks.len() && headline::is_display(text::trim(line.get(self.text)))
            }
            [_, _] => i == 1 && self.labelled_headline(lines, b),
            _ => false,
        }
    }

    /// Whether block `b` (its `lines`) is a section's name over a display
    /// line, with more text after it: DW's `Conflicts` / `Sudan: Thousands
    /// flee fighting in Darfur`, whose place and colon open the headline,
    /// not a dateline. Out of line: asked of a dateline found on a block's
    /// second line.
    #[inline(never)]
    fn labelled_headline(&self, lines: &[Line], b: usize) -> bool {
        let [label, line] = lines else { return false };
        b + 1 < self.blocks.len()
            && headline::is_section_over(
                text::trim(label.get(self.text)),
                text::trim(line.get(self.text)),
            )
    }

    /// The body's paragraph units: of the blocks from `body.0`, the first
    /// from its line `body.1` and byte `body.2` (0: the line's start), in a
    /// research corpus' record (`RECORD`: [`Driver::units`]) or any other
    /// text. (Made for each of the two: a record's test asked in the loop
    /// of every text cost 0.6% more.)
    fn body_units<const RECORD: bool>(&self, body: (usize, usize, usize), out: &mut Vec<Unit>) {
        let (body_block, body_line, body_from) = body;
        for b in body_block..self.blocks.len() {
            let Some(block) = self.blocks.get(b) else {
                break;
            };
            let first_line = if b == body_block {
                body_line.max(block.first)
            } else {
                block.first
            };
            if first_line >= block.end {
                continue;
            }
            let from = if b == body_block { body_from } else { 0 };
            self.units::<RECORD>(b, from, first_line, out);
        }
    }

    /// Splits the lines of block `block` from `first_line` on into paragraph
    /// units, the first starting at `from`. Inside a block a paragraph starts at
    /// each line indented deeper than the block's shallowest line, or at every
    /// line when the block is laid out one paragraph per line; in a research
    /// corpus' record (`RECORD`) at each line opening with a tag (`<P>`,
    /// `</P>`). Allocates nothing.
    fn units<const RECORD: bool>(
        &self,
        block: usize,
        from: usize,
        first_line: usize,
        out: &mut Vec<Unit>,
    ) {
        let Some(b) = self.blocks.get(block) else {
            return;
        };
        // the layout is read from the body's lines only, not a headline above
        let lines = self.lines.get(first_line..b.end).unwrap_or(&[]);
        let per_line = one_per_line(self.text, lines);
        let min = min_indent(lines);
        let lone_line = b.end - b.first == 1;
        let mut push = |start: usize, end: usize| {
            let span = self.span_of(start, end, from);
            if !span.is_empty() {
                out.push(Unit {
                    span,
                    lone_line,
                    block,
                });
            }
        };
        let mut current = first_line;
        // a mark line is a unit of its own: the line after it starts one too
        let mut after_mark = false;
        for i in first_line + 1..b.end {
            let Some(line) = self.lines.get(i) else {
                break;
            };
            let mark = !per_line && is_mark_line(self.text, line);
            let tagged = RECORD && markup::tag_led(text::trim(line.get(self.text)));
            let starts = per_line || after_mark || mark || tagged || line.indent > min;
            after_mark = mark;
            if starts {
                push(current, i);
                current = i;
            }
        }
        push(current, b.end);
    }
}

/// Parses `text` into an article: the total, option-free core.
#[inline]
pub(crate) fn build(text: &str) -> Article<'_> {
    build_in(text, 0, text.len(), None)
}

/// Parses the part `start..end` of `whole` into an article whose spans are
/// offsets into `whole`. `start` and `end` are char boundaries (else the
/// article is empty). `split` holds the article's lines when a stream's
/// splitter already found them (from the one its text starts on), so they
/// are not found again.
///
/// Works in the thread's scratch vectors, or a fresh set if they are in use
/// or gone (a parse from a thread-local destructor).
pub(crate) fn build_in<'a>(
    whole: &'a str,
    start: usize,
    end: usize,
    split: Option<&[Line]>,
) -> Article<'a> {
    // built in place: an article is hundreds of bytes, and each move of
    // it on the way out would be a copy
    let mut article = Article::default();
    let reused = SCRATCH.try_with(|cell| {
        let Ok(mut scratch) = cell.try_borrow_mut() else {
            return false;
        };
        // emptied before (a parse that panicked may have left entries) and
        // after (to free what a huge article grew)
        scratch.reset();
        build_with(whole, start, end, split, &mut scratch, &mut article);
        scratch.reset();
        true
    });
    if reused != Ok(true) {
        build_with(
            whole,
            start,
            end,
            split,
            &mut Scratch::default(),
            &mut article,
        );
    }
    article
}

/// The line table of `text` from byte `from`, as [`text::lines`] finds it,
/// made from `split`: lines of the same text found from further back. Lines
/// before `from` are left out, the one holding `from` starts there, and the
/// last is cut at the end of `text`.
fn adopt(text: &str, from: usize, split: &[Line], out: &mut Vec<Line>) {
    let end = text.len();
    for line in split {
        if line.end < from {
            continue;
        }
        let (s, e) = (line.start.max(from), line.end.min(end));
        if s >= end {
            break;
        }
        if (s, e) == (line.start, line.end) {
            out.push(*line);
        } else {
            let (indent, blank) = text::lead(text.get(s..e).unwrap_or(""));
            out.push(Line {
                start: s,
                end: e,
                indent,
                blank,
            });
        }
    }
}

/// [`build_in`] with the working vectors `scratch`, which come in empty, and
/// the lines a splitter found, if any, into `article`, which comes in as
/// [`Article::default`] (and stays so for an `end` or `start` off a char
/// boundary).
#[allow(clippy::too_many_lines, clippy::single_match_else)]
fn build_with<'a>(
    whole: &'a str,
    start: usize,
    end: usize,
    split: Option<&[Line]>,
    scratch: &mut Scratch,
    article: &mut Article<'a>,
) {
    let (Some(text), Some(own)) = (whole.get(..end), whole.get(start..end)) else {
        return;
    };
    let from = start + if own.starts_with('\u{feff}') { 3 } else { 0 };
    let Scratch {
        lines,
        blocks: block_list,
        units,
        header,
    } = scratch;
    match split {
        Some(split) => adopt(text, from, split, lines),
        None => text::fill_lines(text, from, lines),
    }
    blocks(lines, block_list);
    // a forwarded message's envelope over the story: the story starts under
    // it (the quick test here, on the blocks the first envelope may open)
    let lead = |k: usize| {
        block_list
            .get(k)
            .and_then(|b| lines.get(b.first))
            .is_some_and(|l| line_lead(text, l))
    };
    // (or a newsletter's top over the story it leads with)
    let letter = block_list
        .first()
        .and_then(|b| lines.get(b.first))
        .is_some_and(|l| letter_lead(text, l));
    let mail = if letter || (0..=MAX_NOTES_OVER_ENVELOPE).any(lead) {
        cut_mail_top(text, lines, block_list)
    } else {
        None
    };
    // a web page's top over the story's header: the header starts under it
    let page = cut_page_top(text, lines, block_list);
    let driver = Driver {
        text,
        lines,
        blocks: block_list,
        page: Cell::new(page.is_some()),
        record: Cell::new(false),
        ministers: Cell::new(false),
        archive: Cell::new(false),
        edition: Cell::new(false),
        fields: Cell::new(false),
        meeting: Cell::new(false),
    };
    article.text = own;
    article.offset = start;
    let subject = match mail {
        Some(MailTop::Envelope(first, end)) => driver.envelope(first, end, article),
        Some(MailTop::Newsletter(first, end)) => {
            let span = driver.span_of(first, end, 0);
            driver.push_trailer(article, TrailerKind::Furniture, span);
            None
        }
        None => None,
    };
    if let Some(span) = page {
        driver.push_trailer(
            article,
            TrailerKind::Furniture,
            text::trim_span(text, span.start(), span.end()),
        );
    }
    // the Daily Mail's header run into the first line: a dateline may
    // follow it on that line
    let dotted = driver.dotted_header();
    if let Some(span) = dotted.and_then(|(_, d)| d.byline_mark) {
        driver.push_trailer(article, TrailerKind::Furniture, span);
    }
    if let Some(span) = dotted.and_then(|(_, d)| d.stamp) {
        driver.push_trailer(article, TrailerKind::Timestamp, span);
    }
    let mut found = match &dotted {
        Some((b, d)) => driver.blocks.get(*b).and_then(|block| {
            let line = driver.lines.get(block.first)?;
            dateline_at(text, d.body, line.end)
                .map(|f| (*b, block.first, f))
                .or_else(|| driver.dateline_under_dotted(*b, d))
        }),
        None => driver.find_dateline(),
    };
    // (or, where none was found, a title run on into the story before it)
    let run_on = if found.is_none() && dotted.is_none() {
        driver.run_on_title().map(|(title, placed)| {
            found = Some(placed);
            title
        })
    } else {
        None
    };
    // a database export's labelled header over its `BODY:` marker, in the
    // blocks above the dateline found (its story may open with one)
    // (or Factiva's header block over the story)
    let above = match &found {
        // (a labelled `Dateline:` field stands over the marker)
        Some((_, _, f)) if dateline::is_labelled(text, f) => EXPORT_BLOCKS,
        Some((b, _, _)) => *b,
        None => EXPORT_BLOCKS,
    };
    // a page saved by a reader service (`Title:` over `URL Source:`)
    let reader = dotted.is_none().then(|| driver.reader_title()).flatten();
    let export = if dotted.is_some() || reader.is_some() {
        None
    } else {
        driver.factiva_codes().or_else(|| {
            (above > 0)
                .then(|| {
                    driver
                        .export_marker(above)
                        .or_else(|| driver.factiva())
                        .or_else(|| driver.counted_export())
                })
                .flatten()
        })
    };
    if let Some(ex) = export {
        found = driver.export_header(ex, article);
    }
    // a page saved as Markdown: its title, and the header under it, read
    // by their marks
    let markdown = reader.or_else(|| {
        (dotted.is_none() && export.is_none())
            .then(|| driver.markdown_title(found.as_ref().map_or(usize::MAX, |(_, line, _)| *line)))
            .flatten()
    });
    let export = match markdown {
        Some(title) => {
            let (ex, story) = driver.markdown_header(title, article);
            found = story;
            Some(ex)
        }
        None => export,
    };
    // Xinhua's `（记者 王明）` right after the dateline is the byline
    let reporter = found
        .as_ref()
        .filter(|_| export.is_none())
        .and_then(|(_, _, f)| byline::reporter_after(text, f.body_start));
    // the header: whole blocks before the dateline, and lines before it in its block

    let (body_block, mut body_line, mut body_from) = match (&found, dotted, export) {
        // an export's story starts on the line under its marker
        (found, _, Some(ex)) => match found {
            // a dateline opening the story
            Some((b, line, f)) if *line >= ex.body_line => {
                (*b, driver.line_from(*line, f.body_start), f.body_start)
            }
            _ => (ex.body_block, ex.body_line, ex.body_from),
        },
        (Some((b, line, f)), _, None) => {
            // (under the Daily Mail's header alone in its block, the header
            // is the blocks above that one)
            match dotted.and_then(|(d, _)| Some((d, driver.blocks.get(d)?.first))) {
                Some((d, first)) if d < *b => driver.header_above(d, first, header),
                _ => driver.header_above(*b, *line, header),
            }
            // the archive's `LEAD: ` label before the dateline: furniture
            // (out of line behind its colon: inlined here, the test cost
            // 0.1% more)
            let at = f.dateline.span.start();
            // (blank space after the colon may run on: `LEAD:  WASHINGTON —`)
            let head = text.get(..at).unwrap_or("").trim_end_matches([' ', '\t']);
            if head.ends_with(':') {
                if let Some(label) = lead_label(head) {
                    driver.push_trailer(article, TrailerKind::Furniture, label);
                }
            }
            header.extend(dotted.and_then(|(_, d)| d.byline));
            header.extend(run_on);
            let body_start = reporter.as_ref().map_or(f.body_start, |(_, at)| *at);
            // (the story's reading time after a bar on the dateline's line,
            // The Economist's `Mar 3rd 2026|BRUSSELS|4 min read`: its bar
            // is the first byte after the dateline)
            let body_start = if text.as_bytes().get(body_start) == Some(&b'|') {
                driver.reading_time_after(article, *line, body_start)
            } else {
                body_start
            };
            let mut body_line = driver.line_from(*line, body_start);
            // time stamps on the lines under a dateline alone on its line
            // (The Hindu's `Updated: November 28, 2026 10:45 IST`)
            let block_end = driver.blocks.get(*b).map_or(0, |x| x.end);
            while let Some(l) = driver
                .lines
                .get(body_line)
                .filter(|l| body_line < block_end && l.start >= body_start)
            {
                let span = text::trim_span(text, l.start, l.end);
                let t = driver.get(span);
                // (or the page's furniture: The Economist's `Listen to this
                // story`)
                let kind = if trailer::is_time_stamp(t) {
                    TrailerKind::Timestamp
                } else if trailer::classify_header(t) == Some(TrailerKind::Furniture) {
                    TrailerKind::Furniture
                } else {
                    break;
                };
                driver.push_trailer(article, kind, span);
                body_line += 1;
            }
            (*b, body_line, body_start)
        }
        (None, Some((b, d)), None) => {
            let first = driver.blocks.get(b).map_or(0, |x| x.first);
            driver.header_above(b, first, header);
            header.extend(d.byline);
            (b, driver.line_from(first, d.body), d.body)
        }
        (None, None, None) => {
            // without a dateline, leading display blocks and bylines are the
            // header: three, and a kicker over them
            let kicker = driver.blocks.first().is_some_and(|block| {
                block.end - block.first == 1
                    && headline::is_kicker_line(driver.get(driver.span_of(
                        block.first,
                        block.end,
                        0,
                    )))
            });
            // (and a page's top in blocks of their own over them, and the
            // ministers a government's release opens with: `The Hon Ann Poe
            // MP` / `Minister for Health`)
            let top = driver.top_blocks();
            let ministers = driver.minister_blocks();
            driver.ministers.set(ministers > 0);
            let display_blocks = 3 + usize::from(kicker) + top + ministers + driver.issuer_blocks();
            let header_blocks = HEADER_BLOCKS + top;
            let mut b = 0;
            while let Some(block) = driver.blocks.get(b) {
                let span = driver.span_of(block.first, block.end, 0);
                let t = driver.get(span);
                let more = b + 1 < driver.blocks.len();
                // display blocks and bylines; a time stamp, correction or
                // editor's note under them or over them (the Guardian's `Fri
                // 28 Nov 2026 10.45 GMT`, `CORRECTION: An earlier version …`)
                // (a page's top, whatever its lines: cut below)
                let is_header = (b == 0 && kicker && more)
                    || b < top
                    || block.end - block.first <= 3
                        && ((b < display_blocks
                            && (more || b == 0)
                            && (headline::is_display(t) || byline::byline(t).is_some()))
                            || (b < header_blocks
                                && more
                                && trailer::classify_header(t).is_some()))
                    || (b <= display_blocks && driver.over_byline(b, t))
                    // (a film review's credits over its byline: `Directed by
                    // Ann Poe` / `Comedy, Drama` / `1h 41m`)
                    || (matches!(t.as_bytes().first(), Some(b'D' | b'd'))
                        && driver.film_credits(b))
                    // (names and their stamp on one line under a label, a
                    // headline and a standfirst: Ars Technica's `Ann Poe -
                    // Dec 16, 2024 9:27 am UTC`)
                    || (b == display_blocks && byline::names_then_stamp(text, span).is_some())
                    || (more && driver.issuer_under_type(b))
                    || (more && b > 0 && b <= display_blocks && driver.names_under_label(b));
                if is_header {
                    driver.header_parts(block.first, block.end, header);
                } else if !(more
                    && (b < display_blocks && driver.title_block(b, header)
                        || b > 0 && b < header_blocks && driver.stamp_block(block, header)
                        || b > 0 && b < display_blocks && driver.standfirst_over_stamp(b, header)))
                {
                    break;
                }
                b += 1;
            }
            let first = driver.blocks.get(b).map_or(driver.lines.len(), |x| x.first);
            if let Some(n) = (b == 0).then(|| driver.title_lines()).flatten() {
                // `Oil Prices Rise` on the line above the story's paragraphs,
                // with no blank line between (and its byline)
                driver.header_parts(first, first + n, header);
                (0, first + n, 0)
            } else if let Some((top, title, under, end)) =
                (b == 0).then(|| driver.page_header()).flatten()
            {
                // a page's title, stamps and names with no blank line
                // between them (its site's name and menu above: furniture)
                driver.page.set(true);
                if top > first {
                    let span = driver.span_of(first, top, 0);
                    driver.push_trailer(article, TrailerKind::Furniture, span);
                }
                if title > top {
                    header.push(driver.span_of(top, title, 0));
                }
                header.push(driver.span_of(title, under, 0));
                // (a line each; a stamp wrapped onto a second line, one; a
                // standfirst wrapped under the title, one)
                let mut i = under;
                while i < end {
                    // (a portal's field, its label and value, one)
                    let n = if i + 1 < end
                        && trailer::is_field_line_label(trimmed_line(text, driver.lines, i))
                    {
                        driver.fields.set(true);
                        2
                    } else if i == under {
                        driver.standfirst_lines(first, under, end)
                    } else {
                        1
                    };
                    let n = n + usize::from(i + n < end && driver.stamp_runs_on(i + n));
                    header.push(driver.span_of(i, i + n, 0));
                    i += n;
                }
                (0, end, 0)
            } else if b <= display_blocks && driver.byline_over_story(b) {
                // `By Ann Poe` on the line above the story's first paragraph
                driver.header_parts(first, first + 1, header);
                (b, first + 1, 0)
            } else {
                (b, first, 0)
            }
        }
    };
    let mut header_paragraphs: Vec<Paragraph<'_>> = Vec::new();
    // a page's top copied in blocks of their own (a site's name, a menu):
    // furniture (a page has three parts or more over its story)
    if header.len() >= 3 {
        driver.cut_top_parts(header, article);
        driver.profile_parts(header, article);
    }
    // whether the part before was the byline, which a role line may follow
    let mut after_byline = false;
    // where a page's labels read together end (`NSW` / `Transport`)
    let mut labels_end = 0;
    for (k, &span) in header.iter().enumerate() {
        let t = driver.get(span);
        let was_after_byline = core::mem::replace(&mut after_byline, false);
        // (a stamp or a control cut off the byline's end, a trailer between
        // it and this part, keeps a role line from running the byline on)
        let cut_off = was_after_byline
            && article.byline.as_ref().is_some_and(|b| {
                article
                    .trailers
                    .last()
                    .is_some_and(|tr| tr.span.start() >= b.span.end())
            });
        // furniture the header's other tests leave (a rule, and over the
        // headline a wire's transmission lines, an agency's name, a page's
        // control or trail), asked here only, of a part over the headline
        // or opening as a rule does: among the other tests it cost more
        let over_headline = article.headline.is_none();
        // a release's issuer, over the headline: its label under it, or
        // over it as the kicker (`Acme Foods Ltd` / `NEWS RELEASE`)
        let issuer = || {
            driver
                .issuer_part(header, k)
                .is_some_and(|past| driver.headline_under(header.get(past..).unwrap_or_default()))
        };
        let furniture = || {
            (over_headline || matches!(t.as_bytes().first(), Some(b'-' | b'=' | b'_')))
                && (is_header_furniture(text, span, over_headline)
                    || (over_headline && issuer())
                    // (a police or fire department's fields over the
                    // headline, a line each, under its label: `Released by:
                    // Capt. Ann Poe`, `Location: 4100 block of Main Street` /
                    // `Units: E2, L4`; never the first part, a speed gate)
                    || (over_headline
                        && k > 0
                        && trailer::is_release_field(t)
                        && t.split(['\n', '\r'])
                            .all(|l| l.is_empty() || trailer::is_release_field(text::trim(l))))
                    || (over_headline && driver.title_repeated_under(header, k))
                    || (over_headline
                        && k + 1 < header.len()
                        && (trailer::is_site_bar(t)
                            || headline::is_masthead(t)
                            || headline::is_outlet_and_city(t)
                            || driver.name_over_note(header, k)
                            || headline::is_the_title(t)
                            || headline::is_school_site(t)
                            || trailer::is_programme_line(t)
                            // (an opinion page's board as its label: `The
                            // Editorial Board` over the headline)
                            || byline::is_editorial_board(t)
                            // (a logo's or a labelled issuer's last byte)
                            || (matches!(
                                t.as_bytes().last(),
                                Some(b'o' | b'O' | b')' | b'e' | b'E' | b't' | b'T')
                            ) && release_art(t)))
                        && driver.headline_under(header.get(k + 1..).unwrap_or_default())
                        // (names under their paper's name read as one)
                        && !driver.names_under_paper(header, k)))
        };
        // a science release's issuer under its type (`Peer-Reviewed
        // Publication` / `Marlow University`)
        // (a correction's headline over its note is the headline:
        // `Correction: Wisconsin-Budget story`)
        let header_kind = driver.header_kind(t).filter(|&kind| {
            !(kind == TrailerKind::Correction && over_headline && trailer::is_correction_title(t))
        });
        // (or the New York Times archive's notices under the header)
        if let Some(kind) = header_kind.or_else(|| {
            (furniture()
                || driver.issuer_part_under_type(header, k)
                || (driver.archive.get() && trailer::is_archive_notice(t))
                // (`NewsBank`'s source and edition line and page's fields
                // under the headline too, over the author's field)
                // (or a portal's field under the title: ReliefWeb's
                // `Format` / `Situation Report`)
                || (!over_headline
                    && ((driver.edition.get()
                        && (export::may_be_source_edition(t) || export::is_page_fields(t)))
                        || (driver.fields.get() && trailer::is_field_pair(t)))))
            .then_some(TrailerKind::Furniture)
        }) {
            driver.push_trailer(article, kind, span);
        } else if driver.contact_part(span) {
            // a press release's contact block over its headline
            driver.push_trailer(article, TrailerKind::Contact, span);
        } else if driver.names_printed_twice(header, k) {
            // the writer's picture's caption over the byline: furniture
            driver.push_trailer(article, TrailerKind::Furniture, span);
        } else if let Some(b) = article
            .byline
            .as_ref()
            .is_none_or(|old| old.authors.is_empty() || !byline::is_labelled(old.text))
            .then(|| byline::byline_at(text, span))
            .flatten()
            .filter(|_| !(k == 0 && driver.title_over_byline(t, header)))
        {
            // (a newsroom's or an agency's credit read first gives way to
            // names under it: an aggregator's `Reuters` / its stamp over
            // `By Ann Poe`; the credit is the page's furniture; names with
            // their label hold, NDTV's `Reported by Ann Poe` over `Edited
            // by Tom Roe`)
            // (and its title with it, a line of its own: every byte is a
            // node's)
            if let Some(credit) = article.byline.take() {
                driver.push_trailer(article, TrailerKind::Furniture, credit.span);
                if let Some((_, title)) = credit.title {
                    driver.push_trailer(article, TrailerKind::Furniture, title);
                }
            }
            article.byline = driver.unstamped(article, b);
            after_byline = article.byline.is_some();
        } else if let Some(b) = (article.byline.is_none()
            && (article.headline.is_some()
                || driver.speaker_over_stamp(header, k, article.kicker.is_some())
                || driver.names_under_paper(header, k))
            && !k
                .checked_sub(1)
                .and_then(|above| header.get(above))
                .is_some_and(|&above| export::is_rule_line(driver.get(above))))
        .then(|| {
            // a stamp and a byline under the headline (`Nov. 28, 2026 —
            // By Ann Poe`), or a line of names: `Ann Poe`, `Ann Poe in Kyiv`
            // (a deck in capitals stacked under the headline reads as
            // names: `RED CROSS RUSHES AID`)
            byline::stamp_byline_at(text, span)
                .or_else(|| {
                    byline::bare_byline_at(text, span).filter(|_| !driver.stacked_deck(header, k))
                })
                .or_else(|| byline::names_then_stamp(text, span))
        })
        .flatten()
        {
            article.byline = driver.unstamped(article, b);
            after_byline = article.byline.is_some();
        } else if let Some(b) = article.byline.as_mut().filter(|_| {
            was_after_byline && (byline::is_role_line(t) || byline::is_credit_line(t)) && !cut_off
        }) {
            // the BBC's `Business reporter` in a block under `By Ann Poe`,
            // or a paper's credit in a part of its own (`Special to The New
            // York Times.` over an archive's citation): the byline runs on
            // over it
            b.span = Span::new(b.span.start(), span.end());
            b.text = driver.get(b.span);
            b.affiliation = b.affiliation.or(Some(t));
        } else if let Some((at, len)) = article
            .headline
            .is_none()
            .then(|| {
                headline::release_label(t).map(|len| (0, len)).or_else(|| {
                    // (or after a stamp and a bar: the WHO's `10 April 2024
                    // | News release`, a figure first)
                    t.as_bytes()
                        .first()
                        .is_some_and(u8::is_ascii_digit)
                        .then(|| headline::stamp_then_label(t))
                        .flatten()
                        .map(|at| (at, t.len() - at))
                })
            })
            .flatten()
            .filter(|_| article.byline.is_none())
        {
            // a release's label over its headline (`MEDIA RELEASE`), the
            // release's date after it on its line (`\t\tDate: 23/11/2020`)
            // or before it and a bar (the stamp, with the bar); a second
            // label under the kicker (`PRESS RELEASE` / `FOR IMMEDIATE
            // RELEASE`) furniture
            if at > 0 {
                let stamp = text::trim_span(text, span.start(), span.start() + at);
                driver.push_trailer(article, TrailerKind::Timestamp, stamp);
            }
            let label = Span::new(span.start() + at, span.start() + at + len);
            driver.kicker_or_furniture(article, label);
            let rest = text::trim_span(text, label.end(), span.end());
            if !rest.is_empty() {
                let kind =
                    trailer::classify_header(driver.get(rest)).unwrap_or(TrailerKind::Furniture);
                driver.push_trailer(article, kind, rest);
            }
        } else if article.headline.is_none()
            && article.byline.is_none()
            && article.kicker.is_none()
            && header
                .get(k + 1)
                .is_some_and(|&next| headline::repeats_title(t, driver.get(next)))
        {
            // a corpus' title over the story's headline, which repeats it
            // after its label (RCV1's `AUSTRALIA: Australian shares end
            // firmer.` / `Australian shares end firmer.`): the kicker
            article.kicker = Some(Headline { text: t, span });
        } else if article.headline.is_none()
            && article.byline.is_none()
            && article.kicker.is_none()
            // (a magazine's section over its fly-title is read as labels,
            // below)
            && !driver.fly_title_parts(header, k)
            && (headline::is_kicker_line(t)
                || headline::is_priority_line(t)
                // (`News`, `World`: told by the last letter first)
                || (t.ends_with(['s', 'd']) && headline::is_section_label(t))
                // (Tasnim's `Defense news` over the stamp)
                || (t.ends_with("news") && headline::is_news_desk(t))
                // (a newsletter's name over the story it carries: `The
                // Mill Street Memo`)
                || headline::is_newsletter_name(t)
                // (a ministry's name over its release: its first byte the
                // quick test)
                || (t.as_bytes().first() == Some(&b'M') && headline::is_ministry_line(t))
                // (a section's name over the headline on a page, or of one
                // word in a block of its own: `Weekend`, `GARDENING`)
                || header.get(k + 1).is_some_and(|&next| {
                    (driver.page.get()
                        || (t.len() <= headline::MAX_SECTION
                            && !t.contains(' ')
                            && driver.blank_between(span, next)))
                        && headline::is_section_over(t, driver.get(next))
                        // (on the line over a headline of six words or more
                        // in its block: the Guardian's `European Union`)
                        || (!driver.blank_between(span, next)
                            && (section_over_title(t, driver.get(next))
                                // (a tabloid's pun over its headline: The
                                // Sun's `RED ALERT` / `Man Utd 'ready to …'`)
                                || headline::is_pun_over(t, driver.get(next))))
                        // (a desk's label in a block of its own: `Club
                        // News`, `LOCAL POLITICS`)
                        || ((t.len() <= headline::MAX_DESK || headline::may_be_release_desk(t))
                            && driver.desk_over(header, k))
                        // (a wire's catch line: PA's `POLITICS Budget`)
                        || (headline::is_catch_line(t)
                            && headline::is_section_over(t, driver.get(next)))
                        // (a show's name over a transcript's title: `CNN
                        // NEWSROOM` / `… Talks Resume. Aired 1-2p ET`)
                        || headline::is_aired_title(driver.get(next))
                        // (a section's name over an obituary's title:
                        // `Architecture` / `Ann Poe obituary`)
                        || (t.len() <= headline::MAX_SECTION && obituary_title(driver.get(next)))
                })
                // (a section's label in capitals over the headline and its
                // standfirst: `MILITARY`, `NAVAL WARFARE`)
                || (t.len() <= headline::MAX_CAPITAL_LABEL && driver.label_over_standfirst(header, k)))
            && (driver.headline_under(header.get(k + 1..).unwrap_or_default())
                // (a wire's priority is never the headline: `BULLETIN`
                // over a slug and the story)
                || headline::is_priority_line(t))
        {
            // `BREAKING NEWS` over the headline (`FOR IMMEDIATE RELEASE`
            // over a release's date, contact block and headline)
            article.kicker = Some(Headline { text: t, span });
        } else if article.headline.is_none()
            && article.byline.is_none()
            && article.kicker.is_some()
            && (headline::is_kicker_line(t)
                || header.get(k + 1).is_some_and(|&next| {
                    !driver.blank_between(span, next) && headline::is_pun_over(t, driver.get(next))
                }))
            && driver.headline_under(header.get(k + 1..).unwrap_or_default())
        {
            // a second kicker under the first (`ENVIRONMENT` / `Analysis`
            // over the headline; The Sun's `FOOTBALL` / `RED ALERT`):
            // furniture
            driver.push_trailer(article, TrailerKind::Furniture, span);
        } else if let Some(n) = (article.headline.is_none() && article.byline.is_none())
            .then(|| {
                if k < labels_end {
                    0
                } else {
                    driver.labels_over(header, k)
                }
            })
            .filter(|&n| k < labels_end || n > 0)
        {
            // a page's labels over a longer headline (`Gulf` / `UAE`,
            // `Hong Kong` / `Politics`, `ABC Illawarra`): the kicker, or
            // furniture under one (`n` labels from here, or 0 within them)
            labels_end = labels_end.max(k + n);
            driver.kicker_or_furniture(article, span);
        } else if article.headline.is_none()
            && article.byline.is_some()
            && header_paragraphs.is_empty()
            && headline::is_display(t)
            && !headline::is_kicker_line(t)
        {
            // a headline under the byline and stamp, as pages copied from
            // their meta line down print it (`By: Ann Poe` / `November 28,
            // 2026` / the headline; `ANI | Updated: …` / the headline), and
            // a statement's title under its label, speaker and date (`PRESS
            // STATEMENT` / `Ann Poe, Department Spokesperson` / `NOVEMBER
            // 27, 2026` / the title)
            article.headline = Some(Headline { text: t, span });
        } else if article.headline.is_none()
            // (the colon last, a quick test: the call cost 0.05% more)
            && t.ends_with(':')
            && ((headline::is_lead_in(t, MIN_LEAD_IN_WORDS)
                && driver.headline_under(header.get(k + 1..).unwrap_or_default()))
                // (or over the story itself, shorter too: `In brief:`)
                || (k + 1 == header.len() && headline::is_lead_in(t, MIN_LEAD_IN_OVER_STORY)))
        {
            // a newsletter's line leading into the story it carries, over
            // the story's headline (`Our top read this morning, via the
            // wires:`) or its first paragraph (`In brief:`): furniture
            driver.push_trailer(article, TrailerKind::Furniture, span);
        } else if article.headline.is_none() && article.byline.is_none() {
            // (the Financial Times' date before the words, as its records
            // print it with their markup gone: `FT  28 NOV 92 / …`)
            match markup::ft_prefix(t) {
                Some(k) => {
                    let words = text::trim_span(driver.text, span.start() + k, span.end());
                    driver.ft_headline(article, span, words);
                }
                // (Business Wire's codes before the words: `( BW)(CA-ACME)
                // (ACME) Acme Reports …`; the first byte first, and the
                // codes read again only where they are)
                None if t.starts_with('(') && headline::wire_codes(t).is_some() => {
                    let k = headline::wire_codes(t).unwrap_or(0);
                    let words = text::trim_span(driver.text, span.start() + k, span.end());
                    driver.set_headline(article, span, words);
                }
                // (PBS's section and stamp over the headline: `Economy Nov
                // 13, 2026 10:05 AM EST`)
                None => match headline::section_stamp(t) {
                    Some(at) => driver.section_and_stamp(article, span, at),
                    // (a page's title: the site's name after the headline,
                    // `… - CNN`, `… | Fox News`: furniture)
                    None => match headline::site_suffix(t)
                        .filter(|&(_, name)| !driver.reports(span.end(), name))
                    {
                        Some((at, _)) => driver.set_headline(
                            article,
                            span,
                            text::trim_span(driver.text, span.start(), span.start() + at),
                        ),
                        None => article.headline = Some(Headline { text: t, span }),
                    },
                },
            }
        } else if article.deck.is_none()
            && article.byline.is_none()
            && article.headline.is_some()
            && headline::is_masthead(t)
        {
            // the paper's name under the headline (a news service's dump:
            // the title / `The Harbor Sentinel` / its date): furniture
            driver.push_trailer(article, TrailerKind::Furniture, span);
        } else if let Some(at) = article
            .headline
            .is_some()
            .then(|| headline::section_stamp(t))
            .flatten()
        {
            // PBS's section and stamp under the headline in its block
            // (`Politics Mar 2, 2026 5:20 PM EST`): the name the kicker or
            // furniture, the rest a time stamp
            driver.section_and_stamp(article, span, at);
        } else if article.headline.is_some() && trailer::is_share_bar_under(t) {
            // a share bar under the headline or the byline (UN News'
            // `Facebook Twitter Print Email`), which reads as the deck or a
            // paragraph: furniture
            driver.push_trailer(article, TrailerKind::Furniture, span);
        } else if article.deck.is_none()
            && article.byline.is_none()
            && (headline::is_display(t)
                || headline::is_subhead_line(t)
                || (driver.page.get()
                    && article
                        .headline
                        .is_some_and(|h| headline::is_standfirst_under(h.text, t))))
        {
            // (points or italics under the headline, and under a page's
            // top a standfirst written as a sentence too; under a section's
            // label read as the headline, the headline)
            driver.deck_under_headline(article, span, header.get(k + 1).copied());
        } else if trailer::is_licensed_caption(t) || byline::is_editor_credit(t) {
            // a photo's caption with its licensing link, as Reuters' site
            // sets it between the header and the story; an editor's or a
            // reviewer's credit under the byline, which holds with its
            // label (NDTV's `Reported by Ann Poe` / `Edited by Tom Roe`,
            // ZDNET's `Reviewed by Tom Roe`): furniture
            driver.push_trailer(article, TrailerKind::Furniture, span);
        } else {
            header_paragraphs.push(Paragraph { text: t, span });
        }
    }
    if let Some((b, _)) = reporter {
        if article.byline.is_none() {
            article.byline = Some(b);
        } else if let Some((_, line, f)) = &found {
            // a byline above the dateline wins: the reporter's credit stays
            // in the body, where it is text of the first paragraph
            body_from = f.body_start;
            body_line = driver.line_from(*line, f.body_start);
        }
    }
    // (the noise before the dateline on its line: `[Text] `, a field's
    // label)
    if let Some((_, _, f)) = found.as_ref().filter(|(_, _, f)| !f.noise.is_empty()) {
        let noise = text::trim_span(text, f.noise.start(), f.noise.end());
        if !noise.is_empty() {
            driver.push_trailer(article, TrailerKind::Furniture, noise);
        }
    }
    article.dateline = found.map(|(_, _, f)| f.dateline);
    // the body (a record's tags around and between its paragraphs:
    // furniture)
    let body = (body_block, body_line, body_from);
    if driver.record.get() {
        driver.record_body(body, units, article);
    } else {
        driver.body_units::<false>(body, units);
    }
    // Xinhua's `Enditem` run on at the end of the last paragraph: a unit of
    // its own, for the trailer scan below
    if let Some(last) = units.last_mut() {
        if let Some(at) = trailer::run_in_end_mark(driver.get(last.span)) {
            let mark = Span::new(last.span.start() + at, last.span.end());
            last.span = text::trim_span(text, last.span.start(), mark.start());
            let block = last.block;
            units.push(Unit {
                span: mark,
                lone_line: false,
                block,
            });
        }
    }
    // Antara's credits in one block under the story (`Reporter: Ann Poe` /
    // `Editor: Tom Roe` / `Copyright © ANTARA 2026`): a unit a line
    if let Some(last) = units
        .last()
        .copied()
        .filter(|u| trailer::opens_with_label_credit(driver.get(u.span)))
    {
        units.pop();
        let lines = driver
            .blocks
            .get(last.block)
            .and_then(|b| driver.lines.get(b.first..b.end))
            .unwrap_or(&[]);
        let inside = |l: &&Line| l.end > last.span.start() && l.start < last.span.end();
        for l in lines.iter().filter(inside) {
            let span = text::trim_span(text, l.start.max(last.span.start()), l.end);
            if !span.is_empty() {
                units.push(Unit {
                    span,
                    lone_line: false,
                    block: last.block,
                });
            }
        }
    }
    // an export's fields under the story (`LOAD-DATE: …`, `End of
    // Document`)
    if let Some(ex) = export {
        driver.export_tail(ex, units, article);
    }
    // trailers at the end
    let tail = trailer::trailing_start(units.len(), |i| {
        units.get(i).map_or("", |u| driver.get(u.span))
    });
    let cut = tail.start;
    let mut current: Option<Trailer<'_>> = None;
    for (i, u) in units.iter().enumerate().skip(cut) {
        let t = driver.get(u.span);
        match tail.kind(i, t) {
            Some(kind) => {
                if let Some(done) = current.take() {
                    article.trailers.push(done);
                }
                current = Some(Trailer {
                    kind,
                    text: t,
                    span: u.span,
                });
            }
            None => {
                // (a block runs on over the units under its heading; over
                // text between them that is not blank, a record's tags
                // pushed as furniture, it starts again)
                let Some(cur) = current.as_mut() else {
                    continue;
                };
                let gap = text.get(cur.span.end()..u.span.start()).unwrap_or("");
                if gap.chars().all(char::is_whitespace) {
                    cur.span = Span::new(cur.span.start(), u.span.end());
                    cur.text = driver.get(cur.span);
                } else {
                    let kind = cur.kind;
                    if let Some(done) = current.replace(Trailer {
                        kind,
                        text: t,
                        span: u.span,
                    }) {
                        article.trailers.push(done);
                    }
                }
            }
        }
    }
    if let Some(done) = current.take() {
        article.trailers.push(done);
    }
    units.truncate(cut);
    // a byline signed under the story, when none stood over it
    if article.byline.is_none() && units.len() > 1 {
        // (most last paragraphs are longer than any signature)
        if let Some(b) = units
            .last()
            .filter(|u| u.span.len() <= byline::MAX_SIGNATURE)
            .and_then(|u| byline::signature_at(text, u.span))
        {
            article.byline = Some(b);
            units.pop();
        }
    }
    // or a reporter's credit among the credits under it
    if article.byline.is_none() && !article.trailers.is_empty() {
        reporter_credit_byline(text, article);
    }
    // the line under the byline's names is its title; its label alone on
    // the line over them is its own
    if let Some(b) = article.byline.as_mut() {
        byline::split_title(b);
        label_over_names(text, b, &mut article.trailers);
    }
    // sections
    let mut section = Section {
        heading: None,
        paragraphs: header_paragraphs,
    };
    let count = units.len();
    // most articles are one section: room for every paragraph up front
    section.paragraphs.reserve(count);
    for (k, u) in units.iter().enumerate() {
        let t = driver.get(u.span);
        let next_is_body = units.get(k + 1).is_some_and(|n| n.block != u.block);
        let first_body = k == 0 && article.dateline.is_some();
        if u.lone_line && next_is_body && !first_body && k + 1 < count && headline::is_heading(t) {
            let done = core::mem::replace(
                &mut section,
                Section {
                    heading: Some(Heading {
                        text: t,
                        span: u.span,
                    }),
                    paragraphs: Vec::new(),
                },
            );
            if done.heading.is_some() || !done.paragraphs.is_empty() {
                article.sections.push(done);
            }
        } else {
            section.paragraphs.push(Paragraph {
                text: t,
                span: u.span,
            });
        }
    }
    if section.heading.is_some() || !section.paragraphs.is_empty() {
        article.sections.push(section);
    }
    // a forwarded story with no headline of its own: the subject's words
    if let Some((span, at)) = subject {
        if article.headline.is_none() {
            let words = text::trim_span(text, span.start() + at, span.end());
            driver.set_headline(article, span, words);
        } else {
            driver.push_trailer(article, TrailerKind::Furniture, span);
        }
    }
    article.trailers.sort_by_key(|t| t.span.start());
}

/// Makes the first reporter's credit among `article`'s trailers its byline
/// (Antara's `Reporter: Ann Poe` over `Editor: Tom Roe`,
/// [`byline::reporter_credit_at`]). Out of line: asked only of an article
/// with no byline.
#[inline(never)]
fn reporter_credit_byline<'a>(text: &'a str, article: &mut Article<'a>) {
    let credit = article.trailers.iter().enumerate().find_map(|(i, t)| {
        (t.kind == TrailerKind::Credits)
            .then(|| byline::reporter_credit_at(text, t.span))
            .flatten()
            .map(|b| (i, b))
    });
    if let Some((i, b)) = credit {
        article.trailers.remove(i);
        article.byline = Some(b);
    }
}

/// Takes a byline's label alone on the line over its names (`By` / `Ann
/// Poe`, as Reach's pages print it), read as furniture, into the byline
/// `b`, whose text then runs from the label: `By\nAnn Poe`.
fn label_over_names<'a>(text: &'a str, b: &mut Byline<'a>, trailers: &mut Vec<Trailer<'a>>) {
    // (a byline with its own `By` keeps it: Factiva's code `BY` over `By
    // Ann Poe` is furniture; a name that opens so does not, `Byron Poe`)
    if text::strip_prefix_ci(b.text, "by").is_some_and(|r| !r.starts_with(char::is_alphabetic)) {
        return;
    }
    let start = b.span.start();
    let Some(k) = trailers.iter().position(|t| {
        t.kind == TrailerKind::Furniture
            && t.span.end() < start
            && t.text.eq_ignore_ascii_case("by")
            && text
                .get(t.span.end()..start)
                .is_some_and(|gap| matches!(gap.trim_matches([' ', '\t']), "\n" | "\r\n" | "\r"))
    }) else {
        return;
    };
    let label = trailers.remove(k);
    let span = Span::new(label.span.start(), b.span.end());
    if let Some(t) = text.get(span.range()) {
        b.text = t;
        b.span = span;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuers_and_their_labels() {
        for t in [
            "European Commission - Press release",
            "NOAA News Release",
            "FEMA Press Release",
            "NASA Media Release",
        ] {
            assert!(labelled_issuer(t), "{t:?}");
        }
        for t in [
            "Acme News Release",
            "A News Release",
            "NOAAFEMA News Release",
            "NOAA news release",
            "NOAA News Release Draws Praise",
            "NOAA Weighs Release",
            "NOAA",
        ] {
            assert!(!labelled_issuer(t), "{t:?}");
        }
    }

    #[test]
    fn page_tops() {
        // the line a page's header starts on, if a page's top is cut
        let top = |text: &str| {
            let lines: Vec<Line> = text::lines(text, 0).collect();
            let mut list = Vec::new();
            blocks(&lines, &mut list);
            list.first().and_then(|b| page_top(text, &lines, b))
        };
        for (text, want) in [
            (
                "Skip to content\nExample News\nHome | News | Sport | Weather\nStorm Nears Coast\nBy Ann Poe",
                Some(3),
            ),
            (
                "Example News\nNews  Sport  Weather  Money\nStorm Nears Coast\nBy Ann Poe",
                Some(2),
            ),
            (
                "Medium\nOpen in app\nSign up\nStorm Nears Coast\nAnn Poe",
                Some(3),
            ),
            // a site's name, no menu: the section's last line stays
            (
                "Reuters\nUnited States\nAgency proposes new rules for airline refund notices\nBy Ann Poe",
                Some(1),
            ),
            (
                "The Straits Times\nAsia\nSE Asia\nMalaysia to raise the minimum wage for plantation workers",
                Some(2),
            ),
            (
                "DAWN.COM\nPakistan\nSenate panel seeks details of stalled water project",
                Some(1),
            ),
            (
                "Sky News\nSenate panel seeks details of stalled water project\nNov. 28, 2026",
                Some(1),
            ),
            // a breadcrumb trail on the first line, from any link
            (
                "Home / City / Lucknow\nLucknow festival returns with a bigger parade\nStaff Reporter",
                Some(1),
            ),
            (
                "UAE / Society\nMayor quits as investigation into city contracts widens\nAnn Poe",
                Some(1),
            ),
            // but not a title with its site's name
            (
                "Mayor quits as investigation widens | Example News\nBy Ann Poe\nMore text",
                None,
            ),
            // no site's name over the headline, or no headline under it
            (
                "Storm Nears\nCoast Braces\nThe storm is expected to make landfall on Friday night",
                None,
            ),
            (
                "storm news\nUK\nSenate panel seeks details of stalled water project",
                None,
            ),
            (
                "The Evening Standard Daily News\nUK\nSenate panel seeks details of stalled water project",
                None,
            ),
            (
                "Reuters\nShares fell.\nMore text here about the markets today",
                None,
            ),
            (
                "Reuters\nUK\nWorld\nEurope\nNews\nSenate panel seeks details of stalled water project",
                None,
            ),
            (
                "Reuters\nUnited States of America\nSenate panel seeks details of stalled water project",
                None,
            ),
            ("Reuters\nUK\nWorld", None),
            (
                "Reuters\nworld\nSenate panel seeks details of stalled water project",
                None,
            ),
            ("Reuters\nUK\n2026 11 28 10 45 UTC\nMore", None),
            (
                "example.com.au\nUK\nSenate panel seeks details of stalled water project",
                None,
            ),
            // too few lines, no menu (three items, a share bar), only the
            // page's top, a menu under the headline or a byline
            ("Home | News | Sport | Weather\nStorm Nears Coast", None),
            // (but a skip link over a section's name is a top of two lines)
            ("Skip to content\nObituaries", Some(1)),
            ("Skip to contentSkip to site index\nObituaries", Some(1)),
            ("Sign in\nObituaries", None),
            ("Skip to the end\nObituaries", None),
            (
                "Example News\nNews | Sport | Weather\nStorm Nears Coast",
                None,
            ),
            (
                "Example News\nFacebook  Twitter  Email  Print\nStorm Nears Coast",
                None,
            ),
            (
                "Example News\nNews | 24/7 | Sport | Weather\nStorm Nears Coast",
                None,
            ),
            (
                "Example News\nnews | Sport | Weather | Money\nStorm Nears Coast",
                None,
            ),
            (
                "Example News\nNews | Sport | Weather | Money and the markets\nStorm Nears Coast",
                None,
            ),
            (
                "Example News\nNews | Sport | Weather | Internationalaffairsdesks\nStorm Nears Coast",
                None,
            ),
            (
                "Skip to content\nExample News\nHome | News | Sport | Weather",
                None,
            ),
            (
                "Storm batters the coast for a third day\nHome | News | Sport | Weather\nBy Ann Poe",
                None,
            ),
            (
                "Storm\nBy Ann Poe\nHome | News | Sport | Weather\nText",
                None,
            ),
        ] {
            assert_eq!(top(text), want, "{text:?}");
        }
    }

    proptest::proptest! {
        /// The line table made from a splitter's lines is the one the parser
        /// would find itself, wherever the article starts and ends.
        #[test]
        fn adopted_lines_are_the_lines(
            whole in "[a \t\n\r\u{feff}é]{0,40}",
            a in 0usize..48,
            b in 0usize..48,
        ) {
            let boundary = |i: usize| (0..=i.min(whole.len())).rev().find(|&j| whole.is_char_boundary(j)).unwrap_or(0);
            let (mut from, end) = (boundary(a.min(b)), boundary(a.max(b)));
            // an article never starts inside a `\r\n`
            if whole.get(..from).is_some_and(|h| h.ends_with('\r')) && whole.get(from..).is_some_and(|t| t.starts_with('\n')) {
                from -= 1;
            }
            let text = whole.get(..end).unwrap_or("");
            let split: Vec<Line> = text::lines(&whole, 0).collect();
            let mut got = Vec::new();
            adopt(text, from, &split, &mut got);
            let want: Vec<Line> = text::lines(text, from).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn scratch_frees_what_a_huge_input_grew() {
        let mut scratch = Scratch::default();
        scratch.lines.reserve(KEEP_LINES + 1);
        scratch.units.reserve(8);
        scratch.reset();
        assert_eq!(scratch.lines.capacity(), 0);
        assert!(scratch.units.capacity() >= 8);
    }

    #[test]
    fn reused_scratch_gives_the_same_articles() {
        let big = format!(
            "TALKS END\n\nLONDON, March 3 - {}\n",
            "Talks went on.\n".repeat(70_000)
        );
        let small = "Storm Nears\n\nMIAMI (AP) — Winds rose.\n\n(Reporting by Ann Poe)";
        let alone = build(small);
        // a big article first, then the small one, on the same thread
        drop(build(&big));
        assert_eq!(build(small), alone);
        // with the thread's scratch in use, a parse uses its own vectors
        let nested = SCRATCH.with(|cell| {
            let _held = cell.borrow_mut();
            build(small)
        });
        assert_eq!(nested, alone);
    }
}
