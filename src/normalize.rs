//! Plain text on request: curly quotes, dashes and unusual spaces made ASCII,
//! soft hyphens dropped, hard-wrapped lines joined with one space, and a word
//! hyphenated at a line end joined again.

use std::borrow::Cow;

/// The plain replacement of `c`, or `None` to keep it.
fn plain(c: char) -> Option<&'static str> {
    Some(match c {
        '‘' | '’' | '‚' | '‛' | '′' => "'",
        '“' | '”' | '„' | '‟' | '″' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => "-",
        '\u{2014}' | '\u{2015}' => "--",
        '\u{ad}' => "",
        '\t' => " ",
        c if c != ' ' && c != '\n' && c != '\r' && crate::text::is_space(c) => " ",
        _ => return None,
    })
}

/// Whether `c` needs work: it is replaced, or it breaks a line.
fn needs_work(c: char) -> bool {
    c == '\n' || c == '\r' || plain(c).is_some()
}

/// The normalized form of `text`; borrowed when nothing changes. Linear: one
/// pass to look, one to write.
pub(crate) fn normalize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_work) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' || c == '\r' {
            // drop the blank space around the break
            let kept = out.trim_end_matches(' ').len();
            out.truncate(kept);
            while chars.next_if(|&n| crate::text::is_space(n)).is_some() {}
            let mut before = out.chars().rev();
            let hyphen = before.next() == Some('-');
            let joined = before
                .next()
                .filter(|b| hyphen && !crate::text::is_space(*b) && *b != '-');
            let next = chars.peek().copied();
            if joined.is_some_and(char::is_lowercase) && next.is_some_and(char::is_lowercase) {
                // `eco-` + `nomic`: a word broken at the line end
                out.pop();
            } else if joined.is_some() && next.is_some_and(char::is_alphanumeric) {
                // `U.S.-` + `based`: a hyphenated compound keeps its hyphen
            } else if !out.is_empty() && next.is_some() {
                out.push(' ');
            }
            continue;
        }
        match plain(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_forms() {
        let cases: &[(&str, &str, bool)] = &[
            ("Plain text.", "Plain text.", true),
            ("“Quoted” it’s", "\"Quoted\" it's", false),
            ("2019–2020 — done", "2019-2020 -- done", false),
            ("a\u{a0}b", "a b", false),
            ("wrapped  \n   line", "wrapped line", false),
            ("eco-\nnomic growth", "economic growth", false),
            ("U.S.-\nbased", "U.S.-based", false),
            ("fell -\nsharply", "fell - sharply", false),
            ("one\r\ntwo\rthree", "one two three", false),
            ("", "", true),
        ];
        for (text, want, borrowed) in cases {
            let got = normalize(text);
            assert_eq!(got, *want, "{text:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), *borrowed, "{text:?}");
        }
    }
}
