//! Several articles in one input: where a stream splits into stories.
//!
//! An article ends
//! - before a **form feed**;
//! - before a **rule**: a line of three or more `=`, `-` or `*` (spaces
//!   allowed between them), or, opening a block, of twenty or more `_` (a
//!   news database's line between documents), which belongs to no article;
//!   but for a line of
//!   `=` or `-` right under a lone display line, Markdown's underlined
//!   (setext) headline, which stays with it;
//! - after an **end mark** line, `###`, `# # #` or `-30-`, which stays with the
//!   article it ends (as its [`TrailerKind::EndMark`](crate::TrailerKind::EndMark) trailer),
//!   or, opening a block, a news database's `End of Document` or Factiva's
//!   `Document …` number;
//! - before `LexisNexis`' `2 of 15 DOCUMENTS` line opening a block, which
//!   opens the next;
//! - before a **new story**: after a blank line, once the article has a block
//!   of body text (not a headline, deck, byline or note), a display block (the
//!   headline), then optionally a deck and a byline (each a block of at most
//!   two lines), then a block whose first line opens with a dateline.
//!
//! Each line is scanned once: the last three blocks are kept, and when a
//! block opens after short ones that can head a story (within
//! [`LOOK_AHEAD`] lines), its first line is tried as a dateline. Linear.

use std::sync::{Mutex, mpsc};

use chrono::NaiveDate;

use crate::article::Article;
use crate::grammar::dateline::dateline_at;
use crate::grammar::{byline, export, headline, trailer};
use crate::span::Span;
use crate::text::{self, Line};

/// How many lines the new-story test looks ahead.
const LOOK_AHEAD: usize = 16;

/// How far into an article (in bytes from its start) a byline or page
/// furniture may open a new story's head ([`heads_story`]): nearer, it is
/// the article's own header.
const HEAD_REACH: usize = 400;

/// Whether the trimmed line `t` is a rule: three or more of one of `=`, `-`,
/// `*`, and nothing else but spaces.
fn is_rule(t: &str) -> bool {
    let Some(mark) = t.chars().next() else {
        return false;
    };
    matches!(mark, '=' | '-' | '*')
        && t.chars().all(|c| c == mark || c == ' ')
        && t.chars().filter(|&c| c == mark).count() >= 3
}

/// The fewest `_` of a rule between a news database's documents.
const MIN_UNDERSCORE_RULE: usize = 20;

/// Whether the rule `t` underlines the line right above it, the open block's
/// only line, as Markdown's setext headings do (`Storm Nears Coast` over
/// `=================`): a display line with no blank line between, and a
/// rule of `=` or `-`. It belongs to the headline's block, not between
/// articles. Kept out of line: asked only of rule lines, and inlined into
/// the splitter's loop it cost every line some 20 instructions.
#[inline(never)]
fn setext_underline(text: &str, t: &str, open: Option<&Held>, after_blank: bool) -> bool {
    let Some(block) = open.filter(|b| !after_blank && b.lines == 1) else {
        return false;
    };
    let above = text::trim(text.get(block.start..block.end).unwrap_or(""));
    // a sign-off over a rule (`Reuter`, `--IANS`) ends its story
    t.starts_with(['=', '-'])
        && !t.contains(' ')
        && headline::is_display(above)
        && trailer::mark(above).is_none()
}

/// Whether the trimmed line `t` is an end mark that closes a story.
fn is_end_mark(t: &str) -> bool {
    matches!(t, "###" | "# # #" | "-30-" | "- 30 -")
}

/// What a news database's line does to the stream around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// It closes its story and stays with it: Nexis Uni's `End of Document`
    /// or Factiva's `Document DCOUR00020261128ekbs0001v` (`AN Document …` in
    /// its coded export) under each story.
    End,
    /// It opens the next story: `LexisNexis`' `2 of 15 DOCUMENTS`, or
    /// Factiva's `HD` code with its value set off (`HD        Mayor …`).
    Opens,
    /// It stands between two stories and belongs to neither: `ProQuest`'s
    /// rule of [`MIN_UNDERSCORE_RULE`] or more `_` (AP's `___` closes a
    /// story's text, and stays in it).
    Between,
}

