//! The `dateline` example as a command-line tool: run the built binary and
//! check its output, its messages and its exit status.
//!
//! The binary is built once per test run with `cargo build --example dateline`
//! (a no-op when `cargo test` has just built it), in the test's own target
//! directory, profile and features; the path comes from cargo's build messages.

#![cfg(feature = "serde")]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use serde_json::{Value, json};

/// The path of the built `dateline` example.
fn binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        // target/<profile>/deps/cli-HASH: the profile and target directory are above it
        let exe = std::env::current_exe().expect("the test binary's path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>");
        let target_dir = profile_dir.parent().expect("the target directory");
        let mut cargo = Command::new(env!("CARGO"));
        cargo
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["build", "--quiet", "--example", "dateline"])
            .args(["--message-format", "json-render-diagnostics"])
            .arg("--target-dir")
            .arg(target_dir);
        if profile_dir.ends_with("release") {
            cargo.arg("--release");
        }
        let features: Vec<&str> = [
            ("serde", cfg!(feature = "serde")),
            ("proptest", cfg!(feature = "proptest")),
        ]
        .iter()
        .filter(|(_, on)| *on)
        .map(|(name, _)| *name)
        .collect();
        if !features.is_empty() {
            cargo.arg("--features").arg(features.join(","));
        }
        let out = cargo.stderr(Stdio::inherit()).output().expect("cargo runs");
        assert!(
            out.status.success(),
            "cargo build --example dateline failed"
        );
        let stdout = String::from_utf8(out.stdout).expect("cargo writes UTF-8");
        stdout
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "dateline")
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("cargo names the example's executable")
    })
}

