//! News database exports: the labelled fields `LexisNexis` and Nexis Uni
//! write around a story when they save it as text.
//!
//! A `LexisNexis` document opens with its place in the result list, the
//! copyright and publication lines, then one field a line: `SECTION: …`,
//! `LENGTH: 412 words`, `HEADLINE: …`, `BYLINE: By ANN POE`, `DATELINE:
//! WASHINGTON, Nov. 27`; `BODY:` stands alone over the story, and more
//! fields follow it (`LOAD-DATE: …`, `LANGUAGE: ENGLISH`). Nexis Uni writes
//! the headline on the first line without a label, its labels in title case
//! (`Byline: By Ann Poe`), `Body` without a colon, and `End of Document`
//! last. Factiva writes no labels: the headline, the byline, the word count
//! (`412 words`), the date, the source, its code, the language and the
//! copyright, a line each in one block over the story, and `Document …`
//! under it; or, in its full export, a field code opening each field's line
//! (`HD`, `BY`, `WC`, `PD`, `SN`, `LA`, `CY`), the story after `LP` and
//! `TD`, and the index codes under it (`NS`, `RE`, `AN Document …`).
//! `ProQuest` writes the title first, then labelled fields (`Author: Poe,
//! Ann`, `Publication info: …`, `Abstract: …`), the story after `Full text:`
//! on its first paragraph's line, and more fields under it, each document
//! between rules of `_`; or, saved as a citation and full text, the title,
//! a citation line opening with the author (`Poe, Ann.  The Sun ;
//! Baltimore, Md. [Baltimore, Md]27 June 1995: 1B.`), `ProQuest document
//! link` and `FULL TEXT` over the story. Its historical papers print a
//! citation over a page's scan (`pg. 14`); `NewsBank` prints the source and
//! edition under the title (`Sun Sentinel (Fort Lauderdale, FL) - Tuesday,
//! March 3, 2026`). The parser reads such a header by its labels, codes
//! or lines rather than by the shapes of a wire story's header.

use super::trailer;
use crate::article::TrailerKind;
use crate::tables::words;

/// The fields whose value the article model holds; the others are the
/// document's furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    /// `HEADLINE:`, `Title:`
    Headline,
    /// `HIGHLIGHT:`, `Abstract:`: the story's summary under the headline.
    Highlight,
    /// `BYLINE:`, `Author:`
    Byline,
    /// `DATELINE:`
    Dateline,
    /// `Copyright:`, `ProQuest`'s notice under the story.
    Copyright,
    /// Any other label the table knows (`SECTION:`, `LOAD-DATE:`).
    Other,
}

/// The longest label the table holds, with its colon.
const MAX_LABEL: usize = 24;

/// The field whose label opens the trimmed line `t` (`HEADLINE:`,
/// `Load-Date:`, `Publication info:`; letters, hyphens and spaces, then a
/// colon), if the table knows it.
pub(crate) fn field(t: &str) -> Option<Field> {
    let head = t.as_bytes().get(..MAX_LABEL).unwrap_or(t.as_bytes());
    let colon = head.iter().position(|&b| b == b':')?;
    let label = t.get(..colon)?;
    if label.is_empty()
        || !label
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b' ' | b'/'))
        || !words::is_field_label(label)
    {
        return None;
    }
    let is = |name: &str| label.eq_ignore_ascii_case(name);
    Some(if is("headline") || is("title") {
        Field::Headline
    } else if is("highlight") || is("abstract") {
        Field::Highlight
    } else if is("byline") || is("author") {
        Field::Byline
    } else if is("dateline") {
        Field::Dateline
    } else if is("copyright") {
        Field::Copyright
    } else {
        Field::Other
    })
}

/// Factiva's field codes, as its full-article export writes them at the
/// start of a field's first line with the value after blank space (`HD`
/// the headline, `BY` the byline, `WC` the word count, `PD` the date, `SN`
/// and `SC` the source and its code, `LA` the language, `CY` the copyright,
/// `LP` the lead paragraphs, `TD` the rest of the text, then the index
/// codes and `AN` the document number), sorted.
const FACTIVA_CODES: [&str; 28] = [
    "AN", "ART", "BY", "CLM", "CO", "CR", "CT", "CY", "ED", "ET", "HD", "IN", "IPC", "IPD", "LA",
    "LP", "NS", "PD", "PG", "PUB", "RE", "RF", "SC", "SE", "SN", "TD", "VOL", "WC",
];

