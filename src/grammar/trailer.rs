//! Trailing matter: credits, sign-offs, end marks, boilerplate, contacts, notes.

use crate::article::{Credit, TrailerKind};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Whether `t` starts with `prefix`, ignoring ASCII case (the test alone:
/// [`crate::text::strip_prefix_ci`], which also slices the rest, cost 0.1%
/// more in the trailer scan).
fn starts_ci(t: &str, prefix: &str) -> bool {
    t.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

/// Whether `t` starts with `prefix`, ignoring ASCII case and taking a curly
/// `’` for `'`. Allocates nothing.
fn starts_ci_quote(t: &str, prefix: &str) -> bool {
    let mut chars = t.chars().map(|c| if c == '’' { '\'' } else { c });
    prefix
        .chars()
        .all(|p| chars.next().is_some_and(|c| c.eq_ignore_ascii_case(&p)))
}

/// Whether `t` credits contributors: `… contributed to this report`,
/// `… contributed reporting from Kyiv`, or `… contributed.` closing the
/// paragraph, in any ASCII case.
///
/// Searches for `ontributed` (and `ONTRIBUTED` in shouted text) with `memmem`
/// finders built once, rather than stopping at every `c`, then checks the
/// letter before and the words after each hit. Linear, no allocation.
fn contributed(t: &str) -> bool {
    let hay = t.as_bytes();
    let follows = |at: usize| {
        let before = at.checked_sub(1).and_then(|i| hay.get(i));
        let after = hay.get(at + 10..).unwrap_or_default();
        before.is_some_and(|c| c.eq_ignore_ascii_case(&b'c'))
            && ([&b" to this report"[..], b" reporting"].iter().any(|w| {
                after
                    .get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w))
            }) || (matches!(after, b"" | b".")
                && at.checked_sub(2).and_then(|i| hay.get(i)) == Some(&b' ')))
            && in_first_sentence(t, at)
    };
    any_case(t, &CONTRIBUTED, follows)
}

/// Whether no sentence of `t` ends before byte `at`: no `.`, `!` or `?`
/// followed by blank space and a capital, but after an abbreviation or an
/// initial (`D.C.`, `Rep.`, `J.`). A credit opens its paragraph (`Tom Roe
/// contributed to this report.`); a story's sentence before it (`Stocks
/// rose. Tom Roe contributed …`) makes the paragraph the story's.
fn in_first_sentence(t: &str, at: usize) -> bool {
    let head = t.get(..at).unwrap_or(t);
    let bytes = head.as_bytes();
    let ends = memchr::memchr3_iter(b'.', b'!', b'?', bytes).any(|i| {
        let rest = head.get(i + 1..).unwrap_or("");
        let next = rest.trim_start();
        if next.len() == rest.len() || !next.starts_with(char::is_uppercase) {
            return false;
        }
        let word = head
            .get(..=i)
            .and_then(|w| w.rsplit(char::is_whitespace).next())
            .unwrap_or("");
        bytes.get(i) != Some(&b'.') || !crate::tables::abbreviations::is_abbreviation(word)
    });
    !ends
}

/// Whether a hit of `finders` (a phrase in lower and in upper case, without
/// its first letter, so that title case is found as lower case) in `t`
/// passes `check`, given its offset. The upper-case search runs only on text
/// that [`shouts`].
fn any_case(t: &str, finders: &[Finder<'static>; 2], check: impl Fn(usize) -> bool) -> bool {
    let [lower, upper] = finders;
    let hay = t.as_bytes();
    // one plain search first: most paragraphs have no hit, and it costs
    // less to set up than the iterator that checks each hit
    let hits = |f: &Finder<'static>| f.find(hay).is_some() && f.find_iter(hay).any(&check);
    hits(lower) || (shouts(t) && hits(upper))
}

/// The searchers [`contributed`] uses, built once: building one costs more
/// than searching a paragraph with it.
static CONTRIBUTED: LazyLock<[Finder<'static>; 2]> =
    LazyLock::new(|| [Finder::new("ontributed"), Finder::new("ONTRIBUTED")]);

/// The most bytes of an AFP desk tag.
const MAX_DESK_TAG: usize = 40;

/// Whether `t` is an AFP desk tag, the initials of the writers and desks
/// that handled the story: `burs-ap/jm`, `ach/rl`, `sst/dw`. Lower-case
/// letters, with `-` inside a group and at least one `/` between groups.
fn is_desk_tag(t: &str) -> bool {
    t.len() <= MAX_DESK_TAG
        && t.contains('/')
        && !matches!(t, "and/or" | "he/she" | "his/her" | "him/her" | "s/he")
        && t.split('/').all(|group| {
            group.split('-').all(|part| {
                (2..=6).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_lowercase())
            })
        })
}

/// The most bytes a date line may have.
const MAX_DATE_STAMP: usize = 120;

/// The most bytes of an obituary's life span ([`is_life_span`]).
const MAX_LIFE_SPAN: usize = 64;

/// The most years between the birth and the death of a life span
/// ([`is_life_span`]).
const MAX_LIFE_YEARS: i32 = 125;

/// Whether the trimmed line `t` is an obituary's life span, as death
/// notices print it under the name: two years, or two dates with their
/// years, the second no earlier and at most [`MAX_LIFE_YEARS`] later,
/// parted by a dash, a tilde or `to` (`1938 - 2024`, `1938–2024`, `April 14,
/// 1932 ~ January 17, 2025`), perhaps with the age after (`(age 92)`,
/// `(aged 92)`).
pub(crate) fn is_life_span(t: &str) -> bool {
    // (a speed gate: the date grammar reads no long line)
    if t.len() > MAX_LIFE_SPAN {
        return false;
    }
    // (the age in brackets after: `(age 92)`)
    let t = t
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('('))
        .filter(|(_, age)| {
            let figure = age
                .strip_prefix("aged ")
                .or_else(|| age.strip_prefix("age "))
                .or_else(|| age.strip_prefix("Age "));
            figure.is_some_and(|n| {
                (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
            })
        })
        .map_or(t, |(span, _)| span.trim_end());
    let Some((born, died)) = t
        .split_once(['~', '\u{2013}', '\u{2014}'])
        .or_else(|| t.split_once(" - "))
        .or_else(|| t.split_once(" to "))
        // (two years and a hyphen alone: `1938-2024`)
        .or_else(|| t.split_once('-'))
    else {
        return false;
    };
    let year = |s: &str| {
        let s = s.trim();
        if s.len() == 4 {
            return super::date::year(s).ok().map(|(_, y)| y);
        }
        super::date::date_len(s)
            .filter(|&(len, _)| len == s.len())
            .and_then(|(_, parts)| parts.year)
    };
    matches!(
        (year(born), year(died)),
        (Some(b), Some(d)) if b > 0 && (0..=MAX_LIFE_YEARS).contains(&(d - b))
    )
}

/// Whether `t` is a date on its own, perhaps with a time and a zone:
/// `Nov. 28, 2026`, `Fri 28 Nov 2026 05.00 GMT`, `Friday, November 28, 2026 |
/// 5:45 PM ET`, `November 28, 2026 at 10:45 a.m. EST`, `November 28, 2026
/// 08:00 ET | Source: Acme Corp`, and Reuters' site copied as text, year,
/// time and `Updated` run together: `November 28, 20263:45 PM UTCUpdated 2
/// hours ago`; after a page's label, `Date: November 28, 2026`; with the
/// weekday after it, as news databases print it (`November 28, 2026
/// Saturday 00:12 EST`). Scraped pages print one under the headline.
fn is_date_stamp(t: &str) -> bool {
    // a page's label before the date: `Date: November 28, 2026`
    let t = match t.as_bytes() {
        [b'd' | b'D', _, _, _, b':', ..]
            if t.get(..4).is_some_and(|l| l.eq_ignore_ascii_case("date")) =>
        {
            t.get(5..).unwrap_or("").trim_start()
        }
        _ => t,
    };
    // a date opens with a digit or a month's or weekday's initial
    if t.len() > MAX_DATE_STAMP
        || !matches!(
            first_lower(t),
            b'0'..=b'9' | b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's' | b't' | b'w'
        )
    {
        return false;
    }
    // every date the grammar reads has a day or a year in digits
    if !has_digit(t) {
        return false;
    }
    // a time before the date, as some sites print it: `6:18am, 4 December
    // 2026`, `10:45 PM, Nov. 28, 2026`
    let t = match t.as_bytes() {
        [b'0'..=b'9', b':' | b'.', ..] | [b'0'..=b'9', b'0'..=b'9', b':' | b'.', ..] => {
            time_first(t).unwrap_or(t)
        }
        _ => t,
    };
    // (an ISO date's time after its `T`, `2026-11-25T09:12:00+00:00`: the
    // date read alone, the time as what follows it)
    let (t, iso_time) = match t.as_bytes() {
        [_, _, _, _, b'-', _, _, b'-', _, _, b'T', b'0'..=b'9', ..] => {
            (t.get(..10).unwrap_or(t), t.get(11..))
        }
        _ => (t, None),
    };
    // (Reach's pages glue `Updated` to the date before it: `15:12, 27 Nov
    // 2026Updated 15:40, 27 Nov 2026`; asked only of a line the grammar
    // fails on)
    let (t, updated, found) = match super::date::date_len(t) {
        Some(found) => (t, "", Some(found)),
        None => match glued_update(t) {
            Some((head, rest)) => (head, rest, super::date::date_len(head)),
            None => (t, "", None),
        },
    };
    let Some((len, parts)) = found else {
        return false;
    };
    let after = iso_time.unwrap_or_else(|| t.get(len..).unwrap_or(""));
    // GlobeNewswire credits the issuer after a bar: `November 28, 2026 08:00
    // ET | Source: Acme Corp` (an attorney general's office its topics:
    // `November 28, 2026 | Topic: Consumer Protection`); a blog gives the
    // reading time after a dot: `April 29, 2024 · 9 min read`
    let after = match after.split_once(['|', '·', '•']) {
        Some((stamp, credit))
            if ["source:", "topic:"]
                .iter()
                .any(|l| starts_ci(credit.trim_start(), l)) =>
        {
            stamp
        }
        Some((stamp, time)) if is_reading_time(time.trim()) => stamp,
        // (a site's sections the story is filed under: `November 28, 2026
        // | Business, Economy, Top Stories`, Kyodo's `Nov 28, 2026 - 09:12
        // | Japan, All`; or one desk, as college sports sites print the
        // sport: `2/22/2026 3:45:00 PM | Women's Basketball`)
        Some((stamp, sections)) if is_section_list(sections) || is_desk_after(sections) => stamp,
        // (a blog's post line: `March 3, 2026 / Markets / Leave a comment`,
        // `March 3, 2026 | 4 Comments`)
        _ => post_meta_head(after).unwrap_or(after),
    };
    // (the paper's name in brackets after the date, as the Mainichi prints
    // its stamp: `March 3, 2026 (Mainichi Japan)`)
    let after = match after.trim().as_bytes() {
        [b'(', .., b')'] if paper_in_brackets(after.trim()) => "",
        _ => after,
    };
    parts.month.is_some()
        && after.split_whitespace().all(stamp_word)
        && updated.split_whitespace().all(stamp_word)
}

/// The most bytes of a paper's name in brackets after a stamp's date
/// ([`paper_in_brackets`]).
const MAX_STAMP_PAPER: usize = 32;

/// Whether `t`, in brackets after a stamp's date, is a paper's name
/// (`(Mainichi Japan)`): at most [`MAX_STAMP_PAPER`] bytes, one to three
/// words, each capitalised or a name's small word
/// ([`crate::grammar::headline::capitalised_name`]). Out of line: asked
/// only of a stamp's rest in brackets.
#[inline(never)]
fn paper_in_brackets(t: &str) -> bool {
    t.strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|name| {
            name.len() <= MAX_STAMP_PAPER
                && crate::grammar::headline::capitalised_name(name, MAX_PAPER_WORDS)
        })
}

/// The most words of a paper's name in brackets after a stamp's date
/// ([`paper_in_brackets`]).
const MAX_PAPER_WORDS: usize = 3;

/// Whether the word `w` may stand in a date stamp after its date
/// ([`is_date_stamp`]): a time, the half of the day, a zone and its offset,
/// a weekday or a month, a page's number, or one of the stamp's own words
/// ([`crate::tables::words::is_stamp_word`]), marks around it trimmed.
fn stamp_word(w: &str) -> bool {
    // (`@` for `at`: `November 25, 2026 @ 9:12 AM`; a second date's
    // label with its colon, the Japan Times' `Oct 21, 2026 | Updated:
    // Oct 21, 2026`)
    let w = w.trim_matches(|c: char| {
        matches!(
            c,
            ',' | ';' | '|' | '/' | '-' | '–' | '—' | '(' | ')' | '[' | ']' | '•' | '·' | '@' | ':'
        )
    });
    // the half of the day run on to the time: `10:45am`, `3.45PM`
    // (what is left must read as a time below)
    let w = ["am", "pm"]
        .iter()
        .find_map(|h| {
            let cut = w.len().checked_sub(2)?;
            let (time, half) = (w.get(..cut)?, w.get(cut..)?);
            half.eq_ignore_ascii_case(h).then_some(time)
        })
        .unwrap_or(w);
    // a zone with `Updated` run on: `UTCUpdated`
    let w = w
        .strip_suffix("Updated")
        .filter(|z| !z.is_empty())
        .unwrap_or(w);
    w.is_empty()
            || is_clock_digits(w)
            // a day and year with no space after the comma, as the
            // Jordan Times prints them: `Dec 03,2026`
            || w.split_once(',').is_some_and(|(day, year)| is_clock_digits(day) && is_clock_digits(year))
            || super::date::is_half_day(w)
            || crate::tables::words::is_stamp_word(w)
            || super::date::is_zone(w)
            // a zone and its offset: `GMT+1`, `UTC-05:00`; or a time
            // and its offset or `Z`, as ISO writes them: `09:12:00+00:00`;
            // or the offset alone after its zone, Trend's `(UTC +04:00)`
            || w.split_once(['+', '-']).is_some_and(|(zone, offset)| {
                (super::date::is_zone(zone)
                    || (zone.contains(':') && is_clock_digits(zone))
                    || (zone.is_empty() && offset.contains(':')))
                    && (1..=5).contains(&offset.len())
                    && offset.bytes().all(|b| b.is_ascii_digit() || b == b':')
            })
            || w.strip_suffix('Z').is_some_and(|c| c.contains(':') && is_clock_digits(c))
            // the weekday after the date, as news databases print it:
            // `November 28, 2026 Saturday`; a second date's month,
            // when it was updated (`Aug 27, 2026 Updated Aug 27, 2026`),
            // abbreviated with its stop (`Dec. 1, 2026 | Updated Dec. 2,
            // 2026`)
            || crate::tables::months::weekday(w).is_some()
            || crate::tables::months::month(w.strip_suffix('.').unwrap_or(w)).is_some()
            // a printed page's number run on to its word, as the
            // Taipei Times prints it too: `Tue, Mar 03, 2026 page2`
            || w.strip_prefix("page")
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
            // a printed page's section letter and number, as the
            // Washington Post's archive prints them: `Tuesday, November
            // 16, 1993; Page B01`
            || matches!(w.as_bytes(), [b'A'..=b'Z', rest @ ..]
                if (1..=3).contains(&rest.len()) && rest.iter().all(u8::is_ascii_digit))
}

/// `t` parted around an `Updated` glued to a figure before it (`27 Nov
/// 2026Updated 15:40, 27 Nov 2026`): the text before it and the text after
/// it.
fn glued_update(t: &str) -> Option<(&str, &str)> {
    // (a speed gate: a figure or a zone's capital last, the updated date's
    // or time's; most lines the date grammar fails on end otherwise)
    if !matches!(t.as_bytes().last(), Some(b'0'..=b'9' | b'A'..=b'Z')) {
        return None;
    }
    // (its capital found with `memchr`: a searcher for the word costs more
    // to set up than the line's search)
    let bytes = t.as_bytes();
    let at = memchr::memchr_iter(b'U', bytes).find(|&at| {
        bytes.get(at..at + UPDATED.len()) == Some(UPDATED.as_bytes())
            && at
                .checked_sub(1)
                .and_then(|before| bytes.get(before))
                .is_some_and(u8::is_ascii_digit)
    })?;
    Some((t.get(..at)?, t.get(at + UPDATED.len()..)?))
}

/// The label [`glued_update`] finds glued to a date.
const UPDATED: &str = "Updated";

/// The most bytes of a list of a site's sections after a date stamp.
const MAX_SECTION_LIST: usize = 60;

/// Whether `t` is a list of a site's sections, as pages print them after the
/// date: two or more names of one to three capitalised words, parted by
/// commas (`Japan, All`, `Business, Economy, Top Stories`); not a writer's
/// `By` line.
fn is_section_list(t: &str) -> bool {
    let t = t.trim();
    let mut items = 0;
    t.len() <= MAX_SECTION_LIST
        && !starts_ci(t, "by ")
        && t.split(',').all(|item| {
            items += 1;
            let mut words = 0;
            item.split_whitespace().all(|w| {
                words += 1;
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '&' | '-'))
            }) && (1..=3).contains(&words)
        })
        && items >= 2
}

/// The text before the first bar, slash or dot of `t`, a stamp's tail, if
/// after it is a blog's post line: the link to its comments or the count
/// of its views last (`Leave a comment`, `No Comments`, `4 Comments`,
/// `5412 views`), perhaps after sections of up to three words each, a
/// capital first (`Markets / Leave a comment`). Out of line: asked only of
/// a stamp's tail that reads as no other.
#[inline(never)]
fn post_meta_head(t: &str) -> Option<&str> {
    let (head, tail) = t.split_once(['|', '·', '•', '/'])?;
    let mut items = tail.rsplit(['|', '·', '•', '/']);
    let last = items.next().unwrap_or("").trim();
    let count = last.trim_start_matches(|c: char| c.is_ascii_digit());
    // (a count's figures trimmed, its word with the space before it left)
    let comments = [" comment", " comments", " views"]
        .iter()
        .any(|l| l.eq_ignore_ascii_case(count))
        || ["leave a comment", "no comments"]
            .iter()
            .any(|l| l.eq_ignore_ascii_case(last));
    (comments
        && items.all(|item| {
            let item = item.trim();
            item.starts_with(char::is_uppercase) && (1..=3).contains(&item.split(' ').count())
        }))
    .then_some(head)
}

/// Whether `t`, after a stamp's bar, is one desk of up to three words, the
/// last a desk's word (`Women's Basketball`, `Local News`): a writer's name
/// is none.
fn is_desk_after(t: &str) -> bool {
    let t = t.trim();
    t.split(' ').count() <= 3
        && t.rsplit(' ')
            .next()
            .is_some_and(crate::grammar::headline::is_desk_word)
}

/// Whether `w` is figures with colons or periods only, as a time's are
/// (`10:45`, `3.45`, `09:12:00`; a year's figures, `2026`, too).
fn is_clock_digits(w: &str) -> bool {
    !w.is_empty()
        && w.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.'))
}

/// Whether `w` is a clock's figures with one colon or period between them
/// (`10:45`, `3.45`; not a date's `15.05.2023`).
fn is_clock(w: &str) -> bool {
    is_clock_digits(w) && w.bytes().filter(|&b| matches!(b, b':' | b'.')).count() == 1
}

/// `t` after a time and a comma or a dot that open it (`6:18am, 4 December
/// 2026`, `10:45 PM, Nov. 28, 2026`, `11:12 AM EDT • September 30, 2025`):
/// the text after the mark, if the words before it are a time (digits with
/// a colon or a period, which the caller saw open it), the half of the day
/// and perhaps a zone.
fn time_first(t: &str) -> Option<&str> {
    // (or a dot: TechCrunch's `11:12 AM EDT • September 30, 2025`; or
    // `on`: `5:00 am on 28 November 2026`)
    let (at, mark) = [", ", " • ", " · ", " on "]
        .iter()
        .filter_map(|m| Some((t.find(m)?, m.len())))
        .min()?;
    let (time, date) = (t.get(..at)?, t.get(at + mark..)?);
    let time_ok = if let Some((clock, half)) = time.split_once(' ') {
        // (the half of the day, and a zone after it: `11:12 AM EDT`)
        let (half, zone) = half.split_once(' ').unwrap_or((half, ""));
        // (one mark: `15.05.2023, 13:58` opens with a date)
        is_clock(clock)
            && super::date::is_half_day(half)
            && (zone.is_empty() || super::date::is_zone(zone))
    } else {
        let clock = ["am", "pm", "AM", "PM"]
            .iter()
            .find_map(|h| time.strip_suffix(h))
            .unwrap_or(time);
        is_clock(clock)
    };
    time_ok.then_some(date)
}

/// The most bytes of a time stamp told as time gone by
/// ([`is_relative_stamp`]).
const MAX_RELATIVE_STAMP: usize = 24;

/// The units of a time stamp told as time gone by, singular and plural.
const AGO_UNITS: [&str; 14] = [
    "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week",
    "weeks", "month", "months",
];

/// Whether `t` is a page's time stamp told as time gone by, as sites print
/// it under the headline: `45 minutes ago`, `2 hours ago`, `an hour ago`,
/// `1 day ago` (any ASCII case).
fn is_relative_stamp(t: &str) -> bool {
    let mut words = t.split(' ');
    let (Some(n), Some(unit), Some(ago), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    t.len() <= MAX_RELATIVE_STAMP
        && ago.eq_ignore_ascii_case("ago")
        && ((!n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
            || n.eq_ignore_ascii_case("a")
            || n.eq_ignore_ascii_case("an"))
        && AGO_UNITS.iter().any(|u| u.eq_ignore_ascii_case(unit))
}

/// The most bytes of a stamp told by the day's name ([`is_day_stamp`]).
const MAX_DAY_STAMP: usize = 32;

/// Whether `t` is a page's time stamp told by the day and a time, as sites
/// print it under the headline: `Today at 06:30`, `Yesterday at 6:02 PM`,
/// `Today, 9:15am`, `Today · 09:15 pm` (any ASCII case; a bullet after it,
/// as social pages print it, too).
#[inline(never)]
fn is_day_stamp(t: &str) -> bool {
    // (its length and second and third letters are speed gates: most lines
    // fail one)
    if t.len() > MAX_DAY_STAMP
        || !matches!(
            t.as_bytes(),
            [_, b'o' | b'O', b'd' | b'D', ..] | [_, b'e' | b'E', b's' | b'S', ..]
        )
    {
        return false;
    }
    let Some(rest) = ["today", "yesterday"]
        .iter()
        .find_map(|d| crate::text::strip_prefix_ci(t, d))
    else {
        return false;
    };
    let rest = rest.trim_end_matches([' ', '·', '•']);
    // (a comma, `at` or a dot between: Scroll's `Today · 09:15 pm`)
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let rest = rest.strip_prefix(" at").unwrap_or(rest);
    let rest = rest.strip_prefix(" ·").unwrap_or(rest);
    let Some(time) = rest.strip_prefix(' ') else {
        return false;
    };
    // the time, the half of the day after it with a space or none
    let (clock, half) = if let Some((clock, half)) = time.split_once(' ') {
        (clock, Some(half))
    } else {
        let cut = time.len().saturating_sub(2);
        match (time.get(..cut), time.get(cut..)) {
            (Some(c), Some(h)) if super::date::is_half_day(h) => (c, Some(h)),
            _ => (time, None),
        }
    };
    let (hours, minutes) = clock.split_once([':', '.']).unwrap_or(("", ""));
    (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours
            .bytes()
            .chain(minutes.bytes())
            .all(|b| b.is_ascii_digit())
        && half.is_none_or(|h| super::date::is_half_day(h) || super::date::is_zone(h))
}

/// Whether the header line `t` is a time stamp ([`classify_header`]'s
/// [`TrailerKind::Timestamp`]): `November 28, 2026 at 10:45 a.m. EST`,
/// `Updated 3:45 p.m. ET`.
pub(crate) fn is_time_stamp(t: &str) -> bool {
    classify_header(t) == Some(TrailerKind::Timestamp)
}

/// Whether `t` has an ASCII digit. Every byte is read, with no early exit,
/// which the compiler turns into a few vector steps: the lines asked are
/// short, and most have none.
pub(crate) fn has_digit(t: &str) -> bool {
    t.bytes()
        .fold(0u8, |seen, b| seen | u8::from(b.wrapping_sub(b'0') < 10))
        != 0
}

/// Whether `t` is one line: no `\n` or `\r` (one vector search).
fn is_one_line(t: &str) -> bool {
    memchr::memchr2(b'\n', b'\r', t.as_bytes()).is_none()
}

/// The first line of `t` (to `\n`, `\r\n` or a lone `\r`), without trailing
/// blank space.
pub(crate) fn first_line(t: &str) -> &str {
    memchr::memchr2(b'\n', b'\r', t.as_bytes())
        .and_then(|end| t.get(..end))
        .unwrap_or(t)
        .trim_end()
}

/// The first byte of `t` in ASCII lower case, or 0 for empty text.
fn first_lower(t: &str) -> u8 {
    t.as_bytes().first().map_or(0, u8::to_ascii_lowercase)
}

/// Whether `t` without its blank space is exactly `mark`.
fn compact_is(t: &str, mark: &str) -> bool {
    t.chars().filter(|c| !c.is_whitespace()).eq(mark.chars())
}

/// The most bytes of a line of page furniture.
const MAX_FURNITURE: usize = 40;

/// The most bytes of a photo's caption and credit, or of a block of share
/// buttons' labels or a page's topics.
const MAX_PAGE_MATTER: usize = 300;

/// How a photo's credit opens in brackets after its caption, in any ASCII
/// case: `(Photo by Ann Poe/Getty Images)`, `(AP Photo/Ann Poe)`, `(Getty
/// Images)`, `(File photo)`, `(Courtesy photo)`, `(Representative image)`,
/// `(Illustration by Ann Poe/The Daily Star; iStock)`. (An agency's name
/// alone in brackets, `(Reuters)`, ends many headlines, and is none.)
const PHOTO_CREDITS: [&str; 10] = [
    "(photo by ",
    "(courtesy",
    "(ap photo",
    "(photo: ",
    "(photo courtesy",
    "(getty images",
    "(afp via getty",
    "(file photo",
    "(representative image",
    "(illustration by ",
];

/// How the U.S. services' sites credit a picture in brackets after its
/// caption, in any ASCII case (`(Photo Credit: Sgt. Ann Poe)`, `(U.S. Army
/// photo by Sgt. Ann Poe)`): their captions run longer than others', and
/// no story's paragraph ends so.
const SERVICE_PHOTO_CREDITS: [&str; 8] = [
    "(photo credit: ",
    "(u.s. air force photo",
    "(u.s. army national guard photo",
    "(u.s. army photo",
    "(u.s. coast guard photo",
    "(u.s. marine corps photo",
    "(u.s. navy photo",
    "(u.s. space force photo",
];

/// A line alone that is no part of the story, in any ASCII case: a photo's
/// label, as Indian and other pages print it for a stock or old picture
/// (`Representative Image`, `File photo`), the BBC's note where its
/// video player stood, or the UN Information Service's notice over its
/// releases. [`is_furniture`] tells them by their lengths first.
const LABELS_ALONE: [&str; 9] = [
    "representative image",
    "representational image",
    "representative photo",
    "representational photo",
    "file photo",
    "file image",
    "media playback is not supported on this device",
    "media playback is unsupported on your device",
    // (the UN Information Service's notice over its releases)
    "for information only - not an official document",
];

/// The marks a page's breadcrumb trail sets between its links.
const BREADCRUMB_MARKS: [&str; 5] = [" / ", " > ", " » ", " › ", " | "];

/// Whether `t` is a page's breadcrumb trail, one line from `Home` through
/// two sections or more: `Home / News / World`, `Home > News > Europe`.
fn is_breadcrumb(t: &str) -> bool {
    let Some(rest) = crate::text::strip_prefix_ci(t, "home") else {
        return false;
    };
    is_one_line(t)
        && BREADCRUMB_MARKS
            .iter()
            .any(|mark| rest.starts_with(mark) && rest.matches(mark).count() >= 2)
}

/// The longest line [`is_crumb_trail`] reads, in bytes.
const MAX_CRUMB_TRAIL: usize = 100;

/// The longest link of a breadcrumb trail ([`is_crumb_trail`]), in bytes.
const MAX_CRUMB: usize = 32;

/// Whether the trimmed line `t` is a page's breadcrumb trail from any first
/// link: two links or more, each up to four words with a capital first and
/// no clause's mark or digit (or a year, an archive's: `News > 2025`),
/// parted by ` / `, ` > `, ` | ` or a bare bar
/// (`Latest News / India`, `UAE / Society`, `News|Politics`). A headline has
/// more words than a link (`Opinion | The case for a new tax`). Asked of the
/// header's first lines only.
pub(crate) fn is_crumb_trail(t: &str) -> bool {
    let bytes = t.as_bytes();
    if t.len() > MAX_CRUMB_TRAIL || !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    // the first mark's byte (`/`, `>` or `|`), looked for among the first
    // link's bytes in one search: a string pattern's would set up a
    // searcher for each mark
    let window = bytes.get(..bytes.len().min(MAX_CRUMB + 4)).unwrap_or(bytes);
    let mark = match memchr::memchr3(b'/', b'>', b'|', window) {
        Some(at)
            if bytes.get(at) == Some(&b'|') && bytes.get(at.wrapping_sub(1)) != Some(&b' ') =>
        {
            "|"
        }
        Some(at) => match t.get(at.wrapping_sub(1)..at + 2) {
            Some(m @ (" / " | " > " | " | ")) => m,
            _ => return false,
        },
        // (or an angle quote, found by its last byte: ` › ` is U+203A, ` » `
        // U+00BB)
        None => {
            let quote = |last: usize, mark: &'static str| {
                let start = (last + 2).checked_sub(mark.len())?;
                (t.get(start..last + 2) == Some(mark)).then_some(mark)
            };
            let found = memchr::memchr2(0xBA, 0xBB, window)
                .and_then(|last| quote(last, " › ").or_else(|| quote(last, " » ")));
            match found {
                Some(mark) => mark,
                None => return false,
            }
        }
    };
    let bar = mark.contains('|');
    // a link: a capital first, up to four words, no clause's mark or digit;
    // or an archive's year (`Home > News > 2025`)
    let link = |l: &str| {
        let l = l.trim();
        (l.len() == 4
            && l.bytes().all(|b| b.is_ascii_digit())
            && matches!(l.get(..2), Some("19" | "20")))
            || is_crumb_link(l, 4)
    };
    // two links parted by a bar are a title and its site's name as often
    // (`Storm Batters Coast | Example News`): the first must be a section's
    // (`News | Politics`), or a third link must follow
    let mut links = t.split(mark);
    let first = links.next().unwrap_or("");
    let (mut n, mut all) = (1, link(first));
    for l in links {
        n += 1;
        all &= link(l);
    }
    all && (!bar || n >= 3 || crate::tables::words::is_kicker(crate::text::trim(first)))
}

/// Whether the trimmed `l` is a link of a page's breadcrumb trail or
/// category list: a capital first, up to `words` words in [`MAX_CRUMB`]
/// bytes, no clause's mark or digit.
fn is_crumb_link(l: &str, words: usize) -> bool {
    l.len() <= MAX_CRUMB
        && l.starts_with(char::is_uppercase)
        && l.bytes().filter(|&b| b == b' ').count() < words
        && !l
            .bytes()
            .any(|b| matches!(b, b':' | b';' | b'?' | b'!' | b'\n' | b'\r' | b'0'..=b'9'))
        && !l.ends_with(['.', ','])
}

/// The longest line [`is_category_list`] reads, in bytes.
const MAX_CATEGORY_LIST: usize = 200;

/// The most words of a category list's link ([`is_category_list`]): a
/// region's (`Latin America & the Caribbean`).
const MAX_CATEGORY_WORDS: usize = 5;

/// The fewest links of a category list ([`is_category_list`]).
const MIN_CATEGORIES: usize = 4;

/// Whether the trimmed line `t` is a page's list of the story's categories,
/// as a blog's or Inter Press Service's pages print it over the headline:
/// four links or more ([`is_crumb_link`], of up to [`MAX_CATEGORY_WORDS`]
/// words) parted by commas, in the alphabet's order (the page sorts them),
/// at least one a section's (`Africa, Education, Featured, Headlines,
/// Youth`). A headline's list of names is in no order (`Politics, Jobs,
/// Health and Crime Top Concerns`). Asked of a headline read over a deck,
/// once an article at most.
#[inline]
pub(crate) fn is_category_list(t: &str) -> bool {
    // (the first link's comma first, in line: most parts asked are
    // headlines with none)
    t.len() <= MAX_CATEGORY_LIST
        && memchr::memchr(b',', t.as_bytes().get(..=MAX_CRUMB).unwrap_or(t.as_bytes())).is_some()
        && category_links(t)
}

/// [`is_category_list`] of a line with a comma among its first link's
/// bytes: its links, in order, one a section's.
#[inline(never)]
fn category_links(t: &str) -> bool {
    let (mut n, mut section, mut last) = (0, false, "");
    for l in t.split(", ") {
        if !is_crumb_link(l, MAX_CATEGORY_WORDS) || !ascending(last, l) {
            return false;
        }
        n += 1;
        section |= crate::tables::words::is_kicker(l);
        last = l;
    }
    n >= MIN_CATEGORIES && section
}

/// Whether `b` comes after `a` in the alphabet, in any ASCII case.
fn ascending(a: &str, b: &str) -> bool {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .lt(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// The halves of the day a UN meeting's heading closes with
/// ([`is_meeting_heading`]).
const MEETING_HALVES: [&str; 3] = [" Meeting (AM)", " Meeting (PM)", " Meeting (AM & PM)"];

/// The longest organ's name over a meeting's line ([`is_meeting_heading`]),
/// in bytes.
const MAX_ORGAN_LINE: usize = 60;

/// Whether the header part `t` is the heading of the UN's coverage of a
/// meeting: the meeting's number, an ordinal, and the half of the day,
/// perhaps after the session's (`10,055th Meeting (PM)`, `Eightieth
/// Session, 63rd Meeting (AM)`), alone or under the organ's name on a
/// line of its own (`Security Council`, a capital first, no stop last).
/// The parser asks of a part over the headline that ends with a bracket.
pub(crate) fn is_meeting_heading(t: &str) -> bool {
    let Some(number) = MEETING_HALVES.iter().find_map(|h| t.strip_suffix(h)) else {
        return false;
    };
    let (organ, number) = match number.rfind(['\n', '\r']) {
        Some(at) => (
            number.get(..at).map(crate::text::trim),
            number.get(at + 1..),
        ),
        None => (None, Some(number)),
    };
    let number = number.unwrap_or("");
    let number = number.rsplit_once(", ").map_or(number, |(_, n)| n);
    let digits = number
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    let ordinal = number.starts_with(|c: char| c.is_ascii_digit())
        && matches!(number.get(digits..), Some("st" | "nd" | "rd" | "th"));
    ordinal
        && organ.is_none_or(|o| {
            o.len() <= MAX_ORGAN_LINE
                && o.starts_with(|c: char| c.is_ascii_uppercase())
                && !o.contains(['\n', '\r'])
                && !o.ends_with(['.', ':'])
        })
}

/// How a share button's label opens, in any ASCII case: `Share on
/// Facebook`, `Share this article`, `Share via Email`.
const SHARE_LABELS: [&str; 3] = ["share on ", "share this ", "share via "];

/// The buttons of a page's share bar, in any ASCII case.
const SHARE_BUTTONS: [&str; 13] = [
    "email",
    "facebook",
    "linkedin",
    "messenger",
    "pinterest",
    "print",
    "reddit",
    "share",
    "telegram",
    "tweet",
    "twitter",
    "whatsapp",
    "x",
];

/// The most bytes of a share bar the header reads under a headline
/// ([`is_share_bar_under`]): eight buttons' labels (`Facebook Twitter
/// LinkedIn WhatsApp Reddit Pinterest Email Print`).
const MAX_SHARE_BAR: usize = 64;

/// Whether the header's part `t`, under the headline and read as nothing
/// else (a deck or a paragraph, as it would be), is a share bar
/// ([`is_share_bar`]): UN News' `Facebook Twitter Print Email`. Asked of
/// every deck: the first and last bytes are tested before the words are
/// split (split first, the test cost the profile 0.09%).
#[inline(never)]
pub(crate) fn is_share_bar_under(t: &str) -> bool {
    // (the first and last bytes of buttons' labels first: most parts asked
    // are decks)
    let bytes = t.as_bytes();
    bytes.len() <= MAX_SHARE_BAR
        && matches!(
            bytes.first().map(u8::to_ascii_lowercase),
            Some(b'e' | b'f' | b'l' | b'm' | b'p' | b'r' | b's' | b't' | b'w' | b'x')
        )
        && matches!(
            bytes.last().map(u8::to_ascii_lowercase),
            Some(b'e' | b'k' | b'l' | b'm' | b'n' | b'p' | b'r' | b't' | b'x')
        )
        && is_share_bar(t)
}

/// Whether the line `t` is a page's share bar copied as text: two buttons
/// or more and nothing else, blank space around them aside (`Facebook
/// Twitter Email`, `Share  Tweet  Email`).
pub(crate) fn is_share_bar(t: &str) -> bool {
    share_buttons(t.split_whitespace())
}

/// Whether `words` are two of [`SHARE_BUTTONS`] or more and nothing else.
fn share_buttons<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let mut n = 0;
    for w in words {
        if !SHARE_BUTTONS.iter().any(|b| b.eq_ignore_ascii_case(w)) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// Whether the trimmed line `t` is a share bar after its label, its buttons
/// parted by bars or spaces, as newsrooms print it under the headline:
/// `Share: Facebook | X | LinkedIn | Email`, the Army's `Share on: Facebook
/// Twitter LinkedIn Email`.
pub(crate) fn is_labelled_share_bar(t: &str) -> bool {
    crate::text::strip_prefix_ci(t, "share:")
        .or_else(|| crate::text::strip_prefix_ci(t, "share on:"))
        .is_some_and(|rest| share_buttons(rest.split([' ', '|']).filter(|w| !w.is_empty())))
}

/// Whether the trimmed line `l` is a share button's label: `Share` alone,
/// a blog's `Share this:` over its buttons, or one of [`SHARE_LABELS`] in
/// at most [`MAX_FURNITURE`] bytes (`SHARE TRADING IN ACME SUSPENDED` is a
/// headline).
fn is_share_label(l: &str) -> bool {
    l.eq_ignore_ascii_case("share")
        || l.eq_ignore_ascii_case("share this:")
        || (l.len() <= MAX_FURNITURE && SHARE_LABELS.iter().any(|p| starts_ci(l, p)))
}

/// The most bytes of a share button's link text (`Click to share on
/// LinkedIn (Opens in new window)`).
const MAX_SHARE_BUTTON: usize = 64;

/// Whether the trimmed line `l` is a blog's categories under its share box
/// (`Filed Under: Community Corner, News`).
fn is_filed_under(l: &str) -> bool {
    starts_ci(l, "filed under:")
}

/// What a blog's share box prints under its label besides the buttons'
/// names ([`SHARE_BUTTONS`]), in any ASCII case: its likes' label and the
/// note left where its script did not run, and its link to related posts.
const SHARE_BOX_LINES: [&str; 3] = ["like this:", "like loading...", "related"];

/// Whether the trimmed line `l` is a line of a blog's share box under its
/// label (`Share this:`): a button's name (`Facebook`, `Email`), one of
/// [`SHARE_BOX_LINES`], or a button's link text as the page's script
/// writes it, `Click to …` ending in `(Opens in new window)`.
fn is_share_box_line(l: &str) -> bool {
    SHARE_BUTTONS.iter().any(|b| b.eq_ignore_ascii_case(l))
        || SHARE_BOX_LINES.iter().any(|b| b.eq_ignore_ascii_case(l))
        || (l.len() <= MAX_SHARE_BUTTON
            && starts_ci(l, "click to ")
            && l.get(l.len().saturating_sub(21)..)
                .is_some_and(|end| end.eq_ignore_ascii_case("(opens in new window)")))
}

/// Whether the trimmed line `t` is a web address alone, as read-later apps
/// and extraction tools print the story's under its title
/// (`https://example.com/news/storm`, `www.example.com`) or the site's
/// domain (`example.com`, in lower case, no space, ending in a top-level
/// domain of two letters or more: a word and its stop, `said.`, is none).
pub(crate) fn is_web_address(t: &str) -> bool {
    let b = t.as_bytes();
    let url = b.starts_with(b"http://") || b.starts_with(b"https://") || b.starts_with(b"www.");
    let domain = || {
        t.len() <= MAX_FURNITURE
            && b.first().is_some_and(u8::is_ascii_lowercase)
            && t.rsplit_once('.').is_some_and(|(name, tld)| {
                !name.is_empty() && tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_lowercase())
            })
            && b.iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'-'))
    };
    (url || domain()) && memchr::memchr2(b' ', b'\t', b).is_none()
}

/// Whether the trimmed line `t` is a photo's caption ending in its credit
/// after a label (`Riders wait at the dock. Photograph: Ann Poe`, `…
/// Image: Ann Poe/AFP`): the credit after the last label at most
/// [`MAX_FURNITURE`] bytes, with no sentence's end.
pub(crate) fn is_credited_caption(t: &str) -> bool {
    [
        " Photograph: ",
        " Photo: ",
        " Image: ",
        " Picture: ",
        " Credit: ",
    ]
    .iter()
    .filter_map(|label| {
        memchr::memmem::rfind(t.as_bytes(), label.as_bytes()).map(|at| at + label.len())
    })
    .max()
    .and_then(|at| t.get(at..))
    .is_some_and(|credit| {
        !credit.is_empty() && credit.len() <= MAX_FURNITURE && !credit.ends_with(['.', '!', '?'])
    })
}

/// How Reuters' site ends a photo's caption, after the credit
/// (`REUTERS/Ann Poe Purchase Licensing Rights`), with its link's note
/// after it or not ([`is_licensed_caption`]).
const LICENSING: [&str; 2] = [
    " Purchase Licensing Rights",
    " Purchase Licensing Rights, opens new tab",
];

/// Whether the trimmed part `t` is a photo's caption as Reuters' site
/// prints it between the header and the story, ending in the link to buy
/// the picture: `… Race winner Ann Poe celebrates on the podium
/// REUTERS/Tom Roe Purchase Licensing Rights, opens new tab`.
pub(crate) fn is_licensed_caption(t: &str) -> bool {
    LICENSING.iter().any(|end| t.ends_with(end))
}

/// Whether the trimmed line `t` is a text browser's link alone, after its
/// reference number: `#[1]Site RSS feed`, `[2]Skip to main content`, at
/// most [`MAX_FURNITURE`] bytes after the number.
pub(crate) fn is_link_reference(t: &str) -> bool {
    let t = t.strip_prefix('#').unwrap_or(t);
    let Some(rest) = t.strip_prefix('[') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && rest
            .get(digits..)
            .and_then(|r| r.strip_prefix(']'))
            .is_some_and(|link| !link.is_empty() && link.len() <= MAX_FURNITURE)
}

/// Whether `t` is matter a web page sets around a story: the BBC's photo
/// lines (`Image source, Getty Images` / `Image caption, Waves …`), a
/// photo's credit (`Photo: Ann Poe/AP`, `Photograph: Ann Poe`, the
/// Nation's `Photo credit: File | Nation Media Group`, `Image
/// Credit: Ann Poe/Gulf Desk`, `Photo by Ann Poe / Getty Images`,
/// `Illustration by Ann Poe`, Australian Community Media's `Picture by Ann
/// Poe`, a science news service's `Credit: Ann Poe/Marlow University`)
/// or a caption, marked as a picture's (`[IMAGE] Divers survey the reef.`)
/// or ending with a credit in brackets (`Waves crashed. (Photo by Ann Poe/Getty
/// Images)`; a U.S. service's at any length, `… (U.S. Army photo by Sgt.
/// Ann Poe)`), the share buttons' labels, a line each (`Share this article` /
/// `Share on Facebook`), the BBC's `Related topics` over the topics, or a
/// breadcrumb trail (`Home / News / World`); or a caption over the button
/// that opens its picture ([`is_furniture`] reads the last byte, `L`, or a
/// credit's bracket, first). The first byte picks the test, and the last
/// byte the bracketed credit's.
#[inline(never)]
fn is_page_matter(t: &str) -> bool {
    // a picture's caption over the button that opens it whole, or the
    // button alone, as DVIDS and the Army's site print it (`Photo By Sgt.
    // Ann Poe | Soldiers move toward an objective. (U.S. Army photo by Sgt.
    // Ann Poe) VIEW ORIGINAL`): no story's paragraph ends in the button's
    // words in capitals
    if t.ends_with("VIEW ORIGINAL") {
        return true;
    }
    if t.len() > MAX_PAGE_MATTER {
        // (a service's caption with its credit in brackets runs longer)
        return bracketed_credit(t).is_some_and(|c| opens_as_any(c, &SERVICE_PHOTO_CREDITS));
    }
    let labelled = match first_lower(t) {
        b'i' => {
            starts_ci(t, "image source, ")
                || starts_ci(t, "image caption, ")
                // (the BBC's older credit and caption run together, as
                // the XSum corpus keeps them: `Image copyright Getty
                // Images Image caption Crews fought the fire`)
                || (starts_ci(t, "image copyright ")
                    && is_one_line(t)
                    && memchr::memmem::find(t.as_bytes(), b" Image caption ").is_some())
                || ((starts_ci(t, "image credit: ")
                    || starts_ci(t, "image credits: ")
                    || starts_ci(t, "image: "))
                    && is_one_line(t))
                || (starts_ci(t, "illustration by ") && is_credit_line(t))
                || gallery_count(t, "image ")
        }
        b'p' => {
            (["photo: ", "photograph: ", "photos: ", "photo credit: "]
                .iter()
                .any(|p| starts_ci(t, p))
                && is_one_line(t))
                || (["photo by ", "photograph by ", "picture by ", "pictures by "]
                    .iter()
                    .any(|p| starts_ci(t, p))
                    && is_credit_line(t))
                || gallery_count(t, "photo ")
        }
        // (a blog's share box, its label over its buttons, a line each:
        // `Share this:` / `Facebook` / `X` / `Like this:` / `Like
        // Loading...`)
        b's' => {
            starts_ci(t, "share")
                && t.split(['\n', '\r'])
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .all(|l| is_share_label(l) || is_share_box_line(l) || is_filed_under(l))
        }
        // (or a button of it alone on its line: `Click to share on X (Opens
        // in new window)`; or a picture's credit after its own label, as a
        // science news service prints it under the caption: `Credit: Ann
        // Poe/Marlow University`)
        b'c' => is_share_box_line(t) || picture_credit(t),
        // (a picture's place in a page copied as text, with its caption:
        // `[IMAGE] Divers survey the reef.`, `[Image: Divers survey …]`)
        b'[' => starts_ci(t, "[image]") || starts_ci(t, "[image:"),
        b'h' => is_breadcrumb(t),
        // (a database's count of its results over each, as `ProQuest`
        // prints them: `Document 3 of 8`)
        b'd' => gallery_count(t, "document "),
        b'r' => {
            (starts_ci(t, "related topics")
                && matches!(t.as_bytes().get(14), None | Some(b'\n' | b'\r')))
                || RELATED_LABELS.iter().any(|l| t.eq_ignore_ascii_case(l))
        }
        _ => false,
    };
    labelled
        || bracketed_credit(t).is_some_and(|c| {
            opens_as_any(c, &PHOTO_CREDITS) || opens_as_any(c, &SERVICE_PHOTO_CREDITS)
        })
}

/// Whether the trimmed line `t` is a picture's credit after its label, as a
/// science news service prints it under the caption (`Credit: Ann
/// Poe/Marlow University`): one line, no sentence's stop at its end
/// (`Credit: the shop took cards for years.` is the story's).
fn picture_credit(t: &str) -> bool {
    starts_ci(t, "credit: ") && is_one_line(t) && !t.ends_with(['.', '!', '?'])
}

/// A page's label over its links to related stories, alone, as trade
/// sites end a story (`Related news posts`), in ASCII lower case.
const RELATED_LABELS: [&str; 2] = ["related news posts", "related stories"];

/// The bracketed part that ends `t`, from its last `(` (`(Photo by Ann
/// Poe/Getty Images)` after a caption), found with one search from the end.
fn bracketed_credit(t: &str) -> Option<&str> {
    if !t.ends_with(')') {
        return None;
    }
    memchr::memrchr(b'(', t.as_bytes()).and_then(|at| t.get(at..))
}

/// Whether `credit` opens as one of `credits` does, in any ASCII case
/// ([`PHOTO_CREDITS`], [`SERVICE_PHOTO_CREDITS`]).
fn opens_as_any(credit: &str, credits: &[&str]) -> bool {
    credits.iter().any(|p| starts_ci(credit, p))
}

/// The most bytes of a photo's credit on its own line ([`is_credit_line`]).
const MAX_CREDIT_LINE: usize = 100;

/// Whether `t`, which opens as a photo's credit does (`Photo by Ann Poe /
/// Getty Images`, `Illustration by Ann Poe`), is one: one short line that
/// ends no sentence (`Photo by photo, the album grew.` is a story's).
fn is_credit_line(t: &str) -> bool {
    t.len() <= MAX_CREDIT_LINE && is_one_line(t) && !t.ends_with(['.', '!', '?', ','])
}

/// The words of a length in minutes after an audio label: `· 4 min`.
const MINUTES: [&str; 4] = ["min", "mins", "minute", "minutes"];

/// How an audio player's label opens, in any ASCII case.
const LISTEN: [&str; 5] = [
    "listen to this article",
    "listen to this story",
    "listen to the article",
    "listen to article",
    // the player's button alone, last: the forms above open with it
    "listen",
];

/// How the notices of the New York Times' archive open, between an old
/// story's header and its text on the page ([`is_archive_notice`]).
const ARCHIVE_NOTICES: [&str; 6] = [
    "See the article in its original context from",
    "View on timesmachine",
    "TimesMachine is an exclusive benefit",
    "About the Archive",
    "This is a digitized version of an article from",
    "Occasionally the digitization process",
];

/// Whether the trimmed part `t` is one of the notices the New York Times'
/// archive prints between an old story's header and its text, opening as
/// one of [`ARCHIVE_NOTICES`] in any ASCII case (`View on timesmachine`,
/// `About the Archive`, `This is a digitized version of an article from
/// The Times's print archive, …`; `See the article in its original context
/// from` over the print's date and page, `April 21, 1970, Page 1Buy
/// Reprints`). Told by the first byte first: most parts open otherwise.
pub(crate) fn is_archive_notice(t: &str) -> bool {
    matches!(t.as_bytes().first(), Some(b'S' | b'V' | b'T' | b'A' | b'O'))
        && ARCHIVE_NOTICES.iter().any(|n| starts_ci(t, n))
}

/// The quick test for [`is_page_matter`]: the first two bytes or the last
/// (a credit's bracket, a caption's button) tell most lines apart: `Im`,
/// `Il`, `Ph`, `Pi`, `Re`, `Sh`, `Ho`, `Cr`, `Do`. Inlined always: the
/// patterns nested as clippy writes them (`(b'h' | b'd', b'o')`) cost
/// 0.05% more.
#[allow(clippy::inline_always, clippy::unnested_or_patterns)]
#[inline(always)]
fn may_be_page_matter(t: &str) -> bool {
    match t.as_bytes() {
        [a, b, ..] => {
            matches!(
                (a | 0x20, b | 0x20),
                (b'i', b'm' | b'l')
                    | (b'p', b'h' | b'i')
                    | (b's', b'h')
                    | (b'r', b'e')
                    | (b'h', b'o')
                    | (b'c', b'r')
                    | (b'd', b'o')
                    // (`[image]`: the case bit makes `[` a `{`)
                    | (b'{', b'i')
            ) || matches!(t.as_bytes().last(), Some(b')' | b'L'))
        }
        _ => false,
    }
}

/// Whether the trimmed line `t` is page furniture a story copied from a web
/// page keeps over its text: the reading time (`3 min read`, `5 Minute Read`)
/// or the audio player's label, perhaps with its length (`Listen to this
/// article`, `Listen to this story · 4 min`, `Listen`); or a photo's
/// caption or credit, the share buttons' labels or the page's topics
/// ([`is_page_matter`]).
fn is_furniture(t: &str) -> bool {
    if may_be_page_matter(t) && is_page_matter(t) {
        return true;
    }
    // a photo's label alone (`Representative Image`, `File photo`) or the
    // BBC's note where its video player stood, told by their lengths and
    // first letters first
    if matches!(t.len(), 10 | 20 | 22 | 44 | 46 | 47)
        && matches!(first_lower(t), b'f' | b'm' | b'r')
        && LABELS_ALONE.iter().any(|l| t.eq_ignore_ascii_case(l))
    {
        return true;
    }
    // a web address alone (`https://…`, `www.…`, a site's domain)
    if matches!(t.as_bytes().first(), Some(b'a'..=b'z')) && is_web_address(t) {
        return true;
    }
    // a text browser's link under its reference number, short (`#[1]Site
    // RSS feed`, `[2]Skip to main content`)
    if matches!(t.as_bytes(), [b'#', b'[', ..] | [b'[', b'0'..=b'9', ..]) && is_link_reference(t) {
        return true;
    }
    // (a release service's lines open in capitals or a slash; an address
    // to the desks ends in a colon: most lines opening `T` or `A` do not)
    let release = match t.as_bytes().first() {
        Some(b'T' | b'A') => t.ends_with(':') || t.starts_with("AsiaNet "),
        Some(b'D' | b'E' | b'N' | b'O' | b'P' | b'/') => true,
        _ => false,
    };
    if release && is_release_furniture(t) {
        return true;
    }
    if t.len() > MAX_FURNITURE {
        return false;
    }
    // the words a line may hold after its opening: a length in minutes
    let length = |rest: &str| {
        rest.split_whitespace().all(|w| {
            !w.bytes().any(|b| b.is_ascii_alphabetic())
                || MINUTES.iter().any(|m| m.eq_ignore_ascii_case(w))
        })
    };
    if t.len() <= MAX_PAGE_CONTROL && is_page_control(t) {
        return true;
    }
    match first_lower(t) {
        b'0'..=b'9' => is_reading_time(t) || is_word_count(t),
        b'(' => is_word_count(t),
        // a dump's label alone over its story: `TEXT:`, `Body:`, `content:`
        b'b' | b'c' | b's' | b't' if t.len() <= MAX_STORY_LABEL && t.ends_with(':') => {
            STORY_LABELS.iter().any(|l| l.eq_ignore_ascii_case(t))
        }
        // a page's category over the headline: `Category: Corporate news`
        b'c' => starts_ci(t, "category:") || starts_ci(t, "categories:"),
        b'k' => starts_ci(t, "keywords:") || starts_ci(t, "keyword:"),
        // a science release's type under its headline (`Peer-Reviewed
        // Publication`, `Grant and Award`)
        b'a' | b'b' | b'f' | b'm' | b'n' => is_release_type(t),
        // (or a grant's in its long form: `Grant and Award Announcement`)
        b'g' => is_release_type(t) || t.eq_ignore_ascii_case(GRANT_ANNOUNCEMENT),
        // (or Politico's audio player: `Press play to listen to this
        // article` over `Voiced by artificial intelligence.`)
        b'p' => {
            is_release_type(t) || t.eq_ignore_ascii_case("press play to listen to this article")
        }
        b'v' => t
            .trim_end_matches('.')
            .eq_ignore_ascii_case("voiced by artificial intelligence"),
        // (and CNA's, under `Listen to this article`; or a page's count of
        // its readers, gCaptain's `Total Views: 5,711`)
        b't' => {
            t.trim_end_matches('.')
                .eq_ignore_ascii_case("this audio is generated by an ai tool")
                || crate::text::strip_prefix_ci(t, "total views:")
                    .map(str::trim_start)
                    .is_some_and(|n| {
                        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b',')
                    })
        }
        // (or a reading time after its label: `Reading Time: 2 mins read`,
        // NDTV's `Read Time: 2 mins`; the WHO's with its words' count,
        // `Reading time: 3 min (779 words)`)
        b'r' => {
            is_release_type(t)
                || ["reading time:", "read time:"]
                    .iter()
                    .find_map(|p| crate::text::strip_prefix_ci(t, p))
                    .map(str::trim_start)
                    .map(|rest| {
                        rest.rfind(" (")
                            .filter(|&at| rest.get(at + 1..).is_some_and(is_word_count))
                            .and_then(|at| rest.get(..at))
                            .unwrap_or(rest)
                    })
                    .is_some_and(|rest| {
                        is_reading_time(rest)
                            || (rest.starts_with(|c: char| c.is_ascii_digit()) && length(rest))
                    })
        }
        b'l' => LISTEN
            .iter()
            .find(|p| starts_ci(t, p))
            .and_then(|p| t.get(p.len()..))
            .is_some_and(length),
        b'i' => is_section_and_date(t),
        _ => false,
    }
}

/// Whether the trimmed line `t` names the section a story is in and its
/// date, as Hellenic Shipping News prints them under the headline (`in Port
/// News 03/03/2026`, `in Dry Bulk Market 17/09/2024`): `in`, capitalised
/// words, and a date in figures and slashes, `dd/mm/yyyy` (the line's
/// length bounded by the caller).
fn is_section_and_date(t: &str) -> bool {
    let Some((section, date)) = t.strip_prefix("in ").and_then(|r| r.rsplit_once(' ')) else {
        return false;
    };
    let mut parts = date.split('/');
    let dated = matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(d), Some(m), Some(y), None) if figures(d, &[2]) && figures(m, &[2]) && figures(y, &[4])
    );
    dated
        && section
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// The most bytes of a release service's line over the release
/// ([`is_release_furniture`]).
const MAX_RELEASE_LINE: usize = 160;

/// Whether the trimmed line `t` is a release service's line over a
/// release: its address to the desks (`TO BUSINESS AND FINANCIAL
/// EDITORS:`, `ATTENTION HEALTH EDITORS:`), a distribution notice (`NOT FOR
/// DISTRIBUTION TO U.S. NEWSWIRE SERVICES …`, in slashes too), the
/// service's credit (`Press Release from: Acme`, `Press Release Distributed
/// by 24-7 Press Release`, `Press Release - updated: Nov 4, 2026`), EQS's
/// and DGAP's issuer and keywords line (`EQS-News: Acme AG / Key word(s):
/// Quarterly`), or a service's number (`AsiaNet 0815562`, APA-OTS's
/// `OTS0114 2026-11-11/10:32`).
#[inline(never)]
fn is_release_furniture(t: &str) -> bool {
    if t.len() > MAX_RELEASE_LINE {
        return false;
    }
    let digits_after = |prefix: &str| {
        t.strip_prefix(prefix)
            .map(str::trim_start)
            .is_some_and(|r| r.bytes().next().is_some_and(|b| b.is_ascii_digit()))
    };
    match t.as_bytes().first() {
        Some(b'T' | b'A') => {
            t.ends_with("EDITORS:")
                || t.ends_with("EDITOR:")
                || t.ends_with("Editors:")
                || digits_after("AsiaNet ")
        }
        Some(b'N' | b'/') => {
            let t = t.strip_prefix('/').unwrap_or(t);
            // (a notice names where it must not go: `… U.S. NEWSWIRE
            // SERVICES OR FOR DISSEMINATION IN THE UNITED STATES`)
            (starts_ci(t, "not for distribution to ")
                || starts_ci(t, "not for release, publication or distribution"))
                && (t.contains("NEWSWIRE") || t.contains("UNITED STATES") || t.contains("newswire"))
        }
        Some(b'P') => [
            "press release from:",
            "press release distributed by ",
            "press release - updated:",
        ]
        .iter()
        .any(|p| starts_ci(t, p)),
        Some(b'E' | b'D') => {
            ["EQS-", "DGAP-"].iter().any(|p| t.starts_with(p))
                && t.split_once(": ")
                    .is_some_and(|(_, rest)| rest.contains(" / "))
        }
        Some(b'O') => t
            .strip_prefix("OTS")
            .is_some_and(|r| r.bytes().take_while(u8::is_ascii_digit).count() == 4),
        _ => false,
    }
}

/// Whether the trimmed line `t` is a wire's word count over the story,
/// alone on its line: `(153 words)`, `612 words`.
fn is_word_count(t: &str) -> bool {
    let inner = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(t);
    let digits = inner
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    (1..=6).contains(&digits)
        && inner
            .get(digits..)
            .is_some_and(|w| w.eq_ignore_ascii_case(" words"))
}

/// The labels of a page's controls that a copied story keeps as lines of
/// their own (any ASCII case): the text size buttons, print, save, follow
/// (the South China Morning Post's `+ FOLLOW` under the author's name),
/// subscribe, the comments' link, an ad's label (`Advertisement`, `SKIP
/// ADVERTISEMENT`, `Supported by`), a summary's label (`In summary`, as
/// a California news site prints it; the Daily Monitor's `What you need to
/// know:`), the share bar's buttons a line each
/// (AP's `Copy` / `Link copied` / `Email` / `Facebook` / `X` / `Reddit`) and
/// their label (`Share:`, Law360's `Share us on:`), a panel's `Close`, a
/// video player's label run onto its button (Xinhua's `Video
/// PlayerClose`), the button under a picture's caption that opens it
/// whole (a science news service's `view more`), a release wire's link to
/// report a release (Cision's `Report this content`), a release site's `Share
/// Article`, a college athletics site's `Box Score`, a station group's
/// `Editorial Standards ⓘ`, PBS' `Leave your feedback` and `Copy URL`
/// (Rappler's `Copied` under it), NBC News' `Share & Save —`, an
/// author's and a story's links (the National
/// Catholic Reporter's `View Author Profile`, `Email to a friend`, `Join
/// the Conversation`), a paywall's badge (the Jakarta Post's `PREMIUM`, a
/// business journal's `Subscriber content`); and a byline's or a stamp's
/// label parted from its value (`By` / `Ann Poe`, `Published on` / `July
/// 25, 2026`).
const PAGE_CONTROLS: [&str; 76] = [
    "+ follow",
    "+text size",
    "a a",
    "a+ a-",
    "a+a-",
    "aa",
    "advertisement",
    "article by",
    "back to news",
    "back to newsroom",
    "bookmark",
    "box score",
    "by",
    "close",
    "comments",
    "copied",
    "copy",
    "copy link",
    "copy url",
    "download",
    "download pdf",
    "editorial standards",
    "editorial standards ⓘ",
    "email",
    "email to a friend",
    "embed",
    "facebook",
    "follow",
    "follow us",
    "font size",
    "full story",
    "gift article",
    "gift this article",
    "in summary",
    "in this article:",
    "japanese version",
    "join the conversation",
    "leave your feedback",
    "link copied",
    "linkedin",
    "more by this author",
    "pinterest",
    "playlist",
    "posted on",
    "premium",
    "preview",
    "print",
    "print friendly version",
    "published on",
    "read in app",
    "reddit",
    "reply",
    "report this content",
    "save",
    "share & save —",
    "share article",
    "share full article",
    "share us on:",
    "share/save",
    "share:",
    "skip advertisement",
    "story links",
    "subscribe",
    "subscriber content",
    "subscriber only",
    "supported by",
    "text size",
    "transcript",
    "tumblr",
    "twitter",
    "video playerclose",
    "view author profile",
    "view more",
    "what you need to know:",
    "whatsapp",
    "x",
];

/// A video player's label alone, in lower case as written
/// ([`is_page_control`]).
const PLAYER_LABEL: &str = "video";

/// [`PAGE_CONTROLS`] by label, built at compile time (a row costs nothing
/// more to look up).
static PAGE_CONTROLS_INDEX: crate::tables::Index<256> = crate::tables::Index::new(&PAGE_CONTROLS);

/// How the lines open that a copy of a story carries over it, in ASCII
/// lower case: a print view's (`Print this page`, `Printed from …`,
/// `Article printed from …: https://…`, `URL to article: …`), a reader
/// app's (`SmartNews · Top`, `Flipboard`, `Flipped by … into …`, `Flipped
/// into … by …`, `NewsBreak Original`), a blog's (Medium's `Member-only
/// story` and `Published in …`, `Posted in News`), a reprint's
/// (`Republished from …`, `Reprinted from …`), a newsletter's mail (`View
/// this post on the web at …`, `Having trouble viewing this email?`).
const COPY_LINES: [&str; 25] = [
    "article printed from ",
    "flipboard",
    "flipped by ",
    "flipped into ",
    "having trouble viewing this email",
    "member-only story",
    "newsbreak",
    "posted in ",
    "print this article",
    "print this page",
    "print this story",
    "printed from",
    "printer-friendly version",
    "published in ",
    // (Medium's, the publication on the line under it)
    "published in\n",
    "published in\r",
    "reprinted from ",
    "reprinted with permission",
    "republished from ",
    "republished with permission",
    "smartnews",
    "source url: ",
    "the wayback machine - ",
    "url to article: ",
    "view this post on the web at ",
];

/// The quick test for [`is_copy_line`], inlined where it is asked: the
/// first two bytes of one of [`COPY_LINES`] (a capital first; five of
/// `NewsBreak`, as many lines open `New`; three of `Having` and four of
/// `View`, as many open `Ha` and `Vi`), or of `×`.
/// Inlined always: as a call of its own it cost 0.05% more.
#[allow(clippy::inline_always)]
#[inline(always)]
pub(crate) fn may_be_copy_line(t: &str) -> bool {
    matches!(
        t.as_bytes(),
        [b'A', b'r', ..]
            | [b'F', b'l', ..]
            | [b'H', b'a', b'v', ..]
            | [b'V', b'i', b'e', b'w', ..]
            | [b'M' | b'R', b'e', ..]
            | [b'N', b'e', b'w', b's', b'B', ..]
            | [b'P', b'o' | b'r' | b'u', ..]
            | [b'S', b'a' | b'm' | b'o', ..]
            | [b'U', b'R', ..]
            | [b'T', b'h', b'e', b' ', b'W', b'a', ..]
            | [0xC3, 0x97, ..]
    )
}

/// Whether `t` is a page's number for its story: a label whose last word
/// is `ID` (in any ASCII case), or the Navy's `Story Number`, a colon, and
/// a code of letters, figures and dashes (Tasnim's `News ID: 3190412`,
/// `Article ID: 88123`, `Story ID: A-1207`, `Story Number: NNS160412-07`;
/// not a deck's `How to get your ID: 5 steps for 2026`). The parser asks
/// it of lines ending in a figure only.
pub(crate) fn is_id_line(t: &str) -> bool {
    let Some((label, code)) = t.split_once(':') else {
        return false;
    };
    let code = code.trim();
    let last = label.rsplit(' ').next().unwrap_or(label);
    (last.eq_ignore_ascii_case("id") || label.eq_ignore_ascii_case("story number"))
        && !code.is_empty()
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The labels a copy of a story sets before its address, or the site's:
/// a read-later app's (`Saved from npr.org`; a headline may open `Saved
/// from eviction, …`), a print view's (`Source: https://…`), a page's
/// close button (`×  example.com`).
const ADDRESS_LABELS: [&str; 3] = ["Saved from ", "Source: ", "\u{d7}"];

/// Whether the trimmed header line `t` is one a copy of the story carries
/// over it ([`COPY_LINES`], or an address after one of
/// [`ADDRESS_LABELS`]; a close button's `×` alone): furniture. Out of
/// line: the parser asks it of header lines that pass
/// [`may_be_copy_line`].
#[inline(never)]
pub(crate) fn is_copy_line(t: &str) -> bool {
    t == "\u{d7}"
        || COPY_LINES.iter().any(|p| starts_ci(t, p))
        || ADDRESS_LABELS.iter().any(|l| {
            t.strip_prefix(l)
                .is_some_and(|rest| is_web_address(crate::text::trim(rest)))
        })
}

/// A time stamp's labels in the other languages the date grammar reads,
/// as pages print them (ASCII case aside): `Publié le 3 décembre 2026 à
/// 10h12`, `Stand: 03.12.2026 10:12 Uhr`, `Actualizado: 03/12/2026`.
const FOREIGN_STAMP_LABELS: [&str; 19] = [
    "Actualizado",
    "Aggiornato",
    "Aktualisiert",
    "Aktualizacja",
    "Atualizado",
    "Bijgewerkt",
    "Gepubliceerd",
    "Güncelleme",
    "Mis à jour",
    "Modifié",
    "Opublikowano",
    "Publicado",
    "Publié",
    "Pubblicato",
    "Stand",
    "Veröffentlicht",
    "Yayınlanma",
    "Обновлено",
    "Опубликовано",
];

/// The small words between a foreign stamp's dates and times, in ASCII
/// lower case: `à`, `às`, `alle`, `um`, `om`, `op`, `le`, `il`, `em`,
/// `de`, the second label's words (`mis à jour le`, `modifié le`), `Uhr`
/// and `uur` after the time ([`is_foreign_stamp`]).
const FOREIGN_STAMP_WORDS: [&str; 29] = [
    "a",
    "actualizado",
    "aggiornato",
    "aktualisiert",
    "alle",
    "am",
    "as",
    "atualizado",
    "bijgewerkt",
    "da",
    "de",
    "del",
    "do",
    "el",
    "em",
    "il",
    "jour",
    "le",
    "mis",
    "modifié",
    "modificado",
    "om",
    "op",
    "ore",
    "uhr",
    "um",
    "uur",
    "à",
    "às",
];

/// Whether `t` is one of [`FOREIGN_STAMP_LABELS`], in any ASCII case.
pub(crate) fn is_foreign_stamp_label(t: &str) -> bool {
    FOREIGN_STAMP_LABELS
        .iter()
        .any(|l| l.eq_ignore_ascii_case(t))
}

/// The quick test for [`is_foreign_stamp`], inlined where it is asked: the
/// first four bytes of one of [`FOREIGN_STAMP_LABELS`] (two of a Cyrillic
/// capital `О`; `Mis ` with its space).
#[allow(clippy::inline_always)]
#[inline(always)]
pub(crate) fn may_be_foreign_stamp(t: &str) -> bool {
    matches!(
        t.as_bytes(),
        [b'A', b'c' | b'k', b't', b'u', ..]
            | [b'A', b'g', b'g', b'i', ..]
            | [b'A', b't', b'u', b'a', ..]
            | [b'B', b'i', b'j', b'g', ..]
            | [b'G', b'e', b'p', b'u', ..]
            | [b'G', 0xC3, 0xBC, b'n', ..]
            | [b'M', b'i', b's', b' ', ..]
            | [b'M', b'o', b'd', b'i', ..]
            | [b'O', b'p', b'u', b'b', ..]
            | [b'P', b'u', b'b', b'b' | b'l', ..]
            | [b'S', b't', b'a', b'n', ..]
            | [b'V', b'e', b'r', 0xC3, ..]
            | [b'Y', b'a', b'y', 0xC4, ..]
            | [0xD0, 0x9E, ..]
    )
}

/// Whether the trimmed header line `t` is a time stamp in another language
/// the date grammar reads: one of [`FOREIGN_STAMP_LABELS`] (a colon after
/// it, or `le`, `am`, `em`, `il`, `op` and the like), then dates and times
/// alone, in figures (`03.12.2026`, `15/01/2026`, `10h12`, `20:02`) or with
/// a month's name (`3 décembre 2026`, `22.jun.2026`), with
/// [`FOREIGN_STAMP_WORDS`] and zones between them. Out of line: the parser
/// asks it of header lines that pass [`may_be_foreign_stamp`].
#[inline(never)]
pub(crate) fn is_foreign_stamp(t: &str) -> bool {
    let Some(rest) = FOREIGN_STAMP_LABELS.iter().find_map(|l| {
        t.get(..l.len())
            .filter(|h| h.eq_ignore_ascii_case(l))
            .and_then(|_| t.get(l.len()..))
    }) else {
        return false;
    };
    has_digit(rest) && foreign_stamp_words(rest)
}

/// Whether the trimmed header line `t`, which opens with a figure, is a
/// date (and time) in another language the date grammar reads, with no
/// label: `03.12.2026, 10.12 Uhr`, `22.jun.2026 às 20h10`, `15 gennaio
/// 2026 alle 07:58`, `14.27 uur`: [`foreign_stamp_words`], with a date
/// among them, a month's name or figures parted by `.` or `/` (a player's
/// `00:00` is none; a time with a period reads as one too). Out of line:
/// asked of header lines opening with a figure that read as no other
/// stamp.
#[inline(never)]
pub(crate) fn is_foreign_date_time(t: &str) -> bool {
    has_date_word(t) && foreign_stamp_words(t)
}

/// How a journal's citation of a news story, or the story's DOI, opens on
/// its line over the story ([`is_journal_citation`]).
const JOURNAL_CITATIONS: [&str; 8] = [
    "Cite this as: ",
    "DOI: 10.",
    "DOI: http",
    "doi: 10.",
    "doi: http",
    "http://dx.doi.org/",
    "https://doi.org/",
    "https://dx.doi.org/",
];

/// Whether the trimmed header line `t`, ending in a figure, is a page's
/// number for the story ([`is_id_line`]) or a journal's citation of it
/// ([`is_journal_citation`]).
pub(crate) fn is_id_or_citation(t: &str) -> bool {
    is_id_line(t) || is_journal_citation(t)
}

/// Whether the trimmed header line `t` is a journal's citation of a news
/// story, as the BMJ and the Lancet print them around its headline: the
/// citation or the DOI (`Cite this as: BMJ 2025;390:r1422`, `DOI:
/// https://doi.org/10.1016/…`, one of [`JOURNAL_CITATIONS`] first; the
/// Department of the Interior's `DOI: new rules for 2026` is none), the
/// issue's volume and number (`World Report | Volume 405, Issue 10487,
/// P1290, April 12, 2025`), or the site's name and volume
/// (`www.thelancet.com Vol 407 January 31, 2026`). Out of line: asked of
/// header lines ending in a figure that read as no stamp.
#[inline(never)]
fn is_journal_citation(t: &str) -> bool {
    JOURNAL_CITATIONS.iter().any(|c| t.starts_with(c))
        || memchr::memmem::find(t.as_bytes(), b"Volume ")
            .and_then(|at| t.get(at..))
            .is_some_and(|volume| volume.contains(", Issue "))
        || (t.starts_with("www.") && t.contains(" Vol "))
}

/// The most bytes of an issuer's name after a stamp and a bar
/// ([`is_foreign_stamp_and_issuer`]).
const MAX_STAMP_ISSUER: usize = 48;

/// The most bytes of a word in lower case inside an issuer's name after a
/// stamp (`van`, `und`, `voor`; [`is_foreign_stamp_and_issuer`]).
const MAX_NAME_PARTICLE: usize = 4;

/// Whether the trimmed header line `t`, which opens with a figure, is a
/// date and time in another language, then a bar and the issuer's name,
/// as the Dutch release wire ANP Pers Support prints them over the title
/// (`3 mrt 2026, 09:30 | Waterschap Rivierenland`): the stamp before the
/// bar with a month's name ([`is_foreign_date_time`]; a date in figures,
/// as in `2/22/2026 3:45 PM | Ann Poe`, is left to the author's rules),
/// the name after it capitalised and short, a release's label no issuer.
/// Out of line: asked of header lines opening with a figure that read as
/// no other stamp.
#[inline(never)]
pub(crate) fn is_foreign_stamp_and_issuer(t: &str) -> bool {
    let Some((stamp, issuer)) = t.split_once(" | ") else {
        return false;
    };
    issuer.len() <= MAX_STAMP_ISSUER
        && issuer.starts_with(|c: char| c.is_uppercase())
        // (its words capitalised but for short particles, `Ministerie van
        // Financiën`; a desk's words are not: `News releases and
        // statements`)
        && issuer
            .split(' ')
            .all(|w| w.len() <= MAX_NAME_PARTICLE || w.starts_with(|c: char| c.is_uppercase()))
        // (a release's label after the bar is the WHO's own line:
        // `10 April 2024 | News release`)
        && crate::grammar::headline::release_label(issuer).is_none()
        && stamp.split([' ', ',']).any(month_word)
        && is_foreign_date_time(stamp)
}

/// Whether the trimmed header line `t` is a date in figures glued to a
/// stamp in words, as DW's pages copy their date twice (`05/30/2026May 30,
/// 2026`): `dd/dd/dddd`, then a stamp ([`is_date_stamp`]) opening with a
/// capital (the two dates are not compared). Out of line: asked of header
/// lines opening with a figure that read as no other stamp.
#[inline(never)]
pub(crate) fn is_doubled_stamp(t: &str) -> bool {
    let (Some(date), Some(words)) = (t.get(..10), t.get(10..)) else {
        return false;
    };
    // (figures but at the two slashes)
    let in_figures = date.bytes().enumerate().all(|(k, b)| {
        if k == 2 || k == 5 {
            b == b'/'
        } else {
            b.is_ascii_digit()
        }
    });
    in_figures && words.starts_with(|c: char| c.is_ascii_uppercase()) && is_date_stamp(words)
}

/// Whether a word of `t` is a date's: a month's name in a language the
/// grammar reads, or figures parted by `.` or `/` (`03.12.2026`).
fn has_date_word(t: &str) -> bool {
    t.split_whitespace().any(|w| {
        let w = w.trim_matches([',', ';', '|']);
        month_word(w.trim_end_matches('.'))
            || w.split(['.', '/']).filter(|p| !p.is_empty()).count() >= 2
    })
}

/// The quick test for [`is_foreign_weekday_stamp`], inlined where it is
/// asked: the first four bytes of a capitalised weekday's name in Spanish,
/// Portuguese, French, German, Italian or Dutch.
#[allow(clippy::inline_always)]
#[inline(always)]
pub(crate) fn may_be_foreign_weekday(t: &str) -> bool {
    matches!(
        t.as_bytes(),
        [b'D', b'i', b'e' | b'm' | b'n', b's' | b'a', ..]
            | [b'D', b'o', b'm' | b'n', b'e' | b'i' | b'd' | b'n', ..]
            | [b'F', b'r', b'e', b'i', ..]
            | [b'G', b'i', b'o', b'v', ..]
            | [b'J', b'e' | b'u', b'u' | b'e', b'd' | b'v', ..]
            | [b'L', b'u', b'n', b'd' | b'e', ..]
            | [b'M', b'a', b'a' | b'r', b'n' | b'd' | b't', ..]
            | [b'M', b'e', b'r', b'c', ..]
            | [b'M', b'i', 0xC3 | b't', 0xA9 | b't', ..]
            | [b'M', b'o', b'n', b't', ..]
            | [b'Q', b'u', b'a' | b'i', b'r' | b'n', ..]
            | [b'S', b'a', b'b' | b'm', b'a' | b'e' | b's', ..]
            | [b'S', 0xC3, 0xA1, b'b', ..]
            | [b'S', b'e', b'g' | b'x', b'u' | b't', ..]
            | [b'S', b'o', b'n', b'n', ..]
            | [b'T', b'e', b'r', 0xC3, ..]
            | [b'V', b'e' | b'i', b'n' | b'e', b'd' | b'e' | b'r', ..]
            | [b'V', b'r', b'i', b'j', ..]
            | [b'W', b'o', b'e', b'n', ..]
            | [b'Z', b'a' | b'o', b't' | b'n', b'e' | b'd', ..]
    )
}

/// Whether the trimmed header line `t` is a time stamp in another language
/// that opens with the weekday's name, as Spanish, Portuguese and other
/// pages print them: `Martes, 8 de septiembre de 2026 - 10:12`,
/// `Quinta-feira, 3 de dezembro de 2026`, `Donnerstag, 03.12.2026, 10:12
/// Uhr`; the rest a date's and time's words ([`foreign_stamp_words`]) with a
/// date among them (a headline opening with a weekday has other words:
/// `Martes negro en la bolsa`, `Lunes 3 de marzo, el día que …`). Out of
/// line: the parser asks it of header lines that pass
/// [`may_be_foreign_weekday`].
#[inline(never)]
pub(crate) fn is_foreign_weekday_stamp(t: &str) -> bool {
    let (day, rest) = t.split_once([' ', ',']).unwrap_or((t, ""));
    crate::tables::months::foreign_weekday(day) && has_date_word(rest) && foreign_stamp_words(rest)
}

/// Whether every word of `rest` is a date's or a time's, a month's name,
/// a zone or one of [`FOREIGN_STAMP_WORDS`] ([`is_foreign_stamp`]).
fn foreign_stamp_words(rest: &str) -> bool {
    let figures = |w: &str| {
        w.split(['.', '/', '-', ':', 'h'])
            .all(|p| p.bytes().all(|b| b.is_ascii_digit()) || month_word(p))
    };
    rest.split_whitespace().all(|w| {
        let w = w.trim_matches([',', ';', ':', '|', '(', ')']);
        w.is_empty()
            || figures(w)
            || month_word(w.trim_end_matches('.'))
            || crate::tables::months::foreign_weekday(w)
            || super::date::is_zone(w)
            || FOREIGN_STAMP_WORDS
                .iter()
                .any(|f| f.eq_ignore_ascii_case(w))
    })
}

/// Whether `w` is a month's name in any language the grammar reads.
fn month_word(w: &str) -> bool {
    crate::tables::months::month(w).is_some() || crate::tables::months::foreign_month(w).is_some()
}

/// Whether the trimmed line `t` is a page's label over its writers' names,
/// `Author` or `Authors` (The Conversation's), `Author of the article:`
/// (Postmedia's), in any ASCII case: furniture of the header's.
pub(crate) fn is_author_label(t: &str) -> bool {
    match t.len() {
        6 | 7 => {
            t.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("author"))
                && matches!(t.as_bytes().get(6), None | Some(b's' | b'S'))
        }
        22 => t.eq_ignore_ascii_case("author of the article:"),
        _ => false,
    }
}

/// Whether the trimmed line `t` is one of a police or fire department's
/// release fields, its label and value over the headline (`Released by:
/// Capt. Ann Poe`, `Location: 4100 block of Main Street`, `Units: E2, L4`;
/// the label in any ASCII case): furniture of the header's.
pub(crate) fn is_release_field(t: &str) -> bool {
    // (the labels by their first letter: most lines stop there)
    let labels: &[&str] = match first_lower(t) {
        b'a' => &["address", "agencies", "arrested"],
        b'c' => &["charges"],
        b'd' => &["date/time"],
        b'i' => &[
            "incident location",
            "incident type",
            "investigating officer",
        ],
        b'l' => &["location"],
        b'o' => &["occurred"],
        b'p' => &["prepared by"],
        b'r' => &["released by", "reporting officer"],
        b's' => &["suspect"],
        b'u' => &["units", "units responding"],
        _ => return false,
    };
    // (the colon's place first, then the label's words)
    labels.iter().any(|label| {
        t.as_bytes().get(label.len()) == Some(&b':')
            && crate::text::strip_prefix_ci(t, label).is_some_and(|rest| rest.starts_with(": "))
    })
}

/// The types a science news service gives its releases, printed under
/// the headline, and the line a newswire's page prints over the issuer's
/// name (`News provided by`), in any ASCII case ([`is_furniture`]).
const RELEASE_TYPES: [&str; 9] = [
    "announcement",
    "book announcement",
    "business announcement",
    "feature story",
    "grant and award",
    "meeting announcement",
    "news provided by",
    "peer-reviewed publication",
    "reports and proceedings",
];

/// A grant's release type in its long form, under the headline as the
/// shorter types are ([`is_furniture`]).
const GRANT_ANNOUNCEMENT: &str = "grant and award announcement";

/// Whether the trimmed line `t` is a science release's type alone
/// ([`RELEASE_TYPES`]): `Peer-Reviewed Publication`, `Grant and Award`;
/// or a newswire's `News provided by` over the issuer's name.
pub(crate) fn is_release_type(t: &str) -> bool {
    // (their lengths: most lines asked are longer)
    (12..=25).contains(&t.len()) && RELEASE_TYPES.iter().any(|r| r.eq_ignore_ascii_case(t))
}

/// The labels a research dump prints alone on the line over its story, in
/// lower case ([`is_furniture`]).
const STORY_LABELS: [&str; 4] = ["body:", "content:", "story:", "text:"];

/// The longest of [`STORY_LABELS`], in bytes.
const MAX_STORY_LABEL: usize = 8;

/// The longest line [`is_page_control`] reads: `Download PDF (179 KB)`.
const MAX_PAGE_CONTROL: usize = 24;

/// The controls a page prints over its story, at its top, in any ASCII
/// case ([`is_navigation`]).
const PAGE_TOP_CONTROLS: [&str; 11] = [
    "log in",
    "menu",
    "open in app",
    "search",
    "sections",
    "sign in",
    "sign up",
    "skip to content",
    "skip to main content",
    "subscribe",
    "write",
];

/// The longest line [`is_menu`] reads.
const MAX_MENU: usize = 160;
/// The fewest items of a menu ([`is_menu`]).
const MIN_MENU_ITEMS: usize = 4;
/// The longest item of a menu, in bytes ([`is_menu`]).
const MAX_MENU_ITEM: usize = 24;

/// Whether the trimmed line `t` is a page's menu copied as text: at least
/// [`MIN_MENU_ITEMS`] short items (up to three words, a capital in the
/// first, no clause's end; a digit in at most a quarter of them) parted by
/// ` | ` or by two spaces or more: `Home | News | Sport | Weather`, `World
/// U.S.  Politics  Sports` with two spaces between. A line with neither
/// separator is read no further.
fn is_menu(t: &str) -> bool {
    let barred = memchr::memchr(b'|', t.as_bytes()).is_some();
    if !barred && DOUBLE_SPACE.find(t.as_bytes()).is_none() {
        return is_word_menu(t);
    }
    // an item's first word has a capital (`News`, `iPlayer`, `e-Edition`),
    // and it ends as no clause does (`U.S.` but not `the vote passed.`)
    let item = |i: &str| {
        let i = i.trim();
        let first = i.split(' ').next().unwrap_or(i);
        !i.is_empty()
            && i.len() <= MAX_MENU_ITEM
            && i.split(' ').count() <= 3
            && first.chars().any(char::is_uppercase)
            && !i.ends_with([',', ';', ':', '?', '!'])
            && !(i.ends_with('.') && i.contains(' '))
    };
    // items and those with a digit (`Formula 1`, `Radio 4`): a few in a menu,
    // most in a line of scores or prices (`Leeds 2  Hull 1  Derby 0  York 3`)
    let count = |items: &mut dyn Iterator<Item = &str>| {
        let (mut n, mut numbered) = (0, 0);
        for i in items {
            if !item(i) {
                return (0, 0);
            }
            n += 1;
            numbered += usize::from(i.bytes().any(|b| b.is_ascii_digit()));
        }
        (n, numbered)
    };
    let (n, numbered) = if barred {
        count(&mut t.split('|'))
    } else {
        count(&mut t.split("  ").filter(|i| !i.trim().is_empty()))
    };
    // (a share bar's buttons are none: [`is_share_bar`])
    n >= MIN_MENU_ITEMS && numbered * 4 <= n && !is_share_bar(t)
}

/// Whether the trimmed line `t` is a site's name and section, or a section
/// and its subsection, parted by a bar, as pages print them over the
/// headline (`The Valley Sentinel | Nation & State`, `News | Crime and
/// Public Safety`): two items of up to five words, each opening with a
/// capital and ending no clause. A page's title with its site's name is
/// none (`Storm Batters Coast | Example News`: three words or more, then a
/// name ending in a paper's word, [`super::byline::is_role_word`]); a short
/// title with a site's name reads as a bar all the same, and the caller
/// asks whether a headline stands under it.
pub(crate) fn is_site_bar(t: &str) -> bool {
    let Some((a, b)) = split_bar_once(t) else {
        return false;
    };
    let item = |i: &str| {
        i.starts_with(char::is_uppercase)
            && i.split(' ').nth(5).is_none()
            && !i.ends_with(['.', ',', ';', ':', '?', '!', '|'])
    };
    let title_and_site = || {
        a.split(' ').nth(2).is_some()
            && b.rsplit(' ')
                .next()
                .is_some_and(super::byline::is_role_word)
    };
    !b.contains('|') && item(a) && item(b) && !title_and_site()
}

/// The fewest words of a menu copied with one space between its items
/// ([`is_word_menu`]).
const MIN_WORD_MENU: usize = 5;

/// Whether the trimmed line `t` is a menu copied with one space between its
/// items (`News Sports Weather Classifieds Cars Homes Jobs`, `World Business
/// Markets Sustainability Legal Technology`, a text browser's `[2]Home
/// [3]News [4]Sports …`): [`MIN_WORD_MENU`] words or
/// more, each capitalised with no sign but a period, a hyphen or `&`, and
/// half of them or more a section's name from the kickers' table (`News`,
/// `Sports`, `Business`). A headline in title case has small words and few
/// sections' names.
fn is_word_menu(t: &str) -> bool {
    // one pass for the shape before any look-up: most lines asked are
    // sentences and headlines, turned away at a word in lower case
    let mut n = 0;
    for w in t.split(' ').map(unnumbered) {
        let shaped = w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '&'));
        if !shaped {
            return false;
        }
        n += 1;
    }
    n >= MIN_WORD_MENU
        && t.split(' ')
            .map(unnumbered)
            .filter(|w| crate::tables::words::is_kicker(w))
            .count()
            * 2
            >= n
}

/// The word `w` after a text browser's number for its link, as Lynx
/// prints a menu (`[2]Home`: `Home`); `w` whole with none.
fn unnumbered(w: &str) -> &str {
    w.strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(w, |(_, item)| item)
}

/// Two spaces, for [`is_menu`]; built once (see [`CONTRIBUTED`]).
static DOUBLE_SPACE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("  "));

/// Whether the trimmed line `t` is a page's navigation copied as text: a
/// menu ([`is_menu`]) or a control over the story (`Skip to content`, `Sign
/// in`, `Open in app`).
pub(crate) fn is_navigation(t: &str) -> bool {
    // (a short line may be a menu too: `UK | US | EU | Asia`)
    (t.len() <= MAX_PAGE_TOP_CONTROL
        && (is_page_control(t) || PAGE_TOP_CONTROLS.iter().any(|c| c.eq_ignore_ascii_case(t))))
        || (t.len() <= MAX_MENU && is_menu(t))
        || (t.len() <= MAX_CONTROL_LINE && (is_controls_line(t) || is_weather_widget(t)))
}

/// Whether the trimmed line `t` is a page's weather widget: a place or
/// `Weather` in capitalised words, then a temperature in digits and a
/// degree sign (`Toledo, OH 37°`, `Knoxville, TN 45°F`, `Weather 30°C`).
fn is_weather_widget(t: &str) -> bool {
    let t = t
        .strip_suffix('F')
        .or_else(|| t.strip_suffix('C'))
        .unwrap_or(t);
    t.strip_suffix('°').is_some_and(|rest| {
        let place = rest.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = rest.len() - place.len();
        // (a place or `Weather` before it: capitalised words, no clause)
        digits > 0
            && !place.trim().is_empty()
            && place
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    })
}

/// The longest line of controls alone ([`is_controls_line`]), in bytes.
const MAX_CONTROL_LINE: usize = 48;

/// The words of a page's controls over the story, in lower case.
const CONTROL_WORDS: [&str; 42] = [
    "accessibility",
    "account",
    "alerts",
    "app",
    "content",
    "create",
    "download",
    "e-edition",
    "e-paper",
    "epaper",
    "help",
    "in",
    "index",
    "live",
    "log",
    "login",
    "mail",
    "main",
    "menu",
    "my",
    "navigation",
    "newsletter",
    "newsletters",
    "now",
    "our",
    "paper",
    "query",
    "register",
    "search",
    "shop",
    "sign",
    "site",
    "skip",
    "subscribe",
    "support",
    "the",
    "to",
    "today's",
    "trending",
    "up",
    "us",
    "watch",
];

/// [`CONTROL_WORDS`] by word, built at compile time.
static CONTROL_WORDS_INDEX: crate::tables::Index<128> = crate::tables::Index::new(&CONTROL_WORDS);

/// Whether the trimmed line `t` is a page's controls run together, two
/// words or more, each a control's ([`CONTROL_WORDS`]), parted by spaces
/// or bars: `E-Paper Subscribe Login`, `SUBSCRIBE NOW | LOG IN`, `Menu
/// Search`, `Skip to navigation`.
fn is_controls_line(t: &str) -> bool {
    let mut words = t.split([' ', '|', '\u{b7}']).filter(|w| !w.is_empty());
    let known = |w: &str| CONTROL_WORDS_INDEX.get(&CONTROL_WORDS, |c| c, w).is_some();
    // (two controls' words may run together where the page's links met:
    // the New York Times' `Skip to contentSkip to site index`)
    let control = |w: &str| known(w) || run_together(w).is_some_and(|(a, b)| known(a) && known(b));
    // (the first word first: most lines asked open with no control's)
    words.next().is_some_and(control) && {
        let mut n = 1;
        words.all(|w| {
            n += 1;
            control(w)
        }) && n >= 2
    }
}

/// `w` parted before its first capital after its first letter
/// (`contentSkip`).
fn run_together(w: &str) -> Option<(&str, &str)> {
    let bytes = w.as_bytes();
    let at = bytes
        .windows(2)
        .position(|p| matches!(p, [_, b] if b.is_ascii_uppercase()))?;
    Some((w.get(..=at)?, w.get(at + 1..)?))
}

/// The longest of [`PAGE_TOP_CONTROLS`], in bytes, and the longest line
/// [`is_navigation`] reads as a control alone; a menu is longer. Longer
/// rows of [`PAGE_CONTROLS`] (`Print friendly version`, `What you need to
/// know:`) are read by [`is_page_control_line`] only.
pub(crate) const MAX_PAGE_TOP_CONTROL: usize = 20;

/// Whether the trimmed line `t` is one of [`PAGE_CONTROLS`] (after an
/// arrow: `‹ Back to news`; a file's size after it: `Download PDF (179
/// KB)`), or the comments' link with their count (`Comments (48)`).
fn is_page_control(t: &str) -> bool {
    let t = t
        .strip_prefix(['‹', '«', '←', '<'])
        .map_or(t, str::trim_start);
    let t = t
        .strip_suffix(" KB)")
        .or_else(|| t.strip_suffix(" MB)"))
        .and_then(|r| r.rsplit_once(" ("))
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        .map_or(t, |(label, _)| label);
    let count = t
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once(" ("))
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map(|(label, _)| label);
    match count {
        Some(label) => label.eq_ignore_ascii_case("comments"),
        None => {
            PAGE_CONTROLS_INDEX.get(&PAGE_CONTROLS, |c| c, t).is_some()
                || (t.as_bytes().last().is_some_and(u8::is_ascii_digit) && is_counted_follow(t))
                // (a player's label in lower case, as Fox Business prints it
                // under its `close` button; a menu's `Video` is an item)
                || t == PLAYER_LABEL
        }
    }
}

/// Whether `t` is a subscribe or follow button with its count after blank
/// space, as DVIDS prints it under the unit's name (`Subscribe\t14`,
/// `Follow 2,310`). Out of line: asked only of a line ending in a figure
/// (inline, it cost 0.09% more).
#[inline(never)]
fn is_counted_follow(t: &str) -> bool {
    t.rsplit_once([' ', '\t']).is_some_and(|(label, count)| {
        let label = label.trim_end();
        (label.eq_ignore_ascii_case("subscribe") || label.eq_ignore_ascii_case("follow"))
            && !count.is_empty()
            && count.bytes().all(|b| b.is_ascii_digit() || b == b',')
    })
}

/// Whether `t` is a time stamp with a count after a dash and a page
/// template's unfilled field last (`{{…}}`), as a page copied before its
/// scripts ran prints its stamp and views: the Daily Mirror's `21
/// September 2026 06:10 pm - 3     - {{hitsCtrl.values.hits}}`.
fn is_counted_stamp(t: &str) -> bool {
    let Some(open) = t.rfind("{{") else {
        return false;
    };
    // (the stamp's rules read the count and the dashes around it)
    t.get(..open)
        .is_some_and(|rest| is_time_stamp(rest.trim_end()))
}

/// Whether the trimmed header line `t` is a time stamp with a site's marks
/// around it, each told by its last byte first: a views' count and a
/// template's unfilled field after it ([`is_counted_stamp`]), or a
/// section's name before it ([`is_section_clock_stamp`]), or a desk's
/// name and `Materials` before it ([`is_desk_materials_stamp`]), or a
/// company's name and its release's kind before it
/// ([`is_release_header_stamp`]).
#[inline]
pub(crate) fn is_site_stamp(t: &str) -> bool {
    match t.as_bytes().last() {
        Some(b'}') => t.ends_with("}}") && is_counted_stamp(t),
        Some(b'0'..=b'9') => is_section_clock_stamp(t),
        Some(b')') => is_desk_materials_stamp(t),
        Some(b'T') => is_release_header_stamp(t),
        _ => false,
    }
}

/// Whether the trimmed line `t` is a Nordic listed company's release
/// header: its name, the release's kind and the time stamp, parted by
/// runs of spaces or by commas (`Lappeen Kemi Plc, Inside information, 5
/// February 2026 at 8:30 EET`, `POHJOLA RAKENNUS GROUP PLC   STOCK
/// EXCHANGE RELEASE   18 NOVEMBER 2025 AT 8.00 A.M. EET`). The kind is
/// one of the kickers' table; the stamp ends in its zone. Out of line:
/// asked only of a line ending in a capital `T`.
#[inline(never)]
fn is_release_header_stamp(t: &str) -> bool {
    let parted = |sep: &str| {
        let mut parts = t.split(sep).map(str::trim).filter(|p| !p.is_empty());
        match (parts.next(), parts.next(), parts.next()) {
            (Some(name), Some(kind), Some(stamp)) => {
                name.split(' ').count() <= MAX_ISSUER_NAME_WORDS
                    && crate::tables::words::is_kicker(kind)
                    && is_time_stamp(stamp)
            }
            _ => false,
        }
    };
    parted("  ") || parted(", ")
}

/// The most words of a company's name in its release header
/// ([`is_release_header_stamp`]).
const MAX_ISSUER_NAME_WORDS: usize = 6;

/// Whether the header line `t`, opening with `F`, `O` or a figure, is a
/// stamp told by its opening: its label (the Welsh Government's `First
/// published: 28 November 2026`, `ReliefWeb`'s `Originally published: 11
/// Jan 2026`, [`is_first_published`]; The Marshall Project's `Filed 6:00
/// a.m. EST`, [`is_filed_stamp`]) or its date with a team after a bar
/// ([`is_stamp_and_team`]). Out of line: asked only of lines opening so.
#[inline(never)]
pub(crate) fn is_opening_stamp(t: &str) -> bool {
    match t.as_bytes().first() {
        Some(b'0'..=b'9') => is_stamp_and_team(t),
        _ => is_first_published(t) || is_filed_stamp(t),
    }
}

/// Whether the trimmed line `t` is a time stamp and, after a bar, the
/// team's name, as college athletics sites print the stamp under the
/// headline (`2/28/2026 6:10:00 PM | Softball`, `3/1/2026 | Men's
/// Basketball`): one word, or two after a possessive, of at most
/// [`MAX_STAMP_SECTION`] bytes (a person's name after the bar is the
/// author's: `2/22/2026 3:45:00 PM | Ann Poe`).
fn is_stamp_and_team(t: &str) -> bool {
    t.rsplit_once(" | ").is_some_and(|(stamp, team)| {
        let team_name = match team.split_once(' ') {
            None => team.starts_with(char::is_uppercase),
            Some((whose, sport)) => {
                crate::text::is_possessive(whose)
                    && sport.starts_with(char::is_uppercase)
                    && !sport.contains(' ')
            }
        };
        team.len() <= MAX_STAMP_SECTION && team_name && is_date_stamp(stamp)
    })
}

/// The most bytes of a section's name before a clock
/// ([`is_section_clock_stamp`]), of a team's after a stamp and a bar
/// ([`is_stamp_and_team`]), or of an agency's name before its stamp
/// ([`is_agency_stamp`]).
const MAX_STAMP_SECTION: usize = 24;

/// Whether the trimmed line `t` is a section's name, a clock and a date,
/// as Yonhap's site prints its stamp under the headline (`All News 15:02
/// March 03, 2026`, `North Korea 09:41 March 03, 2026`): up to three
/// capitalised words of at most [`MAX_STAMP_SECTION`] bytes, then a stamp
/// opening with a clock (`15:02`), which the stamp's rules read
/// ([`is_foreign_date_time`], the clock before the date). A line
/// ending in a year is asked, so the first figure is looked for once.
fn is_section_clock_stamp(t: &str) -> bool {
    let bytes = t.as_bytes();
    let Some(at) = bytes
        .iter()
        .take(MAX_STAMP_SECTION + 2)
        .position(u8::is_ascii_digit)
    else {
        return false;
    };
    // (a clock after the name: two figures, a colon, two figures)
    let digits = |from: usize| {
        bytes
            .get(from..from + 2)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let clock = digits(at) && bytes.get(at + 2) == Some(&b':') && digits(at + 3);
    let (Some(name), Some(stamp)) = (t.get(..at), t.get(at..)) else {
        return false;
    };
    let name = name.trim_end();
    if !clock {
        return is_agency_stamp(t);
    }
    name.split(' ').count() <= 3
        && name
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && (is_foreign_date_time(stamp) || is_time_stamp(stamp))
}

/// Whether the trimmed line `t` is a known agency's name, a space and a
/// time stamp, as `VietnamPlus` credits its stories over the stamp (`VNA
/// Friday, January 09, 2026 - 08:30`), perhaps with a bulletin's number
/// between ([`bulletin_number`]): the agency's credit line, no byline; a wire's transmission line is none (`ANSA  28/11/2026  09:40`,
/// [`is_transmission_line`]: furniture). Out of line: asked only of a line
/// ending in a figure with no clock after its first words.
#[inline(never)]
fn is_agency_stamp(t: &str) -> bool {
    t.split_once(' ').is_some_and(|(name, stamp)| {
        name.len() <= MAX_STAMP_SECTION
            && crate::tables::agencies::is_agency(name)
            && is_time_stamp(bulletin_number(stamp).unwrap_or(stamp))
    }) && !is_transmission_line(t)
}

/// The most figures of a bulletin's number ([`bulletin_number`]).
const MAX_BULLETIN_NUMBER: usize = 2;

/// `stamp` after the bulletin's number and its colon that open it, as
/// PACNEWS numbers its day's bulletins between its name and their date
/// (`PACNEWS 1: Tue 03 Mar 2026`): the stamp after them.
fn bulletin_number(stamp: &str) -> Option<&str> {
    let figures = stamp.bytes().take_while(u8::is_ascii_digit).count();
    (1..=MAX_BULLETIN_NUMBER)
        .contains(&figures)
        .then(|| stamp.get(figures..)?.strip_prefix(": "))
        .flatten()
}

/// Whether the trimmed line `t` is a stamp's label alone over its date,
/// as the BBC prints it (`Published` / `28 May 2026`, `Updated`), or with
/// a colon, `on` before it too, as the New Indian Express does (`Updated
/// on:` / `03 Mar 2026, 8:41 am`, `Last updated:`), in any ASCII case;
/// told by its length and first byte first.
// measured: with `#[inline]` alone it stayed a call from the parser's
// header test (+0.04% of parse's instructions)
#[allow(clippy::inline_always)]
#[inline(always)]
pub(crate) fn is_stamp_label(t: &str) -> bool {
    matches!(t.len(), 7..=MAX_STAMP_LABEL)
        && matches!(
            t.as_bytes().first(),
            Some(b'U' | b'u' | b'P' | b'p' | b'L' | b'l')
        )
        && stamp_label(t)
}

/// The most bytes of a stamp's label alone ([`is_stamp_label`]): `Last
/// updated on:`.
const MAX_STAMP_LABEL: usize = 16;

/// [`is_stamp_label`] past its quick tests.
#[inline(never)]
fn stamp_label(t: &str) -> bool {
    let t = t
        .strip_suffix(':')
        .map_or(t, |t| t.strip_suffix(" on").unwrap_or(t));
    STAMP_OPENERS.iter().any(|w| t.eq_ignore_ascii_case(w))
}

/// The longest logo's line [`is_logo_line`] reads, in bytes.
const MAX_LOGO_LINE: usize = 120;

/// The endings of pictures' file names a text browser prints in brackets
/// where a page shows them ([`is_logo_line`]).
const IMAGE_FILES: [&str; 6] = [".gif", ".jpeg", ".jpg", ".png", ".svg", ".webp"];

/// Whether the trimmed line `t` is a logo's text left over the headline
/// where a release's page showed the picture: its name and `logo`, perhaps
/// with the picture's credit in brackets (`Pallas Cyber logo`, `Kestrel
/// Aerospace logo (PRNewsfoto/Kestrel Aerospace)`), or in square brackets
/// as a filing's text holds the picture's place (`[ACME FOODS LOGO]`) and a
/// text browser its file's name (`[logo.svg]`, `[IMG]`).
pub(crate) fn is_logo_line(t: &str) -> bool {
    // (its last byte first: most lines end otherwise)
    if !matches!(t.as_bytes().last(), Some(b'o' | b'O' | b')' | b']'))
        || t.len() > MAX_LOGO_LINE
        || !is_one_line(t)
    {
        return false;
    }
    let inner = t.strip_prefix('[').and_then(|r| r.strip_suffix(']'));
    // (or a text browser's place for a picture: `[logo.svg]`, `[IMG]`)
    if inner.is_some_and(|i| {
        i.eq_ignore_ascii_case("img")
            || (!i.contains(' ') && IMAGE_FILES.iter().any(|e| crate::text::ends_with_ci(i, e)))
    }) {
        return true;
    }
    let t = inner.unwrap_or(t);
    let head = match t.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((head, _)) => head,
        None => t,
    };
    head.len() > 5
        && head
            .get(head.len() - 5..)
            .is_some_and(|w| w.eq_ignore_ascii_case(" logo"))
}

/// Whether the trimmed line `t` is a filing's label over a release it
/// files as an exhibit, as a company's current report holds its news
/// release: `Exhibit` and a number of up to [`MAX_EXHIBIT_NUMBER`] bytes
/// ending in a figure (`EXHIBIT 99.1`, `Exhibit 99`, `Exhibit A-1`).
pub(crate) fn is_exhibit_label(t: &str) -> bool {
    // (the last byte first: most lines asked end otherwise)
    t.as_bytes().last().is_some_and(u8::is_ascii_digit)
        && t.get(..8)
            .filter(|head| head.eq_ignore_ascii_case("exhibit "))
            .and_then(|_| t.get(8..))
            .is_some_and(|number| number.len() <= MAX_EXHIBIT_NUMBER)
}

/// The most bytes of an exhibit's number ([`is_exhibit_label`]: `99.1`).
const MAX_EXHIBIT_NUMBER: usize = 6;

/// Whether the trimmed line `t` is one of a page's controls alone
/// ([`is_page_control`]): `Share`, `A+A-`, `Text size`.
pub(crate) fn is_page_control_line(t: &str) -> bool {
    t.len() <= MAX_PAGE_CONTROL && is_page_control(t)
}

/// Whether `t` is a page's reading time: `3 min read`, `12-minute read`,
/// `5 mins read`, `3 mins to read`, `2 min Reading time`, the Washington
/// Post's bare `6 min`, or its audio's length, `4-Minute Listen` (any ASCII
/// case).
pub(crate) fn is_reading_time(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let unit = t.get(digits..).unwrap_or("").trim_start_matches([' ', '-']);
    (1..=3).contains(&digits)
        && [
            "min read",
            "mins read",
            "minute read",
            "minutes read",
            "min to read",
            "mins to read",
            "minutes to read",
            // (France 24's order)
            "min reading time",
            "mins reading time",
            // (a broadcaster's audio: NPR's `4-Minute Listen`)
            "minute listen",
            // (the Washington Post's, by a headphones' icon)
            "min",
        ]
        .iter()
        .any(|u| u.eq_ignore_ascii_case(unit))
}

/// The fewest bytes of an agency's notice on using its copy over a story
/// ([`note_over_story`]): more than a headline's, which may open so too.
const MIN_WIRE_NOTICE: usize = 100;

/// [`classify_header`] of a part opening with `t` or `T`: a note on the
/// story over it or under it (a correction's, a republished story's, an
/// old or a developing story's), a stamp told by the day's name, or the
/// AP's notice on using its copy.
#[inline]
fn note_over_story(t: &str) -> Option<TrailerKind> {
    if t.len() >= 400 || !starts_ci(t, "this ") {
        // (the AP's notice on using its copy in its old wire's header,
        // longer than a headline: `The information contained in the AP news
        // report may not be published, …`)
        if t.len() > MIN_WIRE_NOTICE && is_usage_notice(t) {
            return Some(TrailerKind::Copyright);
        }
        // (or a stamp told by the day's name: `Today at 06:30`)
        return is_day_stamp(t).then_some(TrailerKind::Timestamp);
    }
    if CORRECTED.iter().any(|p| starts_ci(t, p)) {
        return Some(TrailerKind::Correction);
    }
    // where a republished story first ran, as a partner's page prints
    // it over the headline: `This story originally appeared in The
    // Texas Tribune.`
    if REPUBLISHED.iter().any(|p| starts_ci(t, p)) {
        return Some(TrailerKind::SourceLine);
    }
    // a page's note on an old story: `This article is more than 1
    // year old`
    if starts_ci(t, "this article is more than ") && t.ends_with(" old") {
        return Some(TrailerKind::Furniture);
    }
    // (a site's note on the summary a machine wrote over the story, as
    // Rappler prints it: `This is AI generated summarization, which may
    // have errors. For context, always refer to the full article.`)
    if starts_ci(t, "this is ai generated summar") {
        return Some(TrailerKind::Furniture);
    }
    DEVELOPING
        .iter()
        .any(|p| starts_ci(t, p))
        .then_some(TrailerKind::EditorsNote)
}

/// The most bytes of a source's name in brackets before a stamp
/// ([`is_credited_stamp`]).
const MAX_STAMP_CREDIT: usize = 40;

/// Whether `t` is a source's name in brackets and a date stamp, as People's
/// Daily prints them under the headline: `(Xinhua) 09:25, October 28,
/// 2025`, `(People's Daily Online) 16:40, February 12, 2026`. The name
/// opens with a capital. Out of line: asked only of a line opening with a
/// bracket that is no note to editors.
#[inline(never)]
fn is_credited_stamp(t: &str) -> bool {
    t.strip_prefix('(')
        .and_then(|r| r.split_once(") "))
        .is_some_and(|(name, stamp)| {
            name.len() <= MAX_STAMP_CREDIT
                && name.starts_with(|c: char| c.is_ascii_uppercase())
                && is_date_stamp(stamp.trim_start())
        })
}

/// The labels an aid agencies' portal prints alone on a line over each of
/// the report's fields under its title, as `ReliefWeb` does (`Format` /
/// `Situation Report`, `Source` / `OCHA`, `Posted` / `3 Mar 2026`), and
/// GOV.UK's `From:` over the department's name, sorted.
const FIELD_LINE_LABELS: [&str; 9] = [
    "Country",
    "Format",
    "From:",
    "Language",
    "Origin",
    "Originally published",
    "Posted",
    "Source",
    "Sources",
];

/// Whether the trimmed line `t` is one of the [`FIELD_LINE_LABELS`]
/// alone, as written there (a capital first, no colon). The parser asks of
/// a header's lines.
pub(crate) fn is_field_line_label(t: &str) -> bool {
    // (the labels' first letters first: most lines open otherwise)
    matches!(
        t.as_bytes().first(),
        Some(b'C' | b'F' | b'L' | b'O' | b'P' | b'S')
    ) && FIELD_LINE_LABELS.binary_search(&t).is_ok()
}

/// Whether the header part `t` is a portal's field: one of the
/// [`FIELD_LINE_LABELS`] alone on the first line and its value on the
/// second, the last (`Format` / `Situation Report`). Out of line: the
/// parser asks only once it has met such a label.
#[inline(never)]
pub(crate) fn is_field_pair(t: &str) -> bool {
    FIELD_LINE_LABELS.iter().any(|label| {
        t.strip_prefix(label)
            .filter(|rest| rest.starts_with(['\n', '\r']))
            .map(crate::text::trim)
            .is_some_and(|value| {
                !value.is_empty() && memchr::memchr2(b'\n', b'\r', value.as_bytes()).is_none()
            })
    })
}

/// How a syndicating portal credits the story's source over it.
const PROVIDED_BY: &str = "\u{a9} Provided by ";

/// Whether `t` is a syndicating portal's credit to the story's source
/// (MSN's `© Provided by USA TODAY`). Out of line: asked only of a line
/// opening with the sign's first byte.
#[inline(never)]
pub(crate) fn is_provided_by(t: &str) -> bool {
    t.starts_with(PROVIDED_BY)
}

/// Whether `t` is Trend's stamp over its headline: the desk's name (up to
/// three words, a capital first) and `Materials`, then a date stamp with
/// its zone in brackets (`Politics Materials 3 March 2026 14:22 (UTC
/// +04:00)`). Out of line: asked only of a header line ending in a bracket
/// ([`is_site_stamp`]).
#[inline(never)]
fn is_desk_materials_stamp(t: &str) -> bool {
    t.split_once(" Materials ").is_some_and(|(desk, stamp)| {
        desk.split(' ').count() <= 3 && desk.starts_with(char::is_uppercase) && is_date_stamp(stamp)
    })
}

/// Editor's notes, corrections, time stamps and page furniture: the trailer
/// kinds that may also stand above the body.
pub(crate) fn classify_header(t: &str) -> Option<TrailerKind> {
    let t = crate::text::trim(t);
    if is_date_stamp(t)
        || (matches!(t.as_bytes().last(), Some(b'o' | b'O')) && is_relative_stamp(t))
    {
        return Some(TrailerKind::Timestamp);
    }
    // (a hyphen third is the quick test: most lines stop there; the
    // archive's line opens in lower case and ends in a digit)
    let slug = match t.as_bytes() {
        [_, _, b'-', ..] => is_wire_slug(t),
        [b'a'..=b'z', .., b'0'..=b'9'] => is_archived_slug(t),
        _ => false,
    };
    // (or a syndicating portal's credit to the story's source, MSN's `©
    // Provided by USA TODAY`)
    if slug {
        return Some(TrailerKind::Furniture);
    }
    if is_furniture(t) {
        return Some(TrailerKind::Furniture);
    }
    // AP's note on a corrected story, over it or under it: `This story has
    // been corrected to show …`; a note that the story is still developing
    if first_lower(t) == b't' {
        return note_over_story(t);
    }
    // each kind below opens with one of these bytes: most paragraphs stop
    // here (the kinds' tests are out of line, so that a new one does not
    // change how this test, asked of every header line, is compiled)
    let first = first_lower(t);
    match first {
        b'e' | b'c' | b'u' | b'p' | b'l' | b'(' => header_note(t, first),
        _ => labelled_stamp(t, first),
    }
}

/// The stamps over the story whose trimmed line `t` opens with `first`
/// (lower-cased), none of [`header_note`]'s: a word or a label before the
/// date, after `a`, `y`, `i`, `m` or `r` (other bytes give none).
fn labelled_stamp(t: &str, first: u8) -> Option<TrailerKind> {
    // New Vision's `Added 7th October 2026 10:42 AM`: a date stamp
    // after the word (`Added 3 new routes` opens a sentence)
    if first == b'a' {
        let added =
            starts_stamp(t, "added") && t.get(6..).is_some_and(|r| is_date_stamp(r.trim_start()));
        return added.then_some(TrailerKind::Timestamp);
    }
    // a stamp told by the day's name: `Yesterday at 6:02 PM`
    if first == b'y' {
        return is_day_stamp(t).then_some(TrailerKind::Timestamp);
    }
    // a stamp whose label needs its colon: `Issued on: 28/11/2026 -
    // 10:45`, `Modified: 28/11/2026 - 12:10` (`Modified crops …` opens
    // a sentence)
    let labelled = matches!(first, b'i' | b'm' | b'r')
        && COLON_STAMP_OPENERS.iter().any(|p| starts_ci(t, p))
        && t.len() < MAX_STAMP_LINE
        && has_digit(t);
    labelled.then_some(TrailerKind::Timestamp)
}

/// The notes, copyrights and stamps over the story whose trimmed line `t`
/// opens with `first` (lower-cased) of `e`, `c`, `u`, `p`, `l` or `(`. Out
/// of line, as [`classify_header`] says.
#[inline(never)]
fn header_note(t: &str, first: u8) -> Option<TrailerKind> {
    if let Some(kind) = update_note(t) {
        return Some(kind);
    }
    // a copyright line over the story: a news service's, `c.2026 N.Y.
    // Times News Service`, `(c) 2026, The Washington Post`, or the AP's old
    // wire's, `Copyright 1994 The Associated Press. All rights reserved.`
    // (a `©` line is left to the export readers, whose headers hold one)
    if matches!(t.as_bytes().first(), Some(b'c' | b'C' | b'(')) && copyright_over_story(t) {
        return Some(TrailerKind::Copyright);
    }
    if starts_ci_quote(t, "editor's note")
        || starts_ci_quote(t, "editors' note")
        || starts_ci_quote(t, "editors note")
    {
        return Some(TrailerKind::EditorsNote);
    }
    // AP's advisory to editors over the story: `Eds: Updates with details.`,
    // the New York Times News Service's in capitals, `EDITORS: This story is
    // for release with photos.` (an advisory's text in mixed case, `Editors:
    // the following stories …`, is a paragraph); a release's embargo (`EMBARGOED UNTIL 00:01 GMT, 24
    // JULY 2025`)
    if starts_ci(t, "eds:")
        || t.starts_with("EDITORS:")
        || (first == b'e' || first == b'u') && is_embargo(t)
    {
        return Some(TrailerKind::EditorsNote);
    }
    // Yonhap's and the news services' notes to editors under the headline:
    // `(ATTN: ADDS details in paras 4-5)`, `(ATTN: Ohio, Iowa)`, `(For use
    // by New York Times News Service clients)`; their advisories in
    // capitals, `(ART ADV)`, `(ADV. FOR SUNDAY, NOV. 30)`, `(EDS: Moved in
    // advance)`
    if first == b'(' && is_bracketed_note(t) {
        return Some(TrailerKind::EditorsNote);
    }
    // People's Daily's source in brackets before its stamp: `(Xinhua)
    // 09:25, October 28, 2025`
    if first == b'(' && is_credited_stamp(t) {
        return Some(TrailerKind::Timestamp);
    }
    if starts_ci(t, "correction")
        && t.get(10..)
            .is_some_and(|r| r.starts_with([':', ' ', '_', '-']))
    {
        return Some(TrailerKind::Correction);
    }
    // Loop News' `Created : 11 June 2025`, its colon after a space (a
    // sentence, `Created in 1998, the fund …`, has none)
    if first == b'c' && starts_ci(t, "created") {
        let date = t
            .get(7..)
            .map(str::trim_start)
            .and_then(|r| r.strip_prefix(':'))
            .map(str::trim_start);
        return date
            .is_some_and(is_date_stamp)
            .then_some(TrailerKind::Timestamp);
    }
    // (the openers' first letters first: most lines open otherwise)
    let opens = |t: &str| STAMP_OPENERS.iter().any(|p| starts_stamp(t, p));
    if !matches!(first, b'u' | b'p' | b'l') || !opens(t) {
        return None;
    }
    // a blog's byline with its date: `Posted by Ann Poe on March 23,
    // 2026`, `Posted on March 23, 2026 by Ann Poe`
    if first_lower(t) == b'p' && t.contains(" by ") {
        return None;
    }
    // (characters, not bytes: `Updated October 17, 2026 — 9.34am, first
    // published October 17, 2026 — 5.00am` has dashes of three bytes)
    let stamp = |t: &str| t.chars().nth(MAX_STAMP_LINE - 1).is_none() && has_digit(t);
    // or two, parted by a bar: `PUBLISHED: November 28, 2026 at 10:45 AM
    // MST | UPDATED: November 28, 2026 at 12:10 PM MST`
    let two = || split_bar_once(t).is_some_and(|(a, b)| stamp(a) && opens(b) && stamp(b));
    (stamp(t) || two()).then_some(TrailerKind::Timestamp)
}

/// How a release's embargo line opens, in any case.
const EMBARGO_OPENERS: [&str; 8] = [
    "embargoed until ",
    "embargoed till ",
    "embargoed to ",
    "embargoed: ",
    "embargo: ",
    "under embargo until ",
    // (a journal's: `EMBARGOED FOR RELEASE: 11 A.M. ET, FRIDAY, SEPTEMBER 5,
    // 2025`)
    "embargoed for release: ",
    "embargoed for release until ",
];

/// The longest line read as an embargo.
const MAX_EMBARGO: usize = 120;

/// Whether the trimmed line `t` is a gallery's count of its pictures after
/// `word`, in any case, as a page copied with its pictures keeps it over
/// the caption (`Image 1 of 4`, `Photo 3 of 12`): figures, `of` and figures.
fn gallery_count(t: &str, word: &str) -> bool {
    let figures = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    if !starts_ci(t, word) {
        return false;
    }
    let mut words = t.get(word.len()..).unwrap_or("").split(' ');
    match (words.next(), words.next(), words.next(), words.next()) {
        (Some(n), Some(of), Some(m), None) => {
            figures(n) && of.eq_ignore_ascii_case("of") && figures(m)
        }
        _ => false,
    }
}

/// Whether the trimmed line `t` is a release's embargo: `EMBARGOED UNTIL
/// 00:01 GMT, 24 JULY 2025`, `Embargo: 10:00 CET, 3 March 2026`: a clock
/// time or a month's name in it (`Embargoed goods were seized`, `Embargoed
/// until 2027, files stay shut` open sentences).
fn is_embargo(t: &str) -> bool {
    let timed = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        crate::tables::months::month(w).is_some()
            || w.split_once([':', '.']).is_some_and(|(h, m)| {
                (1..=2).contains(&h.len())
                    && m.len() == 2
                    && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
            })
    };
    t.len() <= MAX_EMBARGO
        && EMBARGO_OPENERS.iter().any(|p| starts_ci(t, p))
        && t.split(' ').any(timed)
}

/// `t` parted at its first ` | `, found by its `|` (a string pattern's
/// search would set up a searcher for each line asked).
fn split_bar_once(t: &str) -> Option<(&str, &str)> {
    let at = memchr::memchr(b'|', t.as_bytes())?;
    let (a, b) = (t.get(..at)?, t.get(at + 1..)?);
    Some((a.strip_suffix(' ')?, b.strip_prefix(' ')?))
}

/// The longest line read as a `Published …` or `Updated …` stamp, in
/// characters.
const MAX_STAMP_LINE: usize = 80;

/// Whether the line `t` is one of AP's slug lines ([`is_wire_slug`]),
/// whose cycle code and desk read like a place and a separator
/// (`BC-US--Storms-Midwest`).
#[inline(never)]
pub(crate) fn is_slug_line(t: &str) -> bool {
    let t = crate::text::trim(t);
    t.as_bytes().get(2) == Some(&b'-') && is_wire_slug(t)
}

/// The longest wire slug line, in bytes.
const MAX_SLUG: usize = 80;

/// The longest line [`is_wire_control`] reads.
const MAX_WIRE_CONTROL: usize = 32;

/// Whether the trimmed line `t` is a wire's transmission matter over a
/// story: the start and end of a message (`ZCZC`, `NNNN`), a message's
/// line in teletype copy ([`is_message_line`]: `UPI 147`), a priority
/// (`PRI:1`, `PRIORITY: 2`), or an agency's slug of codes in capitals joined
/// by hyphens (`AGERPRES-SPO-ROM`, `XINHUA-SPO-SOU`: the agency, the desk
/// and the country), with no space; or lines of these (`PRI:1` / `ZCZC`).
/// Asked of the header's parts only, not of every paragraph a trailer may
/// open, as [`classify_header`] is.
pub(crate) fn is_wire_control(t: &str) -> bool {
    // (two capitals first, or a capital and a colon: most headlines stop
    // here; or a teletype's end mark alone, `=`, under the byline)
    if !matches!(t.as_bytes(), [b'A'..=b'Z', b'A'..=b'Z' | b':', ..]) {
        return t == "=";
    }
    // and no space after the first word but a colon's (`PRIORITY: 2`): a
    // headline in capitals stops here
    let gap = t.bytes().position(|b| matches!(b, b' ' | b'\n' | b'\r'));
    if gap.is_some_and(|at| {
        t.as_bytes().get(at) == Some(&b' ') && t.as_bytes().get(at.wrapping_sub(1)) != Some(&b':')
    }) {
        return is_message_line(t) || is_service_line(t);
    }
    let mut rest = t;
    loop {
        // (the line's end looked for among its first bytes only: a longer
        // line is none)
        let end = rest
            .as_bytes()
            .iter()
            .take(MAX_WIRE_CONTROL + 1)
            .position(|&b| matches!(b, b'\n' | b'\r'))
            .unwrap_or(rest.len());
        let (Some(line), Some(after)) = (rest.get(..end), rest.get(end..)) else {
            return false;
        };
        if !is_control_line(crate::text::trim(line)) {
            return false;
        }
        rest = after.trim_start_matches(['\n', '\r']);
        if rest.is_empty() {
            return true;
        }
    }
}

/// The longest line [`is_service_line`] reads, in bytes.
const MAX_AGENCY_SERVICE_LINE: usize = 64;

/// Whether the trimmed line `t` is an agency's line naming its English
/// service over the story, as the Nordic agencies' wires head their copy
/// (`NTB ENGLISH SERVICE 28.08.2025 07:41`, `ANP ENGLISH`, `TT NEWS AGENCY
/// — ENGLISH`): a known agency's name, then `ENGLISH` among the service's
/// words in capitals (`NEWS`, `SERVICE`, `AGENCY`, a dash) and the figures
/// of a stamp, if any.
fn is_service_line(t: &str) -> bool {
    // (its last byte first, `ENGLISH`'s or a stamp's figure: most lines in
    // capitals end otherwise)
    if t.len() > MAX_AGENCY_SERVICE_LINE || !matches!(t.as_bytes().last(), Some(b'H' | b'0'..=b'9'))
    {
        return false;
    }
    let mut words = t.split_whitespace();
    let mut english = false;
    words.next().is_some_and(crate::tables::agencies::is_agency)
        && words.all(|w| {
            english |= w == "ENGLISH";
            matches!(
                w,
                "ENGLISH" | "NEWS" | "SERVICE" | "AGENCY" | "\u{2014}" | "\u{2013}" | "-"
            ) || w.starts_with(|c: char| c.is_ascii_digit())
        })
        && english
}

/// Whether the trimmed line `t`, of words parted by single spaces, is a
/// wire's message line over a story in teletype copy: `ZCZC` and the
/// message's number (`ZCZC AFP0318`), an agency's name and the number
/// (`UPI 147`, `CP 0512`; the wire's letter may open it, `UPI A84`), or the
/// number and a priority's figure opening codes in capitals (`RTR1204 3
/// ECONOMICS EUROPE-GAS`, `AFP0214 4 I 0398 AFP /AFP-UB72`), at most
/// [`MAX_WIRE_CONTROL`] bytes.
fn is_message_line(t: &str) -> bool {
    // (a line break fails each word's test)
    if t.len() > MAX_WIRE_CONTROL {
        return false;
    }
    let mut words = t.split(' ');
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    // a message's number: capitals, then three to five figures
    let number = |w: &str| {
        let letters = w.bytes().take_while(u8::is_ascii_uppercase).count();
        (3..=5).contains(&(w.len() - letters))
            && w.bytes().skip(letters).all(|b| b.is_ascii_digit())
    };
    let figures = |w: &str| (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let code = |w: &str| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'-' | b'/'))
    };
    match (first, words.next()) {
        ("ZCZC", None) => number(second),
        // (the wire's letter may open the number: `UPI A84`, `UP N126`)
        (_, None)
            if figures(second)
                || (second.starts_with(|c: char| c.is_ascii_uppercase())
                    && figures(second.get(1..).unwrap_or(""))) =>
        {
            crate::tables::agencies::is_agency(first)
        }
        // (a priority's figure after the number: a headline in capitals
        // may open with a model's number, `A380 JETS GROUNDED`)
        _ => {
            number(first)
                && (1..=2).contains(&second.len())
                && second.bytes().all(|b| b.is_ascii_digit())
                && t.split(' ').skip(2).all(code)
        }
    }
}

/// The words of the trimmed line `t` inside an ANPA wire's line codes, as
/// byte offsets into `t`: a caret opening the line and a `<` or `=` closing
/// it (`^Storm nears coast<`, `^By ANN POE=`), as the codes stand in wire
/// copy stored raw, each header line (the slug, the headline, an editor's
/// note, the byline and its role) between them. The quick test is the
/// first byte.
pub(crate) fn caret_line(t: &str) -> Option<(usize, usize)> {
    let inner = t.strip_prefix('^')?;
    let inner = inner
        .strip_suffix('<')
        .or_else(|| inner.strip_suffix('='))?;
    Some((1, 1 + inner.len()))
}

/// The words of the trimmed line `t` after an ANPA wire's opening caret,
/// as some archives keep the codes, the closing one dropped (`^By ANN
/// POE`): [`caret_line`]'s, with no `<` or `=` needed. The parser reads a
/// line so only among two or more such lines.
pub(crate) fn open_caret_line(t: &str) -> Option<(usize, usize)> {
    let inner = t.strip_prefix('^')?;
    (!inner.trim().is_empty()).then_some((1, t.len()))
}

/// Whether the trimmed line `t` is one of [`is_wire_control`]'s lines.
fn is_control_line(t: &str) -> bool {
    let bytes = t.as_bytes();
    if t.len() > MAX_WIRE_CONTROL || !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    if matches!(t, "ZCZC" | "NNNN") {
        return true;
    }
    let priority = t
        .strip_prefix("PRIORITY:")
        .or_else(|| t.strip_prefix("PRI:"))
        .map(|r| r.trim_start_matches(' '));
    if let Some(level) = priority {
        return level.len() == 1 && level.bytes().all(|b| b.is_ascii_digit());
    }
    // codes: two hyphens or more, each between two letters or digits (not
    // after a news service's cycle code: its `BC-BUDGET-VOTE-NYT` names a
    // story that has no other headline)
    if matches!(
        bytes,
        [b'B', b'C', b'-', ..] | [b'A' | b'P', b'M', b'-', ..]
    ) {
        return false;
    }
    let mut hyphens = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'A'..=b'Z' | b'0'..=b'9' => {}
            b'-' => {
                let next = bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
                if i < 2 || !next {
                    return false;
                }
                hyphens += 1;
            }
            _ => return false,
        }
    }
    hyphens >= 2
}

/// The longest line [`is_transmission_line`] reads, in bytes.
const MAX_TRANSMISSION: usize = 80;

/// Whether the trimmed line `t` is one a wire's terminal prints over a
/// story it receives, outside the story: the message's header, the agency's
/// code and the time it was sent (`AAP  281412 NOV 26`, `YONHAP  2026/11/28
/// 16:41 KST`, `RTRS  28-NOV-2026 14:12:05  [nL8N3QX0A2]  PRIORITY: 2`,
/// Bloomberg's with its first word, `BN  11/27 09:14 *FED HOLDS RATES`); a
/// message's number alone (`i0184`, `V0419`, PTI's desk and count `DEL27`,
/// `ZCZC1288/SXB`); a slug after the AP's priority and category letters (`b
/// i BC-EU--Greece-Earthquake,0102`); a state's or desk's code and a key
/// word in capitals joined by a hyphen (AAP's `NSW-FLOODS`, PTI's
/// `HR-FIRE`); a news service's dated slug (Scripps Howard's `SHNS 05-11-99
/// PARK-FEES`); or an old release service's header, Business Wire's
/// number, date and clocks (`BW0123  MAR 03,1998  9:32 PACIFIC  12:32
/// EASTERN`) or PR Newswire's sending office (`/FROM PR NEWSWIRE CHICAGO
/// 312-922-2275/`). Only the header asks.
#[inline]
pub(crate) fn is_transmission_line(t: &str) -> bool {
    // (asked here, in line, before a call: the first two bytes, a capital
    // and a small letter opening most headlines; a headline in capitals is
    // longer than a code and has no figure after its first word)
    let bytes = t.as_bytes();
    if t.len() > MAX_TRANSMISSION {
        return false;
    }
    match bytes {
        [b'A'..=b'Z', b'A'..=b'Z' | b'0'..=b'9' | b'-', ..] => {
            // (a news service's slug, or Business Wire's message number:
            // `BW0123  MAR 03,1998  9:32 PACIFIC  12:32 EASTERN`)
            let cycle = matches!(
                bytes,
                [b'A' | b'P', b'M', b'-', ..]
                    | [b'B', b'C', b'-', ..]
                    | [b'B', b'W', b'0'..=b'9', ..]
            );
            (t.len() <= MAX_SHORT_CODE || cycle || is_sent(bytes)) && capital_codes(t, cycle)
        }
        // (PR Newswire's sending office: `/FROM PR NEWSWIRE CHICAGO
        // 312-922-2275/`)
        [b'/', b'F', b'R', b'O', b'M', b' ', ..] => t.ends_with('/'),
        [b'a'..=b'z', b'0'..=b'9' | b' ', ..] => small_codes(t),
        _ => false,
    }
}

/// [`is_transmission_line`] of a line opening with a small letter and a
/// figure or a space.
#[inline(never)]
fn small_codes(t: &str) -> bool {
    message_number(t) || coded_slug(t)
}

/// Whether `bytes` open with a word of up to [`MAX_TERMINAL_CODE`] bytes,
/// a space and a figure after the spaces: an agency's code and a time.
fn is_sent(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .take(MAX_TERMINAL_CODE + 1)
        .position(|&b| b == b' ')
        .and_then(|at| bytes.get(at..))
        .and_then(|r| r.iter().find(|&&b| b != b' '))
        .is_some_and(u8::is_ascii_digit)
}

/// [`is_transmission_line`] of a line opening with two capitals (or a
/// capital and a figure or a hyphen), `cycle` when it opens as a news
/// service's slug does (`AM-`, `PM-`, `BC-`).
#[inline(never)]
fn capital_codes(t: &str, cycle: bool) -> bool {
    let short = t.len() <= MAX_SHORT_CODE;
    t.strip_prefix("ZCZC").is_some_and(|r| !r.contains(' '))
        || (short && (message_number(t) || region_slug(t)))
        || terminal_header(t)
        || (cycle && (is_archived_slug(t) || (t.starts_with("BW") && t.ends_with(" EASTERN"))))
}

/// The longest message number or region's slug [`is_transmission_line`]
/// reads, in bytes.
const MAX_SHORT_CODE: usize = 24;

/// The longest agency's code in a terminal's header, in bytes.
const MAX_TERMINAL_CODE: usize = 8;

/// Whether `t` is a message's number alone: one letter and four figures
/// (`i0184`, `V0419`), or three capitals and two to four figures (`DEL27`).
fn message_number(t: &str) -> bool {
    let letters = t.bytes().take_while(u8::is_ascii_alphabetic).count();
    let figures = t.len() - letters;
    let all_figures = t
        .get(letters..)
        .is_some_and(|r| r.bytes().all(|b| b.is_ascii_digit()));
    all_figures
        && match letters {
            1 => figures == 4,
            3 => (2..=4).contains(&figures) && t.bytes().take(3).all(|b| b.is_ascii_uppercase()),
            _ => false,
        }
}

/// Whether `t` is a terminal's message header: an agency's code in two to
/// eight capitals, then the time it was sent (a figure first, and a clock
/// or the day, hour and minute as six figures among the words: `281412`,
/// `14:12:05`; a date with them, `28-NOV-2026`, `2026/11/28`), with only
/// codes after it: short words in capitals (`NOV`, `JST`), a bracketed
/// code, a priority; or a date in figures and the story's slug last
/// (`SHNS 05-11-99 PARK-FEES`). A place and a date alone are a dateline
/// (`LONDON 1996-08-30`).
fn terminal_header(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let Some(code) = words.next() else {
        return false;
    };
    if !(2..=MAX_TERMINAL_CODE).contains(&code.len())
        || !code.bytes().all(|b| b.is_ascii_uppercase())
    {
        return false;
    }
    let mut timed = false;
    let mut first = true;
    let mut dated = false;
    for w in words {
        let lead = w.as_bytes().first().copied().unwrap_or(b' ');
        if first && !lead.is_ascii_digit() {
            return false;
        }
        // (a news service's slug after the date, last: Scripps Howard's
        // `SHNS 05-11-99 PARK-FEES`)
        if dated && is_dated_slug(w) {
            return t.ends_with(w);
        }
        dated = first && is_short_date(w);
        first = false;
        // (Bloomberg's first word after the time: `BN  11/27 09:14 *FED'S
        // KESSLING SAYS …`)
        if lead == b'*' && timed {
            return true;
        }
        let ok = if lead.is_ascii_digit() {
            let run = w.bytes().take_while(u8::is_ascii_digit).count();
            // (a clock's colon, or the day, hour and minute run together:
            // a date alone is a dateline's, `LONDON 1996-08-30`)
            timed |= run >= 6 || w.contains(':');
            w.bytes().all(|b| {
                b.is_ascii_digit()
                    || b.is_ascii_uppercase()
                    || matches!(b, b':' | b'-' | b'/' | b'.')
            })
        } else {
            (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_uppercase()))
                || (w.starts_with('[') && w.ends_with(']'))
                || matches!(w, "PRIORITY:" | "PRI:")
                || crate::grammar::headline::is_priority_line(w)
        };
        if !ok {
            return false;
        }
    }
    timed
}

/// Whether the word `w` is a date in figures parted by hyphens, month, day
/// and year (`05-11-99`, `05-11-1999`), as a news service's slug line
/// dates the story ([`terminal_header`]).
fn is_short_date(w: &str) -> bool {
    let mut parts = w.split('-');
    let (Some(m), Some(d), Some(y), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    figures(m, &[1, 2]) && figures(d, &[1, 2]) && figures(y, &[2, 4])
}

/// Whether `p` is figures alone, as many as one of `lengths` (a date's
/// parts: [`is_short_date`], [`is_section_and_date`]).
fn figures(p: &str, lengths: &[usize]) -> bool {
    lengths.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the word `w` is a story's slug in capitals, its key words
/// joined by hyphens (`PARK-FEES`, `CN-HALLOWEEN-COLUMN`), as a news
/// service's slug line prints it after the date ([`terminal_header`]).
fn is_dated_slug(w: &str) -> bool {
    w.len() >= 3
        && w.contains('-')
        && w.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        && w.starts_with(|c: char| c.is_ascii_uppercase())
}

/// The most bytes of a release's line of desks ([`is_desk_routing`]).
const MAX_DESK_ROUTING: usize = 80;

/// Whether the trimmed line `t` names the business desks a release is
/// sent to, as Business Wire prints them under its headline (`Business
/// Editors`, `Business Editors/High-Tech Writers`, `Business/Financial
/// Editors`, `Business and Health Editors`): `Business` first, then
/// capitalised words parted by spaces or slashes (`and` too), ending in
/// `Editors` or `Writers`, in capitals too. (A staff's line under
/// the names, `Staff Writers`, opens otherwise.)
#[inline]
pub(crate) fn is_desk_routing(t: &str) -> bool {
    // (the second and third bytes first, in line: most lines opening with
    // `B` stop there)
    matches!(t.as_bytes(), [_, b'u' | b'U', b's' | b'S', ..]) && desk_routing(t)
}

/// [`is_desk_routing`] past its test of the first bytes; out of line.
#[inline(never)]
fn desk_routing(t: &str) -> bool {
    if !(t.starts_with("Business") || t.starts_with("BUSINESS")) || t.len() > MAX_DESK_ROUTING {
        return false;
    }
    let desks = ["Editors", "Writers", "EDITORS", "WRITERS"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .is_some_and(|head| head.ends_with([' ', '/']));
    desks
        && t.split([' ', '/'])
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) || w == "and")
}

/// Whether `t` is the AP's priority and category letters (one to three
/// short codes in small letters) before a slug of its cycles (`b i
/// BC-EU--Greece-Earthquake,0102`, `f a BC-US--Supreme Court-Tariffs,0042`).
fn coded_slug(t: &str) -> bool {
    for (codes, w) in t.split(' ').enumerate() {
        let cycle = matches!(
            w.as_bytes(),
            [b'B', b'C', b'-', _, ..] | [b'A' | b'P', b'M', b'-', _, ..]
        );
        if cycle {
            return (1..=3).contains(&codes);
        }
        if w.is_empty()
            || w.len() > 6
            || !w
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            return false;
        }
    }
    false
}

/// Whether `t` is a region's or desk's code and a key word in capitals
/// joined by a hyphen, with no space: `NSW-FLOODS`, `HR-FIRE`.
fn region_slug(t: &str) -> bool {
    let Some((code, word)) = t.split_once('-') else {
        return false;
    };
    let caps = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    caps(code) && caps(word)
}

/// The most bytes of a document's symbol ([`is_document_symbol`]).
const MAX_DOCUMENT_SYMBOL: usize = 40;

/// Whether the trimmed line `t` is a document's symbol alone, as the United
/// Nations number their press releases over the title (`SG/SM/23481`,
/// `GA/12689`, `SG/SM/23476-ENV/DEV/2311`): capitals and figures parted by
/// slashes and hyphens, a slash among them and a figure last. Only the
/// header asks.
pub(crate) fn is_document_symbol(t: &str) -> bool {
    t.len() <= MAX_DOCUMENT_SYMBOL
        && t.starts_with(|c: char| c.is_ascii_uppercase())
        && t.ends_with(|c: char| c.is_ascii_digit())
        && t.contains('/')
        && t.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'/' | b'-'))
}

/// The most bytes of a release's number line ([`is_release_number`]).
const MAX_RELEASE_NUMBER: usize = 48;

/// The most words after the label of a release's number line.
const MAX_RELEASE_NUMBER_WORDS: usize = 4;

/// Whether the trimmed line `t` is a release's number alone after `No`, as
/// OPEC prints it under the label (`No 14/2026`, `No. 7/2026`): figures
/// around one slash.
fn numbered_release(t: &str) -> bool {
    let Some(number) = t.strip_prefix("No ").or_else(|| t.strip_prefix("No. ")) else {
        return false;
    };
    number
        .split_once('/')
        .is_some_and(|(n, year)| figures(n, &[1, 2, 3]) && figures(year, &[4]))
}

/// Whether the trimmed line `t` is a release's label with its number or
/// date, as government offices print it over the title (`PRESS RELEASE
/// 26-118`, `Press Release (2026) 161`, `Release Number: R6-26-112`,
/// `Release No. 0247.26`, `Press Release: 27 November 2026`), or a police
/// release's case or incident number (`Case Number: 24-02472`, `Incident
/// #: 26-118`): the label, then up to four words with a figure among them;
/// or NASA's `RELEASE 26-058` (`RELEASE: 24-087`), the number alone. Only
/// the header asks, of lines ending in a figure.
pub(crate) fn is_release_number(t: &str) -> bool {
    // (the label by its first letter: most lines stop there)
    let labels: &[&str] = match first_lower(t) {
        b'p' => &["press release"],
        // (an organisation's numbered release alone, OPEC's `No 14/2026`:
        // figures around a slash)
        b'n' if numbered_release(t) => return true,
        b'n' => &["news release"],
        b'm' => &["media release"],
        b'r' => &["release number", "release no", "release #"],
        b'c' => &["case number", "case no", "case #"],
        b'i' => &["incident number", "incident no", "incident #"],
        _ => return false,
    };
    // NASA's bare `RELEASE 26-058` (`RELEASE: 26-058`): the number alone,
    // figures and hyphens
    let bare = crate::text::strip_prefix_ci(t, "release ")
        .or_else(|| crate::text::strip_prefix_ci(t, "release: "));
    if bare.is_some_and(|number| {
        !number.is_empty()
            && number.len() <= MAX_RELEASE_NUMBER
            && has_digit(number)
            && number.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    }) {
        return true;
    }
    // (the length, a speed gate)
    t.len() <= MAX_RELEASE_NUMBER
        && labels.iter().any(|label| {
            crate::text::strip_prefix_ci(t, label).is_some_and(|rest| {
                let rest = rest.strip_prefix(['.', ':']).unwrap_or(rest);
                rest.starts_with(' ')
                    && has_digit(rest)
                    && rest
                        .split_whitespace()
                        .nth(MAX_RELEASE_NUMBER_WORDS)
                        .is_none()
            })
        })
}

/// The most bytes of a minister's line over a release ([`is_minister_line`]).
const MAX_MINISTER_LINE: usize = 100;

/// Whether the trimmed line `t` names the minister issuing a release, as
/// Australian and other Westminster governments' media releases open
/// (`The Hon Ann Poe MP`, `SENATOR THE HON ANN POE`, `Minister for Health
/// and Ageing`, `Media release from The Hon. Ann Poe MP`): the title or
/// the office first, in any ASCII case. Only the header asks, of a text
/// that opens with one.
pub(crate) fn is_minister_line(t: &str) -> bool {
    // (the length first, a speed gate: most lines asked are paragraphs)
    if t.len() > MAX_MINISTER_LINE {
        return false;
    }
    let openers: &[&str] = match t.as_bytes() {
        [b't' | b'T', b'h' | b'H', ..] => &["the hon ", "the hon. "],
        [b's' | b'S', b'e' | b'E', ..] => &["senator the hon "],
        [b'h' | b'H', b'o' | b'O', ..] => &["hon ", "hon. "],
        [b'm' | b'M', b'i' | b'I', ..] => &["minister for "],
        [b'm' | b'M', b'e' | b'E', ..] => &["media release from the hon"],
        [b'a' | b'A', b's' | b'S', ..] => &["assistant minister for "],
        _ => return false,
    };
    openers.iter().any(|o| starts_ci(t, o)) && is_one_line(t)
}

/// The most bytes of a correction's headline after its label
/// ([`is_correction_title`]).
const MAX_CORRECTION_TITLE: usize = 80;

/// Whether the trimmed line `t` is a correction's headline, as the
/// agencies title the item that corrects a story (`Correction:
/// Wisconsin-Budget story`, `CORRECTION: Tyrol records busiest summer`):
/// `Correction:` and a short title, no sentence (`Correction: An earlier
/// version misstated the date.` is the note, and so is a long one without
/// its stop).
pub(crate) fn is_correction_title(t: &str) -> bool {
    let Some(title) = crate::text::strip_prefix_ci(t, "correction:").map(str::trim_start) else {
        return false;
    };
    title.len() <= MAX_CORRECTION_TITLE && !title.ends_with(['.', '!', '?', ':', ';', ','])
}

/// The fewest parts of a slug with no desk's code ([`is_bare_slug`]).
const MIN_SLUG_PARTS: usize = 3;

/// Whether the trimmed line `t` is an agency's slug alone, key words
/// joined with no space: by hyphens (AFP's `Peru-politics-Congress`,
/// KUNA's `GCC-Kuwait-Oman-investment`, the news services' `BC-SHUTDOWN-
/// CONGRESS-NYT`), three or more words of letters and figures opening with
/// a capital; or by slashes (dpa's `Germany/Transport/Labour`), three or
/// more capitalised words of letters.
/// Only the header asks: lines under a story are no slugs.
#[inline(never)]
pub(crate) fn is_bare_slug(t: &str) -> bool {
    // (a capital first and a letter or a figure last, then a space: most
    // lines have one)
    let bytes = t.as_bytes();
    if t.len() > MAX_SLUG
        || !matches!(bytes.first(), Some(b'A'..=b'Z'))
        || !bytes.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    // (the first bytes first: most lines' first word ends there)
    let head = bytes.get(..bytes.len().min(12)).unwrap_or(bytes);
    if head.contains(&b' ') || memchr::memchr(b' ', bytes).is_some() {
        return false;
    }
    // (a features syndicate's slug: key words in capitals by hyphens, and
    // the editor's initials after a colon, `TRAVEL-CUSCO:TB`)
    if let Some((words, initials)) = t.rsplit_once(':') {
        return (2..=3).contains(&initials.len())
            && initials.bytes().all(|b| b.is_ascii_uppercase())
            && words.contains('-')
            && words.split('-').all(|w| {
                !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            });
    }
    let sep = match memchr::memchr2(b'-', b'/', bytes).and_then(|k| bytes.get(k)) {
        Some(b'-') => b'-',
        Some(b'/') => b'/',
        _ => return false,
    };
    // (the words: letters and figures by hyphens, capitalised words of
    // letters by slashes; a space in any is no slug's)
    let mut n = 0;
    let words = t.split(char::from(sep)).all(|w| {
        n += 1;
        if sep == b'-' {
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric())
        } else {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.bytes().all(|b| b.is_ascii_alphabetic())
        }
    });
    words && (n >= MIN_SLUG_PARTS || story_code(t)) && !is_wire_control(t)
}

/// Whether `t`, words of letters and figures by hyphens, is a story's code
/// as the Associated Press of Pakistan sets it over the headline: the
/// agency's capitals and the story's number, a hyphen, then the day, month
/// and year in six figures (`APP97-081025`).
fn story_code(t: &str) -> bool {
    let Some((code, day)) = t.split_once('-') else {
        return false;
    };
    let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
    let number = code.get(letters..).unwrap_or("");
    (2..=4).contains(&letters)
        && (1..=3).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && day.len() == 6
        && day.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `t` is the slug line the Press Trust of India sets over a
/// story: the desk's code and the story's number, a space, then the key
/// words in capitals joined by hyphens (`DEL52 BIZ-RBI-LOANS`, `MDS34
/// KL-SABARIMALA-RUSH`). Out of line: asked of few lines (the header's,
/// that open with three capitals and a digit; in [`classify_header`] the
/// test cost 0.2% more).
#[inline(never)]
pub(crate) fn is_pti_slug(t: &str) -> bool {
    let Some((code, words)) = t.split_once(' ') else {
        return false;
    };
    let (desk, digits) = (code.get(..3).unwrap_or(""), code.get(3..).unwrap_or(""));
    t.len() <= MAX_SLUG
        && desk.len() == 3
        && desk.bytes().all(|b| b.is_ascii_uppercase())
        && (1..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && words.contains('-')
        && words.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

/// Whether `t` is the slug line AP's wire feeds of the 1990s set over a
/// story: a cycle code (`BC`, `AM`, `PM`), a hyphen, key words joined by
/// hyphens, then after commas the version and the word count:
/// `BC-Storm-Coast,0450`, `PM-Flood-Missouri, 1st Ld-Writethru,0540`; or as
/// its feeds set it today, the desk's code and two hyphens before the key
/// words, and no count: `BC-US--Storms-Midwest,1st Ld-Writethru`,
/// `BC-EU--Spain-Heat Wave`.
fn is_wire_slug(t: &str) -> bool {
    if let Some(rest) = t.strip_prefix("AP-").filter(|_| t.len() <= MAX_SLUG) {
        return is_desk_slug(rest);
    }
    // (the Canadian Press's `BC-CP-…` is one)
    if t.strip_prefix("BC-").is_some_and(is_desk_slug) && t.len() <= MAX_SLUG {
        return true;
    }
    let cycle = matches!(
        t.as_bytes(),
        [b'B', b'C', b'-', ..] | [b'A' | b'P', b'M', b'-', ..]
    );
    let Some(rest) = t.get(3..).filter(|_| cycle && t.len() <= MAX_SLUG) else {
        return false;
    };
    // today's feeds: a desk's code and two hyphens, then the key words and
    // the version, with no count (`BC-US--Storms-Midwest,1st Ld-Writethru`)
    let desk = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    if (2..=4).contains(&desk)
        && rest
            .get(desk..)
            .and_then(|r| r.strip_prefix("--"))
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphanumeric()))
    {
        return true;
    }
    let Some((words, after)) = rest.split_once(',') else {
        // (teletype copy's: the key word in capitals and the day, `BC-SENATE
        // 4-26`, `PM-DOCK 7-7`)
        return rest.split_once(' ').is_some_and(|(key, day)| {
            !key.is_empty()
                && key.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
                && day.split_once('-').is_some_and(|(m, d)| {
                    let figure = |s: &str, most: u32| {
                        (1..=2).contains(&s.len())
                            && s.bytes().all(|b| b.is_ascii_digit())
                            && s.parse::<u32>().is_ok_and(|n| (1..=most).contains(&n))
                    };
                    figure(m, 12) && figure(d, 31)
                })
        });
    };
    // the version may follow the key words after a space, before the
    // comma (`AM-Shuttle-Probe 1stLd-Writethru,a0624`); else the key words
    // may hold spaces before capitals (`BC-Wall Street, 3rd
    // Ld-Writethru,0544`, `BC-Egypt-Pyramids Lighting,0402`)
    let (words, version) = match words.split_once(' ') {
        Some((w, v)) if is_version(v) => (w, v),
        _ => (words, ""),
    };
    let count = after.rsplit(',').next().unwrap_or(after).trim();
    // (the count, or the story's number: a letter and digits, `a0624`)
    let count = count
        .strip_prefix(|c: char| c.is_ascii_lowercase())
        .unwrap_or(count);
    let mut pieces = words.split(' ');
    pieces.next().is_some_and(is_key_words)
        && pieces.all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && is_key_words(w))
        && (version.is_empty() || is_version(version))
        && (3..=5).contains(&count.len())
        && count.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `rest`, after `AP-` (or `BC-`), ends a slug as AP's and the
/// Canadian Press's feeds set it today: a desk's code (`US`, `EU`, `AS`,
/// `CP`) and a hyphen, the key words, then after a comma the version or
/// the word count, or after a slash the count: `AP-EU-Germany-Election,
/// 2nd Ld-Writethru`, `AP-US-Storm-Texas/789`, `AP-AS-Storm-Vietnam`,
/// `BC-CP-Transit-Strike, 1st Writethru`, `BC-CP-Owl-Survey, 93`; two
/// hyphens after the desk too, as in the cycle's slug: `AP-US--Wildfire-
/// Spokane,489`.
fn is_desk_slug(rest: &str) -> bool {
    let desk = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let Some(after) = rest
        .get(desk..)
        .and_then(|r| r.strip_prefix("--").or_else(|| r.strip_prefix('-')))
        .filter(|_| (2..=4).contains(&desk))
    else {
        return false;
    };
    let (words, tail) = match after.find([',', '/']) {
        Some(at) => (
            after.get(..at).unwrap_or(""),
            after.get(at + 1..).unwrap_or(""),
        ),
        None => (after, ""),
    };
    let count = |p: &str| (2..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    words.starts_with(|c: char| c.is_ascii_alphanumeric())
        && is_key_words(words)
        && tail.split(',').all(|p| {
            let p = p.trim();
            p.is_empty() || is_version(p) || count(p)
        })
}

/// Whether `words` are a slug's key words: letters and digits joined by
/// hyphens (`Storm-Coast`).
fn is_key_words(words: &str) -> bool {
    // (a space before a capital too, as state wires set them: `AP-IL--
    // Illinois Budget,0415`)
    !words.is_empty()
        && words
            .bytes()
            .zip(words.bytes().skip(1).chain([b'-']))
            .all(|(b, next)| {
                b.is_ascii_alphanumeric() || b == b'-' || (b == b' ' && next.is_ascii_uppercase())
            })
}

/// Whether the trimmed line `t` names the public broadcaster's programme a
/// story was heard on, its words capitalised, with no comma: `Heard on All
/// Things Considered`, `Heard on Morning Edition`. The parser asks of a
/// part over the headline, with a headline under it.
pub(crate) fn is_programme_line(t: &str) -> bool {
    t.get(..9)
        .is_some_and(|l| l.eq_ignore_ascii_case("heard on "))
        && t.get(9..).is_some_and(|programme| {
            !programme.contains(',')
                && programme
                    .split(' ')
                    .all(|w| w == "&" || w.starts_with(|c: char| c.is_uppercase()))
        })
}

/// Whether `t` is a slug of key words with no cycle code, as the Canadian
/// Press's older copy and AFP's set it over the headline: words joined by
/// hyphens, no space, then after a comma the word count or the story's
/// kind in capitals (`Sask-Grain-Rail,0389`, `Senegal-fishing-economy,FOCUS`),
/// or AFP's lead (`Indonesia-quake,3rd lead`, `Peru-vote,lead`).
#[inline]
pub(crate) fn is_keyword_slug(t: &str) -> bool {
    // (its first and last bytes, then a space: most lines asked are
    // headlines, which end in a small letter or hold a space; AFP's lead,
    // which ends in `lead`, is read out of line)
    match t.as_bytes() {
        [b'A'..=b'Z', .., b'0'..=b'9' | b'A'..=b'Z'] => {}
        [b'A'..=b'Z', .., b'l', b'e', b'a', b'd'] => return lead_slug(t),
        _ => return false,
    }
    if t.len() > MAX_SLUG || memchr::memchr(b' ', t.as_bytes()).is_some() {
        return false;
    }
    let Some((words, after)) = t.split_once(',') else {
        return false;
    };
    let count = (3..=5).contains(&after.len()) && after.bytes().all(|b| b.is_ascii_digit());
    let kind = (3..=12).contains(&after.len())
        && after
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    words.contains('-') && is_key_words(words) && (count || kind)
}

/// [`is_keyword_slug`] of a line ending in `lead`: key words with no space,
/// then after a comma AFP's lead ([`is_afp_lead`]).
#[inline(never)]
fn lead_slug(t: &str) -> bool {
    let Some((words, after)) = t.split_once(',').filter(|_| t.len() <= MAX_SLUG) else {
        return false;
    };
    words.contains('-') && is_key_words(words) && is_afp_lead(after)
}

/// Whether `t` is AFP's lead in a slug after its comma: `lead`, or an
/// ordinal before it (`2nd lead`, `3rdlead`).
fn is_afp_lead(t: &str) -> bool {
    let Some(nth) = t.strip_suffix("lead").map(str::trim_end) else {
        return false;
    };
    let digits = nth.bytes().take_while(u8::is_ascii_digit).count();
    nth.is_empty() || (digits > 0 && matches!(nth.get(digits..), Some("st" | "nd" | "rd" | "th")))
}

/// Whether `t` names a story's version in a slug: a lead's number and
/// writethru (`1stLd-Writethru`, `2nd Ld`), or an advance (`Adv28`).
fn is_version(t: &str) -> bool {
    let t = t.trim();
    let ends = |w: &str| {
        t.len() >= w.len()
            && t.get(t.len() - w.len()..)
                .is_some_and(|e| e.eq_ignore_ascii_case(w))
    };
    t.starts_with(|c: char| c.is_ascii_digit())
        && (t.contains("Ld") || t.contains("LD") || ends("writethru"))
        || t.eq_ignore_ascii_case("writethru")
        || t.get(..3).is_some_and(|a| a.eq_ignore_ascii_case("adv"))
}

/// The most bytes of an archive's slug line ([`is_archived_slug`]).
const MAX_ARCHIVED_SLUG: usize = 64;

/// Whether `t` is the line the AP's archived copy of the late 1980s carries
/// over a story: a priority and a category letter (or a story's number and a
/// control code), the slug, the date and the word count: `r a
/// PM-Arab-Israeli 02-12 0320`, `a0377 &Cx1f; PM-Iowa-Schools 10-24 0233`;
/// or UPI's of the time, with no codes before the slug (`AM-BUDGET 11-26
/// 0287`).
#[inline(never)]
fn is_archived_slug(t: &str) -> bool {
    if t.len() > MAX_ARCHIVED_SLUG {
        return false;
    }
    let mut words = t.split_whitespace().rev();
    let (Some(count), Some(date), Some(slug)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    // (the date: two digits, a hyphen, two digits)
    let date_ok = date.len() == 5
        && date.bytes().enumerate().all(|(k, b)| {
            if k == 2 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let cycle = matches!(
        slug.as_bytes(),
        [b'B', b'C', b'-', ..] | [b'A' | b'P', b'M', b'-', ..]
    );
    // one to three short codes before the slug
    let mut codes = 0;
    let codes_ok = words.all(|w| {
        codes += 1;
        w.len() <= 6
    }) && codes <= 3;
    date_ok
        && cycle
        && codes_ok
        && slug.get(3..).is_some_and(is_key_words)
        && (3..=5).contains(&count.len())
        && count.bytes().all(|b| b.is_ascii_digit())
}

/// How Reuters' note on what a new version of a story changed opens inside
/// its brackets, in any ASCII case: `(Adds comment from union in paragraph
/// 4)`, `(Updates with closing prices)`, `(Recasts, adds details)`.
const UPDATE_NOTES: [&str; 6] = [
    "adds ", "updates ", "updates,", "recasts", "repeats ", "rewrites",
];

/// How Reuters' note on a corrected or refiled version opens inside its
/// brackets: `(Corrects spelling of name in paragraph 2)`.
const CORRECTION_NOTES: [&str; 2] = ["corrects ", "refiles "];

/// The most bytes of a version note.
const MAX_UPDATE_NOTE: usize = 200;

/// Whether the trimmed line `t` is Reuters' bracketed note on what a new
/// version of the story changed, and which kind: an editor's note, or a
/// correction for `(Corrects …)` and `(Refiles …)`.
fn update_note(t: &str) -> Option<TrailerKind> {
    let inner = t
        .strip_prefix('(')
        .filter(|_| t.len() <= MAX_UPDATE_NOTE && t.ends_with(')'))?;
    if CORRECTION_NOTES.iter().any(|p| starts_ci(inner, p)) {
        Some(TrailerKind::Correction)
    } else if UPDATE_NOTES.iter().any(|p| starts_ci(inner, p)) {
        Some(TrailerKind::EditorsNote)
    } else {
        None
    }
}

/// Whether the trimmed line `t` is a story's note on when and how it was
/// updated, dated before a colon, as `ProPublica` prints it over the story:
/// `Update, Nov. 21, 2026: This story has been updated to include …`
/// (`Update` and a date alone before the colon; `Update, the council
/// said: …` is a story's sentence); or timed, as local papers stack their
/// updates over a breaking story (`UPDATE 4:05 p.m.: All lanes have
/// reopened …`, `Update, 3:45 p.m. ET: …`). Out of line: asked of the
/// header's lines that open with a `U`.
#[inline(never)]
pub(crate) fn is_dated_update(t: &str) -> bool {
    let Some(rest) = t
        .get(..6)
        .filter(|w| w.eq_ignore_ascii_case("update"))
        .and_then(|_| t.get(6..))
    else {
        return false;
    };
    if let Some(rest) = rest.strip_prefix(' ') {
        return timed_update(rest);
    }
    let Some(rest) = rest.strip_prefix(',') else {
        return false;
    };
    if rest.strip_prefix(' ').is_some_and(timed_update) {
        return true;
    }
    let Some((date, _)) = rest.split_once(':') else {
        return false;
    };
    let date = date.trim();
    date.len() <= MAX_DATE_STAMP
        && super::date::date_len(date).is_some_and(|(len, _)| len == date.len())
}

/// Whether `rest`, after an update's label, opens with a time and the colon
/// that closes it: `4:05 p.m.: …`, `10:30 am: …`, `3:45 p.m. ET: …`.
fn timed_update(rest: &str) -> bool {
    let mut words = rest.splitn(4, ' ');
    let (Some(clock), Some(half)) = (words.next(), words.next()) else {
        return false;
    };
    if !is_clock(clock) {
        return false;
    }
    match half.strip_suffix(':') {
        Some(half) => super::date::is_half_day(half),
        // (a zone after the half of the day: `3:45 p.m. ET:`)
        None => {
            super::date::is_half_day(half)
                && words
                    .next()
                    .and_then(|z| z.strip_suffix(':'))
                    .is_some_and(super::date::is_zone)
        }
    }
}

/// The words a scraped page's time stamp opens with, before a space or a
/// colon: `Updated 3:45 p.m. ET`, `Published: Nov. 28, 2026 at 10:45 a.m.`.
const STAMP_OPENERS: [&str; 4] = ["updated", "published", "last updated", "posted"];

/// The lines a newsletter or a forwarded mail puts over the story it
/// carries, in any ASCII case ([`is_mail_furniture`]).
const MAIL_CONTROLS: [&str; 10] = [
    "forwarded this email? subscribe here for more",
    "having trouble viewing this email? view it in your browser.",
    "read in app",
    "sent from my iphone",
    "view as webpage",
    "view in browser",
    "view online",
    "view this email in your browser",
    "view this email in a browser",
    "view in browser | add us to your address book",
];

/// Whether the trimmed line `t` is a newsletter's or a forwarded mail's
/// furniture over the story: one of [`MAIL_CONTROLS`] (`View in browser`,
/// `READ IN APP`), the line over a forwarded message (`---------- Forwarded
/// message ---------`), or a mail's header field
/// ([`mail_field`](super::markdown::mail_field): `Subject: …`, `Date: …`,
/// and a `From:`, `To:` or other field with an address in it, `From:
/// Sonoran Signal <news@example.com>`). The parser asks of the header's
/// parts over the headline.
pub(crate) fn is_mail_furniture(t: &str) -> bool {
    // (the newsletter's name and its control, the last two bytes first:
    // `The Lantern — View in browser`, `The Lantern` / `Read Online`)
    if matches!(
        t.as_bytes(),
        [.., b'e' | b'E', b'r' | b'R'] | [.., b'n' | b'N', b'e' | b'E']
    ) && is_named_control(t)
    {
        return true;
    }
    // (a speed gate, their first letters: most lines stop here)
    if !matches!(
        first_lower(t),
        b'b' | b'c' | b'd' | b'f' | b'i' | b'm' | b'r' | b's' | b't' | b'v' | b'-'
    ) {
        return false;
    }
    if is_mail_control(t) {
        return true;
    }
    // (a field's label ends in a colon, a forward's line has one or opens
    // with dashes: most lines have neither)
    if memchr::memchr(b':', t.as_bytes()).is_none() && !t.starts_with('-') {
        return false;
    }
    match super::markdown::mail_field(t) {
        Some(super::markdown::MailField::Other) => {
            super::markdown::is_forward_line(t) || t.contains('@')
        }
        Some(_) => true,
        None => false,
    }
}

/// The controls a newsletter prints after its name, on its line or the
/// next ([`is_named_control`]), in ASCII lower case.
const NAMED_CONTROLS: [&str; 3] = ["read online", "view in browser", "view online"];

/// The marks between a newsletter's name and its control on one line
/// ([`is_named_control`]).
const CONTROL_MARKS: [&str; 4] = [" \u{2014} ", " | ", " - ", " \u{b7} "];

/// The most bytes of a newsletter's name and its control
/// ([`is_named_control`]).
const MAX_NAMED_CONTROL: usize = 72;

/// Whether the header part `t` is a newsletter's name and its control
/// ([`NAMED_CONTROLS`]), after a dash or a bar on its line (`The Lantern
/// — View in browser`, `Civic Desk | View online`) or on the next line
/// (`High Desert Dispatch` / `Read Online`), in any ASCII case. A
/// headline may end so after a space (`Five Books to Read Online`).
fn is_named_control(t: &str) -> bool {
    t.len() <= MAX_NAMED_CONTROL
        && NAMED_CONTROLS.iter().any(|c| {
            t.len()
                .checked_sub(c.len())
                .and_then(|at| Some((t.get(..at)?, t.get(at..)?)))
                .is_some_and(|(name, control)| {
                    control.eq_ignore_ascii_case(c)
                        && (name.ends_with(['\n', '\r'])
                            || CONTROL_MARKS.iter().any(|m| name.ends_with(m)))
                })
        })
}

/// Whether the trimmed line `t` is one of [`MAIL_CONTROLS`]: `View in
/// browser`, `Read in app`.
#[inline]
pub(crate) fn is_mail_control(t: &str) -> bool {
    MAIL_CONTROLS.iter().any(|c| c.eq_ignore_ascii_case(t))
}

/// Whether the trimmed line `t`, with no year, is a printed page's folio
/// with the date on a line of its own: the paper's name in capitals (two
/// words of three letters or more, a section's after a mark too) and the
/// page last (figures and a section's letter), after `PAGE` or a wide gap
/// (`THE DAILY COURIER          A5`, `THE SUNDAY SENTINEL * REGION * PAGE
/// A6`). A figure after one space is a headline's (`STORM KILLS 12`).
fn undated_folio(t: &str) -> bool {
    let Some((head, page)) = t.rsplit_once(' ') else {
        return false;
    };
    let digits = page.bytes().filter(u8::is_ascii_digit).count();
    let letters = page.bytes().filter(u8::is_ascii_uppercase).count();
    if !((1..=3).contains(&digits) && letters <= 1 && digits + letters == page.len()) {
        return false;
    }
    let name = head.trim_end_matches(' ');
    let (name, marked) = match name.strip_suffix("PAGE") {
        Some(name) => (name, true),
        // (a gap of three spaces or more)
        None => (name, head.len() - name.len() >= 2),
    };
    let words = name
        .split([' ', '*', '|', '\u{2022}', '\u{25a0}'])
        .filter(|w| !w.is_empty());
    let capitals = words.clone().all(|w| {
        w.bytes()
            .all(|b| b.is_ascii_uppercase() || matches!(b, b'&' | b'-' | b'\''))
    });
    marked && capitals && words.filter(|w| w.len() >= 3).nth(1).is_some()
}

/// The most bytes of a line of stock tickers ([`is_ticker_line`]).
const MAX_TICKER_LINE: usize = 64;

/// The stock exchanges whose names a release's ticker line gives, in any
/// ASCII case ([`is_ticker_line`]).
const EXCHANGES: [&str; 31] = [
    "AIM",
    "AMEX",
    "ASX",
    "BSE",
    "CBOE",
    "CSE",
    "EURONEXT",
    "FSE",
    "FWB",
    "HKEX",
    "JSE",
    "KRX",
    "LSE",
    "NASDAQ",
    "NEO",
    "NSE",
    "NYSE",
    "NYSE AMERICAN",
    "NYSE ARCA",
    "NZX",
    "OTC",
    "OTCQB",
    "OTCQX",
    "SEHK",
    "SGX",
    "SIX",
    "TASE",
    "TSE",
    "TSX",
    "TSX-V",
    "TSXV",
];

/// Whether the trimmed line `t` is a listed company's stock tickers alone,
/// as releases and exchange announcements print them over the headline:
/// an exchange's name ([`EXCHANGES`]), a colon and a symbol of capitals
/// and figures, one pair or more parted by commas, semicolons or bars, in
/// brackets too (`TSX: REDR`, `ASX: PELB`, `(NYSE: ACME, TSX: ACM.U)`,
/// `TSX-V: KRL | OTCQB: KRLLF`).
pub(crate) fn is_ticker_line(t: &str) -> bool {
    // (a speed gate: a symbol's capital or figure last, or a bracket, and
    // a colon before the last space, the last symbol's; most lines asked
    // end in a small letter)
    let bytes = t.as_bytes();
    if t.len() > MAX_TICKER_LINE
        || !matches!(bytes.last(), Some(b'A'..=b'Z' | b'0'..=b'9' | b')'))
        || memchr::memrchr(b' ', bytes)
            .and_then(|at| at.checked_sub(1))
            .is_none_or(|at| bytes.get(at) != Some(&b':'))
    {
        return false;
    }
    let t = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(t);
    t.split([',', ';', '|']).all(|pair| {
        let Some((exchange, symbol)) = pair.split_once(':') else {
            return false;
        };
        let (exchange, symbol) = (exchange.trim(), symbol.trim());
        EXCHANGES.iter().any(|e| e.eq_ignore_ascii_case(exchange))
            && (1..=10).contains(&symbol.len())
            && symbol.starts_with(|c: char| c.is_ascii_uppercase())
            && symbol
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.')
    })
}

/// The most bytes of an archive's citation line ([`is_citation_line`]).
pub(crate) const MAX_CITATION: usize = 160;

/// The most page references after a citation's date ([`is_citation_line`]):
/// `pg. 9; Issue 35798`, `Page 8, Image 16`.
const MAX_PAGE_REFS: usize = 3;

/// The most words a citation's date is read back over ([`is_citation_line`]):
/// `Thursday, Jul 07, 1887`.
const MAX_CITED_DATE_WORDS: usize = 5;

/// Whether the trimmed header part `t` is an archive's citation of the page
/// a story was cut from, as archives and clipping sites print it over the
/// headline: a paper's name, then the date with its year, then perhaps the
/// page. With the page, any name opening with a capital: Chronicling
/// America's `The Salt Lake herald. [volume] (Salt Lake City [Utah])
/// 1870-1909, May 24, 1899, Page 8, Image 16`, Trove's `The Argus
/// (Melbourne, Vic. : 1848 - 1957)  Fri 7 Oct 1898  Page 5`, a clipping's
/// `The Courier-Journal (Louisville, Kentucky) · Tue, Aug 14, 1934 · Page
/// 1`, `The Times, Thursday, Jul 07, 1887; pg. 9; Issue 35798. (514
/// words)`, in brackets too. With the date last, a paper's name
/// ([`is_masthead`](super::headline::is_masthead)), after `Source:` or
/// between `From` and `archive` too: `San Antonio Light, February 12,
/// 1956`, `The Daily Register (Red Bank, N.J.), January 20, 1923`,
/// `Source: The New York Times, September 9, 1932`. The parser asks of the
/// header's parts over the headline.
pub(crate) fn is_citation_line(t: &str) -> bool {
    // (speed gates: a figure last, the year's or the page's, or a
    // bracket, and a year; most lines asked end in a letter or a stop)
    if t.len() > MAX_CITATION
        || !matches!(t.as_bytes().last(), Some(b'0'..=b'9' | b')' | b']'))
        || !crate::text::has_year(t)
        || !is_one_line(t)
    {
        return false;
    }
    let t = t
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .unwrap_or(t);
    let (head, paged) = without_page_refs(t);
    let Some(name) = cited_name(head) else {
        return false;
    };
    if paged {
        return name.starts_with(char::is_uppercase);
    }
    let name = name
        .strip_prefix("Source:")
        .map(str::trim_start)
        .or_else(|| {
            name.strip_prefix("From ")
                .and_then(|r| r.strip_suffix(" archive"))
        })
        .unwrap_or(name);
    super::headline::is_masthead(name)
}

/// The citation `t` without the page references after its date (`, Page 8,
/// Image 16`, `; pg. 9; Issue 35798. (514 words)`, `  Page 5`) and an
/// edition's name among them (`, NIGHT EDITION`), and whether it had a
/// page reference ([`is_citation_line`]).
fn without_page_refs(t: &str) -> (&str, bool) {
    let mut paged = false;
    // (the story's length last: `(514 words)`)
    let mut t = match t.strip_suffix(" words)").and_then(|r| r.rsplit_once('(')) {
        Some((head, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            paged = true;
            head.trim_end()
        }
        _ => t,
    };
    for _ in 0..MAX_PAGE_REFS {
        let body = t.trim_end_matches('.');
        // (the last field, after a comma, a semicolon, a dot, a bar, a
        // double hyphen or two spaces: the split with the longest head)
        let Some((before, field)) = [
            body.rsplit_once([',', ';', '|', '\u{b7}']),
            body.rsplit_once("--"),
            body.rsplit_once("  "),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|(before, _)| before.len()) else {
            break;
        };
        let field = field.trim();
        // (the edition's name between the date and the page: `November
        // 07, 1896, NIGHT EDITION, Page 12`)
        if is_print_edition(field) {
            t = before.trim_end();
            continue;
        }
        let number = ["page ", "pg. ", "pg ", "p. ", "image ", "issue ", "col. "]
            .iter()
            .find_map(|label| crate::text::strip_prefix_ci(field, label));
        if !number.is_some_and(|n| {
            (1..=6).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_alphanumeric())
        }) {
            break;
        }
        t = before.trim_end();
        paged = true;
    }
    (t, paged)
}

/// Whether the citation's field `field` names a printed edition, in up to
/// three words ending in `Edition` in any ASCII case: `FINAL EDITION`,
/// `Night Edition`, `Extra Edition` ([`without_page_refs`]); an archive's
/// record prints it alone on a line too. (A newsletter's edition, `The JTA
/// Daily Briefing`, is
/// [`headline::is_edition_name`](super::headline::is_edition_name)'s.)
pub(crate) fn is_print_edition(field: &str) -> bool {
    crate::text::ends_with_ci(field, " edition") && field.split(' ').count() <= 3
}

/// The name before the date `head` ends with, a date with its year read
/// back over up to [`MAX_CITED_DATE_WORDS`] words, without the
/// marks between them (`San Antonio Light` of `San Antonio Light, February
/// 12, 1956`) ([`is_citation_line`]).
fn cited_name(head: &str) -> Option<&str> {
    let bytes = head.as_bytes();
    let mut end = bytes.len();
    let mut name = None;
    for _ in 0..MAX_CITED_DATE_WORDS {
        let Some(space) = memchr::memrchr(b' ', bytes.get(..end)?) else {
            break;
        };
        let date = head.get(space + 1..)?;
        if super::date::date_len(date)
            .is_some_and(|(len, parts)| len == date.len() && parts.year.is_some())
        {
            name = head.get(..space);
        }
        end = space;
    }
    Some(name?.trim_end_matches([' ', ',', ';', '|', '-', '\u{b7}']))
}

/// The last words of a street's name in an address, in any ASCII case
/// ([`is_street_line`]).
const STREET_WORDS: [&str; 22] = [
    "ave",
    "ave.",
    "avenue",
    "blvd",
    "blvd.",
    "boulevard",
    "circle",
    "court",
    "dr",
    "dr.",
    "drive",
    "highway",
    "lane",
    "ln.",
    "parkway",
    "pkwy.",
    "place",
    "rd",
    "rd.",
    "road",
    "st.",
    "street",
];

/// The most bytes of a letterhead's address line ([`is_street_line`]).
const MAX_STREET_LINE: usize = 48;

/// Whether the trimmed header part `t` is a street address alone, as a
/// letterhead sets it under the name (`808 N. Main St.`, `2917 Court
/// Street`): a house number, then capitalised words, the last naming a
/// street ([`STREET_WORDS`]).
pub(crate) fn is_street_line(t: &str) -> bool {
    let number = t.bytes().take_while(u8::is_ascii_digit).count();
    t.len() <= MAX_STREET_LINE
        && (1..=6).contains(&number)
        && t.get(number + 1..)
            .is_some_and(|words| words.split(' ').all(|w| w.starts_with(char::is_uppercase)))
        && t.rsplit(' ')
            .next()
            .is_some_and(|w| STREET_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

/// The most bytes of a line of places with a count of more
/// ([`is_more_places`]).
const MAX_MORE_PLACES: usize = 64;

/// Whether the trimmed header part `t` is a report's first country (or
/// `World`) and the count of the others, as `ReliefWeb` lists them over
/// the title: `Afghanistan + 3 more`, `Philippines + 12 more`.
pub(crate) fn is_more_places(t: &str) -> bool {
    t.len() <= MAX_MORE_PLACES
        && t.strip_suffix(" more")
            .and_then(|r| r.rsplit_once(" + "))
            .is_some_and(|(place, n)| {
                place.starts_with(char::is_uppercase)
                    && (place == "World" || crate::tables::countries::country(place).is_some())
                    && (1..=3).contains(&n.len())
                    && n.bytes().all(|b| b.is_ascii_digit())
            })
}

/// Whether the trimmed header part `t` tells where the story was printed
/// or who issued it, over the headline: a printed page's folio
/// ([`is_folio_line`]), an archive's citation of the page
/// ([`is_citation_line`]) or a listed company's stock tickers
/// ([`is_ticker_line`]).
pub(crate) fn is_page_reference(t: &str) -> bool {
    // (the last byte tells which of the last two to ask: a citation ends
    // in a figure or a bracket, a ticker in a capital, a figure or a
    // bracket; most lines asked end in a small letter)
    is_folio_line(t)
        || match t.as_bytes().last() {
            Some(b'0'..=b'9' | b')') => is_citation_line(t) || is_ticker_line(t),
            Some(b']') => is_citation_line(t),
            Some(b'A'..=b'Z') => is_ticker_line(t),
            _ => false,
        }
}

/// The most bytes of a printed page's folio line ([`is_folio_line`]).
const MAX_FOLIO: usize = 100;

/// Whether the trimmed line `t` is a printed page's folio, as text taken
/// from an e-paper or a page's PDF keeps it over the story: the page's
/// number (`A4`, `12A`, `Page 3`, `PAGE 5`, or a number last), or the
/// weekday and the paper's name in capitals, with the date's month and
/// year (`A4 |
/// SATURDAY, NOVEMBER 28, 2026 | THE DAILY LEDGER`, `THE IRISH TIMES
/// Saturday, October 10, 2026 7`, `THE BOSTON GLOBE SATURDAY, OCTOBER 24,
/// 2026`). The parser asks of the header's first part, and of a block's
/// first line over the headline.
// measured: left to the compiler, it was no longer inlined into
// `is_page_reference` once a second caller asked it (+0.04% of parse's
// instructions)
#[allow(clippy::inline_always)]
#[inline(always)]
pub(crate) fn is_folio_line(t: &str) -> bool {
    // (a year's four digits first: most lines have none; the length is a
    // speed gate)
    if t.len() > MAX_FOLIO || !has_digit(t) {
        return false;
    }
    let year = crate::text::has_year(t);
    // (a word in lower case, as headlines' small words are, is no folio's:
    // `Acme to Report Results on November 4`)
    if t.as_bytes()
        .windows(2)
        .any(|w| matches!(w, [b' ', c] if c.is_ascii_lowercase()))
        || !is_one_line(t)
    {
        return false;
    }
    if !year {
        return undated_folio(t);
    }
    let mut words = t
        .split([' ', ',', '|', '■', '•'])
        .filter(|w| !w.is_empty() && *w != "--");
    let page = |w: &str| {
        // (one to three digits and a section's letter before or after them)
        let digits = w.bytes().filter(u8::is_ascii_digit).count();
        let letters = w.bytes().filter(u8::is_ascii_uppercase).count();
        (1..=3).contains(&digits) && letters <= 1 && digits + letters == w.len()
    };
    let first = words.next().unwrap_or("");
    let (mut month, mut weekday, mut last, mut paged) = (false, false, first, false);
    // (the paper's name in capitals: words of capitals that name no date)
    let mut capitals = 0;
    let mut before = first;
    for w in words {
        let day = w.trim_matches('.');
        let is_month = crate::tables::months::month(day).is_some();
        let is_weekday = w
            .split('-')
            .any(|d| crate::tables::months::weekday(d).is_some());
        month |= is_month;
        weekday |= is_weekday;
        capitals += usize::from(
            !is_month
                && !is_weekday
                && w.len() >= 3
                && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'-'),
        );
        paged |= before.eq_ignore_ascii_case("page") && page(w);
        before = w;
        last = w;
    }
    month && (page(first) || page(last) || paged || (weekday && capitals >= 2))
}

/// Whether `t` opens with `First published` or `Originally published` and
/// a colon or `on`, as the Welsh Government's `First published: 28
/// November 2026`, the Guardian's `First published on Fri 28 Nov 2026
/// 10.45 GMT` and `ReliefWeb`'s `Originally published: 11 Jan 2026` do
/// (`First published in 1902, the novel …` opens a sentence). Asked by the
/// header's parts only: in [`classify_header`] the test cost 0.4% more.
#[inline(never)]
fn is_first_published(t: &str) -> bool {
    t.len() < MAX_STAMP_LINE
        && has_digit(t)
        && crate::text::strip_prefix_ci(t, "first published")
            .or_else(|| crate::text::strip_prefix_ci(t, "originally published"))
            .is_some_and(|r| r.starts_with(": ") || r.starts_with(" on "))
}

/// Whether `t` is a time stamp after a bullet, as the BBC's pages list
/// them under the byline: `• Published 18 March 2026`, `• Updated 2 hours
/// ago`.
#[inline(never)]
pub(crate) fn is_bulleted_stamp(t: &str) -> bool {
    t.strip_prefix("• ")
        .is_some_and(|rest| classify_header(rest) == Some(TrailerKind::Timestamp))
}

/// Whether `t` is a broadcast transcript's air date: `Aired November 27,
/// 2026 - 13:00   ET` (`Aired` and a date; `Aired on Tuesday, the film …`
/// opens a sentence).
#[inline(never)]
pub(crate) fn is_aired_stamp(t: &str) -> bool {
    t.len() < MAX_STAMP_LINE
        && t.strip_prefix("Aired ")
            .is_some_and(|r| super::date::date_len(r).is_some())
}

/// Whether `t` is a stamp of when the story was filed, as The Marshall
/// Project prints it under the byline: `Filed 6:00 a.m. EST`, `Filed:
/// Nov. 24, 2026` (a figure in a short line; `Filed under: Courts` is a
/// page's tags). Asked by the header's parts only, as
/// [`is_first_published`] is.
#[inline(never)]
fn is_filed_stamp(t: &str) -> bool {
    t.len() < MAX_STAMP_LINE
        && starts_stamp(t, "filed")
        && t.get(5..)
            .map(|r| r.trim_start_matches([':', ' ']))
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()) || is_date_stamp(r))
}

/// Whether the trimmed line `t` is a media player's time alone, as a page
/// copied with its audio or video player keeps it: `00:00`, `11:42`,
/// `1:02:37` (minutes or hours of one or two figures, then pairs).
pub(crate) fn is_player_time(t: &str) -> bool {
    let mut parts = t.split(':');
    let lead = parts.next().unwrap_or("");
    let mut pairs = 0;
    (1..=2).contains(&lead.len())
        && lead.bytes().all(|b| b.is_ascii_digit())
        && parts.all(|p| {
            pairs += 1;
            p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit())
        })
        && (1..=2).contains(&pairs)
}

/// The labels a scraped page's time stamp opens with that need their colon
/// (France 24's `Issued on: 28/11/2026 - 10:45`).
const COLON_STAMP_OPENERS: [&str; 4] =
    ["issued on: ", "modified: ", "release date: ", "released: "];

/// Whether `t` opens with the word `word`, in any ASCII case, then a space
/// or a colon.
fn starts_stamp(t: &str, word: &str) -> bool {
    starts_ci(t, word)
        && t.as_bytes()
            .get(word.len())
            .is_some_and(|b| matches!(b, b' ' | b':'))
}

/// Whether `t` credits help with the story in a line of its own, after an
/// optional dash: Bloomberg's `--With assistance from Tom Roe.`, the Canadian
/// Press's `— With files from The Associated Press`. Capitalised names must
/// follow, with no lower-case word after a comma (`With files from the
/// archive, the museum …` is a sentence).
fn assisted(t: &str) -> bool {
    // most paragraphs fail at their first byte: a letter other than `w`
    if !matches!(t.as_bytes().first(), Some(b'-' | b'w' | b'W' | 0xE2)) {
        return false;
    }
    let t = t.trim_start_matches(['-', '—', '–', ' ']);
    let rest = ["with assistance from ", "with files from "]
        .iter()
        .find(|p| starts_ci(t, p))
        .and_then(|p| t.get(p.len()..));
    rest.is_some_and(|r| {
        r.len() < 200
            && r.starts_with(char::is_uppercase)
            && !r.contains(['\n', '\r'])
            && !r
                .split(", ")
                .skip(1)
                .any(|part| part.starts_with(char::is_lowercase))
    })
}

/// How a note under a corrected, refiled or updated story opens, in any
/// ASCII case: `This story has been corrected to show …`, `This version
/// corrects …`, `This story has been updated to …`.
const CORRECTED: [&str; 9] = [
    "this story has been corrected",
    "this story was corrected",
    "this story has been refiled",
    "this story was refiled",
    "this story has been updated",
    "this story was updated",
    "this article has been updated",
    "this article has been corrected",
    "this version corrects",
];

/// How a note that a story is still developing opens, in any ASCII case:
/// `This is a developing story and will be updated.`
const DEVELOPING: [&str; 4] = [
    "this is a developing story",
    "this story is developing",
    "this is a breaking news update",
    // (a syndicated story's note, as Indian papers print ANI's copy)
    "this story is auto-generated from a syndicated feed",
];

/// How a credits line opens, in any case, after its `(` if bracketed.
const CREDIT_OPENERS: [&str; 6] = [
    "reporting by",
    "additional reporting",
    "writing by",
    "editing by",
    "compiled by",
    "reporting and writing by",
];

/// Wire end marks, compared without their blank space (`Enditem` is
/// Xinhua's).
const END_MARKS: [&str; 10] = [
    "###", "-30-", "ENDS", "END", "-END-", "-ends-", "(END)", "XXX", "Enditem", "ENDITEM",
];

/// End marks Xinhua runs on after a story's last sentence, on the same line:
/// the last two of [`END_MARKS`] (an index past its end fails the build).
const RUN_IN_MARKS: [&str; 2] = [END_MARKS[8], END_MARKS[9]];

/// Where an end mark run on after the last sentence of the trimmed paragraph
/// `t` starts (`… the official said. Enditem`): after blank space that
/// follows a sentence's end, so a paragraph that is only the mark, or a
/// sentence that ends in the word, has none.
pub(crate) fn run_in_end_mark(t: &str) -> Option<usize> {
    let mark = RUN_IN_MARKS.iter().find(|m| t.ends_with(*m))?;
    let at = t.len() - mark.len();
    let before = t.get(..at)?;
    let sentence = before.trim_end_matches(crate::text::is_space);
    (sentence.len() < before.len() && sentence.ends_with(['.', '!', '?', '"', '”', ')']))
        .then_some(at)
}

/// Taiwan's Central News Agency's end mark, the editor's initials after a
/// slash: `Enditem/ls`, `ENDITEM/pc`.
fn enditem_with_initials(t: &str) -> bool {
    t.split_once('/').is_some_and(|(mark, initials)| {
        matches!(mark, "Enditem" | "ENDITEM")
            && (1..=4).contains(&initials.len())
            && initials.bytes().all(|b| b.is_ascii_alphabetic())
    })
}

/// The most bytes of an end mark in dashes ([`is_dashed_end`]).
const MAX_DASHED_END: usize = 40;

/// Whether the trimmed paragraph `t` is `End` in dashes, alone or with
/// what ends after `of` (up to three words): `-- END --`, `--End--`, `--
/// end of clipping --`, `- End of story -`.
fn is_dashed_end(t: &str) -> bool {
    let inner = t.trim_matches('-').trim();
    t.ends_with('-')
        && (inner.eq_ignore_ascii_case("end")
            || crate::text::strip_prefix_ci(inner, "end of ").is_some_and(|what| {
                (1..=3).contains(&what.split(' ').count())
                    && what.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
            }))
}

/// Whether the trimmed line `t`, opening with a bracket, is a note to
/// editors in brackets ([`classify_header`]).
fn is_bracketed_note(t: &str) -> bool {
    (starts_ci(t, "(attn:")
        || starts_ci(t, "(for use by ")
        || starts_ci(t, "(eds:")
        || t.starts_with("(ADV")
        || t.starts_with("(ART ADV"))
        && t.ends_with(')')
}

/// Papers' mottos printed under the masthead, and a site's tagline under
/// its name (Reuters'), in ASCII lower case.
const MOTTOS: [&str; 5] = [
    "all the news that's fit to print",
    "all the news that’s fit to print",
    "democracy dies in darkness",
    "exclusive news, data and analytics for financial market professionals",
    "global perspective human stories",
];

/// Whether the trimmed line `t` is a paper's motto under its masthead, one
/// of [`MOTTOS`] (`Democracy Dies in Darkness`; UN News' `Global
/// perspective Human stories`), in any ASCII case.
pub(crate) fn is_motto(t: &str) -> bool {
    matches!(first_lower(t), b'd' | b'a' | b'e' | b'g')
        && MOTTOS.iter().any(|m| t.eq_ignore_ascii_case(m))
}

/// Whether the trimmed line `t` is the time stamp the Reuters-21578
/// collection keeps over each story: `10-MAR-1987 11:20:50.84`, `8-MAR-1987
/// 19:29:40.06` (the day, the month's three capitals, the year, then the
/// time to hundredths).
pub(crate) fn is_collection_stamp(t: &str) -> bool {
    let day = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&day)
        && t.get(day..).is_some_and(|rest| {
            let b = rest.as_bytes();
            b.len() == 21
                && b.iter().enumerate().all(|(i, &c)| match i {
                    0 | 4 => c == b'-',
                    1..=3 => c.is_ascii_uppercase(),
                    9 => c == b' ',
                    12 | 15 => c == b':',
                    18 => c == b'.',
                    _ => c.is_ascii_digit(),
                })
        })
}

/// Whether `t`, a header's part, is the topic and place codes the
/// Reuters-21578 collection keeps under its stamp, a line each or run
/// together in lower case (`palm-oil` / `malaysia`, `earn usa`): words of
/// small letters and hyphens only, at most six on a line.
pub(crate) fn is_topic_codes(t: &str) -> bool {
    !t.trim().is_empty()
        && t.split(['\n', '\r']).all(|line| {
            line.split(' ').filter(|w| !w.is_empty()).count() <= 6
                && line
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || matches!(b, b'-' | b' ' | b'\t'))
        })
}

/// Whether the trimmed line `t` is a review's rating in stars alone, as
/// papers print it under the headline: `★★☆☆☆`, `★★★★`, `⭐⭐⭐` (one to
/// ten stars, spaces between them allowed).
pub(crate) fn is_star_rating(t: &str) -> bool {
    let mut stars = 0;
    t.chars().all(|c| match c {
        '★' | '☆' | '✩' | '⭐' => {
            stars += 1;
            true
        }
        ' ' => true,
        _ => false,
    }) && (1..=10).contains(&stars)
}

/// The most bytes of a research corpus' document number
/// ([`is_corpus_docno`]).
const MAX_CORPUS_DOCNO: usize = 16;

/// Whether the trimmed line `t` is a research corpus' document number over
/// its story, as the TREC collections keep it: the source's capitals, the
/// date's figures, a hyphen and the story's number (`AP890825-0115`,
/// `WSJ910508-0016`, `LA010189-0042`), or the figures alone ended by a
/// period (the Wall Street Journal's second line, `910508-0016.`).
pub(crate) fn is_corpus_docno(t: &str) -> bool {
    if t.len() > MAX_CORPUS_DOCNO {
        return false;
    }
    let (t, period) = t.strip_suffix('.').map_or((t, false), |r| (r, true));
    let Some((head, number)) = t.split_once('-') else {
        return false;
    };
    let letters = head.bytes().take_while(u8::is_ascii_uppercase).count();
    let figures = head.len() - letters;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    // (the source's capitals, or none and the period)
    let source = if letters == 0 {
        period
    } else {
        (2..=4).contains(&letters) && !period
    };
    source
        && (3..=8).contains(&figures)
        && head.get(letters..).is_some_and(digits)
        && (1..=5).contains(&number.len())
        && digits(number)
}

/// A printed page's mark over a story: an export's page count (`Page 1 of
/// 3`, [`is_page_count`](super::export::is_page_count)) or a historical
/// paper's database and page over its scan
/// ([`is_scan_citation`](super::export::is_scan_citation)), furniture; or an
/// old paper's wire credit in brackets (`(Special Dispatch.)`, `[By
/// Telegraph.]`, [`is_wire_credit_note`]), a source line. Asked after
/// [`classify_header`], which these lines pass; told by the first byte
/// first.
#[inline]
pub(crate) fn print_mark(t: &str) -> Option<TrailerKind> {
    match t.as_bytes().first()? {
        b'P' | b'p' if super::export::is_page_count(t) || super::export::is_scan_citation(t) => {
            Some(TrailerKind::Furniture)
        }
        b'(' | b'[' if is_wire_credit_note(t) => Some(TrailerKind::SourceLine),
        _ => None,
    }
}

/// The most bytes of an old paper's wire credit ([`is_wire_credit_note`]).
const MAX_WIRE_CREDIT_NOTE: usize = 48;

/// Whether the trimmed line `t` is an old paper's credit for how a story
/// came, in brackets over its dateline: `(Special Dispatch.)`, `[By
/// Telegraph.]`, `(By Associated Press.)`, `(Special Correspondence to The
/// Sun.)`. It opens `Special` or `By`, and its words are capitalised but
/// for small joiners (`to`, `the`, `of`).
fn is_wire_credit_note(t: &str) -> bool {
    let inner = match t.as_bytes() {
        [b'(', .., b')'] | [b'[', .., b']'] => t.get(1..t.len() - 1),
        _ => None,
    };
    let Some(inner) = inner.filter(|_| t.len() <= MAX_WIRE_CREDIT_NOTE) else {
        return false;
    };
    let inner = inner.strip_suffix('.').unwrap_or(inner);
    (starts_ci(inner, "special ") || starts_ci(inner, "by "))
        && inner.split(' ').skip(1).all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || matches!(w, "to" | "the" | "of" | "from" | "for")
        })
}

/// Whether the trimmed line `t` is a news service's advisory of the
/// pictures that go with a story, over it: `NYT photos are available to
/// clients of the New York Times News Service.`, `AP Photos available.`,
/// `Photos available.` (a word opening in two capitals, the service's
/// code, may come first). The first two bytes are read first: most lines
/// asked open otherwise. The parser asks of a header's lines opening `N`,
/// `A` or `P`.
pub(crate) fn is_photo_advisory(t: &str) -> bool {
    let rest = match t.as_bytes() {
        [b'P' | b'p', b'h' | b'H', ..] => t,
        [b'A'..=b'Z', b'A'..=b'Z', ..] => t.split_once(' ').map_or(t, |(_, rest)| rest),
        _ => return false,
    };
    starts_ci(rest, "photos are available") || starts_ci(rest, "photos available")
}

/// Whether the trimmed line `t` is the line AP's wire sets under a story
/// with the desk, the day and the time it was sent: `AP-NY-03-03-25
/// 1412EST` (`AP-`, the desk's two or three capitals, the date as
/// `MM-DD-YY`, then the time's four figures and its zone), perhaps with
/// ANPA's end code after it (`<`). The parser asks of a header's lines.
pub(crate) fn is_ap_sent_line(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("AP-") else {
        return false;
    };
    let rest = rest.strip_suffix('<').unwrap_or(rest);
    let desk = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let Some((date, time)) = rest
        .get(desk..)
        .and_then(|r| r.strip_prefix('-'))
        .and_then(|r| r.split_once(' '))
    else {
        return false;
    };
    let date_ok = date.len() == 8
        && date.bytes().enumerate().all(|(i, b)| match i {
            2 | 5 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    let (clock, zone) = (time.get(..4).unwrap_or(""), time.get(4..).unwrap_or(""));
    (2..=3).contains(&desk)
        && date_ok
        && clock.bytes().all(|b| b.is_ascii_digit())
        && clock.len() == 4
        && (2..=3).contains(&zone.len())
        && zone.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether the trimmed paragraph `t` is an end mark (`###`, `-30-`, a rule
/// of `_` or `-`) or a sign-off (`Reuter`, an AFP desk tag, Reuters' `Our
/// Standards:` line), and which.
pub(crate) fn mark(t: &str) -> Option<TrailerKind> {
    // each end mark opens with one of these characters
    let end_mark = t.len() <= 24
        && matches!(t.as_bytes().first(), Some(b'#' | b'-' | b'E' | b'(' | b'X'))
        && (END_MARKS.iter().any(|m| compact_is(t, m)) || enditem_with_initials(t));
    // (a rule of `_` or `-`, or `End` in dashes: the first byte first)
    let rule = match t.as_bytes().first() {
        Some(b'_') => t.len() >= 3 && t.bytes().all(|c| c == b'_'),
        Some(b'-') => {
            (t.len() >= 3 && t.bytes().all(|c| c == b'-'))
                || (t.len() <= MAX_DASHED_END && is_dashed_end(t))
        }
        _ => false,
    };
    if end_mark
        || rule
        || (t.len() >= 3 && t.len() <= 80 && t.bytes().all(|c| c == b'#' || c == b' '))
    {
        return Some(TrailerKind::EndMark);
    }
    if matches!(t, "Reuter" | "REUTER" | "Reuters" | "REUTERS") || is_desk_tag(t) {
        return Some(TrailerKind::SignOff);
    }

    // an agency's name after a dash or `==`, as IANS and Kyodo sign:
    // `--IANS`, `— AFP`, `==Kyodo`
    if t.len() <= 32 && matches!(t.as_bytes().first(), Some(b'-' | b'=' | 0xE2)) {
        let agency = t.trim_start_matches(['-', '—', '–', '=']).trim_start();
        if agency.len() < t.len() && crate::tables::agencies::is_agency(agency) {
            return Some(TrailerKind::SignOff);
        }
    }
    // a one-word agency alone, as VNA signs: `VNA` (a name of more words,
    // `Financial Times`, may be a line of hard-wrapped text)
    if t.len() <= MAX_AGENCY_SIGN_OFF
        && t.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && t.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric)
        && !t.contains(' ')
        && crate::tables::agencies::is_agency(t)
    {
        return Some(TrailerKind::SignOff);
    }
    // an agency's tag and the desk's initials, as PTI signs: `PTI ABC XYZ`
    if t.len() <= MAX_DESK_SIGN_OFF && desk_sign_off(t) {
        return Some(TrailerKind::SignOff);
    }
    // the line under every story on Reuters' site
    if starts_ci(t, "our standards:") && t.len() < 120 {
        return Some(TrailerKind::SignOff);
    }
    None
}

/// The longest sign-off of an agency's tag and the desk's initials
/// (`PTI ABC XYZ RHL`) that [`mark`] reads.
const MAX_DESK_SIGN_OFF: usize = 32;

/// Whether `t` is an agency's tag in capitals and the initials of the
/// desk's editors (two to four capitals each), as PTI signs its stories:
/// `PTI ABC XYZ RHL`. Out of line, and read byte by byte before any word is
/// split off: asked of every short paragraph of the tail, a version that
/// split words first cost 1.6M instructions on the corpus profile.
#[inline(never)]
fn desk_sign_off(t: &str) -> bool {
    // capitals and spaces only: most lines stop at their second byte
    if !t.bytes().all(|b| b.is_ascii_uppercase() || b == b' ') {
        return false;
    }
    // the tag alone is [`mark`]'s one-word sign-off
    let mut words = t.split(' ');
    let agency = words.next().unwrap_or_default();
    words.all(|word| (2..=4).contains(&word.len())) && crate::tables::agencies::is_agency(agency)
}

/// The longest one-word agency [`mark`] reads as a sign-off.
const MAX_AGENCY_SIGN_OFF: usize = 16;

/// Labels of a line that credits who worked on the story, in any ASCII
/// case: Antara's `Reporter: Ann Poe` and `Editor: Tom Roe`, Xinhua's
/// `Editor: Zhang Hao`.
const CREDIT_LABELS: [&str; 5] = [
    "reporter:",
    "editor:",
    "writer:",
    "translator:",
    "photographer:",
];

/// The most bytes of a labelled credit line.
const MAX_LABEL_CREDIT: usize = 60;

/// The label of [`CREDIT_LABELS`] that `t` may open with: the one of its
/// first letter (each label has its own), when `t` has a colon where that
/// label has its own. Most text fails here.
fn label_gate(t: &str) -> Option<&'static str> {
    let first = first_lower(t);
    CREDIT_LABELS
        .iter()
        .find(|label| label.as_bytes().first() == Some(&first))
        .filter(|label| t.as_bytes().get(label.len() - 1) == Some(&b':'))
        .copied()
}

/// Whether the paragraph `t` has more than one line and its first line is a
/// labelled credit ([`label_credit`]): Antara's `Reporter: Ann Poe` over
/// `Editor: Tom Roe`.
pub(crate) fn opens_with_label_credit(t: &str) -> bool {
    // the label's gate first: most paragraphs fail it before any search
    label_gate(t).is_some()
        && memchr::memchr2(b'\n', b'\r', t.as_bytes())
            .and_then(|end| t.get(..end))
            .is_some_and(|head| label_credit(head.trim_end()))
}

/// Whether the trimmed line `t` credits a reporter or editor after a label
/// (`Editor: Tom Roe`): one line, a capital after the label.
fn label_credit(t: &str) -> bool {
    t.len() < MAX_LABEL_CREDIT
        && label_gate(t).is_some_and(|label| {
            starts_ci(t, label)
                && t.get(label.len()..)
                    .map(str::trim_start)
                    .is_some_and(|name| name.starts_with(char::is_uppercase))
        })
        && is_one_line(t)
}

/// Whether the trimmed paragraph `t` is the CNN / Daily Mail corpus's
/// `@highlight` line, which heads each summary point after the story.
fn is_highlight_mark(t: &str) -> bool {
    t.eq_ignore_ascii_case("@highlight")
}

/// How a note on where a republished story first ran, or with whom it was
/// made, opens, in any ASCII case: `This article was originally published
/// by The Detroit News.`, `This article is part of a collaboration between
/// Inside Climate News and …`, a medical trade site's `This article is a
/// collaboration between MedPage Today® and:` over the story.
const REPUBLISHED: [&str; 14] = [
    "this article was originally published",
    "this story was originally published",
    "this article is republished",
    "this story is republished",
    "this article first appeared",
    "this story first appeared",
    "this article originally appeared",
    "this story originally appeared",
    "this article is a collaboration between",
    "this story is a collaboration between",
    "this article is part of a collaboration between",
    "this story is part of a collaboration between",
    "this article was produced in partnership with",
    "this story was produced in partnership with",
];

/// How a line that tells readers how to reach the reporter or the desk
/// opens, in any ASCII case (`Send comments … at feedback@example.com`).
const REACH_OPENERS: [&str; 5] = ["contact ", "email ", "e-mail ", "reach ", "send "];

/// The most bytes of a line that tells readers how to reach the reporter.
const MAX_REACH: usize = 200;

/// Whether `t` is one line that tells readers how to reach the reporter,
/// opening with one of [`REACH_OPENERS`] and an address in it: `Contact Ann
/// Poe at apoe@example.com.`, `Email Ann Poe at apoe@example.com`.
fn is_reach_line(t: &str) -> bool {
    t.len() <= MAX_REACH
        && REACH_OPENERS.iter().any(|p| starts_ci(t, p))
        && memchr::memchr(b'@', t.as_bytes()).is_some()
        && is_one_line(t)
}

/// How a sentence that tells readers how to reach the reporter opens, in
/// any ASCII case: `Reach her at apoe@example.com.`, `Email: apoe@example.com`.
const REACH_SENTENCES: [&str; 11] = [
    "contact her at ",
    "contact him at ",
    "contact me at ",
    "contact them at ",
    "email her at ",
    "email him at ",
    "email: ",
    "reach her at ",
    "reach him at ",
    "reach me at ",
    "reach them at ",
];

/// The words after a reporter's name or pronoun that say how to reach them:
/// `Ann Poe can be reached at …`, `She may be reached by email at …`.
const REACHED: [&str; 2] = [" can be reached ", " may be reached "];

/// The most bytes of a line that tells readers how to reach the reporter in
/// a sentence of its own, after a sentence on who the reporter is.
const MAX_REACHED: usize = 300;

/// Whether `t` tells readers how to reach the reporter in a sentence, as
/// local papers end stories, and closes with an address (a mail address,
/// a phone number of seven digits or more, or an account: `… Follow her on
/// X @annpoe.`): `Ann Poe can be reached at
/// apoe@example.com.`,
/// `Ann Poe covers the courts. Reach her at 555-0101.` The sentence opens
/// the paragraph or follows a period; it is `Reach her at` (him, them, me),
/// or a name of two to four capitalised words or a pronoun before `can be
/// reached` / `may be reached`: `The hotline can be reached at 555-0100.`
/// is the story's.
#[inline(never)]
fn is_reached_line(t: &str) -> bool {
    if t.len() > MAX_REACHED {
        return false;
    }
    let bytes = t.as_bytes();
    // the address closes the paragraph: a mail address (a domain's ending,
    // `.com`, `.uk`, `.museum`, read first with no search, and an `@`), or a
    // phone number's digits, spaces, hyphens, brackets and periods, read
    // back from the end
    let closed = bytes.strip_suffix(b".").unwrap_or(bytes);
    let tail = closed
        .get(closed.len().saturating_sub(7)..)
        .unwrap_or(closed);
    let domain = tail.iter().rposition(|&b| b == b'.').is_some_and(|dot| {
        let letters = tail.get(dot + 1..).unwrap_or_default();
        letters.len() >= 2 && letters.iter().all(u8::is_ascii_alphabetic)
    });
    let mail = || memchr::memchr(b'@', closed).is_some();
    let phone = || {
        bytes
            .iter()
            .rev()
            .take_while(|b| matches!(b, b'0'..=b'9' | b' ' | b'-' | b'(' | b')' | b'.' | b'+'))
            .filter(|b| b.is_ascii_digit())
            .count()
            >= 7
    };
    // or the reporter's account after a sentence saying where to follow
    // them: `… Follow her on X @annpoe.`
    // (the last word read back to a space or an `@` first: most words
    // have no `@`)
    let account = || {
        let Some(at) = closed.iter().rposition(|&b| b == b'@' || b == b' ') else {
            return false;
        };
        let mark = at.checked_sub(1).and_then(|before| closed.get(before..=at));
        let name = closed.get(at + 1..).unwrap_or_default();
        mark == Some(b" @")
            && !name.is_empty()
            && name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_')
    };
    if !((domain && mail()) || phone() || account()) {
        return false;
    }
    // `Ann Poe can be reached …`: the words from the sentence's start
    let reached = REACHED.iter().filter_map(|r| t.find(r)).any(|at| {
        let before = t.get(..at).unwrap_or_default();
        names_reporter(before.rsplit(". ").next().unwrap_or(before))
    });
    // `Reach her at …`, opening the paragraph or a sentence
    reached
        || std::iter::once(t)
            .chain(t.match_indices(". ").filter_map(|(i, _)| t.get(i + 2..)))
            .any(|s| REACH_SENTENCES.iter().any(|p| starts_ci(s, p)))
}

/// Whether `who`, the words before `can be reached` from its sentence's
/// start, names the reporter ([`is_reached_line`]): a pronoun, or two to
/// four capitalised words.
fn names_reporter(who: &str) -> bool {
    let words = who.split(' ').count();
    let pronoun = ["She", "He", "They"].contains(&who);
    let name = (2..=4).contains(&words)
        && who
            .split(' ')
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    pronoun || name
}

/// The links a page's footer lists, in any ASCII case.
const FOOTER_LINKS: [&str; 8] = [
    "terms of service",
    "terms of use",
    "privacy policy",
    "cookie policy",
    "contact us",
    "about us",
    "advertise",
    "sitemap",
];

/// The most bytes of a page's footer line.
const MAX_FOOTER: usize = 160;

/// Whether `t` is a page's footer copied under the story: links of
/// [`FOOTER_LINKS`] between bars (`Terms of Service | Privacy Policy`).
fn is_footer(t: &str) -> bool {
    // the first link's first two letters, before the bars are sought
    let head = t.get(..2).unwrap_or("");
    t.len() <= MAX_FOOTER
        && FOOTER_LINKS
            .iter()
            .any(|f| f.get(..2).is_some_and(|h| h.eq_ignore_ascii_case(head)))
        && memchr::memchr(b'|', t.as_bytes()).is_some()
        && t.split('|').all(|link| {
            FOOTER_LINKS
                .iter()
                .any(|f| f.eq_ignore_ascii_case(link.trim()))
        })
}

/// How a line that points readers elsewhere opens, in any ASCII case (a
/// curly `’` read as `'`).
const PROMO_OPENERS: [&str; 12] = [
    "view original content",
    "more ap ",
    "related links",
    "see also:",
    "follow ",
    "find more",
    "find ap's",
    "read more",
    "sign up for",
    "subscribe to",
    "click here",
    "download the",
];

/// The one of [`PROMO_OPENERS`] with a quote, which a curly quote in the
/// text may stand for (named, so that no opener is searched for a quote).
const QUOTED_PROMO_OPENER: &str = "find ap's";

/// The most bytes of a line that points readers elsewhere.
const MAX_PROMO: usize = 300;

/// Whether `t` is one line that points readers to more coverage, a
/// newsletter or an account, as AP and sites end stories: `Follow AP's
/// coverage of the storm at https://…`, `More AP NHL: https://…`, `Sign up for our newsletter`,
/// PR Newswire's `Related Links` over a link a line,
/// `Follow Ann Poe on X at @annpoe`, `Read more: Acme hires 500`. It opens
/// with one of [`PROMO_OPENERS`] and names a link, an account, coverage or a
/// newsletter, or opens with `Read more:` or `See also:`: `Follow the
/// money, investigators said.` is text.
#[inline]
pub(crate) fn is_promo(t: &str) -> bool {
    // each opener starts with one of these letters: most paragraphs stop here
    if t.len() > MAX_PROMO
        || !matches!(
            first_lower(t),
            b'f' | b'r' | b's' | b'c' | b'd' | b'v' | b'm'
        )
    {
        return false;
    }
    // the openers of the paragraph's first letter, compared by bytes; with a
    // quote, by characters too (`Find AP’s`)
    let first = first_lower(t);
    let opens = PROMO_OPENERS.iter().any(|p| {
        p.as_bytes().first() == Some(&first)
            && (starts_ci(t, p) || (*p == QUOTED_PROMO_OPENER && starts_ci_quote(t, p)))
    });
    if !opens {
        return false;
    }
    // PR Newswire's `Related Links` over its links, a line each
    let head = first_line(t);
    if head
        .trim_end_matches(':')
        .eq_ignore_ascii_case("related links")
    {
        let mut links = t
            .get(head.len()..)
            .unwrap_or_default()
            .split(['\n', '\r'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .peekable();
        return links.peek().is_some()
            && links.all(|l| starts_ci(l, "http") || starts_ci(l, "www."));
    }
    if t.contains(['\n', '\r']) {
        return false;
    }
    // a label that says it points elsewhere: `Read more: Acme hires 500`
    if ["read more:", "see also:"].iter().any(|p| starts_ci(t, p)) {
        return true;
    }
    let hay = t.as_bytes();
    let has = |word: &[u8]| {
        hay.windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word))
    };
    has(b"http") || has(b"www.") || t.contains('@') || has(b"coverage") || has(b"newsletter")
}

/// The labels a press release's contact block opens with.
const CONTACT_LABELS: [&str; 11] = [
    "media contact",
    "media contacts",
    "media relations",
    "press contact",
    "investor contact",
    "investor relations",
    "contact:",
    "contacts:",
    "for more information",
    "for further information",
    // (a fire or police department's public information officer)
    "pio:",
];

/// Whether the trimmed paragraph `t` opens as a press release's contact
/// block: `Contacts` alone on its first line, or one of
/// [`CONTACT_LABELS`] (`Media contact: Ann Poe`, `Contact:` over names).
pub(crate) fn opens_contact(t: &str) -> bool {
    // (the labels' first letters first: most paragraphs open otherwise)
    if !matches!(first_lower(t), b'm' | b'p' | b'i' | b'c' | b'f') {
        return false;
    }
    let head = first_line(t);
    ["contact", "contacts"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(head))
        || CONTACT_LABELS.iter().any(|p| starts_ci(t, p))
}

/// The longest office's name over a contact's label
/// ([`office_over_contact`]), in bytes.
const MAX_CONTACT_OFFICE: usize = 60;

/// Whether the paragraph `t` is a contact block ([`opens_contact`]) under
/// the name of the office that sends the release, as the Coast Guard's
/// releases print it: `U.S. Coast Guard Pacific Area` / `Contact: Pacific
/// Area Public Affairs` / `Office: (510) 555-0175`. The name's line, of at
/// most [`MAX_CONTACT_OFFICE`] bytes, is found first (a story's paragraph
/// runs on past it). Only the header asks.
pub(crate) fn office_over_contact(t: &str) -> bool {
    let bytes = t.as_bytes();
    let window = bytes.get(..=MAX_CONTACT_OFFICE).unwrap_or(bytes);
    let Some(end) = memchr::memchr2(b'\n', b'\r', window) else {
        return false;
    };
    let head = t.get(..end).unwrap_or("").trim_end();
    !head.is_empty()
        && !head.ends_with(['.', ':'])
        && t.get(end..)
            .is_some_and(|next| opens_contact(next.trim_start()))
}

/// What kind of trailer the paragraph `t` is, if any.
pub(crate) fn classify(t: &str) -> Option<TrailerKind> {
    let t = crate::text::trim(t);
    classify_wire(t).or_else(|| classify_page(t))
}

/// Whether the trimmed line `t` names a story's source: a release service's
/// `SOURCE Acme Corp`, a page's `Source: Xinhua`.
pub(crate) fn is_source_line(t: &str) -> bool {
    t.starts_with("SOURCE ") || starts_ci(t, "source: ")
}

/// The trailer kinds web pages and release services add under a story,
/// asked of what [`classify_wire`] leaves: a reporter's address line or
/// sentence and EIN Presswire's contact block (`Contact`), the page's tags,
/// footer links and `Advertisement` label (`Furniture`), a republished
/// story's first home or a story's print (`SourceLine`), AP's note on who
/// funds its coverage (`About`), a `Legal Disclaimer:` (`Copyright`). Out
/// of line, so that the wire kinds' code, asked of every paragraph of the
/// tail, stays as it was.
#[inline(never)]
fn classify_page(t: &str) -> Option<TrailerKind> {
    // a release service's legal notice under the story
    if first_lower(t) == b'l' && t.len() <= MAX_DISCLAIMER && starts_ci(t, "legal disclaimer") {
        return Some(TrailerKind::Copyright);
    }
    if t.len() > MAX_PAGE_LINE {
        return is_support_note(t).then_some(TrailerKind::About);
    }
    // each kind is told by the first letters before anything is searched:
    // most paragraphs stop at the second byte
    match first_lower(t) {
        b'c' | b'e' | b'r' | b's' if is_reach_line(t) => Some(TrailerKind::Contact),
        // a page's tags under the story: `Tags: Acme, Detroit, jobs`
        b't' if (starts_ci(t, "tags:") || starts_ci(t, "topics:")) && is_one_line(t) => {
            Some(TrailerKind::Furniture)
        }
        // a blog's categories under the story: `Filed Under: Community
        // Corner, News`
        b'f' if is_filed_under(t) && is_one_line(t) => Some(TrailerKind::Furniture),
        // where a republished story first ran
        b't' if starts_ci(t, "this ") && REPUBLISHED.iter().any(|p| starts_ci(t, p)) => {
            Some(TrailerKind::SourceLine)
        }
        // an ad's label left under the story
        b'a' if t.eq_ignore_ascii_case("advertisement") => Some(TrailerKind::Furniture),
        // the New York Times' note of the story's print (`A version of this
        // article appears in print on April 21, 1970, Page 1 of the New
        // York edition with the headline: …`)
        b'a' if matches!(t.as_bytes(), [_, b' ', b'v', b'e', b'r', b's', ..])
            && starts_ci(t, "a version of this article appears in print") =>
        {
            Some(TrailerKind::SourceLine)
        }
        b't' | b'a' if is_support_note(t) => Some(TrailerKind::About),
        _ if is_footer(t) => Some(TrailerKind::Furniture),
        _ if is_reached_line(t) => Some(TrailerKind::Contact),
        _ if is_release_contact(t) => Some(TrailerKind::Contact),
        _ => None,
    }
}

/// The most bytes of a release service's legal notice (`Legal Disclaimer:
/// EIN Presswire provides this news content "as is" …`).
const MAX_DISCLAIMER: usize = 800;

/// The last lines of a release service's contact block: its mail link, or
/// the social networks listed under `Visit us on social media:`.
const RELEASE_CONTACT_ENDS: [&str; 8] = [
    "email us here",
    "Facebook",
    "Instagram",
    "LinkedIn",
    "TikTok",
    "Twitter",
    "X",
    "YouTube",
];

/// Whether `t` is a block of lines that ends with a line of
/// [`RELEASE_CONTACT_ENDS`] and has `email us here` on a line of its own:
/// `Ann Poe` / `Acme Corp.` / `+1 555-0100` / `email us here` / `Visit us
/// on social media:` / `LinkedIn`. The last line is read first, from the
/// end: a paragraph of the story ends with a period and stops there.
fn is_release_contact(t: &str) -> bool {
    // the last byte of every end: a story's paragraph stops here
    let bytes = t.as_bytes();
    if !matches!(bytes.last(), Some(b'e' | b'k' | b'm' | b'n' | b'r' | b'X')) {
        return false;
    }
    // the last line, found within the longest end's length from the end
    let longest = "email us here".len();
    let Some(back) = bytes
        .iter()
        .rev()
        .take(longest + 1)
        .position(|&b| b == b'\n' || b == b'\r')
    else {
        return false;
    };
    let last = t.get(t.len() - back..).unwrap_or_default();
    if !RELEASE_CONTACT_ENDS.contains(&last) {
        return false;
    }
    t.split(['\n', '\r'])
        .any(|line| line.trim() == "email us here")
}

/// The most bytes of a line [`classify_page`] reads, but AP's funding note.
const MAX_PAGE_LINE: usize = 300;

/// The most bytes of AP's note on who funds its coverage.
const MAX_SUPPORT_NOTE: usize = 400;

/// Whether `t` is AP's note on who funds its coverage, under many of its
/// stories: `The Associated Press receives support from … AP is solely
/// responsible for all content.`, `The Associated Press’ climate coverage
/// receives financial support from …`.
fn is_support_note(t: &str) -> bool {
    // `The Associated Press` or `AP's` / `AP’s`, told by their first bytes
    let bytes = t.as_bytes();
    let opens = match bytes {
        [b't' | b'T', b'h' | b'H', b'e' | b'E', b' ', b'a' | b'A', ..] => {
            starts_ci(t, "the associated press")
        }
        [b'a' | b'A', b'p' | b'P', b'\'' | 0xE2, ..] => true,
        _ => false,
    };
    t.len() <= MAX_SUPPORT_NOTE && opens && t.contains("solely responsible for all content")
}

/// [`classify`] for the kinds of the wires and press releases, of the
/// trimmed paragraph `t`.
fn classify_wire(t: &str) -> Option<TrailerKind> {
    if let Some(kind) = classify_header(t) {
        return Some(kind);
    }
    if let Some(kind) = mark(t) {
        return Some(kind);
    }
    if is_highlight_mark(t) {
        return Some(TrailerKind::Highlight);
    }
    if is_promo(t) {
        return Some(TrailerKind::Promo);
    }
    // `(Reporting by …)`, and the same without brackets as scraped copy has
    // it: then every part must credit capitalised names
    // (`Reporting by Ann Poe; Editing by Tom Roe`)
    let bracketed = t.starts_with('(') && t.ends_with(')');
    // one line of at most 300 bytes (tested only once a prefix matched)
    let unbracketed =
        || !bracketed && t.len() < 300 && memchr::memchr(b'\n', t.as_bytes()).is_none();
    if t.len() < MAX_LABEL_CREDIT && label_credit(t) {
        // Xinhua's `Editor: Zhang Hao`, Antara's `Reporter: Ann Poe`
        return Some(TrailerKind::Credits);
    }
    let inner = t.trim_start_matches('(');
    if CREDIT_OPENERS.iter().any(|p| starts_ci(inner, p)) {
        let named =
            |part: &str| credit(part).is_some_and(|c| c.names.starts_with(char::is_uppercase));
        if bracketed || (unbracketed() && t.trim_end_matches('.').split(';').all(named)) {
            return Some(TrailerKind::Credits);
        }
    }
    // Reuters' note in brackets: `(This story has been refiled to fix a
    // typo in paragraph 1)`
    if bracketed
        && first_lower(inner) == b't'
        && t.len() < 400
        && CORRECTED.iter().any(|p| starts_ci(inner, p))
    {
        return Some(TrailerKind::Correction);
    }
    if t.len() < 400 && (contributed(t) || assisted(t)) {
        return Some(TrailerKind::Contributors);
    }
    // Bloomberg's `To contact the reporter on this story:`, a heading line;
    // of the kinds below, a paragraph opening with `t` can be no other
    if first_lower(t) == b't' {
        if starts_ci(t, "to contact the ") && first_line(t).ends_with(':') {
            return Some(TrailerKind::Contact);
        }
        return is_copyright(t).then_some(TrailerKind::Copyright);
    }
    // Business Wire runs the boilerplate on under its heading without a blank
    // line: the heading rules look at the first line alone (and only where
    // the first letter allows one)
    // AP's `On the Net:` over the links readers may follow: a block like
    // `About`'s (of the kinds below, only a copyright notice opens with `o`
    // too)
    if first_lower(t) == b'o' && is_on_the_net(first_line(t)) {
        return Some(TrailerKind::Promo);
    }
    if !(opens_like_block(t) || first_lower(t) == b's') {
        // of the kinds below, only a copyright notice opens otherwise
        return is_copyright(t).then_some(TrailerKind::Copyright);
    }
    let head = first_line(t);
    if starts_ci(head, "about ")
        && head.len() <= 80
        && head
            .get(6..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
        // a heading, not a sentence; `About Acme Corp.` ends in an abbreviation
        && (!head.ends_with('.')
            || head
                .rsplit(' ')
                .next()
                .is_some_and(crate::tables::abbreviations::is_abbreviation))
    {
        return Some(TrailerKind::About);
    }
    if opens_contact(t) {
        return Some(TrailerKind::Contact);
    }
    if is_source_line(t) && t.len() < 200 {
        return Some(TrailerKind::SourceLine);
    }
    if is_copyright(t) {
        return Some(TrailerKind::Copyright);
    }
    None
}

/// How an `About`, contact, `@highlight` or `On the Net` block's heading
/// opens, in any ASCII case: every heading [`classify`] reads as one starts
/// with one of these.
const BLOCK_OPENERS: [&str; 12] = [
    "about ",
    "contact",
    "media contact",
    "media relations",
    "press contact",
    "investor contact",
    "investor relations",
    "for more information",
    "for further information",
    "to contact the ",
    "@highlight",
    "on the net",
];

/// Whether the first line `head` is AP's `On the Net` heading (a colon
/// after it or not), over the links it points readers to.
fn is_on_the_net(head: &str) -> bool {
    starts_ci(head, "on the net")
        && head
            .get(10..)
            .is_some_and(|rest| matches!(rest.trim(), "" | ":"))
}

/// Whether `t` may be an `About`, contact, `@highlight` or `On the Net`
/// block by how its heading opens ([`BLOCK_OPENERS`]): a quick test
/// [`classify`] can only return [`TrailerKind::About`],
/// [`TrailerKind::Contact`], [`TrailerKind::Highlight`] or (for `On the
/// Net`) [`TrailerKind::Promo`] after. Most paragraphs fail it at their first
/// letter.
fn may_open_block(t: &str) -> bool {
    // paragraphs come trimmed: blank space is looked for only past a first
    // byte that is not printable ASCII
    let t = match t.as_bytes().first() {
        Some(b) if b.is_ascii_graphic() => t,
        _ => t.trim_start(),
    };
    let Some(&first) = t.as_bytes().first() else {
        return false;
    };
    // one look-up gives the openers of the first letter, one or two, and
    // the second letter they share, which rules out most of the paragraphs
    // that share the first (`The` for `to contact the `) before any prefix
    // is compared
    let entry = OPENERS_BY_LETTER
        .get(usize::from(first))
        .copied()
        .unwrap_or(0);
    let second = t.as_bytes().get(1).map_or(0, u8::to_ascii_lowercase);
    if entry == 0 || u32::from(second) != entry >> 16 {
        return false;
    }
    let mut openers = entry & 0xFFFF;
    while openers != 0 {
        let i = openers.trailing_zeros() as usize;
        if BLOCK_OPENERS.get(i).is_some_and(|p| starts_ci(t, p)) {
            return true;
        }
        openers &= openers - 1;
    }
    false
}

/// For each byte, the set of [`BLOCK_OPENERS`] (bit `i` for opener `i`)
/// whose first letter it is in either case, and in bits 16 to 23 the second
/// letter those openers share (the build fails if two do not).
static OPENERS_BY_LETTER: [u32; 256] = {
    assert!(BLOCK_OPENERS.len() <= 16);
    let mut table = [0; 256];
    let mut i = 0;
    while i < BLOCK_OPENERS.len() {
        let opener = BLOCK_OPENERS[i].as_bytes();
        let (first, second) = (opener[0], opener[1] as u32);
        let before = table[first as usize];
        assert!(before == 0 || before >> 16 == second);
        let entry = before | (1 << i) | (second << 16);
        table[first as usize] = entry;
        table[first.to_ascii_uppercase() as usize] = entry;
        i += 1;
    }
    table
};

/// Whether `t` opens with the first letter of one of [`BLOCK_OPENERS`]
/// other than `t` (Bloomberg's contact heading) and `o` (AP's `On the Net`),
/// which [`classify`] tests first: the gate in [`classify`] before its
/// `About` and contact rules.
fn opens_like_block(t: &str) -> bool {
    let first = first_lower(t);
    !matches!(first, b't' | b'o')
        && OPENERS_BY_LETTER
            .get(usize::from(first))
            .is_some_and(|&openers| openers != 0)
}

/// The most bytes a copyright notice may have.
const MAX_COPYRIGHT: usize = 400;
/// The most bytes of a news service's copyright line, `c.2026 N.Y. Times
/// News Service`.
const MAX_SERVICE_LINE: usize = 80;
/// The most bytes of a notice that says `All rights reserved` without
/// opening with `©` or `Copyright`.
const MAX_RESERVED: usize = 200;

/// Whether `t` is a copyright notice: `© 2026 Reuters`, `Copyright 2026 The
/// Associated Press. All rights reserved.`, `Copyright (c) 2026 Acme`, or
/// a paragraph of at most 200 bytes saying `All rights reserved`. `Copyright lawsuits
/// rose` is not one: a year or a sign must follow the word.
fn is_copyright(t: &str) -> bool {
    if t.len() > MAX_COPYRIGHT {
        return false;
    }
    if is_signed_copyright(t) {
        return true;
    }
    // `rights reserved` in any case, in a notice short enough not to be a
    // story's paragraph: find the rare `eserved` (`ESERVED`), then look
    // behind it
    if t.len() > MAX_RESERVED {
        return false;
    }
    let hay = t.as_bytes();
    let rights = |at: usize| {
        at.checked_sub(8)
            .and_then(|from| hay.get(from..at))
            .is_some_and(|w| w.eq_ignore_ascii_case(b"rights r"))
    };
    any_case(t, &RESERVED, rights)
}

/// Whether `t` opens as a copyright notice does, with the sign or the word
/// and a year, or is a news service's line ([`is_service_copyright`]); the
/// length is for the caller to bound (see [`is_copyright`]). Asked also of
/// a line run on over the story (`©2026 Acme Inc.` / `WASHINGTON, …`).
#[inline]
pub(crate) fn is_signed_copyright(t: &str) -> bool {
    if t.starts_with('©') || is_service_copyright(t) {
        return true;
    }
    if starts_ci(t, "copyright") {
        let rest = t.get(9..).unwrap_or("").trim_start();
        let signed =
            rest.starts_with('©') || rest.get(..3).is_some_and(|c| c.eq_ignore_ascii_case("(c)"));
        return signed || rest.starts_with(|c: char| c.is_ascii_digit());
    }
    false
}

/// Whether the trimmed header part `t`, opening with `c`, `C` or `(`, is a
/// copyright line over a story: a news service's ([`is_service_copyright`])
/// or one opening with `Copyright`, as the AP's old wire's header holds it
/// (`Copyright 1994 The Associated Press. All rights reserved.`,
/// [`is_copyright`]). Told by the second and third bytes first: most parts
/// opening with `C` stop there.
#[inline]
fn copyright_over_story(t: &str) -> bool {
    match t.as_bytes() {
        [_, b'o' | b'O', b'p' | b'P', ..] => is_copyright(t),
        [b'c' | b'(', ..] => is_service_copyright(t),
        _ => false,
    }
}

/// Whether `t` is a news service's copyright line, as it sends one with a
/// story: `(c) 2026 The Detroit News` (of at most [`MAX_COPYRIGHT`] bytes),
/// or the New York Times service's `c.2026 N.Y. Times News Service` (a
/// comma after the year too, as the Los Angeles Times' service sent it:
/// `c.1997, Los Angeles Times`).
pub(crate) fn is_service_copyright(t: &str) -> bool {
    if starts_ci(t, "(c) ") {
        return t.len() <= MAX_COPYRIGHT
            && t.get(4..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    }
    if let Some(rest) = t.strip_prefix("c.") {
        return t.len() <= MAX_SERVICE_LINE
            && rest
                .get(..4)
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
            && rest
                .get(4..)
                .and_then(|r| r.strip_prefix(", ").or_else(|| r.strip_prefix(' ')))
                .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    }
    false
}

/// How the AP's notice on using its copy opens ([`is_usage_notice`]), in
/// any ASCII case.
const USAGE_NOTICE_OPENER: &str = "the information contained in ";

/// What the AP's notice on using its copy says after its opening
/// ([`is_usage_notice`]).
const USAGE_NOTICE_VERB: &str = " may not be published";

/// Whether `t` is the AP's notice on using its copy, as its old wire's
/// header holds it over the story (`The information contained in the AP
/// news report may not be published, broadcast, rewritten or otherwise
/// distributed without the prior written authority of The Associated
/// Press.`): of at most [`MAX_RESERVED`] bytes, [`USAGE_NOTICE_OPENER`]
/// and then [`USAGE_NOTICE_VERB`].
fn is_usage_notice(t: &str) -> bool {
    // (the bytes after the first word's space first, `the info`: most
    // paragraphs opening with `t` stop there)
    matches!(
        t.as_bytes(),
        [
            _,
            _,
            _,
            b' ',
            b'i' | b'I',
            b'n' | b'N',
            b'f' | b'F',
            b'o' | b'O',
            ..
        ]
    ) && t.len() <= MAX_RESERVED
        && starts_ci(t, USAGE_NOTICE_OPENER)
        && memchr::memmem::find(t.as_bytes(), USAGE_NOTICE_VERB.as_bytes()).is_some()
}

/// `eserved` and `ESERVED`, for [`is_copyright`]; built once (see
/// [`CONTRIBUTED`]).
static RESERVED: LazyLock<[Finder<'static>; 2]> =
    LazyLock::new(|| [Finder::new("eserved"), Finder::new("ESERVED")]);

/// Whether `t` is written in capitals, judged by its first 16 bytes: two
/// ASCII capitals and no lower-case ASCII letter. Only then are the
/// upper-case phrases worth a search.
fn shouts(t: &str) -> bool {
    let head = t.as_bytes().get(..16).unwrap_or(t.as_bytes());
    !head.iter().any(u8::is_ascii_lowercase)
        && head.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2
}

/// One `;`-separated part of a credits line, `Editing by Tom Roe`, as a
/// [`Credit`]; `None` when it has no ` by `.
pub(crate) fn credit(part: &str) -> Option<Credit<'_>> {
    let text = part.trim();
    let bytes = text.as_bytes();
    let at = (0..bytes.len().saturating_sub(3)).find(|&i| {
        bytes
            .get(i..i + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b" by ") || w.eq_ignore_ascii_case(b"\nby "))
    })?;
    let role = text.get(..at)?.trim();
    let names = text.get(at + 4..)?.trim();
    (!role.is_empty() && !names.is_empty()).then_some(Credit { text, role, names })
}

/// The names of a credit: split at commas, ` and `, ` & `, each without a
/// trailing ` in <Place>`.
pub(crate) fn credit_names(names: &str) -> impl Iterator<Item = &str> {
    names
        .split(',')
        .flat_map(|s| s.split(" and "))
        .flat_map(|s| s.split(" & "))
        .map(|s| {
            let s = s.trim();
            let cut = s.find(" in ").or_else(|| s.find("\nin "));
            cut.and_then(|i| s.get(..i)).unwrap_or(s).trim()
        })
        .filter(|s| !s.is_empty())
}

/// How many paragraphs from the end [`trailing_start`] looks at.
const LOOK_BACK: usize = 40;
/// How many ordinary paragraphs in a row end the search for trailing matter.
const MAX_PENDING: usize = 12;

// [`Tail`] marks the paragraphs it classified in the bits of a `u64`
const _: () = assert!(LOOK_BACK <= 64);

/// Where the trailing matter of a body starts, with the kinds the search
/// already worked out, so no paragraph is classified twice.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tail {
    /// The index of the first paragraph of the trailing matter.
    pub(crate) start: usize,
    /// The index `kinds[0]` stands for.
    base: usize,
    /// The kind of each paragraph from `base` on that was fully classified.
    kinds: [Option<TrailerKind>; LOOK_BACK],
    /// Bit `i` set: `kinds[i]` holds a full classification.
    classified: u64,
}

impl Tail {
    /// The kind of paragraph `i`, whose text is `t`: the search's answer
    /// where it classified `i`, else [`classify`]'s.
    pub(crate) fn kind(&self, i: usize, t: &str) -> Option<TrailerKind> {
        let slot = i.checked_sub(self.base).filter(|&k| k < LOOK_BACK);
        match slot {
            Some(k) if self.classified & (1 << k) != 0 => self.kinds.get(k).copied().flatten(),
            _ => classify(t),
        }
    }
}

/// Where the trailing matter among the body's `n` paragraphs, whose texts
/// `text(i)` gives, starts: everything from there on is a trailer, or text
/// inside an `About` or contact block. Looks back over at most
/// [`LOOK_BACK`] paragraphs, so the body's length does not matter.
///
/// Once an ordinary paragraph has been passed, only an `About`, contact or
/// `@highlight` block can move the start back, so the paragraphs above it are
/// first tested with [`may_open_block`] and fully classified only when it
/// allows one: most articles classify just their last few paragraphs.
pub(crate) fn trailing_start<'t>(n: usize, text: impl Fn(usize) -> &'t str) -> Tail {
    let base = n.saturating_sub(LOOK_BACK);
    let mut tail = Tail {
        start: n,
        base,
        kinds: [None; LOOK_BACK],
        classified: 0,
    };
    let mut pending = 0;
    for i in (base..n).rev() {
        let t = text(i);
        let kind = if pending == 0 || may_open_block(t) {
            let kind = classify(t);
            if let Some(slot) = tail.kinds.get_mut(i - base) {
                *slot = kind;
                tail.classified |= 1 << (i - base);
            }
            kind
        } else {
            None
        };
        // a heading whose block runs on under it
        let block = matches!(
            kind,
            Some(TrailerKind::About | TrailerKind::Contact | TrailerKind::Highlight)
        ) || (kind == Some(TrailerKind::Promo) && is_on_the_net(first_line(t)));
        match kind {
            _ if block => {
                tail.start = i;
                pending = 0;
            }
            Some(_) if pending == 0 => tail.start = i,
            _ => {
                pending += 1;
                if pending > MAX_PENDING {
                    break;
                }
            }
        }
    }
    tail
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamp_labels_alone() {
        for t in [
            "Published",
            "UPDATED",
            "Updated:",
            "Updated on:",
            "Published on:",
            "Last Updated:",
            "last updated on:",
            "Posted on:",
        ] {
            assert!(is_stamp_label(t), "{t}");
        }
        for t in [
            "Update:",
            "Updates",
            "Posted in:",
            "Published by:",
            "Updated on: 03 Mar 2026",
            "Uploaded:",
            "Last seen:",
        ] {
            assert!(!is_stamp_label(t), "{t}");
        }
    }

    #[test]
    fn photo_advisories() {
        for t in [
            "NYT photos are available to clients of the New York Times News Service.",
            "AP Photos available.",
            "Photos available",
        ] {
            assert!(is_photo_advisory(t), "{t:?}");
        }
        for t in [
            "Photos of the flood show a town under water.",
            "Nearby photos are available",
            "",
        ] {
            assert!(!is_photo_advisory(t), "{t:?}");
        }
    }

    #[test]
    fn offices_over_contacts() {
        for t in [
            "U.S. Coast Guard Pacific Area\nContact: Pacific Area Public Affairs\nOffice: (510) 555-0175",
            "Acme Foods Ltd\r\n  Contact: Ann Poe",
        ] {
            assert!(office_over_contact(t), "{t:?}");
        }
        for t in [
            // (a sentence's line, a label's, one too long for an office's
            // name, or no contact's label under it)
            "The office said it would reply.\nContact: Ann Poe",
            "Note:\nContact: Ann Poe",
            "Regional Public Affairs Office of the United States Coast Guard Pacific Area\nContact: Ann Poe",
            "U.S. Coast Guard Pacific Area\nOffice: (510) 555-0175",
            "U.S. Coast Guard Pacific Area",
            "\nContact: Ann Poe",
        ] {
            assert!(!office_over_contact(t), "{t:?}");
        }
    }

    #[test]
    fn mottos() {
        for t in [
            "Democracy Dies in Darkness",
            "All the News That's Fit to Print",
            "ALL THE NEWS THAT’S FIT TO PRINT",
            "Exclusive news, data and analytics for financial market professionals",
            "Global perspective Human stories",
        ] {
            assert!(is_motto(t), "{t:?}");
        }
        for t in [
            "Democracy dies in darkness, the editor said",
            "Darkness",
            "",
        ] {
            assert!(!is_motto(t), "{t:?}");
        }
    }

    #[test]
    fn collection_stamps_and_codes() {
        assert!(is_collection_stamp("10-MAR-1987 11:20:50.84"));
        assert!(is_collection_stamp("8-MAR-1987 19:29:40.06"));
        for t in [
            "10-Mar-1987 11:20:50.84",
            "10-MAR-1987 11:20:50",
            "10-MAR-1987T11:20:50.84",
            "100-MAR-1987 11:20:50.84",
            "-MAR-1987 11:20:50.84",
        ] {
            assert!(!is_collection_stamp(t), "{t:?}");
        }
        for t in [
            "palm-oil\nmalaysia",
            "earn usa",
            "trade japan usa",
            "grain\r\nwheat",
        ] {
            assert!(is_topic_codes(t), "{t:?}");
        }
        for t in [
            "",
            "Palm-oil",
            "earn usa 1987",
            "a b c d e f g",
            "palm oil, malaysia",
        ] {
            assert!(!is_topic_codes(t), "{t:?}");
        }
    }

    #[test]
    fn star_ratings() {
        for t in ["★★☆☆☆", "★★★★", "⭐⭐⭐", "★ ★ ★ ☆ ☆", "✩"] {
            assert!(is_star_rating(t), "{t:?}");
        }
        for t in [
            "",
            "  ",
            "★★★★★★★★★★★",
            "★★☆☆☆ Priya Everly",
            "4/5",
            "*****",
        ] {
            assert!(!is_star_rating(t), "{t:?}");
        }
    }

    #[test]
    fn corpus_document_numbers() {
        for t in [
            "AP890825-0115",
            "WSJ910508-0016",
            "LA010189-0042",
            "910508-0016.",
            "FT911-3",
        ] {
            assert!(is_corpus_docno(t), "{t:?}");
        }
        for t in [
            "AP890825-0115.",
            "910508-0016",
            "A890825-0115",
            "APWS890825-0115x",
            "AP89-0115",
            "AP890825-",
            "AP890825-011500",
            "ap890825-0115",
            "AP890825 0115",
            "COVID-19",
            "AP8908251234567-0115",
            "APWS12345678-12345",
            "AP89x825-0115",
        ] {
            assert!(!is_corpus_docno(t), "{t:?}");
        }
    }

    #[test]
    fn wire_credit_notes() {
        for t in [
            "(Special Dispatch.)",
            "[By Telegraph.]",
            "(By Associated Press.)",
            "(Special Correspondence to The Sun.)",
            "(By Cable)",
        ] {
            assert!(is_wire_credit_note(t), "{t:?}");
            assert_eq!(print_mark(t), Some(TrailerKind::SourceLine), "{t:?}");
        }
        for t in [
            "(Special prices apply.)",
            "(By the way, it rained.)",
            "(Special Dispatch.",
            "[By Telegraph.)",
            "Special Dispatch.",
            "(By Cable from London, where the talks went on into the night.)",
            "(By Special Correspondent Of The Morning Chronicle And Evening Post.)",
            "()",
        ] {
            assert!(!is_wire_credit_note(t), "{t:?}");
            assert_eq!(print_mark(t), None, "{t:?}");
        }
        assert_eq!(print_mark("Page 2 of 5"), Some(TrailerKind::Furniture));
        assert_eq!(print_mark(""), None);
    }

    #[test]
    fn id_lines() {
        for (t, want) in [
            ("News ID: 3190412", true),
            ("Article ID: 88123", true),
            ("Story ID: A-1207", true),
            ("story id:  A-1207", true),
            ("Story Number: NNS160412-07", true),
            // no code, other words after the colon, or no `ID` label (a
            // number's label other than the Navy's)
            ("Pick a Number: 7", false),
            ("News ID:", false),
            ("How to get your ID: 5 steps for 2026", false),
            ("News: 3190412", false),
            ("News ID 3190412", false),
        ] {
            assert_eq!(is_id_line(t), want, "{t:?}");
        }
    }

    #[test]
    fn web_addresses() {
        for t in [
            "https://example.com/news/storm",
            "www.example.com",
            "example.com",
            "news.example.co.uk",
            "ktvq-2.example.org",
        ] {
            assert!(is_web_address(t), "{t:?}");
        }
        // a word and its stop, a lone dot, a number, an abbreviation in
        // capitals: no domain (a paragraph's last line `said.` was one)
        for t in ["said.", "etc.", ".", "3.5", "a.b", "U.S.", "said. more"] {
            assert!(!is_web_address(t), "{t:?}");
        }
    }

    #[test]
    fn run_in_end_marks() {
        for (t, at) in [
            ("The official said. Enditem", Some(19)),
            ("He said: \"Done.\"  ENDITEM", Some(18)),
            ("Enditem", None),
            ("The word is Enditem", None),
            ("It ended.Enditem", None),
            ("The official said.", None),
        ] {
            assert_eq!(run_in_end_mark(t), at, "{t:?}");
        }
    }

    #[test]
    fn kinds() {
        let cases: &[(&str, TrailerKind)] = &[
            (
                "(Reporting by Ann Poe; Editing by Tom Roe)",
                TrailerKind::Credits,
            ),
            ("Reuter", TrailerKind::SignOff),
            ("###", TrailerKind::EndMark),
            ("-30-", TrailerKind::EndMark),
            ("___", TrailerKind::EndMark),
            ("-- end of clipping --", TrailerKind::EndMark),
            ("- End of story -", TrailerKind::EndMark),
            ("--END--", TrailerKind::EndMark),
            (
                "Associated Press writer Ann Poe contributed to this report.",
                TrailerKind::Contributors,
            ),
            ("About Acme Corp", TrailerKind::About),
            ("Media contact: Ann Poe, 555-0100", TrailerKind::Contact),
            ("SOURCE Acme Corp", TrailerKind::SourceLine),
            ("--IANS", TrailerKind::SignOff),
            ("PTI ABC XYZ RHL", TrailerKind::SignOff),
            ("PTI KR", TrailerKind::SignOff),
            ("==Kyodo", TrailerKind::SignOff),
            ("-Field Level Media", TrailerKind::SignOff),
            ("— The Sports Xchange", TrailerKind::SignOff),
            ("VNA", TrailerKind::SignOff),
            ("Reporter: Ann Poe", TrailerKind::Credits),
            ("EDITOR: Tom Roe", TrailerKind::Credits),
            ("Translator: Jo Li", TrailerKind::Credits),
            (
                "(This story has been refiled to fix a typo in paragraph 1)",
                TrailerKind::Correction,
            ),
            (
                "This story was refiled to add a byline.",
                TrailerKind::Correction,
            ),
            (
                "This story has been updated to correct the number of workers.",
                TrailerKind::Correction,
            ),
            (
                "(Adds comment from union in paragraph 4)",
                TrailerKind::EditorsNote,
            ),
            ("(Updates with closing prices)", TrailerKind::EditorsNote),
            ("(Recasts, adds details)", TrailerKind::EditorsNote),
            (
                "(Corrects spelling of name in paragraph 2)",
                TrailerKind::Correction,
            ),
            ("Contact Ann Poe at apoe@example.com.", TrailerKind::Contact),
            ("Email Ann Poe at apoe@example.com", TrailerKind::Contact),
            (
                "Associated Press writers Tom Roe in Lansing and Jo Li in Chicago contributed.",
                TrailerKind::Contributors,
            ),
            ("Terms of Service | Privacy Policy", TrailerKind::Furniture),
            ("Tags: Acme, Detroit, jobs", TrailerKind::Furniture),
            (
                "This article was originally published by The Detroit News.",
                TrailerKind::SourceLine,
            ),
            ("Source: Acme Corp.", TrailerKind::SourceLine),
            ("(c) 2026 The Detroit News", TrailerKind::Copyright),
            (
                "The Associated Press receives support from the Acme Foundation. The AP is solely responsible for all content.",
                TrailerKind::About,
            ),
            (
                "The Associated Press’ climate coverage receives financial support from multiple private foundations. AP is solely responsible for all content.",
                TrailerKind::About,
            ),
            ("Read more: Acme hires 500 workers", TrailerKind::Promo),
            ("See also: Acme buys rival", TrailerKind::Promo),
            ("On the Net:", TrailerKind::Promo),
            (
                "On the Net:\nAcme: http://www.acme.example",
                TrailerKind::Promo,
            ),
            ("3 min read", TrailerKind::Furniture),
            ("12 Minute Read", TrailerKind::Furniture),
            ("4-Minute Listen", TrailerKind::Furniture),
            ("Playlist", TrailerKind::Furniture),
            ("Transcript", TrailerKind::Furniture),
            ("2 min Reading time", TrailerKind::Furniture),
            ("5min read", TrailerKind::Furniture),
            ("Reading time: 3 min (779 words)", TrailerKind::Furniture),
            ("Listen to this article", TrailerKind::Furniture),
            (
                "Press play to listen to this article",
                TrailerKind::Furniture,
            ),
            ("Voiced by artificial intelligence.", TrailerKind::Furniture),
            (
                "This audio is generated by an AI tool.",
                TrailerKind::Furniture,
            ),
            ("Listen", TrailerKind::Furniture),
            ("LISTEN · 4:32", TrailerKind::Furniture),
            ("Listen to this story · 4 min", TrailerKind::Furniture),
            ("LISTEN TO ARTICLE 5:32", TrailerKind::Furniture),
            ("— AFP", TrailerKind::SignOff),
            (
                "Follow AP's coverage of hurricanes at https://example.com/hub",
                TrailerKind::Promo,
            ),
            (
                "Find AP’s full coverage of the election.",
                TrailerKind::Promo,
            ),
            ("Sign up for our daily newsletter.", TrailerKind::Promo),
            ("@highlight", TrailerKind::Highlight),
            ("@HIGHLIGHT", TrailerKind::Highlight),
            ("Follow Ann Poe on X at @annpoe", TrailerKind::Promo),
            (
                "View original content:https://example.com/news/acme.html",
                TrailerKind::Promo,
            ),
            (
                "For further information: Ann Poe, 555-0100",
                TrailerKind::Contact,
            ),
            (
                "Investor Relations:\nTom Roe\n555-0101",
                TrailerKind::Contact,
            ),
            ("Media relations\nAnn Poe", TrailerKind::Contact),
            ("© 2026 Reuters", TrailerKind::Copyright),
            (
                "Copyright 2026 The Associated Press. All rights reserved.",
                TrailerKind::Copyright,
            ),
            ("Copyright (c) 2026 Acme Corp", TrailerKind::Copyright),
            ("COPYRIGHT © ACME CORP", TrailerKind::Copyright),
            (
                "The Example Times. All Rights Reserved.",
                TrailerKind::Copyright,
            ),
            (
                "Editor's note: This story has been updated.",
                TrailerKind::EditorsNote,
            ),
            (
                "Correction: An earlier version misspelt a name.",
                TrailerKind::Correction,
            ),
            ("Updated 3:45 p.m. ET", TrailerKind::Timestamp),
            ("Nov. 28, 2026", TrailerKind::Timestamp),
            (
                "November 28, 2026 at 10:45 a.m. EST",
                TrailerKind::Timestamp,
            ),
            ("Published On 28 Nov 2026", TrailerKind::Timestamp),
            ("burs-ap/jm", TrailerKind::SignOff),
            ("ach/rl", TrailerKind::SignOff),
            ("Editor: Zhang Hao", TrailerKind::Credits),
            ("About Acme Corp.", TrailerKind::About),
            (
                "About Acme Inc.\nAcme builds software for retailers.",
                TrailerKind::About,
            ),
            ("Contacts\nMedia:\nAnn Poe", TrailerKind::Contact),
            (
                "Our Standards: The Thomson Reuters Trust Principles.",
                TrailerKind::SignOff,
            ),
            ("About Acme Holdings Inc.", TrailerKind::About),
            (
                "Reporting by Ann Poe; Editing by Tom Roe",
                TrailerKind::Credits,
            ),
            ("Fri 28 Nov 2026 05.00 GMT", TrailerKind::Timestamp),
            ("Sat, Nov 29, 2026 page 3", TrailerKind::Timestamp),
            ("Tue, Mar 03, 2026 page2", TrailerKind::Timestamp),
            (
                "Tuesday, November 16, 1993; Page B01",
                TrailerKind::Timestamp,
            ),
            ("(Xinhua) 09:25, October 28, 2025", TrailerKind::Timestamp),
            (
                "(People's Daily Online) 16:40, February 12, 2026",
                TrailerKind::Timestamp,
            ),
            (
                "Friday, November 28, 2026 | 5:45 PM ET",
                TrailerKind::Timestamp,
            ),
            ("28 November 2026, 10:15 a.m. (CET)", TrailerKind::Timestamp),
            (
                "November 28, 2026 08:00 ET | Source: Acme Corp",
                TrailerKind::Timestamp,
            ),
            (
                "February 19, 2026 | Topic: Consumer Protection, Criminal Prosecutions",
                TrailerKind::Timestamp,
            ),
            ("Enditem", TrailerKind::EndMark),
            ("--With assistance from Tom Roe.", TrailerKind::Contributors),
            (
                "— With files from The Associated Press",
                TrailerKind::Contributors,
            ),
            (
                "To contact the reporter on this story:\nAnn Poe in Paris at ann@example.com",
                TrailerKind::Contact,
            ),
            (
                "Published: Nov. 28, 2026 at 10:45 a.m. ET",
                TrailerKind::Timestamp,
            ),
            ("Posted 28 November 2026", TrailerKind::Timestamp),
            ("Date: November 28, 2026", TrailerKind::Timestamp),
            ("DATE: 28 Nov 2026 10:45 GMT", TrailerKind::Timestamp),
            // Reuters' site copied as text
            (
                "November 28, 20263:45 PM UTCUpdated 2 hours ago",
                TrailerKind::Timestamp,
            ),
            (
                "November 28, 2026 Updated 5 days ago",
                TrailerKind::Timestamp,
            ),
            // a bullet between the parts, the half of the day run on
            ("28 November 2026 • 10:45am", TrailerKind::Timestamp),
            ("2026-11-25T09:12:00+00:00", TrailerKind::Timestamp),
            ("Today at 06:30", TrailerKind::Timestamp),
            ("Yesterday at 6:02 PM ·", TrailerKind::Timestamp),
            ("Today, 9:15am", TrailerKind::Timestamp),
            ("Today · 09:15 pm", TrailerKind::Timestamp),
            ("today 18.45 GMT", TrailerKind::Timestamp),
            ("2026-11-25T09:12:00Z", TrailerKind::Timestamp),
            ("November 25, 2026 @ 9:12 AM", TrailerKind::Timestamp),
            ("November 24, 2026 5 min read", TrailerKind::Timestamp),
            // a dash between the parts, as Australian papers print it
            ("November 28, 2026 — 6.00am", TrailerKind::Timestamp),
            ("28 November 2026 – 10:45 AEDT", TrailerKind::Timestamp),
            ("Nov. 28, 2026 · 3:45PM ET", TrailerKind::Timestamp),
            // the site's sections after a bar
            (
                "November 28, 2026  |  Business, Economy, Top Stories",
                TrailerKind::Timestamp,
            ),
            ("Nov 28, 2026 - 09:12 | Japan, All", TrailerKind::Timestamp),
            // Reach's pages, `Updated` glued to the date
            (
                "15:12, 27 Nov 2026Updated 15:40, 27 Nov 2026",
                TrailerKind::Timestamp,
            ),
            (
                "06:00, 28 Nov 2026Updated08:41, 28 Nov 2026",
                TrailerKind::Timestamp,
            ),
            ("27 Nov 2026Updated 15:40 GMT", TrailerKind::Timestamp),
            (
                "This story has been corrected to show the vote was 68-31.",
                TrailerKind::Correction,
            ),
            (
                "This version corrects the spelling of a name.",
                TrailerKind::Correction,
            ),
        ];
        for (t, kind) in cases {
            assert_eq!(classify(t), Some(*kind), "{t:?}");
            // `mark` answers for end marks and sign-offs on its own
            let is_mark = matches!(kind, TrailerKind::EndMark | TrailerKind::SignOff);
            if t.len() <= 24 {
                assert_eq!(mark(t).is_some(), is_mark, "{t:?}");
            }
        }
        for t in [
            "He declined to comment.",
            // (a word run on to `page` that is no page's number)
            "Tue, Mar 03, 2026 pageant",
            "Tue, Mar 03, 2026 page2b",
            "Tuesday, November 16, 1993; Page B0123",
            "Tuesday, November 16, 1993; Page BB01",
            "Tuesday, November 16, 1993; Page x01",
            // (a bracket's words before a date that are no source's name,
            // or before no stamp)
            "(and so on) October 28, 2025",
            "(A name far too long to be any source's own name) October 28, 2025",
            "(Xinhua) 09:25, October 28, 2025, the ministry said",
            "PTI ABC xyz",
            "PTI A",
            "PTI ABCDE",
            "ACME ABC XYZ",
            "PTI SAID IT WOULD APPEAL THE RULING",
            "AP SAYS ITS NEW HQ WILL OPEN IN MAY",
            "pti ABC",
            "About 300 people attended.",
            "(He said it twice.)",
            "Copyright lawsuits rose sharply last year.",
            "About 300 Americans died.",
            "About Face.",
            "About 300 people\nattended the rally.",
            "Contacts between the two sides resumed.",
            "March 3 was the coldest day of the year.",
            "and/or",
            "a/b",
            "Reporting by the agency was thin, he said, and editing by",
            "Editor: the one who decides what runs, he said, is not always the owner.",
            "Editing by hand took weeks",
            "Nov. 28, 2026 will be remembered as a turning point.",
            "Nov. 28, 2026 • 10am team meeting",
            "Nov. 28, 2026 • spam",
            "Nov. 28, 2026 — the day the plant closed",
            "Nov. 28, 2026 • 10xm",
            "2026",
            "Copyright holders said they would appeal.",
            "To contact the company, the police used a radio.",
            "With files from the archive, the museum rebuilt the room.",
            "Posters went up in 2026.",
            "Updates came in 2026.",
            "This story has many sides, the mayor said.",
            "November 28, 2026 | Acme Corp",
            "March 3, 2026 (the day the plant closed)",
            "March 3, 2026 (the closing)",
            "March 3, 2026 (Mainichi Japan) said the minister",
            "March 3, 2026 (Mainichi Japan Osaka Edition Two)",
            "November 28, 2026 | By Ann Poe, Staff",
            "27 Nov 2026Updated rules for drivers",
            "27 NovUpdated 15:40, 28 Nov 2026",
            "November 28, 2026 | Rates rose, prices fell",
            "November 28, 2026 | Business, Economy, Top Stories, Markets And More, Other Things Here",
            "November 28, 2026 | Business, Four Word Section Name",
            "November 28, 2026 | Business, 2026",
            "November 28, 2026 | The source: a memo",
            "November 28, 2026 was Updated by the board",
            "November 28, 2026 passed, days ago",
            "Updated",
            "Date: the night they met",
            "Date nights rose 3 percent in 2026.",
            "3 min read of the report",
            "5 minute walk",
            "On the net, prices fell.",
            "Read more of the report, he urged.",
            "On the Network",
            "Contact with the rebels was lost, officials said.",
            "Email traffic rose 3 percent, the firm said.",
            "Everyone contributed to the fund, she said.",
            "Terms of Service | Acme Corp",
            "Tags are sewn into every shirt.",
            "This article was the first of many.",
            "Sources said the talks would resume.",
            "(c) The Detroit News",
            "The Associated Press reported the fire on Friday.",
            "(Adds to the story)s",
            "(Admits nothing)",
            "(Adds",
            "Financial Times",
            "== Chapter",
            "Reporter: the night desk",
            "Reporters: they came",
            "Editor:",
            "(This story is part of a series)",
            "3 readers wrote in",
            "Listen to this article about the storm",
            "Listen to this article's author",
            "Listen to articles read aloud",
            "Listening post",
            "Listen to the Sea",
            "Reading time: 3 min (with video)",
        ] {
            assert_eq!(classify(t), None, "{t:?}");
        }
    }

    #[test]
    fn credits() {
        let cases: &[(&str, Option<(&str, &[&str])>)] = &[
            ("Reporting by Ann Poe", Some(("Reporting", &["Ann Poe"]))),
            (
                " Additional reporting by Ann Poe in Lima and Tom Roe in Quito ",
                Some(("Additional reporting", &["Ann Poe", "Tom Roe"])),
            ),
            (
                "Editing by Al Moe, Bo Lee & Cy Day",
                Some(("Editing", &["Al Moe", "Bo Lee", "Cy Day"])),
            ),
            ("Writing\nby Ann Poe", Some(("Writing", &["Ann Poe"]))),
            ("no credit here", None),
            ("by Ann Poe", None),
        ];
        for (part, want) in cases {
            let got = credit(part).map(|c| (c.role, credit_names(c.names).collect::<Vec<_>>()));
            assert_eq!(got, want.map(|(r, n)| (r, n.to_vec())), "{part:?}");
        }
    }

    #[test]
    fn block_openers_pass_their_own_gates() {
        for p in BLOCK_OPENERS {
            assert!(may_open_block(p), "{p:?}");
            assert!(may_open_block(&p.to_ascii_uppercase()), "{p:?}");
            // the gate in `classify` lets every heading but Bloomberg's and
            // AP's `On the Net` (tested before it) through
            let through = !p.starts_with(['t', 'o']);
            assert_eq!(opens_like_block(p), through, "{p:?}");
            assert_eq!(opens_like_block(&p.to_ascii_uppercase()), through, "{p:?}");
        }
        for t in ["The council met.", "Zebra", "", "3 things"] {
            assert!(!opens_like_block(t), "{t:?}");
        }
    }

    #[test]
    fn curly_editors_note() {
        assert_eq!(
            classify_header("EDITOR’S NOTE _ This story is part of a series."),
            Some(TrailerKind::EditorsNote)
        );
        assert_eq!(classify("# # #"), Some(TrailerKind::EndMark));
    }

    #[test]
    fn site_bars() {
        for t in [
            "The Valley Sentinel | Nation & State",
            "News | Crime and Public Safety",
            "News | Local News",
            "Ferry Strike | Example News",
        ] {
            assert!(is_site_bar(t), "{t:?}");
        }
        for t in [
            "Ferry Strike Strands Thousands | Example News",
            "Home | News | Sport",
            "News |",
            "news | Politics",
            "News | Politics.",
            "Ann Poe | Reuters | London",
            "News | Crime, Courts, Public Safety and the Wider Region",
            "The Valley Sentinel Nation & State",
        ] {
            assert!(!is_site_bar(t), "{t:?}");
        }
    }

    #[test]
    fn numbered_word_menus() {
        assert!(is_navigation(
            "[2]Home [3]News [4]Local [5]Politics [6]Sports [7]Opinion [8]Subscribe"
        ));
        // (numbers without their brackets' close, or brackets without a
        // number, are no link numbers)
        assert!(!is_navigation(
            "[2 Home [3 News [4 Local [5 Politics [6 Sports"
        ));
        assert!(!is_navigation(
            "[a]Home [b]News [c]Local [d]Politics [e]Sports"
        ));
        assert!(!is_navigation("[]Home []News []Local []Politics []Sports"));
        assert!(is_logo_line("[logo.svg]"));
        assert!(is_logo_line("[IMG]"));
        assert!(!is_logo_line("[logo svg]"));
        assert!(!is_logo_line("[the harbour.jpg]"));
    }

    #[test]
    fn release_fields() {
        for t in [
            "Released by: Capt. Ann Poe",
            "Location: 4100 block of Main Street",
            "UNITS: E2, E11, L4",
            "Incident type: Structure fire",
        ] {
            assert!(is_release_field(t), "{t:?}");
        }
        for t in [
            "Location:",
            "Locations: Main Street",
            "Summary: Crews battle a fire",
            "Units E2 and L4 arrived",
        ] {
            assert!(!is_release_field(t), "{t:?}");
        }
    }

    #[test]
    fn mail_furniture() {
        for t in [
            "View in browser",
            "READ IN APP",
            "Forwarded this email? Subscribe here for more",
            "Sent from my iPhone",
            "---------- Forwarded message ---------",
            "From: Sonoran Signal <news@example.com>",
            "To: <reader@example.com>",
            "Subject: Tucson's cooling centers saw record use",
            "Date: Tue, Aug 11, 2026 at 6:30 AM",
            "The Lantern \u{2014} View in browser",
            "Civic Desk | View online",
            "High Desert Dispatch\nRead Online",
            "THE PLAINSMAN - READ ONLINE",
        ] {
            assert!(is_mail_furniture(t), "{t:?}");
        }
        // a headline that opens as a mail's label does, with no address;
        // one ending in a control's words after a space
        for t in [
            "From Farm to Table: A Year of Local Food",
            "To: The Mayor, on the new bus lanes",
            "View from the bridge",
            "Five Classic Novels You Can Read Online",
        ] {
            assert!(!is_mail_furniture(t), "{t:?}");
        }
    }

    #[test]
    fn folio_lines() {
        for t in [
            "A4 | SATURDAY, NOVEMBER 28, 2026 | THE DAILY LEDGER",
            "A8 Friday, June 19, 2026 TULSA WORLD",
            "12A THE MIAMI HERALD SATURDAY, DECEMBER 2, 2000",
            "THE IRISH TIMES Saturday, October 10, 2026 7",
            "Page 3 -- THE BRATTLEBORO REFORMER, Tuesday, August 11, 1998",
            "THE BLADE, TOLEDO, OHIO SATURDAY, MARCH 7, 2026 PAGE 5",
            "THE DENVER POST ■ SUNDAY, DECEMBER 13, 2026 ■ 1A",
            "THE BOSTON GLOBE SATURDAY, OCTOBER 24, 2026",
            "A3 BANGOR DAILY NEWS SATURDAY-SUNDAY, DECEMBER 12-13, 2026",
            "Page 3 -- THE BRATTLEBORO REFORMER, August 11, 1998",
            // (no year, the date on the line under it: the page last,
            // after `PAGE` or a wide gap)
            "THE DAILY COURIER                    A5",
            "THE SUNDAY SENTINEL   *   REGION   *   PAGE A6",
            "THE VALLEY TIMES | PAGE 7",
        ] {
            assert!(is_folio_line(t), "{t:?}");
        }
        // a headline with a date and a figure last, or a weekday and no
        // paper's name in capitals; a date alone; a number that is no
        // page's; no year
        for t in [
            "Axiomtrace to Report Third Quarter 2026 Results on November 4",
            "Storm to Hit Saturday, March 7, 2026",
            "November 28, 2026",
            "Budget Vote Set for March 2026 After 1234 Amendments",
            "A4 | SATURDAY, NOVEMBER 28 | THE DAILY LEDGER",
            // words that are no page's number; no month; a weekday without
            // a paper's name in capitals of three letters or more
            "COVID19 CASES RISE IN MARCH 2026",
            "4x4 TRUCKS RECALLED IN MARCH 2026",
            "A4 THE DAILY LEDGER 2026 EDITION",
            "Election Set For Saturday, March 7, 2026",
            "Deal: UK, EU Agree Saturday, March 7, 2026",
            // (no year: a figure after one space, a page's mark after a
            // name in mixed case or of one word, a page with two letters)
            "STORM KILLS 12",
            "ROUTE CLOSED AT A5",
            "PAGE 7",
            "The Daily Courier      A5",
            "COURIER      A5",
            "THE DAILY COURIER      AB5",
        ] {
            assert!(!is_folio_line(t), "{t:?}");
        }
    }

    #[test]
    fn dated_updates() {
        for (t, want) in [
            ("Update, Nov. 21, 2026: This story has been updated.", true),
            ("UPDATE, 21 November 2026: A response was added.", true),
            ("Update, the council said: more to come.", false),
            ("Update, Nov. 21, 2026 at noon: a later note.", false),
            ("Updated, Nov. 21, 2026: a note.", false),
            ("Update: Nov. 21, 2026", false),
            // timed, over a breaking story
            ("UPDATE 4:05 p.m.: All lanes have reopened.", true),
            ("Update, 3:45 p.m. ET: Crews left the scene.", true),
            ("UPDATE 10:30 am: The road is closed.", true),
            ("Update 4 p.m.: a later note.", false),
            ("UPDATE 4:05 p.m. the road reopened.", false),
            ("Updates 4:05 p.m.: a note.", false),
        ] {
            assert_eq!(is_dated_update(t), want, "{t:?}");
        }
    }

    #[test]
    fn citation_lines() {
        for t in [
            "The Salt Lake herald. [volume] (Salt Lake City [Utah]) 1870-1909, May 24, 1899, Page 8, Image 16",
            "The Argus (Melbourne, Vic. : 1848 - 1957)  Fri 7 Oct 1898  Page 5",
            "The Courier-Journal (Louisville, Kentucky) \u{b7} Tue, Aug 14, 1934 \u{b7} Page 1",
            "The Times, Thursday, Jul 07, 1887; pg. 9; Issue 35798. (514 words)",
            "[The New York Times, Sunday, Aug 11, 1929; p. 7]",
            "The Baltimore Sun -- February 27, 1903 -- Page 29",
            "San Antonio Light, February 12, 1956",
            "The Daily Register (Red Bank, N.J.), January 20, 1923",
            "Source: The New York Times, September 9, 1932",
            "From The New York Times archive, April 15, 1889",
            "The Toledo Blade | March 3, 1951 | Page 12",
            "The Toledo Blade | March 3, 1951 | Page A4",
            // (the edition's name before the page)
            "Evening star. [volume] (Washington, D.C.) 1854-1972, November 07, 1896, NIGHT EDITION, Page 12, Image 12",
            "The Washington times. [volume] (Washington [D.C.]) 1902-1939, May 22, 1917, Final Edition, Page 12",
            "[San Antonio Light, February 12, 1956, Final Edition]",
        ] {
            assert!(is_citation_line(t), "{t:?}");
        }
        for t in [
            // a headline with a year, or a title-case one ending in a date
            "Storm season ends early in 2026",
            "Acme Reports Fourth Quarter Results, February 12, 2026",
            "Senate votes on the budget, November 28, 2026",
            // no date, no name, no year, a page alone
            "The Daily Register (Red Bank, N.J.), Page 5",
            "February 12, 1956",
            "February 12, 1956, Page 5",
            "San Antonio Light, February 12",
            "San Antonio Light, 1956",
            "the daily register, May 24, 1899, Page 8",
            "San Antonio Light, February 12, 1956\nMore",
            "The Daily Register, May 24, 1899, Page 8 of 12",
            "The Daily Register, May 24, 1899, Page eight",
            "The Daily Register, May 24, 1899, Page 4 to 9",
            "The Times, Thursday, Jul 07, 1887; pg. 9; Issue 35798. (some words)",
            "The Daily Register (1870-1909), February 12",
            "The Daily\nRegister, May 24, 1899, Page 8",
            "The Daily Register, May 24, 1899, Page 1234567",
            "San Antonio Light, February 12, 1956 (the story)",
            // (an edition of more words)
            "The Washington times. [volume] (Washington [D.C.]) 1902-1939, May 22, 1917, THE LATE NIGHT EDITION, Page 12",
        ] {
            assert!(!is_citation_line(t), "{t:?}");
        }
        let long = format!(
            "The Daily Register {}, May 24, 1899, Page 8",
            "x".repeat(150)
        );
        assert!(!is_citation_line(&long));
    }

    #[test]
    fn licensed_captions() {
        for t in [
            "Race winner Ann Poe celebrates REUTERS/Tom Roe Purchase Licensing Rights, opens new tab",
            "Race winner Ann Poe celebrates REUTERS/Tom Roe Purchase Licensing Rights",
        ] {
            assert!(is_licensed_caption(t), "{t:?}");
        }
        for t in [
            "Race winner Ann Poe celebrates REUTERS/Tom Roe",
            "Purchase Licensing Rights",
            "The firm will purchase licensing rights",
        ] {
            assert!(!is_licensed_caption(t), "{t:?}");
        }
    }

    #[test]
    fn street_lines() {
        for t in [
            "808 N. Main St.",
            "2917 Court Street",
            "12 Harbor Blvd.",
            "4 Elm Lane",
        ] {
            assert!(is_street_line(t), "{t:?}");
        }
        for t in [
            // no number, a number of seven figures, no space after it, no
            // street's word last, too long
            "Main Street",
            "1234567 Main St.",
            "808N. Main St.",
            "808 people marched down the street",
            "808 N. Main St. and the long road that runs past the old mill",
        ] {
            assert!(!is_street_line(t), "{t:?}");
        }
    }

    #[test]
    fn places_with_a_count_of_more() {
        for t in [
            "Afghanistan + 3 more",
            "Democratic Republic of the Congo + 12 more",
            "World + 5 more",
        ] {
            assert!(is_more_places(t), "{t:?}");
        }
        for t in [
            "Afghanistan + three more",
            "Afghanistan + 1000 more",
            "afghanistan + 3 more",
            "Afghanistan+3 more",
            "Afghanistan + 3 more\nPakistan + 2 more",
            "Buy one + 1 more",
            "Worlds + 5 more",
        ] {
            assert!(!is_more_places(t), "{t:?}");
        }
    }

    #[test]
    fn ticker_lines() {
        for t in [
            "TSX: REDR",
            "ASX: PELB",
            "Nasdaq: ACME",
            "(NYSE: ACME, TSX: ACM.U)",
            "TSX-V: KRL | OTCQB: KRLLF",
            "NYSE American: BRX; TSX: BRX",
        ] {
            assert!(is_ticker_line(t), "{t:?}");
        }
        for t in [
            "Note: ACME",
            "TSX: down 2%",
            "NYSE: Acme",
            "TSX:",
            "TSX: ",
            "ASX: PELB and more",
            "TIME: 10:45",
            "TSX: REDR, the miner",
            "TSX: 1REDR",
            "TSX: REDRREDRREDR",
            "TSXV REDR",
            "(NYSE: ACME",
        ] {
            assert!(!is_ticker_line(t), "{t:?}");
        }
        let long = format!("TSX: REDR, {}NYSE: REDR", "TSX: REDR, ".repeat(6));
        assert!(long.len() > MAX_TICKER_LINE && !is_ticker_line(&long));
    }

    #[test]
    fn life_spans() {
        for t in [
            "1938 - 2024",
            "1938-2024",
            "1938\u{2013}2024",
            "1938 \u{2014} 2024",
            "1938 ~ 2024",
            "1938 to 2024",
            "2024 - 2024",
            "1899 - 2024",
            "April 14, 1932 ~ January 17, 2025 (age 92)",
            "April 14, 1932 - January 17, 2025 (aged 92)",
            "14 April 1932 \u{2013} 17 January 2025 (Age 92)",
            "Jan. 4, 1932 - Jan. 17, 2025",
            "1932-04-14 - 2025-01-17",
        ] {
            assert!(is_life_span(t), "{t:?}");
        }
        for t in [
            "2024 - 1938",
            "1898 - 2024",
            "0000 - 0001",
            "1938 - 2024 (age ninety)",
            "1938 - 2024 (age ten)",
            "1938 - 2024 (age 1000)",
            "1938 - 2024 (age )",
            "1938 - 2024 (born in Ohio)",
            "Storm season 2024 - 2026",
            "1938 - 2024 and more",
            "19380-2024",
            "1938 -",
            "1938",
            "April 1932 - January 2025",
            "April 14 - January 17, 2025",
            "April 14, 1932 ~ January 17, 2025 and a long line that runs on",
        ] {
            assert!(!is_life_span(t), "{t:?}");
        }
    }

    #[test]
    fn doubled_stamps() {
        for t in ["05/30/2026May 30, 2026", "11/27/2026November 27, 2026"] {
            assert!(is_doubled_stamp(t), "{t:?}");
        }
        for t in [
            "05/30/2026",
            "05/30/2026 May 30, 2026",
            "05-30-2026May 30, 2026",
            "05/30/2026Mayors met on Friday",
            "5/30/2026May 30, 2026",
            "05/30/2026may 30, 2026",
        ] {
            assert!(!is_doubled_stamp(t), "{t:?}");
        }
    }

    #[test]
    fn blog_post_lines() {
        for t in [
            "March 3, 2026 / Markets / Leave a comment",
            "March 3, 2026 | 4 Comments",
            "March 3, 2026 · No Comments",
            "March 3, 2026 / Local News / Schools / 1 comment",
            "3 March 2026 | Business | 12 comments",
            // (a news site's count of views, UNN's)
            "February 24, 03:18 PM \u{2022} 5412 views",
        ] {
            assert!(is_date_stamp(t), "{t:?}");
        }
        for t in [
            // (the comments' link not last, or no link)
            "March 3, 2026 / Leave a comment / Markets",
            "March 3, 2026 / Markets",
            "March 3, 2026 | Comments",
            "March 3, 2026 Leave a comment",
            "March 3, 2026 | views",
            // (the stamp's own words are still read before the mark)
            "March 3, 2026 the council met / Markets / Leave a comment",
            // (a section in small letters or of four words)
            "March 3, 2026 / markets / Leave a comment",
            "March 3, 2026 / Metals Mining And Markets / Leave a comment",
        ] {
            assert!(!is_date_stamp(t), "{t:?}");
        }
    }

    #[test]
    fn first_published_stamps() {
        for (t, want) in [
            ("First published: 28 November 2026", true),
            ("First published on Fri 28 Nov 2026 10.45 GMT", true),
            ("FIRST PUBLISHED: 28/11/2026", true),
            ("Originally published: 11 Jan 2026", true),
            ("originally published on 11 Jan 2026", true),
            ("Originally published in 1902, the novel sold well", false),
            ("Originally published: January", false),
            ("First published in 1902, the novel sold well", false),
            ("First published: November", false),
            ("First published", false),
        ] {
            assert_eq!(is_first_published(t), want, "{t:?}");
        }
    }

    #[test]
    fn captions_credited_in_brackets_at_their_end() {
        for t in [
            "Waves crashed over the wall. (Photo by Ann Poe/Getty Images)",
            "Troops move toward an objective. (U.S. Army photo by Sgt. Ann Poe)",
        ] {
            assert_eq!(classify_header(t), Some(TrailerKind::Furniture), "{t:?}");
        }
        // (a credit inside a sentence is the story's)
        for t in [
            "Pilgrims (photo by Ann Poe) filled the square",
            "Troops (U.S. Army photo by Sgt. Ann Poe) moved on",
        ] {
            assert_eq!(classify_header(t), None, "{t:?}");
        }
    }

    #[test]
    fn sections_and_dates() {
        for t in ["in Port News 03/03/2026", "in Dry Bulk Market 17/09/2024"] {
            assert_eq!(classify_header(t), Some(TrailerKind::Furniture), "{t:?}");
        }
        // (a sentence, small words, a date of other shapes)
        for t in [
            "in the port 03/03/2026",
            "in Port News on 03/03/2026",
            "in Port News 3/03/2026",
            "in Port News 03/3/2026",
            "in Port News 03/03/26",
            "in Port News 03/03/2026/1",
            "in Port News 03-03-2026",
        ] {
            assert_eq!(classify_header(t), None, "{t:?}");
        }
    }

    #[test]
    fn view_counts() {
        for t in ["Total Views: 5,711", "TOTAL VIEWS: 812", "Total views:  40"] {
            assert_eq!(classify_header(t), Some(TrailerKind::Furniture), "{t:?}");
        }
        // (words after the label, or no count, are a headline's)
        for t in [
            "Total Views: 5,711 and rising",
            "Total Views:",
            "Total views rose 5%",
        ] {
            assert_eq!(classify_header(t), None, "{t:?}");
        }
    }

    #[test]
    fn gallery_counts() {
        // (and a database's count of its results, `ProQuest`'s)
        for t in [
            "Image 1 of 4",
            "Photo 3 of 12",
            "IMAGE 10 OF 10",
            "Document 3 of 8",
        ] {
            assert_eq!(classify_header(t), Some(TrailerKind::Furniture), "{t:?}");
        }
        // (words after the figures, or none before `of`, are a headline's)
        for t in [
            "Image 1 of the new series",
            "Photo of the year",
            "Image  of 4",
            "Photo 3 of 12 shows the fire",
            "Document 3 of the inquiry",
            // (a ratio)
            "Image 1 in 3",
        ] {
            assert_eq!(classify_header(t), None, "{t:?}");
        }
    }

    #[test]
    fn labelled_share_bars() {
        for t in [
            "Share: Facebook | X | LinkedIn | Email",
            "SHARE: Facebook Twitter",
            "Share on: Facebook Twitter LinkedIn Email",
        ] {
            assert!(is_labelled_share_bar(t), "{t:?}");
        }
        for t in [
            "Share: Facebook",
            "Share: the news with friends",
            "Shared: X | Email",
            "Share on: the network",
            "Share",
        ] {
            assert!(!is_labelled_share_bar(t), "{t:?}");
        }
    }

    #[test]
    fn logo_lines() {
        for (t, want) in [
            ("Pallas Cyber logo", true),
            (
                "Kestrel Aerospace logo (PRNewsfoto/Kestrel Aerospace)",
                true,
            ),
            ("ACME LOGO", true),
            ("logo", false),
            ("New logo", true),
            ("Acme unveils a new logo for its centenary", false),
            ("Acme logo\nAcme", false),
            ("Acme (logo)", false),
        ] {
            assert_eq!(is_logo_line(t), want, "{t:?}");
        }
    }

    #[test]
    fn agency_stamps() {
        for (t, want) in [
            ("VNA Friday, January 09, 2026 - 08:30", true),
            ("VNA Tuesday, March 03, 2026", true),
            // no agency's name, or no stamp after it
            ("Acme Friday, January 09, 2026 - 08:30", false),
            ("VNA reports 2026", false),
        ] {
            assert_eq!(is_site_stamp(t), want, "{t:?}");
        }
    }

    #[test]
    fn nordic_release_headers() {
        for (t, want) in [
            (
                "Lappeen Kemi Plc, Inside information, 5 February 2026 at 8:30 EET",
                true,
            ),
            (
                "Saimaa Robotics Oyj        Managers' transactions        21.4.2026 at 17:10 EEST",
                true,
            ),
            (
                "POHJOLA RAKENNUS GROUP PLC   STOCK EXCHANGE RELEASE   18 NOVEMBER 2025 AT 8.00 A.M. EET",
                true,
            ),
            // no kind of the table, no stamp, a name too long, a place
            // before the stamp
            (
                "Lappeen Kemi Plc, Quarterly update, 5 February 2026 at 8:30 EET",
                false,
            ),
            ("Lappeen Kemi Plc, Inside information, EET", false),
            (
                "The Lappeen and Saimaa Kemi Group of Companies Plc, Inside information, 5 February 2026 at 8:30 EET",
                false,
            ),
            (
                "Lappeen Kemi Plc, Inside information, Helsinki, 5 February 2026 at 8:30 EET",
                false,
            ),
        ] {
            assert_eq!(is_site_stamp(t), want, "{t:?}");
        }
    }

    #[test]
    fn stamps_with_a_team_after_a_bar() {
        for (t, want) in [
            ("2/28/2026 6:10:00 PM | Softball", true),
            ("3/1/2026 | Men's Basketball", true),
            ("3/1/2026 | Women\u{2019}s Soccer", true),
            // a person's name, a small letter, a long or a third word, no
            // stamp before the bar
            ("2/22/2026 3:45:00 PM | Ann Poe", false),
            ("2/28/2026 6:10:00 PM | softball", false),
            ("3/1/2026 | Men's Basketball Tournament", false),
            ("3/1/2026 | Men's Golf Team", false),
            ("3/1/2026 | Men's golf", false),
            ("3/1/2026 | Intercollegiatebasketballs", false),
            ("12 players | Softball", false),
        ] {
            assert_eq!(is_opening_stamp(t), want, "{t:?}");
        }
    }

    #[test]
    fn filed_stamps_and_player_times() {
        for (t, want) in [
            ("Filed 6:00 a.m. EST", true),
            ("Filed: Nov. 24, 2026", true),
            ("FILED 11.24.2026", true),
            ("Filed under: Courts", false),
            ("Filed under 2026 budget", false),
            ("Filed", false),
            ("Filedate 2026", false),
        ] {
            assert_eq!(is_filed_stamp(t), want, "{t:?}");
        }
        for (t, want) in [
            ("00:00", true),
            ("11:42", true),
            ("1:02:37", true),
            ("4:14", true),
            ("123:45", false),
            ("11:4", false),
            ("1:02:37:10", false),
            ("11", false),
            ("11:42 am", false),
            (":42", false),
        ] {
            assert_eq!(is_player_time(t), want, "{t:?}");
        }
    }

    #[test]
    fn portal_fields() {
        for t in [
            "Format",
            "Source",
            "Sources",
            "Posted",
            "Originally published",
            "Country",
        ] {
            assert!(is_field_line_label(t), "{t:?}");
        }
        for t in [
            "Format:",
            "format",
            "Sourced",
            "Posted by",
            "Originally",
            "",
        ] {
            assert!(!is_field_line_label(t), "{t:?}");
        }
        for t in [
            "Format\nSituation Report",
            "Source\r\nOCHA",
            "Originally published\n3 Mar 2026",
            "Origin\nView original",
            "Language\rEnglish",
        ] {
            assert!(is_field_pair(t), "{t:?}");
        }
        for t in [
            "Format\n",
            "Format\n  ",
            "Source\nOCHA\nPosted",
            "Source OCHA",
            "Sourced\nOCHA",
            "Format:\nSituation Report",
            "Police\nOCHA",
        ] {
            assert!(!is_field_pair(t), "{t:?}");
        }
    }

    #[test]
    fn page_time_stamps() {
        for t in [
            "45 minutes ago",
            "2 hours ago",
            "an hour ago",
            "A day ago",
            "1 min ago",
            "3 WEEKS AGO",
        ] {
            assert_eq!(classify_header(t), Some(TrailerKind::Timestamp), "{t:?}");
        }
        for t in [
            "Issued on: 03/04/2026 - 13:04",
            "Modified: 03/04/2026 - 15:04",
            "6:18am, 4 December 2026",
            "10:45 PM, Nov. 28, 2026",
            "08.30, 28 November 2026",
            // a dot after the time and its zone (TechCrunch)
            "11:12 AM EDT • September 30, 2025",
            "9:00 AM PST · January 14, 2026",
            // `on` after the time; a second date when it was updated; the
            // date it was added; two stamps with dashes of three bytes
            "5:00 am on 28 November 2026",
            "9:12 AM CDT on Jun 24, 2026",
            "Aug 27, 2026 Updated Aug 27, 2026",
            "Dec. 1, 2026 | Updated Dec. 2, 2026",
            // (the paper's name in brackets after the date: the Mainichi)
            "March 3, 2026 (Mainichi Japan)",
            "Oct 21, 2026 | Updated: Oct 21, 2026",
            "Created : 11 June 2025",
            "Created: 11 June 2025",
            "28.11.2026 - Update : 28.11.2026",
            "Added 7th October 2026 10:42 AM",
            "Updated October 17, 2026 — 9.34am, first published October 17, 2026 — 5.00am",
        ] {
            assert_eq!(classify_header(t), Some(TrailerKind::Timestamp), "{t:?}");
        }
        for t in [
            // a colon after a word no stamp has, a sentence
            "Nov 28, 2026: Talks resume",
            "Created in 2025, the fund has grown",
            "Created : a new fund",
            "Modified crops are grown on 12 farms",
            "Posted by Ann Poe on March 23, 2026",
            "Posted on March 23, 2026 by Ann Poe",
            "6:18am, the ferry left",
            "6, 4 December 2026",
            "6:18 sharp, 4 December 2026",
            "6:18 AM sharp • 4 December 2026",
            "6:18 on the dot, 4 December 2026",
            "Added 3 new routes to the network",
            "Aug 27, 2026 was the day the storm hit",
            "Issued on 3 occasions",
            "Two years ago",
            "2 years ago",
            "1234 days ago",
            "45 minutes later",
            "It was 2 hours ago",
            "45 minutes  ago",
            " hours ago",
            // the day's name opening a headline or sentence
            "Today at the Capitol",
            "Yesterday 12 people died",
            "Today 10:00 meeting",
            "Todayat 06:30",
            "Today at 6:3",
            "Yesterday at 123:45",
            "Today at no:on",
        ] {
            assert_eq!(classify_header(t), None, "{t:?}");
        }
    }

    #[test]
    fn credited_captions() {
        assert!(is_credited_caption(
            "Riders wait at the dock. Photograph: Ann Poe"
        ));
        assert!(is_credited_caption("Riders wait. Image: Ann Poe/AFP"));
        assert!(!is_credited_caption(
            "The minister said the photo: was taken in May."
        ));
        assert!(!is_credited_caption(
            "Riders wait. Photo: Ann Poe took it on Friday before the vote began."
        ));
    }

    #[test]
    fn journal_citations() {
        for t in [
            "Cite this as: BMJ 2025;390:r1422",
            "DOI: https://doi.org/10.1016/S0140-6736(25)00712-4",
            "doi: 10.1136/bmj.r1422",
            "http://dx.doi.org/10.1136/bmj.r1422",
            "World Report | Volume 405, Issue 10487, P1290, April 12, 2025",
            "www.thelancet.com Vol 407 January 31, 2026",
        ] {
            assert!(is_id_or_citation(t), "{t:?}");
        }
        for t in [
            "DOI: new drilling rules take effect in 2026",
            "Volume of trade rose 12% in 2025",
            "www.example.com reached 2 million readers in 2025",
            "Cite this as the worst year since 1990",
        ] {
            assert!(!is_id_or_citation(t), "{t:?}");
        }
    }

    #[test]
    fn page_controls_and_captions_over_the_story() {
        for t in [
            "Follow us",
            "+Text Size",
            "Reply",
            "Gift this article",
            "Share/Save",
            "Supported by",
            "SKIP ADVERTISEMENT",
            "Advertisement",
            "Share full article",
            // (a college athletics site's links over its story; a
            // newsletter app's)
            "Story Links",
            "Box Score",
            // (a station group's link to its standards)
            "Editorial Standards \u{24d8}",
            "READ IN APP",
            "Print Friendly Version",
            // (an author's and a story's links, the National Catholic
            // Reporter's)
            "View Author Profile",
            "Email to a friend",
            "Join the Conversation",
            "PREMIUM",
            "Subscriber content",
            // (PBS NewsHour's share bar, Rappler's note under its link)
            "Leave your feedback",
            "Copy URL",
            "Pinterest",
            "Tumblr",
            "Copied",
            // (News Corp's regional paywall badge; the Mainichi's link to
            // the Japanese original)
            "Subscriber only",
            "Japanese version",
            // (NBC News' share button, its dash left after the label)
            "Share & Save \u{2014}",
            // (Fox Business' player's label under its `close` button, in
            // lower case: a menu's `Video` is an item)
            "video",
            "Subscribe\t14",
            "Follow 2,310",
            "Performers carry lanterns through the city. (Representative image)",
            "Image Credit: Ann Poe/Gulf Desk",
            "Image: Ann Poe / Yle",
            "Image Credits: Lumora",
            "Representative Image",
            "FILE PHOTO",
            "Representational image",
            "Media playback is not supported on this device",
            "Media playback is unsupported on your device",
            "File image",
            "Image copyright Getty Images Image caption Crews fought the fire for 12 hours",
        ] {
            assert_eq!(classify_header(t), Some(TrailerKind::Furniture), "{t:?}");
        }
        // (a count after another word, or no count, is no control)
        for t in ["Chapter 14", "Subscribe v14", "Follow 2 Ways"] {
            assert!(!is_page_control(t), "{t:?}");
        }
        // (the labels' quick test holds each label's length)
        assert!(
            LABELS_ALONE
                .iter()
                .all(|l| matches!(l.len(), 10 | 20 | 22 | 44 | 46 | 47)
                    && matches!(l.as_bytes().first(), Some(b'f' | b'm' | b'r')))
        );
        // a news service's advisories in brackets and capitals
        for t in [
            "(ART ADV)",
            "(ADV. FOR SUNDAY, NOV. 30)",
            "(EDS: Moved in advance)",
        ] {
            assert_eq!(classify_header(t), Some(TrailerKind::EditorsNote), "{t:?}");
        }
        // the AP's line of the desk, day and time a story was sent
        for t in ["AP-NY-03-03-25 1412EST", "AP-NY-02-12-25 1112EST<"] {
            assert!(is_ap_sent_line(t), "{t:?}");
        }
        for t in [
            "AP-NY-03-03-2025 1412EST",
            "AP-N-03-03-25 1412EST",
            "AP-NY-03-03-25 14:12 EST",
            "AP-NY-03-03-25 1412",
            "AP-NY-03/03-25 1412EST",
        ] {
            assert!(!is_ap_sent_line(t), "{t:?}");
        }
        for t in [
            "Representative Image Of The Week",
            "File photos show the damage",
            "Media playback is not supported on this device, the firm said",
            "Image copyright law changes are coming",
            "(Advisory: story)",
            "Follow us on the long road home",
            "Supported by donors, the clinic reopened",
            "Image Credit: Ann Poe\nThe mayor spoke.",
            "Imagery shows the damage",
        ] {
            assert_eq!(classify_header(t), None, "{t:?}");
        }
    }

    #[test]
    fn share_bars_and_navigation() {
        for t in [
            "Facebook Twitter Email",
            "Share  Tweet  Email",
            "SHARE PRINT",
        ] {
            assert!(is_share_bar(t), "{t:?}");
        }
        // under a headline, the byte gates let every button through, first
        // and last, in either case
        for b in SHARE_BUTTONS {
            let cap = b[..1].to_ascii_uppercase() + &b[1..];
            for t in [
                format!("{b} {b}"),
                format!("{cap} {cap}"),
                b.to_ascii_uppercase() + " Email",
            ] {
                assert!(is_share_bar_under(&t), "{t:?}");
            }
        }
        assert!(is_share_bar_under("Facebook Twitter Print Email"));
        assert!(is_share_bar_under("Facebook Twitter Telegram"));
        let long = "Facebook ".repeat(8);
        assert!(is_share_bar(&long) && !is_share_bar_under(&long));
        for t in ["Share", "Facebook", "Twitter Email us", "Share the road"] {
            assert!(!is_share_bar(t), "{t:?}");
        }
        for t in [
            "Skip to content",
            "Open in app",
            "Sign in",
            "Home | News | Sport | Weather",
            "World  U.S.  Politics  Sports",
            "UK | US | EU | Asia",
            "Home  Football  Cricket  Formula 1  Rugby U  Tennis  Golf",
            "News Sports Weather Classifieds Cars Homes Jobs",
            "World Business Markets Sustainability Legal Technology",
            "E-Paper Subscribe Login",
            "SUBSCRIBE NOW | LOG IN",
            "Menu Search",
            "Skip to navigation",
            // (two links' words run together)
            "Skip to contentSkip to site index",
            "Sign upSign in",
            "Sign up Sign in",
            "Shop  Subscribe  Sign in",
            "Download The App",
            "Toledo, OH 37°",
            "Weather 30°C",
        ] {
            assert!(is_navigation(t), "{t:?}");
        }
        for t in [
            "Home | News | Sport",
            "Facebook  Twitter  Email  Print",
            "Storm nears  the coast  as rain  falls again",
            "The vote passed.  The mayor left.  It rained.  Then snow.",
            "Rain,  Sleet,  Hail,  Snow",
            "Skip to the end",
            // scores: most items hold a digit
            "Leeds 2  Hull 1  Derby 0  York 3",
            "Leeds 2  Hull  Derby  York 3",
            // one space between: a headline in title case, four items
            "Business Leaders Back New Health Tax",
            "Storm Batters Coast As Residents Flee",
            "News Sports Weather Jobs",
            "World Business Markets Sport, Culture",
            // controls' words in a sentence, or one alone
            "Sign up now to vote",
            "Register",
            "Skip to contentSkip the queue",
            "Skip to contentSkipped",
            "Skip to mapsSign in",
            "37°",
            "It reached 45°",
        ] {
            assert!(!is_navigation(t), "{t:?}");
        }
    }

    #[test]
    fn end_marks_with_the_editors_initials() {
        for t in ["Enditem/ls", "ENDITEM/pc", "Enditem/abcd"] {
            assert_eq!(mark(t), Some(TrailerKind::EndMark), "{t:?}");
            assert_eq!(classify(t), Some(TrailerKind::EndMark), "{t:?}");
        }
        for t in [
            "Enditem/",
            "Enditem/abcde",
            "Enditem/l s",
            "Enditem/l1",
            "Endite/ls",
            "Item/ls",
        ] {
            assert_eq!(mark(t), None, "{t:?}");
        }
    }

    #[test]
    fn end_marks_in_dashes() {
        for t in [
            "-- END --",
            "--End--",
            "-- end of clipping --",
            "- End of story -",
            "-- End of the press release --",
        ] {
            assert_eq!(mark(t), Some(TrailerKind::EndMark), "{t:?}");
        }
        for t in [
            // no dash last, more than three words, figures, no `of`
            "-- end of clipping",
            "-- end of a long story told here --",
            "-- end of 2026 --",
            "-- ending soon --",
            "-- end at noon --",
            "-- end of --",
            "-- the end of clipping service in this town, said the mayor --",
        ] {
            assert_eq!(mark(t), None, "{t:?}");
        }
    }

    #[test]
    fn news_service_copyright_lines() {
        // under the story and over it
        for t in [
            "c.2026 N.Y. Times News Service",
            "c.1998 The Boston Globe",
            "c.1997, Los Angeles Times",
            "(c) 1998, The Washington Post",
        ] {
            assert_eq!(classify(t), Some(TrailerKind::Copyright), "{t:?}");
            assert_eq!(classify_header(t), Some(TrailerKind::Copyright), "{t:?}");
        }
        for t in [
            // circa, a short year, no space, a lower-case word, too long
            "c.1850 portraits hung in the hall.",
            "c.1850, portraits hung in the hall.",
            "c.2026,N.Y. Times News Service",
            "c.98 N.Y. Times News Service",
            "c.AD40 Roman coins were found.",
            "c.2026N.Y. Times News Service",
            "c.2026 - N.Y. Times News Service",
            "c.2026 The New York Times Company and its news service, which sends stories to papers",
            // a notice that only says so, or a `©` line, is a trailer; over
            // a story, the export readers decide on those
            "All rights reserved.",
            "© 2026 Reuters",
        ] {
            assert_eq!(classify_header(t), None, "{t:?}");
        }
        // the AP's old wire's header: its copyright line and its notice on
        // using its copy
        for t in [
            "Copyright 1994 The Associated Press.  All rights reserved.",
            "Copyright 2026 The Hartford Courant",
            "The information contained in the AP news report may not be published, broadcast, rewritten or otherwise distributed without the prior written authority of The Associated Press.",
        ] {
            assert_eq!(classify_header(t), Some(TrailerKind::Copyright), "{t:?}");
        }
        // (a paragraph opening so that says no such thing, or is longer
        // than a notice)
        let long = format!(
            "The information contained in the AP news report may not be published {}",
            "until the agency has checked it, the editor said on Tuesday; ".repeat(3)
        );
        for t in [
            "The information contained in the report was wrong, officials said on Tuesday after a review found errors.",
            long.as_str(),
        ] {
            assert_eq!(classify_header(t), None, "{t:?}");
        }
        // a paragraph, not a notice
        let long = format!("(c) 2026 {}", "and the story goes on ".repeat(20));
        assert_eq!(classify_header(&long), None);
        assert_eq!(classify(&long), None);
    }

    #[test]
    fn crumb_trails() {
        for t in [
            "Home / Pakistan",
            "Latest News / India",
            "UAE / Society",
            "News / City News / Mumbai News",
            "News|Politics",
            "News | Crime and Public Safety",
            "Sports > Football",
            "UK › Sport",
            "News › Local › Travel",
            "World » Europe",
            "Bogotá » Local",
            "Home > News > 2025",
            "Home  >  News  >  2025",
        ] {
            assert!(is_crumb_trail(t), "{t:?}");
        }
        for t in [
            "Pakistan",
            "AC/DC",
            "Opinion | The case for a new tax on sugar",
            "Israel / Gaza: talks resume",
            "Rates rose. / Stocks fell.",
            "Formula 1 / News",
            "News / 2025 results",
            "News / 1066",
            "Charts / 200",
            "news / world",
            "Home / City\nLucknow",
            // a title and its site's name
            "Storm Batters Coast | Example News",
            "The Valley Sentinel | Nation & State",
            "Rates rise › again",
            "Storm nears the coast of Florida as thousands flee »",
        ] {
            assert!(!is_crumb_trail(t), "{t:?}");
        }
    }

    #[test]
    fn meeting_headings() {
        for t in [
            "Security Council\n10,055th Meeting (PM)",
            "General Assembly\r\nEightieth Session, 63rd Meeting (AM)",
            "9,975th Meeting (AM & PM)",
            "Economic and Social Council\n2nd Meeting (AM)",
        ] {
            assert!(is_meeting_heading(t), "{t:?}");
        }
        for t in [
            // no ordinal number
            "Security Council\n10,055 Meeting (PM)",
            "Security Council\nThe 10th Meeting (PM)",
            "Security Council\nth Meeting (PM)",
            "Security Council\nClosing Meeting (PM)",
            "Security Council\n10th Meeting (noon)",
            // no organ's name over it
            "security council\n10th Meeting (AM)",
            "The Council met.\n10th Meeting (AM)",
            "Security Council\nGeneral Assembly\n10th Meeting (AM)",
            "The Economic, Social, Cultural and Environmental Affairs Council\n10th Meeting (AM)",
        ] {
            assert!(!is_meeting_heading(t), "{t:?}");
        }
    }

    #[test]
    fn category_lists() {
        for t in [
            "Africa, Education, Featured, Headlines, Youth",
            "Asia-Pacific, Climate Change, Featured, Water & Sanitation",
            "Featured, Global, Headlines, Latin America & the Caribbean",
        ] {
            assert!(is_category_list(t), "{t:?}");
        }
        for t in [
            // in no order
            "Headlines, Africa, Education, Featured",
            // no section's name among them
            "Apples, Beans, Corn, Dates Cost More",
            // three links
            "Business, Health, Sports",
            "Business,Health,Sports, World",
            // a link no link's shape
            "Africa, Education, Featured, Headlines: Youth",
            "Africa, Education, Featured, the Headlines",
        ] {
            assert!(!is_category_list(t), "{t:?}");
        }
    }

    #[test]
    fn wire_transmission_lines() {
        for t in [
            "ZCZC",
            "NNNN",
            "PRI:1",
            "PRIORITY: 2",
            "ZCZC AFP0318",
            "ZCZC 0318",
            "UPI 147",
            "CP 0512",
            "UPI A84",
            "UP N126",
            "AP W52",
            "RTR1204 3 ECONOMICS EUROPE-GAS",
            "AGERPRES-SPO-ROM",
            "XINHUA-SPO-SOU",
            "QNA-SPO-QAT",
            "WIR-POL-TUR",
            // (an agency's English service named over the story)
            "NTB ENGLISH SERVICE 28.08.2025 07:41",
            "ANP ENGLISH",
            "TT NEWS AGENCY \u{2014} ENGLISH",
        ] {
            assert!(is_wire_control(t), "{t:?}");
            assert_eq!(classify_header(t), None, "{t:?}");
        }
        assert!(is_wire_control("PRI:1\r\nZCZC"));
        assert!(!is_wire_control("PRI:1\nFloods near Timisoara"));
        for t in [
            "ZCZC now",
            "PRI:12",
            "PRIORITY: high",
            // one hyphen, a space, a lower-case letter, a doubled hyphen
            "AGERPRES-SPO",
            "AGERPRES-SPO ROM",
            "Agerpres-SPO-ROM",
            "AGERPRES--SPO-ROM",
            "AGERPRES-SPO-",
            "A-SPO-ROM",
            // a news service's cycle code names the story
            "BC-BUDGET-VOTE-NYT",
            "PM-BUDGET-VOTE-NYT",
            "AGERPRES-SPO-ROM-AGERPRES-SPO-ROM-X",
            // a headline in capitals opening with a model's number or an
            // agency's name, and a message number over words
            "A380 JETS GROUNDED",
            "UPI 147 STORIES",
            // (no known agency first, no `ENGLISH`, or another word)
            "ACME ENGLISH",
            "NTB NEWS SERVICE 28.08.2025 07:41",
            "NTB ENGLISH LESSONS",
            "AP 1 OF 3",
            "UPI A8",
            "UPI 8A",
            "UPI a84",
            "UPI AB84",
            "ACME A84",
            "ZCZC AFP0318 LATE",
            "ZCZC AFP03",
            "RTR1204 3 Economics",
            "RTR1204 300 ECONOMICS",
            "RTR1204 3 ECONOMICS EUROPE-GAS-PRICES",
            "2025 10 BEST FILMS",
            "UPI 1",
        ] {
            assert!(!is_wire_control(t), "{t:?}");
        }
    }

    #[test]
    fn terminal_lines() {
        for t in [
            "AAP  281412 NOV 26",
            "KYODO 281103 JST NOV 26",
            "YONHAP  2026/11/28 16:41 KST",
            "XINHUA 2026-11-28 09:15:32",
            "ANSA  28/11/2026  13:05",
            "UPI 11-26-86 02:12 PES",
            "RTRS  28-NOV-2026 14:12:05  [nL8N3QX0A2]   PRIORITY: 2",
            "AFP 281412 GMT NOV 26 URGENT",
            "BN  11/27 09:14 *FED HOLDS RATES STEADY",
            "i0184",
            "V0419",
            "DEL27",
            "ZCZC1288/SXB",
            "b i BC-EU--Greece-Earthquake,0102",
            "f a BC-US--Supreme Court-Tariffs,0042",
            "AM-BUDGET 11-26 0287",
            "NSW-FLOODS",
            "HR-FIRE",
            "SHNS 05-11-99 PARK-FEES",
            "SHNS 10-31-2000 CN-HALLOWEEN-COLUMN",
            "BW0123  MAR 03,1998       9:32 PACIFIC      12:32 EASTERN",
            "/FROM PR NEWSWIRE CHICAGO 312-922-2275/",
        ] {
            assert!(is_transmission_line(t), "{t:?}");
        }
        for t in [
            "TIN COUNCIL TALKS END WITHOUT ACCORD",
            "NASA 2026 BUDGET",
            "UFC 310 LIVE",
            "MAY 2026 CPI",
            "AP 2026 POLL",
            "FTSE 100 closes higher",
            "NEW YORK, March 3 -",
            "WASHINGTON (AP) —",
            "COVID-19",
            "G20",
            "ab12",
            "i01845",
            "DE27",
            "ZCZC now",
            "ANTI-WAR RALLY",
            "Oil prices rise",
            "a tale of two cities",
            "b i storms",
            "abcdefg i BC-EU--Storm,0102",
            "RTRS  28-NOV-2026 Nickel jumps",
            "AAP  281412 NOVEMBER 26",
            "LONDON 1996-08-30",
            "NEW YORK 1996-08-30",
            // (a slug with no date before it, a slug not last, a slug in
            // small letters, a date not of three parts, no hyphen in it)
            "SHNS PARK-FEES",
            "SHNS 05-11-99 PARK-FEES URGENT",
            "SHNS 05-11-99 Park-Fees",
            "SHNS 05-11 PARK-FEES",
            "SHNS 05-11-99 PARKFEES",
            "SHNS 123-11-99 PARK-FEES",
            "SHNS 05-11-123 PARK-FEES",
            // (Business Wire's number with no time zone last; a line with
            // a slash first that does not close it)
            "BW0123  MAR 03,1998  9:32 PACIFIC",
            "/FROM PR NEWSWIRE CHICAGO 312-922-2275",
        ] {
            assert!(!is_transmission_line(t), "{t:?}");
        }
        for t in ["PARK-FEES", "CN-HALLOWEEN-COLUMN", "TVA-RATES", "A2-B"] {
            assert!(is_dated_slug(t), "{t:?}");
        }
        for t in ["PA", "-AB", "Park-Fees", "PARK FEES", "PARKFEES"] {
            assert!(!is_dated_slug(t), "{t:?}");
        }
    }

    #[test]
    fn desk_routings() {
        for t in [
            "Business Editors",
            "Business Editors/High-Tech Writers",
            "Business Editors/Health/Medical Writers",
            "Business/Financial Editors",
            "Business and Entertainment Editors",
            "BUSINESS EDITORS",
        ] {
            assert!(is_desk_routing(t), "{t:?}");
        }
        // (a staff's line under the names; a desk in small letters; no
        // desk's word last; a word run into it; a sentence)
        for t in [
            "Staff Writers",
            "Crimson Staff Writers",
            "Business editors",
            "Business Editors Say",
            "BusinessEditors",
            "Business leaders meet editors",
            "Business Editors/High-Tech Writers and the Many Other Desks That Want This Release Today",
        ] {
            assert!(!is_desk_routing(t), "{t:?}");
        }
    }

    #[test]
    fn programme_lines() {
        for t in [
            "Heard on All Things Considered",
            "HEARD ON Morning Edition",
            "Heard on Here & Now",
        ] {
            assert!(is_programme_line(t), "{t:?}");
        }
        for t in [
            "Heard on the street, traders were calm",
            "Heard on the radio in Kansas",
            "Heard On Wall Street, Traders Stay Calm",
            "Heard",
            "Heard at All Things Considered",
        ] {
            assert!(!is_programme_line(t), "{t:?}");
        }
    }

    #[test]
    fn bare_slugs() {
        for t in [
            "BC-Storm-Coast",
            "Peru-politics-Congress",
            "GCC-Kuwait-Oman-investment",
            "BC-SHUTDOWN-CONGRESS-NYT",
            "Germany/Transport/Labour",
            "TRAVEL-CUSCO:TB",
            "AUTO-KYOTO:MS",
            "APP97-081025",
            "APP4-160326",
        ] {
            assert!(is_bare_slug(t), "{t:?}");
        }
        for t in [
            // two words, a space, lower case or a figure first, a stop last,
            // a word in lower case between slashes, a wire's control code
            "Coca-Cola",
            "Storm-hit-coast towns rebuild",
            "peru-politics-congress",
            "3-D-printed",
            "Peru-politics-Congress.",
            "Germany/transport/Labour",
            "AGERPRES-SPO-ROM",
            // (initials of one letter or four, in lower case; a word in
            // lower case, no hyphen)
            "TRAVEL-CUSCO:T",
            "TRAVEL-CUSCO:TBSM",
            "TRAVEL-CUSCO:tb",
            "TRAVEL-Cusco:TB",
            "TRAVEL:TB",
            "TRAVEL--CUSCO:TB",
            // (a story's code: two capitals to four, one figure to three,
            // six figures after the hyphen)
            "APP-081025",
            "A97-081025",
            "APPPP97-081025",
            "APP9712-081025",
            "APP97-08102",
            "APP97-0810255",
            "APP97-08102X",
            "APP9X-081025",
            "F-150",
        ] {
            assert!(!is_bare_slug(t), "{t:?}");
        }
    }

    #[test]
    fn document_symbols() {
        for t in ["SG/SM/23481", "GA/12689", "SG/SM/23476-ENV/DEV/2311"] {
            assert!(is_document_symbol(t), "{t:?}");
        }
        for t in [
            // no slash, a word in lower case, no figure last, a space,
            // lower case first, too long, a date
            "AB-12345",
            "11/28/2026",
            "SG/sm/23481",
            "SG/SM",
            "SG/SM 23481",
            "sg/SM/23481",
            "SG/SM/23476-ENV/DEV/2311-ENV/DEV/2311-ENV/1",
        ] {
            assert!(!is_document_symbol(t), "{t:?}");
        }
    }

    #[test]
    fn minister_lines() {
        for t in [
            "The Hon Ann Poe MP",
            "THE HON. ANN POE MP",
            "SENATOR THE HON ANN POE",
            "Minister for Health and Ageing",
            "MINISTER FOR AGRICULTURE, FISHERIES AND FORESTRY",
            "Media release from The Hon. Ann Poe MP",
            "Assistant Minister for Regional Health",
            "Hon. Ann Poe",
        ] {
            assert!(is_minister_line(t), "{t:?}");
        }
        for t in [
            // a sentence, a headline naming a minister, two lines
            "The honey harvest fell by a third this year.",
            "Ministers for trade meet in Lima",
            "Minister for Health\nThe minister said on Friday that clinics would open.",
            "Honours list names 40 nurses",
        ] {
            assert!(!is_minister_line(t), "{t:?}");
        }
    }

    #[test]
    fn release_numbers() {
        for t in [
            "PRESS RELEASE 26-118",
            "Press Release (2026) 161",
            "Release Number: R6-26-112",
            "Release No. 0247.26",
            "Press Release: 27 November 2026",
            "NEWS RELEASE #2026-88",
            "media release 14/2026",
            "RELEASE 26-058",
            "RELEASE: 24-087",
            // a police release's case or incident number
            "Case Number: 24-02472",
            "CASE NO. 26-1187",
            "Incident #: 26-118",
            "Incident Number 2026-004417",
        ] {
            assert!(is_release_number(t), "{t:?}");
        }
        for t in [
            // no figure, a sentence after the label, no space after it, a
            // label of no release's, too long
            "PRESS RELEASE",
            "Press release: Ministry of Transport",
            "Press release: We sold 3 of them today",
            "Press releases2026",
            "Release 3 new songs",
            "Release 2026-118 now",
            "Case numbers rise 12% in a week",
            "Incidents fell by 4",
            "Press Release 2026-118 issued by the Ministry of Transport of the Republic",
        ] {
            assert!(!is_release_number(t), "{t:?}");
        }
    }

    #[test]
    fn anpa_line_codes() {
        for (t, inner) in [
            ("^Storm nears coast<", "Storm nears coast"),
            ("^By ANN POE=", "By ANN POE"),
            ("^BC-Storm-Coast,0450<", "BC-Storm-Coast,0450"),
            ("^<", ""),
        ] {
            let (a, b) = caret_line(t).unwrap_or((0, 0));
            assert_eq!(t.get(a..b), Some(inner), "{t:?}");
        }
        // a caret or a close alone, another close, a caret inside
        for t in [
            "^Storm nears coast",
            "Storm nears coast<",
            "^Storm>",
            "a^b<",
            "^",
        ] {
            assert_eq!(caret_line(t), None, "{t:?}");
        }
        // with the closing code dropped
        for (t, inner) in [
            ("^Storm nears coast", "Storm nears coast"),
            ("^By ANN POE", "By ANN POE"),
        ] {
            let (a, b) = open_caret_line(t).unwrap_or((0, 0));
            assert_eq!(t.get(a..b), Some(inner), "{t:?}");
        }
        for t in ["^", "^  ", "Storm nears coast", "a^b"] {
            assert_eq!(open_caret_line(t), None, "{t:?}");
        }
    }

    #[test]
    fn wire_slugs_and_advisories() {
        for t in [
            "BC-Storm-Coast,0450",
            "AM-Budget-Senate,0612",
            "PM-Flood-Missouri, 1st Ld-Writethru,0540",
            "BC-SOC-Harbor-Cup,0720",
            "BC-US--Storms-Midwest,1st Ld-Writethru",
            "BC-EU--Spain-Heat Wave",
            "BC-FIN--Earns-Cedarline",
            "AP-US--Wildfire-Spokane,489",
            // a state wire's, key words with spaces before capitals
            "AP-IL--Illinois Budget,0415",
            "AP-AR--School Safety Drills,0230",
            // the version after the key words, the story's number for a count
            "AM-Shuttle-Probe 1stLd-Writethru,a0624",
            "PM-Storm-Coast 2nd Ld,0450",
            "BC-Storm-Coast Adv28,0450",
            "AM-Storm-Coast Writethru,0450",
            // key words with spaces, each word after one a capital's
            "BC-Wall Street, 3rd Ld-Writethru,0544",
            "BC-Egypt-Pyramids Lighting,0402",
            // the archive's line: priority, category, slug, date, count
            "r a PM-Arab-Israeli 02-12 0320",
            "u i AM-Arson-Gallery 05-01 0183",
            "a0377 &Cx1f; PM-Iowa-Schools 10-24 0233",
            // teletype copy's: the key word in capitals and the day
            "BC-SENATE 4-26",
            "PM-DOCK 7-7",
            "AM-FARM-BILL 12-31",
        ] {
            assert_eq!(classify_header(t), Some(TrailerKind::Furniture), "{t:?}");
        }
        // (a space before a small letter, or two spaces, is a sentence's)
        for t in [
            "AP-IL--Illinois budget,0415",
            "AP-IL--Illinois  Budget,0415",
        ] {
            assert!(!is_slug_line(t), "{t:?}");
        }
        // the Press Trust of India's desk code and number, key words
        for t in [
            "DEL52 BIZ-RBI-LOANS",
            "MDS34 KL-SABARIMALA-RUSH",
            "FGN31 PAK-POLLS-SENATE",
        ] {
            assert!(is_pti_slug(t), "{t:?}");
        }
        for t in [
            "DEL52 BIZ",
            "DEL52 BIZ-rbi-loans",
            "DEL5234 BIZ-RBI",
            "DEL BIZ-RBI",
            "DEL52 BIZ--RBI",
            "ABC1 Gets-New-Boss",
            "abc12 BIZ-RBI",
            "A1234 BIZ-RBI",
        ] {
            assert!(!is_pti_slug(t), "{t:?}");
        }
        // key words with no cycle code: a count, a story's kind
        for t in [
            "Sask-Grain-Rail,0389",
            "Senegal-fishing-economy,FOCUS",
            "Japan-quake-toll,2NDLEAD",
            // (AFP's lead, with its ordinal or not)
            "Indonesia-quake,3rd lead",
            "Peru-vote,lead",
            "Chile-fire,2ndlead",
        ] {
            assert!(is_keyword_slug(t), "{t:?}");
        }
        for t in [
            // a space, no hyphen, a count or kind out of bounds, lower case
            "Sask-Grain Rail,0389",
            "Saskatchewan,0389",
            "Sask-Grain-Rail,38",
            "Sask-Grain-Rail,FOCUSANDMORETEXT",
            "Sask-Grain-Rail,focus",
            "Sask-Grain-Rail",
            // (a lead's ordinal that is none; words that are no lead)
            "Indonesia-quake,third lead",
            "Indonesia-quake,3 lead",
            "Indonesia-quake,mislead",
            "Indonesia-quake,st lead",
            "Indonesia-quake, a second lead",
            "Indonesia quake-toll,lead",
            "Saskatchewan,lead",
            "Indonesia-quake-toll-and-aftershocks-in-the-east-as-houses-collapse-near-the-coast,lead",
        ] {
            assert!(!is_keyword_slug(t), "{t:?}");
        }
        for t in [
            // no word count, a space in the key words, a count of two digits
            "BC-Storm-Coast",
            "AM-FM radio,0450",
            "PM-Storm,45",
            "BC-Storm-Coast,04a0",
            "AM-Storm,",
            "AM-,0450",
            "BC-Storm-Coast, a story of 450 words,0450 and then some more words to pass eighty",
            // a headline that opens like one
            "AM-PM Shifts Cost Workers Sleep, Study Finds",
            "AM-PM SHIFTS 4-26",
            "BC-Senate 4-26",
            "BC- 4-26",
            "BC-SENATE 13-26",
            "BC-SENATE 4-32",
            "BC-SENATE 4-0",
            "BC-SENATE 4/26",
            "BC-SENATE 4-126",
            "BC-SENATE A-26",
            "BC-SENATE 004-26",
            "BC-SENATE +4-26",
            "BC-US-- ",
            "BC-U--Storms",
            "BC-USAFE--Storms",
            "BC-us--Storms",
            // another code, and a line longer than a slug
            "XY-Storm-Coast,0450",
            "BM-Storm-Coast,0450",
            "BC-Storm-Coast-Flood-Rain-Wind-Surge-Tide-Damage-Power-Roads-Schools-Closed-Again,0450",
            // a version that is none, a number with two letters
            "AM-Storm-Coast radio,0450",
            "AM-Storm-Coast 3 radios,0450",
            "BC-Wall  Street,0544",
            "BC-Wall Street ,0544",
            "AM-Storm-Coast,ab0624",
            // sentences and lines that end like the archive's
            "a dozen PM-Storm victims 02-12 0320",
            "r a PM-Arab-Israeli 2-12 0320",
            "storm warnings PM-Arab-Israeli 02-12 0320",
            "r a PM-Arab-Israeli-Talks-Resume-In-Geneva-After-Long-Break 02-12 0320",
            "r a XY-Arab-Israeli 02-12 0320",
            "r a PM-Arab,Israeli 02-12 0320",
            "PM-Arab-Israeli 02-12 0320",
            "r a PM-Arab-Israeli 02-12 32",
            "its score rose to 1,200 on PM-Index 02-12 0320",
        ] {
            assert_eq!(classify_header(t), None, "{t:?}");
        }
        assert_eq!(
            classify_header("Eds: Updates with details, quotes. AP Photos NY101-103."),
            Some(TrailerKind::EditorsNote)
        );
        assert_eq!(classify_header("Edson Poe wins"), None);
    }

    proptest::proptest! {
        /// `trailing_start` skips full classification where `may_open_block`
        /// says no: that is sound only if every `About`, contact and
        /// `@highlight` block passes it.
        #[test]
        fn every_block_heading_passes_the_filter(
            lead in proptest::sample::select(vec![
                "About", "ABOUT", "about", "Contact", "CONTACTS", "Media contact", "Press Contact:",
                "Investor contacts", "For more information", "  About", "\u{a0}About", "Source", "Our",
                "Abouts", "Contactless", "Media", "For more", "About\n", "ABOUT:",
                "To contact the", "TO CONTACT THE", "To contact", "To",
                "For further information", "Investor Relations", "MEDIA RELATIONS", "For further",
                "Investor", "Media relation", "@highlight", "@HIGHLIGHT", " @highlight", "@high",
            ]),
            rest in "(|:|\n|s|s:|s\n| )[ :A-Za-z.,\n]{0,30}",
        ) {
            let t = format!("{lead}{rest}");
            let kind = classify(&t);
            if matches!(kind, Some(TrailerKind::About | TrailerKind::Contact | TrailerKind::Highlight)) {
                proptest::prop_assert!(may_open_block(&t), "{:?}", t);
            }
        }

        /// The branch-free digit test answers as `any` does.
        #[test]
        fn has_digit_is_any_digit(t in "[0-9a/:é\u{660}\u{ff10} ]{0,40}") {
            proptest::prop_assert_eq!(has_digit(&t), t.bytes().any(|b| b.is_ascii_digit()));
        }

        /// The kinds `trailing_start` hands back are the ones `classify`
        /// gives, for every paragraph, classified by the search or not.
        #[test]
        fn tail_kinds_are_classify_kinds(picks in proptest::collection::vec(0usize..11, 0..60)) {
            let pool = [
                "The council met on Tuesday and voted.",
                "About Acme Corp.",
                "Acme makes harbour cranes.",
                "Media contact: Ann Poe",
                "© 2026 Acme Corp",
                "###",
                "(Reporting by Ann Poe; Editing by Tom Roe)",
                "Ann Poe contributed to this report.",
                "For more information, call 555-0100.",
                "To contact the reporter on this story:\nAnn Poe in Paris at ann@example.com",
                "@highlight",
            ];
            let texts: Vec<&str> = picks.iter().filter_map(|&k| pool.get(k).copied()).collect();
            let tail = trailing_start(texts.len(), |i| texts.get(i).copied().unwrap_or(""));
            for (i, t) in texts.iter().enumerate() {
                proptest::prop_assert_eq!(tail.kind(i, t), classify(t), "{}", i);
            }
        }

        /// On short lines (where the parser asks it), `mark` says what
        /// `classify` says of end marks and sign-offs.
        #[test]
        fn mark_agrees_with_classify(t in "(#|-|30|END|ENDS|ends|\\(|\\)|X|_| |Reuter|REUTERS|burs|ap|/|jm|Our Standards:|Nov|2026|Enditem|item){1,6}") {
            let t = t.trim();
            if t.len() <= 24 {
                let want = classify(t).filter(|k| matches!(k, TrailerKind::EndMark | TrailerKind::SignOff));
                proptest::prop_assert_eq!(mark(t), want, "{:?}", t);
            }
        }
    }

    /// `trailing_start` over a slice of paragraph texts.
    fn tail(texts: &[&'static str]) -> usize {
        trailing_start(texts.len(), |i| texts.get(i).copied().unwrap_or("")).start
    }

    #[test]
    fn trailing_blocks() {
        assert_eq!(tail(&["Body.", "More.", "###"]), 2);
        assert_eq!(
            tail(&[
                "Body.",
                "About Acme",
                "Acme makes things.",
                "Media contact: Ann",
                "###"
            ]),
            1
        );
        assert_eq!(tail(&["Body.", "(Reporting by Ann)", "More body."]), 3);
        assert_eq!(tail(&["###"]), 0);
        // the CNN / Daily Mail corpus: each point under its `@highlight` line
        assert_eq!(
            tail(&[
                "Body.",
                "More.",
                "@highlight",
                "The council votes",
                "@highlight",
                "The bridge closes"
            ]),
            2
        );
        // a line that only mentions the mark is text
        assert_eq!(tail(&["Body.", "Tag it @highlight", "More."]), 3);
    }
}

#[cfg(test)]
mod search_tests {
    use super::contributed;

    #[test]
    fn contributor_credits_in_any_case() {
        let rows: &[(&str, bool)] = &[
            ("Ann Poe contributed to this report.", true),
            ("ANN POE CONTRIBUTED TO THIS REPORT", true),
            ("Contributed To This Report", true),
            ("Ann Poe contributed reporting from Kyiv.", true),
            ("é contributed reporting", true),
            ("contributed to this", false),
            ("ontributed to this report", false),
            ("Ann Poe contributed a report.", false),
            ("contributed", false),
            ("Tom Roe contributed.", true),
            ("Tom Roe and Jo Li contributed", true),
            ("Tom Roe contributed money.", false),
            ("", false),
            // the credit must open its paragraph: abbreviations and
            // initials end no sentence before it
            (
                "Associated Press writers Ann Poe in Washington, D.C., and Tom Roe contributed to this report.",
                true,
            ),
            ("AP writer J. Roe contributed reporting.", true),
            (
                "Rep. Ann Poe's aide Tom Roe contributed to this report.",
                true,
            ),
            ("Ann Poe in Kyiv. Tom Roe contributed reporting.", false),
            (
                "Stocks rose Tuesday.\nTom Roe contributed to this report.",
                false,
            ),
            ("Stocks rose! Tom Roe contributed to this report.", false),
            ("Was it? Tom Roe contributed to this report.", false),
            // a period inside a name or before a lower-case word ends none
            ("Ann Poe of Acme.com contributed to this report.", true),
            ("Ann Poe of NewsCo.TV contributed to this report.", true),
            ("Poe et al. contributed reporting.", true),
        ];
        for (hay, want) in rows {
            assert_eq!(contributed(hay), *want, "{hay:?}");
        }
    }
}