/// What a run of the binary gave.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs the binary with `args`, feeding it `stdin`.
fn run(args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(binary())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example runs");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_owned();
    // write from another thread, so a full stdout pipe cannot block us both
    let writer = std::thread::spawn(move || {
        // the tool may not read stdin at all; a closed pipe is fine
        let _ = pipe.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().expect("the example finishes");
    writer.join().expect("stdin writer");
    Run {
        code: out.status.code().expect("an exit code"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    }
}

/// Checks that `got` has every field of `want` with its value; arrays must
/// have the same length. An `error` object is compared whole.
fn check(want: &Value, got: &Value, path: &str) {
    match want {
        Value::Object(fields) => {
            for (key, value) in fields {
                let inner = got
                    .get(key)
                    .unwrap_or_else(|| panic!("{path}.{key} missing in {got}"));
                if key == "error" {
                    assert_eq!(inner, value, "{path}.{key}");
                } else {
                    check(value, inner, &format!("{path}.{key}"));
                }
            }
        }
        Value::Array(items) => {
            let got_items = got
                .as_array()
                .unwrap_or_else(|| panic!("{path}: {got} is no array"));
            assert_eq!(got_items.len(), items.len(), "{path}: length of {got}");
            for (i, (w, g)) in items.iter().zip(got_items).enumerate() {
                check(w, g, &format!("{path}[{i}]"));
            }
        }
        _ => assert_eq!(want, got, "{path}"),
    }
}

/// The lines of a `--jsonl` run, each parsed.
fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// JSON Lines input from `(id, text)` pairs.
fn jsonl(rows: &[Value]) -> String {
    rows.iter().map(|r| format!("{r}\n")).collect()
}

#[test]
fn no_argument_prints_the_bundled_sample_as_a_tree() {
    let r = run(&[], "");
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let lines: Vec<&str> = r.stdout.lines().collect();
    let want = [
        "sample.txt (bundled)",
        "├─ headline  \"Harbour Towns Vote to Share One Ferry Service\"  0..45",
        "├─ deck      \"Rival councils agree a ten-year plan after months of talks\"  47..105",
        "├─ dateline  \"Halifax N.S., 4 March 2025 (NSW):\"  107..140",
    ];
    assert_eq!(lines.get(..want.len()), Some(&want[..]), "{}", r.stdout);
    for part in [
        "│  ├─ date       \"4 March 2025\"  2025-03-04",
        "│  ├─ source     \"NSW\"  [\"NSW\"]",
        "│  └─ separator  \":\"",
        "├─ section 2  \"How the Service Will Work\"  2 paragraphs",
        "└─ 1037 bytes",
    ] {
        assert!(lines.contains(&part), "{part:?} in\n{}", r.stdout);
    }
}

#[test]
fn articles_from_files_and_stdin() {
    struct Case {
        args: &'static [&'static str],
        stdin: &'static str,
        code: i32,
        stdout_starts: &'static str,
        stderr: &'static str,
    }
    let cases = [
        Case {
            args: &["tests/fixtures/ap-modern.txt"],
            stdin: "",
            code: 0,
            stdout_starts: "tests/fixtures/ap-modern.txt\n├─ headline  \"Storm Closes Bridges Along the Coast\"  0..36\n├─ dateline  \"SAN DIEGO, Calif. (AP) —\"  38..64\n",
            stderr: "",
        },
        Case {
            args: &["-"],
            stdin: "PARIS (AFP) - Markets rose.",
            code: 0,
            stdout_starts: "-\n├─ dateline  \"PARIS (AFP) -\"  0..13\n",
            stderr: "",
        },
        Case {
            args: &["--reference-date", "1987-03-11", "-"],
            stdin: "LONDON, March 11 - Talks ended.",
            code: 0,
            stdout_starts: "-\n├─ dateline  \"LONDON, March 11 -\"  0..18\n│  ├─ place      \"LONDON\"  city Some(\"LONDON\")  region None  country Some(\"United Kingdom\") (from the tables)\n│  ├─ date       \"March 11\"  1987-03-11 (year inferred)\n",
            stderr: "",
        },
        Case {
            args: &["tests/fixtures/no-such-file.txt", "-"],
            stdin: "Text.",
            code: 2,
            stdout_starts: "-\n├─ section 1  \"(lead)\"  1 paragraph\n",
            stderr: "dateline: cannot read tests/fixtures/no-such-file.txt: No such file or directory (os error 2)\n",
        },
    ];
    for case in cases {
        let r = run(case.args, case.stdin);
        assert_eq!(r.code, case.code, "{:?}: {}", case.args, r.stderr);
        assert!(
            r.stdout.starts_with(case.stdout_starts),
            "{:?}:\n{}",
            case.args,
            r.stdout
        );
        assert_eq!(r.stderr, case.stderr, "{:?}", case.args);
    }
}

#[test]
fn json_prints_the_documented_shape() {
    let r = run(&["--json", "tests/fixtures/reuters-1987.txt"], "");
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(
        r.stdout.starts_with("{\n  \"headline\": {\n"),
        "pretty: {}",
        r.stdout
    );
    let got: Value = serde_json::from_str(&r.stdout).expect("one JSON document");
    let text = std::fs::read_to_string("tests/fixtures/reuters-1987.txt").expect("fixture");
    let article = dateline::parse(&text);
    assert_eq!(got, serde_json::to_value(&article).expect("json"));
    check(
        &json!({
            "headline": {"text": "TIN COUNCIL TALKS END WITHOUT ACCORD", "span": [0, 36]},
            "byline": {"authors": ["Ann Poe"]},
            "dateline": {
                "text": "LONDON, March 11 -",
                "place": {"text": "LONDON", "city": "LONDON", "region": null, "country": "United Kingdom"},
                "date": {"text": "March 11", "iso": null, "year_inferred": false},
                "source": null,
                "separator": "-"
            }
        }),
        &got,
        "",
    );
}

#[test]
fn jsonl_writes_one_line_per_input_line() {
    struct Case {
        name: &'static str,
        args: &'static [&'static str],
        input: String,
        code: i32,
        lines: Vec<Value>,
        stderr: &'static str,
    }
    let cases = [
        Case {
            name: "good lines, ids of any type passed through, a missing id is null",
            args: &["--jsonl"],
            input: jsonl(&[
                json!({"id": "a-1", "text": "PARIS (AFP) - Markets rose.", "other": [1, {"x": 2}]}),
                json!({"id": 7, "text": "Rates Held\n\nWASHINGTON (AP) — The Fed held rates."}),
                json!({"text": "No dateline here."}),
                json!({"id": {"doc": 3}, "text": ""}),
            ]),
            code: 0,
            lines: vec![
                json!({"id": "a-1", "article": {"dateline": {"place": {"text": "PARIS"}, "source": {"text": "AFP", "agencies": ["AFP"]}}}}),
                json!({"id": 7, "article": {"headline": {"text": "Rates Held"}, "dateline": {"text": "WASHINGTON (AP) —", "separator": "—"}}}),
                json!({"id": null, "article": {"dateline": null, "sections": [{"heading": null, "paragraphs": [{"text": "No dateline here.", "span": [0, 17]}]}]}}),
                json!({"id": {"doc": 3}, "article": {"headline": null, "dateline": null, "sections": []}}),
            ],
            stderr: "",
        },
        Case {
            name: "a bad JSON line gets an error line; the run goes on",
            args: &["--jsonl"],
            input: "{\"id\": 1, \"text\": \"ROME (ANSA) - Sun.\"}\n{\"id\": 2, \"text\": \"unterminated}\n{\"id\": 3, \"text\": \"OSLO (NTB) - Snow.\"}\n".into(),
            code: 1,
            lines: vec![
                json!({"id": 1, "article": {"dateline": {"place": {"text": "ROME"}}}}),
                json!({"id": null, "error": {"kind": "invalid_json", "message": "not valid JSON: EOF while parsing a string at column 32", "line": 2, "column": 32}}),
                json!({"id": 3, "article": {"dateline": {"place": {"text": "OSLO"}}}}),
            ],
            stderr: "dateline: line 2: not valid JSON: EOF while parsing a string at column 32\ndateline: 1 of 3 lines failed; each has an error line in the output\n",
        },
        Case {
            name: "no text, text of the wrong type, not an object, an empty line",
            args: &["--jsonl"],
            input: "{\"id\": \"x\"}\n{\"id\": \"y\", \"text\": null}\n{\"id\": \"z\", \"text\": 5}\n[1, 2]\n\n".into(),
            code: 1,
            lines: vec![
                json!({"id": "x", "error": {"kind": "missing_text", "message": "expected a string in field \"text\", found none", "line": 1}}),
                json!({"id": "y", "error": {"kind": "missing_text", "message": "expected a string in field \"text\", found null", "line": 2}}),
                json!({"id": "z", "error": {"kind": "missing_text", "message": "expected a string in field \"text\", found a number", "line": 3}}),
                json!({"id": null, "error": {"kind": "not_an_object", "message": "expected a JSON object, found an array", "line": 4}}),
                json!({"id": null, "error": {"kind": "invalid_json", "message": "expected a JSON object, found an empty line", "line": 5}}),
            ],
            stderr: "dateline: line 1: expected a string in field \"text\", found none\n\
                     dateline: line 2: expected a string in field \"text\", found null\n\
                     dateline: line 3: expected a string in field \"text\", found a number\n\
                     dateline: line 4: expected a JSON object, found an array\n\
                     dateline: line 5: expected a JSON object, found an empty line\n\
                     dateline: 5 of 5 lines failed; each has an error line in the output\n",
        },
        Case {
            name: "reference dates: ISO, RFC 3339, RFC 2822, the --reference-date default, a bad one",
            args: &["--jsonl", "--reference-date", "2024-01-02"],
            input: jsonl(&[
                json!({"id": 1, "text": "OSLO, Dec 30 - Snow.", "reference_date": "1987-01-02"}),
                json!({"id": 2, "text": "OSLO, Dec 30 - Snow.", "reference_date": "1999-12-31T23:00:00-05:00"}),
                json!({"id": 3, "text": "OSLO, Dec 30 - Snow.", "reference_date": "Sat, 1 Jan 2011 09:00:00 +0100"}),
                json!({"id": 4, "text": "OSLO, Dec 30 - Snow."}),
                json!({"id": 5, "text": "OSLO, Dec 30 - Snow.", "reference_date": null}),
                json!({"id": 6, "text": "OSLO, Dec 30 - Snow.", "reference_date": "last week"}),
                json!({"id": 7, "text": "OSLO, Dec 30 - Snow.", "reference_date": 1987}),
            ]),
            code: 1,
            lines: vec![
                json!({"id": 1, "article": {"dateline": {"date": {"text": "Dec 30", "iso": "1986-12-30", "year_inferred": true}}}}),
                json!({"id": 2, "article": {"dateline": {"date": {"iso": "1999-12-30", "year_inferred": true}}}}),
                json!({"id": 3, "article": {"dateline": {"date": {"iso": "2010-12-30", "year_inferred": true}}}}),
                json!({"id": 4, "article": {"dateline": {"date": {"iso": "2023-12-30", "year_inferred": true}}}}),
                json!({"id": 5, "article": {"dateline": {"date": {"iso": "2023-12-30", "year_inferred": true}}}}),
                json!({"id": 6, "error": {"kind": "bad_reference_date", "message": "expected a date (YYYY-MM-DD, RFC 3339 or RFC 2822) in field \"reference_date\", found \"last week\"", "line": 6}}),
                json!({"id": 7, "error": {"kind": "bad_reference_date", "message": "expected a date (YYYY-MM-DD, RFC 3339 or RFC 2822) in field \"reference_date\", found a number", "line": 7}}),
            ],
            stderr: "dateline: line 6: expected a date (YYYY-MM-DD, RFC 3339 or RFC 2822) in field \"reference_date\", found \"last week\"\n\
                     dateline: line 7: expected a date (YYYY-MM-DD, RFC 3339 or RFC 2822) in field \"reference_date\", found a number\n\
                     dateline: 2 of 7 lines failed; each has an error line in the output\n",
        },
        Case {
            name: "other field names",
            args: &["--jsonl", "--text-field", "body", "--date-field", "published", "--id-field", "doc"],
            input: jsonl(&[
                json!({"doc": "d1", "id": "ignored", "text": "ignored", "body": "LIMA, May 4 - Quake.", "published": "2020-05-05"}),
                json!({"doc": "d2", "text": "PARIS (AFP) - Hi."}),
            ]),
            code: 1,
            lines: vec![
                json!({"id": "d1", "article": {"dateline": {"place": {"text": "LIMA"}, "date": {"iso": "2020-05-04"}}}}),
                json!({"id": "d2", "error": {"kind": "missing_text", "message": "expected a string in field \"body\", found none", "line": 2}}),
            ],
            stderr: "dateline: line 2: expected a string in field \"body\", found none\n\
                     dateline: 1 of 2 lines failed; each has an error line in the output\n",
        },
        Case {
            name: "CRLF line ends, a BOM on the first line, no final newline",
            args: &["--jsonl", "-"],
            input: "\u{feff}{\"id\": 1, \"text\": \"ROME (ANSA) - Sun.\"}\r\n{\"id\": 2, \"text\": \"OSLO (NTB) - Snow.\"}".into(),
            code: 0,
            lines: vec![
                json!({"id": 1, "article": {"dateline": {"place": {"text": "ROME"}}}}),
                json!({"id": 2, "article": {"dateline": {"place": {"text": "OSLO"}}}}),
            ],
            stderr: "",
        },
        Case {
            name: "a line over --max-line-bytes is skipped whole",
            args: &["--jsonl", "--max-line-bytes", "60"],
            input: jsonl(&[
                json!({"id": 1, "text": "ROME (ANSA) - Sun."}),
                json!({"id": 2, "text": "ROME (ANSA) - A much longer story that runs past the limit."}),
                json!({"id": 3, "text": "OSLO (NTB) - Snow."}),
            ]),
            code: 1,
            lines: vec![
                json!({"id": 1, "article": {"dateline": {"place": {"text": "ROME"}}}}),
                json!({"id": null, "error": {"kind": "line_too_long", "message": "line is 77 bytes, over the limit of 60 bytes set with --max-line-bytes", "line": 2}}),
                json!({"id": 3, "article": {"dateline": {"place": {"text": "OSLO"}}}}),
            ],
            stderr: "dateline: line 2: line is 77 bytes, over the limit of 60 bytes set with --max-line-bytes\n\
                     dateline: 1 of 3 lines failed; each has an error line in the output\n",
        },
    ];
    for case in cases {
        for jobs in ["1", "2"] {
            let mut args = case.args.to_vec();
            args.extend(["--jobs", jobs]);
            let r = run(&args, &case.input);
            let name = format!("{} (--jobs {jobs})", case.name);
            assert_eq!(r.code, case.code, "{name}: {}", r.stderr);
            assert_eq!(r.stderr, case.stderr, "{name}");
            let got = json_lines(&r.stdout);
            assert_eq!(got.len(), case.lines.len(), "{name}: {}", r.stdout);
            for (i, (want, got)) in case.lines.iter().zip(&got).enumerate() {
                check(want, got, &format!("{name}: line {}", i + 1));
            }
        }
    }
}

#[test]
fn jsonl_reads_a_file_argument() {
    let path = std::env::temp_dir().join(format!("dateline-cli-{}.jsonl", std::process::id()));
    let input = jsonl(&[
        json!({"id": 1, "text": "ROME (ANSA) - Sun."}),
        json!({"id": 2, "text": "OSLO (NTB) - Snow."}),
    ]);
    std::fs::write(&path, input).expect("temp file");
    let r = run(&["--jsonl", path.to_str().expect("UTF-8 path")], "");
    std::fs::remove_file(&path).expect("remove temp file");
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let ids: Vec<Value> = json_lines(&r.stdout)
        .iter()
        .map(|l| l["id"].clone())
        .collect();
    assert_eq!(ids, [json!(1), json!(2)]);
}

#[test]
fn jobs_keep_input_order() {
    // long and short articles mixed, and failures among them, over many batches
    let mut rows = Vec::new();
    for i in 0..1500 {
        let row = if i % 97 == 5 {
            json!({"id": i, "body": "no text field"})
        } else {
            let paragraphs = if i % 10 == 0 { 200 } else { 1 };
            let body = "Talks went on late into the night.\n\n".repeat(paragraphs);
            json!({"id": i, "text": format!("Story Number {i}\n\nROME (ANSA) - {body}")})
        };
        rows.push(row);
    }
    let input = jsonl(&rows);
    let serial = run(&["--jsonl"], &input);
    let parallel = run(&["--jsonl", "--jobs", "2"], &input);
    assert_eq!(serial.code, 1);
    assert_eq!(parallel.code, 1);
    assert_eq!(parallel.stdout, serial.stdout, "same output, same order");
    assert_eq!(parallel.stderr, serial.stderr, "same messages, same order");
    let lines = json_lines(&parallel.stdout);
    assert_eq!(lines.len(), rows.len());
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["id"], json!(i));
        if i % 97 == 5 {
            assert_eq!(line["error"]["line"], json!(i + 1));
        } else {
            assert_eq!(
                line["article"]["headline"]["text"],
                json!(format!("Story Number {i}"))
            );
        }
    }
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let cases: &[(&[&str], &str)] = &[
        (&["--frobnicate"], "dateline: unknown option --frobnicate\n"),
        (
            &["--jsonl", "--jobs", "0"],
            "dateline: expected a number of threads from 1 to 256 after --jobs, found \"0\"\n",
        ),
        (
            &["--jsonl", "--jobs"],
            "dateline: expected a number of threads after --jobs, found nothing\n",
        ),
        (
            &["--jobs", "2"],
            "dateline: --jobs only applies with --jsonl\n",
        ),
        (
            &["--text-field", "body", "-"],
            "dateline: --text-field only applies with --jsonl\n",
        ),
        (
            &["--json", "--jsonl"],
            "dateline: --json and --jsonl cannot be used together\n",
        ),
        (
            &["--jsonl=yes"],
            "dateline: --jsonl takes no value, found \"--jsonl=yes\"\n",
        ),
        (
            &["--reference-date", "soon"],
            "dateline: expected a date such as 1987-02-26 after --reference-date, found \"soon\"\n",
        ),
        (
            &["--jsonl", "a.jsonl", "b.jsonl"],
            "dateline: --jsonl reads one input (a FILE, or - for standard input), found 2; to read several, cat them into it\n",
        ),
    ];
    for (args, message) in cases {
        let r = run(args, "");
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert_eq!(
            r.stderr,
            format!("{message}Try 'dateline --help' for more.\n"),
            "{args:?}"
        );
    }
}

#[test]
fn io_errors_exit_2() {
    let r = run(&["--jsonl", "tests/fixtures/no-such-file.jsonl"], "");
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "dateline: cannot read tests/fixtures/no-such-file.jsonl: No such file or directory (os error 2)\n"
    );
}

#[test]
fn help_lists_options_and_exit_codes() {
    for flag in ["--help", "-h"] {
        let r = run(&[flag], "");
        assert_eq!((r.code, r.stderr.as_str()), (0, ""));
        for part in [
            "--jsonl",
            "--jobs N",
            "--text-field NAME",
            "--reference-date DATE",
            "Exit status:\n  0 ",
        ] {
            assert!(r.stdout.contains(part), "{part:?} in\n{}", r.stdout);
        }
    }
}
