//! Bylines: `By Jane Doe`, `BY JANE DOE, Reuters`, `By Jane Doe and John Roe`,
//! `By Jane Doe, John Roe and Ann Poe`, `By Jane Doe, Staff Writer`,
//! `Jane Doe | Reuters`, `By Jane Doe / Reuters`, `By Reuters Staff`, a role
//! on the next line, and names alone under a headline (`Jane Doe`,
//! `Jane Doe, Staff Writer`).

use crate::article::{Byline, TrailerKind};
use crate::span::Span;
use crate::tables::{self, abbreviations, agencies, cmp_ignore_ascii_case};
use core::ops::ControlFlow;

/// Words that mark the part of a byline that says for whom, not who: roles,
/// and the words newspapers and wires are named with (`Miami Herald`, `Dow
/// Jones Newswires`, `The Philippine Star`); sorted for binary search, four to thirteen letters
/// long.
const ROLE_WORDS: &[&str] = &[
    "advocate",
    "agency",
    "analyst",
    "anchor",
    "bulletin",
    "bureau",
    "chief",
    "chronicle",
    "columnist",
    "contributor",
    "correspondent",
    "courant",
    "courier",
    "critic",
    "critics",
    "daily",
    "desk",
    "dispatch",
    "editor",
    "enquirer",
    "examiner",
    "express",
    "forecaster",
    "gazette",
    "globe",
    "guardian",
    "herald",
    "independent",
    "inquirer",
    "insider",
    "journal",
    "magazine",
    "mail",
    "meteorologist",
    "mirror",
    "monitor",
    "network",
    "news",
    "newspaper",
    "newspapers",
    "newswire",
    "newswires",
    "observer",
    "photographer",
    "post",
    "press",
    "producer",
    "register",
    "reporter",
    "reporters",
    "reuter",
    "reuters",
    "sentinel",
    "service",
    "staff",
    "standard",
    "star",
    "statesman",
    "syndicate",
    "telegraph",
    "times",
    "tribune",
    "videographer",
    "weekly",
    "wire",
    "writer",
    "writers",
];

/// Words that name an institution's part or an officer's title, which
/// press offices and company blogs put after the writer (`By Ann Poe,
/// College of Engineering`, `By Ann Poe, Office of Energy Efficiency`, `By
/// Ann Poe, Head of Product`, `By Ann Poe, Founder and CEO`) or a
/// scholar's (`By Ann Poe, Associate Professor of Education`), in lower
/// case; asked only of a segment after the names ([`is_affiliation`]), never
/// of a page's first line.
const OFFICE_WORDS: &[&str] = &[
    "affairs",
    "ceo",
    "center",
    "centre",
    "cfo",
    "college",
    "communications",
    "cto",
    "department",
    "director",
    "division",
    "engineer",
    "faculty",
    "founder",
    "head",
    "institute",
    "laboratory",
    "lecturer",
    "manager",
    "ministry",
    "office",
    "officer",
    "president",
    "professor",
    "researcher",
    "school",
    "scientist",
    "university",
];

/// Whether `word` credits a known agency in a byline: an acronym's tag only
/// as written (`AP`, so the names `Ani`, `Ena` and `Suna` are not the
/// agencies `ANI`, `ENA` and `SUNA`), a tag with lower-case letters in any
/// case (`Reuters`, `REUTERS`).
fn is_credited_agency(word: &str) -> bool {
    agencies::agency(word).is_some_and(|a| a.tag == word || a.tag.contains(char::is_lowercase))
}

/// Whether `segment` names a role or an organisation rather than a person:
/// a known agency, an agency's credit and more, a segment with a role word
/// ([`ROLE_WORDS`]) or a word naming an institution's part or an officer
/// ([`OFFICE_WORDS`]), one that opens with `The` (`The Sacramento Bee`; no
/// name does), a paper's credit (`Special to the Sun-Ledger`), a
/// broadcaster's call letters with its channel, or a site's name
/// (`Dailymail.com`).
fn is_affiliation(segment: &str) -> bool {
    let mut words = segment.split_whitespace();
    agencies::is_agency(segment)
        // the New York Times' line under the byline: `Reporting from Kyiv`
        || segment
            .get(..15)
            .is_some_and(|head| head.eq_ignore_ascii_case("reporting from "))
        || segment.starts_with("The ")
        || segment.starts_with("THE ")
        || special_to(segment)
        || super::source::is_site(segment)
        || is_station(segment)
        // `CNN Business`, `Reuters Breakingviews`: an agency's credit, then more
        || words.next().is_some_and(is_credited_agency) && words.next().is_some()
        || segment.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            is_role_word(w) || OFFICE_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w))
        })
}

/// Whether `segment` is a broadcaster: call letters with a band (`WXYZ-TV`)
/// or with a channel or a broadcaster's word after them (`KSPQ 7`, `KTLA 5
/// News`, `KGJH News`). Bare call letters (`KING`, `WANG`) and call letters
/// with another word (`WREN POE`, `KIRA TREVINO`) may be a name in
/// capitals, and are none.
fn is_station(segment: &str) -> bool {
    let (letters, more) = segment.split_once(' ').unwrap_or((segment, ""));
    let (sign, band) = letters.split_once('-').unwrap_or((letters, ""));
    let channel = || {
        more.starts_with(|c: char| c.is_ascii_digit())
            || more
                .split(' ')
                .any(|w| STATION_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)))
    };
    super::dateline::is_call_sign(sign)
        && (matches!(band, "TV" | "FM" | "AM" | "DT") || (band.is_empty() && channel()))
        && more.split(' ').all(|w| {
            w.is_empty() || w.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
        })
}

/// Whether the trimmed line `t` is a broadcaster's name and channel alone,
/// as its site prints it over the story's headline: call letters and the
/// channel ([`is_station`]: `KDLM 12`, `WKOL 6 On Your Side`), or up to two
/// words, `News` and the channel (`Island News 8`). (A name with no
/// channel, `KGJH News`, is a desk's label: the kicker; with its slogan
/// after a bar, the page's crumb trail.)
pub(crate) fn is_station_name(t: &str) -> bool {
    if t.len() > MAX_STATION_NAME {
        return false;
    }
    // (byte patterns first: call letters and a channel's figure, or `News`
    // and a figure last; few lines asked are either)
    let bytes = t.as_bytes();
    if opens_call_and_channel(bytes) {
        return is_station(t)
            && t.split(' ')
                .nth(1)
                .is_some_and(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()));
    }
    match bytes {
        [head @ .., b' ', b'N', b'e', b'w', b's', b' ', b'0'..=b'9']
        | [
            head @ ..,
            b' ',
            b'N',
            b'e',
            b'w',
            b's',
            b' ',
            b'0'..=b'9',
            b'0'..=b'9',
        ] => memchr::memchr_iter(b' ', head).nth(1).is_none(),
        _ => false,
    }
}

/// Whether `bytes` open with call letters, a space and a figure (`KDLM
/// 12`): [`is_station_name`]'s quick test.
#[inline]
pub(crate) fn opens_call_and_channel(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [b'K' | b'W', b'A'..=b'Z', b'A'..=b'Z', b' ', b'0'..=b'9', ..]
            | [
                b'K' | b'W',
                b'A'..=b'Z',
                b'A'..=b'Z',
                b'A'..=b'Z',
                b' ',
                b'0'..=b'9',
                ..
            ]
    )
}

/// The longest broadcaster's name [`is_station_name`] reads, in bytes.
pub(crate) const MAX_STATION_NAME: usize = 32;

/// The words a broadcaster's name holds after its call letters (`KGJH
/// News`, `WXYZ Radio`).
const STATION_WORDS: [&str; 6] = [
    "news",
    "radio",
    "channel",
    "newschannel",
    "staff",
    "digital",
];

/// Whether `segment` is a paper's credit for a story from a writer not on
/// its staff: `Special to The New York Times`, `Special to the Sun-Ledger`
/// (an outlet's name, capitalised, after `Special to` and a `the`).
fn special_to(segment: &str) -> bool {
    segment
        .get(..11)
        .is_some_and(|head| head.eq_ignore_ascii_case("special to "))
        && segment.get(11..).is_some_and(|outlet| {
            outlet
                .strip_prefix("the ")
                .unwrap_or(outlet)
                .starts_with(char::is_uppercase)
        })
}

/// Whether `segment` reads as a person's name: one to five words, each starting
/// with a capital (or a particle such as `de`, `van`).
fn is_name(segment: &str) -> bool {
    // one pass over the words, where three (count, capitals, lengths) cost
    // three times as much: names are asked of every author and candidate
    let mut count = 0;
    let mut all_single = true;
    for w in segment.split_whitespace() {
        count += 1;
        // (a label's word ends in a colon: `Certificate: PG`; a student's
        // class year may follow the name, `Ann Poe '27`)
        if count > 5
            || !(w.chars().next().is_some_and(char::is_uppercase)
                || is_particle(w)
                || (count > 1 && is_class_year(w)))
            || w.ends_with(':')
        {
            return false;
        }
        all_single &= w.len() == 1;
    }
    count > 0 && !all_single
}

/// Whether `word` is a student's class year as school and college papers
/// print it after a name: an apostrophe and two figures (`'27`, `’27`).
fn is_class_year(word: &str) -> bool {
    word.strip_prefix(['\'', '\u{2019}'])
        .is_some_and(|y| y.len() == 2 && y.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `word` is a lower-case particle inside names: `de`, `van`, `bin`.
fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "van" | "von" | "der" | "da" | "del" | "la" | "le" | "bin" | "al"
    )
}

/// The words of the ranks and ratings the U.S. services print before a
/// service member's name that [`is_name`] does not pass alone (`Lt. j.g.`,
/// `Mass Communication Specialist 2nd Class`), sorted by byte for binary
/// search ([`is_ranked_name`]).
const RANK_WORDS: [&str; 35] = [
    "Adm.",
    "Airman",
    "Brig.",
    "Capt.",
    "Chief",
    "Class",
    "Cmdr.",
    "Col.",
    "Command",
    "Communication",
    "Cpl.",
    "Ens.",
    "Ensign",
    "First",
    "Gen.",
    "Gunnery",
    "Lance",
    "Lt.",
    "Maj.",
    "Mass",
    "Master",
    "Officer",
    "Petty",
    "Pfc.",
    "Pvt.",
    "Rear",
    "Seaman",
    "Senior",
    "Sgt.",
    "Spc.",
    "Specialist",
    "Staff",
    "Tech.",
    "Warrant",
    "j.g.",
];

/// Whether `name` is a service member's name after the rank or rating the
/// U.S. services print before it: words of [`RANK_WORDS`] (one at least),
/// ordinals and a grade's figure (`1st Lt.`, `Lt. j.g.`, `Airman 1st
/// Class`, `Chief Warrant Officer 2`), then a name of two to four words
/// (`1st Lt. Ann Poe`; `1st Quarter Results` is none). Out of line: asked
/// only where [`is_name`] fails.
#[inline(never)]
fn is_ranked_name(name: &str) -> bool {
    let figure = |w: &str| {
        matches!(
            w.as_bytes(),
            [b'1'..=b'9']
                | [b'1'..=b'9', b's', b't']
                | [b'1'..=b'9', b'n' | b'r', b'd']
                | [b'4'..=b'9', b't', b'h']
        )
    };
    let mut rest = name.trim();
    let mut ranked = false;
    while let Some((w, after)) = rest.split_once(' ') {
        if RANK_WORDS.binary_search(&w).is_ok() {
            ranked = true;
        } else if !figure(w) {
            break;
        }
        rest = after;
    }
    ranked && is_short_name(rest)
}

/// Whether `name` is a name of two to four words, as bylines without `By`
/// write each author.
fn is_short_name(name: &str) -> bool {
    (2..=4).contains(&name.split_whitespace().count()) && is_name(name)
}

/// Whether `text` is a city or country the tables know: in a byline, where
/// the author wrote from, never a name.
fn is_known_place(text: &str) -> bool {
    tables::cities::standalone_city(text).is_some() || tables::countries::country(text).is_some()
}

/// The parts of a byline, as slices of its text.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct BylineParts<'a> {
    pub(crate) authors: Vec<&'a str>,
    pub(crate) affiliation: Option<&'a str>,
}

/// Whether the trimmed byline `t` opens with its label ([`strip_by`]:
/// `By`, `Reported by`, `Written by`, `Author:`), as names alone do not.
pub(crate) fn is_labelled(t: &str) -> bool {
    strip_by(t).is_some()
}

/// Whether the byline's text `head` ends with a stop after a name's last
/// word, a sentence's stop (`By Ann Poe.`), not an initial's or a
/// suffix's (`By Ann B.`, `By Tom Roe Jr.`): the word's last letter in
/// lower case, and the word no suffix.
pub(crate) fn ends_with_stop_after_name(head: &str) -> bool {
    let last = head.rsplit(' ').next().unwrap_or(head);
    last.strip_suffix('.')
        .is_some_and(|w| w.chars().last().is_some_and(char::is_lowercase))
        && !abbreviations::is_name_suffix(last)
}

/// Whether the trimmed line `t` opens with an editor's or a reviewer's
/// label (`Edited by`, `Reviewed by`, in any case), which credits no
/// writer when a writer's byline stands over it.
#[inline]
pub(crate) fn is_editor_credit(t: &str) -> bool {
    // (the first byte first: most parts open otherwise)
    match t.as_bytes().first() {
        Some(b'E' | b'e') => crate::text::strip_prefix_ci(t, "edited by ").is_some(),
        Some(b'R' | b'r') => crate::text::strip_prefix_ci(t, "reviewed by ").is_some(),
        _ => false,
    }
}

/// Strips a leading `By ` (or `By: `) in any case, or `Written by `, `Story
/// by `, `Words by `, `Text by `, `Reported by `, `Interview by `, an
/// opinion page's `Opinion by `, a critic's `Reviewed by `, `Review by `, a
/// feature's `Story and photos by ` (`Text and photos by `, `Words and
/// pictures by `), or a page's label (`Author: `, `Authors: `, `Written by:
/// `, `Byline: `, the Bangkok Post's `WRITER: `), a British paper's `From `
/// before names and where they wrote from (`From Ann Poe in Brussels`), the
/// credit in other languages (`Por`, `Par`, `Von`, `di`, `Door`, `Autor:`);
/// the CNN / Daily Mail corpus's `By . Ann Poe .`, its line breaks
/// written as ` . `, and ABC News's `By` glued to the names (`ByAnn
/// Poe`), to `Ann Poe`.
fn strip_by(line: &str) -> Option<&str> {
    // the first letter picks the forms to compare: most lines stop here
    let forms: &[&str] = match line.as_bytes().first().map(u8::to_ascii_lowercase) {
        Some(b'b')
            if line
                .get(1..5)
                .is_some_and(|r| r.eq_ignore_ascii_case("y . ")) =>
        {
            let names = line.get(5..)?;
            return Some(names.strip_suffix(" .").unwrap_or(names).trim());
        }
        // a page's labels, told by their second or third letter
        Some(b'b') if matches!(line.as_bytes().get(2), Some(b'l' | b'L')) => &["byline: "],
        Some(b'a') if matches!(line.as_bytes().get(1), Some(b'u' | b'U')) => {
            &["author: ", "authors: ", "autor: "]
        }
        // a paper's analysis, credited as its opinion is (`Analysis by Ann
        // Poe`)
        Some(b'a') if line.get(1..3).is_some_and(|r| r.eq_ignore_ascii_case("na")) => {
            &["analysis by "]
        }
        // a first-person essay's writer (`As told to Ann Poe`)
        Some(b'a') if matches!(line.as_bytes().get(1), Some(b's' | b'S')) => &["as told to "],
        Some(b'b') => &["by ", "by: "],
        Some(b'w') => &[
            "written by ",
            "written by: ",
            "words by ",
            "writer: ",
            "words and pictures by ",
            "words: ",
        ],
        Some(b's') => &["story by ", "story and photos by ", "story: "],
        Some(b'c') => &["compiled by ", "commentary by "],
        // (an editor credited for wire copy or a live page: NDTV's and the
        // BBC's `Edited by Ann Poe`)
        Some(b'e') => &["edited by "],
        Some(b'o') if matches!(line.as_bytes().get(1), Some(b'p' | b'P')) => &["opinion by "],
        Some(b'i') => &["interview by ", "interviewed by "],
        Some(b't') => &["text by ", "text by: ", "text and photos by ", "text: "],
        // (told by the third letter: `rep`, `rev`)
        Some(b'r') => match line.as_bytes().get(2).map(u8::to_ascii_lowercase) {
            // (an Irish paper's label: `Reporter: Ann Poe`)
            // (KBS's with a space before the colon: `Reporter : Ann Poe`)
            Some(b'p') => &["reported by ", "reporter: ", "reporters: ", "reporter : "],
            Some(b'v') => &["reviewed by ", "review by "],
            _ => return None,
        },
        // a blog's `Posted on March 23, 2026 by Ann Poe` (India's PIB:
        // `Posted On: 28 NOV 2026 4:15PM by PIB Delhi`): the names after
        // the date
        Some(b'p') if crate::text::strip_prefix_ci(line, "posted on").is_some() => {
            let rest = line.get(9..)?;
            return rest
                .strip_prefix(':')
                .unwrap_or(rest)
                .strip_prefix(' ')?
                .split_once(" by ")
                .map(|(_, names)| names.trim());
        }
        // and the credit in other languages: Spanish and Portuguese `Por`,
        // French `Par`, German `Von`, Italian `di`, Dutch `Door`
        Some(b'p') => &["posted by ", "por ", "par "],
        Some(b'v') => &["von "],
        Some(b'd') => &["di ", "door "],
        // a British paper's `From Ann Poe in Brussels`: with the place, or
        // names alone in capitals (`From ANN POE`; a letters page signs
        // `From Ann Poe` or `From Mr Ann Poe.` over a reader's letter)
        // (or a military unit's press office, as the Navy's stories credit
        // it: `From USS Tillman Shaw Public Affairs`)
        Some(b'f')
            if memchr::memmem::find(line.as_bytes(), b" in ").is_some()
                || from_names(line)
                || memchr::memmem::find(line.as_bytes(), b" Public Affairs").is_some() =>
        {
            &["from "]
        }
        _ => return None,
    };
    let Some((form, names)) = forms.iter().find_map(|p| {
        line.get(..p.len())
            .filter(|head| head.eq_ignore_ascii_case(p))
            .and_then(|_| line.get(p.len()..))
            .map(|rest| (p, rest.trim_start()))
    }) else {
        // (ABC News's pages glue `By` to the first name: `ByAnn Poe`)
        return match line.as_bytes() {
            [b'B', b'y', b'A'..=b'Z', b'a'..=b'z', ..] => line.get(2..),
            _ => None,
        };
    };
    // (PBS sets a dash after `By`: `By — Ann Poe, Associated Press`)
    let names = match names.as_bytes().first() {
        Some(0xE2) => names
            .strip_prefix(['—', '–'])
            .map_or(names, str::trim_start),
        _ => names,
    };
    // a label's value may say `By` again: `BYLINE: By ANN POE`
    Some(
        names
            .get(..3)
            .filter(|by| form.ends_with(": ") && by.eq_ignore_ascii_case("by "))
            .and_then(|_| names.get(3..))
            .map_or(names, str::trim_start),
    )
}

/// Whether `line` is `From` and two or three words in capitals, none a
/// place the tables know, as British papers credit a correspondent over
/// the dateline (`From CLARA VANDERMEER`; not `From LONDON TO PARIS`).
fn from_names(line: &str) -> bool {
    let Some(names) = crate::text::strip_prefix_ci(line, "from ") else {
        return false;
    };
    let words = names.split(' ').count();
    (2..=3).contains(&words)
        && names
            .split(' ')
            .all(|w| crate::text::is_all_caps(w) && !super::place::is_known(w))
}

/// The separators bylines put between who and for whom: `Jane Doe | Reuters`,
/// `Jane Doe • Staff Writer`.
const BARS: [&str; 3] = [" | ", " • ", " · "];

/// Splits `line` at the first of [`BARS`] it holds (at that bar's first
/// place): ` | ` before ` • ` before ` · `.
///
/// One scan for `|` and the first bytes of `•` (0xE2) and `·` (0xC2) in
/// UTF-8, checking each hit, rather than a substring search per bar: most
/// lines hold none of them, and a paragraph's curly quotes and dashes
/// (also 0xE2) are passed over where they stand.
fn split_bar(line: &str) -> Option<(&str, &str)> {
    let bytes = line.as_bytes();
    // where each bar first stands
    let mut first: [Option<usize>; 3] = [None; 3];
    for hit in memchr::memchr3_iter(b'|', 0xE2, 0xC2, bytes) {
        let Some(at) = hit.checked_sub(1) else {
            continue;
        };
        let rest = bytes.get(at..).unwrap_or_default();
        for (slot, bar) in first.iter_mut().zip(BARS) {
            if slot.is_none() && rest.starts_with(bar.as_bytes()) {
                *slot = Some(at);
            }
        }
        if first.first().copied().flatten().is_some() {
            break;
        }
    }
    let (at, bar) = first
        .iter()
        .zip(BARS)
        .find_map(|(at, bar)| Some(((*at)?, bar)))?;
    Some((line.get(..at)?, line.get(at + bar.len()..)?))
}

/// How the trimmed first line of a byline opens: the names after `By` (or
/// after a desk and a slash, [`desk_then_by`]) and the desk; `None` where
/// the line can open no byline (no `By`, and no bar, slash or comma that
/// parts names from a credit).
fn opening(first: &str) -> Option<(Option<&str>, Option<&str>)> {
    let by = strip_by(first);
    let parting = by.is_none() && parting_byte(first);
    // (a desk before a slash and `By`: the ABC's `ABC Rural / By Ann Poe`)
    let desk = parting.then(|| desk_then_by(first)).flatten();
    let by = by.or(desk.map(|(_, names)| names));
    if by.is_none()
        && !(parting
            && (split_bar(first).is_some()
                || names_comma_agency(first)
                || split_bar_stamp(first).is_some()
                || slash_credit(first).is_some()))
    {
        return None;
    }
    Some((by, desk.map(|(desk, _)| desk)))
}

/// The desk and the names after `By` of a byline that names its desk
/// before a slash, as the ABC prints it: `ABC Rural / By Ann Poe` gives
/// `ABC Rural` and `Ann Poe`. The desk is one to four capitalised words
/// ([`capitalised_words`]).
fn desk_then_by(line: &str) -> Option<(&str, &str)> {
    let at = memchr::memchr(b'/', line.as_bytes())?;
    let desk = line.get(..at)?.strip_suffix(' ')?.trim_end();
    let names = strip_by(line.get(at + 1..)?.strip_prefix(' ')?)?;
    capitalised_words(desk, MAX_DESK_WORDS).then_some((desk, names))
}

/// The most words of a desk before a byline's slash ([`desk_then_by`]).
const MAX_DESK_WORDS: usize = 4;

/// Splits `names` (after `By`) at a bar with no space around it, where it
/// has no spaced one (`by Ann Poe|Rigzone Staff|Friday, November 27, 2026`,
/// as some sites' templates glue them; the stamp after the last is cut off
/// later, as after a spaced bar): the parts trimmed.
fn split_glued_bar(names: &str) -> Option<(&str, &str)> {
    split_bar(names).or_else(|| {
        let at = memchr::memchr(b'|', names.as_bytes())?;
        let who = crate::text::trim_end(names.get(..at)?);
        Some((who, crate::text::trim_start(names.get(at + 1..)?)))
    })
}

/// Splits the line `line`, with no `By`, at a slash with a space each side
/// where an agency's or newsroom's credit stands after it, as the Times of
/// India prints its bylines (`Ann Poe / TNN / Nov 28, 2026, 04:12 IST`), or
/// before it with a time stamp after it (`TNN / Nov 28, 2026, 04:12 IST`):
/// the part before the slash, and the rest.
fn slash_credit(line: &str) -> Option<(&str, &str)> {
    let at = memchr::memchr(b'/', line.as_bytes())?;
    let (who, rest) = (
        line.get(..at)?.strip_suffix(' ')?,
        line.get(at + 1..)?.strip_prefix(' ')?,
    );
    let credit = rest.split(" / ").next().unwrap_or(rest);
    let credited = |c: &str| agencies::is_agency(c) || credits_no_one(c);
    (credited(credit) || credited(who) && super::trailer::is_time_stamp(rest))
        .then_some((who, rest))
}

/// Splits `line` at a bar with blank space before it but none after, where
/// a time stamp follows, as Anadolu's pages print the byline (`Ann Poe
/// |28.11.2026 - Update : 28.11.2026`): the names trimmed, and the stamp.
fn split_bar_stamp(line: &str) -> Option<(&str, &str)> {
    let at = memchr::memchr(b'|', line.as_bytes())?;
    let (who, stamp) = (line.get(..at)?, line.get(at + 1..)?);
    (who.ends_with(' ') && super::trailer::is_time_stamp(stamp))
        .then(|| (crate::text::trim_end(who), stamp))
}