/// The Factiva field code opening the trimmed text `t` (two or three
/// capitals of [`FACTIVA_CODES`], then blank space and a value), and where
/// its value starts: `HD        Storm Nears Coast` gives `("HD", 10)`. The
/// blank space may hold line breaks, when the code stands on a line of its
/// own over its value ([`factiva_lone_code`]): `HD\nStorm Nears Coast`
/// gives `("HD", 3)`.
pub(crate) fn factiva_code(t: &str) -> Option<(&str, usize)> {
    let len = t.bytes().take(4).take_while(u8::is_ascii_uppercase).count();
    let code = t.get(..len)?;
    let rest = t.get(len..)?;
    let value = rest.trim_start_matches([' ', '\t', '\n', '\r']);
    let coded = value.len() < rest.len() && !value.is_empty();
    (coded && FACTIVA_CODES.binary_search(&code).is_ok()).then_some((code, t.len() - value.len()))
}

/// The Factiva field code the trimmed line `t` is, alone: its export's
/// table of codes and values saved as text puts each cell on a line of its
/// own (`HD` / `Storm Nears Coast` / `BY` / `By Ann Poe` / `WC` / `412
/// words`), with blank lines between them or none.
pub(crate) fn factiva_lone_code(t: &str) -> Option<&str> {
    (t.len() <= 3 && FACTIVA_CODES.binary_search(&t).is_ok()).then_some(t)
}

/// The Factiva field code of the trimmed line `t`, opening it before its
/// value ([`factiva_code`]) or alone ([`factiva_lone_code`]).
pub(crate) fn factiva_line_code(t: &str) -> Option<&str> {
    factiva_code(t)
        .map(|(code, _)| code)
        .or_else(|| factiva_lone_code(t))
}

/// Whether `code` opens a Factiva coded export's first line: the headline
/// (`HD`), or the section (`SE`) or column (`CLM`) over it.
pub(crate) fn opens_factiva(code: &str) -> bool {
    matches!(code, "HD" | "SE" | "CLM")
}

/// Whether every line of the header part `t` is an archive's field of the
/// page the story ran on (`Section: Front` / `Page: 1A` / `Edition:
/// Final`, as archives print them under the paper's name), or of the
/// page's scan (Chronicling America's `Image provided by: …` / `Persistent
/// link: …`), or `NewsBank`'s reading level (`Readability: 11-12 grade
/// level (Lexile: 1260L)`). A database's other labels are [`field`]'s:
/// `From:` may open a mail.
pub(crate) fn is_page_fields(t: &str) -> bool {
    // (the labels' first letters and colon first: most parts have neither)
    let bytes = t.as_bytes();
    let colon = |at: usize| bytes.get(at) == Some(&b':');
    let gate = match bytes.first() {
        Some(b'S' | b's' | b'E' | b'e') => bytes.get(4..8).is_some_and(|b| b.contains(&b':')),
        Some(b'P' | b'p') => colon(4) || colon(5) || colon(15),
        Some(b'I' | b'i') => colon(17),
        _ => false,
    };
    gate && t
        .split(['\n', '\r'])
        .map(crate::text::trim)
        .filter(|l| !l.is_empty())
        .all(|l| {
            [
                "section:",
                "page:",
                "pages:",
                "edition:",
                "image provided by:",
                "persistent link:",
                "readability:",
            ]
            .iter()
            .any(|label| crate::text::strip_prefix_ci(l, label).is_some())
        })
}

/// The most bytes of a label over a page's text read from its scan
/// ([`is_scan_text_label`]).
pub(crate) const MAX_SCAN_TEXT_LABEL: usize = "OCR Interpretation".len();

/// Whether the trimmed header part `t` is an archive's label over a
/// page's text read from its scan, alone on its line: `OCR text`, `OCR
/// Interpretation`, `Page text`, `Text`, in any ASCII case.
pub(crate) fn is_scan_text_label(t: &str) -> bool {
    ["ocr text", "ocr interpretation", "page text", "text"]
        .iter()
        .any(|label| t.eq_ignore_ascii_case(label))
}