/// The [`Mark`] the trimmed line `t`, the first of its block, is, if any.
/// One byte tells most lines apart. Asked only of the first line of a block
/// after the article's first (asked of every line, it cost the splitter
/// 1.5% more instructions on the corpus profile).
#[inline(never)]
fn database_mark(t: &str) -> Option<Mark> {
    match t.as_bytes().first()? {
        b'E' if t == "End of Document" => Some(Mark::End),
        b'D' if export::is_document_number(t) => Some(Mark::End),
        // the same number under Factiva's `AN` code, in its coded export
        b'A' if t.starts_with("AN")
            && export::factiva_code(t).is_some_and(|(code, at)| {
                code == "AN" && t.get(at..).is_some_and(export::is_document_number)
            }) =>
        {
            Some(Mark::End)
        }
        b'0'..=b'9' if export::is_document_count(t) => Some(Mark::Opens),
        // Factiva's coded export: the next story's headline field, its value
        // set off by a tab or aligned spaces (`HD        Mayor Opposes …`),
        // or under the code alone on its line
        b'H' if t == "HD" || t.starts_with("HD\t") || t.starts_with("HD  ") => Some(Mark::Opens),
        b'_' if t.len() >= MIN_UNDERSCORE_RULE && export::is_rule_line(t) => Some(Mark::Between),
        _ => None,
    }
}

/// A finished block of the article being read, as the new-story test needs
/// it: a headline, deck or byline candidate.
#[derive(Debug, Clone, Copy, Default)]
struct Held {
    /// The start of its first line and the end of its last (line bounds,
    /// blank space included).
    start: usize,
    end: usize,
    /// Its first line's number, counting every line from the search's start.
    first_line: usize,
    /// How many lines it has.
    lines: usize,
    /// The length of its first line, trimmed.
    first_len: usize,
    /// Whether a block of body text came before it in the article.
    body_before: bool,
    /// Where the article's text ended before it: the end of the article
    /// that closes if a new story starts here.
    end_before: usize,
    /// How many lines the article's line log held before its first line.
    slot: usize,
    /// [`headline::is_display`] and [`byline::byline`] of its text, once asked.
    display: Option<bool>,
    by: Option<bool>,
}

impl Held {
    /// The block's text, by its line bounds.
    fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the block reads as a headline or deck (asked once).
    fn is_display(&mut self, text: &str) -> bool {
        // the answer kept first: the block's text is sliced only to ask
        if let Some(display) = self.display {
            return display;
        }
        let t = self.text(text);
        let display = headline::is_display(t) && !is_end_mark(t.trim());
        self.display = Some(display);
        display
    }

    /// Whether the block is a note, time stamp or page furniture a header
    /// holds (`Share`, `Updated …`), which never opens a story's head.
    fn is_furniture(&self, text: &str) -> bool {
        trailer::classify_header(self.text(text)).is_some()
    }

    /// Whether the block reads as a byline (asked once).
    fn is_byline(&mut self, text: &str) -> bool {
        if let Some(by) = self.by {
            return by;
        }
        let by = byline::byline(self.text(text)).is_some();
        self.by = Some(by);
        by
    }
}

/// Whether `blocks`, in order, can head a story: a display block (the
/// headline), then at most a deck and a byline (a byline not after a
/// byline, at most two display blocks), each of at most two lines whose
/// first has at most 640 bytes. Within [`HEAD_REACH`] bytes of the
/// article's start (`article_start`) the headline may not be a byline or
/// header furniture.
fn heads_story(text: &str, blocks: &mut [Held], article_start: usize) -> bool {
    let mut displays = 0;
    let mut seen_byline = false;
    // a byline or furniture opening the head only far into the article: near
    // its start it stands under the article's own headline (`WRAPUP 1-…`
    // over bullets, then `By Ann Poe`; a stamp block, then `Share`)
    let far = blocks
        .first()
        .is_some_and(|b| b.start.saturating_sub(article_start) > HEAD_REACH);
    for block in blocks {
        if block.lines > 2 || block.first_len > 640 {
            return false;
        }
        let by = displays > 0 && !seen_byline && block.is_byline(text);
        // a head opens with a headline: not a byline (`By Ann Poe` reads as
        // display too) nor page furniture (`Share`), which stand under one
        // (far into an article, the story's own headline may be one no rule
        // reads as display: `(2nd LD) Parliament …`, a wire's slug)
        let display = !by
            && displays < 2
            && block.is_display(text)
            && !(displays == 0 && !far && (block.is_byline(text) || block.is_furniture(text)));
        if !(display || by) {
            return false;
        }
        seen_byline = by;
        displays += 1;
    }
    displays > 0
}