/// Whether `line` has a byte that may part names from a credit without
/// `By`: `|`, a comma, a slash, or the first byte of `•` (0xE2) or `·`
/// (0xC2), which differ only in bit 0x20. Every byte is read, with no early
/// exit, which the compiler turns into a few vector steps: most lines asked
/// are headlines with none.
fn parting_byte(line: &str) -> bool {
    line.bytes().fold(0u8, |seen, b| {
        seen | u8::from(b == b'|')
            | u8::from(b == b',')
            | u8::from(b == b'/')
            | u8::from(b | 0x20 == 0xE2)
    }) != 0
}

/// Whether `line` is names, a comma and a known agency, with no `By`:
/// `Jane Doe, Reuters`, `Ann Poe and Tom Roe, Reuters`.
fn names_comma_agency(line: &str) -> bool {
    // memchr's vectorised search: most lines asked are headlines without one
    let comma = memchr::memchr(b',', line.as_bytes())
        .filter(|&at| line.get(at + 1..).is_some_and(|r| r.starts_with(' ')));
    comma
        .and_then(|at| Some((line.get(..at)?, line.get(at + 2..)?)))
        .is_some_and(|(who, org)| {
            let mut names = split_and(who).peekable();
            names.peek().is_some()
                && names.all(is_short_name)
                && agencies::agency(org.trim()).is_some()
        })
}

/// The byline of a one-line `before | after` with no `By` first, when the
/// bar parts a date stamp from the byline after it (`November 28, 2026 | By
/// Ann Poe`, `Nov. 28, 2026 | Ann Poe | Reuters`), or a section's one or two
/// words from a `By` byline (`Politics | By Ann Poe`): `Break` with the
/// answer when this rule decides, `Continue` when the usual reading goes on.
/// A headline before `By` (`Storm Nears Coast | By Ann Poe`) makes the line
/// no byline. An agency's or newsroom's credit before the bar is read by
/// [`credit_before_bar`].
fn byline_after_bar<'a>(before: &'a str, after: &'a str) -> ControlFlow<Option<BylineParts<'a>>> {
    let by = strip_by(after.trim()).is_some();
    // a page's section and subsection (`NEWS | HEALTH`, `News | Transport`;
    // `Politics | By Ann Poe` is a byline): a desk's word alone before the
    // bar credits no one
    if !by && super::headline::is_desk_word(before.trim()) {
        return ControlFlow::Break(None);
    }
    if let Some(read) = (!by).then(|| credit_before_bar(before)).flatten() {
        return ControlFlow::Break(Some(read));
    }
    let before = before.trim();
    // a site's name as its address over its stamp credits the story:
    // China Daily's `chinadaily.com.cn | Updated: 2026-11-27 15:40`
    if !by && super::source::is_site(before) && super::trailer::is_time_stamp(after.trim()) {
        return ControlFlow::Break(Some(BylineParts {
            authors: Vec::new(),
            affiliation: Some(before),
        }));
    }
    let stamp = || super::trailer::is_time_stamp(before);
    if by {
        let section = before.split_whitespace().nth(2).is_none();
        return ControlFlow::Break((section || stamp()).then(|| byline(after)).flatten());
    }
    if stamp() {
        ControlFlow::Break(byline(after))
    } else {
        ControlFlow::Continue(())
    }
}

/// `line` up to the dot where its stamp starts, when a bar parts the stamp
/// in two and names and their outlet stand before it, as CBC prints them
/// (`Ann Poe · CBC News · Posted: Nov 28, 2026 2:30 PM EST | Last Updated:
/// November 28`: the bar would part the stamps); else `line`. Out of line:
/// few lines have both marks.
#[inline(never)]
fn before_dotted_stamp(line: &str) -> &str {
    match stamp_cut(line) {
        Some((at, TrailerKind::Timestamp))
            if line
                .get(at..)
                .is_some_and(|r| crate::text::trim_start(r).starts_with(['·', '•'])) =>
        {
            line.get(..at).map_or(line, crate::text::trim_end)
        }
        _ => line,
    }
}

/// Reads a byline from `text` (one to three lines), or `None` when it is not one.
pub(crate) fn byline(text: &str) -> Option<BylineParts<'_>> {
    // `\n`, `\r\n` and a lone `\r` all end a line; the first line is found
    // with `memchr2`, as most blocks asked are long paragraphs
    let head = crate::text::trim_start(text);
    let first_end = memchr::memchr2(b'\n', b'\r', head.as_bytes()).unwrap_or(head.len());
    // Markdown's emphasis around the byline, as pages converted to text
    // keep it: `**By Ann Poe**`, `*By Ann Poe* | Nov. 28, 2026`
    let first = without_emphasis(crate::text::trim_end(head.get(..first_end)?));
    let mut lines = head
        .get(first_end..)?
        .split(['\n', '\r'])
        .map(crate::text::trim)
        .filter(|l| !l.is_empty());
    // the cheapest tests first: most blocks asked are not bylines, and most
    // of those are paragraphs longer than any byline
    if crate::text::longer_than(first, 120) {
        return None;
    }
    let (by, desk) = opening(first)?;
    // (a bar left at the names' end parts nothing, the page's share buttons
    // after it gone: the Defense Department's `By Ann Poe, DOD News |`; the
    // mark is cut off with the stamps, [`stamp_cut`])
    let by = by.map(|names| names.strip_suffix(" |").unwrap_or(names));
    // (names, a dot and their outlet, a dot and two stamps parted by a bar,
    // as CBC prints them; the speed gate first: both marks, which few lines
    // asked have)
    let bytes = first.as_bytes();
    let first = if by.is_none()
        && memchr::memchr(b'|', bytes).is_some()
        && memchr::memchr2(0xB7, 0xA2, bytes).is_some()
    {
        before_dotted_stamp(first)
    } else {
        first
    };
    // at most two lines, and the reporter's address or account under them
    // (`By Ann Poe` / `Senior Reporter` / `apoe@example.com`) or the outlet
    // under a role
    let (second, third, None) = (lines.next(), lines.next(), lines.next()) else {
        return None;
    };
    // names run on over the line's end after a joiner (`By Ann Poe and` /
    // `Tom Roe`): the next line holds the last of them
    let run_on = by
        .and_then(|names| second.filter(|_| run_on_head(names).is_some()))
        .filter(|next| is_run_on_names(next));
    // (or the outlet under a role: the Nation's `By Ann Poe` / `Education
    // reporter` / `Nation Media Group`; the second line is read below)
    if run_on.is_none() && third.is_some_and(|l| !is_address(l) && !is_outlet_line(l)) {
        return None;
    }
    let mut parts = BylineParts {
        authors: Vec::new(),
        affiliation: desk,
    };
    // after `By`, a slash or a dash also parts who from for whom (`By Ann
    // Poe / Reuters`, `By Ann Poe/Reuters`, `By Ann Poe - Staff Writer`), and
    // ` on ` from a date (`By Ann Poe on November 28, 2026`)
    let parted = match by {
        Some(names) => split_names_after_by(names),
        None => split_bar(first)
            .or_else(|| split_bar_stamp(first))
            .or_else(|| slash_credit(first)),
    };
    if let (None, None, Some((before, after))) = (by, second, parted) {
        if let ControlFlow::Break(read) = byline_after_bar(before, after) {
            return read;
        }
    }
    let names = if let Some((who, org)) = parted {
        parted_names(by.is_some(), who, org, &mut parts)?
    } else {
        // `Jane Doe, Reuters` passed the test above; `by Xinhua writers …`
        by.map_or(first, |names| {
            // (names run on: the line under them too, one slice of `head`)
            let names = run_on
                .and_then(|next| join(head, names, next))
                .unwrap_or(names);
            let names = without_leading_role(names, &mut parts);
            let names = without_copyright(without_stamp(names), &mut parts);
            let names = after_agency_credit(without_address(names), &mut parts);
            before_agencies(names, &mut parts)
        })
    };
    // comma segments; the last may be an affiliation; ` and ` splits names
    let mut segments = name_segments(names, run_on.is_some());
    take_affiliation(names, &mut segments, &mut parts);
    for seg in segments {
        // where the authors wrote from, or its state or country, is no
        // author: `By Ann Poe, Washington`, `By Ann Poe in Tampa, Florida`
        if !parts.authors.is_empty() && super::place::is_known(seg) {
            continue;
        }
        if abbreviations::is_name_suffix(seg) {
            // `Jr.` after a comma belongs to the name before it
            if let Some(prev) = parts.authors.last_mut() {
                if let Some(joined) = join(names, prev, seg) {
                    *prev = joined;
                    continue;
                }
            }
        }
        for name in split_and(seg) {
            read_author(name, by.is_some(), &mut parts)
                .or_else(|| special_author(name, &mut parts))?;
        }
    }
    let second = if run_on.is_some() { third } else { second };
    // the line under the names: the affiliation, or the reporter's mail
    // address or account (`By Ann Poe` over `apoe@example.com`, `@annpoe`),
    // the pictures' credit (`Photographs by Bo Tan`) or a known place,
    // which are neither
    if let Some(role) = second.filter(|line| !is_address(line) && !is_visual_credit(line)) {
        // where the author wrote from, on its own line under the names
        // (`By Ann Poe` / `Islamabad`), is neither
        let from = super::place::is_known(role);
        if !from {
            // (under the names, a line of capitalised words names the
            // outlet: `Stanford Report`, `New Vision`; names run on after
            // an `and` read as no byline before this)
            // (a role under names with their agency keeps the agency: `By
            // Ann Poe, BelTA` / `Special Correspondent`)
            let agency_named = parts.affiliation.is_some_and(agencies::is_agency);
            if agency_named && is_role_line(role) {
                return Some(parts);
            }
            if parts.affiliation.is_some() || !(is_affiliation(role) || is_outlet_line(role)) {
                return None;
            }
            parts.affiliation = Some(role);
        }
    }
    if parts.authors.is_empty() && parts.affiliation.is_none() {
        return None;
    }
    Some(parts)
}

/// The most words of a role in lower case before the names
/// ([`without_leading_role`]).
const MAX_LEADING_ROLE: usize = 4;

/// `names` after `By` without a role in lower case before them, as ABC
/// News prints its bylines (`By political reporter Ann Poe`, `By state
/// political reporter Ann Poe`): up to four words opening in a small
/// letter, the last a reporter's job ([`JOBS`]); the role is the
/// affiliation.
fn without_leading_role<'t>(names: &'t str, parts: &mut BylineParts<'t>) -> &'t str {
    // (a small letter first: an unknown credit before the job is no role,
    // `By Acme writer Ann Poe`; and most names open with a capital)
    if !names.starts_with(|c: char| c.is_ascii_lowercase()) {
        return names;
    }
    let mut end = 0;
    for w in names.split(' ').take(MAX_LEADING_ROLE) {
        end += w.len();
        if JOBS.contains(&w) {
            // (the names after it are read as any byline's)
            let (Some(role), Some(rest)) = (names.get(..end), names.get(end + 1..)) else {
                return names;
            };
            parts.affiliation = parts.affiliation.or(Some(role));
            return rest;
        }
        end += 1;
    }
    names
}

/// The comma segments of a byline's `names`, each without a joiner that
/// opens it (an Oxford comma leaves `and Al Moe`, AFP's comma `with Al
/// Moe`: the joiner goes). Names
/// `run_on` over a line's end part at the line break too, and the joiner
/// that ends the first line goes.
fn name_segments(names: &str, run_on: bool) -> Vec<&str> {
    let (upper, lower) = if run_on {
        let (upper, lower) = crate::text::split_at_line_break(names);
        (run_on_head(upper).unwrap_or(upper), lower)
    } else {
        (names, "")
    };
    upper
        .split(',')
        .chain(lower.split(','))
        .map(|s| {
            let s = crate::text::trim(s);
            ["and ", "& ", "with "]
                .iter()
                .find_map(|p| s.strip_prefix(p))
                .unwrap_or(s)
                .trim_start()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// The names before a joiner that ends a byline's line (`Ann Poe and`,
/// `ANN POE AND`, `Ann Poe &`: the names run on to the next line), without
/// the joiner.
fn run_on_head(names: &str) -> Option<&str> {
    [" and", " AND", " &"]
        .iter()
        .find_map(|j| names.strip_suffix(j))
        .map(crate::text::trim_end)
        .filter(|head| !head.is_empty())
}

/// Whether `line` ends with a joiner after a word (`By Ann Poe and`): names
/// may run on to the next line.
pub(crate) fn ends_in_joiner(line: &str) -> bool {
    run_on_head(line).is_some()
}

/// Whether `line`, under a byline's line that ends with a joiner, holds the
/// last names: short, each word opening with a capital letter (`Tom Roe`,
/// `TOM ROE`, `Tom Roe, Reuters`), with no stop at its end.
fn is_run_on_names(line: &str) -> bool {
    !crate::text::longer_than(line, 60)
        && !line.ends_with(['.', ':', '!', '?'])
        && line
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "&"))
}

/// The most words of an outlet's name on the line under a byline
/// ([`is_outlet_line`]).
const MAX_OUTLET_WORDS: usize = 5;

/// Whether `line` reads as an outlet's name: one to [`MAX_OUTLET_WORDS`]
/// words, each capitalised but `of`, `the`, `and`, `for` and `&`, and no
/// stop at its end (`Stanford Report`, `Office of Communications`); a
/// news service's code or the paper's city in brackets may follow
/// (`Lexington Herald-Leader (TNS)`, `Star Tribune (Minneapolis)`).
pub(crate) fn is_outlet_line(line: &str) -> bool {
    let line = line
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once(" ("))
        .map_or(line, |(name, _)| name);
    let mut words = 0;
    let capitalised = line.split_whitespace().all(|w| {
        words += 1;
        w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and" | "for" | "&")
    });
    capitalised
        && (1..=MAX_OUTLET_WORDS).contains(&words)
        && !line.ends_with(['.', '!', '?', ':', ','])
}

/// Whether `line`, under the `names` line, is their outlet's initials, as
/// ICT News credits its writers (`Ann Poe` / `ICT`): two to five capitals
/// alone, under names not in capitals (a headline in capitals wrapped
/// leaves a last word in capitals: `ZOO WELCOMES TWIN` / `CUBS`).
fn outlet_initials(names: &str, line: &str) -> bool {
    (2..=5).contains(&line.len())
        && line.bytes().all(|b| b.is_ascii_uppercase())
        && !crate::text::is_all_caps(names)
}

/// Whether `line`, under names alone, is their outlet (`Arizona Republic`,
/// `News24`): an outlet's line ([`is_outlet_line`]) with no word of
/// [`NOT_IN_NAMES`], on one line, not in capitals (an old paper's deck in
/// title case, `Senators Divided` / `After Long Debate`, and a headline in
/// capitals wrapped, `ZOO WELCOMES TWIN` / `RED PANDA CUBS`, are none; `The
/// Denver Post` is a role line's affiliation); `The` may open it before one
/// or two words (Gannett's `The Oklahoman`, `The Tennessean`).
fn is_names_outlet(line: &str) -> bool {
    let name = line
        .strip_prefix("The ")
        .filter(|rest| rest.split(' ').count() <= 2)
        .unwrap_or(line);
    is_outlet_line(line)
        && !crate::text::is_all_caps(line)
        && !line.contains(['\n', '\r'])
        && name.split(' ').all(|w| !NOT_IN_NAMES.contains(&w))
}

/// How a credit for a story's pictures opens, in any ASCII case.
const VISUAL_CREDITS: [&str; 11] = [
    "photographs by ",
    "photos by ",
    "photo by ",
    "photography by ",
    "pictures by ",
    "illustrations by ",
    "video by ",
    "photos: ",
    "photo: ",
    "pictures: ",
    "video: ",
];

/// Whether `line` credits the pictures beside the story to names, as
/// features print it under the writer's byline: `Photographs by Bo Tan`,
/// `Photos by Bo Tan and Al Moe`.
fn is_visual_credit(line: &str) -> bool {
    VISUAL_CREDITS.iter().any(|p| {
        line.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
            && line
                .get(p.len()..)
                .is_some_and(|names| split_and(names.trim()).all(is_name))
    })
}

/// The roles an agency's credit names before the names after `By`
/// ([`after_agency_credit`]).
const CREDIT_ROLES: [&str; 8] = [
    "correspondent",
    "correspondents",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "writer",
    "writers",
];

/// The names after `By` past a known agency's credit before them, as
/// Xinhua's features write it: `Xinhua writers Liu Jianhua, Chen Xiaoyu`,
/// `Xinhua staff reporter Ann Poe`, `AP writer Ann Poe`. The credit (the
/// agency, an optional `staff`, and a role of [`CREDIT_ROLES`], in lower
/// case) becomes the affiliation in `parts`; the names after it, returned,
/// are read by the byline's rules as any others. Without such a credit,
/// `names` as given.
#[inline(never)]
fn after_agency_credit<'a>(names: &'a str, parts: &mut BylineParts<'a>) -> &'a str {
    // one pass for a word in lower case opening as a role does: most names
    // have none, and splitting them into words cost ~1M instructions on the
    // corpus profile
    let role_after_space = names
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w, [b' ', b'c' | b'j' | b'r' | b'w']));
    if !role_after_space {
        return names;
    }
    let mut at = 0;
    for word in names.split(' ').take(5) {
        let end = at + word.len();
        // the roles' first letters and lengths first: most words stop there
        let role = matches!(word.as_bytes().first(), Some(b'c' | b'j' | b'r' | b'w'))
            && (6..=14).contains(&word.len())
            && CREDIT_ROLES.contains(&word);
        if role {
            let agency = names.get(..at).unwrap_or("").trim_end();
            let agency = agency.strip_suffix(" staff").unwrap_or(agency);
            if let (true, Some(credit), Some(rest)) = (
                agencies::is_agency(agency),
                names.get(..end),
                names.get(end..),
            ) {
                parts.affiliation = Some(credit);
                return rest.trim_start();
            }
            return names;
        }
        at = end + 1;
    }
    names
}

/// The names of a byline parted at a bar or after `By` at a slash or dash
/// (`who`), with what follows (`org`) as the affiliation in `parts` when it
/// reads as one: `Jane Doe | Reuters`, `By Jane Doe | Reuters`. A stamp
/// after a second bar says when (`Ann Poe | Reuters | November 28, 2026`);
/// the reporter's address says neither (`By Ann Poe | apoe@example.com`,
/// `By Ann Poe | apoe@example.com | The Valley Times`, `By: Ann Poe -
/// Correspondent / @annpoe`). `None` when `org` reads as no credit; one
/// word (`who`) only as an agency, or after `By` (`by`) before a stamp.
fn bar_names<'a>(
    by: bool,
    who: &'a str,
    org: &'a str,
    parts: &mut BylineParts<'a>,
) -> Option<&'a str> {
    // (a stamp whole, its time and date parted by a dot: `By Ann Poe / 9:00
    // AM PST · November 28, 2026`)
    let whole_stamp = memchr::memchr2(0xB7, 0xA2, org.as_bytes()).is_some()
        && super::trailer::is_time_stamp(org.trim());
    let parted = if whole_stamp {
        None
    } else {
        split_bar(org).or_else(|| org.split_once(" / "))
    };
    let org = match parted {
        Some((org, when))
            if super::trailer::is_time_stamp(when.trim()) || is_address(when.trim()) =>
        {
            org
        }
        Some((mail, org)) if is_address(mail.trim()) => org,
        _ => org,
    };
    let org = crate::text::trim(org);
    // (`the Mail on Sunday`: a paper's name after its article)
    let named = org.strip_prefix("the ").unwrap_or(org);
    // (or the site's domain: `By Zhao Lin | chinadaily.com.cn`; or a
    // unit's number: `2nd Marine Division`)
    let capital = named.chars().next().is_some_and(char::is_uppercase)
        || is_site_domain(org)
        || is_numbered_unit(named);
    // `By Ann Poe | Nov. 28, 2026`: a stamp says when, not for whom
    let when = says_when(org);
    let address = is_address(org);
    // one word only as an agency's credit (`TNN | Nov 28, 2026, 10.45 PM
    // IST`), or after `By` before a stamp, as the Jordan Times signs its
    // desk's initials: `By JT - Feb 24,2026 - Last updated at Feb 24,2026`
    let one_word = who.split_whitespace().nth(1).is_none();
    let credited = agencies::is_agency(crate::text::trim(who)) || by && when;
    if (one_word && !credited) || !(capital || when || address) {
        return None;
    }
    // the pictures' credit says who took them, not for whom: `By Ann Poe;
    // Photos by Bo Li`, `Story: Ann Poe | Photos: Bo Li`
    parts.affiliation = (!when && !address && !is_visual_credit(org))
        .then_some(org)
        .filter(|org| is_bar_affiliation(org));
    Some(without_emphasis(crate::text::trim(who)))
}

/// The names of a byline parted at a bar, a slash or a dash into `who` and
/// `org` ([`bar_names`]); after `By` (`by`), a date before the bar and its
/// time after it are one stamp, and the names are what stands before the
/// date (Newsfirst's `by Staff Writer 01-09-2026 | 4:30 PM`).
fn parted_names<'a>(
    by: bool,
    who: &'a str,
    org: &'a str,
    parts: &mut BylineParts<'a>,
) -> Option<&'a str> {
    let undated = if by { without_stamp(who) } else { who };
    if undated.len() < who.len() && org.len() <= MAX_TIME && crate::text::has_clock(org) {
        return Some(without_emphasis(undated));
    }
    bar_names(by, who, org, parts)
}

/// Whether `org` opens with an ordinal in figures and a capitalised word,
/// as a military unit is named (`2nd Marine Division`, `82nd Airborne
/// Division`, `1st Cavalry Division`).
#[inline(never)]
fn is_numbered_unit(org: &str) -> bool {
    let mut words = org.split(' ');
    let (Some(number), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let figures = number.bytes().take_while(u8::is_ascii_digit).count();
    figures > 0
        && number
            .get(figures..)
            .is_some_and(|s| matches!(s, "st" | "nd" | "rd" | "th"))
        && next.starts_with(|c: char| c.is_ascii_uppercase())
}

/// The most bytes of a time alone after a byline's bar, its date before
/// the bar (`by Staff Writer 01-09-2026 | 4:30 PM`).
const MAX_TIME: usize = 16;

/// The byline of a line with no `By` whose part before a bar (`who`) is an
/// agency's or newsroom's credit ([`credits_no_one`]), then where it wrote
/// from or when: `Press Trust of India | New Delhi | Updated: …`, `Express
/// News Service | Mumbai`. The credit is the affiliation, and no one is
/// named.
fn credit_before_bar(who: &str) -> Option<BylineParts<'_>> {
    let credit = without_emphasis(who.trim());
    credits_no_one(credit).then(|| BylineParts {
        authors: Vec::new(),
        affiliation: Some(credit),
    })
}

/// Whether `word` is a site's domain name alone, with no path, as a page
/// prints it after a byline's bar for the outlet (`chinadaily.com.cn`,
/// `www.inquirer.net`): a web address ([`is_web_address`]) with no slash.
///
/// [`is_web_address`]: super::trailer::is_web_address
fn is_site_domain(word: &str) -> bool {
    super::trailer::is_web_address(word) && memchr::memchr(b'/', word.as_bytes()).is_none()
}

/// Whether `line` is a mail address or an account alone: one word, with an
/// `@` inside it and a period after the `@` (`apoe@example.com`), or an `@`
/// and letters, digits, `_`, `-` or `/` (`@annpoe`, `@IN/ANN-POE`).
pub(crate) fn is_address(line: &str) -> bool {
    !line.contains(' ')
        && line.split_once('@').is_some_and(|(user, host)| {
            if user.is_empty() {
                // (a profile's path too, as CNBC prints LinkedIn's:
                // `@IN/ANN-POE`)
                host.starts_with(|c: char| c.is_ascii_alphanumeric())
                    && host
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'/' | b'-'))
            } else {
                host.contains('.') && !host.ends_with('.')
            }
        })
}

/// `names` without the reporter's mail address or account after them on
/// the line (`Ann Poe apoe@example.com`, `Ann Poe @annpoe`), which names no
/// one: the byline's text keeps it, its authors do not.
fn without_address(names: &str) -> &str {
    // (most names have no `@`: no split)
    if memchr::memchr(b'@', names.as_bytes()).is_none() {
        return names;
    }
    match names.rsplit_once(' ') {
        Some((head, last)) if is_address(last) => head.trim_end(),
        // (or the account glued to the last name, as CNBC's page copies:
        // `Ann Poe@PoeCNBC`)
        _ => names
            .rsplit_once('@')
            .filter(|(head, account)| {
                head.ends_with(|c: char| c.is_alphabetic())
                    && !account.is_empty()
                    && account
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_')
            })
            .map_or(names, |(head, _)| head),
    }
}

/// `names` without a news service's copyright after them on the line, as
/// syndicated copy sends it (`Ann Poe c.1995 N.Y. Times News Service`, `Ann
/// Poe (c) 1994, The Washington Post`): the copyright, as
/// [`is_service_copyright`](super::trailer::is_service_copyright) reads it,
/// is the affiliation in `parts`.
fn without_copyright<'a>(names: &'a str, parts: &mut BylineParts<'a>) -> &'a str {
    // (a space, then `c.` or `(c`: most names have neither)
    let mark = names
        .as_bytes()
        .windows(3)
        .position(|w| matches!(w, [b' ', b'c', b'.'] | [b' ', b'(', b'c' | b'C']));
    let Some((head, credit)) = mark.and_then(|at| Some((names.get(..at)?, names.get(at + 1..)?)))
    else {
        return names;
    };
    if !super::trailer::is_service_copyright(credit) {
        return names;
    }
    parts.affiliation = Some(credit);
    head.trim_end()
}

