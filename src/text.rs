//! Line scanning and the character classes the grammar shares: blank lines,
//! indentation, dashes, spaces.

use crate::span::Span;

/// One line of the input, without its line ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    /// The first byte of the line.
    pub(crate) start: usize,
    /// The byte just past the line's content (before `\n`, `\r\n` or `\r`).
    pub(crate) end: usize,
    /// The width of the line's leading blank space, as [`indent`] gives it.
    pub(crate) indent: usize,
    /// Whether the line holds nothing but blank space ([`is_blank`]).
    pub(crate) blank: bool,
}

impl Line {
    /// The line's text in `text`.
    pub(crate) fn get(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Iterates over the lines of `text` from byte `from`, splitting at `\n`,
/// `\r\n` and a lone `\r`. Linear, and reads no further than the lines
/// taken: each byte is looked at once, by `memchr2`, as the lines come, so a
/// stream's splitter may take a few lines of a long text.
pub(crate) fn lines(text: &str, from: usize) -> Lines<'_> {
    Lines {
        text,
        pos: from,
        breaks: LineBreaks::new(),
    }
}

/// The iterator of [`lines`].
pub(crate) struct Lines<'a> {
    text: &'a str,
    pos: usize,
    breaks: LineBreaks,
}

/// The search for `\n` and `\r`, set up once for a text's lines: on x86-64
/// with AVX2, memchr's searcher with its needles already in vector
/// registers, which `memchr2` would build again, through a function
/// pointer, for every line (about 7 instructions a line saved on the corpus
/// profile); elsewhere `memchr2` itself.
#[derive(Clone, Copy)]
struct LineBreaks {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::Two>,
}

impl LineBreaks {
    fn new() -> Self {
        LineBreaks {
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::Two::new(b'\n', b'\r'),
        }
    }

