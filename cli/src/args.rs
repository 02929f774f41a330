//! Command line parsing, by hand: two commands and three flags do not need a framework.
//!
//! Everything the user can get wrong here is a [`UsageError`] (exit code 2); nothing is read
//! from disk yet. The help text lives here too, next to the flags it describes.

use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;

use accord_core::{Date, MAX_INPUT_BYTES};

use crate::batch::MAX_LINE_BYTES;

/// What the user asked for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// `--help`.
    Help,
    /// `--version`.
    Version,
    /// `analyze …`.
    Analyze(Analyze),
    /// `group …`.
    Group(GroupArgs),
}

/// The `group` command.
#[derive(Debug, PartialEq, Eq)]
pub struct GroupArgs {
    /// The JSON Lines records: a file or `-`.
    pub input: Input,
    /// The output format (default JSON Lines).
    pub format: OutputFormat,
    /// `--decisions FILE`: the analyst's split and join decisions.
    pub decisions: Option<PathBuf>,
}

/// The `analyze` command.
#[derive(Debug, PartialEq, Eq)]
pub struct Analyze {
    /// Article files, or `-` for standard input.
    pub inputs: Vec<Input>,
    /// The output format; `None` when not given.
    pub format: Option<OutputFormat>,
    /// Default reference date for relative dates.
    pub reference_date: Option<Date>,
    /// `--jsonl`: the input is JSON Lines (the batch contract).
    pub jsonl: bool,
}

/// One input named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// `-`.
    Stdin,
    /// A file path.
    File(PathBuf),
}

/// How records are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// Pretty JSON: an object, or an array when several files are given.
    Json,
    /// One compact JSON object a line.
    Jsonl,
    /// One CSV row per agreement.
    Csv,
}

/// A command line that cannot be run.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// The short reminder printed after a usage error.
pub const USAGE: &str =
    "Usage: accord analyze [--format json|jsonl|csv] [--reference-date YYYY-MM-DD] FILE...
       accord analyze --jsonl -    (batch: JSON Lines in, JSON Lines out)
       accord group [--format json|jsonl|csv] [--decisions FILE] FILE|-
Try 'accord --help' for more.";

