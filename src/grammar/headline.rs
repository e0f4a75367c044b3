//! Display lines: headlines, decks and section headings.
//!
//! A **display line** is short (at most 160 characters), starts with a capital
//! letter, a digit, a quote, `<`, a bracket (Reuters' `(CORRECTED) - …`),
//! a column's label in square brackets (`[Editorial] …`), a
//! brand such as `eBay` or a sum of money (`£166 million …`), and does not
//! end like a sentence (`.`, `,`, `;`, `:`) unless the last word is an
//! abbreviation (`U.S.`) or the line is in ALL CAPS (but no script's line
//! after a speaker's label: `ANNCR: GOOD MORNING.`). A **heading** is a
//! display line of at most 80 characters and 12 words, or a Markdown `#`
//! line.

use crate::tables::abbreviations::is_abbreviation;
use crate::tables::words;
use crate::text::is_all_caps;

/// The most characters a headline or deck may have.
const MAX_DISPLAY: usize = 160;

/// Whether `text` (one or more lines) reads as a headline or deck.
pub(crate) fn is_display(text: &str) -> bool {
    let t = crate::text::trim(text);
    let Some(first) = t.chars().next() else {
        return false;
    };
    // the cheap tests first: this is asked of every block of a stream
    if !(first.is_uppercase()
        || first.is_numeric()
        || matches!(first, '"' | '“' | '‘' | '\'' | '<' | '#' | '(')
        || brand_first(t)
        || money_first(t)
        || label_first(t))
    {
        return false;
    }
    // at most 160 characters; a character is at most four bytes
    if crate::text::longer_than(t, MAX_DISPLAY) {
        return false;
    }
    // a sentence's end (unless in ALL CAPS, or a title in title case whose
    // sentences end in stops: `Prisons Are Short of Guards. Some States Hire
    // Teenagers.`, or a news site's title of a sentence and its promise:
    // `Egg prices are falling. Here's when shoppers could see relief.`) is
    // read at the last bytes, before the lines are counted;
    // in capitals after a speaker's label it is a script's line (a farm
    // radio report's `ANNCR: GOOD MORNING, IT'S 6:40 AND HERE'S YOUR FARM
    // NEWS.`)
    if ends_sentence(t)
        && (!is_all_caps(t) || (t.ends_with('.') && super::dateline::is_speaker_line(t)))
        && !(t.ends_with('.') && (is_stopped_title(t) || is_heres_title(t)))
    {
        return false;
    }
    // at most three lines with text (most lines asked are one line, which
    // need no line table)
    memchr::memchr2(b'\n', b'\r', t.as_bytes()).is_none()
        || crate::text::lines(t, 0)
            .filter(|l| !l.blank)
            .nth(3)
            .is_none()
}

/// Whether `t` opens with a sum of money, a currency's sign before a
/// figure, as headlines do (`£166 million contract to sustain 768 jobs`,
/// `$50 million grant goes to harbor repairs`). Out of line: asked only of
/// a line that opens with no capital, figure or quote.
#[inline(never)]
fn money_first(t: &str) -> bool {
    let mut chars = t.chars();
    matches!(chars.next(), Some('$' | '£' | '€' | '¥' | '₹'))
        && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether `t` opens with a column's or a series' label in square
/// brackets before the title, as Korean papers print their headlines
/// (`[Editorial] Time to fix the budget calendar`, `[Herald Interview]
/// …`): a capital after the bracket, at most [`MAX_LABEL_LINE`] bytes to
/// the closing bracket, a space and a capital after it. A link's text
/// (`[Read more](…)`) has no space after its bracket, and an image's
/// note (`[Image] …`) is no label. Out of line: asked only of a line that
/// opens with no capital, figure or quote.
#[inline(never)]
fn label_first(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('[') else {
        return false;
    };
    // (the closing bracket looked for in the label's most bytes, the
    // title read after it)
    let close = rest.bytes().take(MAX_LABEL_LINE).position(|b| b == b']');
    rest.starts_with(char::is_uppercase)
        && !rest.starts_with("Image")
        && close
            .and_then(|at| rest.get(at + 1..))
            .and_then(|after| after.strip_prefix(' '))
            .is_some_and(|title| title.starts_with(char::is_uppercase))
}

/// The fewest words of a standfirst run on under its headline.
const MIN_STANDFIRST_WORDS: usize = 4;

/// Whether the trimmed line `line`, run on under the headline line `above`
/// with no blank line between, is a standfirst (the deck) rather than the
/// headline's second line, as scraped pages print them (`Acme opens new plant
/// in Detroit` / `The carmaker says 500 jobs will follow`): a sentence in
/// sentence case (at least four words, a capital opening it and at most a
/// third of the others capitalised, not in ALL CAPS) under a display line,
/// which may be in capitals (a release's `ACME REPORTS RESULTS` / `Volumes
/// rise 11%; guidance reaffirmed.`). A headline wrapped in title case (`Storm
/// Nears` / `The Coast of Florida`), in sentence case (its second line opens
/// in lower case) or in capitals stays one headline.
pub(crate) fn is_standfirst_under(above: &str, line: &str) -> bool {
    standfirst_shaped(above, line) && is_display(above)
}

/// Whether `line` reads as a standfirst under `above`, whatever `above`
/// is: in sentence case, or full of names under a title in title case
/// ([`is_standfirst_under`]'s test of the line).
fn standfirst_shaped(above: &str, line: &str) -> bool {
    sentence_cased(line) || sentence_under_title(above, line)
}

/// [`is_standfirst_under`] under a page's title, which may be of two
/// sentences ([`is_two_sentence_title`]: `New Texas law lets districts
/// hire chaplains. Few have.` / `A survey of the largest districts found
/// two have done so.`).
pub(crate) fn is_standfirst_under_page_title(above: &str, line: &str) -> bool {
    standfirst_shaped(above, line) && (is_display(above) || is_two_sentence_title(above))
}

/// The fewest capitalised words of a headline in title case over a
/// standfirst full of names ([`sentence_under_title`]).
const MIN_TITLE_CAPITALS: usize = 4;

/// Whether `line`, opening with a capital, has a word of four letters or
/// more in small letters under `above`, a headline in title case (every
/// such word capitalised, [`MIN_TITLE_CAPITALS`] capitalised words or
/// more): a release's subheadline full of names (`Harborline Completes
/// Acquisition of Tri-State Cold Storage Network` / `Deal adds 14
/// facilities across New Jersey, New York and Pennsylvania`), which
/// [`sentence_cased`] refuses for its capitals. A headline in title case
/// does not wrap onto a line in sentence case. Out of line: asked of lines
/// that read in no sentence case.
#[inline(never)]
fn sentence_under_title(above: &str, line: &str) -> bool {
    line.starts_with(char::is_uppercase)
        && line
            .split_whitespace()
            .nth(MIN_STANDFIRST_WORDS - 1)
            .is_some()
        && title_cased(line).is_none()
        && title_cased(above).is_some_and(|(capitals, _)| capitals >= MIN_TITLE_CAPITALS)
}

/// Whether the trimmed line `line` is written in sentence case: a capital
/// opening it, at least [`MIN_STANDFIRST_WORDS`] words, at most a third of
/// the words after the first capitalised, not in ALL CAPS.
fn sentence_cased(line: &str) -> bool {
    // (a quote may open it: `"We're trying to move faster," one official
    // said.`)
    let opened = line.strip_prefix(['"', '“', '‘']).unwrap_or(line);
    if !opened.starts_with(|c: char| c.is_uppercase()) || is_all_caps(line) {
        return false;
    }
    let (mut words, mut capitals) = (0usize, 0usize);
    for w in line.split_whitespace().skip(1) {
        words += 1;
        capitals += usize::from(w.starts_with(|c: char| c.is_uppercase()));
    }
    // (a sentence's stop at the end of one line allows more names: `The UK
    // Health Security Agency said the alert would last until Monday.`)
    words + 1 >= MIN_STANDFIRST_WORDS
        && (capitals * 3 <= words
            || (capitals * 2 <= words
                && line.ends_with('.')
                && memchr::memchr2(b'\n', b'\r', line.as_bytes()).is_none()))
}

/// Whether the line `t` has a word of four bytes or more in small letters
/// (`makes`, `garden`), as a headline in sentence case does and a name in
/// title case (`Daily News Egypt`, `Heard on All Things Considered`) or a
/// brand (`i24NEWS`) does not.
pub(crate) fn has_small_word(t: &str) -> bool {
    t.split(' ').any(|w| {
        w.len() >= 4
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !w.bytes().any(|b| b.is_ascii_uppercase())
    })
}

/// Whether the trimmed line `t` is a headline in sentence case (`Jakarta
/// offices told to let staff work from home`): a display line written as
/// [`is_standfirst_under`] reads a standfirst. Such a headline does not
/// wrap onto a line of capitalised words, as one in title case may.
pub(crate) fn is_sentence_case(t: &str) -> bool {
    sentence_cased(t) && is_display(t)
}

/// Whether the trimmed line `t` opens a deck set under a headline as a
/// point of a list or in italics marked with underscores, as releases and
/// Reuters' summaries set it: `- Revenue of $212.4 million, up 9%`, `*
/// Shares rise 2.1 pct`, `• Outlook raised`, `_Funding led by Harborline
/// Ventures_` (its first line, when it wraps), or after a dash and before
/// a capital, as a medical site sets its deck: `— Effect was strongest in
/// women` (not `— and more to come`).
pub(crate) fn is_subhead_line(t: &str) -> bool {
    match t.as_bytes() {
        [b'-' | b'*', b' ', ..] => true,
        [0xE2, 0x80, 0x94, b' ', next, ..] => next.is_ascii_uppercase(),
        [b'_', next, ..] => next.is_ascii_alphanumeric(),
        _ => t.starts_with("• "),
    }
}

/// The most bytes of a kicker line: `BREAKING NEWS:`, `FOR IMMEDIATE RELEASE:`.
const MAX_KICKER: usize = 24;

/// The most bytes of a section's label in capitals ([`is_capital_label`]),
/// a speed gate: three words in capitals are shorter (`NETWORKS & DIGITAL
/// WARFARE` has 26).
pub(crate) const MAX_CAPITAL_LABEL: usize = 40;

/// Whether the trimmed line `t` may be a section's label in capitals, as
/// pages print it over the headline and its standfirst (`MILITARY`, `NAVAL
/// WARFARE`, `NETWORKS & DIGITAL WARFARE`, Ars Technica's `PATCH NOW`): at
/// most three words in capitals besides `&`, each opening with a letter,
/// with no stop or colon after them. The label of no table: the parser asks
/// it only of a part over the headline with a standfirst under them.
pub(crate) fn is_capital_label(t: &str) -> bool {
    // (a speed gate, then the capitals: most parts asked are longer, or have
    // a small letter early)
    if t.len() > MAX_CAPITAL_LABEL || !is_all_caps(t) || t.ends_with(['.', ':']) {
        return false;
    }
    // (one pass over the words: each opens with a letter, three at most)
    let mut words = 0;
    // (a line break between words too: a headline in capitals wrapped is
    // no label, `AGRARIANS GAIN IN` / `ITALY`)
    for w in t.split_ascii_whitespace().filter(|&w| w != "&") {
        words += 1;
        if words > 3 || !w.starts_with(char::is_alphabetic) {
            return false;
        }
    }
    true
}

/// Whether the trimmed line `t` is a kicker alone, the label a page or a wire
/// puts over a headline: `BREAKING NEWS`, `Exclusive`, `ANALYSIS:` (a kicker
/// of the table in any case, with a colon after it or not, and after an
/// agency's tag: `AAP ADVISORY`; or before a year, as AP labels a
/// campaign's stories: `ELECTION 2026`), or a release's label after its
/// issuer's name (`WRC PRESS RELEASE`, [`issuer_release_label`]).
pub(crate) fn is_kicker_line(t: &str) -> bool {
    // (an issuer's name before a release's label, asked last: the last
    // byte first, as most lines end otherwise)
    let issuer = || matches!(t.as_bytes().last(), Some(b'E')) && issuer_release_label(t);
    if t.len() > MAX_KICKER {
        return t.len() <= MAX_CAPITAL_LABEL && issuer();
    }
    let label = t.strip_suffix(':').unwrap_or(t).trim_end();
    crate::tables::words::is_kicker(label)
        || agency_kicker(label)
        || without_year(label).is_some_and(crate::tables::words::is_kicker)
        || issuer()
        || (t.as_bytes().first() == Some(&b'T') && is_topic_field(t))
}

/// The labels of a page's field naming the story's topic over the
/// headline ([`is_topic_field`]).
const TOPIC_LABELS: [&str; 2] = ["Topic: ", "Topics: "];

/// Whether the trimmed line `t` is a page's field naming the story's topic,
/// as RIA Novosti's archive prints it over the headline (`Topic:
/// Transport`): one of [`TOPIC_LABELS`], then one to three capitalised
/// words ([`capitalised_name`]; an export's `Section: Local` among its
/// fields is theirs). Out of
/// line: asked only of a short line opening with a `T`.
#[inline(never)]
fn is_topic_field(t: &str) -> bool {
    TOPIC_LABELS
        .iter()
        .find_map(|l| t.strip_prefix(l))
        .is_some_and(|topic| capitalised_name(topic, MAX_TOPIC_WORDS))
}

/// The most words of a topic after its field's label ([`is_topic_field`]).
const MAX_TOPIC_WORDS: usize = 3;

/// Whether `t` is an issuer's name in capitals before a release's label,
/// as sports bodies and tracks head their releases over the headline
/// (`WRC PRESS RELEASE`, `SANTA ANITA PRESS RELEASE`): one to three words
/// in capitals, then `PRESS RELEASE` or `NEWS RELEASE`. Out of line: asked
/// only of a short line ending in a capital `E`.
#[inline(never)]
fn issuer_release_label(t: &str) -> bool {
    let Some(issuer) = t
        .strip_suffix(" PRESS RELEASE")
        .or_else(|| t.strip_suffix(" NEWS RELEASE"))
    else {
        return false;
    };
    is_all_caps(issuer) && issuer.split(' ').count() <= 3
}

/// `label` without a year after it (`ELECTION 2026` gives `ELECTION`), if
/// one ends it after a space.
fn without_year(label: &str) -> Option<&str> {
    let (head, year) = label.rsplit_once(' ')?;
    year.parse::<u16>()
        .is_ok_and(|y| (1900..2100).contains(&y))
        .then_some(head)
}

/// Whether `label` is an agency's tag and a kicker, as an agency labels
/// its items for editors (`AAP ADVISORY`, `PA DIARY`, `AP DAYBOOK`).
fn agency_kicker(label: &str) -> bool {
    label.split_once(' ').is_some_and(|(agency, kicker)| {
        crate::tables::words::is_kicker(kicker) && crate::tables::agencies::is_agency(agency)
    })
}

/// The length of the press release's label the trimmed line `t` opens with
/// (`NEWS RELEASE`, `MEDIA ADVISORY`, `Inside information`, in any case;
/// each a kicker of the table too), alone on the line or with the
/// release's date after a tab or two spaces (`MEDIA RELEASE\t\tDate:
/// 23/11/2020`); a company announcement with its number, the line whole
/// (`Company announcement No. 23/2026`), and an agency's release with its
/// number (`RELEASE: C25-061`, `News Release 26-012 | March 3, 2026`).
#[inline]
pub(crate) fn release_label(t: &str) -> Option<usize> {
    // the quick test first, inlined where it is asked: the first word's
    // length, by its first letter (most lines fail it)
    let bytes = t.as_bytes();
    let space = match bytes.first()?.to_ascii_uppercase() {
        b'A' | b'F' => 3,
        b'N' => 4,
        b'J' | b'M' | b'P' | b'S' => 5,
        b'I' => 6,
        b'C' | b'R' => 7,
        _ => return None,
    };
    // (or a slash: `ASX/MEDIA RELEASE`; or a colon: `RELEASE: C25-061`)
    if !matches!(bytes.get(space), Some(b' ' | b'/' | b':')) {
        return None;
    }
    label_of_release(t)
}

/// Where the release's label starts in the trimmed line `t`, a time stamp
/// and the label after a bar, as the WHO's newsroom prints them over the
/// headline (`10 April 2024 | News release`): the label after the bar
/// ([`release_label`]), the stamp a date or a time before it.
#[inline(never)]
pub(crate) fn stamp_then_label(t: &str) -> Option<usize> {
    // (the caller asks only of a line that opens with a figure, as the
    // WHO's date does and few headlines do)
    let bar = memchr::memchr(b'|', t.as_bytes())?;
    let (stamp, label) = (t.get(..bar)?.trim_end(), t.get(bar + 1..)?.trim_start());
    (release_label(label).is_some() && crate::grammar::trailer::is_time_stamp(stamp))
        .then(|| t.len() - label.len())
}

/// [`release_label`] past its quick test.
#[inline(never)]
fn label_of_release(t: &str) -> Option<usize> {
    let labels: &[&str] = match t.as_bytes().first()?.to_ascii_uppercase() {
        b'A' => &[
            "ASX ANNOUNCEMENT",
            "ASX MEDIA RELEASE",
            "ASX RELEASE",
            "ASX/MEDIA RELEASE",
        ],
        b'C' => &["COMPANY ANNOUNCEMENT"],
        b'F' => &["FOR IMMEDIATE RELEASE"],
        b'I' => &["INSIDE INFORMATION"],
        b'J' => &["JOINT PRESS RELEASE"],
        b'M' => &[
            "MEDIA ADVISORY",
            "MEDIA ALERT",
            "MEDIA RELEASE",
            "MEDIA STATEMENT",
        ],
        b'N' => &["NEWS RELEASE"],
        b'P' => &["PRESS RELEASE", "PRESS RELEASES", "PRESS STATEMENT"],
        b'R' => &["RELEASE"],
        b'S' => &["STOCK EXCHANGE RELEASE"],
        _ => return None,
    };
    labels.iter().find_map(|l| {
        // (what follows the label, then its last letter, before its words)
        let bytes = t.as_bytes();
        let closes = matches!(bytes.get(l.len()), None | Some(b'\t' | b' ' | b':'));
        let last = l.len().checked_sub(1).and_then(|k| bytes.get(k));
        if !closes
            || last.map(u8::to_ascii_uppercase) != l.as_bytes().last().copied()
            || !t.get(..l.len())?.eq_ignore_ascii_case(l)
        {
            return None;
        }
        let rest = t.get(l.len()..)?;
        let parted = rest.starts_with('\t') || rest.starts_with("  ");
        // (a company announcement's number is part of its label: `Company
        // announcement No. 23/2026`)
        let numbered = [" No. ", " no. ", " NO. "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'/'));
        // (EurekAlert! prints the day after one space: `NEWS RELEASE
        // 28-NOV-2026`; a company's page after a colon: `For Immediate
        // Release: June 2, 2026`)
        // (or after a dash: a police department's `Media Release –
        // December 2, 2025`)
        let dated = || {
            [":", " –", " -", " —"]
                .iter()
                .find_map(|m| rest.strip_prefix(m))
                .unwrap_or(rest)
                .strip_prefix(' ')
                .and_then(|d| super::date::date(d).ok())
                .is_some_and(|(after, _)| after.trim().is_empty())
        };
        // (an agency's release with its number, the line whole, perhaps
        // with its date after a bar: NASA's `RELEASE: C25-061`, `News
        // Release 26-012 | March 3, 2026`; `RELEASE` alone is no label)
        let coded = || {
            let r = rest.strip_prefix(':').unwrap_or(rest);
            r.strip_prefix(' ').is_some_and(|r| {
                let (code, after) = r.split_once(' ').unwrap_or((r, ""));
                code.bytes().any(|b| b.is_ascii_digit())
                    && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    && (after.is_empty() || after.starts_with('|'))
            })
        };
        if numbered {
            return Some(t.len());
        }
        // (the colon after the label is the label's, alone too: `FOR
        // IMMEDIATE RELEASE:`; a date after it is no number)
        let len = l.len() + usize::from(rest.starts_with(':'));
        if *l != "RELEASE" && (rest.is_empty() || rest == ":" || parted || dated()) {
            return Some(len);
        }
        coded().then_some(t.len())
    })
}

