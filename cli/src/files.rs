//! File mode: each named file (or `-`) is read, decoded, analyzed and printed in the order
//! given, several at a time.
//!
//! Every failure (missing, unreadable, too large, binary, undecodable, refused by the
//! engine) becomes one line on standard error naming the file, and the other files go on.
//! The size is checked before reading, and reading itself stops one byte past the limit, so
//! a huge file or a device never gets loaded.

use std::fs::File;
use std::io::{self, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use accord_core::decode::decode;
use accord_core::{analyze, Analysis, Date, Format, Options, MAX_INPUT_BYTES};

use crate::args::{Input, OutputFormat};
use crate::output::{self, Key};
use crate::pool;
use crate::Out;

/// An article's text and format, read from a file or standard input.
struct Article {
    text: String,
    format: Format,
}

/// The size limit as a message.
fn too_large(bytes: u64) -> String {
    format!(
        "the file is {:.1} MiB, over the limit of {} MiB; split it into smaller files",
        bytes as f64 / 1_048_576.0,
        MAX_INPUT_BYTES >> 20
    )
}

/// Reads at most [`MAX_INPUT_BYTES`] from `reader`.
fn read_bounded(reader: impl Read) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(format!(
            "the input is over the limit of {} MiB; split it into smaller files",
            MAX_INPUT_BYTES >> 20
        ));
    }
    Ok(bytes)
}

fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => format!("cannot read it: {e}"),
    }
}

/// Reads and decodes one input.
fn read_article(input: &Input) -> Result<Article, String> {
    let (bytes, format) = match input {
        Input::Stdin => (read_bounded(io::stdin().lock())?, Format::Text),
        Input::File(path) => {
            let metadata = std::fs::metadata(path).map_err(|e| io_message(&e))?;
            if metadata.is_dir() {
                return Err("is a directory".into());
            }
            if metadata.len() > MAX_INPUT_BYTES as u64 {
                return Err(too_large(metadata.len()));
            }
            let file = File::open(path).map_err(|e| io_message(&e))?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            (
                read_bounded(file)?,
                Format::from_file_name(&name).unwrap_or(Format::Text),
            )
        }
    };
    let decoded = decode(&bytes).map_err(|e| e.to_string())?;
    Ok(Article {
        text: decoded.text,
        format,
    })
}

/// The name of an input in records and messages.
fn display_name(input: &Input) -> String {
    match input {
        Input::Stdin => "-".to_string(),
        Input::File(path) => Path::new(path).display().to_string(),
    }
}

/// Reads and analyzes one input.
fn analyze_input(input: &Input, reference_date: Option<Date>) -> Result<Analysis, String> {
    let article = read_article(input)?;
    let options = Options {
        reference_date,
        format: article.format,
    };
    match catch_unwind(AssertUnwindSafe(|| analyze(&article.text, &options))) {
        Ok(result) => result.map_err(|e| e.to_string()),
        Err(_) => Err("internal error in the engine (a bug; the panic message is above)".into()),
    }
}

/// Analyzes `inputs` and prints their records to `out`; returns whether all succeeded.
pub fn run(
    inputs: Vec<Input>,
    format: OutputFormat,
    reference_date: Option<Date>,
    out: &mut Out,
) -> io::Result<bool> {
    let several = inputs.len() > 1;
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut all_ok = true;
    let mut written = 0usize;
    match format {
        OutputFormat::Csv => out.write(&output::csv_header("file"))?,
        OutputFormat::Json if several => out.write("[")?,
        _ => {}
    }
    pool::ordered_map(
        workers,
        2 * workers + 2,
        move |emit| {
            for input in inputs {
                if !emit(input) {
                    return;
                }
            }
        },
        move |input: Input| {
            let name = display_name(&input);
            let rendered = analyze_input(&input, reference_date).map(|record| {
                let key = Key::File(&name);
                match format {
                    OutputFormat::Json => {
                        output::json_pretty(key, &record, if several { 2 } else { 0 })
                    }
                    OutputFormat::Jsonl => output::json_line(key, &record) + "\n",
                    OutputFormat::Csv => output::csv_rows(&name, &record),
                }
            });
            (name, rendered)
        },
        |result| {
            let (name, rendered) = result.unwrap_or_else(|panic| ("?".into(), Err(panic)));
            match rendered {
                Ok(text) => {
                    if format == OutputFormat::Json && several {
                        out.write(if written == 0 { "\n" } else { ",\n" })?;
                    }
                    written += 1;
                    out.write(&text)?;
                    if format == OutputFormat::Json && !several {
                        out.write("\n")?;
                    }
                }
                Err(message) => {
                    all_ok = false;
                    crate::report(&format!("{name}: {message}"));
                }
            }
            out.flush()
        },
    )?;
    if format == OutputFormat::Json && several {
        out.write(if written == 0 { "]\n" } else { "\n]\n" })?;
    }
    out.flush()?;
    Ok(all_ok)
}