/// The field a Factiva code holds: `HD` the headline, `BY` the byline,
/// `CY` the copyright; the others are furniture.
pub(crate) fn code_field(code: &str) -> Field {
    match code {
        "HD" => Field::Headline,
        "BY" => Field::Byline,
        "CY" => Field::Copyright,
        _ => Field::Other,
    }
}

/// Whether the trimmed line `t` is `ProQuest`'s link to the document, as
/// its export of a citation and full text prints it under the citation
/// (`ProQuest document link`, in any ASCII case).
pub(crate) fn is_document_link(t: &str) -> bool {
    t.eq_ignore_ascii_case("proquest document link")
}

/// The most bytes of `ProQuest`'s citation line ([`citation_author`]).
const MAX_CITATION: usize = 300;

/// The author's part of `ProQuest`'s citation line under the title, as its
/// export of a citation and full text prints it: the text before the
/// line's first stop and space (`Poe, Ann. The Harbor Sentinel; Portland,
/// Maine [Portland, Maine]. 04 Dec 2024: B.3.`, `Ann Poe, Times Staff
/// Writer.  Los Angeles Times ; Los Angeles, Calif. [Los Angeles,
/// Calif]09 May 2001: B.3.`), where the line holds the publication's place
/// in brackets after that stop and ends in the page's stop. An initial's
/// stop is passed over (`Ann J. Poe, Staff Writer. The Sun …`) unless no
/// other follows (`Poe, Ann J.  The Sun …`). A line opening with the
/// publication (`The Sun ; Baltimore, Md. [Baltimore, Md]…`) gives its
/// words before the stop, which read as no names.
pub(crate) fn citation_author(t: &str) -> Option<&str> {
    let bytes = t.as_bytes();
    if bytes.last() != Some(&b'.') || t.len() > MAX_CITATION {
        return None;
    }
    let open = memchr::memchr(b'[', bytes)?;
    // (the first stop and space after a word of two letters or more, else
    // the first: an initial may end the names, `Poe, Ann J.  The Sun`)
    let head = bytes.get(..open)?;
    let mut stops = memchr::memmem::find_iter(head, b". ");
    let first = stops.next()?;
    let word_at = |at: usize| {
        t.get(..at)
            .and_then(|before| before.rsplit([' ', ',']).next())
            .is_some_and(|w| w.chars().nth(1).is_some())
    };
    let stop = if word_at(first) {
        first
    } else {
        stops.find(|&at| word_at(at)).unwrap_or(first)
    };
    t.get(..stop)
}

/// The labels `ProQuest` and `NewsBank` write before a story's first
/// paragraph, on its line or alone over it.
const FULL_TEXT: [&str; 2] = ["full text:", "article text:"];

/// The length of `ProQuest`'s `Full text:` label (`NewsBank`'s `Article
/// Text:`) and the blank space after it, when the trimmed line `t` opens
/// with it.
pub(crate) fn full_text(t: &str) -> Option<usize> {
    let label = match t.as_bytes().first().map(u8::to_ascii_lowercase) {
        Some(b'f') => FULL_TEXT[0],
        Some(b'a') => FULL_TEXT[1],
        _ => return None,
    };
    // (or the label alone on its line with no colon: `Full text`)
    let bare = label.len() - 1;
    if t.len() == bare && t.eq_ignore_ascii_case(label.get(..bare)?) {
        return Some(t.len());
    }
    t.get(..label.len())
        .filter(|head| head.eq_ignore_ascii_case(label))?;
    let rest = t.get(label.len()..)?;
    Some(t.len() - rest.trim_start().len())
}

/// Whether the trimmed line `t` is `NewsBank`'s source and edition line,
/// the paper with its place in brackets, a dash and the date
/// ([`is_edition_line`]: `Sun Sentinel (Fort Lauderdale, FL) - Tuesday,
/// March 3, 2026`, `Seattle Times, The (WA) - …`), as its export prints it
/// under the title. Told by the year's last figure first, inlined; the
/// rest out of line.
#[inline]
pub(crate) fn may_be_source_edition(t: &str) -> bool {
    t.as_bytes().last().is_some_and(u8::is_ascii_digit) && is_source_edition(t)
}