/// Whether the last of `recent` may end a story's head: every head
/// [`heads_story`] reads ends with a display block, or a byline under one.
/// Asked before any run of blocks is tried: most blocks asked are
/// paragraphs, refused here by one classification.
fn ends_head(text: &str, recent: &mut [Held]) -> bool {
    if recent.last_mut().is_some_and(|last| last.is_display(text)) {
        return true;
    }
    match recent {
        [.., above, last] => above.is_display(text) && last.is_byline(text),
        _ => false,
    }
}

/// Where a new story starts, if one does, when the block starting at
/// `line` (line number `number`) follows the `recent` blocks: the earliest
/// of the last three that has body text before it, heads a story
/// ([`heads_story`]) through the last one, and is at most [`LOOK_AHEAD`]
/// lines above `line`, which opens with a dateline. The blocks are only
/// classified when the one just above could be part of a story's head, and
/// the dateline is tried only when some block heads one: each line of a
/// stream is read once.
fn story_start(
    text: &str,
    recent: &mut [Held],
    line: Line,
    number: usize,
    article_start: usize,
) -> Option<Held> {
    let n = recent.len();
    let last = recent.last()?;
    if last.lines > 2 || last.first_len > 640 {
        return None;
    }
    if !ends_head(text, recent) {
        return None;
    }
    let from = (1..=n.min(3)).rev().find(|&k| {
        let first = n - k;
        recent
            .get(first)
            .is_some_and(|b| b.body_before && number.saturating_sub(b.first_line) < LOOK_AHEAD)
            && recent
                .get_mut(first..)
                .is_some_and(|blocks| heads_story(text, blocks, article_start))
    })?;
    let start = recent.get(n - from).copied()?;
    dateline_at(text, line.start, line.end)?;
    // a news database's `Body` over the story heads no new one
    (!export::is_body_marker(text::trim(start.text(text)))).then_some(start)
}

/// Whether a finished block is body text: neither a display block (headline,
/// deck), a byline, nor a note or time stamp that may stand above a story.
fn is_body(block: &str) -> bool {
    !headline::is_display(block)
        && byline::byline(block).is_none()
        && trailer::classify_header(block).is_none()
}

/// Where the form feeds of a text are, found once each: a search from a
/// position is remembered, and answers later asks from further on until they
/// pass the feed it found. Over a whole stream, each byte is searched once.
#[derive(Debug, Clone, Default)]
pub(crate) struct FormFeeds {
    /// The last search: where it started, and the first form feed at or
    /// after there, if any.
    last: Option<(usize, Option<usize>)>,
}

impl FormFeeds {
    /// The first form feed of `text` at or after `pos`; `pos` never
    /// decreases from one call to the next.
    fn next_from(&mut self, text: &str, pos: usize) -> Option<usize> {
        match self.last {
            Some((from, found)) if from <= pos && found.is_none_or(|f| f >= pos) => found,
            _ => {
                let found = text
                    .as_bytes()
                    .get(pos..)
                    .and_then(|rest| memchr::memchr(0x0c, rest))
                    .map(|i| pos + i);
                self.last = Some((pos, found));
                found
            }
        }
    }
}

