//! `accord`: the command line front end of accord-core.
//!
//! `accord analyze FILE…` prints the record of each article; `accord analyze --jsonl -`
//! speaks the batch contract of the shared corpus (JSON Lines in, JSON Lines out);
//! `accord group` merges such records into one entry per signing event. This crate
//! only parses arguments, reads files, schedules work and prints: every decision about the
//! text is the engine's. Exit codes: 0 all fine, 1 some inputs failed, 2 usage error.

mod args;
mod batch;
mod files;
mod group;
mod output;
mod pool;

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use anyhow::Context;

use args::{Command, Input, OutputFormat};

/// Buffered standard output that remembers nothing but how to write.
pub struct Out {
    inner: BufWriter<io::StdoutLock<'static>>,
}

impl Out {
    fn new() -> Self {
        Out {
            inner: BufWriter::with_capacity(64 * 1024, io::stdout().lock()),
        }
    }

    /// Writes `text`.
    pub fn write(&mut self, text: &str) -> io::Result<()> {
        self.inner.write_all(text.as_bytes())
    }

    /// Flushes to standard output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Prints `accord: <message>` on standard error; a closed standard error is ignored.
pub fn report(message: &str) {
    let _ = writeln!(io::stderr().lock(), "accord: {message}");
}

/// mimalloc: the engine makes many small allocations, and glibc's malloc and free took a
/// seventh of its instructions (callgrind); same records, about 8% fewer instructions.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            report(&format!("{e:#}"));
            ExitCode::from(1)
        }
    }
}

/// Whether the error is the reader of our output going away (`accord … | head -1`): not a
/// failure, as in ripgrep.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}

fn run() -> anyhow::Result<ExitCode> {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(e) => {
            report(&e.to_string());
            let _ = writeln!(io::stderr().lock(), "{}", args::USAGE);
            return Ok(ExitCode::from(2));
        }
    };
    let mut out = Out::new();
    let all_ok = match command {
        Command::Help => {
            out.write(&args::help())?;
            true
        }
        Command::Version => {
            out.write(&format!("accord {}\n", env!("CARGO_PKG_VERSION")))?;
            true
        }
        Command::Group(args) => {
            let decisions = match &args.decisions {
                Some(path) => match group::read_decisions(path) {
                    Ok(d) => d,
                    Err(e) => {
                        report(&format!("--decisions: {e}"));
                        return Ok(ExitCode::from(1));
                    }
                },
                None => Vec::new(),
            };
            match &args.input {
                Input::Stdin => group::run(
                    BufReader::with_capacity(1 << 16, io::stdin()),
                    args.format,
                    &decisions,
                    &mut out,
                )?,
                Input::File(path) => {
                    let file = File::open(path).with_context(|| format!("{}", path.display()))?;
                    group::run(BufReader::new(file), args.format, &decisions, &mut out)?
                }
            }
        }
        Command::Analyze(analyze) => {
            let batch_source = if analyze.jsonl {
                Some(analyze.inputs[0].clone())
            } else if analyze.inputs == [Input::Stdin] && stdin_starts_with_brace()? {
                Some(Input::Stdin)
            } else {
                None
            };
            let csv = analyze.format == Some(OutputFormat::Csv);
            match batch_source {
                Some(Input::Stdin) => batch::run(
                    BufReader::with_capacity(1 << 16, io::stdin()),
                    analyze.reference_date,
                    csv,
                    &mut out,
                )?,
                Some(Input::File(path)) => {
                    let file = File::open(&path).with_context(|| format!("{}", path.display()))?;
                    batch::run(BufReader::new(file), analyze.reference_date, csv, &mut out)?
                }
                None => {
                    let format = analyze.format.unwrap_or(OutputFormat::Json);
                    files::run(analyze.inputs, format, analyze.reference_date, &mut out)?
                }
            }
        }
    };
    out.flush()?;
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Whether standard input starts (after blanks) with `{`, the sign of JSON Lines. Peeks at
/// the first chunk without consuming it, so the batch reader still sees every line and
/// numbers them right. A first chunk of blanks only counts as JSON Lines (blank lines are
/// skipped there), and empty input as an (empty) article.
fn stdin_starts_with_brace() -> io::Result<bool> {
    let mut stdin = io::stdin().lock();
    let buf = loop {
        match stdin.fill_buf() {
            Ok(buf) => break buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    };
    Ok(match buf.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(&first) => first == b'{',
        None => !buf.is_empty(),
    })
}