/// The dashes a stamp may stand before a byline with: `Nov. 28, 2026 — By
/// Ann Poe`.
const STAMP_DASHES: [&str; 4] = [" — ", " – ", " -- ", " - "];

/// A byline after a time stamp and a dash on one line (`Nov. 28, 2026 — By
/// Ann Poe`, `November 28, 2026 - By Ann Poe and Tom Roe`): the byline's
/// parts, read from `By` on. Each `B` of the line is checked for ` By `
/// with a dash and a stamp before it: most lines have none.
fn stamp_dash_byline(line: &str) -> Option<BylineParts<'_>> {
    let bytes = line.as_bytes();
    let at = spaced_word(bytes, b"By ")?;
    let (head, by) = (line.get(..at)?, line.get(at..)?);
    let stamp = STAMP_DASHES
        .iter()
        .find_map(|dash| head.strip_suffix(dash.trim_start()))?
        .trim_end();
    if !super::trailer::is_time_stamp(stamp) {
        return None;
    }
    byline(by)
}

/// `line` without the Markdown emphasis marks (`*`, `_`) that open or close
/// it; a line that opens with none comes back as it is.
fn without_emphasis(line: &str) -> &str {
    let mark = |b: Option<&u8>| matches!(b, Some(b'*' | b'_'));
    let bytes = line.as_bytes();
    if mark(bytes.first()) || mark(bytes.last()) {
        line.trim_matches(['*', '_']).trim()
    } else {
        line
    }
}

/// Moves the affiliation out of a byline's comma `segments` (slices of
/// `names`) into `parts`, unless it has one: names run on into a known agency
/// (`MARIA LOPEZ and TOM BAKER Associated Press`, `ANN POE AP Business
/// Writer`), the first of the roles after each name (`Ann Poe, Staff Writer,
/// and Tom Roe, Correspondent`, where the names stay authors), the first
/// affiliation segment after the names and all after it (`Ann Poe, BBC News,
/// Washington`), or a lone one (`By Reuters Staff`).
fn take_affiliation<'a>(names: &'a str, segments: &mut Vec<&'a str>, parts: &mut BylineParts<'a>) {
    if let Some((names, agency)) = segments
        .last()
        .copied()
        .filter(|last| parts.affiliation.is_none() && !agencies::is_agency(last))
        .and_then(|last| trailing_agency(last).or_else(|| agency_role(last)))
    {
        // `MARIA LOPEZ and TOM BAKER Associated Press`
        parts.affiliation = Some(agency);
        if let Some(last) = segments.last_mut() {
            *last = names;
        }
    } else if segments.len() > 1
        && parts.affiliation.is_none()
        && segments.first().is_some_and(|s| credits_no_one(s))
    {
        // a newsroom and where it wrote from: `By HT Correspondent, New
        // Delhi`, `By Reuters Staff, Washington`
        if let (Some(first), Some(last)) = (segments.first(), segments.last()) {
            parts.affiliation = join(names, first, last);
            segments.clear();
        }
    } else if segments.len() > 2 && parts.affiliation.is_none() && role_after_each(segments) {
        // a role after each name: `By Ann Poe, Staff Writer, and Tom Roe,
        // Correspondent`; the first role is the affiliation
        parts.affiliation = segments.get(1).copied();
        let mut k = 0;
        segments.retain(|_| {
            k += 1;
            k % 2 == 1
        });
    } else if segments.len() > 1 && parts.affiliation.is_none() {
        // the first affiliation after the names runs to the end: `By Ann
        // Poe, BBC News, Washington`
        let at = segments
            .iter()
            .skip(1)
            .position(|s| is_affiliation(s))
            .map(|k| k + 1);
        if let (Some(k), Some(last)) = (at, segments.last().copied()) {
            if let Some(org) = segments.get(k).and_then(|first| join(names, first, last)) {
                parts.affiliation = Some(org);
                segments.truncate(k);
            }
        }
    } else if segments.len() == 1
        && credits_no_one(segments.first().copied().unwrap_or(""))
        && parts.affiliation.is_none()
    {
        // `By Reuters Staff`
        parts.affiliation = segments.pop();
    }
}

/// Whether comma `segments` are pairs of a name and its role or newsroom,
/// two pairs or more: `Ann Poe, Staff Writer, Tom Roe, Correspondent`.
fn role_after_each(segments: &[&str]) -> bool {
    segments.len() % 2 == 0
        && segments.chunks(2).all(|pair| {
            matches!(pair, [name, role] if is_name(name) && !is_affiliation(name) && is_affiliation(role))
        })
}

/// Words papers are named with that are also surnames: `Emily Post`, `Ann
/// Daily`, `Tom Herald`.
const PAPER_SURNAMES: [&str; 9] = [
    "courier", "daily", "globe", "herald", "mail", "mirror", "monitor", "post", "press",
];

/// Whether a byline's first comma segment names an organisation or role and
/// no author: an affiliation ([`is_affiliation`]) that is not names whose
/// only role words are surnames papers share ([`PAPER_SURNAMES`]): `By
/// Reuters Staff`, not `By Emily Post` or `By Tom Herald and Ann Poe`.
fn credits_no_one(segment: &str) -> bool {
    let person = |n: &str| paper_surname(n) || (is_name(n) && !is_affiliation(n));
    is_affiliation(segment)
        && reads_as_credit(segment)
        && (agencies::is_agency(segment) || !split_and(segment).all(person))
}

/// Whether `segment` reads as a newsroom's credit rather than a sentence
/// that opens with `By` (`By the time the editor arrived, …`): a stock
/// credit (`staff and wire reports`), or words each capitalised, joining or
/// a newsroom's (`Reuters staff`, `HT Correspondent`).
fn reads_as_credit(segment: &str) -> bool {
    is_stock_credit(segment)
        || segment.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.starts_with(char::is_lowercase)
                || matches!(
                    w,
                    "and" | "of" | "the" | "for" | "from" | "in" | "at" | "news"
                )
                || NEWSROOM_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w))
        })
}

/// Whether `name` is a person's name ending in one of [`PAPER_SURNAMES`]
/// with no other role word, opening with neither a known place nor `The`
/// (`Miami Herald`, `The Globe` are papers): `Emily Post`.
fn paper_surname(name: &str) -> bool {
    let words = || name.split_whitespace();
    let count = words().count();
    let (Some(first), Some(last)) = (words().next(), words().last()) else {
        return false;
    };
    (2..=3).contains(&count)
        && is_name(name)
        && PAPER_SURNAMES.iter().any(|w| w.eq_ignore_ascii_case(last))
        && first != "The"
        && !is_known_place(first)
        && !agencies::is_agency(first)
        && !words().take(count - 1).any(is_role_word)
}

/// Most words a known agency's name has (`The Associated Press`).
const MAX_AGENCY_WORDS: usize = 4;

/// Names followed by a known agency with no comma between them, as AP's
/// bylines are often copied: `MARIA LOPEZ and TOM BAKER Associated Press`.
/// Returns the names and the agency; the longest agency wins.
fn trailing_agency(seg: &str) -> Option<(&str, &str)> {
    // names, then a known agency's credit
    let names_then_agency = |head: &str, tail: &str| {
        is_credited_agency(tail) && !head.is_empty() && split_and(head).all(is_name)
    };
    if let Some(found) = bracketed_agency(seg) {
        return Some(found);
    }
    let mut cut = seg.len();
    let mut found = None;
    for _ in 0..MAX_AGENCY_WORDS {
        let Some(at) = seg
            .get(..cut)
            .and_then(|s| s.trim_end().rfind(char::is_whitespace))
        else {
            break;
        };
        cut = at;
        let (Some(head), Some(tail)) = (seg.get(..cut), seg.get(cut..)) else {
            break;
        };
        let (head, tail) = (head.trim(), tail.trim());
        if names_then_agency(head, tail) {
            found = Some((head, tail));
        }
    }
    found
}

/// `names` parted at its first spaced dash (`Ann Poe - Staff Writer`),
/// looked for only when a byte of one is in it.
pub(crate) fn split_at_dash(names: &str) -> Option<(&str, &str)> {
    // `-`, and the first byte of `—` and `–` in UTF-8
    memchr::memchr2(b'-', 0xE2, names.as_bytes())?;
    [" - ", " -- ", " — ", " – "]
        .iter()
        .find_map(|d| names.split_once(d))
}

/// Where the names after `By` part from what follows, other than at a bar:
/// ` / ` (`By Ann Poe / Reuters`), a slash before a known agency (`By Ann
/// Poe/Reuters`), a spaced dash (`By Ann Poe - Staff Writer`), ` on ` or a
/// comma before a date (`By Ann Poe on November 28, 2026`, `By Ann Poe,
/// Staff Writer, November 28, 2026`) or ` For ` before a
/// paper or site (`By Ann Poe For Dailymail.com`). All but the last are
/// looked for only when a byte of them is in the line: most names have none.
fn split_after_by(names: &str) -> Option<(&str, &str)> {
    let bytes = names.as_bytes();
    if memchr::memchr(b'/', bytes).is_some() {
        // the reporter's account last (`By Ann Poe - Correspondent /
        // @annpoe`): the names part from the role before it, if one is named
        let account = names
            .rsplit_once(" / ")
            .filter(|(_, tail)| is_address(tail.trim()));
        if let Some(dash) = account.and_then(|(head, _)| split_at_dash(head)) {
            return Some(dash);
        }
        // (or two, as Devex parts the date: `By Ann Poe // 3 March 2026`)
        let slash = names
            .split_once(" // ")
            .or_else(|| names.split_once(" / "))
            .or_else(|| slash_agency(names));
        if slash.is_some() {
            return slash;
        }
    }
    if let Some(dash) = split_at_dash(names) {
        return Some(dash);
    }
    // a semicolon before a role: `By Ann Poe; Staff Writer`
    if memchr::memchr(b';', bytes).is_some() {
        if let Some(parted) = names
            .split_once("; ")
            .filter(|(_, org)| is_affiliation(org.trim()) || is_visual_credit(org.trim()))
        {
            return Some(parted);
        }
    }
    if bytes.iter().any(u8::is_ascii_digit) {
        let stamp = |when: &str| super::trailer::is_time_stamp(when);
        if let Some(parted) = names.split_once(" on ").filter(|(_, when)| stamp(when)) {
            return Some(parted);
        }
        // a stamp after a comma: `By Ann Poe, November 28, 2026`
        if let Some(parted) = names
            .match_indices(", ")
            .filter_map(|(at, _)| Some((names.get(..at)?, names.get(at + 2..)?)))
            .find(|(_, when)| stamp(when))
        {
            return Some(parted);
        }
    }
    // `For` before a paper or site, as the Daily Mail signs: `By Ann Poe For
    // Dailymail.com`, `By Ann Poe for the Mail on Sunday`; after names only
    // (`Ann Poe, Political Editor For The Daily Mail` is one affiliation)
    memchr::memchr_iter(b' ', bytes)
        .find(|&at| matches!(bytes.get(at + 1..at + 5), Some(b"For " | b"for ")))
        .and_then(|at| Some((names.get(..at)?, names.get(at + 5..)?)))
        .filter(|(who, org)| {
            let org = org.strip_prefix("the ").unwrap_or(org);
            !who.split(',').any(|s| is_affiliation(s.trim())) && is_affiliation(org)
        })
}

/// `names` parted before ` of ` and an agency the table knows, as NZPA
/// signed its staff: `Ann Poe of NZPA` gives `Ann Poe` and `NZPA`
/// ([`special_names`], asked of names that read as none).
fn of_agency(names: &str) -> Option<(&str, &str)> {
    let bytes = names.as_bytes();
    let at = last_spaced_word(bytes, b"of ")?;
    let (who, agency) = (names.get(..at - 1)?, names.get(at + 3..)?);
    (agencies::is_agency(agency) && is_name(who)).then_some((who, agency))
}

/// Names, then an agency's tag as written and the rest of a role, as AP
/// signs its staff: `ANN POE AP Business Writer`. Returns the names and the
/// role with its agency.
fn agency_role(seg: &str) -> Option<(&str, &str)> {
    seg.match_indices(' ')
        .take(MAX_NAME_WORDS)
        .find_map(|(at, _)| {
            let (head, tail) = (seg.get(..at)?, seg.get(at + 1..)?);
            let role = role_after_agency(tail)?;
            (!role.is_empty()
                && is_affiliation(role)
                && head.split_whitespace().count() >= 2
                && split_and(head).all(is_name))
            .then_some((head, tail))
        })
}

/// The role after the agency that opens `tail`: one word credited as
/// [`is_credited_agency`] reads it (`AP Business Writer`), or a paper's or
/// agency's name of two or three words (`Washington Post Staff Writer`).
fn role_after_agency(tail: &str) -> Option<&str> {
    let mut spaces = memchr::memchr_iter(b' ', tail.as_bytes());
    let first = spaces.next()?;
    if is_credited_agency(tail.get(..first)?) {
        return tail.get(first + 1..);
    }
    spaces
        .take(2)
        .find(|&end| tail.get(..end).is_some_and(agencies::is_agency))
        .and_then(|end| tail.get(end + 1..))
}

/// The most words [`agency_role`] reads as names before the agency.
const MAX_NAME_WORDS: usize = 8;

/// Splits `a and b` / `a AND b` / `a & b` at every joining word of
/// [`JOINERS`] (also `und`, `et`, `y`, `e`, `i`, `en`, `и`: `Von Anna Berg
/// und Jan Roe`; and `with` or `as told to` before a capital, AFP's `Ann
/// POE with Bo LI`);
/// the parts trimmed, empty ones left out. A segment with
/// none of them (most names) is found so by one scan from space to space,
/// without setting up a substring searcher per joining word.
fn split_and(seg: &str) -> impl Iterator<Item = &str> {
    // the first joiner, found once: most segments have none
    let mut first = Some(joiner(seg));
    let joined = matches!(first, Some(Some(_)));
    let mut rest = Some(seg);
    core::iter::from_fn(move || {
        loop {
            let s = rest?;
            let (part, next) = match first.take().unwrap_or_else(|| joiner(s)) {
                Some((at, len)) => (s.get(..at).unwrap_or(""), s.get(at + len..)),
                None => (s, None),
            };
            rest = next;
            let mut part = crate::text::trim(part);
            if joined {
                // the CNN / Daily Mail corpus's `Ann Poe . and . Tom Roe`
                part = part.strip_suffix(" .").unwrap_or(part);
                part = part.strip_prefix(". ").unwrap_or(part);
            }
            if !part.is_empty() {
                return Some(part);
            }
        }
    })
}

/// The words that join two names, with the space after them: English's
/// `and` and `&`, and German's, French's, Spanish's, Italian and
/// Portuguese's, Polish's, Dutch's and Russian's `and`.
const JOINERS: [&[u8]; 10] = [
    b"and ",
    b"AND ",
    b"& ",
    b"und ",
    b"et ",
    b"y ",
    b"e ",
    b"i ",
    b"en ",
    "и ".as_bytes(),
];

/// The offset and length of the first joining word of [`JOINERS`] in `s`
/// (with the space before and after it), by the space that opens it.
fn joiner(s: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    memchr::memchr_iter(b' ', bytes).find_map(|i| {
        let after = bytes.get(i + 1..)?;
        // (the first byte first: most words after a space open no joiner)
        if !matches!(
            after.first(),
            Some(b'a' | b'A' | b'&' | b'u' | b'e' | b'y' | b'i' | b'w' | 0xD0)
        ) {
            return None;
        }
        // (AFP's `with` before a name: `Ann POE with Bo LI in Kyiv`; an
        // essay's `as told to`: `Ann Poe as told to Bo Li`)
        for joiner in [&b"with "[..], b"as told to "] {
            if after.starts_with(joiner) {
                return after
                    .get(joiner.len())
                    .is_some_and(u8::is_ascii_uppercase)
                    .then_some((i, joiner.len() + 1));
            }
        }
        JOINERS
            .iter()
            .find(|j| after.starts_with(j))
            .map(|j| (i, j.len() + 1))
    })
}

/// The slice of `whole` from the start of `a` to the end of `b`, both slices of it.
fn join<'a>(whole: &'a str, a: &'a str, b: &'a str) -> Option<&'a str> {
    let start = crate::text::offset_in(whole, a)?;
    let end = crate::text::offset_in(whole, b)? + b.len();
    whole.get(start..end)
}

/// Builds the [`Byline`] node for the header span `span` of `text`.
pub(crate) fn byline_at(text: &str, span: Span) -> Option<Byline<'_>> {
    let t = text.get(span.range())?;
    let parts = byline(t)?;
    Some(Byline {
        text: t,
        span,
        authors: parts.authors,
        affiliation: parts.affiliation,
        title: None,
    })
}

/// Parts the lines under a byline's names (`Associated Press Writer`, `Staff
/// Writer`, `BBC News, Cardiff`), in its block or the next, from the names'
/// line: the byline keeps that line, and the rest is its title. A byline
/// whose later lines name an author (`By Ann Poe and` / `Tom Roe`), or with
/// a title read already, stays whole.
pub(crate) fn split_title(b: &mut Byline<'_>) {
    // (a title read already, a record's second `BYLINE` element, stays:
    // the lines under the names stay in the byline's text)
    if b.title.is_some() {
        return;
    }
    let Some(end) = memchr::memchr2(b'\n', b'\r', b.text.as_bytes()) else {
        return;
    };
    let first = crate::text::trim_end(b.text.get(..end).unwrap_or(""));
    let named_below = b
        .authors
        .iter()
        .any(|a| crate::text::offset_in(b.text, a).is_none_or(|at| at + a.len() > first.len()));
    let rest = b.text.get(end..).unwrap_or("");
    let title = crate::text::trim(rest);
    if named_below || title.is_empty() || first.is_empty() {
        return;
    }
    let Some(at) = crate::text::offset_in(b.text, title) else {
        return;
    };
    let start = b.span.start();
    b.title = Some((title, Span::new(start + at, start + at + title.len())));
    // (an affiliation read on the names' line up to its break keeps no
    // blank space past the line's trimmed end: `Staff ` of `Ann Poe, Staff
    // ` / `Writer`)
    if let Some(aff) = b.affiliation {
        if let Some(from) = crate::text::offset_in(b.text, aff) {
            if from < first.len() && from + aff.len() > first.len() {
                b.affiliation = aff
                    .get(..first.len() - from)
                    .map(crate::text::trim_end)
                    .filter(|a| !a.is_empty());
            }
        }
    }
    b.text = first;
    b.span = Span::new(start, start + first.len());
}

/// The most bytes of a signature under a story ([`signature_at`]), a role
/// line under it included.
pub(crate) const MAX_SIGNATURE: usize = 120;

/// A byline signed under the story, as columns, features and some agencies
/// print it: a byline as [`byline`] reads one, such as `By Ann Poe` (a role
/// line under it too: `Sports Columnist`), alone or in brackets as Taiwan's
/// Central News Agency signs (`(By Ann Poe)`), or a dash and a name of two
/// to four words, `— Ann Poe` (not a wire's name, `-- Dow Jones
/// Newswires`, nor a list, `--Editors: Poe, Moe`), or names and an agency
/// after a comma ([`agency_signature`]: `Ann Poe, The Canadian Press`).
/// Only the parser's end of a story asks, for an article with no byline
/// over its story, and only of paragraphs of at most [`MAX_SIGNATURE`]
/// bytes.
pub(crate) fn signature_at(text: &str, span: Span) -> Option<Byline<'_>> {
    let t = text.get(span.range())?;
    // (one byte tells most paragraphs apart)
    let parts = if !matches!(t.as_bytes().first(), Some(b'B' | b'b' | b'(' | b'-' | 0xE2)) {
        agency_signature(t)?
    } else if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        byline(inner)?
    } else if t.starts_with(['B', 'b']) {
        byline(t)?
    } else {
        let name = t
            .strip_prefix('—')
            .or_else(|| t.strip_prefix('–'))
            .or_else(|| t.strip_prefix("--"))
            .or_else(|| t.strip_prefix('-'))?
            .trim_start();
        // (a wire's sign-off is no name: `-- Dow Jones Newswires`, nor is
        // the list of its editors, `--Editors: Poe, Moe`)
        let outlet = || name.rsplit(' ').next().is_some_and(is_role_word);
        if !is_short_name(name) || name.contains(['\n', '\r', ':', ',']) || outlet() {
            return None;
        }
        BylineParts {
            authors: vec![name],
            ..BylineParts::default()
        }
    };
    Some(Byline {
        text: t,
        span,
        authors: parts.authors,
        affiliation: parts.affiliation,
        title: None,
    })
}

/// A reporter's credit among the credits under a story, as Indonesia's
/// Antara signs its stories over the editor's credit (`Reporter: Ann Poe`,
/// `Reporter: Ann Poe, Tom Roe`): the story's byline when none stood over
/// it. One line of at most [`MAX_SIGNATURE`] bytes; an editor's or a
/// photographer's credit is no byline.
pub(crate) fn reporter_credit_at(text: &str, span: Span) -> Option<Byline<'_>> {
    let t = text.get(span.range())?;
    if crate::text::strip_prefix_ci(t, "reporter: ").is_none()
        || t.len() > MAX_SIGNATURE
        || t.contains(['\n', '\r'])
    {
        return None;
    }
    byline_at(text, span)
}

/// A signature of names and, after a comma, an agency the tables know, as
/// The Canadian Press signs its stories (`Ann Poe, The Canadian Press`,
/// `Ann Poe and Tom Roe, La Presse Canadienne`); the names as [`byline`]
/// reads them.
fn agency_signature(t: &str) -> Option<BylineParts<'_>> {
    // (the agency after the last comma: a credits block that [`byline`]
    // reads by its label, `Reporter: Ann Poe` / `Editor: Tom Roe`, is none)
    let (_, agency) = t.rsplit_once(", ")?;
    if !crate::tables::agencies::is_agency(agency) {
        return None;
    }
    byline(t)
}

/// A database's byline field with its authors in catalogue order, surname
/// first (`ProQuest`'s `Author: Poe, Ann`, `Author: Poe, Ann; Roe, Tom`, or
/// the field's value alone, `Poe, Ann`): after the `Author:` label if there
/// is one, each author, between semicolons, is a surname and given names of
/// one to three capitalised words each side of one comma, kept as written;
/// given names that read as a role or an outlet (`Staff Writer`, `The Daily
/// Courier`) make it no such byline. Asked of export fields only.
pub(crate) fn catalogue_byline_at(text: &str, span: Span) -> Option<Byline<'_>> {
    let t = text.get(span.range())?;
    let value = t
        .get(..AUTHOR_LABEL.len())
        .filter(|l| l.eq_ignore_ascii_case(AUTHOR_LABEL))
        .and_then(|_| t.get(AUTHOR_LABEL.len()..))
        .unwrap_or(t);
    let mut authors = Vec::new();
    for author in value.split(';') {
        let author = author.trim();
        let (surname, given) = author.split_once(',')?;
        // (a label's colon is no part of a name: `Byline: Poe, Ann`)
        let words = |part: &str| {
            let n = part.split_whitespace().count();
            (1..=3).contains(&n) && !part.contains(':') && is_name(part)
        };
        let given = given.trim();
        if !(words(surname) && words(given)) || given.contains(',') || is_affiliation(given) {
            return None;
        }
        authors.push(author);
    }
    Some(Byline {
        text: t,
        span,
        authors,
        affiliation: None,
        title: None,
    })
}

/// A header part that is a time stamp, a dash and a byline (`Nov. 28, 2026
/// — By Ann Poe`, a role line under it as [`byline`] allows): the byline,
/// the stamp kept in its text.
/// Asked of the header's parts that read as nothing else, not inside
/// [`byline`], which every header line is asked.
pub(crate) fn stamp_byline_at(text: &str, span: Span) -> Option<Byline<'_>> {
    let t = text.get(span.range())?;
    // the quick test first: a stamp opens with a digit, a month's or
    // weekday's capital, or `Updated` / `Published` / `Posted`
    if !matches!(
        t.as_bytes().first(),
        Some(
            b'0'..=b'9'
                | b'A'
                | b'D'
                | b'F'
                | b'J'
                | b'M'
                | b'N'
                | b'O'
                | b'P'
                | b'S'
                | b'T'
                | b'U'
                | b'W'
        )
    ) {
        return None;
    }
    let parts = stamp_dash_byline(t)?;
    Some(Byline {
        text: t,
        span,
        authors: parts.authors,
        affiliation: parts.affiliation,
        title: None,
    })
}

/// Labels of capitalised words that pages print where a byline may stand,
/// and that read as names: the USGS's `Tectonic Summary`, an earthquake
/// page's section under the event's figures, and a situation report's
/// first section in capitals (OCHA's `KEY HIGHLIGHTS`).
const NAMELESS_LABELS: [&str; 2] = ["KEY HIGHLIGHTS", "Tectonic Summary"];