/// The full help text.
pub fn help() -> String {
    format!(
        "accord {version}: finds the cybersecurity cooperation agreement in news articles
(English and French) and prints its record: parties, signatories, dates, place,
term, scope and a short summary.

USAGE:
    accord analyze [OPTIONS] FILE...
    accord analyze --jsonl [-]          batch mode on standard input
    accord group [OPTIONS] FILE|-       one entry per signing event
    accord --help | --version

COMMANDS:
    analyze    Analyze article files. The input format comes from the extension:
               .txt/.text plain text, .md/.markdown Markdown, .html/.htm/.xhtml HTML
               (reduced to the article's text; nothing in a page is executed or
               fetched). Any other extension is read as plain text. Files may be
               UTF-8, UTF-16 (with a byte order mark) or Windows-1252/Latin-1;
               binary files (PDF, Word, images, archives…) are refused.
               A lone '-' reads standard input: JSON Lines when it starts with
               '{{', otherwise one plain-text article. For HTML and Markdown, the
               record's \"text\" holds the plain text that was analyzed (starting
               with a line 'date YYYY-MM-DD' when the markup states a publication
               date); every offset in the record refers to it.

    group      Read the JSON Lines records that `accord analyze --jsonl` writes
               (from FILE, or '-' for standard input) and print one entry per
               signing event: the agreements of several articles that report the
               same signing (same parties, by name, alias, acronym or other-
               language form; compatible type; signing dates within 7 days, or
               article dates within 31 days when a signing date is missing) are
               merged. Each entry has the merged values (type, parties with all
               their names, signatories, signed_on, location, duration_months,
               scope), \"sources\" (each record's id and the index of the
               agreement in it), \"support\" (who gives each value),
               \"disagreements\" and a \"crosswalk\" (CAMEO 057, PLOVER AGREE and
               contexts, ICCD areas, GFCE themes, ISO codes). Records that report
               no agreement are never grouped. A line may add \"date\" (or
               \"reference_date\"), \"file\" and \"outlet\" to the record.
               --format: jsonl (default, one entry a line), json (an array) or
               csv (one row per entry, with the crosswalk columns).
               --decisions FILE: a JSON list of the analyst's decisions, applied
               in order after the automatic grouping:
                   [{{\"kind\": \"split\", \"members\": [{{\"id\": \"a\", \"agreement\": 0}}]}},
                    {{\"kind\": \"join\", \"members\": [{{\"id\": \"b\"}}, {{\"id\": \"c\"}}]}}]
               split takes the members out into one group of their own; join
               merges every group holding a member. A line that is not a record
               is reported with its number and left out (exit code 1).

OPTIONS:
    --format json|jsonl|csv
        json (default): pretty JSON, one object, or an array when several files
            are given. Each record gains \"file\": the path as given.
        jsonl: one compact record a line.
        csv: a header, then one row per agreement (an article with no agreement
            gets one row with the agreement columns empty), columns
            file,lang,title,published,is_agreement,type,parties,party_kinds,
            party_countries,signatories,signed_on,location,duration_months,scope,
            summary. Several values in a cell are joined with \"; \" (per party,
            in order); cells are quoted as RFC 4180 says, and a cell starting with
            = + @ or -x gets a leading ' so that spreadsheets do not run it.
    --reference-date YYYY-MM-DD
        The date relative dates (\"on Monday\", \"hier\") count from when the
        article does not state its publication date. In batch mode, the default
        for lines without \"reference_date\".
    --jsonl
        Batch mode: read JSON Lines from standard input (or from the one FILE
        given), one object a line:
            {{\"id\": \"en-014\", \"text\": \"…\", \"reference_date\": \"2024-11-19\",
             \"format\": \"text|html|markdown\"}}
        (reference_date and format are optional) and write one record a line,
        with the input's \"id\" (and, last, the \"reference_date\" used, for
        `accord group`), in input order. Blank lines are skipped. A line
        that cannot be analyzed gives {{\"id\": <id or null>, \"error\": \"line N: …\"}}
        and the batch goes on. Input streams through all CPU cores with a small,
        constant memory footprint. Output is JSON Lines (--format json is taken as
        jsonl) or CSV (first column id).
    -h, --help       Print this help.
    -V, --version    Print the version.

LIMITS:
    An article may be at most {max_mb} MiB (accord_core::MAX_INPUT_BYTES); larger
    files are refused before they are read, never truncated. A batch line may be
    at most {line_mb} MiB.

EXIT CODES:
    0    every input was analyzed (also when the reader of the output went away,
         e.g. `accord analyze … | head -1`)
    1    some inputs failed (each failure is one line on stderr naming the file,
         or an error line in batch mode); the others were still analyzed
    2    usage error (unknown option, bad --reference-date, no input…)
",
        version = env!("CARGO_PKG_VERSION"),
        max_mb = MAX_INPUT_BYTES / (1024 * 1024),
        line_mb = MAX_LINE_BYTES / (1024 * 1024),
    )
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Err(UsageError("no command given".into()));
    };
    match first.to_str() {
        Some("-h" | "--help" | "help") => return Ok(Command::Help),
        Some("-V" | "--version" | "version") => return Ok(Command::Version),
        Some("analyze") => {}
        Some("group") => return parse_group(args),
        Some(other) if other.starts_with('-') => {
            return Err(UsageError(format!(
                "unknown option '{other}' (before the command)"
            )))
        }
        _ => {
            return Err(UsageError(format!(
                "unknown command '{}': the commands are 'analyze' and 'group'",
                first.to_string_lossy()
            )))
        }
    }
    let mut analyze = Analyze {
        inputs: Vec::new(),
        format: None,
        reference_date: None,
        jsonl: false,
    };
    let mut only_paths = false;
    while let Some(arg) = args.next() {
        let text = arg.to_str();
        if only_paths || !text.is_some_and(|t| t.starts_with('-')) || text == Some("-") {
            analyze.inputs.push(match text {
                Some("-") if !only_paths => Input::Stdin,
                _ => Input::File(PathBuf::from(arg)),
            });
            continue;
        }
        let text = text.unwrap_or_default();
        let (flag, inline_value) = match text.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_string())),
            _ => (text, None),
        };
        let mut value = |name: &str| -> Result<String, UsageError> {
            match inline_value.clone() {
                Some(v) => Ok(v),
                None => args
                    .next()
                    .and_then(|v| v.into_string().ok())
                    .ok_or_else(|| UsageError(format!("{name} needs a value"))),
            }
        };
        match flag {
            "--" => only_paths = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--jsonl" => analyze.jsonl = true,
            "--format" | "-f" => {
                let v = value("--format")?;
                analyze.format = Some(match v.as_str() {
                    "json" => OutputFormat::Json,
                    "jsonl" | "ndjson" => OutputFormat::Jsonl,
                    "csv" => OutputFormat::Csv,
                    _ => {
                        return Err(UsageError(format!(
                            "--format: unknown format '{v}' (expected json, jsonl or csv)"
                        )))
                    }
                });
            }
            "--reference-date" => {
                let v = value("--reference-date")?;
                let date = v.trim().parse::<Date>().map_err(|_| {
                    UsageError(format!(
                        "--reference-date: '{v}' is not a valid date (expected YYYY-MM-DD, e.g. 2024-11-19)"
                    ))
                })?;
                analyze.reference_date = Some(date);
            }
            _ => return Err(UsageError(format!("unknown option '{flag}'"))),
        }
    }
    if analyze.inputs.is_empty() {
        if !analyze.jsonl {
            return Err(UsageError(
                "no input: name article files, or '-' for standard input".into(),
            ));
        }
        analyze.inputs.push(Input::Stdin);
    }
    if analyze.jsonl && analyze.inputs.len() > 1 {
        return Err(UsageError(
            "--jsonl reads one input: '-' (standard input) or one file".into(),
        ));
    }
    Ok(Command::Analyze(analyze))
}

/// Parses the arguments of `group`.
fn parse_group(args: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut args = args;
    let mut input = None;
    let mut format = OutputFormat::Jsonl;
    let mut decisions = None;
    let mut only_paths = false;
    while let Some(arg) = args.next() {
        let text = arg.to_str();
        if only_paths || !text.is_some_and(|t| t.starts_with('-')) || text == Some("-") {
            if input.is_some() {
                return Err(UsageError("group reads one input: a file or '-'".into()));
            }
            input = Some(match text {
                Some("-") if !only_paths => Input::Stdin,
                _ => Input::File(PathBuf::from(arg)),
            });
            continue;
        }
        let text = text.unwrap_or_default();
        let (flag, inline_value) = match text.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_string())),
            _ => (text, None),
        };
        let mut value = |name: &str| -> Result<String, UsageError> {
            match inline_value.clone() {
                Some(v) => Ok(v),
                None => args
                    .next()
                    .and_then(|v| v.into_string().ok())
                    .ok_or_else(|| UsageError(format!("{name} needs a value"))),
            }
        };
        match flag {
            "--" => only_paths = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--format" | "-f" => {
                let v = value("--format")?;
                format = match v.as_str() {
                    "json" => OutputFormat::Json,
                    "jsonl" | "ndjson" => OutputFormat::Jsonl,
                    "csv" => OutputFormat::Csv,
                    _ => {
                        return Err(UsageError(format!(
                            "--format: unknown format '{v}' (expected json, jsonl or csv)"
                        )))
                    }
                };
            }
            "--decisions" => decisions = Some(PathBuf::from(value("--decisions")?)),
            _ => return Err(UsageError(format!("unknown option '{flag}' for group"))),
        }
    }
    let Some(input) = input else {
        return Err(UsageError(
            "group needs its input: a file of `accord analyze --jsonl` records, or '-'".into(),
        ));
    };
    Ok(Command::Group(GroupArgs {
        input,
        format,
        decisions,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Command, UsageError> {
        parse(args.iter().map(OsString::from))
    }

    fn analyze(args: &[&str]) -> Analyze {
        match parse_strs(args) {
            Ok(Command::Analyze(a)) => a,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn flags_and_inputs() {
        let a = analyze(&[
            "analyze",
            "--format=csv",
            "--reference-date",
            "2024-11-19",
            "a.txt",
            "-",
        ]);
        assert_eq!(a.format, Some(OutputFormat::Csv));
        assert_eq!(a.reference_date, Date::new(2024, 11, 19));
        assert_eq!(a.inputs, vec![Input::File("a.txt".into()), Input::Stdin]);
        let a = analyze(&["analyze", "--jsonl"]);
        assert!(a.jsonl);
        assert_eq!(a.inputs, vec![Input::Stdin]);
        let a = analyze(&["analyze", "--", "-", "--format"]);
        assert_eq!(
            a.inputs,
            vec![Input::File("-".into()), Input::File("--format".into())]
        );
        assert_eq!(parse_strs(&["--help"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["analyze", "x", "-V"]), Ok(Command::Version));
        assert_eq!(
            parse_strs(&["group", "--decisions=d.json", "-", "--format", "csv"]),
            Ok(Command::Group(GroupArgs {
                input: Input::Stdin,
                format: OutputFormat::Csv,
                decisions: Some("d.json".into()),
            }))
        );
        for bad in [
            &["group"][..],
            &["group", "a", "b"],
            &["group", "--format", "xml", "-"],
            &["group", "--decisions"],
            &["group", "--reference-date", "2024-01-01", "-"],
        ] {
            assert!(parse_strs(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn usage_errors() {
        for bad in [
            &["analyse", "x"][..],
            &[],
            &["analyze"],
            &["analyze", "--format", "xml", "a"],
            &["analyze", "--format"],
            &["analyze", "--reference-date", "2024-02-30", "a"],
            &["analyze", "--reference-date=yesterday", "a"],
            &["analyze", "--frobnicate", "a"],
            &["analyze", "--jsonl", "a", "b"],
            &["--verbose"],
        ] {
            assert!(parse_strs(bad).is_err(), "{bad:?}");
        }
        let Err(e) = parse_strs(&["analyze", "--reference-date", "2024-13-01", "a"]) else {
            panic!()
        };
        assert!(e.0.contains("'2024-13-01' is not a valid date"), "{e}");
    }
}