    /// The offset of the first `\n` or `\r` in `hay`.
    #[inline]
    fn find(&self, hay: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(two) = &self.avx2 {
            return two.find(hay);
        }
        memchr::memchr2(b'\n', b'\r', hay)
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    #[inline]
    fn next(&mut self) -> Option<Line> {
        let (line, next) = line_at(self.text, self.pos, &self.breaks)?;
        self.pos = next;
        Some(line)
    }
}

/// Every line of `text` from byte `from`, as [`lines`] finds them, pushed
/// onto `out`: the parser's line table, built in one loop with no call a
/// line (about 17 instructions a line fewer than collecting [`lines`] on
/// the corpus profile).
pub(crate) fn fill_lines(text: &str, from: usize, out: &mut Vec<Line>) {
    let breaks = LineBreaks::new();
    let mut pos = from;
    while let Some((line, next)) = line_at(text, pos, &breaks) {
        out.push(line);
        pos = next;
    }
}

/// The line of `text` starting at byte `start`, and where the next one
/// starts; `None` at the end of the text.
#[allow(clippy::inline_always)]
#[inline(always)]
fn line_at(text: &str, start: usize, breaks: &LineBreaks) -> Option<(Line, usize)> {
    let rest = text.as_bytes().get(start..).filter(|r| !r.is_empty())?;
    let found = match rest.first() {
        // an empty line (every other line of blank-line layouts) needs
        // no search
        Some(b'\n' | b'\r') => Some(0),
        _ => breaks.find(rest),
    };
    let (len, step) = match found {
        None => (rest.len(), rest.len()),
        Some(i) => {
            let crlf = rest.get(i) == Some(&b'\r') && rest.get(i + 1) == Some(&b'\n');
            (i, i + if crlf { 2 } else { 1 })
        }
    };
    let end = start + len;
    // most lines are empty or open with printable ASCII: no slice needed
    let (indent, blank) = match rest.first() {
        _ if len == 0 => (0, true),
        Some(b) if b.is_ascii_graphic() => (0, false),
        _ => lead(text.get(start..end).unwrap_or_default()),
    };
    let line = Line {
        start,
        end,
        indent,
        blank,
    };
    Some((line, start + step))
}

/// The width of a line's leading blank space (as [`indent`] counts it) and
/// whether the line is blank space only, read in one pass over its leading
/// bytes: ASCII byte by byte, from the first other byte on by characters.
pub(crate) fn lead(line: &str) -> (usize, bool) {
    let mut width = 0;
    for (i, &b) in line.as_bytes().iter().enumerate() {
        match b {
            b' ' | b'\x0b' | b'\x0c' => width += 1,
            b'\t' => width += 4,
            b if b.is_ascii() => return (width, false),
            _ => {
                // a multi-byte character: the bytes before it were ASCII, so
                // `i` is a character boundary
                let rest = line.get(i..).unwrap_or_default();
                return (width + indent(rest), is_blank(rest));
            }
        }
    }
    (width, true)
}

/// Whether `s` has more than `n` characters, without counting them all.
pub(crate) fn longer_than(s: &str, n: usize) -> bool {
    // every character is at least one byte and at most four; with the first
    // n + 1 bytes all ASCII, they are n + 1 characters (a fast, vectorised
    // test); else the characters that start in the first 4n + 1 bytes, where
    // character n starts if there is one, are counted by their first bytes
    // (any byte but a continuation byte), which also vectorises
    let bytes = s.as_bytes();
    let reach = n.saturating_mul(4).saturating_add(1);
    bytes.len() > n
        && (bytes.len() >= reach
            || bytes.get(..=n).is_some_and(all_ascii)
            || char_starts(bytes) > n)
}

/// Whether every byte of `bytes` is ASCII: the bytes OR-ed together, which
/// the compiler turns into 16 bytes a step (in place of `<[u8]>::is_ascii`,
/// a word at a time, in [`longer_than`]: 3.95M instructions fewer on the
/// `parse_many` profile, whose splitter asks it of every short block).
fn all_ascii(bytes: &[u8]) -> bool {
    bytes.iter().fold(0u8, |seen, &b| seen | b) < 0x80
}

/// How many characters start in `bytes`: the bytes that are not UTF-8
/// continuation bytes. Summed in `u8` over runs of 255 bytes, which the
/// compiler turns into 16 bytes a step.
fn char_starts(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|run| {
            let starts = run
                .iter()
                .map(|&b| u8::from(b & 0xC0 != 0x80))
                .fold(0u8, u8::wrapping_add);
            usize::from(starts)
        })
        .sum()
}

/// Whether `s` opens with two ASCII capitals: the quick test before a
/// word in capitals is looked up (a place or month set so).
pub(crate) fn opens_in_capitals(s: &str) -> bool {
    matches!(s.as_bytes(), [x, y, ..] if x.is_ascii_uppercase() && y.is_ascii_uppercase())
}

/// Whether `s` opens with two capitals of any script (`İZMİR`, `ŁÓDŹ`,
/// `ÖREBRO`, `ANKARA`).
pub(crate) fn opens_in_any_capitals(s: &str) -> bool {
    let mut letters = s.chars();
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_some_and(char::is_uppercase)
}

/// Whether `c` counts as blank space inside a line (not a line break).
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Whether the line holds nothing but blank space.
pub(crate) fn is_blank(line: &str) -> bool {
    line.chars().all(is_space)
}

/// The width of a line's leading blank space: a tab counts 4, anything else 1.
pub(crate) fn indent(line: &str) -> usize {
    let mut width = 0;
    for c in line.chars() {
        match c {
            '\t' => width += 4,
            c if is_space(c) => width += 1,
            _ => break,
        }
    }
    width
}

/// Whether `s` neither starts nor ends with blank space by its first and
/// last bytes alone: both are printable ASCII, which no kind of blank space
/// is. Most paragraph and line texts asked are, so trimming them is skipped.
fn plainly_trimmed(s: &str) -> bool {
    let b = s.as_bytes();
    b.first().is_some_and(u8::is_ascii_graphic) && b.last().is_some_and(u8::is_ascii_graphic)
}