/// Whether the trimmed line `t` is a label that is no one's name, where
/// names may stand: a kicker's (`Breaking News`, `Special Report`) or one
/// of the [`NAMELESS_LABELS`].
fn is_nameless_label(t: &str) -> bool {
    tables::words::is_kicker(t) || NAMELESS_LABELS.contains(&t)
}

/// The label of a catalogue-order byline.
const AUTHOR_LABEL: &str = "author:";

/// The most bytes of a byline written without `By`.
pub(crate) const MAX_BARE_BYLINE: usize = 80;

/// Title-case words a deck may hold and a name does not.
const NOT_IN_NAMES: &[&str] = &[
    "A", "An", "The", "Of", "On", "In", "To", "For", "At", "With", "From", "As", "Is", "Are",
    "Was", "Were", "Will", "New", "Not", "No", "Over", "After", "Amid", "Into",
];

/// Whether the word `w` is one of a deck's small words no name has
/// ([`NOT_IN_NAMES`]), in capitals too, as an old paper's deck in capitals
/// has them (`FORTY MEN IN WORKINGS`). The length first is a quick test
/// only: the table's longest word has five letters.
fn is_deck_word(w: &str) -> bool {
    NOT_IN_NAMES.contains(&w)
        || (w.len() <= 5
            && crate::text::is_all_caps(w)
            && NOT_IN_NAMES.iter().any(|n| n.eq_ignore_ascii_case(w)))
}

/// The last words of institutions' names, which no one's name ends with
/// (`Marlow University`, `Kestrel Research Institute`): a science release
/// prints its issuer's name alone under the headline.
const INSTITUTIONS: [&str; 12] = [
    "Academy",
    "Center",
    "Centre",
    "Clinic",
    "College",
    "Foundation",
    "Hospital",
    "Institute",
    "Laboratory",
    "Museum",
    "Observatory",
    "University",
];

/// Whether the name `name` ends with an institution's word
/// ([`INSTITUTIONS`]).
fn is_institution(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    INSTITUTIONS.contains(&last)
}

/// Whether `name`, read as a person's name, names no one: an institution
/// ([`is_institution`]), a desk's or site's label ([`is_news_label`]:
/// `Home News`, the Independent's trail over the headline) or a share
/// bar's buttons (`Facebook Twitter Print Email`).
fn names_no_one(name: &str) -> bool {
    is_institution(name) || is_news_label(name) || super::trailer::is_share_bar(name)
}

/// The most bytes of a desk's or site's label [`is_news_label`] reads.
const MAX_NEWS_LABEL: usize = 32;

/// Whether the trimmed line `t` is a desk's or a site's label ending in
/// `News`, which no one's name does: `Home News`, `Business News`, `Loop
/// News`, capitalised words of at most [`MAX_NEWS_LABEL`] bytes.
pub(crate) fn is_news_label(t: &str) -> bool {
    t.len() <= MAX_NEWS_LABEL
        && t.ends_with(" News")
        && t.split(' ').all(|w| w.starts_with(char::is_uppercase))
}

/// Whether `c`, a line alone, credits a story with no author named: an
/// agency (`Reuters`), a newsroom's stock credit (`Staff Reporter`) or
/// name (`Reuters Staff`), an agency and a stock credit (`Al Jazeera and
/// news agencies`), a paper's `Special to The Times`.
fn is_credit(c: &str) -> bool {
    agencies::is_agency(c)
        || is_stock_credit(c)
        || is_newsroom(c)
        || agency_and_stock_credit(c)
        || special_to(c)
        || is_editorial_board(c)
        // (a station's name alone, `WISN 12 News`: its call letters' first
        // byte first)
        || (matches!(c.as_bytes().first(), Some(b'K' | b'W')) && is_station(c))
}

/// The most words between `The` and `Editorial Board` in an opinion page's
/// credit to its board ([`is_editorial_board`]).
const MAX_BOARD_HEAD: usize = 4;

/// Whether `t` is an opinion page's credit to its board: `Editorial Board`
/// in any ASCII case, alone or after `The` and at most [`MAX_BOARD_HEAD`]
/// capitalised words (`the Editorial Board`, `The Plains Ledger Editorial
/// Board`, `EDITORIAL BOARD`). Without `The`, capitalised words may be a
/// headline's (`Paper Names New Editorial Board`).
pub(crate) fn is_editorial_board(t: &str) -> bool {
    const BOARD: &str = "editorial board";
    // (the last byte first: most parts asked end in no `d`)
    if !matches!(t.as_bytes().last(), Some(b'd' | b'D')) {
        return false;
    }
    let at = t.len().saturating_sub(BOARD.len());
    let (Some(head), Some(tail)) = (t.get(..at), t.get(at..)) else {
        return false;
    };
    if !tail.eq_ignore_ascii_case(BOARD) {
        return false;
    }
    let Some(head) = head.strip_suffix(' ') else {
        return head.is_empty();
    };
    if head.eq_ignore_ascii_case("the") {
        return true;
    }
    crate::text::strip_prefix_ci(head, "the ").is_some_and(|name| {
        name.split(' ').count() <= MAX_BOARD_HEAD
            && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
    })
}

/// Whether every word of `t` (up to a paper's `Special to The Times` after
/// the names) is capitalised, but the joining ones and name particles, and
/// none is a page's control's or a picture's ([`CONTROL_WORDS`]: `Share
/// Article`, `View PDF`, `Getty Images`): a quick no for most decks, in one
/// pass, before any search is set up.
fn plausible_names(t: &str) -> bool {
    let mut before = "";
    for w in t.split(' ') {
        let fits = w.is_empty()
            || (w.starts_with(char::is_uppercase) && !is_control_word(w))
            || matches!(w, "and" | "&" | "in" | "at")
            || is_particle(w)
            || is_class_year(w.trim_end_matches(','));
        if !fits {
            return w == "to" && before.eq_ignore_ascii_case("special");
        }
        before = w;
    }
    true
}

/// Words of a page's controls and pictures' credits that no one's name
/// holds, in any ASCII case, sorted ([`plausible_names`]).
const CONTROL_WORDS: [&str; 10] = [
    "article",
    "download",
    "images",
    "pdf",
    "print",
    "share",
    "sharing",
    "transcript",
    "version",
    "video",
];

/// Whether the word `w` is one of [`CONTROL_WORDS`]; their lengths and
/// first letters first.
fn is_control_word(w: &str) -> bool {
    (3..=10).contains(&w.len())
        && matches!(
            w.as_bytes().first(),
            Some(b'A' | b'D' | b'I' | b'P' | b'S' | b'T' | b'V')
        )
        && CONTROL_WORDS
            .binary_search_by(|c| super::super::tables::cmp_ignore_ascii_case(c, w))
            .is_ok()
}

/// The longest credit and place [`credit_in_place`] reads, in bytes.
const MAX_CREDIT_IN_PLACE: usize = 48;

/// Whether `c` is a credit ([`is_credit`]) and a known place after ` in `,
/// as the Guardian credits agencies: `Reuters in Tokyo`, `Staff and
/// agencies in London`.
#[inline(never)]
fn credit_in_place(c: &str) -> bool {
    // (such a credit is short, where most lines asked are headlines)
    c.len() <= MAX_CREDIT_IN_PLACE && without_place(c, false).is_some_and(is_credit)
}

/// A byline whose names are links, as pages saved as Markdown keep it:
/// `By [Ann Poe](https://…)`, `By [Ann Poe](…) and [Tom Roe](…)`, or the
/// links alone opening the line, over nothing or over the desk's and the
/// stamp's parts after a bar, a slash, a dot or a comma (`[Ann Poe](…) /
/// TNN / Updated: Jan 21, 2026`). The line whole is the byline; the links'
/// texts are the authors, each a short name.
pub(crate) fn linked_byline_at(text: &str, span: Span) -> Option<Byline<'_>> {
    let whole = text.get(span.range())?;
    let names = if let Some(names) = strip_by(whole) {
        names
    } else {
        let (links, rest) = crate::grammar::markdown::leading_links(whole)?;
        let tail = [" / ", " | ", " · ", ", "];
        if !(rest.is_empty() || tail.iter().any(|s| rest.starts_with(s))) {
            return None;
        }
        links
    };
    let mut authors = Vec::new();
    for name in crate::grammar::markdown::link_texts(names) {
        if !is_short_name(name) {
            return None;
        }
        authors.push(name);
    }
    (!authors.is_empty()).then_some(Byline {
        text: whole,
        span,
        authors,
        affiliation: None,
        title: None,
    })
}

/// A bare byline's `lines` parted into the names and their role: `ANN
/// POE` over `Staff Writer`, a role line under the names; or after a dash
/// on the names' line, `Ann Poe - Staff Writer` (and the mail address after
/// the names on their line, as Lee's papers print it, left out: `Ann Poe
/// apoe@example.com`). `None` when the line under the names is no role.
fn names_and_role(lines: &str) -> Option<(&str, Option<&str>)> {
    match lines.split_once(['\n', '\r']) {
        None => {
            let line = without_address(lines);
            Some(role_on_line(line).map_or((line, None), |(names, role)| (names, Some(role))))
        }
        Some((names, role)) => {
            // (the role as written, without the line's indent; or the
            // outlet: `Ann Poe` / `Arizona Republic`, `ICT`, `Special to
            // ICT`; or where it was written, `DAILY SABAH` / `ISTANBUL`)
            let role = crate::text::trim(role);
            (is_role_line(role)
                || is_names_outlet(role)
                || super::place::is_known(role)
                || outlet_initials(names, role)
                || special_to(role))
            .then_some((names, Some(role)))
        }
    }
}

/// `t` parted before a paper's name in brackets at its end, as the
/// Jakarta Post credits its reporters (`Ann Poe (The Jakarta Post)`, `Ann
/// Poe and Tom Roe (The Jakarta Post)`): the names and the paper, a name
/// opening with `The` (`Ann Poe (123 News)` is none), the names plausible.
/// Its last byte the quick test, inlined; the rest out of line.
#[allow(clippy::inline_always)]
#[inline(always)]
fn names_then_outlet(t: &str) -> Option<(&str, &str)> {
    if t.ends_with(')') {
        names_then_paper(t)
    } else {
        None
    }
}

/// [`names_then_outlet`] past its quick test.
#[inline(never)]
fn names_then_paper(t: &str) -> Option<(&str, &str)> {
    let (names, paper) = t.strip_suffix(')')?.rsplit_once(" (")?;
    (paper.starts_with("The ") && is_affiliation(paper) && plausible_names(names))
        .then_some((names, paper))
}

/// A byline written without `By`, on its own line under the headline, as
/// scraped and archived copy often has it: `Ann Poe`, `Ann Poe and Tom
/// Roe`, `Ann Poe, Tom Roe`, and the Guardian's `Ann Poe in Kyiv` (the place
/// a known city or country, not an author), and a known agency alone
/// (`Reuters`, no authors), and names with the agencies whose copy the
/// story draws on ([`names_with_agencies`]: `Ann Poe with AP, dpa`). Each
/// name has two to four capitalised words, none of them a short title-case
/// word a deck would hold (`In`, `Over`, `New`), a country or a city; at
/// most three names.
/// Only the parser's header asks, and only for the part after a headline.
pub(crate) fn bare_byline_at(text: &str, span: Span) -> Option<Byline<'_>> {
    let whole = text.get(span.range())?;
    if whole.len() > MAX_BARE_BYLINE + MAX_ROLE_LINE + 2 {
        return None;
    }
    let (t, role) = names_and_role(without_address_line(whole))?;
    if t.len() > MAX_BARE_BYLINE || is_nameless_label(crate::text::trim(t)) {
        return None;
    }
    // an agency alone credits the story: `Reuters`, `Associated Press`; so
    // does a newsroom's stock credit: `Staff Reporter`, `Agencies`, or an
    // agency and one (`Al Jazeera and news agencies`); any of them after
    // `From` (`From Reuters`, `From Times Wire Services`)
    let credit = crate::text::trim(t);
    // (and where it wrote from after a comma, `Our Correspondent,
    // Rajshahi`, or after `in`, as the Guardian credits agencies: `Reuters
    // in Tokyo`, `Staff and agencies in London`)
    let placed = |c: &str| {
        c.rsplit_once(',').is_some_and(|(head, place)| {
            (is_known_place(place.trim_start()) && is_credit(head))
                || staff_credit_at(Some(head), Some(place))
        }) || credit_in_place(c)
    };
    let credited_as = crate::text::strip_prefix_ci(credit, "from ")
        .filter(|c| is_credit(c))
        .or_else(|| (is_credit(credit) || placed(credit)).then_some(credit));
    if let Some(affiliation) = credited_as.filter(|_| role.is_none()) {
        return Some(Byline {
            text: whole,
            span,
            authors: Vec::new(),
            affiliation: Some(affiliation),
            title: None,
        });
    }
    // (the Guardian's role after the names with no comma: `Ann Poe Social
    // policy editor`; Reach's in title case: `Ann Poe Local Democracy
    // Reporter`)
    let spaced = spaced_role(t);
    // (or the outlet after the names in brackets, as the Jakarta Post
    // credits its reporters: `Ann Poe (The Jakarta Post)`)
    let titled = names_then_title(t).or_else(|| names_then_outlet(t));
    if titled.is_none() && !plausible_names(t) && !names_then_lower_role(t) && spaced.is_none() {
        return names_with_agencies(text, span, t);
    }
    // a sentence's end, unless a name suffix ends it (`Tom Roe Jr.`)
    let last = t.rsplit(' ').next().unwrap_or(t);
    if t.ends_with(['.', '!', '?', ':']) && !abbreviations::is_name_suffix(last) {
        return None;
    }
    // a `By` line is byline()'s to read
    if strip_by(t).is_some() {
        return None;
    }
    // `Ann Poe, Staff Writer`: a last part that names a role or an
    // organisation is the affiliation; a paper's credit needs no comma
    // (`ANN POE Special to The Globe and Mail`)
    let special = split_special(t);
    // (and one word named as a brand is, a capital inside it, after the
    // names and their comma: the outlet, `Ann Poe, CalMatters`; a plain
    // word may be a place the tables do not know, `Ann Poe, Gotham`)
    let (names, affiliation) = match (special, titled, t.rsplit_once(',')) {
        (Some((head, credit)), ..) => (head, Some(credit)),
        (None, Some((head, rest)), _) => (head, Some(rest)),
        (None, None, Some((head, last)))
            if is_affiliation(last.trim()) || is_brand_word(last.trim()) =>
        {
            (head, Some(last.trim()))
        }
        _ => spaced.map_or((t, role), |(head, r)| (head, Some(r))),
    };
    // where the author wrote from is no part of the names, nor the `From`
    // before them a correspondent abroad signs with (`From Ann Poe in Paris`)
    // (or after a comma: `Ann Poe, Kano`, `From Ann Poe, Kano`)
    // (a char's search: a string's sets up a searcher, +1.5M on the profile)
    let comma_place = names
        .rsplit_once(',')
        .filter(|(_, place)| is_known_place(place.trim_start()))
        .map(|(head, _)| head);
    let names = match without_place(names, false).or(comma_place) {
        Some(head) => head.strip_prefix("From ").unwrap_or(head),
        None => names,
    };
    // a word no name has: a deck's small words, places, digits, signs (but
    // a class year's, `Ann Poe ’27`)
    let deck_word = |w: &str| {
        is_deck_word(w)
            || is_known_place(w)
            || (!w
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
                && !is_class_year(w))
    };
    let mut authors = Vec::new();
    for segment in names.split(',').map(crate::text::trim) {
        let segment = segment.strip_prefix("and ").unwrap_or(segment);
        for name in split_and(segment) {
            // (where each wrote from, after each name: the Financial Times'
            // `Ann Poe in Frankfurt and Bo Li in London`)
            let name = without_place(name, false).unwrap_or(name);
            // (a given name that is a place, before no place's name: `Jordan
            // Aldridge`, not `Paris Texas`)
            let given = name.split(' ').next().is_some_and(is_place_given_name);
            // the cheap tests first: most lines asked are decks
            let short = is_short_name(name);
            if !short
                || is_known_place(name)
                || name.split_whitespace().enumerate().any(|(k, w)| match k {
                    0 if given => false,
                    _ => deck_word(w) || (given && super::place::is_known(w)),
                })
                || names_no_one(name)
            {
                // (`short` a speed gate: most decks are longer)
                return if short {
                    names_credited(text, span, t, name)
                } else {
                    None
                };
            }
            authors.push(name);
        }
    }
    if authors.is_empty() || authors.len() > 3 {
        return None;
    }
    Some(Byline {
        text: whole,
        span,
        authors,
        affiliation,
        title: None,
    })
}

/// `t` parted at its first comma into names and, after them, a scholar's
/// or an office's title and institution, as The Conversation prints them
/// on one line (`Ann Poe, Associate Professor of Education, Marlow
/// University`, `Ann Poe and Tom Roe, Marlow State University, Long
/// Beach`): the part after the comma opens with a capital, its first
/// segment is an affiliation ([`is_affiliation`]) and its words read as a
/// credit's ([`reads_as_credit`]).
fn names_then_title(t: &str) -> Option<(&str, &str)> {
    // (a byte's search: a string's sets up a searcher, +1.4M on the profile)
    let comma = memchr::memchr(b',', t.as_bytes())?;
    let (head, rest) = (t.get(..comma)?, t.get(comma + 1..)?.strip_prefix(' ')?);
    let first = rest.split(',').next().unwrap_or(rest);
    (rest.starts_with(|c: char| c.is_ascii_uppercase())
        && plausible_names(head)
        && is_affiliation(first)
        && reads_as_credit(rest))
    .then_some((head, rest))
}

/// Whether `w` is one word written as a brand is, a capital after a small
/// letter inside it (`CalMatters`, `ProPublica`, `NewsBreak`, `eNCA`); a
/// name's (`Tom McRoe`) has a space.
fn is_brand_word(w: &str) -> bool {
    !w.contains(' ')
        && w.as_bytes()
            .windows(2)
            .any(|p| matches!(p, [a, b] if a.is_ascii_lowercase() && b.is_ascii_uppercase()))
}

/// Given names that are also places the tables know (`Jordan Aldridge`,
/// `Sydney Poe`): the first word of a bare byline's name, they are names.
const PLACE_GIVEN_NAMES: [&str; 13] = [
    "Chad", "Dallas", "Denver", "Georgia", "Houston", "India", "Israel", "Jordan", "Kenya",
    "Paris", "Phoenix", "Santiago", "Sydney",
];

/// Whether `word` is one of [`PLACE_GIVEN_NAMES`].
fn is_place_given_name(word: &str) -> bool {
    PLACE_GIVEN_NAMES.contains(&word)
}

/// Names on a line of their own with the agencies whose copy the story
/// draws on, as DW and France 24 credit a story (`Ann Poe with AP, dpa`,
/// `Ann Poe with AFP, Reuters`): the byline of the names at `span`, the
/// agencies its affiliation. `t` is the line's text. Out of line: asked
/// only of lines that read as no names.
#[inline(never)]
fn names_with_agencies<'t>(text: &'t str, span: Span, t: &'t str) -> Option<Byline<'t>> {
    names_with_credits(text, span, t, with_agencies(t)?)
}

/// `names` parted from the agencies after ` WITH `, the names in capitals
/// (Daily Sabah's `DAILY SABAH WITH AA`, `DAILY SABAH WITH AFP`): the
/// names and the agencies, each known to the table.
fn capital_with(names: &str) -> Option<(&str, &str)> {
    let (who, credits) = names.split_once(" WITH ")?;
    credits
        .split(", ")
        .all(agencies::is_agency)
        .then_some((who, credits))
}

/// The byline of the names at `span` (`t` is its text) parted from their
/// agencies' credits (`who` and `credits`, slices of `t`): the names'
/// byline, the credits its affiliation.
fn names_with_credits<'t>(
    text: &'t str,
    span: Span,
    t: &'t str,
    (who, credits): (&'t str, &'t str),
) -> Option<Byline<'t>> {
    let start = span.start() + crate::text::offset_in(text.get(span.range())?, t)?;
    let names = bare_byline_at(text, Span::new(start, start + who.len()))?;
    Some(Byline {
        text: text.get(span.range())?,
        span,
        affiliation: Some(credits),
        ..names
    })
}

/// The names of a byline after `By` before the agencies whose copy the
/// story draws on (`By Ann Poe with AFP`: the agencies the affiliation, if
/// none is yet), or `names` whole.
fn before_agencies<'t>(names: &'t str, parts: &mut BylineParts<'t>) -> &'t str {
    // (a credit is no one's name: `By Reuters Staff and Agencies`)
    let of_people = |(who, _): &(&str, &str)| !is_credit(who) && !is_credit(names);
    match with_agencies(names).filter(|w| parts.affiliation.is_none() && of_people(w)) {
        Some((who, credits)) => {
            parts.affiliation = Some(credits);
            who
        }
        None => names,
    }
}

/// Reads the names with a paper's credit after them and no comma, which
/// [`read_author`] reads as none (`By Ann Poe Special to The New York
/// Times`: [`special_names`]) into `parts`, the credit the affiliation
/// where none is yet.
fn special_author<'a>(name: &'a str, parts: &mut BylineParts<'a>) -> Option<()> {
    let (who, credit) = special_names(name)?;
    parts.affiliation = parts.affiliation.or(Some(credit));
    parts.authors.push(who);
    Some(())
}

/// `name` parted into the names and a paper's credit for a writer not on
/// its staff after them with no comma, as the New York Times' archive
/// prints its bylines (`Ann Poe Special to The New York Times`): the names
/// ([`is_name`]) and the credit ([`split_special`]); or names in capitals
/// and their paper ([`capitals_then_paper`]), or names and their agency
/// after `of` ([`of_agency`]). Out of line: asked of names that read as
/// none.
#[inline(never)]
fn special_names(name: &str) -> Option<(&str, &str)> {
    split_special(name)
        .filter(|&(who, _)| is_name(who))
        .or_else(|| capitals_then_paper(name))
        .or_else(|| of_agency(name))
}

/// The most words of a paper's name after names in capitals
/// ([`capitals_then_paper`]): `Sioux Falls Argus Leader`.
const MAX_PAPER_WORDS: usize = 5;

/// `name` parted into names in capitals and the paper they write for in
/// title case after them, with no comma, perhaps after `of`, as AP's
/// member exchange signs a member paper's writer (`MAREN HOLT Sioux Falls
/// Argus Leader`, `ANN POE of Mississippi Today`): the names (two words or
/// three, [`is_name`]) and the paper's name.
fn capitals_then_paper(name: &str) -> Option<(&str, &str)> {
    // (where the first word not in capitals starts)
    let mut at = 0;
    for w in name.split(' ') {
        if !crate::text::is_all_caps(w) {
            break;
        }
        at += w.len() + 1;
    }
    let who = name.get(..at.checked_sub(1)?)?;
    let rest = name.get(at..)?;
    let paper = rest.strip_prefix("of ").unwrap_or(rest);
    let words = who.split(' ').count();
    ((2..=3).contains(&words) && is_name(who) && capitalised_words(paper, MAX_PAPER_WORDS))
        .then_some((who, paper))
}

/// Where `word` (ASCII, with its space after it) first stands after a
/// space in `bytes`: each hit of its first byte is checked, a byte search
/// rather than a string's, which would set up a searcher for a line shorter
/// than its set-up.
fn spaced_word(bytes: &[u8], word: &[u8]) -> Option<usize> {
    let first = *word.first()?;
    memchr::memchr_iter(first, bytes).find(|&at| word_after_space(bytes, at, word))
}

/// [`spaced_word`]'s last place.
fn last_spaced_word(bytes: &[u8], word: &[u8]) -> Option<usize> {
    let first = *word.first()?;
    memchr::memrchr_iter(first, bytes).find(|&at| word_after_space(bytes, at, word))
}

/// Whether `word` stands at byte `at` of `bytes` after a space.
fn word_after_space(bytes: &[u8], at: usize, word: &[u8]) -> bool {
    at > 0 && bytes.get(at - 1) == Some(&b' ') && bytes.get(at..at + word.len()) == Some(word)
}

/// The byline of the names at `span` (`t` is its text) with the agencies'
/// credits after them, where the names' test stopped at `name`: names in
/// capitals with the agencies whose copy the story draws on, the joining
/// word in capitals too (Daily Sabah's `DAILY SABAH WITH AA`), or an
/// agency after a slash, as NTB, TT and Ritzau sign their copy (`Ann
/// Poe/NTB`).
fn names_credited<'t>(text: &'t str, span: Span, t: &'t str, name: &str) -> Option<Byline<'t>> {
    if name.split(' ').any(|w| w == "WITH") {
        return names_with_credits(text, span, t, capital_with(t)?);
    }
    if name.contains('/') {
        return names_with_credits(text, span, t, slash_agency(t)?);
    }
    None
}

/// `names` parted at their last slash before a known agency (`Ann
/// Poe/NTB`, `By Ann Poe/Reuters`): the names and the agency.
fn slash_agency(names: &str) -> Option<(&str, &str)> {
    names
        .rsplit_once('/')
        .filter(|(_, credit)| agencies::is_agency(credit.trim()))
}