/// The last words of companies' names ([`is_company_line`]), in any ASCII
/// case, a period after them aside.
const COMPANY_WORDS: [&str; 26] = [
    "A/S",
    "AB",
    "AG",
    "ASA",
    "B.V",
    "BHD",
    "BV",
    "CO",
    "CORP",
    "CORPORATION",
    "GMBH",
    "GROUP",
    "HOLDINGS",
    "INC",
    "INCORPORATED",
    "LIMITED",
    "LLC",
    "LTD",
    "N.V",
    "NV",
    "OY",
    "OYJ",
    "PLC",
    "S.A",
    "SA",
    "SE",
];

/// The most words of a company's name alone on its line.
const MAX_COMPANY_WORDS: usize = 6;

/// Whether the trimmed line `t` is a company's name alone, as a release
/// prints its issuer's over or under its label (`Kestrelmoor Medical A/S`,
/// `BRIGHTMOOR FOODS LTD.`): up to [`MAX_COMPANY_WORDS`] words, the first
/// capitalised, the last a company's ([`COMPANY_WORDS`]).
pub(crate) fn is_company_line(t: &str) -> bool {
    if t.len() > MAX_COMPANY_LINE {
        return false;
    }
    let Some(space) = memchr::memrchr(b' ', t.as_bytes()) else {
        return false;
    };
    let last = t.get(space + 1..).unwrap_or("");
    let last = last.strip_suffix('.').unwrap_or(last);
    COMPANY_WORDS.iter().any(|w| w.eq_ignore_ascii_case(last))
        && t.starts_with(char::is_uppercase)
        && t.split(' ').count() <= MAX_COMPANY_WORDS
}

/// The longest company's name alone on its line, in bytes.
const MAX_COMPANY_LINE: usize = 60;

/// The last words of public bodies' names ([`is_public_body_line`]), in
/// any ASCII case: `Gainesville Police Department`, `Cherry Creek School
/// District`, `Clark County Sheriff's Office`, a college's, a university's, a
/// court's or a court system's (`FLORIDA SUPREME COURT`, `Harbor Court
/// System`), or a press office's (`NFL COMMUNICATIONS`, `Keeneland Media
/// Relations`, `Army Public Affairs`).
const PUBLIC_BODY_WORDS: [&str; 30] = [
    "administration",
    "affairs",
    "agency",
    "authority",
    "branch",
    "college",
    "commission",
    "commissioners",
    "communications",
    "council",
    "court",
    "department",
    "district",
    "foundation",
    "government",
    "guard",
    "house",
    "institute",
    "ministry",
    "office",
    "police",
    "relations",
    "rescue",
    "schools",
    "service",
    "sheriff",
    "system",
    "transportation",
    "unit",
    "university",
];

/// The words that open public bodies' names ([`is_public_body_line`]), in
/// any ASCII case: `City of Fort Collins`, `Office of the Mayor`, `Embassy
/// of India`.
const PUBLIC_BODY_OPENERS: [&str; 12] = [
    "city of ",
    "council of ",
    "county of ",
    "department of ",
    "district of ",
    "embassy of ",
    "government of ",
    "ministry of ",
    "office of ",
    "supreme court of ",
    "town of ",
    "university of ",
];

/// Whether the trimmed line `t` is a public body's name alone, as a
/// government's or a police force's release prints it beside its label
/// (`Gainesville Police Department` / `Media Release`, `CITY OF BOULDER` /
/// `NEWS RELEASE`, `U.S. Attorney's Office, District of Vermont`): of 60
/// bytes at most, ending in one of [`PUBLIC_BODY_WORDS`] (or its part
/// before a comma ending so) or opening with one of
/// [`PUBLIC_BODY_OPENERS`].
/// The parser asks only of a line beside a release's label with a headline
/// under them.
pub(crate) fn is_public_body_line(t: &str) -> bool {
    // (a headline may open as a body's name does: `City of Tacoma to Hold
    // Ribbon Cutting for Renovated Wright Park Conservatory`)
    t.len() <= MAX_COMPANY_LINE
        && (names_body(t)
            || PUBLIC_BODY_OPENERS
                .iter()
                .any(|o| t.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o))))
}

/// The labels a page prints alone over its summary of the story, under the
/// headline, in any ASCII case ([`is_summary_label`]).
const SUMMARY_LABELS: [&str; 5] = [
    "in summary",
    "summary",
    "story highlights",
    "key points",
    "key takeaways",
];

/// The longest of [`SUMMARY_LABELS`], in bytes: the quick test.
const MAX_SUMMARY_LABEL: usize = 16;

/// Whether the trimmed line `t` is a summary's label alone (`CalMatters`'
/// `IN SUMMARY`, `Story Highlights`), perhaps with a colon after it.
pub(crate) fn is_summary_label(t: &str) -> bool {
    let t = t.strip_suffix(':').unwrap_or(t);
    t.len() <= MAX_SUMMARY_LABEL && SUMMARY_LABELS.iter().any(|l| t.eq_ignore_ascii_case(l))
}

/// The most bytes of a ministry's name over its release
/// ([`is_ministry_line`]).
const MAX_MINISTRY_NAME: usize = 80;

/// Whether the header part `t` is a ministry's name alone over its
/// release, as India's Press Information Bureau heads them (`Ministry of
/// Health and Family Welfare`, `Ministry of Fisheries, Animal Husbandry &
/// Dairying`): `Ministry of` first, at most [`MAX_MINISTRY_NAME`] bytes,
/// each word capitalised but the small words that join a name's (`of`,
/// `and`, `&`, `the`, `for`), no stop at its end. A headline opening so
/// has a verb in lower case (`Ministry of Health warns of dengue rise`).
/// Out of line: the parser's header loop asks it of a part over the
/// headline opening with `M`; inline there it cost 0.03% more.
#[inline(never)]
pub(crate) fn is_ministry_line(t: &str) -> bool {
    t.starts_with("Ministry of ")
        && t.len() <= MAX_MINISTRY_NAME
        && !t.ends_with(['.', '!', '?', ':'])
        && t.split(' ').all(|w| {
            matches!(w, "of" | "and" | "&" | "the" | "for")
                || w.starts_with(|c: char| c.is_uppercase())
        })
}

/// Whether the trimmed line `t` names an elected official or a campaign, as
/// their releases print it over the label: a title and two or three
/// capitalised words of a name (`Governor Beatriz Solano`, `Congresswoman
/// Ann Poe-Lee`, `U.S. Senator Ann Poe`), or a candidate's committee
/// (`Poe for Governor`, `Friends of Ann Poe`). The parser asks only of a
/// part next to a release's label.
pub(crate) fn is_official_line(t: &str) -> bool {
    let named = |name: &str| super::byline::capitalised_words(name, MAX_OFFICIAL_NAME);
    if let Some(name) = t.strip_prefix("Friends of ") {
        return named(name);
    }
    if let Some((name, office)) = t.rsplit_once(" for ") {
        return CAMPAIGN_OFFICES.contains(&office) && named(name);
    }
    OFFICIAL_TITLES.iter().any(|title| {
        t.strip_prefix(title)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|name| name.contains(' ') && named(name))
    })
}

/// The most words of an official's name ([`is_official_line`]).
const MAX_OFFICIAL_NAME: usize = 3;

/// The titles before an elected official's name that
/// [`is_official_line`] reads.
const OFFICIAL_TITLES: [&str; 12] = [
    "Governor",
    "Gov.",
    "Lieutenant Governor",
    "Lt. Governor",
    "Senator",
    "U.S. Senator",
    "Congresswoman",
    "Congressman",
    "Representative",
    "U.S. Representative",
    "Mayor",
    "Attorney General",
];

/// The offices a candidate's committee runs for (`Poe for Governor`), as
/// [`is_official_line`] reads them.
const CAMPAIGN_OFFICES: [&str; 8] = [
    "Governor",
    "Congress",
    "Senate",
    "Mayor",
    "President",
    "Attorney General",
    "Lieutenant Governor",
    "City Council",
];

/// Whether the trimmed line `t` is a public body's name by its words, not
/// by its first ones ([`is_public_body_line`] but for
/// [`PUBLIC_BODY_OPENERS`]): a letterhead's name over a release's label
/// (`BROOKSIDE POLICE DEPARTMENT`, `Ohio Department of Public Safety`),
/// where a headline opening as a body's name may stand too (`City of
/// Tacoma Opens Library`).
pub(crate) fn is_body_name(t: &str) -> bool {
    t.len() <= MAX_COMPANY_LINE && names_body(t)
}

/// [`is_public_body_line`]'s and [`is_body_name`]'s test of the words: the
/// name's last word, or its last before a comma (`U.S. Attorney's Office,
/// District of Vermont`), is one of [`PUBLIC_BODY_WORDS`], or a state's
/// body is named inside it ([`PUBLIC_BODY_INNERS`]).
fn names_body(t: &str) -> bool {
    let head = t.split(", ").next().unwrap_or(t);
    let (last, head_last) = (last_word(t), last_word(head));
    PUBLIC_BODY_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(last) || w.eq_ignore_ascii_case(head_last))
        || PUBLIC_BODY_INNERS.iter().any(|m| {
            t.as_bytes()
                .windows(m.len())
                .any(|w| w.eq_ignore_ascii_case(m.as_bytes()))
        })
}

/// The words inside public bodies' names after a state's or a city's
/// ([`is_public_body_line`]), in any ASCII case: `Ohio Department of Public
/// Safety`, `Ohio Bureau of Investigation`, a federal court's `Eastern
/// District of Virginia`, a state's `Texas Division of Emergency
/// Management`.
const PUBLIC_BODY_INNERS: [&str; 4] = [
    " department of ",
    " bureau of ",
    " district of ",
    " division of ",
];

/// The last word of `t`, after its last space (`t` whole with none).
fn last_word(t: &str) -> &str {
    t.rsplit(' ').next().unwrap_or(t)
}

/// The longest line [`is_priority_line`] reads, in bytes.
const MAX_PRIORITY_LINE: usize = 24;

/// Whether the trimmed line `t` is a wire's priority alone (`BULLETIN`,
/// `URGENT`, `FLASH`, `PRIORITY`), in any case, a colon after it or rules
/// around it aside (`-- PRIORITY --`): a kicker over the headline, or over
/// a story sent with none.
pub(crate) fn is_priority_line(t: &str) -> bool {
    // (its first byte, then its length: most lines stop here)
    if !matches!(
        t.as_bytes().first(),
        Some(b'B' | b'U' | b'F' | b'P' | b'b' | b'u' | b'f' | b'p' | b'-' | b'=' | b'*')
    ) || t.len() > MAX_PRIORITY_LINE
    {
        return false;
    }
    let t = t.strip_suffix(':').unwrap_or(t);
    // (the rules around it trimmed byte by byte: a char pattern's search
    // cost more than the test)
    let rule = |b: &u8| matches!(b, b'-' | b'=' | b'*' | b' ');
    let bytes = t.as_bytes();
    let from = bytes.iter().position(|b| !rule(b)).unwrap_or(bytes.len());
    let to = bytes
        .iter()
        .rposition(|b| !rule(b))
        .map_or(from, |at| at + 1);
    let t = t.get(from..to).unwrap_or("");
    ["BULLETIN", "URGENT", "FLASH", "PRIORITY"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(t))
}

/// Whether the trimmed part `t` is a headline written as a sentence, as
/// opinion pages print theirs (`I Retired at 62. Here's What Nobody Told
/// Me.`): a display line but for the stop at its end. Asked only of a part
/// between a kicker and a byline, which make it the headline.
pub(crate) fn is_sentence_title(t: &str) -> bool {
    t.strip_suffix('.').is_some_and(is_display)
}