/// `s.trim()`, with [`plainly_trimmed`] text returned as it is.
pub(crate) fn trim(s: &str) -> &str {
    if plainly_trimmed(s) { s } else { s.trim() }
}

/// `s.trim_start()`, with text opening with printable ASCII returned as it
/// is (no character is decoded).
pub(crate) fn trim_start(s: &str) -> &str {
    if s.as_bytes().first().is_some_and(u8::is_ascii_graphic) {
        s
    } else {
        s.trim_start()
    }
}

/// `s.trim_end()`, with text ending with printable ASCII returned as it is.
pub(crate) fn trim_end(s: &str) -> &str {
    if s.as_bytes().last().is_some_and(u8::is_ascii_graphic) {
        s
    } else {
        s.trim_end()
    }
}

/// The span of `text[start..end]` without leading and trailing blank space.
///
/// Asked of every paragraph and header part: the common case, text with
/// nothing to trim, is inlined at each caller, the trimming is not.
#[inline]
pub(crate) fn trim_span(text: &str, start: usize, end: usize) -> Span {
    let slice = text.get(start..end).unwrap_or("");
    if plainly_trimmed(slice) {
        return Span::new(start, end);
    }
    trimmed_span(slice, start)
}

/// [`trim_span`] of `slice`, which starts at `start`. The blank space at
/// each end is read a byte at a time while it is ASCII (a wire paragraph's
/// indent), by characters from the first other byte on.
#[inline(never)]
fn trimmed_span(slice: &str, start: usize) -> Span {
    let ascii_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let bytes = slice.as_bytes();
    let mut lead = bytes.iter().take_while(|b| ascii_space(b)).count();
    if bytes.get(lead).is_some_and(|b| !b.is_ascii()) {
        // a multi-byte character: the bytes before it were ASCII, so `lead`
        // is a character boundary
        let rest = slice.get(lead..).unwrap_or("");
        lead += rest.len() - rest.trim_start_matches(is_space).len();
    }
    let body = slice.get(lead..).unwrap_or("");
    let bytes = body.as_bytes();
    let mut end = bytes.len() - bytes.iter().rev().take_while(|b| ascii_space(b)).count();
    if end > 0 && bytes.get(end - 1).is_some_and(|b| !b.is_ascii()) {
        // likewise from the end: `end` follows the last character read
        end = body
            .get(..end)
            .map_or(0, |b| b.trim_end_matches(is_space).len());
    }
    Span::new(start + lead, start + lead + end)
}

/// `t` after `prefix`, if `t` opens with it in any ASCII case (`From Ann
/// Poe` after `from `).
#[inline]
pub(crate) fn strip_prefix_ci<'t>(t: &'t str, prefix: &str) -> Option<&'t str> {
    t.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .and_then(|_| t.get(prefix.len()..))
}

/// Whether `t` ends with `suffix` in any ASCII case (`Office of Public
/// Affairs` with `affairs`).
#[inline]
pub(crate) fn ends_with_ci(t: &str, suffix: &str) -> bool {
    t.len()
        .checked_sub(suffix.len())
        .and_then(|at| t.get(at..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
}

/// `s` parted before its first line break (`\n` or `\r`): the first line,
/// and the rest from the break (empty where `s` is one line).
pub(crate) fn split_at_line_break(s: &str) -> (&str, &str) {
    let at = memchr::memchr2(b'\n', b'\r', s.as_bytes()).unwrap_or(s.len());
    (s.get(..at).unwrap_or(s), s.get(at..).unwrap_or(""))
}

/// The byte offset in `whole` where `part`, a slice of it, starts; `None`
/// if `part` starts before `whole` (the end is for the caller to check).
pub(crate) fn offset_in(whole: &str, part: &str) -> Option<usize> {
    (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)
}

/// The text of `span` in `text` (empty when the span does not fit).
pub(crate) fn slice(text: &str, span: Span) -> &str {
    text.get(span.range()).unwrap_or("")
}

/// Whether `c` is a dash that can end a dateline or mark a rule.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// Whether `s` holds a year's four digits in a row (`2026`), as a date
/// stamp or a page's folio does.
pub(crate) fn has_year(s: &str) -> bool {
    let mut run = 0;
    s.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    })
}

