//! Reducing HTML pages and Markdown files to the plain text of their article.
//!
//! Work in progress: the HTML and Markdown reducers land in their own commits.

/// The plain text of an HTML page's article.
pub fn html_to_text(html: &str) -> String {
    html.to_string()
}

/// The plain text of a Markdown document.
pub fn markdown_to_text(md: &str) -> String {
    md.to_string()
}