/// Whether the header part `t` is a broadcast transcript's title, which
/// ends with its slot on the air: `Ceasefire Talks Resume In Cairo. Aired
/// 1-2p ET`, `… Aired 6-7p ET`.
pub(crate) fn is_aired_title(t: &str) -> bool {
    t.ends_with(" ET")
        && t.rsplit_once(". Aired ").is_some_and(|(title, slot)| {
            !title.is_empty() && slot.len() <= 16 && slot.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// The words of an edition's time in a newsletter's name, and of its
/// kind after them ([`is_edition_name`]).
const EDITION_TIMES: [&str; 7] = [
    "Afternoon",
    "Daily",
    "Evening",
    "Midday",
    "Morning",
    "Weekend",
    "Weekly",
];

/// The words of an edition's kind that end a newsletter's name
/// ([`is_edition_name`]).
const EDITION_KINDS: [&str; 5] = ["Briefing", "Digest", "Edition", "Newsletter", "Roundup"];

/// Whether the trimmed line `t` names a newsletter's edition, as e-mailed
/// editions print it over their date: its last two words the edition's
/// time and kind (`The JTA Daily Briefing`, `Hyde Park Herald — Morning
/// Briefing`, `The Christian Post - Morning Edition`, `Religion News
/// Service — The Weekly Roundup`). A headline ends in no such pair
/// (`White House Cancels Press Briefing`).
pub(crate) fn is_edition_name(t: &str) -> bool {
    // (the last byte first: `g`, `t`, `n`, `r`, `p`)
    if !matches!(t.as_bytes().last(), Some(b'g' | b't' | b'n' | b'r' | b'p')) {
        return false;
    }
    let mut words = t.rsplit(' ');
    let (Some(kind), Some(time)) = (words.next(), words.next()) else {
        return false;
    };
    EDITION_KINDS.contains(&kind) && EDITION_TIMES.contains(&time)
}

/// The last words of newsletters' names ([`is_newsletter_name`]), in any
/// ASCII case.
const NEWSLETTER_WORDS: [&str; 12] = [
    "brief",
    "briefing",
    "bulletin",
    "desk",
    "digest",
    "dispatch",
    "letter",
    "memo",
    "newsletter",
    "notebook",
    "notes",
    "roundup",
];

/// The most bytes of a newsletter's name alone over the story's headline
/// ([`is_newsletter_name`]).
const MAX_NEWSLETTER_NAME: usize = 48;

/// The most words of a newsletter's name ([`is_newsletter_name`]).
const MAX_NEWSLETTER_WORDS: usize = 5;

/// Whether the header part `t` is a newsletter's name alone over the
/// story it carries: two to five capitalised words ending in one of
/// [`NEWSLETTER_WORDS`], `The` first, in capitals or of three words or
/// more (`The Mill Street Memo`, `NORTH FORK NOTES`, `The Briefing`; two
/// words in mixed case may be a headline, `Harbour Notes`), or an
/// edition's name
/// ([`is_edition_name`]: `The Daily Sentinel Daily Briefing`); either
/// perhaps underlined (`====`); or a name of one to five capitalised words
/// in square brackets, a picture's text where the mail showed the logo
/// (`[Harbor Gazette]`). The parser asks of a part over a headline.
pub(crate) fn is_newsletter_name(t: &str) -> bool {
    if t.len() > MAX_NEWSLETTER_NAME {
        return false;
    }
    // (told by the last byte next: a rule's, a bracket's, or the last
    // letter of a listed word; most parts asked end otherwise)
    let name = match t.as_bytes().last() {
        // (a rule under the name: `The Daily Sentinel Daily Briefing` /
        // `=====`)
        Some(b'=' | b'-' | b'_') => {
            match memchr::memchr2(b'\n', b'\r', t.as_bytes()).map(|at| (t.get(..at), t.get(at..))) {
                Some((Some(name), Some(rule)))
                    if super::export::is_rule_line(crate::text::trim(rule)) =>
                {
                    name
                }
                _ => return false,
            }
        }
        // (a bracket's, or the last letter of a listed word)
        Some(
            b']' | b'f' | b'g' | b'h' | b'k' | b'n' | b'o' | b'p' | b'r' | b's' | b't' | b'F'
            | b'G' | b'H' | b'K' | b'N' | b'O' | b'P' | b'R' | b'S' | b'T',
        ) => t,
        _ => return false,
    };
    if !t.starts_with(|c: char| c.is_uppercase() || c == '[') {
        return false;
    }
    let one_line = |name: &str| memchr::memchr2(b'\n', b'\r', name.as_bytes()).is_none();
    if let Some(inner) = name.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        return one_line(inner) && capitalised_name(inner, MAX_NEWSLETTER_WORDS);
    }
    // (the last word next: most parts asked end in other words)
    let Some(space) = memchr::memrchr(b' ', name.as_bytes()) else {
        return false;
    };
    let last = name.get(space + 1..).unwrap_or("");
    let listed = is_newsletter_word(last);
    if !listed && !EDITION_KINDS.contains(&last) {
        return false;
    }
    // (two words in mixed case may be a headline's: `Harbour Notes`; but
    // not a possessive's, a column's name: `Physician's Briefing`,
    // `Reporter's Notebook`)
    let common = || {
        name.starts_with("The ")
            || is_all_caps(name)
            || name.split(' ').nth(2).is_some()
            || name
                .split(' ')
                .next()
                .is_some_and(crate::text::is_possessive)
    };
    one_line(name)
        && capitalised_name(name, MAX_NEWSLETTER_WORDS)
        && ((listed && common()) || is_edition_name(name))
}

/// Whether `name` is one to `max` words, each capitalised or a small
/// joining word (`of`, `the`, `and`, `&`, `for`), as a newsletter's,
/// an outlet's or an office's name is ([`is_newsletter_name`],
/// [`is_edition_stamp`], [`is_outlet_and_city`], a release's issuer).
pub(crate) fn capitalised_name(name: &str, max: usize) -> bool {
    let mut words = name.split(' ');
    words.clone().nth(max).is_none()
        && words.all(|w| {
            w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and" | "&" | "for")
        })
}

/// Whether `word` is one of [`NEWSLETTER_WORDS`], in any ASCII case.
fn is_newsletter_word(word: &str) -> bool {
    NEWSLETTER_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The most bytes of a newsletter's name and its edition's date
/// ([`is_edition_stamp`]).
const MAX_EDITION_STAMP: usize = 64;

/// Whether the trimmed line `t` is a newsletter's name and its edition's
/// date, as mailed editions head the stories they carry: after a colon
/// (`The Global Ledger: October 12, 2026`, `Markets & Mood: January 27,
/// 2025`), or after a dash when the name ends in one of
/// [`NEWSLETTER_WORDS`] or an edition's kind, or opens with `The`
/// (`Evening Edition — February 21`, `The Daily Digest — June 19`): a name
/// of one to five capitalised words, then the date alone.
/// A writer's name and date after a dash is a byline (`Jane Doe — Dec 16,
/// 2024`), and a release's label with its date a label (`For Immediate
/// Release: June 2, 2026`). The parser asks of header lines ending in a
/// figure.
pub(crate) fn is_edition_stamp(t: &str) -> bool {
    if t.len() > MAX_EDITION_STAMP {
        return false;
    }
    let (name, date, dashed) = match t.split_once(": ") {
        Some((name, date)) => (name, date, false),
        None => match t.split_once(" \u{2014} ") {
            Some((name, date)) => (name, date, true),
            None => return false,
        },
    };
    let last = last_word(name);
    let named = !dashed
        || name.starts_with("The ")
        || is_newsletter_word(last)
        || EDITION_KINDS.contains(&last)
        || last == "Wire";
    named
        && capitalised_name(name, MAX_NEWSLETTER_WORDS)
        && release_label(t).is_none()
        && super::date::date_len(date).is_some_and(|(len, _)| len == date.len())
}

/// The most bytes of a section's name over a headline ([`is_section_over`]).
pub(crate) const MAX_SECTION: usize = 24;

/// Whether the trimmed line `t` is a wire's catch line over its headline,
/// as PA Media sets it: a topic in capitals and a keyword in title case
/// (`POLITICS Budget`, `COURTS Stabbing`, `IRELAND Housing`), two words of
/// letters, the topic of four letters or more, at most
/// [`MAX_SECTION`] bytes. (A headline of two words, `NHS Crisis`, opens
/// with a shorter code.)
pub(crate) fn is_catch_line(t: &str) -> bool {
    // (the quick tests first: a short line, opening with the topic's four
    // capitals at least; most parts asked are headlines in title or
    // sentence case)
    if t.len() > MAX_SECTION
        || !matches!(
            t.as_bytes(),
            [b'A'..=b'Z', b'A'..=b'Z', b'A'..=b'Z', b'A'..=b'Z', ..]
        )
    {
        return false;
    }
    let Some((topic, word)) =
        memchr::memchr(b' ', t.as_bytes()).and_then(|at| Some((t.get(..at)?, t.get(at + 1..)?)))
    else {
        return false;
    };
    let mut rest = word.chars();
    topic.bytes().all(|b| b.is_ascii_uppercase())
        && rest.next().is_some_and(char::is_uppercase)
        && rest.next().is_some()
        && rest.all(char::is_lowercase)
}

/// The most words of a section's name before its time stamp on one line
/// ([`section_stamp`]).
const MAX_STAMPED_SECTION_WORDS: usize = 3;

/// Where the time stamp starts in the trimmed line `t`, a section's name
/// and the story's stamp over the headline, as PBS prints them (`Economy
/// Nov 13, 2026 10:05 AM EST`, `World Sep 17, 2026 9:22 AM EDT`): one to
/// [`MAX_STAMPED_SECTION_WORDS`] capitalised words of letters (or `&`), at
/// most [`MAX_SECTION`] bytes (and an `of` after them, `GhanaWeb`'s `General
/// News of Tuesday, 3 March 2026`), then a stamp with a year or a time of day
/// to the line's end, from its first figure or the month's name before
/// it. The parser asks of a part it would read as the headline: the
/// quick test here, inlined where it is asked (a name in title case, and
/// a stamp that ends in a figure, a zone's capitals or the half of the
/// day; most headlines end in a small letter, and a wire's in capitals
/// opens so), the rest out of line.
#[inline]
pub(crate) fn section_stamp(t: &str) -> Option<usize> {
    if matches!(
        t.as_bytes(),
        [
            b'A'..=b'Z',
            b'a'..=b'z',
            ..,
            b'0'..=b'9' | b'A'..=b'Z' | b'm',
        ]
    ) {
        stamp_after_section(t)
    } else {
        None
    }
}

/// Whether the trimmed line `t` is a paper's name ([`is_masthead`]) or an
/// agency's tag (`CNN`, `Reuters`, `New York Times`).
pub(crate) fn is_site_name(t: &str) -> bool {
    is_masthead(t) || crate::tables::agencies::is_agency(t)
}

/// The most bytes of a site's name after a headline ([`site_suffix`]):
/// `The Washington Post` is 19, `The Milwaukee Journal Sentinel` 30.
const MAX_SITE_SUFFIX: usize = 30;

/// The most bytes of a section's name between a headline and its site's,
/// as a page's title joins them (`… | World news | The Guardian`).
const MAX_SITE_SECTION: usize = 24;

/// Where the site's name starts after the headline in the trimmed line
/// `t`, as a page's title prints the two (`Pipeline protesters vow to
/// stay - CNN`, `Teen hiker found alive | Fox News`, `… – The Irish
/// Times`), or its agency in brackets (`Oil edges higher (Reuters)`): the
/// headline's length, the site and the sections a bar joins before it
/// (`… | World news | The Guardian`) after it; and the name after a
/// dash, which may credit another paper's report rather than name the
/// site (Reuters' `Bank weighs sale - Bloomberg News`; the parser looks
/// for the report in the story), or `""`. The name is a site's
/// ([`is_site_name`]) or a news label (`Sky News`), at most
/// [`MAX_SITE_SUFFIX`] bytes, after at least two words of headline. Out
/// of line: the parser asks it of one line in an article, its
/// headline's.
#[inline(never)]
pub(crate) fn site_suffix(t: &str) -> Option<(usize, &str)> {
    let bytes = t.as_bytes();
    // (the name, the separator and the spaces around it: ` – ` is five
    // bytes)
    let from = bytes.len().saturating_sub(MAX_SITE_SUFFIX + 5);
    let tail = bytes.get(from..)?;
    let (at, bar, dashed) = if let Some(inner) = t.strip_suffix(')') {
        let open = memchr::memrchr(b'(', tail)? + from;
        let name = inner.get(open + 1..)?;
        crate::tables::agencies::is_agency(name).then_some((open, false, ""))?
    } else {
        // (the last separator: ` | `, ` - ` or ` – `, whose last byte is
        // 0x93; the separator's start and its length with the space after)
        let mut end = tail.len();
        let (start, len) = loop {
            let at = memchr::memrchr3(b'|', b'-', 0x93, tail.get(..end)?)?;
            let sep = match tail.get(at) {
                Some(0x93) => "\u{2013}",
                Some(b'|') => "|",
                _ => "-",
            };
            let first = (at + 1).checked_sub(sep.len());
            let spaced = first.is_some_and(|f| {
                f.checked_sub(1).and_then(|b| tail.get(b)) == Some(&b' ')
                    && tail.get(at + 1) == Some(&b' ')
                    // (not another letter ending in 0x93, `ē`)
                    && tail.get(f..=at) == Some(sep.as_bytes())
            });
            match first {
                Some(f) if spaced => break (f + from, sep.len() + 1),
                _ => end = at,
            }
        };
        let name = t.get(start + len..)?;
        let site = is_site_name(name) || crate::grammar::byline::is_news_label(name);
        let bar = bytes.get(start) == Some(&b'|');
        site.then_some((start, bar, if bar { "" } else { name }))?
    };
    let mut head = t.get(..at)?.strip_suffix(' ')?;
    // (the sections a bar joins between the headline and the site)
    while let Some((before, section)) = head.rsplit_once(" | ").filter(|_| bar) {
        if section.len() > MAX_SITE_SECTION {
            break;
        }
        head = before;
    }
    (head.split(' ').filter(|w| !w.is_empty()).count() >= 2).then_some((head.len(), dashed))
}

/// [`section_stamp`] past its quick test.
#[inline(never)]
fn stamp_after_section(t: &str) -> Option<usize> {
    let bytes = t.as_bytes();
    // (the stamp's first figure, past the name, a space, a month's name
    // of up to nine letters, `September`, and a space: in the first
    // `MAX_SECTION + 12` bytes)
    let digit = bytes
        .iter()
        .take(MAX_SECTION + 12)
        .position(u8::is_ascii_digit)?;
    let head = t.get(..digit)?;
    let month = crate::text::trim_end(head).rfind(' ').map(|at| at + 1);
    let figure = head.ends_with(' ').then_some(digit);
    [month, figure].into_iter().flatten().find(|&at| {
        let (Some(name), Some(stamp)) = (t.get(..at), t.get(at..)) else {
            return false;
        };
        // (a bullet between them aside: The Block's `Markets • May 12,
        // 2025, 10:50AM EST`)
        let name = crate::text::trim_end(name);
        let name = name
            .strip_suffix('\u{2022}')
            .map_or(name, crate::text::trim_end);
        // (or an `of` before the date, as GhanaWeb prints it: `General
        // News of Tuesday, 3 March 2026`)
        let name = name.strip_suffix(" of").unwrap_or(name);
        name.len() <= MAX_SECTION
            && name.split(' ').count() <= MAX_STAMPED_SECTION_WORDS
            && name.split(' ').all(|w| {
                w == "&"
                    || (w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
            })
            // (a stamp with a year or a time of day: a headline's last
            // words may read as a date, `Fed Holds Rates Dec 3`)
            && (memchr::memchr(b':', stamp.as_bytes()).is_some()
                || stamp
                    .as_bytes()
                    .windows(4)
                    .any(|w| w.iter().all(u8::is_ascii_digit)))
            && crate::grammar::trailer::is_time_stamp(stamp)
    })
}

/// The fewest words of a tabloid's headline under its pun
/// ([`is_pun_over`]), less one: decks under a headline in capitals are
/// shorter.
const MIN_PUN_TITLE_WORDS: usize = 9;

/// Whether the trimmed line `t` is a tabloid's pun in capitals over its
/// headline on the next line of the block `title`, as The Sun prints it
/// (`RED ALERT` / `Man Utd 'ready to smash £60m bid' for Leipzig hitman …`):
/// at most three words in capitals with no stop or colon after them, over a
/// display line (no sentence) of ten words or more in mixed case, a third
/// of its words after the first in lower case. A headline in capitals over
/// its deck in title case, as old papers stacked them (`HARBOR STRIKE
/// SPREADS` / `Eight Hundred Men Now Out and More Are Expected to Join`),
/// is no pun.
pub(crate) fn is_pun_over(t: &str, title: &str) -> bool {
    // (the quick tests first: a short line in capitals)
    if t.len() > MAX_KICKER
        || t.ends_with(['.', ':'])
        || t.split(' ').nth(3).is_some()
        || !is_all_caps(t)
    {
        return false;
    }
    let title = crate::text::trim(title);
    let (mut words, mut small) = (0usize, 0usize);
    for w in title.split_whitespace().skip(1) {
        words += 1;
        small += usize::from(w.starts_with(|c: char| c.is_lowercase()));
    }
    words >= MIN_PUN_TITLE_WORDS && small * 3 >= words && is_display(title)
}

/// Whether the trimmed line `t` is a page's section name over the headline
/// `below` (`Local News`, `UK news`, `Ohio` over a headline of four words
/// or more): one to three words of letters (or `&`), the first
/// capitalised, over a display line. The parser asks only under a page's top
/// ([`page_top`](crate::parser)), where pages print it.
pub(crate) fn is_section_over(t: &str, below: &str) -> bool {
    let below = crate::text::trim(below);
    t.len() <= MAX_SECTION
        && t.starts_with(char::is_uppercase)
        && t.split(' ').count() <= 3
        && t.split(' ')
            .all(|w| w == "&" || (!w.is_empty() && w.chars().all(char::is_alphabetic)))
        && below.split(' ').count() >= 4
        && !below.contains(['\n', '\r'])
        && is_display(below)
}

/// The last words of desks' labels over headlines (`Health News`,
/// `Expert Analysis`, `Match report`, `Press Releases`; a digest's, `World
/// in Brief`, `Area Briefs`, `Business Digest`, `Live Updates`; a page of
/// death notices, `In Memoriam`, `Death Notices`; a defense site's beats,
/// `NAVAL WARFARE`), in any ASCII case.
const DESK_WORDS: [&str; 58] = [
    "analysis",
    "arts",
    "baseball",
    "basketball",
    "brief",
    "briefs",
    "business",
    "commentary",
    "cricket",
    "culture",
    "depth",
    "digest",
    "diplomacy",
    "economy",
    "education",
    "entertainment",
    "environment",
    "explained",
    "explainer",
    "features",
    "finance",
    "football",
    "health",
    "hockey",
    "insight",
    "interview",
    "league",
    "lifestyle",
    "markets",
    "memoriam",
    "money",
    "news",
    "newsroom",
    "notices",
    "obituaries",
    "opinion",
    "policy",
    "politics",
    "premiership",
    "releases",
    "report",
    "review",
    "reviews",
    "roundup",
    "rugby",
    "science",
    "soccer",
    "space",
    "sport",
    "sports",
    "story",
    "tech",
    "technology",
    "travel",
    "union",
    "updates",
    "warfare",
    "world",
];

/// News aggregators and market news sites whose name a copied story keeps
/// over its headline, in any ASCII case.
const AGGREGATORS: [&str; 12] = [
    "AOL",
    "Apple News",
    "Benzinga",
    "Business Insider",
    "Google News",
    "MarketWatch",
    "Morningstar",
    "NewsBreak",
    "Seeking Alpha",
    "SmartNews",
    "Yahoo Finance",
    "Yahoo News",
];

/// The world's regions, as pages name their sections (`World` / `North
/// America`), in any ASCII case.
const WORLD_REGIONS: [&str; 15] = [
    "africa",
    "americas",
    "asia",
    "asia - pacific",
    "asia pacific",
    "asia-pacific",
    "australasia",
    "caribbean",
    "europe",
    "latin america",
    "middle east",
    "north america",
    "oceania",
    "south america",
    "southeast asia",
];

/// Whether the trimmed line `t` names a region of the world (`Southeast
/// Asia`): a label, though it may read as a person's names (a place the
/// tables know reads as none).
pub(crate) fn is_world_region(t: &str) -> bool {
    WORLD_REGIONS.iter().any(|r| r.eq_ignore_ascii_case(t))
}

/// Whether `t` has a word of four letters or more in lower case, as a
/// headline in sentence case has and one in title case or capitals has not.
fn has_lower_word(t: &str) -> bool {
    t.split_whitespace()
        .any(|w| w.len() >= 4 && w.starts_with(|c: char| c.is_lowercase()))
}

/// Whether `word` is one of [`DESK_WORDS`] (`News`, `SPORT`), in any ASCII
/// case.
pub(crate) fn is_desk_word(word: &str) -> bool {
    DESK_WORDS_INDEX.get(&DESK_WORDS, |d| d, word).is_some()
}

/// [`DESK_WORDS`] by word, built at compile time.
static DESK_WORDS_INDEX: crate::tables::Index<128> = crate::tables::Index::new(&DESK_WORDS);

/// The most bytes of a desk's label over a headline ([`is_desk_over`]).
pub(crate) const MAX_DESK: usize = 32;

/// Whether the trimmed line `t`, in a block of its own, is a desk's label
/// over the headline `below`, as pages and newsletters print it: up to three
/// words ending in a desk's word ([`DESK_WORDS`]: `Club News`, `Match
/// report`), or up to four in capitals over a headline in sentence case
/// and a deck (`deck_under` tells: the part under the headline is no
/// byline or stamp) (`THE WAR IN UKRAINE`, `LOCAL POLITICS`), or two
/// names in capitals joined by `&` or `AND` over a headline of one line in
/// sentence case, whatever stands under it (`PORTS & SHIPPING`, Fortune's
/// `FINANCE · BANKING`), or in mixed case joined by `&` over a headline of
/// one line in any case (`Crime & Safety`), or up to three in title case
/// over a headline in sentence case and a deck (`Chalkbeat Tennessee`,
/// `Deep Dive`, a newsletter's `The Frontier Notebook`, joined by `of`,
/// `the` or `and` too: `Off the Shelf`); words of letters only. The parser
/// asks of lines of [`MAX_DESK`] bytes at most (longer ones, most first
/// lines, are told there), with a headline to come under it.
pub(crate) fn is_desk_over(t: &str, below: &str, deck_under: impl FnOnce() -> bool) -> bool {
    let words = t.split(' ').count();
    let lettered = t.split(' ').all(|w| {
        matches!(w, "&" | "\u{b7}") || (!w.is_empty() && w.chars().all(char::is_alphabetic))
    });
    let desk = words <= 3 && t.rsplit(' ').next().is_some_and(is_desk_word);
    // (in sentence case; an old paper's deck in title case under its
    // headline in capitals is none: `SENATE PASSES TARIFF BILL` / `Vote Is
    // 48 to 37 After Long Debate`)
    let sentence_case = || has_lower_word(below);
    // (and a deck under the headline: a headline in capitals may stand
    // over its deck in sentence case, `STORM HITS COAST` / `Residents told
    // to leave …`, but not over two display lines; or two names joined, a
    // section's, over a headline of one line, whatever stands under it,
    // `NATION & WORLD` over the headline and `By Ann Poe`: two words in
    // capitals alone are a wire's headline over its deck as often,
    // `STORM WARNING` / `Residents told to leave …`)
    let pair = || {
        (t.contains(" & ") || t.contains(" AND ") || t.contains(" \u{b7} "))
            && memchr::memchr2(b'\n', b'\r', below.as_bytes()).is_none()
    };
    let caps = words <= 4 && crate::text::is_all_caps(t);
    // (or up to three words in title case, a site's edition or a desk's
    // name, over a headline in sentence case and a deck: Chalkbeat's
    // `Chalkbeat Tennessee`, Inside Higher Ed's `Faculty Issues`, a
    // column's `Off the Shelf`, a magazine's `Annals of Music`)
    let titled = || {
        words <= 3
            && t.split(' ')
                .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and"))
    };
    let label = (caps || titled()) && sentence_case() && (pair() || deck_under());
    // (or two sections' names in mixed case joined by `&`, Patch's `Crime &
    // Safety`, over a headline of one line in any case)
    let joined = || {
        words <= 4
            && t.contains(" & ")
            && t.split(' ')
                .all(|w| w == "&" || w.starts_with(char::is_uppercase))
            && pair()
    };
    lettered && (desk || label || joined())
}

/// The most bytes of a line of a stack of labels ([`label_stack`]).
pub(crate) const MAX_LABEL_LINE: usize = 32;

/// Whether the trimmed header part `t` is a page's labels over the
/// headline `below`, as pages copied as text keep them: short lines of
/// capitalised words, a trail's mark between them or opening a line
/// (a medical news site's `Conference News` / `> AAAAI 2026`) (a site's name, its
/// section and subsection:
/// `Gulf` / `UAE`, `Manchester Evening News` / `News` / `Greater Manchester
/// News`, `Hong Kong` / `Politics`), one of them told as a label by its
/// words: a place the tables know (`Nova Scotia`, `KARACHI`), a region of
/// the world (`North America`), places joined by `&` (`England & Wales`),
/// an agency's, a news service's, a site's or an aggregator's name (`Yonhap
/// News Agency`, `Reuters World Service`, `Investing.com`, `Seeking
/// Alpha`), a desk's word last (`Local News`, `Women's Basketball`), a
/// paper's name ([`is_masthead`]), a broadcaster's letters among words in
/// lower case (`ABC Illawarra`), a code of two to four capitals over a
/// headline in sentence case (`NSW`, `UK`; a headline in capitals, `STORM
/// HITS COAST`, is longer, and an old paper's stands over decks in title
/// case), a county's name (`Hamilton County`), or one word alone in title
/// case (`Campus`). `None` where `t` has no labels' shape, else whether
/// its words tell it as labels. The parser asks of a header's parts over a
/// headline of more words.
pub(crate) fn label_stack(t: &str, below: &str) -> Option<bool> {
    // (a speed gate: three lines of the longest and their breaks)
    if t.len() > 3 * (MAX_LABEL_LINE + 2) {
        return None;
    }
    let mut told = false;
    for line in t
        .split(['\n', '\r'])
        .map(crate::text::trim)
        .filter(|l| !l.is_empty())
    {
        let mut words = 0;
        for w in line.split(' ') {
            // (marks between the labels are no words: `Emirates News Agency
            // - WAM`)
            words += usize::from(!matches!(w, "&" | "›" | "|" | "/" | "-"));
            // (an agency's letters in brackets after its name: `Kuwait News
            // Agency (KUNA)`)
            let w = w.strip_prefix('(').unwrap_or(w);
            let capital = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            if !(capital
                || matches!(
                    w,
                    "&" | "of" | "and" | "the" | "›" | ">" | "|" | "/" | "-" | "+"
                ))
            {
                return None;
            }
        }
        // (a sentence's or a clause's end is no label's; `B.C.` and `U.S.`
        // end in their own stops)
        let last = line.rsplit(' ').next().unwrap_or(line);
        let stop = line.ends_with(['?', '!', ',', ';', ':'])
            || (line.ends_with('.') && !is_all_caps(last));
        if words > 4 || line.len() > MAX_LABEL_LINE || stop {
            return None;
        }
        told = told || {
            let caps = is_all_caps(line);
            // (a place, a region, or places joined: `Aberdeen &
            // Aberdeenshire`)
            super::place::is_known(line)
                // (an agency's, a news service's or a site's name: an
                // aggregator's partner over the story, `Yonhap News
                // Agency`, `Investing.com`)
                || line
                    .split(' ')
                    .any(|w| ["agency", "newswire"].iter().any(|a| a.eq_ignore_ascii_case(w)))
                || ["service", "services"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(last))
                || line.split(' ').any(super::source::is_site)
                || AGGREGATORS.iter().any(|a| a.eq_ignore_ascii_case(line))
                || is_world_region(line)
                || (line.contains(" & ") && line.split(" & ").all(super::place::is_known))
                // (or a desk's word first in a trail, VnExpress's `News -
                // Vietnam`, `News - Traffic`)
                || line
                    .split_once(" - ")
                    .is_some_and(|(desk, _)| is_desk_word(desk))
                // (sections joined by `+` in capitals: `GOVERNMENT+POLITICS`)
                || (caps && line.contains('+'))
                || is_desk_word(last)
                || is_masthead(line)
                || (!caps
                    && line.split(' ').any(|w| {
                        (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
                    }))
                // (a code: one word of two to four capitals, over a
                // headline in sentence case)
                || (caps && (2..=4).contains(&line.len()) && has_lower_word(below))
                // (a county's name, as local sites label their stories:
                // `Hamilton County`, `LOS ANGELES COUNTY`)
                || (words <= 3 && ["county", "parish"].iter().any(|w| w.eq_ignore_ascii_case(last)))
                // (a section's one word in title case: `Campus`, `Conflicts`;
                // the caller asks over a headline of five words or more, and
                // a headline of one word is a tabloid's, in capitals:
                // `BLACKOUT`)
                || (words == 1 && !caps)
                // (a kicker of the table: a trade paper's beat under its
                // name, `Automotive News Europe` / `SALES`)
                || crate::tables::words::is_kicker(line)
        };
    }
    Some(told)
}

/// Whether the header part `t` is a magazine's section over its
/// fly-title, as The Economist stacks them over the headline and its
/// rubric (`Europe` / `Poland's farmers`, `Finance & economics` /
/// `Euro-area banks`): one or two short lines (up to four words, a capital
/// first, no stop), the first a section's label ([`label_stack`]) or names
/// joined by `&` (`Middle East & Africa`).
pub(crate) fn is_fly_title_stack(t: &str) -> bool {
    let short = |l: &str| {
        l.len() <= MAX_LABEL_LINE
            && l.split(' ').nth(4).is_none()
            && l.starts_with(char::is_uppercase)
            && !l.ends_with(['.', '?', '!', ':', ','])
    };
    let mut lines = t
        .split(['\n', '\r'])
        .map(crate::text::trim)
        .filter(|l| !l.is_empty());
    let (Some(first), second, None) = (lines.next(), lines.next(), lines.next()) else {
        return false;
    };
    short(first)
        && second.is_none_or(short)
        && (label_stack(first, "") == Some(true)
            || (first.contains(" & ") && first.split(' ').nth(4).is_none()))
}

/// Whether the trimmed line `t` is a title that `next`, the line under it,
/// repeats after the label before its colon: RCV1's `AUSTRALIA: Australian
/// shares end firmer, banks lead.` over `Australian shares end firmer,
/// banks lead.`, a corpus' title over the story's headline. The parser asks
/// of a header's first lines.
pub(crate) fn repeats_title(t: &str, next: &str) -> bool {
    // (the lengths first: most lines under a headline differ in length)
    t.len() > next.len() + 2
        && before_title(t, next)
            .and_then(|label| label.strip_suffix(": "))
            .is_some_and(|label| label.len() <= MAX_TITLE_LABEL)
}

/// Whether the trimmed line `t` is a page's title bar or trail that ends
/// with `title`, the headline under it, after a bar, a slash, an arrow
/// (`>`, `»`), a dash or two spaces: `NEWS | Mayor opens bridge`, `Press
/// Releases > 2024 > Mayor opens bridge`, `Home  News  Mayor opens bridge`.
/// A headline ending in a name printed under it has none (`… CEO of Acme
/// ASA` over `Acme ASA`).
pub(crate) fn bar_repeats_title(t: &str, title: &str) -> bool {
    before_title(t, title)
        .and_then(|bar| bar.as_bytes().strip_suffix(b" "))
        .and_then(<[u8]>::last)
        .is_some_and(|&b| matches!(b, b' ' | b'|' | b'>' | b'/') || b >= 0x80)
}

/// What the line `t` holds before `title`, which it ends with
/// ([`repeats_title`], [`bar_repeats_title`]); `None` where it does not,
/// or `title` is empty.
fn before_title<'t>(t: &'t str, title: &str) -> Option<&'t str> {
    t.strip_suffix(title).filter(|_| !title.is_empty())
}

/// The most bytes of the label before a title's colon ([`repeats_title`]:
/// `SOUTH AFRICA`).
const MAX_TITLE_LABEL: usize = 24;

/// Whether the trimmed line `t` is `The` and one capitalised word of
/// letters (`The Atlantic`, `The Oklahoman`, `The Conversation`, `The
/// Latest`): a publication's, column's or section's title, as pages and
/// apps print one over a story's headline; a headline is seldom so short.
/// The parser asks of a part over the headline with a headline under it.
/// Out of line: inline, it cost the header's loop 0.1% more.
#[inline(never)]
pub(crate) fn is_the_title(t: &str) -> bool {
    t.strip_prefix("The ").is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().all(|b| b.is_ascii_alphabetic())
    })
}

/// The most bytes of a school's site name ([`is_school_site`]).
const MAX_SCHOOL_SITE: usize = 64;

/// The words after a school's name that make it its site's name
/// ([`is_school_site`]), the space or bar before them with them.
const SCHOOL_SITE_WORDS: [&str; 5] = [
    " | News",
    " News & Events",
    " News and Events",
    " News",
    " Newsroom",
];

/// Whether the trimmed line `t` is a college's or a university's site
/// name, as its newsroom's pages print it over the headline (`Congaree
/// University News & Events`, `Four Lakes University | News`, `University
/// of the Pacific Islands News`): its name in capitalised words ending in
/// `University` or `College`, or opening with `University of`, and one of
/// [`SCHOOL_SITE_WORDS`] after it. (The name alone may end a headline in
/// title case over its deck: `Mayor Visits Harmon College`.) The parser
/// asks of a part over the headline with a headline under it.
#[inline]
pub(crate) fn is_school_site(t: &str) -> bool {
    // (the last two bytes first, in line: most parts asked end otherwise)
    matches!(t.as_bytes(), [.., b'w' | b't', b's'] | [.., b'o', b'm']) && school_site(t)
}

/// [`is_school_site`] past its test of the last two bytes; out of line.
#[inline(never)]
fn school_site(t: &str) -> bool {
    if t.len() > MAX_SCHOOL_SITE {
        return false;
    }
    let Some(name) = SCHOOL_SITE_WORDS.iter().find_map(|w| t.strip_suffix(w)) else {
        return false;
    };
    let school = name.ends_with(" University")
        || name.ends_with(" College")
        || name.starts_with("University of ");
    school
        && name
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "the"))
}