/// The next article at or after byte `pos` of `text`: its trimmed span and
/// where the search for the one after it starts.
///
/// The article's lines, from its first line with text on, are left in `log`
/// (cleared first), for the parser to reuse instead of finding them again.
pub(crate) fn next_article(
    text: &str,
    mut pos: usize,
    feeds: &mut FormFeeds,
    log: &mut Vec<Line>,
) -> Option<(Span, usize)> {
    'restart: loop {
        log.clear();
        let mut start: Option<usize> = None;
        let mut end = pos;
        let mut block_start = pos;
        let mut body_seen = false;
        let mut after_blank = true;
        // the last three finished blocks, oldest first (the last `held` of
        // `recent`), and the open one
        let mut recent = [Held::default(); 3];
        let mut held = 0;
        let mut open: Option<Held> = None;
        let next_ff = feeds.next_from(text, pos);
        for (number, line) in text::lines(text, pos).enumerate() {
            if let Some(at) = next_ff.filter(|&at| at < line.end) {
                let before = text::trim_span(text, line.start, at);
                if !before.is_empty() {
                    start.get_or_insert(before.start());
                    end = before.end();
                    log.push(line);
                }
                if let Some(st) = start {
                    return Some((Span::new(st, end), at + 1));
                }
                pos = at + 1;
                continue 'restart;
            }
            if line.blank {
                if start.is_some() {
                    log.push(line);
                }
                if let Some(done) = open.take() {
                    recent.rotate_left(1);
                    if let Some(slot) = recent.last_mut() {
                        *slot = done;
                    }
                    held = (held + 1).min(3);
                }
                after_blank = true;
                continue;
            }
            // trimmed once: the text for the tests, the span for the article
            let content = text::trim_span(text, line.start, line.end);
            let t = text::slice(text, content);
            if is_rule(t) && !setext_underline(text, t, open.as_ref(), after_blank) {
                match start {
                    Some(st) => return Some((Span::new(st, end), line.end)),
                    None => continue,
                }
            }
            let mut closes = false;
            if after_blank {
                if let Some(st) = start {
                    match database_mark(t) {
                        Some(Mark::Opens) => return Some((Span::new(st, end), line.start)),
                        Some(Mark::Between) => return Some((Span::new(st, end), line.end)),
                        mark => closes = mark == Some(Mark::End),
                    }
                    body_seen = body_seen || is_body(text.get(block_start..end).unwrap_or(""));
                    if body_seen {
                        let finished = recent.get_mut(3 - held..).unwrap_or_default();
                        if let Some(b) = story_start(text, finished, line, number, st) {
                            log.truncate(b.slot);
                            return Some((Span::new(st, b.end_before), b.start));
                        }
                    }
                }
            }
            match open.as_mut() {
                Some(block) if !after_blank => {
                    block.end = line.end;
                    block.lines += 1;
                }
                _ => {
                    open = Some(Held {
                        start: line.start,
                        end: line.end,
                        first_line: number,
                        lines: 1,
                        first_len: t.len(),
                        body_before: body_seen,
                        end_before: end,
                        slot: log.len(),
                        display: None,
                        by: None,
                    });
                }
            }
            if after_blank {
                block_start = content.start();
            }
            after_blank = false;
            start.get_or_insert(content.start());
            end = content.end();
            log.push(line);
            if closes || is_end_mark(t) {
                if let Some(st) = start {
                    return Some((Span::new(st, end), line.end));
                }
            }
        }
        return start.map(|st| (Span::new(st, end), text.len()));
    }
}

/// The articles of a stream, from [`parse_many`](crate::parse_many) or
/// [`Parser::parse_many`](crate::Parser::parse_many).
///
/// Each [`Article`]'s [`as_str`](Article::as_str) is its own slice of the
/// input, trimmed of blank space, and its spans — its own
/// [`span`](Article::span) and those of all its nodes — are byte offsets into
/// the **whole** input, so a node's span indexes the text you passed in. The
/// articles, in order, and the separators between them (blank space, form
/// feeds, rule lines) tile the input.
///
/// # Examples
///
/// ```
/// let text = "PARIS (AFP) - One.\n\n===\n\nROME (ANSA) - Two.";
/// let spans: Vec<_> = dateline::parse_many(text).map(|a| a.span().range()).collect();
/// assert_eq!(spans, [0..18, 25..43]);
/// ```
#[derive(Debug, Clone)]
pub struct Articles<'a> {
    inner: Inner<'a>,
}

/// The two ways of producing articles.
#[derive(Debug, Clone)]
enum Inner<'a> {
    /// Split and parse as the iterator advances.
    Lazy {
        text: &'a str,
        pos: usize,
        reference_date: Option<NaiveDate>,
        feeds: FormFeeds,
        /// The current article's lines, as the splitter found them.
        lines: Vec<Line>,
    },
    /// Parsed ahead of time on several threads.
    Ready(std::vec::IntoIter<Article<'a>>),
}

impl<'a> Articles<'a> {
    /// The articles of `text`, parsed as the iterator advances.
    pub(crate) fn lazy(text: &'a str, reference_date: Option<NaiveDate>) -> Self {
        Articles {
            inner: Inner::Lazy {
                text,
                pos: 0,
                reference_date,
                feeds: FormFeeds::default(),
                lines: Vec::new(),
            },
        }
    }

