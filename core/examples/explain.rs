//! Developer tool: prints what the engine saw in one article (triggers, mentions, people).

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: explain FILE");
        std::process::exit(2);
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => print!("{}", accord_core::explain(&text, None)),
        Err(e) => {
            eprintln!("explain: {path}: {e}");
            std::process::exit(1);
        }
    }
}