/// [`may_be_source_edition`]'s test past its quick one.
#[inline(never)]
fn is_source_edition(t: &str) -> bool {
    t.len() <= MAX_EDITION_LINE
        && memchr::memmem::find(t.as_bytes(), b") - ").is_some()
        && is_edition_line(t)
}

/// Whether the trimmed line `t` is a paper's edition line over a stored
/// story, as news archives, e-edition readers and PDFs print it: the paper
/// and its date (with its year) after a dash or between dots or bars
/// (`Fundy Chronicle, The (NB) - Saturday, November 15, 2025`, `THE
/// NORTHGATE LEDGER · 13 May 2025 · A7`, `The Valley Sentinel | December
/// 3, 2026 | Page 1`), a PDF's running head (`THE VALLEY SENTINEL Monday,
/// June 10, 2024 A3`), or the page alone (`Page 12`, `B3`).
pub(crate) fn is_edition_line(t: &str) -> bool {
    // (the quick test first: each form ends with a digit, a year's or a
    // page's; most headlines do not)
    if t.len() > MAX_EDITION_LINE || !t.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let page = |p: &str| {
        let p = p.trim();
        let number = p.strip_prefix("Page ").unwrap_or(p);
        let digits = number.trim_start_matches(|c: char| c.is_ascii_uppercase());
        !number.is_empty()
            && number.len() <= 4
            && !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (number.len() > digits.len() || p.len() > number.len())
    };
    // (with its year: a headline may end with a day, `ANALYSTS - March 3`)
    let date = |p: &str| {
        let year = p
            .split(|c: char| !c.is_ascii_digit())
            .any(|run| run.len() == 4);
        year && trailer::is_time_stamp(p.trim())
    };
    if page(t) {
        return true;
    }
    // the paper, its date and pages between dots or bars (the dot found by
    // its last byte, `·` being U+00B7)
    for (byte, mark) in [(0xB7, " · "), (b'|', " | ")] {
        if memchr::memchr(byte, t.as_bytes()).is_some() {
            let mut parts = t.split(mark).skip(1);
            return parts.next().is_some_and(date) && parts.all(page);
        }
    }
    // a PDF's running head: `THE VALLEY SENTINEL Monday, June 10, 2024 A3`
    // (the date found from one of the head's last four words on)
    t.rsplit_once(' ').is_some_and(|(head, last)| {
        page(last)
            && head.starts_with(char::is_uppercase)
            && memchr::memrchr_iter(b' ', head.as_bytes())
                .take(4)
                .any(|at| head.get(at + 1..).is_some_and(date))
    }) || memchr::memrchr(b'-', t.as_bytes())
        .and_then(|at| {
            Some((
                t.get(..at)?.strip_suffix(' ')?,
                t.get(at + 1..)?.strip_prefix(' ')?,
            ))
        })
        .is_some_and(|(paper, when)| paper.starts_with(char::is_uppercase) && date(when))
}

/// The longest line [`is_edition_line`] reads.
const MAX_EDITION_LINE: usize = 90;

/// Whether the trimmed line `t` is a rule of three or more `_`, `=` or `-`
/// and nothing else, as exports draw between documents.
pub(crate) fn is_rule_line(t: &str) -> bool {
    // (told by the first byte first: most lines asked are text)
    let Some(&mark @ (b'_' | b'=' | b'-')) = t.as_bytes().first() else {
        return false;
    };
    t.len() >= 3 && t.bytes().all(|b| b == mark)
}

/// Whether the trimmed line `t` is the marker over the story: `BODY:`, or
/// Nexis Uni's `Body`.
pub(crate) fn is_body_marker(t: &str) -> bool {
    let word = t.strip_suffix(':').unwrap_or(t);
    word.eq_ignore_ascii_case("body")
}

/// The most bytes of a line that may be the body marker, with its indent.
pub(crate) const MAX_MARKER_LINE: usize = 16;

/// Whether the trimmed line `t` is a result list's count over a document:
/// `1 of 2 DOCUMENTS`, `3 of 15 Documents`.
pub(crate) fn is_document_count(t: &str) -> bool {
    let mut words = t.split(' ').filter(|w| !w.is_empty());
    counted(&mut words, usize::MAX)
        && words.next().is_some_and(|w| {
            w.eq_ignore_ascii_case("documents") || w.eq_ignore_ascii_case("document")
        })
        && words.next().is_none()
}