/// The most bytes of one of a wire's bracketed codes before a headline
/// ([`wire_codes`]).
const MAX_WIRE_CODE: usize = 40;

/// Where the headline's words start in the line `t` after Business Wire's
/// bracketed codes, as its old releases print them (`( BW)(CA-SIERRA-LOGIC)
/// (SLGC) Sierra Logic Reports …`): `BW` in the first brackets, then codes
/// in capitals, figures and hyphens, each in brackets of its own; `None`
/// where `t` opens otherwise or has no words after the codes.
pub(crate) fn wire_codes(t: &str) -> Option<usize> {
    let (first, mut rest) = t.strip_prefix('(')?.split_once(')')?;
    if first.trim() != "BW" {
        return None;
    }
    while let Some(inner) = rest.strip_prefix('(') {
        let (code, after) = inner.split_once(')')?;
        let code_ok = !code.is_empty()
            && code.len() <= MAX_WIRE_CODE
            && code.bytes().all(|b| {
                b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'-' | b' ' | b'.')
            });
        if !code_ok {
            return None;
        }
        rest = after;
    }
    let words = rest.trim_start();
    (!words.is_empty() && rest.len() > words.len()).then(|| t.len() - words.len())
}

/// The most words of an outlet's name before its city in brackets
/// ([`is_outlet_and_city`]).
const MAX_OUTLET_WORDS: usize = 5;