    /// The articles of `text`, parsed on up to `threads` threads at once.
    ///
    /// The calling thread splits the stream and hands the articles out in
    /// batches of [`BATCH`] to `threads - 1` workers as it finds them, so
    /// splitting and parsing overlap; once the split is done it parses
    /// batches too. Batches are numbered and put back in input order at the
    /// end.
    pub(crate) fn parallel(
        text: &'a str,
        reference_date: Option<NaiveDate>,
        threads: usize,
    ) -> Self {
        let (sender, receiver) = mpsc::channel::<(usize, Vec<Span>)>();
        let receiver = Mutex::new(receiver);
        // Takes batches until the channel is empty and closed.
        let work = || {
            let mut done: Vec<(usize, Vec<Article<'a>>)> = Vec::new();
            loop {
                // a poisoned lock means another worker panicked: stop, and let
                // the join below carry its panic
                let next = match receiver.lock() {
                    Ok(r) => r.recv(),
                    Err(_) => break,
                };
                let Ok((n, spans)) = next else { break };
                let articles = spans.iter().map(|s| one(text, *s, reference_date, None));
                done.push((n, articles.collect()));
            }
            done
        };
        let mut batches = std::thread::scope(|scope| {
            let workers: Vec<_> = (1..threads.max(2)).map(|_| scope.spawn(work)).collect();
            let mut batch = Vec::with_capacity(BATCH);
            let mut n = 0;
            let mut pos = 0;
            let mut feeds = FormFeeds::default();
            // (the workers find their articles' lines themselves)
            let mut log = Vec::new();
            while let Some((span, next)) = next_article(text, pos, &mut feeds, &mut log) {
                batch.push(span);
                pos = next.max(pos + 1);
                if batch.len() == BATCH {
                    // the receiver lives until this function returns, so
                    // sending cannot fail; if it did, stop splitting
                    let full = core::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    if sender.send((n, full)).is_err() {
                        break;
                    }
                    n += 1;
                }
            }
            if !batch.is_empty() {
                // cannot fail, as above
                let _ = sender.send((n, batch));
            }
            drop(sender);
            let mut all = work();
            for worker in workers {
                match worker.join() {
                    Ok(done) => all.extend(done),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            all
        });
        batches.sort_unstable_by_key(|&(n, _)| n);
        let articles: Vec<Article<'a>> = batches.into_iter().flat_map(|(_, a)| a).collect();
        Articles {
            inner: Inner::Ready(articles.into_iter()),
        }
    }
}

/// Articles per batch handed to a worker by [`Articles::parallel`]: enough to
/// make the channel's cost small, few enough to keep the workers busy.
const BATCH: usize = 32;

/// Parses the article at `span` of `text`, with its lines if the splitter
/// kept them.
fn one<'a>(
    text: &'a str,
    span: Span,
    reference_date: Option<NaiveDate>,
    lines: Option<&[Line]>,
) -> Article<'a> {
    let mut article = crate::parser::build_in(text, span.start(), span.end(), lines);
    article.resolve(reference_date);
    article
}

impl<'a> Iterator for Articles<'a> {
    type Item = Article<'a>;

    fn next(&mut self) -> Option<Article<'a>> {
        match &mut self.inner {
            Inner::Lazy {
                text,
                pos,
                reference_date,
                feeds,
                lines,
            } => {
                let (span, next) = next_article(text, *pos, feeds, lines)?;
                *pos = next.max(*pos + 1);
                Some(one(text, span, *reference_date, Some(lines)))
            }
            Inner::Ready(it) => it.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A run of blocks that [`ends_head`] refuses heads no story from any
        /// of its blocks on: the test refuses nothing [`heads_story`] takes.
        #[test]
        fn ends_head_refuses_only_runs_no_story_heads(
            kinds in proptest::collection::vec((proptest::bool::ANY, proptest::bool::ANY), 1..=3),
        ) {
            let mut recent: Vec<Held> = kinds
                .iter()
                .map(|&(display, by)| Held {
                    lines: 1,
                    first_len: 10,
                    display: Some(display),
                    by: Some(by),
                    ..Held::default()
                })
                .collect();
            if !ends_head("", &mut recent) {
                for k in 1..=recent.len() {
                    let from = recent.len() - k;
                    let run = recent.get_mut(from..).unwrap_or_default();
                    proptest::prop_assert!(!heads_story("", run, 0), "{kinds:?} from {from}");
                }
            }
        }
    }