/// The most bytes of a page's line, `pg. ` and its number
/// ([`is_scan_citation`]).
const MAX_PAGE_LINE: usize = 10;

/// Whether the trimmed line `t` is one of the citation's lines `ProQuest`'s
/// historical papers print over a page's scan: the paper, its file's years
/// and the date (`New York Times (1923-Current file); Mar 3, 1954;`), the
/// database and the paper (`ProQuest Historical Newspapers: The New York
/// Times (1851-2006)`), or the page (`pg. 14`, `pg. B7`). Out of line:
/// its callers ask few lines.
#[inline(never)]
pub(crate) fn is_scan_citation(t: &str) -> bool {
    // (the paper's file's years in brackets before the date)
    let paper = || t.strip_suffix(';').is_some_and(|r| r.contains("); "));
    match t.as_bytes().first() {
        Some(b'P') => t.starts_with("ProQuest Historical Newspapers") || paper(),
        Some(b'p') => t.len() <= MAX_PAGE_LINE && t.starts_with("pg. "),
        _ => paper(),
    }
}

/// Whether the trimmed line `t` is a printed export's page count over or
/// in a story: `Page 1 of 3`, `PAGE 2 OF 4`.
pub(crate) fn is_page_count(t: &str) -> bool {
    let mut words = t.split(' ').filter(|w| !w.is_empty());
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("page"))
        && counted(&mut words, MAX_PAGE_FIGURES)
        && words.next().is_none()
}

/// The most figures of a page's number in [`is_page_count`].
const MAX_PAGE_FIGURES: usize = 4;