/// Whether the trimmed line `t` is an outlet's name and its city in
/// brackets, as `allAfrica` credits the papers and agencies it reprints
/// over their headlines (`Premium Times (Abuja)`, `The Citizen (Dar es
/// Salaam)`, `Ethiopian News Agency (Addis Ababa)`): one to five
/// capitalised words ([`capitalised_name`]), then a place the tables know
/// in brackets, closing the line.
pub(crate) fn is_outlet_and_city(t: &str) -> bool {
    let Some((name, place)) = t.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) else {
        return false;
    };
    capitalised_name(name, MAX_OUTLET_WORDS) && super::place::is_known(place)
}

/// The most bytes of a paper's name alone on a line ([`is_masthead`]).
const MAX_MASTHEAD: usize = 40;

/// Whether the trimmed line `t` is a paper's name alone, as pages and
/// clippings print it over the headline (`Pennine Evening Courier`, `THE
/// NORTHGATE LEDGER`, `Shannon Valley Record`): two to four capitalised
/// words (a joining `of`, `the`, `and` or `&` too) ending in a paper's word
/// ([`words::is_paper_word`], or [`words::is_common_paper_word`] in
/// capitals, after `The`, after a city, state or country, `Vancouver Sun`,
/// or as the third or fourth word), and no kicker; perhaps with its
/// edition or city in brackets after it (`Star Tribune (Minneapolis)`),
/// and `The` after a comma as archives file it (`Times Union Ledger, The`).
/// The parser asks of a part over the headline with a headline under it,
/// and of a page's first line.
pub(crate) fn is_masthead(t: &str) -> bool {
    if t.len() > MAX_MASTHEAD || !t.starts_with(char::is_uppercase) {
        return false;
    }
    // (the edition or city in brackets after the name, and `The` after a
    // comma as archives file the name: `Times Union Ledger, The (Albany,
    // NY)`)
    let t = match t.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((name, within)) if !within.contains(['(', ')']) => name,
        _ => t,
    };
    let t = t.strip_suffix(", The").unwrap_or(t);
    // the last word first: most lines asked end in no paper's word
    let Some(space) = memchr::memrchr(b' ', t.as_bytes()) else {
        return false;
    };
    // (of a hyphened name, the last part: `GAZETTE-HERALD`)
    let last = t.get(space + 1..).unwrap_or("");
    let last = last
        .as_bytes()
        .iter()
        .rposition(|&b| b == b'-')
        .and_then(|at| last.get(at + 1..))
        .unwrap_or(last);
    let paper = words::is_paper_word(last);
    if !paper && !words::is_common_paper_word(last) {
        return false;
    }
    let n = t.split(' ').count();
    let capitalised = t.split(' ').all(|w| {
        (w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and" | "&"))
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '&' | '.' | '\''))
    });
    // (a place's name before the word: `Chicago Sun-Times`, `Texas
    // Standard`; with `News` a site's desk, `India News`)
    let placed = || {
        let first = t.get(..t.find(' ').unwrap_or(0)).unwrap_or("");
        first.len() > 3
            && !last.eq_ignore_ascii_case("news")
            && (crate::tables::cities::standalone_city(first).is_some()
                || crate::tables::regions::region(first).is_some()
                || crate::tables::countries::country(first).is_some())
    };
    let common = || is_all_caps(t) || t.starts_with("The ") || n >= 3 || placed();
    // (a kicker is none: `BREAKING NEWS`, `WORLD NEWS`)
    (2..=4).contains(&n) && capitalised && (paper || common()) && !words::is_kicker(t)
}

/// The most bytes of a press-clipping bureau's name
/// ([`is_clipping_bureau`]).
const MAX_BUREAU: usize = 60;

/// Whether the trimmed line `t` is a press-clipping bureau's name, as its
/// clippings print it over the paper's fields (`BURRELLE'S PRESS CLIPPING
/// SERVICE`, `Allied Press Clipping Bureau`, `INTERNATIONAL PRESS-CLIPPING
/// BUREAU`): `Service` or `Bureau` last, and the word before it ending in
/// `Clipping` or `Clippings`, in any ASCII case.
pub(crate) fn is_clipping_bureau(t: &str) -> bool {
    if t.len() > MAX_BUREAU {
        return false;
    }
    let head = [" service", " bureau"]
        .iter()
        .find(|last| crate::text::ends_with_ci(t, last))
        .and_then(|last| t.get(..t.len() - last.len()));
    head.is_some_and(|head| {
        let word = memchr::memrchr(b' ', head.as_bytes())
            .and_then(|at| head.get(at + 1..))
            .unwrap_or(head);
        crate::text::ends_with_ci(word, "clipping") || crate::text::ends_with_ci(word, "clippings")
    })
}

/// Whether the trimmed line `t` is a site's desk over a headline, as pages
/// copied without their menu keep it: `News` or `World` after a code in
/// capitals or a country (`CNN World`, `KGJH News`, `India News`). (A
/// country alone, `England`, may be a headline: it is a kicker only under a
/// page's top, [`is_section_over`].) The parser asks only of a part over
/// the headline.
pub(crate) fn is_section_label(t: &str) -> bool {
    if t.len() > MAX_SECTION || !t.starts_with(char::is_uppercase) {
        return false;
    }
    let Some((site, desk)) = t.rsplit_once(' ') else {
        return false;
    };
    matches!(desk, "News" | "World")
        && (crate::text::is_all_caps(site) || crate::tables::countries::country(site).is_some())
}

/// The words that may follow a learned society's name and its acronym in
/// its meeting's name ([`is_meeting_name`]), sorted.
const MEETING_WORDS: [&str; 14] = [
    "Annual",
    "Conference",
    "Congress",
    "Convergence",
    "Forum",
    "International",
    "Meeting",
    "Meetings",
    "Scientific",
    "Session",
    "Sessions",
    "Summit",
    "Symposium",
    "Week",
];

/// The most bytes of a meeting's name after its society's acronym
/// ([`is_meeting_name`]): ` 85th Scientific Sessions`.
const MAX_MEETING_TAIL: usize = 32;

/// The most bytes of a meeting's name ([`is_meeting_name`]).
const MAX_MEETING_NAME: usize = 90;

/// Whether the trimmed header line `t` is a learned society's meeting, as
/// medical news sites print it over the headline of a report from it: the
/// society's name, its acronym in capitals in brackets, then only the
/// meeting's year, ordinal and [`MEETING_WORDS`], a year or a word of them
/// among them (`European Society for Medical Oncology (ESMO) Congress
/// 2024`, `American Diabetes Association (ADA) 85th Scientific Sessions`,
/// `American Urological Association (AUA) 2025 Annual Meeting`).
pub(crate) fn is_meeting_name(t: &str) -> bool {
    // (its length and its last byte, a year's or a meeting word's, then a
    // bracket, found with `memchr`, first: most lines fail there)
    if t.len() > MAX_MEETING_NAME
        || !matches!(
            t.as_bytes().last(),
            Some(b'0'..=b'9' | b'e' | b'g' | b'k' | b'l' | b'm' | b'n' | b's' | b't')
        )
    {
        return false;
    }
    let Some(close) = memchr::memrchr(b')', t.as_bytes()) else {
        return false;
    };
    let Some(open) = t
        .as_bytes()
        .get(..close)
        .and_then(|head| memchr::memrchr(b'(', head))
    else {
        return false;
    };
    let (Some(name), Some(acronym), Some(tail)) = (
        t.get(..open).and_then(|n| n.strip_suffix(' ')),
        t.get(open + 1..close),
        t.get(close + 1..).and_then(|r| r.strip_prefix(' ')),
    ) else {
        return false;
    };
    if tail.len() > MAX_MEETING_TAIL {
        return false;
    }
    let year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
    let ordinal = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && matches!(w.get(digits..), Some("st" | "nd" | "rd" | "th"))
    };
    name.starts_with(|c: char| c.is_uppercase())
        && (2..=8).contains(&acronym.len())
        && acronym
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        && tail.split(' ').all(|w| {
            (year(w) && w.bytes().all(|b| b.is_ascii_digit()))
                || ordinal(w)
                || MEETING_WORDS.binary_search(&w).is_ok()
        })
        && tail
            .split(' ')
            .any(|w| year(w) || MEETING_WORDS.binary_search(&w).is_ok())
}

/// The most bytes of a section's label over a headline
/// ([`is_label_over_title`]), two long words and a space.
const MAX_LABEL_OVER_TITLE: usize = 32;

/// The fewest words of a headline under a section's label
/// ([`is_label_over_title`]).
const MIN_TITLE_UNDER_LABEL: usize = 6;

/// The fewest words of a headline under a section's label that may be a
/// short headline itself, two words in title case or one in capitals
/// ([`is_label_over_title`]): a short headline's deck is shorter.
const MIN_TITLE_UNDER_TITLE: usize = 9;

/// Whether the header part `label`, read as the headline, is a section's
/// label over the line `title`, a headline read as its deck, as pages
/// print their sections over the headline: words of letters, one word in
/// mixed case or a code (`National`, `US`), two in sentence case or after
/// an article (`US politics`, `International relations`, `El Mundo`), or
/// two capitalised joined by `&` (`Asia & Pacific`), over a headline of
/// one line and [`MIN_TITLE_UNDER_LABEL`] words or more (over a part of
/// more lines, a standfirst or the story's first paragraph, it stays the
/// headline). A label that may be a short headline itself, two words in
/// title case or one in capitals (`Hard Times`, `BLACKOUT`), over its
/// deck, wants [`MIN_TITLE_UNDER_TITLE`] words under it (`Game Recap` /
/// `Bills win AFC East title with snowy triumph over Dolphins`); two words
/// in capitals are a wire's headline (`STORM WARNING` / its deck). A
/// column's or an editorial's short title has a standfirst written as a
/// sentence, which is no deck, or none. Out of line: asked of the deck,
/// once an article.
#[inline(never)]
pub(crate) fn is_label_over_title(label: &str, title: &str) -> bool {
    // (the quick test: most headlines are longer than two words)
    if label.len() > MAX_LABEL_OVER_TITLE {
        return false;
    }
    let lettered = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // (an advice column's name: `Dear Harriet`, `Ask the Planner`)
    if is_column_name(label) {
        return memchr::memchr2(b'\n', b'\r', title.as_bytes()).is_none()
            && title.split(' ').nth(MIN_TITLE_UNDER_LABEL - 1).is_some();
    }
    let mut words = label.split(' ');
    // the fewest words of the headline under the label: more under a label
    // that may be a short headline itself
    let fewest = match (words.next(), words.next(), words.next(), words.next()) {
        // (a word in mixed case or a code: `National`, `US`; a longer word
        // in capitals may be a tabloid's headline, `BLACKOUT`)
        (Some(w), None, ..) if lettered(w) => {
            if w.len() <= 3 || !is_all_caps(w) {
                MIN_TITLE_UNDER_LABEL
            } else {
                MIN_TITLE_UNDER_TITLE
            }
        }
        // (two words in sentence case or after an article: `US politics`,
        // `El Mundo`; two capitalised may be a headline, `Hard Times`; two
        // in capitals are a wire's, `STORM WARNING` / its deck)
        (Some(a), Some(b), None, _) if lettered(a) && lettered(b) && !is_all_caps(label) => {
            if capital(b) && !words::is_article(a) {
                MIN_TITLE_UNDER_TITLE
            } else {
                MIN_TITLE_UNDER_LABEL
            }
        }
        (Some(a), Some("&"), Some(b), None) if lettered(a) && lettered(b) && capital(b) => {
            MIN_TITLE_UNDER_LABEL
        }
        // (an election's year and its word: `2026 Elections`)
        (Some(year), Some(b), None, _)
            if year.len() == 4
                && (year.starts_with("19") || year.starts_with("20"))
                && year.bytes().all(|b| b.is_ascii_digit())
                && lettered(b)
                && capital(b) =>
        {
            MIN_TITLE_UNDER_LABEL
        }
        // (a column's or a blog's name in title case, three or four words
        // with an article or a small word: `The Campaign Trail`, `Bill of
        // the Month`, `Heard on the Hill`; a short headline may be so too;
        // over a line ending as a sentence does, a standfirst, it stays the
        // headline: `The Quiet Office` / `Working from home was meant to …`;
        // an abbreviation's stop ends none, `… Home Warranty Inc.`)
        (Some(a), Some(b), Some(c), last)
            if !ends_sentence(title)
                && capital(a)
                && [Some(b), Some(c), last].into_iter().flatten().all(lettered)
                && last.map_or(c, |d| d).starts_with(char::is_uppercase)
                && words.next().is_none()
                && (a == "The" || [b, c].iter().any(|w| LABEL_SMALL_WORDS.contains(w))) =>
        {
            MIN_TITLE_UNDER_TITLE
        }
        _ => return false,
    };
    memchr::memchr2(b'\n', b'\r', title.as_bytes()).is_none()
        && title.split(' ').nth(fewest - 1).is_some()
}