/// `t` parted before ` Special to ` and a paper's credit ([`special_to`]):
/// what stands before it and the credit (`ANN POE Special to The Globe and
/// Mail`).
fn split_special(t: &str) -> Option<(&str, &str)> {
    let bytes = t.as_bytes();
    let at = spaced_word(bytes, b"Special to ")?;
    let (head, credit) = (t.get(..at - 1)?, t.get(at..)?);
    special_to(credit).then_some((head, credit))
}

/// `names` parted from the agencies after them whose copy the story draws
/// on: after ` with ` (`Ann Poe with AP, dpa`, `Ann Poe with AFP`), or
/// after ` and ` a newsroom's stock credit (the Guardian's `Ann Poe and
/// agencies`): the names and the credits.
fn with_agencies(names: &str) -> Option<(&str, &str)> {
    // (most lines asked are headlines with neither: [`spaced_word`] is a
    // byte search)
    let bytes = names.as_bytes();
    let with = spaced_word(bytes, b"with ");
    if let Some(at) = with {
        let credits = names.get(at + 5..)?;
        let agencies_only = credits
            .split(", ")
            .flat_map(|part| part.split(" and "))
            .all(agencies::is_agency);
        return agencies_only.then(|| (names.get(..at - 1).unwrap_or(""), credits));
    }
    // (the credit's last word first: most lines end in another)
    let last = memchr::memrchr(b' ', bytes).and_then(|k| names.get(k + 1..))?;
    if !["agencies", "agency", "wires", "services"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(last))
    {
        return None;
    }
    let at = last_spaced_word(bytes, b"and ")?;
    let (who, credit) = (names.get(..at - 1)?, names.get(at + 4..)?);
    is_stock_credit(credit).then_some((who, credit))
}

/// Whether `org`, after a byline's bar, is its affiliation: not where the
/// author wrote from (`Ann Poe | New Delhi`) nor the editor's credit
/// (`Written by Ann Poe | Edited by Tom Roe`).
fn is_bar_affiliation(org: &str) -> bool {
    let edited = org
        .get(..10)
        .is_some_and(|l| l.eq_ignore_ascii_case("edited by "));
    !edited && !super::place::is_known(org)
}

/// Reads `name`, a part of a byline's names (after `By` when `by`), into
/// `parts`: an author, or the affiliation (`By dpa`, `By Ann Poe, 24/7 Wall
/// St.`); `None` where it is no part of a byline.
fn read_author<'a>(name: &'a str, by: bool, parts: &mut BylineParts<'a>) -> Option<()> {
    // `Ann Poe in Kyiv`: where the author wrote from is no part of the name;
    // after `By`, any place in capitalised words is taken (`By Ann Poe in
    // Tampa`), else it must be known
    // an opinion page's board credits the story: `By the Editorial Board`
    if parts.affiliation.is_none() && is_editorial_board(name) {
        parts.affiliation = Some(name);
        return Some(());
    }
    let name = if is_name(name) {
        name
    } else {
        match without_place(name, by) {
            Some(head) if is_name(head) => head,
            // (the ground after the names and a comma: `By Ann Poe, at Old
            // Trafford`)
            _ if name.strip_prefix("at ").is_some_and(is_venue) => {
                return Some(());
            }
            // (a service member's rank in words and figures first: `1st
            // Lt. Ann Poe`, `Airman 1st Class Ann Poe`)
            _ if is_ranked_name(name) => name,
            // an agency's tag in lower case credits the story: `By dpa`; an
            // outlet whose name opens with a figure, after the names: `By
            // Ann Poe, 24/7 Wall St.`, `By Ann Poe, 9News`
            _ if parts.affiliation.is_none()
                && (agencies::is_agency(name)
                    || !parts.authors.is_empty() && is_numbered_outlet(name)) =>
            {
                parts.affiliation = Some(name);
                return Some(());
            }
            _ => return None,
        }
    };
    parts.authors.push(name);
    Some(())
}

/// Whether `part` may be an outlet whose name opens with a figure (`24/7
/// Wall St.`, `9News`, `7NEWS Sydney`): a digit first, a capital letter in
/// it, and no date, clock or reading time (`28 November 2026`, `10:45 AM`,
/// `5 MIN READ`).
fn is_numbered_outlet(part: &str) -> bool {
    part.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && part.bytes().any(|b| b.is_ascii_uppercase())
        && memchr::memchr(b':', part.as_bytes()).is_none()
        && !says_when(part)
}

/// Whether the part of a byline after a bar says when, not for whom: a date
/// stamp (`By Ann Poe | Nov. 28, 2026`), a reading time (`By Ann Poe, Reuters
/// • 3 min read`) or the story's age (`Story by Ann Poe • 3h`).
fn says_when(part: &str) -> bool {
    super::trailer::is_time_stamp(part) || super::trailer::is_reading_time(part) || is_age(part)
}

/// The units of a story's age as a page prints it after the byline, in any
/// ASCII case: `3h`, `45 min ago`, `2 days ago`.
const AGE_UNITS: [&str; 12] = [
    "h", "hr", "hrs", "hour", "hours", "m", "min", "mins", "minutes", "d", "day", "days",
];

/// Whether `t` is a story's age: one to three digits, a unit of
/// [`AGE_UNITS`] (a space between them or not) and `ago` or nothing after it
/// (`Story by Ann Poe • 3h`, `By Ann Poe | 2 hours ago`).
fn is_age(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = t.get(digits..).unwrap_or("").trim_start();
    let unit = rest.strip_suffix(" ago").unwrap_or(rest).trim_end();
    (1..=3).contains(&digits) && AGE_UNITS.iter().any(|u| u.eq_ignore_ascii_case(unit))
}

/// `line` split at a dash between names and a role line ([`is_role_line`]):
/// `Ann Poe - Staff Writer`, `Ann Poe — Reuters`; `None` when it has no
/// dash or what follows is no role (`Barack Obama - The Interview`).
fn dashed_role(line: &str) -> Option<(&str, &str)> {
    // one scan for a hyphen or a dash's first byte (0xE2), then a look at
    // what stands around it: most lines asked have neither
    let bytes = line.as_bytes();
    let (at, len) = memchr::memchr2_iter(b'-', 0xE2, bytes).find_map(|i| {
        let dash = ["-", "—", "–"]
            .into_iter()
            .find(|d| bytes.get(i..).is_some_and(|r| r.starts_with(d.as_bytes())))?;
        let before = i.checked_sub(1)?;
        let spaced = bytes.get(before) == Some(&b' ') && bytes.get(i + dash.len()) == Some(&b' ');
        spaced.then_some((before, dash.len() + 2))
    })?;
    let (names, rest) = (line.get(..at)?, line.get(at + len..)?);
    is_role_line(rest).then_some((names, rest.trim()))
}

/// The names and the role or agency on one line of a bare byline: after a
/// dash ([`dashed_role`]), in brackets ([`bracketed_agency`]) or after a
/// colon ([`colon_role`]).
fn role_on_line(line: &str) -> Option<(&str, &str)> {
    dashed_role(line)
        .or_else(|| bracketed_agency(line.trim_end()))
        .or_else(|| colon_role(line))
}

/// `line` split at a colon between names and a role line
/// ([`is_role_line`]), as opinion pages credit guest writers: `Ann Poe:
/// Guest columnist`; `None` for `Opinion: The city must act` (and the
/// names are read as any bare byline's: `Opinion: Guest columnist` is
/// none).
fn colon_role(line: &str) -> Option<(&str, &str)> {
    // (a byte search: a substring searcher's set-up costs more than the line)
    let at = memchr::memchr(b':', line.as_bytes())?;
    let (names, role) = (line.get(..at)?, line.get(at + 1..)?.strip_prefix(' ')?);
    is_role_line(role).then_some((names, role.trim()))
}

/// Names with a known agency's credit or a broadcaster's call letters in
/// brackets after them, `Jane Doe (Reuters)`, `Jane Doe (KHTX)`: the names
/// and the agency (without its brackets).
fn bracketed_agency(seg: &str) -> Option<(&str, &str)> {
    let (head, tail) = seg.strip_suffix(')')?.rsplit_once('(')?;
    let (head, tail) = (head.trim(), tail.trim());
    let credit = is_credited_agency(tail)
        || super::dateline::is_call_sign(tail)
        || is_station(tail)
        || is_channel_brand(tail)
        || (matches!(tail.as_bytes().first(), Some(b'0'..=b'9' | b'K' | b'W'))
            && is_glued_channel(tail));
    (credit && !head.is_empty() && split_and(head).all(is_name)).then_some((head, tail))
}

/// Whether `t` is a station's brand with its channel glued to it, as TEGNA's
/// stations name themselves after the names in brackets: call letters
/// then one or two figures (`WUSA9`), or one or two figures then a word
/// with a capital first (`11Alive`, `9NEWS`). Out of line: the caller
/// tests the first byte.
#[inline(never)]
fn is_glued_channel(t: &str) -> bool {
    let bytes = t.as_bytes();
    let lead = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=2).contains(&lead) {
        let word = bytes.get(lead..).unwrap_or_default();
        return (3..=8).contains(&word.len())
            && word.first().is_some_and(u8::is_ascii_uppercase)
            && word.iter().all(u8::is_ascii_alphabetic);
    }
    let tail = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    (1..=2).contains(&tail)
        && t.get(..t.len() - tail)
            .is_some_and(super::dateline::is_call_sign)
}

/// Whether `t` is a station's brand that opens with its channel, as
/// stations name themselves after the names in brackets: one or two
/// figures, then one to three capitalised words (`10 Tampa Bay`, `13 On
/// Your Side`).
fn is_channel_brand(t: &str) -> bool {
    let Some((channel, brand)) = t.split_once(' ') else {
        return false;
    };
    (1..=2).contains(&channel.len())
        && channel.bytes().all(|b| b.is_ascii_digit())
        && brand.split(' ').count() <= 3
        && brand
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Whether `t` is names and then, after a comma, a role in lower case, as
/// Sky News prints them: `Ann Poe, news reporter`, `Ann Poe, political
/// correspondent`.
fn names_then_lower_role(t: &str) -> bool {
    memchr::memrchr(b',', t.as_bytes()).is_some_and(|comma| {
        let (head, role) = (
            t.get(..comma).unwrap_or(""),
            t.get(comma + 1..).unwrap_or(""),
        );
        plausible_names(head) && is_lower_role(role.trim())
    })
}

/// Whether `t` is a role written in lower case, as a site prints it after
/// the names: words whose last is a reporter's job (`reporter`,
/// `correspondent`, `editor` …) and none a clause's (`who is a reporter`):
/// `news reporter`, `senior political correspondent`. (Capitalised roles
/// pass the names' own test.)
fn is_lower_role(t: &str) -> bool {
    t.split(' ').all(|w| !CLAUSE_WORDS.contains(&w))
        && t.rsplit(' ').next().is_some_and(|w| JOBS.contains(&w))
}

/// Words of a clause, which no role in lower case holds ([`is_lower_role`]).
const CLAUSE_WORDS: [&str; 12] = [
    "a", "an", "and", "as", "her", "his", "is", "its", "of", "the", "was", "who",
];

/// A reporter's jobs, the last word of a role in lower case
/// ([`is_lower_role`]).
const JOBS: [&str; 10] = [
    "analyst",
    "columnist",
    "correspondent",
    "editor",
    "photographer",
    "producer",
    "reporter",
    "reporters",
    "writer",
    "writers",
];

/// The most words in lower case between a role's capitalised first word and
/// its job ([`spaced_role`]).
const MAX_ROLE_LOWER: usize = 3;

/// `t` parted into names and a role after them with no comma, as the
/// Guardian prints its writers: the role's first word capitalised, the
/// rest in lower case, the last a reporter's job ([`JOBS`]): `Ann Poe
/// Social policy editor`, `Ann Poe Observer political editor`, `Ann Poe
/// Political reporter`; or the role in title case, as Reach's sites run
/// it on ([`titled_role`]: `Ann Poe Local Democracy Reporter`). The names
/// are words that read as names (each name is then read as any bare
/// byline's).
fn spaced_role(t: &str) -> Option<(&str, &str)> {
    let bytes = t.as_bytes();
    let mut end = memchr::memrchr(b' ', bytes)?;
    let job = t.get(end + 1..)?;
    if !JOBS.contains(&job) {
        return titled_role(t, job);
    }
    // back over the role's words in lower case to its capitalised first
    for _ in 0..=MAX_ROLE_LOWER {
        let space = memchr::memrchr(b' ', bytes.get(..end)?)?;
        let w = t.get(space + 1..end)?;
        // (a deck's small words are none: `Plans Drawn Up for new reporter`)
        if w.starts_with(|c: char| c.is_uppercase()) {
            if NOT_IN_NAMES.contains(&w) {
                return None;
            }
            let names = t.get(..space)?;
            return plausible_names(names).then(|| Some((names, t.get(space + 1..)?)))?;
        }
        let small = NOT_IN_NAMES.iter().any(|n| n.eq_ignore_ascii_case(w));
        if small || CLAUSE_WORDS.contains(&w) || !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        end = space;
    }
    None
}

/// `t` parted after two names' words before a role in title case ending
/// in a reporter's job (`job`, its last word), as Reach's regional sites
/// run them on when copied: `Ann Poe Local Democracy Reporter`; no role's
/// word a deck's (`Paper Hires New Political Editor`). Names of three
/// words are read as two, as nothing tells them from a role's first word
/// (`Mei Ling Carrow Political Reporter` gives `Mei Ling`).
fn titled_role<'t>(t: &'t str, job: &str) -> Option<(&'t str, &'t str)> {
    // (the job's capital first: most lines asked end otherwise)
    if !job.starts_with(|c: char| c.is_ascii_uppercase())
        || !JOBS.iter().any(|j| j.eq_ignore_ascii_case(job))
    {
        return None;
    }
    let at = memchr::memchr_iter(b' ', t.as_bytes()).nth(1)?;
    let (names, role) = (t.get(..at)?, t.get(at + 1..)?);
    // (the names are read as any bare byline's after)
    role.split(' ')
        .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !NOT_IN_NAMES.contains(&w))
        .then_some((names, role))
}

/// The most bytes of a role line under a byline.
const MAX_ROLE_LINE: usize = 40;

/// Whether `t` is a line naming a reporter's role or newsroom and nothing
/// else, as sites print under the byline: `Staff Writer`, `Business
/// reporter`, `BBC News`, `Reuters`, `Reporter for Agência Brasil`, also
/// with the reporter's account or address after it (`News reporter
/// @annpoe`). One line of at most four words of letters, the first
/// capitalised, that is a known agency, ends with a role word, or is a role
/// word and `for` or `at` the newsroom (so a short first paragraph such as
/// `Press Freedom Day` is none); or a paper's name (`The Valley Sentinel`,
/// [`is_masthead`](crate::grammar::headline::is_masthead)); any of these
/// in brackets too (`(Australian Associated Press)`, as AAP's pages print
/// it).
pub(crate) fn is_role_line(t: &str) -> bool {
    let t = t.trim();
    // in brackets, as AAP's pages print the agency's name under the
    // names: `(Australian Associated Press)`
    if let Some(inner) = t.strip_prefix('(').and_then(|i| i.strip_suffix(')')) {
        return is_role_line(inner);
    }
    // the reporter's account or address after the role: `News reporter
    // @annpoe`
    let t = match t.rsplit_once(' ') {
        Some((role, account)) if is_address(account) => role,
        _ => t,
    };
    let plain = t.len() <= MAX_ROLE_LINE
        && t.starts_with(char::is_uppercase)
        && !t.contains(['\n', '\r'])
        && t.split(' ').count() <= 5
        && t.split(' ')
            .all(|w| !w.is_empty() && w.chars().all(char::is_alphabetic));
    // (five words only with a role word last: `BBC Scotland senior
    // football writer`)
    let short = || t.split(' ').nth(4).is_none();
    // `Reporter for Agência Brasil`, `Editor at The Times`
    let role_for = || {
        let mut words = t.split(' ');
        words.next().is_some_and(is_role_word) && matches!(words.next(), Some("for" | "at"))
    };
    (plain
        && (t.rsplit(' ').next().is_some_and(is_role_word)
            || short() && (agencies::is_agency(t) || role_for())))
        // a newsroom's name and its region's code (the BBC's `BBC News NI`;
        // the length first: the test asks again of the words before)
        || (t.len() <= MAX_ROLE_LINE && t.rsplit_once(' ').is_some_and(|(head, region)| {
            (2..=3).contains(&region.len())
                && region.bytes().all(|b| b.is_ascii_uppercase())
                && is_role_line(head)
        }))
        // two roles joined, the second in lower case (Sky News' `Deputy
        // political editor and political reporter`)
        || (t.len() <= 2 * MAX_ROLE_LINE
            && t.split_once(" and ").is_some_and(|(one, two)| {
                !one.contains(" and ")
                    && is_role_line(one)
                    && two.split(' ').count() <= 4
                    && two.rsplit(' ').next().is_some_and(is_role_word)
                    && two.split(' ').all(|w| w.chars().all(char::is_alphabetic))
            }))
        || crate::grammar::headline::is_masthead(t)
        || is_scholar_line(t)
        // (a bureau and its network, as Gannett's papers print them: `Ohio
        // Capital Bureau, USA TODAY NETWORK`)
        || t.rsplit_once(", ").is_some_and(|(desk, network)| {
            !desk.contains(", ") && is_role_line(desk) && is_role_line(network)
        })
}

/// The words of a scholar's title, in any ASCII case ([`is_scholar_line`]).
const SCHOLAR_WORDS: [&str; 9] = [
    "candidate",
    "dean",
    "fellow",
    "lecturer",
    "professor",
    "researcher",
    "scholar",
    "scientist",
    "student",
];

/// The most bytes of a scholar's line under the names.
const MAX_SCHOLAR_LINE: usize = 120;