/// Whether `words` go on with a count, `N of M` (`3 of 15`), each number
/// of one to `max` figures.
fn counted<'t>(words: &mut impl Iterator<Item = &'t str>, max: usize) -> bool {
    let number = |w: Option<&str>| {
        w.is_some_and(|w| (1..=max).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
    };
    number(words.next())
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && number(words.next())
}

/// Whether the trimmed line `t` is Factiva's word count: `412 words`,
/// `1,204 words`.
pub(crate) fn is_word_count(t: &str) -> bool {
    t.strip_suffix(" words").is_some_and(|n| {
        n.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && n.bytes().all(|b| b.is_ascii_digit() || b == b',')
    })
}

/// Whether the trimmed line `t` is Factiva's document number under a story:
/// `Document DCOUR00020261128ekbs0001v`, one word of letters and digits.
pub(crate) fn is_document_number(t: &str) -> bool {
    t.strip_prefix("Document ").is_some_and(|id| {
        id.len() >= 8
            && id.bytes().all(|b| b.is_ascii_alphanumeric())
            && id.bytes().any(|b| b.is_ascii_digit())
    })
}

/// What the paragraph `t` under an export's story is, when it is the
/// export's and not the story's: a labelled field (`LOAD-DATE: …`,
/// `Language: ENGLISH`), Nexis Uni's `End of Document` and
/// `Classification` lines and Factiva's `Document DCOUR00020261128…` are
/// `Furniture`; a copyright notice is
/// `Copyright`.
pub(crate) fn trailing_kind(t: &str) -> Option<TrailerKind> {
    let t = crate::text::trim(t);
    let labelled = field(t);
    if labelled == Some(Field::Copyright) {
        return Some(TrailerKind::Copyright);
    }
    if labelled.is_some()
        || is_rule_line(t)
        || is_document_number(t)
        || t.eq_ignore_ascii_case("end of document")
        || t.eq_ignore_ascii_case("classification")
    {
        return Some(TrailerKind::Furniture);
    }
    (trailer::classify(t) == Some(TrailerKind::Copyright)).then_some(TrailerKind::Copyright)
}

#[cfg(test)]
mod tests {
    #[test]
    fn page_and_scan_fields() {
        for t in [
            "Section: Front\nPage: 1A\nEdition: Final",
            "Pages: 4-5",
            "Image provided by: University of Utah, Marriott Library\nPersistent link: https://chroniclingamerica.loc.gov/lccn/sn85935837/1899-05-24/ed-1/seq-13/",
            "Persistent link: https://chroniclingamerica.loc.gov/",
        ] {
            assert!(super::is_page_fields(t), "{t:?}");
        }
        for t in [
            "Section: Front\nStorm nears coast",
            "Image provided: a library",
            "Images provided by: a library",
            "Persistent linking: a page",
            "Permanent link: https://example.com/",
        ] {
            assert!(!super::is_page_fields(t), "{t:?}");
        }
        for t in ["OCR text", "OCR Interpretation", "Page text", "TEXT"] {
            assert!(super::is_scan_text_label(t), "{t:?}");
        }
        for t in ["OCR", "Text messages", "Full text", "OCR text:"] {
            assert!(!super::is_scan_text_label(t), "{t:?}");
        }
    }

    #[test]
    fn edition_lines() {
        for t in [
            "Fundy Chronicle, The (NB) - Saturday, November 15, 2025",
            "THE NORTHGATE LEDGER · 13 May 2025 · A7",
            "The Northgate Ledger · 13 May 2025 · Page 4",
            "Page 12",
            "B3",
            "The Valley Sentinel | December 3, 2026 | Page 1",
            "THE VALLEY SENTINEL Monday, June 10, 2024 A3",
        ] {
            assert!(super::is_edition_line(t), "{t}");
        }
        for t in [
            "Storm nears coast - Saturday",
            "U.S. FINANCIAL ANALYSTS - March 3",
            "Page",
            "A",
            "2026",
            "Storm · Nears · Coast",
        ] {
            assert!(!super::is_edition_line(t), "{t}");
        }
    }

    use super::*;

    #[test]
    fn fields_by_their_labels() {
        for (t, want) in [
            ("HEADLINE: Senate Passes Budget", Some(Field::Headline)),
            ("Headline: Senate Passes Budget", Some(Field::Headline)),
            (
                "HIGHLIGHT: The vote ends a long night.",
                Some(Field::Highlight),
            ),
            ("BYLINE: By ANN POE", Some(Field::Byline)),
            ("Byline: Ann Poe", Some(Field::Byline)),
            ("DATELINE: WASHINGTON, Nov. 27", Some(Field::Dateline)),
            ("SECTION: Section A; Column 1; Pg. 1", Some(Field::Other)),
            ("LENGTH: 412 words", Some(Field::Other)),
            ("Load-Date: November 28, 2026", Some(Field::Other)),
            ("PUBLICATION-TYPE: Newspaper", Some(Field::Other)),
            ("BODY:", Some(Field::Other)),
            ("Title: Senate Passes Budget", Some(Field::Headline)),
            // not labels the table knows, or not labels
            ("WASHINGTON: The Senate voted.", None),
            ("HEADLINE Senate Passes Budget", None),
            ("Load Date: November 28, 2026", None),
            ("The length: 412 words", None),
            (": LENGTH", None),
            ("", None),
            ("PUBLICATION-TYPE-X: Newspaper", None),
            (
                "Publication info: The Daily Courier; A.1.",
                Some(Field::Other),
            ),
            ("ProQuest document ID: 1234567890", Some(Field::Other)),
            ("Language of publication: English", Some(Field::Other)),
            ("Author: Poe, Ann", Some(Field::Byline)),
            (
                "Abstract: The vote ends a year of talks.",
                Some(Field::Highlight),
            ),
            (
                "Copyright: Copyright 2026 The Daily Courier",
                Some(Field::Copyright),
            ),
            ("Publication   info: The Daily Courier", None),
            ("Language of the publication: English", None),
        ] {
            assert_eq!(field(t), want, "{t:?}");
        }
    }

    #[test]
    fn body_markers_and_counts() {
        for t in ["BODY:", "Body", "BODY", "body:"] {
            assert!(is_body_marker(t), "{t:?}");
        }
        for t in ["Body:x", "Bodyguard", "The body", ""] {
            assert!(!is_body_marker(t), "{t:?}");
        }
        for t in ["1 of 2 DOCUMENTS", "3 of 15 Documents", "1 of 1 document"] {
            assert!(is_document_count(t), "{t:?}");
        }
        for t in [
            "1 of 2",
            "one of 2 DOCUMENTS",
            "1 of 2 DOCUMENTS ago",
            "1 to 2 DOCUMENTS",
        ] {
            assert!(!is_document_count(t), "{t:?}");
        }
    }

    #[test]
    fn full_text_labels_and_rules() {
        assert_eq!(full_text("Full text: WASHINGTON -- The"), Some(11));
        assert_eq!(full_text("FULL TEXT:The"), Some(10));
        assert_eq!(full_text("Full text:"), Some(10));
        assert_eq!(full_text("Full texts: The"), None);
        assert_eq!(full_text("Full"), None);
        for t in ["___", "====================", "---"] {
            assert!(is_rule_line(t), "{t:?}");
        }
        for t in ["__", "_=_", "___ x", ""] {
            assert!(!is_rule_line(t), "{t:?}");
        }
    }

    #[test]
    fn page_counts() {
        for t in ["Page 1 of 3", "PAGE 12 OF 40", "page 2  of 2"] {
            assert!(is_page_count(t), "{t:?}");
        }
        for t in [
            "Page 1 of the budget",
            "Page one of 3",
            "Page 1 of 3 pages",
            "Page 12345 of 3",
            "Page 1 and 3",
            "Page",
        ] {
            assert!(!is_page_count(t), "{t:?}");
        }
    }

    #[test]
    fn factiva_codes() {
        for (t, want) in [
            ("HD        Storm Nears Coast", Some(("HD", 10))),
            ("HD Storm Nears Coast", Some(("HD", 3))),
            ("WC\t412 words", Some(("WC", 3))),
            ("IPD       Energy", Some(("IPD", 10))),
            ("AN        Document NTHLDG0020261128", Some(("AN", 10))),
            // no code, no value, no blank space, a word
            ("HDTV sales rose", None),
            ("HD", None),
            ("HD   ", None),
            ("XX Storm", None),
            ("HD:Storm", None),
            ("Hd Storm", None),
            ("LAST word", None),
            // the code over its value's line
            ("HD\nStorm Nears Coast", Some(("HD", 3))),
            ("PD\r\n\r\n28 November 2026", Some(("PD", 6))),
            ("HD\n", None),
        ] {
            assert_eq!(factiva_code(t), want, "{t:?}");
        }
        for (t, want) in [
            ("HD", Some("HD")),
            ("IPD", Some("IPD")),
            ("TD", Some("TD")),
            ("XX", None),
            ("Hd", None),
            ("HD Storm", None),
            ("", None),
        ] {
            assert_eq!(factiva_lone_code(t), want, "{t:?}");
        }
        assert!(FACTIVA_CODES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(code_field("HD"), Field::Headline);
        assert_eq!(code_field("BY"), Field::Byline);
        assert_eq!(code_field("CY"), Field::Copyright);
        assert_eq!(code_field("WC"), Field::Other);
    }

    #[test]
    fn word_counts_and_document_numbers() {
        for t in ["412 words", "1,204 words", "9 words"] {
            assert!(is_word_count(t), "{t:?}");
        }
        for t in [
            "words",
            " words",
            "412 Words",
            "about 412 words",
            "412 words long",
            ",412 words",
        ] {
            assert!(!is_word_count(t), "{t:?}");
        }
        for t in [
            "Document DCOUR00020261128ekbs0001v",
            "Document AP00000020261128",
        ] {
            assert!(is_document_number(t), "{t:?}");
        }
        for t in [
            "Document DCOURKBS",
            "Document 12",
            "Documents DCOUR00020261128ekbs0001v",
            "Document DCOUR000 2026",
            "The Document DCOUR00020261128",
        ] {
            assert!(!is_document_number(t), "{t:?}");
        }
    }

    #[test]
    fn trailing_matter_of_an_export() {
        for (t, want) in [
            ("LOAD-DATE: November 28, 2026", Some(TrailerKind::Furniture)),
            ("Language: ENGLISH", Some(TrailerKind::Furniture)),
            (
                "URL: https://example.com/2026/11/28/budget.html",
                Some(TrailerKind::Furniture),
            ),
            ("End of Document", Some(TrailerKind::Furniture)),
            ("Classification", Some(TrailerKind::Furniture)),
            (
                "Copyright 2026 The Daily Courier Company",
                Some(TrailerKind::Copyright),
            ),
            ("The House will vote next week.", None),
            ("Language matters, she said.", None),
        ] {
            assert_eq!(trailing_kind(t), want, "{t:?}");
        }
    }
}
