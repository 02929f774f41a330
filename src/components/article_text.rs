//! A rendered copy of the analyzed text with the selected value's evidence in `<mark>`s,
//! scrolled into view. The text is rendered as text nodes (never as HTML), so a hostile
//! page shows as its words.

use std::rc::Rc;

use accord_core::Span;
use yew::prelude::*;

use crate::app::Ctx;
use crate::services::dom;
use crate::text::segments;

/// Props of [`ArticleText`].
#[derive(Properties, PartialEq)]
pub struct ArticleTextProps {
    /// The text the offsets refer to.
    pub text: Rc<str>,
    /// The evidence to mark.
    pub spans: Vec<Span>,
    /// Bumped on every click of a value (scrolls again).
    pub seq: u64,
    /// Whether a value without evidence was clicked.
    pub no_evidence: bool,
}

/// The analyzed text.
#[function_component(ArticleText)]
pub fn article_text(p: &ArticleTextProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let t = ctx.state.lang.t();
    use_effect_with(p.seq, |seq| {
        if *seq > 0 {
            dom::scroll_to_mark();
        }
    });
    let pieces = segments(&p.text, &p.spans).into_iter().map(|s| {
        if s.marked {
            html! { <mark class="evidence">{ s.text }</mark> }
        } else {
            html! { { s.text } }
        }
    });
    html! {
        <section class="article-copy" aria-labelledby="copy-h">
            <h3 id="copy-h">{ t.analyzed_text }</h3>
            <p class="evidence-status" role="status">{ if p.no_evidence { t.no_evidence } else { "" } }</p>
            <div class="article-text" tabindex="0" role="region" aria-labelledby="copy-h">{ for pieces }</div>
        </section>
    }
}