/// Whether `t` is the line The Conversation prints under a scholar's name:
/// the title, a comma and the institution (`Professor of Marine Biology,
/// University of Marlow`, `PhD Candidate, Marlow University`). One line
/// with a scholar's word before its first comma and a capital after it,
/// not ending a sentence (`Professor Poe, who led the study, said so.`
/// is none).
fn is_scholar_line(t: &str) -> bool {
    let Some((title, place)) = t.split_once(", ") else {
        return false;
    };
    t.len() <= MAX_SCHOLAR_LINE
        && title.starts_with(|c: char| c.is_ascii_uppercase())
        && place.starts_with(char::is_uppercase)
        && !t.ends_with(['.', '!', '?', ':', ';'])
        && !t.contains(['\n', '\r'])
        && title.split(' ').nth(8).is_none()
        && title
            .split(' ')
            .any(|w| SCHOLAR_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

/// The credits newsrooms print on a line of their own in place of a
/// reporter's name, also after `From` (`From staff reports`); sorted for
/// binary search.
const STOCK_CREDITS: &[&str] = &[
    "a correspondent",
    "a special correspondent",
    "a staff correspondent",
    "a staff reporter",
    "agencies",
    "bureau report",
    "city desk",
    "correspondent",
    "news agencies",
    "news desk",
    "news services",
    "online desk",
    "our correspondent",
    "our own correspondent",
    "our special correspondent",
    "our staff reporter",
    "special correspondent",
    "staff",
    "staff and agencies",
    "staff and wire reports",
    "staff reporter",
    "staff reports",
    "staff writer",
    "web desk",
    "wire reports",
    "wire services",
];

/// The words a newsroom's credit ends with (`Reuters Staff`, `Express News
/// Service`, `Business Desk`) and a name does not; the role words that end
/// a name too (`Post`, `Press`) are not among them.
const NEWSROOM_WORDS: [&str; 11] = [
    "bureau",
    "correspondent",
    "correspondents",
    "desk",
    "reporter",
    "reporters",
    "service",
    "services",
    "staff",
    "writer",
    "writers",
];

/// Whether `t` is a newsroom's credit of two to four capitalised words
/// (joined by `and` or `&`) ending in one of [`NEWSROOM_WORDS`], with no
/// comma (`Ann Poe, Staff Writer` names an author): `Reuters Staff`, `Art
/// and Culture Desk`, not the deck `Meet the Staff`; or a news agency's or
/// an agency's wire named so, its tag in brackets after it (`News24 Wire`,
/// `African News Agency (ANA)`), not a headline (`Trump Guts Aid Agency`).
fn is_newsroom(t: &str) -> bool {
    // the last word first: most lines asked end in no such word
    let Some((head, last)) = t.rsplit_once(' ') else {
        return false;
    };
    // (a joiner between two capitalised words: `Reuters and Staff` is a
    // deck)
    let words = |head: &str| {
        let mut last = "";
        !head.contains(',')
            && head.split(' ').count() < 4
            && head.split(' ').all(|w| {
                let joiner = matches!(w, "and" | "&") && !last.is_empty();
                last = w;
                w.starts_with(char::is_uppercase) || joiner
            })
            && !matches!(last, "and" | "&")
    };
    if NEWSROOM_WORDS.iter().any(|w| w.eq_ignore_ascii_case(last))
        || matches!(last, "report" | "reports")
    {
        return words(head);
    }
    // (the last byte first: a bracket or an `y` or `e`)
    if matches!(last.as_bytes().last(), Some(b')' | b'y' | b'e')) {
        agency_wire(head, last)
    } else {
        false
    }
}

/// [`is_newsroom`]'s agency or wire: its credit parted at its last space
/// into `head` and `last`.
#[inline(never)]
fn agency_wire(head: &str, last: &str) -> bool {
    // (the tag in brackets after the name: `African News Agency (ANA)`)
    let (head, last) = match last.strip_prefix('(').and_then(|tag| tag.strip_suffix(')')) {
        Some(tag) if tag.len() >= 2 && tag.bytes().all(|b| b.is_ascii_uppercase()) => {
            match head.rsplit_once(' ') {
                Some(parts) => parts,
                None => return false,
            }
        }
        Some(_) => return false,
        None => (head, last),
    };
    (last.eq_ignore_ascii_case("agency") || last.eq_ignore_ascii_case("wire"))
        && head.split(' ').count() < 4
        && (agencies::is_agency(head) || head.split(' ').any(|w| w == "News"))
        && head.split(' ').all(|w| w.starts_with(char::is_uppercase))
}

/// `block` without its last line when that is the reporter's address or
/// account (`@annpoe`), or its last two when both are (The Local's
/// `news@example.se` / `@thelocal`): they are in the byline, but neither a
/// name nor a role.
fn without_address_line(block: &str) -> &str {
    let cut = |block: &'_ str| -> Option<usize> {
        let at = memchr::memrchr2(b'\n', b'\r', block.as_bytes())?;
        block
            .get(at + 1..)
            .is_some_and(|last| is_address(last.trim()))
            .then_some(at)
    };
    let Some(at) = cut(block) else {
        return block;
    };
    let head = block.get(..at).unwrap_or(block).trim_end();
    match cut(head) {
        Some(at) => head.get(..at).unwrap_or(head).trim_end(),
        None => head,
    }
}

/// Whether `c` is an agency and a stock credit of agencies, services or
/// reports (`Al Jazeera and news agencies`, `Reuters and agencies`,
/// `Reuters and wire services`). The last word is compared first,
/// with no search: a search for ` and ` in every bare byline's candidate
/// cost 2.5M instructions on the corpus profile.
fn agency_and_stock_credit(c: &str) -> bool {
    let ends = |w: &str| {
        c.len()
            .checked_sub(w.len())
            .and_then(|at| c.get(at..))
            .is_some_and(|end| end.eq_ignore_ascii_case(w))
    };
    [" agencies", " services", " reports"]
        .iter()
        .any(|w| ends(w))
        && c.split_once(" and ")
            .is_some_and(|(a, b)| agencies::is_agency(a) && is_stock_credit(b))
}

/// Where the bar or the dot whose last byte is at `last` in `bytes` starts
/// (`|`, `·` C2 B7, `•` E2 80 A2, found by that byte with no decoding);
/// `None` where the byte ends no mark (another character's).
fn mark_ending_at(bytes: &[u8], last: usize) -> Option<usize> {
    match bytes.get(last.saturating_sub(2)..=last)? {
        [.., b'|'] => Some(last),
        [.., 0xC2, 0xB7] => last.checked_sub(1),
        [0xE2, 0x80, 0xA2] => last.checked_sub(2),
        _ => None,
    }
}

/// Where a time stamp after a bar or a dot ends the byline `t` (`By Ann Poe |
/// November 27, 2026`, `TNN | Nov 27, 2026, 04.12 AM IST`, `Ann Poe ·
/// Nov. 27, 2026`): the byte offset of the mark. The stamp is a trailer of
/// its own, not part of the byline.
pub(crate) fn stamp_after_bar(t: &str) -> Option<usize> {
    // the marks' last bytes, searched for with no decoding (`·` is C2 B7,
    // `•` E2 80 A2): most bylines have none
    let bytes = t.as_bytes();
    let last = memchr::memrchr3(b'|', 0xB7, 0xA2, bytes)?;
    let mark = mark_ending_at(bytes, last)?;
    let stamp = t.get(last + 1..)?;
    // (a time before the mark is the stamp's first half: `Ann Poe / 11:12
    // AM EDT • September 30, 2025` is names and a stamp, the line whole)
    let clocked = crate::text::has_clock(t.get(..mark)?);
    (!clocked && crate::grammar::trailer::is_time_stamp(stamp)).then_some(mark)
}

/// Parts the names after `By` from whom they wrote for or when: at a bar
/// ([`split_glued_bar`]; at a slash before a stamp the bar parts, `By Ann
/// Poe / 9:00 AM PST · November 28, 2026`), else as [`split_after_by`]
/// reads them.
fn split_names_after_by(names: &str) -> Option<(&str, &str)> {
    match split_glued_bar(names) {
        Some((who, _)) if memchr::memchr(b'/', who.as_bytes()).is_some() => slash_stamp(names)
            .and_then(|at| Some((names.get(..at)?.trim_end(), names.get(at + 1..)?.trim())))
            .or_else(|| split_glued_bar(names)),
        parted => parted.or_else(|| split_after_by(names)),
    }
}

/// Where the one-line byline `t` has a slash with a space each side and a
/// time stamp whole after it (`By Ann Poe / 9:00 AM PST · November 28,
/// 2026`): the slash's offset.
fn slash_stamp(t: &str) -> Option<usize> {
    let slash = memchr::memrchr(b'/', t.as_bytes())?;
    let (before, after) = (t.get(..slash)?, t.get(slash + 1..)?);
    (before.ends_with(' ') && after.starts_with(' ') && super::trailer::is_time_stamp(after.trim()))
        .then_some(slash)
}

/// The most stamps, each after its mark, read before the last one after a
/// byline's names ([`stamp_cut`]).
const MAX_STAMPS: usize = 3;

/// Where a time stamp or the story's age ends the one-line byline `t`, and
/// the kind of trailer it is: after a bar or a dot ([`stamp_after_bar`]), or
/// the first bar or dot with a stamp, an age or a reading time after it
/// (`The Canadian Press · Posted: Nov 26, 2026 2:19 PM EST | Last Updated:
/// …`, `Story by AFP • 5h`), or after the names with a slash or no mark
/// (`By Ann Poe / November 27, 2026`, `By Ann Poe Nov 27, 2026, 5:00am EST`,
/// `By Ann Poe, Staff,Updated November 27, 2026`; a comma before the stamp
/// goes with it). The byte offset where the trailer starts.
pub(crate) fn stamp_cut(t: &str) -> Option<(usize, TrailerKind)> {
    // (a page's control glued to the names: `By Ann Poe Follow`)
    if let Some(head) = t.strip_suffix(" Follow") {
        return Some((head.len(), TrailerKind::Furniture));
    }
    // (a mark left at the line's end where the stamp after it went to the
    // next line: CBC's `Ann Poe · The Canadian Press ·` / `Posted: …`; or
    // the share buttons after it: `By Ann Poe, DOD News |`)
    if let Some(head) = t.strip_suffix(" ·").or_else(|| t.strip_suffix(" |")) {
        return Some((head.len(), TrailerKind::Furniture));
    }
    // (one search for the marks' last bytes first: most bylines have none)
    let marked = memchr::memchr3(b'|', 0xB7, 0xA2, t.as_bytes()).is_some();
    // (a stamp after a slash whose time and date a dot parts: TechCrunch's
    // `By Ann Poe / 9:00 AM PST · November 28, 2026`)
    if let Some(slash) = marked.then(|| slash_stamp(t)).flatten() {
        return Some((slash, TrailerKind::Timestamp));
    }
    if let Some(mut mark) = marked.then(|| stamp_after_bar(t)).flatten() {
        // (and the stamps before it, each after its mark: NBC's `By Ann Poe
        // • Published November 24, 2026 • Updated on November 24, 2026 at
        // 7:14 pm`; a few, so a line of many marks is read in linear time)
        for _ in 0..MAX_STAMPS {
            match t
                .get(..mark)
                .map(crate::text::trim_end)
                .and_then(stamp_after_bar)
            {
                Some(before) => mark = before,
                None => break,
            }
        }
        return Some((mark, TrailerKind::Timestamp));
    }
    if memchr::memchr2(b'\n', b'\r', t.as_bytes()).is_some() {
        return None;
    }
    // (what a bar after the stamp parts from it goes with it: Kyodo's
    // `KYODO NEWS - Nov 28, 2026 - 09:12 | Japan, All`)
    let stamped = if marked {
        t.rsplit_once('|')
            .map_or(t, |(head, _)| crate::text::trim_end(head))
    } else {
        t
    };
    // (a stamp ends as one does: most bylines end in a small letter)
    if let Some(at) = Some(stamped)
        .filter(|t| ends_like_stamp(t))
        .and_then(stamp_after_names)
    {
        // (a stamp's label glued to the names goes with it, its colon too:
        // `Globe Staff,Updated November 27, 2026`, `Ann Poe / TNN /
        // Updated: Nov 27, 2026, 09:05 IST`)
        let head = crate::text::trim_end(t.get(..at)?);
        let head = head.strip_suffix(':').unwrap_or(head);
        let head = STAMP_LABELS
            .iter()
            .find_map(|w| head.strip_suffix(w))
            .map_or(head, crate::text::trim_end);
        // (and so does a dash, a bar, a dot or a slash: `BY: ANN POE -
        // NOVEMBER 28, 2026 5:00 AM`, `Ann Poe | November 26, 2026 | 10:15
        // am Markets`, CBC's `Reuters · Posted: Aug 7, 2026 10:31 AM EDT |
        // Last Updated: …`, `Ann Poe / TNN / Nov 28, 2026, 04:12 IST`,
        // Devex's `By Ann Poe // 3 March 2026`)
        let head = ["-", "–", "—", "|", "·", "•", "//", "/"]
            .iter()
            .find_map(|d| head.strip_suffix(d))
            .map_or(head, crate::text::trim_end);
        let at = head
            .strip_suffix([',', ';'])
            .map_or(at.min(head.len()), str::len);
        return Some((at, TrailerKind::Timestamp));
    }
    // (the marks' last bytes, as [`stamp_after_bar`] finds them; else a
    // stamp or handle with no mark, [`late_stamp`])
    if !marked {
        return late_stamp(t);
    }
    memchr::memchr3_iter(b'|', 0xB7, 0xA2, t.as_bytes()).find_map(|last| {
        let mark = mark_ending_at(t.as_bytes(), last)?;
        let rest = crate::text::trim(t.get(last + 1..)?);
        let kind = match super::trailer::classify_header(rest) {
            // (a site's domain names the outlet: `By Zhao Lin |
            // chinadaily.com.cn`)
            Some(TrailerKind::Furniture) if is_site_domain(rest) => return None,
            Some(kind @ (TrailerKind::Timestamp | TrailerKind::Furniture)) => kind,
            _ if is_age(rest) => TrailerKind::Timestamp,
            _ => return None,
        };
        (mark > 0).then_some((mark, kind))
    })
}

/// The most words of a one-line byline read for a stamp after its names
/// and role ([`late_stamp`]).
const MAX_LATE_STAMP_WORDS: usize = 16;

/// Where a stamp or a handle ends the one-line byline `t` that
/// [`stamp_cut`]'s other rules leave, and its kind: a time stamp after the
/// names and role, perhaps after ` on ` or a dash (`By Ann Poe on Nov 25,
/// 2026 at 4:12 pm`, `Written by Ann Poe, Senior Writer Nov. 25, 2026 at
/// 9:12 a.m. PT`, `By Ann Poe — November 24, 2026 5 min read`), one in ISO
/// form glued to the names (`By Ann Poe2026-11-25T09:12:00+00:00`), or the
/// writer's handle last (`By Ann Poe @annpoe`, furniture).
fn late_stamp(t: &str) -> Option<(usize, TrailerKind)> {
    let bytes = t.as_bytes();
    // the handle: a word opening with `@` after the last space (the byline
    // grammar read it as an account, [`without_address`]; a mail address,
    // which opens otherwise, stays the byline's text)
    let space = memchr::memrchr(b' ', bytes)?;
    if bytes.get(space + 1) == Some(&b'@') {
        // (after the names, not a mark: `Ann Poe / @annpoe` is the line's)
        let after_names = t
            .get(..space)
            .is_some_and(|head| head.ends_with(|c: char| c.is_alphanumeric() || c == '.'));
        return after_names.then_some((space, TrailerKind::Furniture));
    }
    // (a stamp has a figure: most bylines have none)
    if !super::trailer::has_digit(t) {
        return None;
    }
    // an ISO stamp glued to the last name: its figures, dashes, colons,
    // `T`, `Z`, `+` and `.` back from the end, after a letter
    let tail = bytes
        .iter()
        .rev()
        .take_while(|&&b| {
            b.is_ascii_digit() || matches!(b, b'-' | b':' | b'+' | b'.' | b'T' | b'Z')
        })
        .count();
    // (ten bytes at least, an ISO date's, before the stamp's rules are
    // asked: names end in figures too, `KSPQ 7`)
    let glued = t.len() - tail;
    if tail >= 10
        && glued > 0
        // (glued to a letter: after a space, the words' search below takes
        // ` on ` or a dash with it)
        && bytes.get(glued - 1).is_some_and(u8::is_ascii_alphabetic)
        && t.get(glued..).is_some_and(super::trailer::is_time_stamp)
    {
        return Some((glued, TrailerKind::Timestamp));
    }
    memchr::memchr_iter(b' ', bytes)
        .take(MAX_LATE_STAMP_WORDS)
        .find_map(|space| {
            let rest = t.get(space + 1..)?;
            // (a stamp's label goes with it: the Global Times' `By Ann Poe
            // Published: Jun 22, 2026 11:05 PM`)
            let stamp = ["on ", "- ", "– ", "— "]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .or_else(|| after_stamp_label(rest))
                .unwrap_or(rest);
            let head = crate::text::trim_end(t.get(..space)?).trim_end_matches([',', ';']);
            (super::date::may_open_date(stamp) && super::trailer::is_time_stamp(stamp))
                .then_some((head.len(), TrailerKind::Timestamp))
        })
}

/// Where the names start after a stamp that opens the one-line byline `t`
/// (`Posted on November 27, 2026 by Ann Poe`, `Published on 27/11/2026 by
/// Ann Poe`): the offset of the `by`.
pub(crate) fn stamp_before(t: &str) -> Option<usize> {
    // (or a date and a bar before `By`, as the Defense Department prints
    // its writer: `Sept. 30, 2025 | By Ann Poe, DOD News |`)
    // (a date's first byte, then one scan for the bar: most bylines open
    // with `By` or a name)
    let dated = matches!(
        t.as_bytes().first(),
        Some(b'0'..=b'9' | b'A' | b'D' | b'F' | b'J' | b'M' | b'N' | b'O' | b'S' | b'T' | b'W')
    );
    if let Some(bar) = dated.then(|| memchr::memchr(b'|', t.as_bytes())).flatten() {
        let stamp = t.get(..bar).and_then(|s| s.strip_suffix(' '));
        let by = t.get(bar + 1..).is_some_and(|n| n.starts_with(" By "));
        if let (Some(stamp), true) = (stamp, by) {
            return super::trailer::is_time_stamp(stamp).then_some(bar + 2);
        }
    }
    let label = ["Posted on", "Published on", "Posted On:"]
        .iter()
        .find(|p| t.starts_with(*p))?;
    let rest = t.get(label.len()..)?.strip_prefix(' ')?;
    let at = t.len() - rest.len() + rest.find(" by ")?;
    let stamp = t.get(..at)?;
    (super::trailer::is_time_stamp(stamp)).then_some(at + 1)
}

/// The labels a page prints before a stamp glued to a byline's names.
const STAMP_LABELS: [&str; 3] = ["Updated", "Published", "Posted"];

/// `rest` after one of [`STAMP_LABELS`], its colon if it has one, and a
/// space: `Published: Jun 22, 2026` gives `Jun 22, 2026`.
fn after_stamp_label(rest: &str) -> Option<&str> {
    STAMP_LABELS.iter().find_map(|l| {
        let after = rest.strip_prefix(l)?;
        after.strip_prefix(':').unwrap_or(after).strip_prefix(' ')
    })
}

/// Whether `t` ends as a time stamp does: in a digit, a zone's capital, a
/// period or a bracket (`2026`, `UTC`, `p.m.`, `EDT)`), the half of the
/// day in small letters after a figure or a space (`9:12 am`, `9:12pm`),
/// or an age's ` ago` (`Updated about 2 hours ago`); most bylines and
/// headlines end in another small letter.
fn ends_like_stamp(t: &str) -> bool {
    matches!(
        t.as_bytes(),
        [.., b'0'..=b'9' | b'A'..=b'Z' | b'.' | b')']
            | [.., b'0'..=b'9' | b' ', b'a' | b'p', b'm']
            | [.., b' ', b'a', b'g', b'o']
    )
}

/// `names` without a time stamp after them (`Ann Poe Sept. 10, 2026` gives
/// `Ann Poe`; [`unmarked_stamp`], and past its words [`late_stamp`]'s: the
/// Global Times' three names before `Published: …`).
fn without_stamp(names: &str) -> &str {
    if !ends_like_stamp(names) {
        return names;
    }
    unmarked_stamp(names)
        .or_else(|| {
            // (a stamp has a figure: most names in capitals have none)
            super::trailer::has_digit(names).then_some(())?;
            late_stamp(names)
                .filter(|&(_, kind)| kind == TrailerKind::Timestamp)
                .map(|(at, _)| at)
        })
        .and_then(|at| names.get(..at))
        .map_or(names, str::trim_end)
}

/// Names on a line of their own with a time stamp after them, after a slash,
/// a dash or none (`Ann Poe / April 14, 2026`, The Register's `Ann Poe Sat 28
/// Nov 2026 // 15:45 UTC`, Ars Technica's `Ann Poe - Dec 16, 2024 9:27 am
/// UTC`): the byline of the line whole at `span` (the parser
/// cuts the stamp off, [`stamp_cut`]), its names
/// read as [`bare_byline_at`] reads them. Only the parser's header asks,
/// of a part under the headline that reads as nothing else.
#[inline(never)]
pub(crate) fn names_then_stamp(text: &str, span: Span) -> Option<Byline<'_>> {
    let t = crate::text::trim(text.get(span.range())?);
    // (the quick tests first: a short line, two capitalised words first,
    // or a credit's one word and a spaced comma, `Reuters , Monday 18 May
    // 2026`; most lines asked are headlines in sentence case)
    let mut words = t.split(' ');
    let capital = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    if !ends_like_stamp(t)
        || t.len() > MAX_BARE_BYLINE
        || !capital(words.next())
        || !words.next().is_some_and(|w| w == "," || capital(Some(w)))
    {
        return None;
    }
    let end = stamp_after_names(t)?;
    let start = span.start() + crate::text::offset_in(text.get(span.range())?, t)?;
    let names = crate::text::trim_end(t.get(..end)?);
    // (a comma or a dash before the stamp goes with it, a space before it
    // too, as Ahram Online sets it: `Ann Poe , Saturday 21 Feb 2026`)
    let names = [",", "-", "–", "—"]
        .iter()
        .find_map(|mark| names.strip_suffix(mark))
        .map_or(names, crate::text::trim_end);
    let read = bare_byline_at(text, Span::new(start, start + names.len()))?;
    Some(Byline {
        text: text.get(span.range())?,
        span,
        ..read
    })
}

/// The most words before a stamp with no mark after a byline's names
/// ([`unmarked_stamp`]): `By` and up to five words of names (`Ann Poe and
/// Tom Roe`).
const MAX_STAMPED_NAMES: usize = 6;

/// Where the names end in a line of names and a time stamp with no bar
/// (`Ann Poe / April 14, 2026`, `Ann Poe Sat 28 Nov 2026 // 15:45 UTC`):
/// the offset of the slash between spaces, or of the stamp's first word
/// ([`unmarked_stamp`]). The parser cuts the stamp off the byline as a
/// trailer ([`stamp_cut`]; a date after ` on `, `By Ann Poe on November 28,
/// 2026`, [`late_stamp`] finds).
fn stamp_after_names(t: &str) -> Option<usize> {
    // (a byte search: a substring searcher's set-up costs more than the line)
    let slash = memchr::memchr(b'/', t.as_bytes()).filter(|&at| {
        at > 0
            && t.as_bytes().get(at - 1) == Some(&b' ')
            && t.get(at + 1..)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(super::trailer::is_time_stamp)
    });
    slash
        .map(|at| at - 1)
        .or_else(|| unmarked_stamp(t))
        .or_else(|| glued_stamp(t))
}

/// Where a time stamp glued to the last word of the names starts, as a
/// page copied as text runs the byline's box into the stamp's (ESPN's `Ann
/// Poe, ESPN Staff WriterDec 3, 2026, 01:17 PM ET`, `Associated PressNov
/// 29, 2026, …`): the first month's name opening in a capital straight
/// after a letter with a day after it, from which to the end is a time
/// stamp (the stamp's rules asked once: linear in the line).
#[inline(never)]
fn glued_stamp(t: &str) -> Option<usize> {
    let bytes = t.as_bytes();
    let at = bytes.windows(2).enumerate().find_map(|(i, pair)| {
        let [before, first] = *pair else { return None };
        if !before.is_ascii_alphabetic() || !first.is_ascii_uppercase() {
            return None;
        }
        let at = i + 1;
        let rest = t.get(at..)?;
        let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let after = rest.get(len..)?;
        let after = after.strip_prefix('.').unwrap_or(after);
        (tables::months::month(rest.get(..len)?).is_some()
            && after
                .strip_prefix(' ')
                .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit())))
        .then_some(at)
    })?;
    t.get(at..)
        .is_some_and(super::trailer::is_time_stamp)
        .then_some(at)
}

/// Where a time stamp with no mark before it starts after the names of the
/// byline `t` (`By Ann Poe Sept. 10, 2026`): a word past the second, up to
/// the sixth, that may open a date and from which the rest is a stamp; the
/// words before it capitalised (a small word, `the`, ends the search).
fn unmarked_stamp(t: &str) -> Option<usize> {
    let bytes = t.as_bytes();
    let mut words = 1;
    for space in memchr::memchr_iter(b' ', bytes).take(MAX_STAMPED_NAMES) {
        let at = space + 1;
        let rest = t.get(at..)?;
        match bytes.get(at) {
            // (names joined by `and` go on: `By Ann Poe and Tom Roe …`)
            Some(b'a') if rest.starts_with("and ") => {}
            Some(b'a'..=b'z') => return None,
            Some(b' ') | None => continue,
            Some(_) => {}
        }
        // (the quick test of a date's first word before the stamp's rules;
        // a stamp in brackets, as Law360 prints it: `By Ann Poe (October
        // 16, 2025, 5:21 PM EDT)`)
        let bracketed = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')'));
        let stamp = bracketed.unwrap_or(rest);
        // (or its label: Dawn's `Ann Poe Published September 5, 2026
        // Updated about 2 hours ago`)
        // (not `Posted`, which CBC prints after a dot that its own rules
        // read: `Ann Poe · CBC Sports · Posted: …`)
        let labelled = || {
            matches!(bytes.get(at), Some(b'P' | b'U'))
                && !rest.starts_with("Posted")
                && after_stamp_label(rest).is_some()
        };
        // (a word that only may open one, `Writer`, goes on to the next)
        if words >= 2
            && (super::date::may_open_date(stamp) || labelled())
            && super::trailer::is_time_stamp(stamp)
        {
            return Some(at);
        }
        words += 1;
    }
    None
}

/// Whether the trimmed line `t` is a newsroom's credit alone, which papers
/// set under the headline with no blank line between (`Our Correspondent`,
/// `Staff Reporter`, `Express News Service`): one of [`STOCK_CREDITS`], a
/// newsroom's name ([`is_newsroom`]) or a paper's credit, perhaps closed by
/// a period (`Special to The New York Times.`).
pub(crate) fn is_credit_line(t: &str) -> bool {
    is_stock_credit(t) || is_newsroom(t) || special_to(t) || placed_staff_credit(t)
}

/// Whether the trimmed line `t` is a newsroom's own credit and where it
/// wrote from, or the site it wrote for, after a comma: `Our
/// Correspondent, Shariatpur`, `Senior Correspondent, bdnews24.com`. The
/// credit ([`STOCK_CREDITS`], [`is_newsroom`]) tells it from a name, so
/// the place need not be one the tables know: one to three capitalised
/// words ([`capitalised_words`]), or a site's domain.
fn placed_staff_credit(t: &str) -> bool {
    // (a comma first, found by a byte search: most lines asked have none)
    if t.len() > MAX_CREDIT_HEAD + 2 + MAX_CREDIT_PLACE {
        return false;
    }
    memchr::memrchr(b',', t.as_bytes())
        .is_some_and(|comma| staff_credit_at(t.get(..comma), t.get(comma + 1..)))
}

/// [`placed_staff_credit`] of the line parted at its last comma: the credit
/// `head`, and the `place` after the comma, a space first.
fn staff_credit_at(head: Option<&str>, place: Option<&str>) -> bool {
    let (Some(head), Some(place)) = (head, place.and_then(|p| p.strip_prefix(' '))) else {
        return false;
    };
    if head.len() > MAX_CREDIT_HEAD || place.len() > MAX_CREDIT_PLACE {
        return false;
    }
    (is_stock_credit(head) || is_newsroom(head))
        && (capitalised_words(place, 3) || is_site_domain(place))
}

/// The most bytes of the credit before the place in
/// [`placed_staff_credit`] (`Our Special Correspondent`).
const MAX_CREDIT_HEAD: usize = 32;

/// The most bytes of the place after the credit in
/// [`placed_staff_credit`].
const MAX_CREDIT_PLACE: usize = 40;

/// Whether `t` is one of [`STOCK_CREDITS`], in any ASCII case.
fn is_stock_credit(t: &str) -> bool {
    t.len() <= 32
        && STOCK_CREDITS
            .binary_search_by(|c| cmp_ignore_ascii_case(c, t))
            .is_ok()
}

/// Whether `word` is one of [`ROLE_WORDS`], in any ASCII case.
pub(crate) fn is_role_word(word: &str) -> bool {
    (4..=13).contains(&word.len())
        && ROLE_WORDS
            .binary_search_by(|r| cmp_ignore_ascii_case(r, word))
            .is_ok()
}

/// `names` without a trailing ` in <Place>`: a city or country the tables
/// know (`Ann Poe in Kyiv`), or, where `any_place` (after `By`), one to three
/// capitalised words after a name of two words or more (`Ann Poe in Tampa`,
/// `Ann Poe in Ho Chi Minh City`; `Plane in Winter` is none); or without a
/// trailing ` at <Venue>`, as sports pages credit a match report's writer
/// (`Ann Poe at Anfield`, `Ann Poe at the Etihad`, [`is_venue`]); `None`
/// when it has none.
fn without_place(names: &str, any_place: bool) -> Option<&str> {
    if let Some((head, place)) = names.rsplit_once(" in ") {
        if is_known_place(place)
            || (any_place && head.trim().contains(' ') && capitalised_words(place, 3))
        {
            return Some(head);
        }
    }
    // (` at ` among the last four spaces: the ground has three words at
    // most; a search for the string cost 0.1% more)
    let bytes = names.as_bytes();
    let at = memchr::memrchr_iter(b' ', bytes)
        .take(4)
        .find(|&space| bytes.get(space + 1..space + 4) == Some(b"at ".as_slice()))?;
    let (head, venue) = (names.get(..at)?, names.get(at + 4..)?);
    is_venue(venue).then_some(head)
}

/// Whether `t` names a ground or course a match report was written at:
/// one to three capitalised words, perhaps after `the` (`Anfield`, `Old
/// Trafford`, `the Etihad`).
fn is_venue(t: &str) -> bool {
    capitalised_words(t.strip_prefix("the ").unwrap_or(t), 3)
}

/// Whether `t` is one to `max` words parted by single spaces, each opening
/// with a capital and holding letters, periods, apostrophes and hyphens
/// only: a place's name the tables need not know (`Ho Chi Minh City`,
/// `Shariatpur`), a desk's (`ABC Far North`), or an official's (`Ann
/// Poe-Lee`, [`super::headline::is_official_line`]).
pub(crate) fn capitalised_words(t: &str, max: usize) -> bool {
    (1..=max).contains(&t.split(' ').count())
        && t.split(' ').all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
}