/// The words an advice column's name opens with ([`is_column_name`]).
const COLUMN_OPENERS: [&str; 3] = ["Ask", "Dear", "Hints"];

/// Whether `label` is an advice column's name: a word of
/// [`COLUMN_OPENERS`], then one to three words of letters, each
/// capitalised or `the` or `from`: `Dear Harriet`, `Ask the Planner`,
/// `Hints From Beulah`.
fn is_column_name(label: &str) -> bool {
    let Some((first, rest)) = label.split_once(' ') else {
        return false;
    };
    COLUMN_OPENERS.contains(&first)
        && (1..=3).contains(&rest.split(' ').count())
        && rest.split(' ').all(|w| {
            matches!(w, "the" | "from")
                || (w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        })
}

/// The small words a column's name of three or four words holds
/// ([`is_label_over_title`]: `Bill of the Month`, `Heard on the Hill`).
const LABEL_SMALL_WORDS: [&str; 6] = ["of", "on", "the", "in", "at", "and"];

/// The labels of a body's list of releases that [`is_release_desk`] finds
/// at a line's start or end, in lower case.
const DESK_LABELS: [&str; 9] = [
    "media release",
    "news bureau",
    "news release",
    "news releases",
    "press briefing notes",
    "press briefings",
    "press release",
    "press releases",
    "press statements",
];

/// The most bytes of a desk's label over a release's headline
/// ([`is_release_desk`]).
const MAX_RELEASE_DESK: usize = 48;

/// The most words besides the label in a desk's line ([`is_release_desk`]).
const MAX_DESK_NAME_WORDS: usize = 3;

/// Whether the trimmed line `t` is the desk a public body's or a
/// university's site files a release under, printed over its headline: a
/// label of [`DESK_LABELS`] (in any case) with up to
/// [`MAX_DESK_NAME_WORDS`] words of a name or topic before or after it,
/// each capitalised or a figure, or a small joining word (`Joint News
/// Release`, `Illinois News Bureau`, `Meetings Coverage and Press
/// Releases`, `Press releases Special Procedures`, `News Releases from
/// Region 10`), at most [`MAX_RELEASE_DESK`] bytes (a quick test). A
/// headline in sentence case has a small word (`Mayor ends press
/// briefings`); one in title case may read as a desk (`Mayor Ends Press
/// Briefings`), so the parser asks only of the header's first part, with
/// a headline under it.
#[inline(never)]
pub(crate) fn is_release_desk(t: &str) -> bool {
    may_be_release_desk(t) && release_desk(t)
}

/// The quick test of [`is_release_desk`], inlined where the parser asks it
/// before its other tests: a short line that opens with `Press ` or `News `
/// (`Press releases Special Procedures`) or ends with the last three letters
/// of `release`, `releases`, `bureau`, `briefings` or `statements`, told by
/// their letters folded to lower case. (A `Media` label first or a `Notes`
/// last passes no test of ours, so the quick test turns them away.)
#[allow(clippy::inline_always)]
#[inline(always)]
pub(crate) fn may_be_release_desk(t: &str) -> bool {
    let opens = matches!(
        t.as_bytes(),
        [p, _, _, _, s, ..] if matches!([p | 0x20, s | 0x20], [b'p', b's'] | [b'n', b' '])
    );
    let ends = || match t.as_bytes() {
        [.., a, b, c] => matches!(
            [a | 0x20, b | 0x20, c | 0x20],
            [b'a', b's', b'e']
                | [b's', b'e', b's']
                | [b'e', b'a', b'u']
                | [b'n', b'g' | b't', b's']
        ),
        _ => false,
    };
    t.len() <= MAX_RELEASE_DESK && (opens || ends())
}

/// [`is_release_desk`] past its quick test.
#[inline(never)]
fn release_desk(t: &str) -> bool {
    DESK_LABELS.iter().any(|label| {
        let n = label.len();
        let is_label = |h: &str| h.eq_ignore_ascii_case(label);
        // the label first, its name after a space; or last, after one
        let rest = if t.as_bytes().get(n) == Some(&b' ') && t.get(..n).is_some_and(is_label) {
            t.get(n + 1..)
        } else {
            t.len()
                .checked_sub(n + 1)
                .filter(|&space| t.as_bytes().get(space) == Some(&b' '))
                .filter(|&space| t.get(space + 1..).is_some_and(is_label))
                .and_then(|space| t.get(..space))
        };
        rest.is_some_and(desk_name)
    })
}

/// Whether `rest` is a desk's name or topic beside its label
/// ([`is_release_desk`]): up to [`MAX_DESK_NAME_WORDS`] words, each
/// capitalised or a figure (of letters and figures), or a small joining
/// word.
fn desk_name(rest: &str) -> bool {
    let mut words = 0;
    rest.split(' ').all(|w| {
        words += 1;
        matches!(w, "and" | "from")
            || (w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
                && w.bytes().all(|b| b.is_ascii_alphanumeric()))
    }) && words <= MAX_DESK_NAME_WORDS
}

/// Whether the trimmed line `t` is one word and `news`, as
/// Tasnim labels its desks over the stamp (`Defense news`, `Sports news`);
/// not a headline that ends so (`Markets cheer trade news`).
pub(crate) fn is_news_desk(t: &str) -> bool {
    t.strip_suffix(" news")
        .is_some_and(|desk| !desk.contains(' '))
}

/// Whether `t` opens with a brand written with a small first letter and a
/// capital inside its first word (`eBay`, `iPhone`, `eWeek`), as a headline
/// may; a sentence's lower-case start has no capital there.
fn brand_first(t: &str) -> bool {
    let word = t.split(' ').next().unwrap_or(t);
    word.starts_with(|c: char| c.is_lowercase()) && word.chars().skip(1).any(char::is_uppercase)
}

/// The fewest capitalised words of a title in title case that ends in a
/// stop ([`is_stopped_title`]).
const MIN_STOPPED_TITLE_CAPITALS: usize = 4;

/// The words of four letters a title in title case may leave in lower case.
const TITLE_SMALL_WORDS: [&str; 7] = ["from", "into", "onto", "over", "than", "upon", "with"];

/// Whether `t` is a title in title case of two sentences or more, ended in
/// stops, as magazines set them (`Ethiopia's Dam Is Finished. The Quarrel
/// Over It Is Not.`, `Help! My Neighbor Wants a Fence.`): every word of four
/// letters or more capitalised but for a few prepositions,
/// [`MIN_STOPPED_TITLE_CAPITALS`] capitalised words or more. A sentence of
/// a story has a small word of four letters or more; a credit is one
/// sentence (`Special to The New York Times.`).
#[inline(never)]
fn is_stopped_title(t: &str) -> bool {
    title_cased(t).is_some_and(|(capitals, sentences)| {
        capitals >= MIN_STOPPED_TITLE_CAPITALS && sentences >= 2
    })
}

/// How the second sentence of a news site's two-sentence title opens: `Here's
/// what …`, `Here’s when …`, `Here is how …`.
const HERES: [&str; 3] = [". Here's ", ". Here\u{2019}s ", ". Here is "];

/// Whether the line `t` is a news site's title of two sentences, a fact and
/// the promise of what the story tells (`Egg prices are falling. Here's
/// when shoppers could see relief at checkout.`, `The Fed is split. Here’s
/// what that means for your mortgage.`): one line, one sentence before
/// the promise, the promise last. Out of line: asked only of a short line
/// ending in a stop.
#[inline(never)]
fn is_heres_title(t: &str) -> bool {
    let Some(at) = memchr::memmem::rfind(t.as_bytes(), b". Here") else {
        return false;
    };
    let (Some(head), Some(rest)) = (t.get(..at), t.get(at..)) else {
        return false;
    };
    HERES.iter().any(|h| rest.starts_with(h))
        && memchr::memmem::find(head.as_bytes(), b". ").is_none()
        && memchr::memchr2(b'\n', b'\r', t.as_bytes()).is_none()
}

/// The most bytes of a title of two sentences ([`is_two_sentence_title`]).
const MAX_TWO_SENTENCE_TITLE: usize = 120;

/// Whether the trimmed line `t` is a page's title of two sentences, as news
/// sites write them (`Smart glasses are having a moment. Again.`, `The
/// Oscars Have a Running-Time Problem. It Isn't the Speeches.`, `Column:
/// Wrigleyville's new bars are louder. Neighbors want the city to
/// listen.`): one line of at most [`MAX_TWO_SENTENCE_TITLE`] bytes, a
/// capital first, a stop, question or exclamation mark last, and one
/// sentence's end inside it, after three words or more and before a
/// capital. A story's sentences are longer, or more. The parser asks only
/// of a page's title over its byline or stamp.
pub(crate) fn is_two_sentence_title(t: &str) -> bool {
    if t.len() > MAX_TWO_SENTENCE_TITLE
        || !t.starts_with(char::is_uppercase)
        || !t.ends_with(['.', '?', '!'])
        || t.contains(['\n', '\r'])
    {
        return false;
    }
    let body = t.get(..t.len() - 1).unwrap_or("");
    let mut ends = body.match_indices(['.', '?', '!']).filter(|&(at, _)| {
        body.get(at + 1..)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    });
    match (ends.next(), ends.next()) {
        (Some((at, _)), None) => body
            .get(..at)
            .is_some_and(|first| first.split(' ').nth(2).is_some()),
        _ => false,
    }
}

/// Whether the trimmed line `t` ends a deck wrapped in title case under
/// its first line, as old papers stacked their decks and their scans keep
/// them (`Vote Was Close—Opponents Promise` / `to Renew Fight in
/// Conference.`, `Says State Cannot Afford Added Debt` / `at This Time.`):
/// one sentence ended by a stop, every word of four letters or more
/// capitalised but a few prepositions, two capitalised words or more. A
/// story's sentence has a small word of four letters or more.
pub(crate) fn is_title_deck_end(t: &str) -> bool {
    t.ends_with('.')
        && title_cased(t).is_some_and(|(capitals, sentences)| {
            sentences == 1
                && (capitals >= 2 || (!t.contains(' ') && t.starts_with(char::is_uppercase)))
        })
}

/// Whether the trimmed line `t`, `BY` and one word in capitals under the
/// line `above` in capitals with no stop, ends a headline wrapped in
/// capitals (`MINERS ENTOMBED` / `BY EXPLOSION`) rather than being a
/// byline: the word is no agency's name (`BY REUTERS`) nor `STAFF`.
pub(crate) fn is_by_wrap(above: &str, t: &str) -> bool {
    let Some(word) = t.strip_prefix("BY ") else {
        return false;
    };
    !word.contains(' ')
        && is_all_caps(t)
        && is_all_caps(above)
        && !above.ends_with(['.', '!', '?', ':'])
        && word != "STAFF"
        && !crate::tables::agencies::is_agency(word)
}

/// `t`'s capitalised words and sentences when every word of four letters
/// or more is capitalised but for [`TITLE_SMALL_WORDS`]; `None` when one
/// is in lower case.
fn title_cased(t: &str) -> Option<(usize, usize)> {
    let (mut capitals, mut sentences) = (0, 1);
    let mut after_stop = false;
    for w in t.split_whitespace() {
        let stop = w.ends_with(['.', '!', '?']) && !is_abbreviation(w);
        let w = w.trim_start_matches(['"', '\'', '“', '‘', '(']);
        match w.chars().next() {
            Some(c) if c.is_uppercase() || c.is_numeric() => {
                capitals += 1;
                sentences += usize::from(after_stop);
            }
            Some(c) if c.is_lowercase() => {
                let word = w.split(|c: char| !c.is_alphabetic()).next().unwrap_or(w);
                if word.len() > 3
                    && word.chars().nth(3).is_some()
                    && !TITLE_SMALL_WORDS.contains(&word)
                {
                    return None;
                }
            }
            _ => {}
        }
        after_stop = stop;
    }
    Some((capitals, sentences))
}

/// Whether `t` ends like a sentence or a clause. (Inlined: a call of its
/// own in the display test, asked of most lines, costs more.)
#[inline]
fn ends_sentence(t: &str) -> bool {
    if t.ends_with([',', ';', ':']) {
        return true;
    }
    if t.ends_with('.') {
        let last = t.rsplit(char::is_whitespace).next().unwrap_or(t);
        return !is_abbreviation(last);
    }
    false
}

/// Whether the trimmed part `t` is one line leading into a story under
/// it, as a newsletter introduces what it carries: a sentence of
/// `min_words` words or more, some in lower case, ending in a colon (`Our
/// top read this morning, via the wires:`, `Here's the story everyone was
/// talking about:`, `In brief:`). A kicker's label is in capitals
/// (`EXCLUSIVE:`, `WATCH LIVE:`).
pub(crate) fn is_lead_in(t: &str, min_words: usize) -> bool {
    t.ends_with(':')
        && memchr::memchr2(b'\n', b'\r', t.as_bytes()).is_none()
        && t.split(' ').nth(min_words.saturating_sub(1)).is_some()
        && t.split(' ')
            .any(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// Whether a lone line between paragraphs is a section heading.
pub(crate) fn is_heading(text: &str) -> bool {
    let t = crate::text::trim(text);
    if let Some(rest) = t.strip_prefix('#') {
        let rest = rest.trim_start_matches('#');
        return rest.starts_with(' ') && !rest.trim().is_empty();
    }
    // a sentence's end first: it rules out most paragraphs at their last
    // byte, and `is_all_caps` stops at the first lower-case letter; a short
    // question is an explainer's heading (`What happens next?`). Inside
    // closing quotes the end is speech (`"We will rebuild."`, `"Why now?"`).
    // (the last byte of `"`, `'`, `”` or `’` first: most lines end otherwise)
    let inner = if matches!(t.as_bytes().last(), Some(b'"' | b'\'' | 0x9D | 0x99)) {
        t.trim_end_matches(['"', '”', '’', '\''])
    } else {
        t
    };
    let quoted = inner.len() < t.len();
    let end = inner.as_bytes().last().copied();
    if matches!(end, Some(b'.' | b'!' | b'?'))
        && (quoted || !is_all_caps(t))
        && !(end == Some(b'?') && !quoted && is_question_heading(t))
    {
        return false;
    }
    if crate::text::longer_than(t, 80) || t.split_whitespace().nth(12).is_some() {
        return false;
    }
    is_display(t)
        && crate::grammar::byline::byline(t).is_none()
        && !is_page_furniture(t)
        && !is_caption_credit(t)
        && !crate::grammar::trailer::is_promo(t)
}

/// How a picture's credit or caption line opens, in any ASCII case: `Photo:
/// Ann Poe/AP`, `AP Photo/Tom Roe`, `Video: …`, `Video above: …`,
/// a community site's `Credits: File photo`.
const CAPTION_OPENERS: [&str; 12] = [
    "photo:",
    "photos:",
    "photograph:",
    "image:",
    "picture:",
    "credit:",
    "credits:",
    "photo credit:",
    "video:",
    "video above:",
    "ap photo",
    "(ap photo",
];

/// Whether the trimmed line `t` credits a picture (`Photo: Ann Poe/AP`,
/// `Ann Poe/AFP/Getty Images`): no section heading.
pub(crate) fn is_caption_credit(t: &str) -> bool {
    // the openers' first letters: most lines stop here
    let Some(first) = t.as_bytes().first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    (matches!(first, b'p' | b'i' | b'c' | b'v' | b'a' | b'(')
        && CAPTION_OPENERS.iter().any(|p| {
            p.as_bytes().first() == Some(&first)
                && t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
        }))
        // (or the photographer's and the agencies' names parted by slashes,
        // as CNN credits a picture under its caption: `Ann Poe/AFP/Getty
        // Images`; told by the last byte first)
        || (t.ends_with("/Getty Images") && t.len() <= MAX_SLASHED_CREDIT)
}

/// The most bytes of a picture's credit of names parted by slashes
/// ([`is_caption_credit`]).
const MAX_SLASHED_CREDIT: usize = 80;

/// The most words of a question that heads a section.
const MAX_QUESTION_WORDS: usize = 8;

/// Whether `t`, ending in `?`, is short enough to head an explainer's section
/// (`Is it enough?`, `What happens next?`), has two words at least, quotes
/// no one (`"Why now?"` is a paragraph of speech) and has no colon (`Q: What
/// now?` is an interview's question, a paragraph).
fn is_question_heading(t: &str) -> bool {
    // two words at least: `Why?` alone is a rhetorical paragraph
    let mut words = t.split_whitespace();
    words.nth(1).is_some()
        && t.split_whitespace().nth(MAX_QUESTION_WORDS).is_none()
        && !t.contains(['"', '“', '”', '‘', '’', ':'])
}

/// What a web page puts between a story's paragraphs, and what survives as a
/// line of its own when the page is copied as text: in any ASCII case.
const PAGE_FURNITURE: [&str; 15] = [
    "advertisement",
    "scroll down for video",
    "scroll down for videos",
    "see also",
    "skip advertisement",
    "story continues below advertisement",
    "story continues below",
    "continue reading the main story",
    "continue reading below",
    "read more",
    "related",
    "related coverage",
    "related stories",
    "related articles",
    "share this article",
];

/// Whether the trimmed line `t` is page furniture ([`PAGE_FURNITURE`]), a
/// colon after it or not (`Read more:`): no section heading.
fn is_page_furniture(t: &str) -> bool {
    let t = t.strip_suffix(':').unwrap_or(t);
    PAGE_FURNITURE.iter().any(|f| f.eq_ignore_ascii_case(t))
}

#[cfg(test)]
mod tests {

    #[test]
    fn officials_and_campaigns() {
        for t in [
            "Governor Beatriz Solano",
            "Congresswoman Tara Whitfield-Greene",
            "U.S. Senator Ann Poe",
            "Attorney General Kristin Solheim",
            "Lindquist for Governor",
            "Ann Poe for Congress",
            "Friends of Ann Poe",
        ] {
            assert!(is_official_line(t), "{t:?}");
        }
        for t in [
            // a headline opening with a title, a title alone, a name in
            // lower case, four words of a name, an office no campaign's
            "Governor Solano Announces $86 Million to Fight Wildfires",
            "Governor Poe",
            "Governor",
            "Mayor Ann del Poe",
            "Governor Ann Bea Cee Poe",
            "Tickets for Tomorrow",
            "Friends of the library",
        ] {
            assert!(!is_official_line(t), "{t:?}");
        }
    }

    #[test]
    fn edition_names() {
        for t in [
            "The JTA Daily Briefing",
            "Hyde Park Herald — Morning Briefing",
            "The Christian Post - Morning Edition",
            "Religion News Service — The Weekly Roundup",
            "Metro Weekend Digest",
        ] {
            assert!(is_edition_name(t), "{t:?}");
        }
        for t in [
            "White House Cancels Press Briefing",
            "Morning Briefing Moves to Noon",
            "Daily",
            "Briefing",
            "The Daily briefing",
        ] {
            assert!(!is_edition_name(t), "{t:?}");
        }
    }
    use super::*;

    #[test]
    fn stopped_titles() {
        for t in [
            "Prisons Are Short of Guards. Some States Hire Teenagers.",
            "The Café Is Shut. Its Owner Left at the año’s End.",
            "Notes from a Drowned Valley. The Dam Is Full.",
            "“Why I Stayed” Is a Story About 1996. It Ends Well.",
        ] {
            assert!(is_stopped_title(t), "{t:?}");
            assert!(is_display(t), "{t:?}");
        }
        for t in [
            "Acme Said Sales Rose, then Fell.",
            "The company said sales rose.",
            "Mr. Li Resigned From the Board.",
            "Special to The New York Times.",
            "Ann Poe Quit the Board after años.",
        ] {
            assert!(!is_stopped_title(t), "{t:?}");
            assert!(!is_display(t), "{t:?}");
        }
    }

    #[test]
    fn fly_title_stacks() {
        for t in [
            "Europe\nPoland's farmers",
            "Finance & economics\nEuro-area banks",
            "Middle East & Africa\r\nKenya's tech sector",
            "Leaders",
        ] {
            assert!(is_fly_title_stack(t), "{t:?}");
        }
        for t in [
            // three lines, a first line no section's, a stop, too many
            // words, a small letter first
            "Europe\nPoland's farmers\nTractors",
            "Ann Poe\nPoland's farmers",
            "Europe\nPoland's farmers.",
            "Europe\nThe farmers of the plains",
            "Europe\npoland's farmers",
            "",
        ] {
            assert!(!is_fly_title_stack(t), "{t:?}");
        }
    }

    #[test]
    fn old_papers_wrapped_decks_and_headlines() {
        for t in [
            "to Renew Fight in Conference.",
            "at This Time.",
            "Hope Is Held Out for Some.",
            "Ground as Water Rises Steadily.",
            // a lone word wrapped under the deck's line
            "Road.",
            "Escape.",
        ] {
            assert!(is_title_deck_end(t), "{t:?}");
        }
        for t in [
            // no stop, a small word of four letters, one capital, two
            // sentences
            "to Renew Fight in Conference",
            "passed the tariff revision bill by a vote.",
            "at this Time.",
            "Storm Nears. Coast Braces.",
            // a record's number, a word in lower case
            "910508-0016.",
            "road.",
        ] {
            assert!(!is_title_deck_end(t), "{t:?}");
        }
        assert!(is_by_wrap("MINERS ENTOMBED", "BY EXPLOSION"));
        for (above, t) in [
            ("MINERS ENTOMBED", "BY REUTERS"),
            ("MINERS ENTOMBED", "BY STAFF"),
            ("MINERS ENTOMBED", "BY ANN POE"),
            ("MINERS ENTOMBED.", "BY EXPLOSION"),
            ("Miners Entombed", "BY EXPLOSION"),
            ("MINERS ENTOMBED", "By Explosion"),
        ] {
            assert!(!is_by_wrap(above, t), "{above:?} / {t:?}");
        }
    }

    #[test]
    fn priority_lines() {
        for t in [
            "BULLETIN",
            "URGENT",
            "urgent:",
            "FLASH",
            "-- PRIORITY --",
            "== FLASH ==",
            "*URGENT*",
            "Priority",
        ] {
            assert!(is_priority_line(t), "{t:?}");
        }
        for t in [
            "PRIORITY LANE",
            "Flashpoint",
            "-- --",
            "",
            "URGENT: Storm nears",
            "-- URGENT -- URGENT -- URGENT --",
            "Bulletin board",
        ] {
            assert!(!is_priority_line(t), "{t:?}");
        }
    }

    #[test]
    fn meeting_names() {
        // (the words' table is sorted, as its search needs)
        assert!(MEETING_WORDS.windows(2).all(|w| w[0] < w[1]));
        for t in [
            "European Society for Medical Oncology (ESMO) Congress 2024",
            "American Diabetes Association (ADA) 85th Scientific Sessions",
            "American Urological Association (AUA) 2025 Annual Meeting",
            "Alzheimer's Association International Conference (AAIC) 2024",
            "Society of Interventional Radiology (SIR-2) 2026",
        ] {
            assert!(is_meeting_name(t), "{t}");
        }
        for t in [
            "Acme Medical (ACME) Shares Jump 2025",
            "Acme Medical (Acme) Congress 2025",
            "Acme Medical (ABCDEFGHIJKL) Congress 2025",
            "Acme Medical (ACME) 85th",
            "Acme Medical (ACME) 1st",
            "Acme Medical (ACME) 20x5",
            "Acme Medical (ACME)",
            "acme medical (ACME) Congress 2025",
            "Acme Medical(ACME) Congress 2025",
            "Acme Medical (ACME) Congress 20255",
            "Acme Medical (ACME) Annual Meeting of the Board of Directors Today",
        ] {
            assert!(!is_meeting_name(t), "{t}");
        }
    }

    #[test]
    fn edition_stamps() {
        for t in [
            "Evening Edition \u{2014} February 21",
            "The Daily Digest \u{2014} June 19",
            "Morning Wire \u{2014} July 23",
            "The Global Ledger: October 12, 2026",
            "Markets & Mood: January 27, 2025",
        ] {
            assert!(is_edition_stamp(t), "{t:?}");
        }
        for t in [
            // a writer's name and date, a release's label and date, a
            // figure in the name, a name of six words, no date after
            "Jane Doe \u{2014} Dec 16, 2024",
            "For Immediate Release: June 2, 2026",
            "Route 9 Notes: June 2, 2026",
            "The Very Long Name of Weekly Notes: June 2, 2026",
            "The Daily Digest \u{2014} June 19 and 20 to come",
        ] {
            assert!(!is_edition_stamp(t), "{t:?}");
        }
    }

    #[test]
    fn newsletter_names() {
        for t in [
            "The Mill Street Memo",
            "NORTH FORK NOTES",
            "Lakeside Civic Affairs Desk",
            "The Daily Sentinel Daily Briefing",
            "The Daily Sentinel Daily Briefing\n=====",
            "[Harbor Gazette]",
            // (two words, the first a possessive: a column's name)
            "Physician's Briefing",
            "Reporter\u{2019}s Notebook",
        ] {
            assert!(is_newsletter_name(t), "{t:?}");
        }
        for t in [
            // two words in mixed case, another last word, a line under it
            // that is no rule, too many words, a small word in brackets
            "Harbour Notes",
            "Physician's Hearing",
            "The Mill Street Journal",
            "The Mill Street Memo\nTeachers strike",
            "Teachers Strike\nThe Mill Street Memo",
            "[Harbor\nGazette]",
            "The Long Winding Mill Street River Memo",
            "[updated]",
            "[]",
        ] {
            assert!(!is_newsletter_name(t), "{t:?}");
        }
    }

    #[test]
    fn lead_ins() {
        for t in [
            "Our top read this morning, via the wires:",
            "Here is the story everyone was reading:",
        ] {
            assert!(is_lead_in(t, 4), "{t:?}");
        }
        for t in [
            // no colon, too few words, all capitalised, two lines
            "Our top read this morning, via the wires",
            "Top read today:",
            "WHAT YOU NEED TO KNOW:",
            "Our Top Read This Morning:",
            "Our top read this morning,\nvia the wires:",
        ] {
            assert!(!is_lead_in(t, 4), "{t:?}");
        }
        // (fewer words where the caller asks fewer: `In brief:`)
        assert!(is_lead_in("In brief:", 2));
        assert!(!is_lead_in("Briefly:", 2));
        assert!(!is_lead_in("In brief:", 3));
    }

    #[test]
    fn clipping_bureaus() {
        for t in [
            "BURRELLE'S PRESS CLIPPING SERVICE",
            "Allied Press Clipping Bureau",
            "INTERNATIONAL PRESS-CLIPPING BUREAU",
            "Luce's Press Clippings Bureau",
        ] {
            assert!(is_clipping_bureau(t), "{t:?}");
        }
        for t in [
            // no clipping's word, another last word, a clipping's word
            // only inside one, too long
            "NATIONAL WEATHER SERVICE",
            "Allied Press Bureau",
            "Allied Press Clipping Bureaus Merge",
            "Allied Press Clippingservice",
            "Clipping Press Service",
            "THE GREATER METROPOLITAN AREA NEWSPAPER AND MAGAZINE PRESS CLIPPING SERVICE",
            "THE INTERNATIONAL AND NATIONAL PRESS CLIPPING AND MONITORING SERVICE",
        ] {
            assert!(!is_clipping_bureau(t), "{t:?}");
        }
    }

    #[test]
    fn outlets_and_their_cities() {
        for t in [
            "Premium Times (Abuja)",
            "The Citizen (Dar es Salaam)",
            "Ethiopian News Agency (Addis Ababa)",
            "Ministry of Health and Sanitation (Freetown)",
        ] {
            assert!(is_outlet_and_city(t), "{t:?}");
        }
        for t in [
            "Premium Times",
            "Premium Times (Abuja",
            "Premium Times (Grandma's House)",
            "Rains return to farms (Abuja)",
            "One Two Three Four Five Six (Abuja)",
            "Premium Times (Abuja) today",
            "Ministry of Health, Sanitation and Water Resources (Freetown)",
        ] {
            assert!(!is_outlet_and_city(t), "{t:?}");
        }
    }

    #[test]
    fn mastheads() {
        for t in [
            "Pennine Evening Courier",
            "THE NORTHGATE LEDGER",
            "Western Clarion",
            "FENLAND NEWS",
            "The Harbour Times",
            "Shannon Valley Record",
            "Tri-County Observer",
            "Lion City Daily",
            "THE GAZETTE-HERALD",
            "The Tri-County Beacon",
            "Red River Gazette-Star",
            "Sioux Falls Argus Leader",
            "The Plain Dealer",
            "Kansas Reflector",
            "Chicago Sun-Times",
            "Vancouver Sun",
            "Star Tribune (Minneapolis)",
            "The Globe and Mail (Ontario Edition)",
            "Prairie Searchlight",
            "The Daily Californian",
            "The Oklahoman",
            "Fort Collins Coloradoan",
        ] {
            assert!(is_masthead(t), "{t:?}");
        }
        for t in [
            // a headline ending in a paper's common word, or a kicker
            "Hard Times",
            "Good News",
            "BREAKING NEWS",
            // one word, five words, small words, digits, a stop
            "Herald",
            "The Big Valley Evening Herald",
            "Storm hits the Herald",
            "Route 9 Gazette",
            "Valley Herald.",
            "valley herald",
            "Rising Prices Worry Shoppers",
            "Rising Star",
            "Year in Review",
            // a common word after a word that is no place, or in brackets
            "Bright Sun",
            "Hello Today",
            "Herald (Update)",
        ] {
            assert!(!is_masthead(t), "{t:?}");
        }
    }

    #[test]
    fn repeated_titles() {
        let title = "Mayor opens bridge";
        for t in [
            "AUSTRALIA: Mayor opens bridge",
            "NEWS | Mayor opens bridge",
            "Releases > 2024 > Mayor opens bridge",
            "Home  News  Mayor opens bridge",
            "Newsroom — Mayor opens bridge",
            "News / Mayor opens bridge",
        ] {
            let colon = t.starts_with("AUSTRALIA");
            assert_eq!(repeats_title(t, title), colon, "{t:?}");
            assert_eq!(bar_repeats_title(t, title), !colon, "{t:?}");
        }
        for t in ["Mayor opens bridge", "Why the Mayor opens bridge", ""] {
            assert!(
                !repeats_title(t, title) && !bar_repeats_title(t, title),
                "{t:?}"
            );
        }
        assert!(!bar_repeats_title("NEWS | ", ""));
    }

    #[test]
    fn the_titles() {
        for t in ["The Atlantic", "The Oklahoman", "The Latest"] {
            assert!(is_the_title(t), "{t:?}");
        }
        // (a label in capitals is a kicker's; two words, a figure or a
        // word in small letters make no such title)
        for t in [
            "THE END",
            "The Harbor Sentinel",
            "The 1975",
            "The atlantic",
            "The",
            "Then Atlantic",
        ] {
            assert!(!is_the_title(t), "{t:?}");
        }
    }

    #[test]
    fn wire_codes_before_a_headline() {
        let t = "( BW)(CA-SIERRA-LOGIC)(SLGC) Sierra Logic Reports Record Revenues";
        assert_eq!(
            wire_codes(t).and_then(|k| t.get(k..)),
            Some("Sierra Logic Reports Record Revenues")
        );
        let t = "(BW)(NY-GOTHAM-NET) Gotham.net Launches Guides";
        assert_eq!(
            wire_codes(t).and_then(|k| t.get(k..)),
            Some("Gotham.net Launches Guides")
        );
        // (another agency's first code, a code in small letters or too
        // long, no words after the codes, no space before them, brackets
        // not closed)
        for t in [
            "(AP)(NY-ACME) Acme Reports",
            "( BW)(ca-acme) Acme Reports",
            "( BW)(CA-ACME-CORPORATION-OF-AMERICA-AND-ITS-SUBSIDIARIES) Acme Reports",
            "( BW)(CA-ACME)(ACME)",
            "( BW)(CA-ACME)Acme Reports",
            "( BW)(CA-ACME Acme Reports",
            "(Reuters) Acme Reports",
        ] {
            assert_eq!(wire_codes(t), None, "{t:?}");
        }
    }

    #[test]
    fn school_sites() {
        for t in [
            "Congaree University News & Events",
            "Mesa Verde College News and Events",
            "Four Lakes University | News",
            "University of the Pacific Islands News",
            "Kettle River University Newsroom",
            "Saint Anselm College News",
        ] {
            assert!(is_school_site(t), "{t:?}");
        }
        // (a name with no site word after it, which may end a headline; a
        // small word before the name; a name in small letters; a site word
        // after no school's name; a name too long; a word alone)
        for t in [
            "Lake Champlain University",
            "Mayor Visits Harmon College",
            "University of Vermont",
            "Northfield State University Today",
            "Storm closes Lake Champlain University News",
            "Dorm Fire at Harmon College News",
            "lake champlain university news",
            "Harbor City Council News",
            "The Quite Remarkably Long Named Northern Lakes Region State University News",
            "University News",
            "College News",
        ] {
            assert!(!is_school_site(t), "{t:?}");
        }
    }

    #[test]
    fn section_names_over_a_headline() {
        let below = "Library board delays vote on Sunday hours";
        for t in [
            "Local News",
            "UK news",
            "Ohio",
            "Arts & Culture",
            "POLITICS",
        ] {
            assert!(is_section_over(t, below), "{t:?}");
        }
        for (t, under) in [
            // lower case first, a digit, punctuation, four words, too long
            ("news", below),
            ("Top 10", below),
            ("Ohio:", below),
            ("News From The Valley", below),
            ("Extraordinarilylongsection", below),
            // under a short line, two lines or a sentence
            ("Ohio", "Storm Nears"),
            ("Ohio", "Library board delays vote\non Sunday hours"),
            ("Ohio", "The board delayed its vote on Sunday hours."),
        ] {
            assert!(!is_section_over(t, under), "{t:?} over {under:?}");
        }
    }

    #[test]
    fn summary_labels() {
        for t in ["IN SUMMARY", "Summary:", "Story Highlights", "Key points"] {
            assert!(is_summary_label(t), "{t:?}");
        }
        for t in [
            "In summary, the council voted no.",
            "Summer",
            "Highlights of 2025",
        ] {
            assert!(!is_summary_label(t), "{t:?}");
        }
        // (the quick test holds each label)
        assert!(SUMMARY_LABELS.iter().all(|l| l.len() <= MAX_SUMMARY_LABEL));
    }

    #[test]
    fn ministry_lines() {
        for t in [
            "Ministry of Health and Family Welfare",
            "Ministry of Fisheries, Animal Husbandry & Dairying",
            "Ministry of Jal Shakti",
        ] {
            assert!(is_ministry_line(t), "{t:?}");
        }
        // (a headline's verb in lower case, a stop, another body)
        for t in [
            "Ministry of Health warns of dengue rise",
            "Ministry of Health Responds.",
            "Department of Health and Social Care",
        ] {
            assert!(!is_ministry_line(t), "{t:?}");
        }
    }

    #[test]
    fn catch_lines() {
        for t in ["POLITICS Budget", "COURTS Stabbing", "IRELAND Housing"] {
            assert!(is_catch_line(t), "{t:?}");
        }
        for t in [
            // a short code, a keyword in capitals or of one letter, three
            // words, a headline, too long
            "NHS Crisis",
            "POLITICS BUDGET",
            "POLITICS B",
            "POLITICS Budget Row",
            "Politics Budget",
            "POLITICS Extraordinarilyy",
            "POLITICS",
        ] {
            assert!(!is_catch_line(t), "{t:?}");
        }
    }

    #[test]
    fn section_names_with_stamps() {
        for (t, name) in [
            ("Economy Nov 13, 2026 10:05 AM EST", "Economy "),
            ("World Sep 17, 2026 9:22 AM EDT", "World "),
            ("Arts & Culture Dec 3, 2026 4:12 PM EST", "Arts & Culture "),
            ("Nation 28 November 2026 09:15", "Nation "),
            // a name of the most bytes, the longest month's name
            (
                "Agriculture And Forestry September 3, 2026 10:00 AM EST",
                "Agriculture And Forestry ",
            ),
        ] {
            assert_eq!(
                section_stamp(t).and_then(|at| t.get(..at)),
                Some(name),
                "{t:?}"
            );
        }
        for t in [
            // a headline whose last words read as a date, with no year or
            // time of day
            "Fed Holds Rates Dec 3",
            // four words before the stamp, a small word, a name in capitals
            "Local News From Ohio Nov 13, 2026 10:05 AM EST",
            "Budget talks resume Nov 13, 2026",
            "ECONOMY Nov 13, 2026 10:05 AM EST",
            // a headline, a stamp alone
            "Storm Nears Coast",
            "Nov 13, 2026 10:05 AM EST",
        ] {
            assert_eq!(section_stamp(t), None, "{t:?}");
        }
    }

    #[test]
    fn display_lines() {
        for t in [
            "BAHIA COCOA REVIEW",
            "Rates Held Steady",
            "U.S. DATA POINT TO CAPITAL SPENDING SLOWDOWN",
            "<TECHNIGEN PLATINUM CORP> IN METALS FIND",
            "Officials signal patience on cuts",
            "Is this the end?",
            "eBay Profit Rises",
            "iPhone sales slow in China",
            // up to three lines with text, blank ones not counted
            "Storm Nears\nthe Coast",
            "Storm Nears\r\nthe Coast\n\n  \nas Winds Rise",
            // (a sum of money first)
            "£166 million contract to sustain 768 jobs in Glasgow",
            "$44 million gift to create new center for rural health",
            "€2bn fund for rail approved",
            // (a column's label in square brackets first)
            "[Editorial] Time to fix the budget calendar",
            "[Herald Interview] Mayor bets on the harbor",
        ] {
            assert!(is_display(t), "{t:?}");
        }
        for t in [
            "$ signs and dollars",
            "£ sterling falls",
            "He declined to comment.",
            "the lower case start",
            "ebay profit rises",
            "the iPhone sold well",
            "Ends with a comma,",
            "",
            "Storm Nears\nthe Coast\nas Winds Rise\nand Rain Falls",
            "Storm Nears\rthe Coast\ras Winds Rise\rand Rain Falls",
            // (a link's text, a note, a label over a small word, a label
            // too long for one)
            "[Read more](https://example.com/story)",
            "[Image] Storm Nears Coast",
            "[photo] Storm Nears Coast",
            "[Editorial] the budget calendar",
            "[Editorial]Time to fix the budget calendar",
            "[A label far too long to be a column's name] Storm Nears",
        ] {
            assert!(!is_display(t), "{t:?}");
        }
    }

    #[test]
    fn two_sentence_titles() {
        for t in [
            "Smart glasses are having a moment. Again.",
            "The Oscars Have a Running-Time Problem. It Isn't the Speeches.",
            "Column: Wrigleyville's new bars are louder. Neighbors want the city to listen.",
            "Is the boom over? Analysts are split!",
        ] {
            assert!(is_two_sentence_title(t), "{t:?}");
        }
        for t in [
            // one sentence, three, a short first one, a small letter after
            // the stop, a line break, no stop last, a small letter first
            "The council met on Tuesday.",
            "The council met. It voted. It left.",
            "It rained. Then it stopped.",
            "The council met on Tuesday. then it voted.",
            "The council met on Tuesday.\nIt voted.",
            "Rates fall on Friday. Here's why\nthey may rise.",
            "The council met on Tuesday. It voted",
            "the council met on Tuesday. It voted.",
            "The council met on Tuesday and the mayor spoke at length about the budget, the roads, the parks and the schools. It voted later.",
        ] {
            assert!(!is_two_sentence_title(t), "{t:?}");
        }
    }

    #[test]
    fn standfirsts() {
        for (above, line) in [
            (
                "Acme opens new plant in Detroit",
                "The carmaker says 500 jobs will follow",
            ),
            (
                "Storm Nears the Coast",
                "Thousands leave their homes as winds rise",
            ),
            // a headline in capitals never wraps into sentence case
            (
                "STORM NEARS THE COAST",
                "Thousands leave their homes as winds rise",
            ),
        ] {
            assert!(is_standfirst_under(above, line), "{line:?}");
        }
        for (above, line) in [
            ("Storm Nears", "The Coast of Florida"),
            ("Storm nears the coast as thousands", "flee their homes"),
            (
                "STORM NEARS THE COAST",
                "THOUSANDS LEAVE THEIR HOMES AS WINDS RISE",
            ),
            ("Storm Nears the Coast", "Ann Poe in Detroit"),
            ("Storm Nears the Coast", "As winds rise"),
            (
                "He said the storm was near.",
                "Thousands leave their homes as winds rise",
            ),
            // (a quote opening a title-cased line)
            ("Storm Nears the Coast", "\"The Coast of Florida\""),
        ] {
            assert!(!is_standfirst_under(above, line), "{line:?}");
        }
        // a quote may open one
        for line in [
            "\"We're trying to move faster,\" one official said.",
            "“The city cannot wait any longer,” the mayor said.",
            "‘Nobody is coming,’ one aid worker said.",
        ] {
            assert!(
                is_standfirst_under("Acme wins deal for drones", line),
                "{line:?}"
            );
        }
    }

    #[test]
    fn capital_labels() {
        for t in [
            "MILITARY",
            "NAVAL WARFARE",
            "NETWORKS & DIGITAL WARFARE",
            "PATCH NOW",
            "NOT SO FAST",
        ] {
            assert!(is_capital_label(t), "{t:?}");
        }
        for t in [
            "MARINES TRAIN WITH DUTCH",
            "STORM WARNING.",
            "WARNING:",
            "24 HOURS",
            "##DOC 40817733",
            "Military",
            "Naval WARFARE",
            // (a headline wrapped: four words)
            "AGRARIANS GAIN IN\nITALY",
        ] {
            assert!(!is_capital_label(t), "{t:?}");
        }
    }

    #[test]
    fn release_labels() {
        // every label passes the quick test of its first word's length, in
        // any case, and is a kicker of the table too
        for label in [
            "ASX ANNOUNCEMENT",
            "ASX MEDIA RELEASE",
            "ASX RELEASE",
            "ASX/MEDIA RELEASE",
            "COMPANY ANNOUNCEMENT",
            "FOR IMMEDIATE RELEASE",
            "INSIDE INFORMATION",
            "JOINT PRESS RELEASE",
            "MEDIA ADVISORY",
            "MEDIA ALERT",
            "MEDIA RELEASE",
            "MEDIA STATEMENT",
            "NEWS RELEASE",
            "PRESS RELEASE",
            "PRESS STATEMENT",
            "STOCK EXCHANGE RELEASE",
        ] {
            assert_eq!(release_label(label), Some(label.len()), "{label}");
            let lower = label.to_ascii_lowercase();
            assert_eq!(release_label(&lower), Some(label.len()), "{lower}");
            assert!(is_kicker_line(label), "{label}");
        }
        assert_eq!(release_label("MEDIA RELEASE\t\tDate: 23/11/2020"), Some(13));
        assert_eq!(release_label("Company announcement No. 23/2026"), Some(32));
        assert_eq!(release_label("NEWS RELEASE 28-NOV-2026"), Some(12));
        for t in [
            "RELEASE: C25-061",
            "Release 26-12",
            "News Release 26-012 | March 3, 2026",
        ] {
            assert_eq!(release_label(t), Some(t.len()), "{t}");
        }
        for t in [
            "RELEASE",
            "RELEASE:",
            "RELEASE: TODAY",
            "RELEASE: $5M",
            "Release the report",
            "RELEASE: THE REPORT",
            "Release 26-012 draws a crowd",
            "MEDIA RELEASES",
            "Media release times shift",
            "NEWS RELEASED",
            "NEWS",
            "NEWS RELEASE 28-NOV-2026 draws a crowd",
            "News release Nov. 28 rules",
        ] {
            assert_eq!(release_label(t), None, "{t}");
        }
    }

    #[test]
    fn kicker_lines() {
        for t in [
            "BREAKING NEWS",
            "Breaking News",
            "EXCLUSIVE",
            "Exclusive:",
            "ANALYSIS :",
            "SPECIAL REPORT",
            "Fact Check",
            "FOR IMMEDIATE RELEASE",
            "For Immediate Release:",
            "PRESS RELEASE",
            // (a paper's briefs)
            "NEWS IN BRIEF",
            "In brief",
            "BRIEFS",
            "News Briefs",
            // (after an agency's tag)
            "AAP ADVISORY",
            "PA DIARY",
            "AP DAYBOOK",
            // (before a year)
            "ELECTION 2026",
            "Election 1996",
            "ELECTIONS 2026:",
            // (after an issuer's name in capitals; a sport's AP label)
            "WRC PRESS RELEASE",
            "SANTA ANITA PRESS RELEASE",
            "ROYAL ASCOT NEWS RELEASE",
            "AUTO RACING",
        ] {
            assert!(is_kicker_line(t), "{t:?}");
        }
        // (a year after words of no kicker, or figures that are no year; an
        // issuer of four words, in small letters, or a figure first)
        for t in [
            "THE TRACK AND CLUB PRESS RELEASE",
            "Santa Anita PRESS RELEASE",
            "2026 PRESS RELEASE",
            "CLASS OF 2026",
            "ELECTION 3026",
            "ELECTION 202",
            "ELECTION 20266",
            "ELECTION2026",
            "ELECTION 2O26",
        ] {
            assert!(!is_kicker_line(t), "{t:?}");
        }
        for t in [
            "BREAKING NEWS FROM THE COAST",
            // (a word that is no agency's before a kicker; an agency before
            // a word that is no kicker)
            "STORM ADVISORY",
            "AAP COVERAGE",
            "Exclusive talks",
            "ANALYSIS: Central banks face a hard winter",
            "Storm Nears",
            "",
            ":",
        ] {
            assert!(!is_kicker_line(t), "{t:?}");
        }
    }

    #[test]
    fn headings() {
        for t in [
            "Azerbaijan-Armenia Conflict",
            "United States Commitment",
            "## The Vote",
            "BACKGROUND",
            "Is it enough?",
            "What happens next for the plant?",
            "\"Pride and Prejudice\" Returns",
            "Reading \"Pride and Prejudice\"",
        ] {
            assert!(is_heading(t), "{t:?}");
        }
        for t in [
            "He declined to comment.",
            "By Jane Doe",
            "#hashtag",
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Continue reading the main story",
            "Read more:",
            "RELATED COVERAGE",
            "Scroll down for video",
            "See Also",
            "\"Why now?\"",
            "“Why now?”",
            "\"We will rebuild.\"",
            "“It is a good day!”",
            "Why?",
            "Q: What happens next?",
            "'Enough is enough.'",
            "Why did the company choose Detroit over the other nine cities?",
            "Photo: Ann Poe/AP",
            "AP Photo/Tom Roe",
            "Image: Acme Corp",
            "Sign up for our morning newsletter",
            "Follow Ann Poe on X at @annpoe",
        ] {
            assert!(!is_heading(t), "{t:?}");
        }
        // a heading that only opens with such words is one
        assert!(is_heading("Related Parties"));
        assert!(is_heading("Advertisement Rules"));
        assert!(is_heading("Photography Returns"));
        assert!(is_heading("Imagery From Space"));
        assert!(is_heading("Sign Up Fees"));
    }
}
