//! Fuzz target for the HTML-to-text step (`accord_core::markup::html_to_text`) and for the
//! byte decoder (`accord_core::decode::decode`) that runs before it on uploaded files.
//!
//! - `decode` runs on the raw bytes and must not panic;
//! - `html_to_text` runs on the bytes decoded lossily as UTF-8 and must not panic;
//! - when the input holds exactly one simple, well-formed `<script>…</script>` (see
//!   [`simple_script`]), the text of that script must not appear in the output. To avoid
//!   false alarms from text the page shows anyway, the check is differential: a leak is
//!   reported only when the script text is in the output of the page but not in the output
//!   of the same page with the script element cut out.

#![no_main]

use accord_core::decode::decode;
use accord_core::markup::html_to_text;
use libfuzzer_sys::fuzz_target;

const OPEN: &str = "<script>";
const CLOSE: &str = "</script>";

/// Elements that would make a `<script>` after them something other than a script
/// element (raw text, foreign content, plain text to the end).
const SPOILERS: &[&str] = &[
    "<title", "<textarea", "<xmp", "<plaintext", "<noscript", "<style", "<iframe",
    "<noembed", "<noframes", "<svg", "<math", "<template", "<object",
];

/// When `html` holds exactly one `<script>` and one `</script>` (any case), the former
/// lowercase and without attributes, the latter after it, with a body that has no `<`,
/// and nothing before the script that could change how it is read (comments, `<!`/`<?`
/// constructs, quotes, unbalanced `<`/`>`, raw-text or foreign elements): the byte range
/// of the element and its trimmed body.
fn simple_script(html: &str) -> Option<(usize, usize, &str)> {
    let lower = html.to_ascii_lowercase();
    if lower.matches("<script").count() != 1 || lower.matches("</script").count() != 1 {
        return None;
    }
    let open = html.find(OPEN)?;
    let body_start = open + OPEN.len();
    let body_len = html[body_start..].find(CLOSE)?;
    let body = &html[body_start..body_start + body_len];
    let element_end = body_start + body_len + CLOSE.len();
    if body.contains('<') {
        return None;
    }
    let body = body.trim();
    if body.is_empty() {
        return None;
    }
    let prefix = &lower[..open];
    if prefix.contains("<!") || prefix.contains("<?") || prefix.contains(['"', '\'']) {
        return None;
    }
    if SPOILERS.iter().any(|s| prefix.contains(s)) {
        return None;
    }
    // Tags before the script must be closed: `<` and `>` alternate, ending outside a tag.
    let mut in_tag = false;
    for b in prefix.bytes() {
        match b {
            b'<' if in_tag => return None,
            b'<' => in_tag = true,
            b'>' => in_tag = false,
            _ => {}
        }
    }
    if in_tag {
        return None;
    }
    Some((open, element_end, body))
}

fuzz_target!(|data: &[u8]| {
    let _ = decode(data);

    let html = String::from_utf8_lossy(data);
    let text = html_to_text(&html);

    if let Some((start, end, body)) = simple_script(&html) {
        if text.contains(body) {
            let without = format!("{}{}", &html[..start], &html[end..]);
            let control = html_to_text(&without);
            assert!(
                control.contains(body),
                "script text {body:?} leaked into the output {text:?}"
            );
        }
    }
});
