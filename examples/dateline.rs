//! The `dateline` command-line tool: parse articles and show their structure.
//!
//! ```text
//! cargo run --example dateline                 # parse the bundled sample article
//! cargo run --example dateline -- FILE...      # parse files, one article each
//! cargo run --example dateline -- -            # parse standard input
//! ```

use std::io::Read;
use std::process::ExitCode;

use dateline::{Article, Parser};

/// The sample article bundled with the crate, in the seed's layout with a headline.
const SAMPLE: &str = include_str!("sample.txt");

/// Shortens `s` to `max` characters for display, on one line.
fn short(s: &str, max: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// Prints the article as a tree a person can read at a glance.
fn print_tree(name: &str, article: &Article<'_>) {
    println!("{name}");
    if let Some(h) = article.headline() {
        println!("├─ headline  {:?}  {}", h.as_str(), h.span());
    }
    if let Some(h) = article.deck() {
        println!("├─ deck      {:?}  {}", h.as_str(), h.span());
    }
    if let Some(b) = article.byline() {
        let authors: Vec<_> = b.authors().collect();
        println!(
            "├─ byline    {:?}  authors {:?}  {}",
            b.as_str(),
            authors,
            b.span()
        );
    }
    if let Some(d) = article.dateline() {
        println!("├─ dateline  {:?}  {}", d.as_str(), d.span());
        if let Some(p) = d.place() {
            println!(
                "│  ├─ place      {:?}  city {:?}  region {:?}  country {:?}",
                p.as_str(),
                p.city(),
                p.region(),
                p.country()
            );
        }
        if let Some(x) = d.date() {
            let iso = x
                .to_naive_date()
                .map_or_else(|| "unresolved".to_owned(), |d| d.to_string());
            let inferred = if x.is_year_inferred() {
                " (year inferred)"
            } else {
                ""
            };
            println!("│  ├─ date       {:?}  {iso}{inferred}", x.as_str());
        }
        if let Some(s) = d.source() {
            let names: Vec<_> = s
                .agencies()
                .map(|a| a.name().unwrap_or(a.as_str()))
                .collect();
            println!("│  ├─ source     {:?}  {:?}", s.as_str(), names);
        }
        if let Some(s) = d.separator() {
            println!("│  └─ separator  {:?}", s.as_str());
        }
    }
    for (i, section) in article.sections().iter().enumerate() {
        let title = section.heading().map_or("(lead)", |h| h.as_str());
        println!(
            "├─ section {}  {:?}  {} paragraphs",
            i + 1,
            title,
            section.paragraphs().len()
        );
        for p in section.paragraphs() {
            println!("│  ├─ {}  {}", short(p.as_str(), 72), p.span());
        }
    }
    for t in article.trailers() {
        println!("├─ trailer   {:?}  {:?}", t.kind(), short(t.as_str(), 60));
    }
    println!("└─ {} bytes", article.as_str().len());
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let parser = Parser::new();
    if args.is_empty() {
        match parser.parse(SAMPLE) {
            Ok(article) => print_tree("sample.txt (bundled)", &article),
            Err(e) => {
                eprintln!("dateline: {e}");
                return ExitCode::FAILURE;
            }
        }
        return ExitCode::SUCCESS;
    }
    let mut status = ExitCode::SUCCESS;
    for arg in &args {
        let text = if arg == "-" {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).map(|_| s)
        } else {
            std::fs::read_to_string(arg)
        };
        match text {
            Ok(text) => match parser.parse(&text) {
                Ok(article) => print_tree(arg, &article),
                Err(e) => {
                    eprintln!("dateline: {arg}: {e}\n{}", e.snippet(&text));
                    status = ExitCode::FAILURE;
                }
            },
            Err(e) => {
                eprintln!("dateline: cannot read {arg}: {e}");
                status = ExitCode::from(2);
            }
        }
    }
    status
}
