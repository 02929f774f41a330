//! Copies the reference tables of `data/` into the build's output folder without their
//! comment lines (those that start with `#`), which every table reader skips anyway: the
//! library embeds the copies, so the web app's worker downloads no comment text. Some
//! tables are also packed, which gzip compresses tighter (the readers accept both forms):
//! the front-coded given names are joined into one line (`given_names.rs`); each city name
//! is front-coded against the one before and each state's code is written once, on its
//! first city; a body's kind and state are written only when they differ from the row
//! before's; a French demonym's four regular forms are written as one (`gazetteer.rs`);
//! the word, cue and scope tables write a list's name, label and language once for its
//! rows (`words.rs`, `lexicon.rs`).

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    println!("cargo:rerun-if-changed=data");
    let entries = std::fs::read_dir("data").expect("core/data is readable");
    for entry in entries {
        let path = entry.expect("core/data is listable").path();
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a table of core/data is UTF-8 text");
        let kept: String = text
            .split_inclusive('\n')
            .filter(|line| !line.starts_with('#'))
            .collect();
        let name = path.file_name().expect("a table has a file name");
        // The front-coded given names, one entry a line, are joined into one line: each
        // entry starts with its digits, and gzip packs the text tighter without the breaks.
        let kept = if name == "given_names.tsv" {
            kept.lines().map(str::trim).collect::<String>()
        } else if name == "cities.tsv" {
            codes_once(&kept)
        } else if name == "countries.tsv" {
            french_demonyms_packed(&kept)
        } else if name == "organisations.tsv" {
            trailing_cells_once(&kept, 2)
        } else if name == "words.tsv" {
            let grouped = grouped_by_leading_cells(&kept);
            std::fs::write(Path::new(&out).join("word_lists.rs"), list_names(&grouped))
                .expect("OUT_DIR is writable");
            one_line_a_list(&grouped)
        } else if name == "cues.tsv" || name == "scope.tsv" {
            leading_cells_once(&grouped_by_leading_cells(&kept))
        } else {
            kept
        };
        std::fs::write(Path::new(&out).join(name), kept).expect("OUT_DIR is writable");
    }
    std::fs::write(Path::new(&out).join("lower_tables.rs"), lower_tables())
        .expect("OUT_DIR is writable");
}

/// The tables of `src/lower.rs`, read off this toolchain's standard library (the one that
/// builds the engine, so the same Unicode version): the characters whose lowercase is one
/// other character, as runs (a start, every character or every other one, a count, and the
/// distance to the lowercase); and, for the final sigma rule, the characters that are
/// case-ignorable and those that are cased, as ranges. Whether a character is either is
/// read from how the standard library lowercases a capital sigma after it: `cΣ` ends in
/// `ς` when `c` is cased and not case-ignorable, `AcΣ` when `c` is either.
fn lower_tables() -> String {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new(); // start, stride, count, delta
    let (mut ignorable, mut cased) = (Vec::new(), Vec::new());
    let final_sigma = |s: String| s.to_lowercase().ends_with('ς');
    for n in 0..=0x10_FFFF_u32 {
        let Some(c) = char::from_u32(n) else { continue };
        let lower: Vec<char> = c.to_lowercase().collect();
        match lower.as_slice() {
            [l] if *l != c => {
                let delta = i64::from(*l as u32) - i64::from(n);
                match runs.last_mut() {
                    Some((start, stride, count, d))
                        if *d == delta
                            && ((*count == 1 && n - *start <= 2)
                                || (*count > 1 && n == *start + *stride * *count))
                            && *count < 1024 =>
                    {
                        if *count == 1 {
                            *stride = n - *start;
                        }
                        *count += 1;
                    }
                    _ => runs.push((n, 1, 1, delta)),
                }
            }
            [_] => {}
            _ => assert!(
                c == '\u{130}',
                "{c:?} lowercases to several characters: src/lower.rs knows only U+0130"
            ),
        }
        let before = final_sigma(format!("{c}Σ"));
        let either = final_sigma(format!("A{c}Σ"));
        if before != either {
            ignorable.push(n);
        } else if before {
            cased.push(n);
        }
    }
    let mut out = String::from(
        "/// Lowercase runs: start | (stride - 1) << 21 | (count - 1) << 22, then the delta.\n",
    );
    out.push_str(&format!(
        "static LOWER_RUNS: [[u32; 2]; {}] = [\n",
        runs.len()
    ));
    for (start, stride, count, delta) in runs {
        let word = start | ((stride - 1) << 21) | ((count - 1) << 22);
        out.push_str(&format!("    [{word}, {}],\n", delta as i32 as u32));
    }
    out.push_str("];\n");
    for (name, set) in [("CASE_IGNORABLE", ignorable), ("CASED", cased)] {
        out.push_str(&format!(
            "/// {name}: ranges, each the gap after the one before and its length (LEB128).\n"
        ));
        out.push_str(&format!("static {name}: &[u8] = &["));
        let mut at = 0u32;
        let mut i = 0;
        while i < set.len() {
            let start = set[i];
            let mut end = start + 1;
            i += 1;
            while i < set.len() && set[i] == end {
                end += 1;
                i += 1;
            }
            for mut v in [start - at, end - start] {
                loop {
                    let b = (v & 0x7f) as u8;
                    v >>= 7;
                    if v == 0 {
                        out.push_str(&format!("{b},"));
                        break;
                    }
                    out.push_str(&format!("{},", b | 0x80));
                }
            }
            at = end;
        }
        out.push_str("];\n");
    }
    out
}