/// Whether `s` holds a clock's colon between digits (`10:42`).
pub(crate) fn has_clock(s: &str) -> bool {
    s.as_bytes()
        .windows(3)
        .any(|w| matches!(w, [a, b':', b] if a.is_ascii_digit() && b.is_ascii_digit()))
}

/// Whether `word` is a possessive, ending in `'s` or `’s` (`Reporter's`,
/// `Men’s`).
pub(crate) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("\u{2019}s")
}

/// Whether every cased letter of `s` is upper case and it has at least two
/// letters, in any script with case (Latin, Greek, Cyrillic...). Scripts without
/// case (CJK, Arabic) never count as ALL CAPS.
pub(crate) fn is_all_caps(s: &str) -> bool {
    // ASCII a byte at a time (most text asked is a sentence, with a small
    // letter in its first word), the rest by characters
    let mut upper = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b.is_ascii_lowercase() {
            return false;
        }
        if b.is_ascii_uppercase() {
            upper += 1;
        } else if !b.is_ascii() {
            // the bytes before were ASCII: `i` is a character boundary
            return caps_from(s.get(i..).unwrap_or(""), upper);
        }
    }
    upper >= 2
}

/// [`is_all_caps`] of `rest` by characters, `upper` capitals already seen.
fn caps_from(rest: &str, mut upper: usize) -> bool {
    for c in rest.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            upper += 1;
        }
    }
    upper >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte-wise capitals test answers as the test by characters.
        #[test]
        fn all_caps_agrees_with_characters(s in "[aAzZ .'é\u{c9}\u{416}\u{436}\u{5317}\u{1f600}1ß]{0,12}") {
            proptest::prop_assert_eq!(is_all_caps(&s), caps_from(&s, 0));
        }

        /// The line-break search finds the first `\n` or `\r`, with the
        /// vector searcher and without it, at any length around the vector
        /// widths.
        #[test]
        fn line_breaks_are_found_either_way(
            hay in proptest::collection::vec(
                proptest::prop_oneof![
                    40 => proptest::strategy::Just(b'a'),
                    4 => proptest::strategy::Just(b' '),
                    1 => proptest::strategy::Just(b'\n'),
                    1 => proptest::strategy::Just(b'\r'),
                ],
                0..200,
            ),
        ) {
            let want = hay.iter().position(|&b| b == b'\n' || b == b'\r');
            proptest::prop_assert_eq!(LineBreaks::new().find(&hay), want);
            let plain = LineBreaks {
                #[cfg(target_arch = "x86_64")]
                avx2: None,
            };
            proptest::prop_assert_eq!(plain.find(&hay), want);
        }

        /// The byte-wise trimming gives the span trimming by characters
        /// gives, whatever blank space (ASCII or not) stands at the ends.
        #[test]
        fn trimmed_span_agrees_with_trimming_by_characters(
            s in "[ \t\n\r\u{b}\u{c}\u{a0}\u{85}\u{2003}\u{3000}\u{feff}\u{200b}aé日.]{0,16}",
            start in 0usize..4,
        ) {
            let lead = s.len() - s.trim_start_matches(is_space).len();
            let trimmed = s.trim_matches(is_space);
            let want = Span::new(start + lead, start + lead + trimmed.len());
            proptest::prop_assert_eq!(trimmed_span(&s, start), want);
        }
    }

    #[test]
    fn longer_than_agrees_with_counting() {
        for s in [
            "",
            "a",
            "abc",
            "é",
            "éé",
            "日本語",
            "a日b",
            "ééééé",
            "abcdé",
            "\u{1f600}\u{1f600}",
        ] {
            for n in 0..8 {
                assert_eq!(longer_than(s, n), s.chars().count() > n, "{s:?} {n}");
            }
        }
        // counted over more than one 255-byte run
        let long = format!("{}{}", "é".repeat(200), "a".repeat(90));
        for n in [100, 150, 289, 290, 300] {
            assert_eq!(longer_than(&long, n), long.chars().count() > n, "{n}");
        }
        assert_eq!(char_starts(long.as_bytes()), 290);
    }

    #[test]
    fn lines_split_at_every_line_ending() {
        let text = "a\nb\r\nc\rd";
        let got: Vec<_> = lines(text, 0).map(|l| l.get(text)).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
        let text = "a\n\n";
        let got: Vec<_> = lines(text, 0).map(|l| l.get(text)).collect();
        assert_eq!(got, ["a", ""]);
    }

    /// The lines of `text` from `from` by the plain definition: a line ends
    /// at the first `\n` or `\r`, and `\r\n` ends it as one.
    fn plain_lines(text: &str, from: usize) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut pos = from;
        while pos < bytes.len() {
            let mut end = pos;
            while end < bytes.len() && bytes[end] != b'\n' && bytes[end] != b'\r' {
                end += 1;
            }
            out.push((pos, end));
            let crlf = bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) == Some(&b'\n');
            pos = end + if crlf { 2 } else { 1 };
        }
        out
    }

    proptest::proptest! {
        /// `longer_than` agrees with counting the characters.
        #[test]
        fn longer_than_agrees_with_counting_any_text(s in "[aé日\u{1f600}]{0,12}", n in 0usize..14) {
            proptest::prop_assert_eq!(longer_than(&s, n), s.chars().count() > n);
        }

        /// Lines end where the plain definition ends them, from any start.
        #[test]
        fn lines_agree_with_the_plain_definition(text in "[a \n\r]{0,24}", from in 0usize..26) {
            let from = from.min(text.len());
            let got: Vec<_> = lines(&text, from).map(|l| (l.start, l.end)).collect();
            proptest::prop_assert_eq!(got, plain_lines(&text, from));
        }

        /// The line table's indentation and blankness are what `indent` and
        /// `is_blank` say of the line's text.
        #[test]
        fn line_lead_agrees_with_indent_and_is_blank(text in "[ \t\u{a0}\u{3000}\u{b}\u{c}\u{feff}\u{200b}a“\n\r]{0,24}") {
            for line in lines(&text, 0) {
                let s = line.get(&text);
                proptest::prop_assert_eq!((line.indent, line.blank), (indent(s), is_blank(s)), "{:?}", s);
            }
        }

        /// The fast paths of `trim`, `trim_start`, `trim_end` and
        /// `trim_span` give what trimming gives.
        #[test]
        fn trimming_fast_paths_agree(s in "[ a.\u{a0}\u{feff}\u{200b}\t\n“é]{0,12}") {
            proptest::prop_assert_eq!(trim(&s), s.trim());
            proptest::prop_assert_eq!(trim_start(&s), s.trim_start());
            proptest::prop_assert_eq!(trim_end(&s), s.trim_end());
            let span = trim_span(&s, 0, s.len());
            let lead = s.len() - s.trim_start_matches(is_space).len();
            proptest::prop_assert_eq!(span.range(), lead..lead + s.trim_matches(is_space).len());
        }
    }

    #[test]
    fn classes() {
        assert!(is_blank(" \t\u{a0}"));
        assert_eq!(indent("\t  x"), 6);
        assert!(is_all_caps("NEW YORK"));
        assert!(is_all_caps("МОСКВА"));
        assert!(!is_all_caps("New York"));
        assert!(!is_all_caps("北京"));
        assert_eq!(trim_span("  ab  ", 0, 6), Span::new(2, 4));
    }
}