/// Xinhua's reporter credit right after its dateline, `（记者 王明）` or
/// `(记者 王明、李华)`, as a [`Byline`] whose authors are the names; with the
/// offset where the body starts after it. `at` is where the body would start.
pub(crate) fn reporter_after(text: &str, at: usize) -> Option<(Byline<'_>, usize)> {
    let rest = text.get(at..)?;
    let (open, close) = if rest.starts_with('（') {
        ('（'.len_utf8(), '）')
    } else if rest.starts_with('(') {
        (1, ')')
    } else {
        return None;
    };
    let names_at = open + "记者".len();
    let inner = rest.get(open..)?.strip_prefix("记者")?;
    let end = inner.find(close).filter(|&e| e <= 120)?;
    let names = inner.get(..end)?;
    if names.contains(['\n', '\r']) {
        return None;
    }
    let authors: Vec<&str> = names
        .split(['、', ' ', '\u{3000}', ',', '，'])
        .filter(|n| !n.is_empty())
        .collect();
    if authors.is_empty() {
        return None;
    }
    let len = names_at + end + close.len_utf8();
    let byline = Byline {
        text: rest.get(..len)?,
        span: Span::new(at, at + len),
        authors,
        affiliation: None,
        title: None,
    };
    let after = rest.get(len..)?;
    let skip = after.len() - after.trim_start_matches(crate::text::is_space).len();
    Some((byline, at + len + skip))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_units() {
        for org in [
            "2nd Marine Division",
            "82nd Airborne Division",
            "101st Airborne Division",
            "3rd Marine Aircraft Wing",
            "4th Infantry Division",
        ] {
            assert!(is_numbered_unit(org), "{org}");
        }
        // (a year, a count, an ordinal before a small word, or none)
        for org in [
            "2026 Season Preview",
            "5 Photos",
            "2nd quarter",
            "12th",
            "nd Division",
            "Staff Writer",
        ] {
            assert!(!is_numbered_unit(org), "{org}");
        }
    }

    #[test]
    fn deck_words_in_any_case() {
        // (the quick test's bound holds every word of the table)
        assert!(NOT_IN_NAMES.iter().all(|w| w.len() <= 5));
        for w in ["In", "IN", "AFTER", "The"] {
            assert!(is_deck_word(w), "{w:?}");
        }
        for w in ["in", "Ann", "POE", "INTOS"] {
            assert!(!is_deck_word(w), "{w:?}");
        }
    }

    #[test]
    fn role_lines_of_regions_and_joined_roles() {
        for t in [
            "BBC News NI",
            "Deputy political editor and political reporter",
            "BBC Scotland senior football writer",
            "Transfer Insider @AnnP_Sky",
        ] {
            assert!(is_role_line(t), "{t:?}");
        }
        for t in ["Storm Nears NI", "Ann Poe and Bo Li", "Rain and more rain"] {
            assert!(!is_role_line(t), "{t:?}");
        }
        // a long line of codes is read once, not a word at a time over and
        // over (each word would ask again of the words before it)
        let codes = "AB ".repeat(40_000);
        assert!(!is_role_line(codes.trim_end()));
    }

    #[test]
    fn newsroom_credits() {
        for t in [
            "Reuters Staff",
            "Art and Culture Desk",
            "News24 Wire",
            "African News Agency (ANA)",
            "Pan African News Agency",
            "Metro Desk",
        ] {
            assert!(is_newsroom(t), "{t:?}");
        }
        for t in [
            "Meet the Staff",
            "Reuters and Staff",
            "and Culture Desk",
            "Trump Guts Aid Agency",
            "Hackers Hit Bank Wire",
            "News Agency (ana)",
            "Ann Poe, Staff Writer",
            "Agency (ANA)",
            "Wire",
        ] {
            assert!(!is_newsroom(t), "{t:?}");
        }
    }

    #[test]
    fn slash_credits() {
        for (line, want) in [
            (
                "Ann Poe / TNN / Nov 28, 2026, 04:12 IST",
                Some(("Ann Poe", "TNN / Nov 28, 2026, 04:12 IST")),
            ),
            ("Ann Poe / Reuters", Some(("Ann Poe", "Reuters"))),
            (
                "TNN / Nov 28, 2026, 04:12 IST",
                Some(("TNN", "Nov 28, 2026, 04:12 IST")),
            ),
            ("Ann Poe / Bo Li", None),
            ("Hot / Cold Markets Swing", None),
            ("Ann Poe/TNN", None),
            ("Ann Poe / Nov 28, 2026", None),
        ] {
            assert_eq!(slash_credit(line), want, "{line:?}");
        }
    }

    #[test]
    fn stamps_after_names() {
        for (t, at) in [
            ("Ann Poe / April 14, 2026", Some(7)),
            ("Ann Poe Sat 28 Nov 2026 // 15:45 UTC", Some(8)),
            ("By Ann Poe Sept. 10, 2026", Some(11)),
            ("By Ann Poe (October 16, 2025, 5:21 PM EDT)", Some(11)),
            ("By Ann Poe and Tom Roe Sept. 10, 2026", Some(23)),
            // a slash before no stamp, a date inside the first two words, none
            ("Ann Poe / Staff Writer", None),
            ("Ann Poe /April 14, 2026", None),
            // a slash glued to the names: the date after it, unmarked
            ("Ann Poe/ April 14, 2026", Some(9)),
            // a stamp glued to the names' last word (a month's name in a
            // capital after a letter, then a day)
            (
                "Ann Poe, ESPN Staff WriterDec 3, 2026, 01:17 PM ET",
                Some(26),
            ),
            ("Associated PressNov 29, 2026, 12:48 AM ET", Some(16)),
            ("Ann PoeDec. 3, 2026", Some(7)),
            ("Ann PoeDecember", None),
            ("Ann PoeDecker 3, 2026", None),
            ("Ann PoeMay 3 tips", None),
            ("Ann Poe-Nov. 28, 2026", None),
            // a small word before the date: a headline's, not names
            ("Storm Nears the Coast Nov. 28, 2026", None),
            ("Nov. 28, 2026", None),
            ("Ann Poe", None),
        ] {
            assert_eq!(stamp_after_names(t), at, "{t:?}");
        }
    }

    #[test]
    fn credits_in_other_languages() {
        for (t, names) in [
            ("Por Ana Pérez", "Ana Pérez"),
            ("Par Anne Dupont", "Anne Dupont"),
            ("Von Anna Berg", "Anna Berg"),
            ("di Marco Rossi", "Marco Rossi"),
            ("Door Anna de Vries", "Anna de Vries"),
            ("Autor: Katarzyna Nowak", "Katarzyna Nowak"),
        ] {
            assert_eq!(byline(t).map(|b| b.authors), Some(vec![names]), "{t}");
        }
        for t in ["Par for the course", "Door opens at noon", "Por favor"] {
            assert!(byline(t).is_none(), "{t}");
        }
        // names joined in their language
        for (t, names) in [
            (
                "Von Markus Thiel und Jana Schulz",
                ["Markus Thiel", "Jana Schulz"],
            ),
            ("Por Luis Ortega y Marta Gil", ["Luis Ortega", "Marta Gil"]),
            ("Par Anne Dupont et Paul Roy", ["Anne Dupont", "Paul Roy"]),
            (
                "By Анна Смирнова и Иван Петров",
                ["Анна Смирнова", "Иван Петров"],
            ),
        ] {
            assert_eq!(byline(t).map(|b| b.authors), Some(names.to_vec()), "{t}");
        }
    }

    #[test]
    fn role_under_names_and_agency() {
        let b = byline("By Goran Popescu, BelTA\nSpecial Correspondent");
        assert_eq!(
            b.map(|b| (b.authors, b.affiliation)),
            Some((vec!["Goran Popescu"], Some("BelTA")))
        );
        for t in [
            // not a role, or under an affiliation that is no agency
            "By Goran Popescu, Reuters\nThe council met on Tuesday.",
            "By Goran Popescu, Staff Writer\nSpecial Correspondent",
        ] {
            assert!(byline(t).is_none(), "{t}");
        }
    }

    #[test]
    fn from_names_in_a_place() {
        let b = byline("From Ann Poe in Brussels");
        assert_eq!(b.map(|b| b.authors), Some(vec!["Ann Poe"]));
        for t in [
            "From Monday in London, trains will run late.",
            "From Acme Corp",
            "From Ann Poe",
            "From LONDON TO PARIS",
            "From ANN",
            "From ANN POE AND HIS BROTHERS",
        ] {
            assert!(byline(t).is_none(), "{t}");
        }
        // names alone in capitals, as British papers credit a correspondent
        let b = byline("From CLARA VANDERMEER");
        assert_eq!(b.map(|b| b.authors), Some(vec!["CLARA VANDERMEER"]));
        // a military unit's press office, as the Navy credits its stories
        let b = byline("From USS Tillman Shaw Public Affairs");
        assert_eq!(
            b.map(|b| (b.authors, b.affiliation)),
            Some((vec![], Some("USS Tillman Shaw Public Affairs")))
        );
        assert!(byline("From the fleet's public affairs office").is_none());
    }

    #[test]
    fn linked_bylines() {
        let t = "By [Ann Poe](https://example.com/a) and [Tom Roe](https://example.com/t)";
        let b = linked_byline_at(t, Span::new(0, t.len()));
        assert_eq!(b.map(|b| b.authors), Some(vec!["Ann Poe", "Tom Roe"]));
        let t = "By [signing up](https://example.com/terms)";
        assert!(linked_byline_at(t, Span::new(0, t.len())).is_none());
        let t = "By Ann Poe";
        assert!(linked_byline_at(t, Span::new(0, t.len())).is_none());
        // (the links alone, over a desk and a stamp or nothing; not over
        // more words, nor a menu's section)
        for (t, authors) in [
            (
                "[Ann Poe](https://example.com/a) / TNN / Updated: Jan 21, 2026, 04:12 IST",
                Some(vec!["Ann Poe"]),
            ),
            (
                "[Ann Poe](https://example.com/a) and [Tom Roe](https://example.com/t)",
                Some(vec!["Ann Poe", "Tom Roe"]),
            ),
            ("[Ann Poe](https://example.com/a) said on Tuesday", None),
            ("[World](https://example.com/world)", None),
        ] {
            let b = linked_byline_at(t, Span::new(0, t.len()));
            assert_eq!(b.map(|b| b.authors), authors, "{t}");
        }
    }

    #[test]
    fn role_lines() {
        for (t, want) in [
            ("Staff Writer", true),
            ("Reuters", true),
            ("Reporter for Agência Brasil", true),
            ("Editor at Large", true),
            ("Votes for Women", false),
            ("Reporter in Brazil", false),
            ("Press Freedom Day", false),
            ("News reporter @annpoe", true),
            ("Press Freedom Day @un", false),
            ("News reporter @", false),
            ("News reporter apoe@example.com", true),
            // a paper's name
            ("The Valley Sentinel", true),
            ("Red River Gazette-Star", true),
            ("Route 9 Gazette", false),
            // a scholar's title and institution (The Conversation's)
            ("Professor of Marine Biology, University of Marlow", true),
            ("PhD Candidate, Marlow University", true),
            ("Senior Research Fellow, Centre for Ports", true),
            ("Professor Li, who led the study, said so.", false),
            ("Professor Li, Marlow's dean, agreed.", false),
            ("Professor of Marine Biology at Marlow", false),
            ("Professor of law, or so he says", false),
            ("Storm Hits Coast, Schools Close", false),
            // a bureau and its network (Gannett's)
            ("Ohio Capital Bureau, USA TODAY NETWORK", true),
            ("USA TODAY NETWORK", true),
            ("Storm Desk, Schools Close", false),
        ] {
            assert_eq!(is_role_line(t), want, "{t}");
        }
    }

    #[test]
    fn stamp_dash_bylines() {
        fn read(t: &str) -> Option<(Vec<&str>, Option<&str>)> {
            stamp_byline_at(t, Span::new(0, t.len())).map(|b| (b.authors, b.affiliation))
        }
        assert_eq!(
            read("Nov. 28, 2026 — By Ann Poe"),
            Some((vec!["Ann Poe"], None))
        );
        assert_eq!(
            read("November 28, 2026 - By Ann Poe and Tom Roe, Reuters"),
            Some((vec!["Ann Poe", "Tom Roe"], Some("Reuters")))
        );
        assert_eq!(
            read("28 November 2026 -- By Ann Poe"),
            Some((vec!["Ann Poe"], None))
        );
        assert_eq!(
            read("Updated Nov. 28, 2026 — By Ann Poe"),
            Some((vec!["Ann Poe"], None))
        );
        assert_eq!(
            read("Saturday, Nov. 28, 2026 – By Ann Poe"),
            Some((vec!["Ann Poe"], None))
        );
        for t in [
            "Storm Nears Coast — By Ann Poe",
            "Nov. 28, 2026 — By the end of the week",
            "Nov. 28, 2026 — By Friday, rain will fall.",
            "Nov. 28, 2026 By Ann Poe",
            "Nov. 28, 2026 — Bystanders fled",
            "Nov. 28, 2026 — By Ann Poe\nand more words than a role",
            "Next week — By Ann Poe",
        ] {
            assert_eq!(read(t), None, "{t:?}");
        }
    }

    #[test]
    fn catalogue_order_authors() {
        fn read(t: &str) -> Option<Vec<&str>> {
            catalogue_byline_at(t, Span::new(0, t.len())).map(|b| b.authors)
        }
        assert_eq!(read("Author: Poe, Ann"), Some(vec!["Poe, Ann"]));
        // the field's value alone, its label read apart
        assert_eq!(read("Poe, Ann"), Some(vec!["Poe, Ann"]));
        assert_eq!(
            read("AUTHOR: Poe, Ann; Roe, Tom"),
            Some(vec!["Poe, Ann", "Roe, Tom"])
        );
        assert_eq!(
            read("Author: van der Berg, Anna Maria"),
            Some(vec!["van der Berg, Anna Maria"])
        );
        for t in [
            "Author: Ann Poe, Staff Writer",
            "Author: Ann Poe, The Daily Courier",
            "Author: Ann Poe",
            "Byline: Poe, Ann",
            "Author: Poe, Ann, Tom",
            "Author: poe, ann",
            "Author: Poe, Ann; Tom Roe",
            "Author: Poe,",
        ] {
            assert_eq!(read(t), None, "{t:?}");
        }
    }

    /// [`is_name`] as first written: three passes over the words.
    fn is_name_by_passes(segment: &str) -> bool {
        let words = || segment.split_whitespace();
        (1..=5).contains(&words().count())
            && words().all(|w| w.chars().next().is_some_and(char::is_uppercase) || is_particle(w))
            && !words().all(|w| w.len() == 1)
    }

    proptest::proptest! {
        /// The one-pass name test answers as the three passes did.
        #[test]
        fn name_test_agrees_with_passes(
            words in proptest::collection::vec("(Ann|POE|de|van|a|J|É|é|Ö\\.|[A-Z]|[a-z]+|2)", 0..8),
            gap in "( |  |\u{a0}|\t)",
        ) {
            let s = words.join(&gap);
            proptest::prop_assert_eq!(is_name(&s), is_name_by_passes(&s), "{:?}", s);
        }
    }

    #[test]
    fn ranked_names() {
        assert!(RANK_WORDS.windows(2).all(|w| matches!(w, [a, b] if a < b)));
        for name in [
            "1st Lt. Ann Poe",
            "Lt. j.g. Ann Poe",
            "Airman 1st Class Ann Poe",
            "Mass Communication Specialist 2nd Class Ann Poe",
            "Mass Communication Specialist Seaman Ann Poe",
            "Chief Warrant Officer 2 Ann Poe",
            "Sgt. 1st Class Ann Mary Poe",
            "Petty Officer 3rd Class Ann Poe",
            "Maj. Gen. Ann Poe",
        ] {
            assert!(is_ranked_name(name), "{name:?}");
        }
        for name in [
            "1st Lt.",
            "Ann Poe",
            "1st Quarter Results",
            "Lt. Ann",
            "Staff Sgt. ann poe",
            "Sgt. 1st Class Ann Poe And Tom Roe Jr",
        ] {
            assert!(!is_ranked_name(name), "{name:?}");
        }
        let parts = byline("By Airman 1st Class Ann Poe, 7th Bomb Wing Public Affairs");
        assert_eq!(
            parts.map(|p| p.authors),
            Some(vec!["Airman 1st Class Ann Poe"])
        );
        // (a public affairs office of more words than an outlet's)
        for (line, author, office) in [
            (
                "By Mass Communication Specialist 2nd Class Ann Poe, U.S. Naval Forces Central Command Public Affairs",
                "Mass Communication Specialist 2nd Class Ann Poe",
                "U.S. Naval Forces Central Command Public Affairs",
            ),
            (
                "By Senior Airman Ann Poe, Air Force Global Strike Command Public Affairs",
                "Senior Airman Ann Poe",
                "Air Force Global Strike Command Public Affairs",
            ),
        ] {
            let parts = byline(line);
            assert_eq!(
                parts.as_ref().map(|p| (p.authors.clone(), p.affiliation)),
                Some((vec![author], Some(office))),
                "{line:?}"
            );
        }
    }

    #[test]
    fn word_tables_are_sorted_and_within_their_bounds() {
        use crate::tables::tests::assert_strictly_sorted;
        assert_strictly_sorted(ROLE_WORDS.iter().copied());
        assert!(ROLE_WORDS.iter().all(|w| (4..=13).contains(&w.len())));
        assert_strictly_sorted(STOCK_CREDITS.iter().copied());
        assert!(
            STOCK_CREDITS
                .iter()
                .all(|c| c.len() <= 32 && is_stock_credit(c))
        );
    }

    #[test]
    fn bylines() {
        let cases: &[(&str, &[&str], Option<&str>)] = &[
            ("By Jane Doe", &["Jane Doe"], None),
            // the CNN / Daily Mail corpus's line breaks, written ` . `
            ("By . Jane Doe .", &["Jane Doe"], None),
            (
                "By . Ann Poe . and . Tom Roe .",
                &["Ann Poe", "Tom Roe"],
                None,
            ),
            ("By . Ann Poe and Tom Roe .", &["Ann Poe", "Tom Roe"], None),
            (
                "By . Ann Poe for MailOnline .",
                &["Ann Poe"],
                Some("MailOnline"),
            ),
            ("By . Associated Press .", &[], Some("Associated Press")),
            // a dash after `By`, as PBS sets it
            (
                "By — Ann Poe, Associated Press",
                &["Ann Poe"],
                Some("Associated Press"),
            ),
            ("By – Ann Poe", &["Ann Poe"], None),
            // the ground a match report was written at
            ("By Ann Poe, at Old Trafford", &["Ann Poe"], None),
            ("By Ann Poe at the Etihad", &["Ann Poe"], None),
            // an agency's tag in lower case
            ("By dpa", &[], Some("dpa")),
            // a role in lower case before the names (ABC News)
            (
                "By political reporter Ann Poe",
                &["Ann Poe"],
                Some("political reporter"),
            ),
            (
                "By state political reporter Ann Poe and Tom Roe",
                &["Ann Poe", "Tom Roe"],
                Some("state political reporter"),
            ),
            ("Posted by Ann Poe", &["Ann Poe"], None),
            ("Story by Ann Poe • 3h", &["Ann Poe"], None),
            ("By Ann Poe | 2 hours ago", &["Ann Poe"], None),
            ("By Ann Poe | 45 min ago", &["Ann Poe"], None),
            // France 24's label with a colon
            ("Text by: Awa Ndiaye", &["Awa Ndiaye"], None),
            // a bar glued to the stamp after it (Anadolu)
            (
                "Ann Poe   |28.11.2026 - Update : 28.11.2026",
                &["Ann Poe"],
                None,
            ),
            (
                "By Ann Poe\nReporting from Detroit",
                &["Ann Poe"],
                Some("Reporting from Detroit"),
            ),
            // Markdown's emphasis, kept by pages converted to text
            ("**By Ann Poe**", &["Ann Poe"], None),
            ("_By Ann Poe, Reuters_", &["Ann Poe"], Some("Reuters")),
            ("*By Ann Poe* | November 28, 2026", &["Ann Poe"], None),
            ("Posted by Ann Poe on November 28, 2026", &["Ann Poe"], None),
            ("by Ann Poe, November 28, 2026", &["Ann Poe"], None),
            (
                "By Ann Poe, Staff Writer, Nov. 28, 2026 10:45 a.m. ET",
                &["Ann Poe"],
                Some("Staff Writer"),
            ),
            (
                "Ann Poe | Reuters | November 28, 2026",
                &["Ann Poe"],
                Some("Reuters"),
            ),
            (
                "By Ann Poe | Staff Writer | Updated 3:45 p.m. ET",
                &["Ann Poe"],
                Some("Staff Writer"),
            ),
            // (a unit's number first, as the Marines' pages print it)
            (
                "By Cpl. Ann Poe | 2nd Marine Division | November 27, 2026",
                &["Cpl. Ann Poe"],
                Some("2nd Marine Division"),
            ),
            (
                "Ann Poe | Reuters | Markets Desk",
                &["Ann Poe"],
                Some("Reuters | Markets Desk"),
            ),
            (
                "By Ann Poe Washington Post Staff Writer",
                &["Ann Poe"],
                Some("Washington Post Staff Writer"),
            ),
            (
                "By Ann Poe; Staff Writer",
                &["Ann Poe"],
                Some("Staff Writer"),
            ),
            (
                "By Ann Poe -- Staff Writer",
                &["Ann Poe"],
                Some("Staff Writer"),
            ),
            ("By JANE DOE", &["JANE DOE"], None),
            (
                "BY TED D'AFFLISIO, Reuters",
                &["TED D'AFFLISIO"],
                Some("Reuters"),
            ),
            (
                "by Janie Gabbett, Reuters",
                &["Janie Gabbett"],
                Some("Reuters"),
            ),
            ("By Jane Doe and John Roe", &["Jane Doe", "John Roe"], None),
            (
                "By MARIA LOPEZ and TOM BAKER Associated Press",
                &["MARIA LOPEZ", "TOM BAKER"],
                Some("Associated Press"),
            ),
            (
                "By Jane Doe The Associated Press",
                &["Jane Doe"],
                Some("The Associated Press"),
            ),
            ("By JANE DOE AP", &["JANE DOE"], Some("AP")),
            (
                "By Ann Poe and Tom Roe / Reuters",
                &["Ann Poe", "Tom Roe"],
                Some("Reuters"),
            ),
            ("By Ann Poe | Nov. 28, 2026", &["Ann Poe"], None),
            // an editor credited for wire copy, and KBS's label with a
            // space before its colon
            ("Edited by Ann Poe", &["Ann Poe"], None),
            ("Reporter : Kim Ha-eun", &["Kim Ha-eun"], None),
            // one word after `By`, before a stamp: the desk's initials
            (
                "By JT - Feb 24,2026 - Last updated at Feb 24,2026",
                &["JT"],
                None,
            ),
            // a name that is also an agency's tag in another case
            ("By Ena Suna", &["Ena Suna"], None),
            ("By Ann Poe | Updated 3:45 p.m. ET", &["Ann Poe"], None),
            (
                "By Jane Doe, CNN Business",
                &["Jane Doe"],
                Some("CNN Business"),
            ),
            ("By Jane Doe | Reuters", &["Jane Doe"], Some("Reuters")),
            ("Jane Doe, Reuters", &["Jane Doe"], Some("Reuters")),
            ("By Jane Doe (Reuters)", &["Jane Doe"], Some("Reuters")),
            // a station's brand opening with its channel
            (
                "Author: Jane Doe (10 Tampa Bay)",
                &["Jane Doe"],
                Some("10 Tampa Bay"),
            ),
            ("Written by Jane Doe", &["Jane Doe"], None),
            ("Story by Jane Doe", &["Jane Doe"], None),
            ("Compiled by Jane Doe", &["Jane Doe"], None),
            ("Interview by Jane Doe", &["Jane Doe"], None),
            // the reporter's address on the names' line
            ("By Jane Doe jdoe@example.com", &["Jane Doe"], None),
            ("By Jane Doe @janedoe", &["Jane Doe"], None),
            ("Interviewed by Jane Doe", &["Jane Doe"], None),
            ("Story and photos by Jane Doe", &["Jane Doe"], None),
            ("TEXT AND PHOTOS BY JANE DOE", &["JANE DOE"], None),
            ("Words and pictures by Jane Doe", &["Jane Doe"], None),
            (
                "By Ann Poe, Tom Roe, and Al Moe",
                &["Ann Poe", "Tom Roe", "Al Moe"],
                None,
            ),
            ("By The Associated Press", &[], Some("The Associated Press")),
            (
                "By Jane Doe • Staff Writer",
                &["Jane Doe"],
                Some("Staff Writer"),
            ),
            ("By Ani Poe, Ana Roe", &["Ani Poe", "Ana Roe"], None),
            (
                "By Ann Poe, John Roe Reuters",
                &["Ann Poe", "John Roe"],
                Some("Reuters"),
            ),
            (
                "By Jane Doe, John Roe and Ann Poe",
                &["Jane Doe", "John Roe", "Ann Poe"],
                None,
            ),
            (
                "By Jane Doe, Associated Press",
                &["Jane Doe"],
                Some("Associated Press"),
            ),
            ("Jane Doe | Reuters", &["Jane Doe"], Some("Reuters")),
            (
                "By Jane Doe, Staff Writer",
                &["Jane Doe"],
                Some("Staff Writer"),
            ),
            (
                "By Jane Doe\nAssociated Press Writer",
                &["Jane Doe"],
                Some("Associated Press Writer"),
            ),
            ("By Reuters Staff", &[], Some("Reuters Staff")),
            // `news` in lower case before the desk's word
            (
                "by The Kyiv Independent news desk",
                &[],
                Some("The Kyiv Independent news desk"),
            ),
            (
                "By Jane Doe\rAssociated Press Writer",
                &["Jane Doe"],
                Some("Associated Press Writer"),
            ),
            ("By John Roe Jr.", &["John Roe Jr."], None),
            (
                "By John Roe, Jr., Reuters",
                &["John Roe, Jr."],
                Some("Reuters"),
            ),
            // papers by the words they are named with, or by `The`
            (
                "By Ann Poe, Miami Herald",
                &["Ann Poe"],
                Some("Miami Herald"),
            ),
            (
                "By Ann Poe, The Sacramento Bee",
                &["Ann Poe"],
                Some("The Sacramento Bee"),
            ),
            (
                "By Ann Poe\nOf DOW JONES NEWSWIRES",
                &["Ann Poe"],
                Some("Of DOW JONES NEWSWIRES"),
            ),
            // `For` before a paper or a site, after names only
            (
                "By Ann Poe For Dailymail.com",
                &["Ann Poe"],
                Some("Dailymail.com"),
            ),
            (
                "By Ann Poe and Tom Roe for the Mail on Sunday",
                &["Ann Poe", "Tom Roe"],
                Some("the Mail on Sunday"),
            ),
            (
                "By Ann Poe, Tom Roe and Al Moe For The Sacramento Bee",
                &["Ann Poe", "Tom Roe", "Al Moe"],
                Some("The Sacramento Bee"),
            ),
            // names whose surname papers share are authors; a newsroom
            // first is the affiliation, with where it wrote from
            ("By Emily Post", &["Emily Post"], None),
            (
                "By Tom Herald and Ann Poe",
                &["Tom Herald", "Ann Poe"],
                None,
            ),
            ("By Miami Herald Staff", &[], Some("Miami Herald Staff")),
            ("By The Daily Mail", &[], Some("The Daily Mail")),
            (
                "By HT Correspondent, New Delhi",
                &[],
                Some("HT Correspondent, New Delhi"),
            ),
            (
                "By Reuters Staff, Washington",
                &[],
                Some("Reuters Staff, Washington"),
            ),
            (
                "By Ann Poe, Political Editor For The Daily Mail",
                &["Ann Poe"],
                Some("Political Editor For The Daily Mail"),
            ),
        ];
        for (text, authors, affiliation) in cases {
            let got = byline(text).unwrap_or_else(|| panic!("no byline in {text:?}"));
            assert_eq!(
                (got.authors.as_slice(), got.affiliation),
                (*authors, *affiliation),
                "{text:?}"
            );
        }
    }

    #[test]
    fn xinhua_reporters() {
        let text = "X（记者 王明、李华）正文";
        let (b, body) = reporter_after(text, 1).expect("reporter");
        assert_eq!(b.authors, ["王明", "李华"]);
        assert_eq!(b.text, "（记者 王明、李华）");
        assert_eq!(text.get(body..), Some("正文"));
        assert!(reporter_after("X（新华社）正文", 1).is_none());
        assert!(reporter_after("X（记者 王明", 1).is_none());
    }

    proptest::proptest! {
        /// The branch-free test for a parting byte answers as `any` does
        /// (`â` is 0xC3 0xA2: near 0xC2 and 0xE2 but neither).
        #[test]
        fn parting_byte_is_any_parting_byte(s in "(a|,|/|\\||•|·|é|â|Â| ){0,40}") {
            let want = s.bytes().any(|b| matches!(b, b'|' | b',' | b'/' | 0xE2 | 0xC2));
            proptest::prop_assert_eq!(parting_byte(&s), want);
        }

        /// The one-scan bar split gives what a search for each bar in turn
        /// gives.
        #[test]
        fn split_bar_agrees_with_a_search_per_bar(s in "(a| |\\||•|·|’|—| \\| | • | · ){0,8}") {
            let searched = BARS.iter().find_map(|bar| s.split_once(bar));
            proptest::prop_assert_eq!(split_bar(&s), searched);
        }

        /// `split_and` gives the parts a search for the leftmost joiner,
        /// again and again, gives (English's joiners, and German's `und`).
        #[test]
        fn split_and_matches_leftmost_splits(s in "(Ann|Poe|and|AND|und|&|an|d| |  ){0,12}") {
            let mut want: Vec<&str> = Vec::new();
            let mut rest = s.as_str();
            loop {
                let next = [" and ", " AND ", " & ", " und "]
                    .iter()
                    .filter_map(|j| rest.find(j).map(|at| (at, j.len())))
                    .min();
                let Some((at, len)) = next else {
                    want.push(rest.trim());
                    break;
                };
                want.push(rest.get(..at).unwrap_or("").trim());
                rest = rest.get(at + len..).unwrap_or("");
            }
            want.retain(|p| !p.is_empty());
            proptest::prop_assert_eq!(split_and(&s).collect::<Vec<_>>(), want);
        }
    }

    #[test]
    fn titles_split_from_the_names_line() {
        // a byline over `text`, its authors found in it
        fn made<'a>(text: &'a str, authors: &[&str]) -> Byline<'a> {
            Byline {
                text,
                span: Span::new(10, 10 + text.len()),
                authors: authors
                    .iter()
                    .filter_map(|a| text.find(a).and_then(|at| text.get(at..at + a.len())))
                    .collect(),
                affiliation: None,
                title: None,
            }
        }
        let mut b = made("By Ann Poe\r\n\r\nBusiness reporter", &["Ann Poe"]);
        split_title(&mut b);
        assert_eq!((b.text, b.span), ("By Ann Poe", Span::new(10, 20)));
        assert_eq!(b.title, Some(("Business reporter", Span::new(24, 41))));
        // an author under the first line, no line under it, an empty line
        for (text, authors) in [
            ("By Ann Poe and\nTom Roe", &["Ann Poe", "Tom Roe"][..]),
            ("By Ann Poe", &["Ann Poe"][..]),
            ("By Ann Poe\n  ", &["Ann Poe"][..]),
            ("\nAnn Poe", &["Ann Poe"][..]),
            ("\nReuters", &[][..]),
        ] {
            let mut b = made(text, authors);
            split_title(&mut b);
            assert_eq!((b.text, b.title), (text, None), "{text:?}");
        }
    }

    #[test]
    fn names_in_capitals_and_papers_credits() {
        // names in capitals whose first reads as call letters, and a
        // station with its channel or newsroom word
        for (t, authors, affiliation) in [
            ("By WREN POE", vec!["WREN POE"], None),
            ("By KIRA TREVINO", vec!["KIRA TREVINO"], None),
            ("By Ann Poe, KSPQ 7", vec!["Ann Poe"], Some("KSPQ 7")),
            ("By Ann Poe, KGJH News", vec!["Ann Poe"], Some("KGJH News")),
            (
                "By WREN POE\nSpecial to The New York Times",
                vec!["WREN POE"],
                Some("Special to The New York Times"),
            ),
        ] {
            let parts = byline(t);
            assert_eq!(
                parts.as_ref().map(|p| (p.authors.clone(), p.affiliation)),
                Some((authors, affiliation)),
                "{t:?}"
            );
        }
        assert!(byline("By Ann Poe\nSpecial to him").is_none());
        // a blog's byline with its date, either way round
        for t in [
            "Posted by Ann Poe on March 23, 2026",
            "Posted on March 23, 2026 by Ann Poe",
        ] {
            assert_eq!(byline(t).map(|p| p.authors), Some(vec!["Ann Poe"]), "{t:?}");
        }
        assert!(byline("Posted on March 23, 2026").is_none());
    }

    #[test]
    fn bare_bylines() {
        // the affiliation each has, if any
        let affiliations = [
            ("Ann Poe, Staff Writer", "Staff Writer"),
            (
                "ANN POE Special to The Globe and Mail",
                "Special to The Globe and Mail",
            ),
            ("Ann Poe and Tom Roe, Associated Press", "Associated Press"),
            ("Ann Poe - Staff Writer", "Staff Writer"),
            ("Ann Poe (Reuters)", "Reuters"),
            ("Ann Poe and Tom Roe (AP)", "AP"),
            ("Ann Poe (13 On Your Side)", "13 On Your Side"),
            ("Ann Poe (The Jakarta Post)", "The Jakarta Post"),
            ("Ann Poe and Tom Roe (The Jakarta Post)", "The Jakarta Post"),
            ("Ann Poe — Reuters", "Reuters"),
            ("Ann Poe and Tom Roe – Staff Writers", "Staff Writers"),
            // a newsroom's or agency's credit, and where it wrote from
            ("Our Correspondent, Rajshahi", "Our Correspondent, Rajshahi"),
            ("AFP, HANGZHOU", "AFP, HANGZHOU"),
            ("Our Correspondent, Gotham", "Our Correspondent, Gotham"),
            (
                "Senior Correspondent, bdnews24.com",
                "Senior Correspondent, bdnews24.com",
            ),
            ("Reuters in Tokyo", "Reuters in Tokyo"),
            // (a station's name alone)
            ("WISN 12 News", "WISN 12 News"),
            (
                "Staff and agencies in London",
                "Staff and agencies in London",
            ),
            ("Saudi Gazette report", "Saudi Gazette report"),
            ("Ann Poe, news reporter", "news reporter"),
            (
                "Ann Poe, senior political correspondent",
                "senior political correspondent",
            ),
            ("Ann Poe - The Philippine Star", "The Philippine Star"),
            ("Ann Poe - Des Moines Register", "Des Moines Register"),
            ("Ann Poe Social policy editor", "Social policy editor"),
            ("Mei Ling Carrow Political reporter", "Political reporter"),
            ("Ann Poe US editor", "US editor"),
            (
                "Ann Poe Local Democracy Reporter",
                "Local Democracy Reporter",
            ),
            (
                "Ann Poe Senior Political Correspondent",
                "Senior Political Correspondent",
            ),
            ("Ann Poe - Evening Standard", "Evening Standard"),
            ("Ann Poe with AP, dpa", "AP, dpa"),
            ("Ann Poe, CalMatters", "CalMatters"),
            ("Ann Poe, Tom Roe, CalMatters", "CalMatters"),
            (
                "Ann Poe, Associate Professor of Education, Marlow University",
                "Associate Professor of Education, Marlow University",
            ),
            (
                "Ann Poe and Tom Roe, Marlow State University, Long Beach",
                "Marlow State University, Long Beach",
            ),
            ("Ann Poe, University of Marlow", "University of Marlow"),
            (
                "Ann Poe, Senior Research Scientist",
                "Senior Research Scientist",
            ),
            ("Ann Poe, Senior Researcher", "Senior Researcher"),
            ("Ann Poe, Senior Lecturer", "Senior Lecturer"),
            ("Ann Poe, Professor of History", "Professor of History"),
            ("Ann Poe, Tom Roe, Staff Writers", "Staff Writers"),
            (
                "Ann Poe and Tom Roe with AFP and Reuters",
                "AFP and Reuters",
            ),
            ("DAILY SABAH WITH AA", "AA"),
            ("Ann Poe/NTB", "NTB"),
            ("Ann Poe and Tom Roe/TT", "TT"),
        ];
        let rows: &[(&str, Option<&[&str]>)] = &[
            ("Ann Poe", Some(&["Ann Poe"])),
            ("Ann Poe, Staff Writer", Some(&["Ann Poe"])),
            (
                "Ann Poe and Tom Roe, Associated Press",
                Some(&["Ann Poe", "Tom Roe"]),
            ),
            ("Ann Poe and Tom Roe", Some(&["Ann Poe", "Tom Roe"])),
            (
                "Ann Poe, Tom Roe and Al Moe",
                Some(&["Ann Poe", "Tom Roe", "Al Moe"]),
            ),
            ("Ann Poe in Kyiv", Some(&["Ann Poe"])),
            // the ground a match report was written at; a name of one word,
            // a ground in lower case or figures, is none
            ("Ann Poe at Anfield", Some(&["Ann Poe"])),
            ("Ann Poe at Croke Park", Some(&["Ann Poe"])),
            ("Storms at Sea", None),
            ("Ann Poe at work", None),
            ("Ann Poe at 90", None),
            ("Ann Poe at Old Trafford Stadium Today", None),
            ("Ann Poe (Reuters)", Some(&["Ann Poe"])),
            ("Ann Poe and Tom Roe (AP)", Some(&["Ann Poe", "Tom Roe"])),
            // a bracket that names no agency
            ("Ann Poe (Photos)", None),
            ("Storm Nears Coast (Update 2)", None),
            // a station's brand opening with its channel; not a figure
            // alone, nor one of three figures
            ("Ann Poe (13 On Your Side)", Some(&["Ann Poe"])),
            ("Storm Nears Coast (Update 2 of 3)", None),
            ("Ann Poe (123 News)", None),
            ("Ann Poe (10)", None),
            ("Ann Poe (10 news desk)", None),
            ("Ann Poe (10 Things To Know Now)", None),
            ("Ann Poe (My Story)", None),
            // the reporter's address after the names
            ("Ann Poe apoe@example.com", Some(&["Ann Poe"])),
            // (or the account glued to the name, as CNBC's page copies it)
            ("Ann Poe@PoeCNBC", Some(&["Ann Poe"])),
            ("Ann Poe@", None),
            ("Ann Poe@Poe.CNBC", None),
            ("Ann Poe @@Poe", None),
            // (a credit form before a place, which `byline` reads)
            ("From Ann Poe in Paris", None),
            ("From Ann Poe", None),
            // a known place after a comma is where they wrote from
            ("Ann Poe, Kano", Some(&["Ann Poe"])),
            ("From Ann Poe, Kano", Some(&["Ann Poe"])),
            ("Ann Poe, Tom Roe, Lagos", Some(&["Ann Poe", "Tom Roe"])),
            ("Ann Poe, Gotham", None),
            // (an outlet's name written as a brand, a capital inside it)
            ("Ann Poe, CalMatters", Some(&["Ann Poe"])),
            (
                "Ann Poe, Tom Roe, CalMatters",
                Some(&["Ann Poe", "Tom Roe"]),
            ),
            // (a scholar's title and institution after the names)
            (
                "Ann Poe, Associate Professor of Education, Marlow University",
                Some(&["Ann Poe"]),
            ),
            (
                "Ann Poe and Tom Roe, Marlow State University, Long Beach",
                Some(&["Ann Poe", "Tom Roe"]),
            ),
            ("Ann Poe, University of Marlow", Some(&["Ann Poe"])),
            (
                "Ann Poe, Tom Roe, Staff Writers",
                Some(&["Ann Poe", "Tom Roe"]),
            ),
            ("Rising seas, University of Marlow", None),
            ("Ann Poe, Professor who studies reefs", None),
            ("Ann Poe, Tom McRoe", Some(&["Ann Poe", "Tom McRoe"])),
            ("Ann Poe, Senior Research Scientist", Some(&["Ann Poe"])),
            ("Ann Poe, Senior Researcher", Some(&["Ann Poe"])),
            ("Ann Poe, Senior Lecturer", Some(&["Ann Poe"])),
            ("Ann Poe, Professor of History", Some(&["Ann Poe"])),
            ("Paris, Texas", None),
            ("Our Correspondent, Rajshahi", Some(&[])),
            ("AFP, HANGZHOU", Some(&[])),
            // (a newsroom's stock credit tells the place after it, known
            // or not; a name does not)
            ("Our Correspondent, Gotham", Some(&[])),
            ("Senior Correspondent, bdnews24.com", Some(&[])),
            ("Ann Poe, bdnews24.com", None),
            ("Reuters in Tokyo", Some(&[])),
            ("Reuters in Gotham", None),
            ("Storm in Tokyo", None),
            ("Saudi Gazette report", Some(&[])),
            // a report in small words is no newsroom's
            ("Saudi weather report", None),
            ("From Russia With Love", None),
            ("From Paris in Spring", None),
            (
                "Ann Poe and Tom Roe in Ukraine",
                Some(&["Ann Poe", "Tom Roe"]),
            ),
            ("Mary-Ann O'Neil", Some(&["Mary-Ann O'Neil"])),
            ("ANN POE", Some(&["ANN POE"])),
            ("Tom Roe Jr.", Some(&["Tom Roe Jr."])),
            ("Poe", None),
            ("Officials signal patience on cuts", None),
            ("Rates Held Over Winter", None),
            ("New York Stocks", None),
            ("Paris", None),
            ("South Africa", None),
            ("Talks End Without Deal.", None),
            ("Ann Poe in Gotham", None),
            ("By Ann Poe", None),
            ("Ann Poe 2026", None),
            ("A, B, C, D", None),
            ("Ann Poe, Tom Roe, Al Moe, Jo Lee", None),
            // a role after a dash
            ("Ann Poe - Staff Writer", Some(&["Ann Poe"])),
            ("Ann Poe — Reuters", Some(&["Ann Poe"])),
            (
                "Ann Poe and Tom Roe – Staff Writers",
                Some(&["Ann Poe", "Tom Roe"]),
            ),
            ("Barack Obama - The Interview", None),
            ("Storm Nears - Live Updates", None),
            ("- Staff Writer", None),
            ("— Reuters", None),
            // a paper's credit after the names with no comma, but a lower
            // case word after `Special to`
            ("ANN POE Special to The Globe and Mail", Some(&["ANN POE"])),
            ("Ann Poe Special to him", None),
            // a role in lower case after the names, but no clause
            ("Ann Poe, news reporter", Some(&["Ann Poe"])),
            (
                "Ann Poe, senior political correspondent",
                Some(&["Ann Poe"]),
            ),
            // names with the agencies whose copy the story uses
            ("Ann Poe with AP, dpa", Some(&["Ann Poe"])),
            (
                "Ann Poe and Tom Roe with AFP and Reuters",
                Some(&["Ann Poe", "Tom Roe"]),
            ),
            ("Ann Poe with Tom Roe, AP", None),
            // (in capitals, the joining word too: Daily Sabah's credit)
            ("DAILY SABAH WITH AA", Some(&["DAILY SABAH"])),
            ("ANN POE WITH TOM", None),
            ("TALKS WITH AP", None),
            // (or an agency after a slash, as NTB, TT and Ritzau sign)
            ("Ann Poe/NTB", Some(&["Ann Poe"])),
            ("Ann Poe and Tom Roe/TT", Some(&["Ann Poe", "Tom Roe"])),
            ("Ann Poe/Oslo", None),
            ("Ann Poe /NTB", None),
            ("Oil Output/Prices Rise", None),
            ("Talks with AP", None),
            ("Rates Held Over Winter with AP", None),
            ("Ann Poe, who is a reporter", None),
            ("Ann Poe, the reporter", None),
            ("Ann Poe, news reporter at large", None),
            ("Ann Poe, good news", None),
            ("Prices rose, news reporter", None),
            // a paper's name after a dash
            ("Ann Poe - The Philippine Star", Some(&["Ann Poe"])),
            ("Ann Poe - Des Moines Register", Some(&["Ann Poe"])),
            ("Ann Poe - Evening Standard", Some(&["Ann Poe"])),
            // a role after the names with no comma, as the Guardian prints it
            ("Ann Poe Social policy editor", Some(&["Ann Poe"])),
            (
                "Mei Ling Carrow Political reporter",
                Some(&["Mei Ling Carrow"]),
            ),
            ("Ann Poe US editor", Some(&["Ann Poe"])),
            // (or in title case, of three words or more: Reach's regional
            // sites)
            ("Ann Poe Local Democracy Reporter", Some(&["Ann Poe"])),
            ("Ann Poe Senior Political Correspondent", Some(&["Ann Poe"])),
            ("Paper Hires New Political Editor", None),
            ("The Mayor Local Democracy Reporter", None),
            ("Ann Poe Local democracy Reporter", None),
            ("Ann Poe Local Democracy Report", None),
            ("Plans Drawn Up for new reporter", None),
            ("Plans Drawn Up new reporter", None),
            ("Paper Hires New political editor", None),
            ("Storm Damage Leaves the editor", None),
            ("Ann Poe Social policy and news editor", None),
            ("Ann Poe Political reporter ok", None),
            ("Ann Mary Jo Lee Poe Political reporter", None),
            ("Ann Poe Very very very very very reporter", None),
            // a page's label where names may stand
            ("Tectonic Summary", None),
            ("KEY HIGHLIGHTS", None),
        ];
        for (line, want) in rows {
            let got = bare_byline_at(line, Span::new(0, line.len()));
            assert_eq!(
                got.as_ref().map(|b| b.authors.clone()),
                want.map(<[&str]>::to_vec),
                "{line:?}"
            );
            if let Some(b) = got {
                let affiliation = affiliations.iter().find(|(l, _)| l == line);
                assert_eq!(
                    (b.text, b.affiliation),
                    (*line, affiliation.map(|(_, a)| *a)),
                    "{line:?}"
                );
            }
        }
    }

    #[test]
    fn names_of_an_agency() {
        assert_eq!(of_agency("Ann Poe of NZPA"), Some(("Ann Poe", "NZPA")));
        // (a town, or no name, before the agency)
        assert_eq!(of_agency("Ann Poe of Springfield"), None);
        assert_eq!(of_agency("the office of NZPA"), None);
    }

    #[test]
    fn glued_channels() {
        for t in ["WUSA9", "KHOU11", "11Alive", "9NEWS"] {
            assert!(is_glued_channel(t), "{t:?}");
        }
        // (a year, an ordinal, too many figures, call letters too long)
        for t in [
            "2026", "3rd", "WUSA123", "WXYZA9", "11alive", "9AB", "123Alive", "9NEWS1",
        ] {
            assert!(!is_glued_channel(t), "{t:?}");
        }
    }

    #[test]
    fn capitals_then_their_paper() {
        for (name, want) in [
            (
                "MAREN HOLT Sioux Falls Argus Leader",
                Some(("MAREN HOLT", "Sioux Falls Argus Leader")),
            ),
            (
                "ANN POE of Mississippi Today",
                Some(("ANN POE", "Mississippi Today")),
            ),
            // (a label before them, too many words, a sentence after them)
            ("EDITOR: ANN POE Daily Herald", None),
            ("ANN BO CY DE Daily Herald", None),
            ("ANN POE said on Monday", None),
        ] {
            assert_eq!(capitals_then_paper(name), want, "{name:?}");
        }
    }

    #[test]
    fn agencies_are_credited_as_written_or_as_words() {
        for (word, credited) in [
            ("AP", true),
            ("Reuters", true),
            ("REUTERS", true),
            ("reuters", true),
            ("Ani", false),
            ("Ena", false),
            ("ANI", true),
            ("Poe", false),
        ] {
            assert_eq!(is_credited_agency(word), credited, "{word:?}");
        }
        assert!(is_affiliation("REUTERS Breakingviews"));
        assert!(!is_affiliation("Ani Poe"));
    }

    #[test]
    fn not_bylines() {
        for text in [
            "By the end of the year, prices rose.",
            "By political reporter",
            "By political reporter and",
            "by reporters who left",
            "By the mayor and city council reporter Ann Poe",
            "Oil Prices Rise / Markets Wrap",
            "By the numbers / What it means",
            "Bystanders fled",
            "by and large",
            "Headline | with pipe but lower case",
            // a bar glued to what is no stamp, or to the names
            // (with no `By`, only a stamp after it makes such a bar one)
            "Storm Nears Coast |2 Dead, 40 Hurt",
            "Ann Poe |Reuters",
            // a site's address over no stamp, and no address over one
            "chinadaily.com.cn | World",
            "U.S. | Updated: 2026-11-27 15:40",
            "Ann Poe|28.11.2026 - Update : 28.11.2026",
            "By the Numbers - What It Means",
            "By Train on Sunday",
            "Posted by the city council on its site",
            "**Bold claims by the council**",
            "***",
            "Postcards by the thousand",
            "By the AP - Ann Poe",
            // one word before a dash: after `By` only before a stamp, and
            // with no `By` not at all
            "By Train - Nov. 28 Service",
            "Politics - Nov. 28, 2026",
            // a line under the names that is no address
            "By Ann Poe\nemail me later",
            "By Ann Poe\napoe@example",
            "By Ann Poe\n@ann poe",
            "By Ann Poe\n@",
            "By Ann Poe\n@ann.poe",
            "By Ann Poe\napoe@example.",
            "By Ann Poe\nwrite to apoe@example.com",
            // a stamp before the bar, and after it no byline
            "November 28, 2026 | By the numbers",
            "November 28, 2026 | Bystanders fled",
            "Story by Ann Poe • 3 hundred",
            "By Ann Poe | 1234h",
            "By Ann Poe\nreports from the front",
            "Storm Nears Coast | By Ann Poe",
            // a stamp, a dash and a byline: a header part's, not `byline`'s
            "Nov. 28, 2026 — By Ann Poe",
            // `for` before what is no paper or site
            "By Ann Poe for the win",
            // ` in ` before what is no place in capitalised words
            "By Ann Poe in the Field",
            "By Plane in Winter",
            // a bar before what is neither a credit nor a time
            "By Ann Poe • 3 minutes of reading",
            "By Ann Poe • min read",
            // what opens like a label and is none
            "Authorities: the vote was close",
            "Bylaws: what changes",
            "Author: unknown",
            // a sentence that opens with `By` and names a role
            "By the time the editor arrived, the fire was out.",
            "By Ann Poe is a writer in Miami.",
            "Interview by the police took hours, he said.",
            "By Ann Poe\nPhotos by the river",
            "By Ann Poe\nVideo by",
            "Story and photos by the pool were shared.",
        ] {
            assert!(byline(text).is_none(), "{text:?}");
        }
    }
}