/// The cities (`name<TAB>code` rows, grouped by state) with a state's code only on its
/// first row: the others are the name alone (`gazetteer.rs` puts the code back). Each name
/// is front-coded: the number of leading characters it shares with the name of the row
/// before, when there are any, then the rest ("Abu Dhabi", "Abu Dabi" is written
/// "Abu Dhabi", "5abi"). City names have no digits (the generator drops them), and the build
/// fails if one has, since the reader would take it for a count.
fn codes_once(table: &str) -> String {
    let mut out = String::with_capacity(table.len());
    let mut last = "";
    let mut before = "";
    for line in table.lines() {
        let (name, code) = match line.rsplit_once('\t') {
            Some((name, code)) => (name, Some(code)),
            None => (line, None),
        };
        assert!(
            !name.contains(|c: char| c.is_ascii_digit()),
            "cities.tsv: a city name has a digit: {name:?}"
        );
        let shared = name
            .chars()
            .zip(before.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let rest: String = name.chars().skip(shared).collect();
        if shared > 0 {
            out.push_str(&shared.to_string());
        }
        out.push_str(&rest);
        before = name;
        match code {
            Some(code) if code == last && !code.is_empty() => {}
            Some(code) => {
                last = code;
                out.push('\t');
                out.push_str(code);
            }
            None => {}
        }
        out.push('\n');
    }
    out
}

/// A table whose rows repeat their leading cells (a list's name, a label and language)
/// with those cells left empty when they are the row before's: `<TAB>word`
/// (`words.rs` and `lexicon.rs` put them back).
fn leading_cells_once(table: &str) -> String {
    let mut out = String::with_capacity(table.len());
    let mut before: Vec<&str> = Vec::new();
    for line in table.lines() {
        let cells: Vec<&str> = line.split('\t').collect();
        let n = cells.len();
        if n > 1 && n == before.len() && cells[..n - 1] == before[..n - 1] {
            out.push_str(&"\t".repeat(n - 1));
            out.push_str(cells[n - 1]);
        } else {
            out.push_str(line);
        }
        out.push('\n');
        before = cells;
    }
    out
}

/// The rows of a word, cue or scope table (`list<TAB>word`, `label<TAB>lang<TAB>phrase`)
/// brought together by their leading cells, in the order each first appears, and sorted
/// within, so that [`leading_cells_once`] writes the leading cells once and gzip finds
/// neighbours alike: the readers build sets, which the order of rows does not change. The
/// counting words keep their order, since their place is the number they spell
/// (`frames::count_word`).
fn grouped_by_leading_cells(table: &str) -> String {
    let mut order: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in table.lines() {
        let key = line.rsplit_once('\t').map_or("", |(k, _)| k);
        match order.iter_mut().find(|(k, _)| *k == key) {
            Some((_, rows)) => rows.push(line),
            None => order.push((key, vec![line])),
        }
    }
    let mut out = String::with_capacity(table.len());
    for (key, mut rows) in order {
        if !key.starts_with("counts_") {
            rows.sort_unstable();
        }
        for row in rows {
            out.push_str(row);
            out.push('\n');
        }
    }
    out
}

/// A table whose rows repeat their trailing cells (a body's kind and state) with those
/// cells left out when they are the row before's: the row is its first `keep` cells
/// (`gazetteer.rs` puts the others back).
fn trailing_cells_once(table: &str, keep: usize) -> String {
    let mut out = String::with_capacity(table.len());
    let mut before: Vec<&str> = Vec::new();
    for line in table.lines() {
        let cells: Vec<&str> = line.split('\t').collect();
        let n = cells.len();
        if n > keep && n == before.len() && cells[keep..] == before[keep..] {
            out.push_str(&cells[..keep].join("\t"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
        before = cells;
    }
    out
}

/// The countries with each French demonym's four regular forms written as one:
/// `m|me|ms|mes` as `m+` and `mien|mienne|miens|miennes` as `mien*` (`gazetteer.rs`
/// writes them out again, in this order). The build fails if a committed form has a `+`
/// or a `*`, since the reader would take it for this shorthand.
fn french_demonyms_packed(table: &str) -> String {
    let mut out = String::with_capacity(table.len());
    for line in table.lines() {
        let mut cells: Vec<String> = line.split('\t').map(str::to_owned).collect();
        if let Some(cell) = cells.get_mut(4) {
            assert!(
                !cell.contains(['+', '*']),
                "countries.tsv: a French demonym has a + or a *: {cell:?}"
            );
            let forms: Vec<&str> = cell.split('|').collect();
            let mut packed: Vec<String> = Vec::new();
            let mut i = 0;
            while i < forms.len() {
                let m = forms[i];
                let next = forms.get(i + 1..i + 4);
                let regular = [format!("{m}e"), format!("{m}s"), format!("{m}es")];
                let ien = [format!("{m}ne"), format!("{m}s"), format!("{m}nes")];
                if next.is_some_and(|n| n == regular) {
                    packed.push(format!("{m}+"));
                    i += 4;
                } else if m.ends_with("ien") && next.is_some_and(|n| n == ien) {
                    packed.push(format!("{m}*"));
                    i += 4;
                } else {
                    packed.push(m.to_owned());
                    i += 1;
                }
            }
            *cell = packed.join("|");
        }
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// The names of the word table's lists, in the order they first appear, as Rust source:
/// `word_set!` finds a list's number among them when the engine is compiled
/// (`words::index_of`), so that all the sets are built at once, in one table.
fn list_names(table: &str) -> String {
    let mut names: Vec<&str> = Vec::new();
    for line in table
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if let Some((name, _)) = line.split_once('\t') {
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    let mut out = format!("pub(crate) const LIST_NAMES: [&str; {}] = [\n", names.len());
    for n in names {
        out.push_str(&format!("    {n:?},\n"));
    }
    out.push_str("];\n");
    out
}

/// The word table (`list<TAB>word` rows, each list's rows together) with one line a list,
/// its words separated by tabs and no name: the lines come in the order of `LIST_NAMES`
/// (`list_names`), by which `words.rs` numbers them, so the names stay out of the program.
fn one_line_a_list(table: &str) -> String {
    let mut out = String::with_capacity(table.len());
    let mut last = "";
    for line in table.lines() {
        let Some((name, word)) = line.split_once('\t') else {
            continue;
        };
        if name == last {
            out.push('\t');
        } else {
            if !out.is_empty() {
                out.push('\n');
            }
            last = name;
        }
        out.push_str(word);
    }
    out.push('\n');
    out
}