    #[test]
    fn database_marks() {
        for (t, want) in [
            ("End of Document", Some(Mark::End)),
            ("Document DCOUR00020261128ekbs0001v", Some(Mark::End)),
            (
                "AN        Document DCOUR00020261128ekbs0001v",
                Some(Mark::End),
            ),
            ("AN Document HBRT000020261128", Some(Mark::End)),
            ("3 of 15 DOCUMENTS", Some(Mark::Opens)),
            ("HD        Mayor Opposes Bridge", Some(Mark::Opens)),
            ("HD\tMayor Opposes Bridge", Some(Mark::Opens)),
            ("HD", Some(Mark::Opens)),
            ("____________________", Some(Mark::Between)),
            // a story's lines that open alike
            ("AN EXCLUSIVE INTERVIEW WITH THE MAYOR", None),
            ("AN Documentary on the strike", None),
            ("HD video shows the crash", None),
            ("HDR", None),
            ("Documents were seized", None),
            ("___", None),
        ] {
            assert_eq!(database_mark(t), want, "{t:?}");
        }
    }

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut pos = 0;
        let mut feeds = FormFeeds::default();
        let mut log = Vec::new();
        while let Some((span, next)) = next_article(text, pos, &mut feeds, &mut log) {
            out.push(text::slice(text, span));
            assert!(next > pos);
            pos = next;
        }
        out
    }

    #[test]
    fn splits() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("\n\n===\n", &[]),
            ("One.", &["One."]),
            ("One.\u{c}Two.", &["One.", "Two."]),
            ("One.\n\n\u{c}\n\nTwo.\n", &["One.", "Two."]),
            ("One.\n=====\nTwo.", &["One.", "Two."]),
            ("One.\n\n* * *\n\nTwo.", &["One.", "Two."]),
            ("One.\n-----\n-----\nTwo.", &["One.", "Two."]),
            // Markdown's underlined headline stays with its story; a rule
            // under a sentence, a sign-off or after a blank line parts two
            (
                "Storm Nears\n===========\n\nMIAMI (AP) - One.\n\n=====\n\nRain Ends\n---------\n\nROME (ANSA) - Two.",
                &[
                    "Storm Nears\n===========\n\nMIAMI (AP) - One.",
                    "Rain Ends\n---------\n\nROME (ANSA) - Two.",
                ],
            ),
            ("One.\n\nReuter\n-----\nTwo.", &["One.\n\nReuter", "Two."]),
            ("One.\n\nHead\n\n=====\nTwo.", &["One.\n\nHead", "Two."]),
            ("One.\n\nHead\n* * *\nTwo.", &["One.\n\nHead", "Two."]),
            ("One.\n###\nTwo.", &["One.\n###", "Two."]),
            (
                "Head\n\nPARIS (AFP) - One.\n\n###\nHead Two\n\nROME (ANSA) - Two.",
                &[
                    "Head\n\nPARIS (AFP) - One.\n\n###",
                    "Head Two\n\nROME (ANSA) - Two.",
                ],
            ),
            (
                "Editor's note: Strong words.\n\nUpdated 3:45 p.m. ET\n\nHead\n\nPARIS (AFP) - One.",
                &[
                    "Editor's note: Strong words.\n\nUpdated 3:45 p.m. ET\n\nHead\n\nPARIS (AFP) - One.",
                ],
            ),
            ("One.\n\n-30-", &["One.\n\n-30-"]),
            (
                "HEAD ONE\n\nPARIS (AFP) - One.\n\nHEAD TWO\n\nROME (ANSA) - Two.",
                &[
                    "HEAD ONE\n\nPARIS (AFP) - One.",
                    "HEAD TWO\n\nROME (ANSA) - Two.",
                ],
            ),
            (
                "Head One\n\nPARIS (AFP) - One.\n\nA Heading\n\nMore text.",
                &["Head One\n\nPARIS (AFP) - One.\n\nA Heading\n\nMore text."],
            ),
            (
                "PARIS (AFP) - One.\n\nHead Two\n\nBy Ann Poe\n\nROME (ANSA) - Two.",
                &[
                    "PARIS (AFP) - One.",
                    "Head Two\n\nBy Ann Poe\n\nROME (ANSA) - Two.",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text:?}");
        }
    }
}
