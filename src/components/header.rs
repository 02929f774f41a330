//! The page header: the name, what the app is, the language switch.

use yew::prelude::*;

use crate::app::Ctx;
use crate::services::dom;
use crate::state::Action;

/// The page header.
#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let lang = ctx.state.lang;
    let t = lang.t();
    let switch = {
        let state = ctx.state.clone();
        Callback::from(move |_| {
            let next = lang.other();
            dom::apply_lang(next.code(), true);
            state.dispatch(Action::SetLang(next));
        })
    };
    html! {
        <header class="site-header">
            <div>
                <h1>{ "accord" }</h1>
                <p class="tagline">{ t.tagline }</p>
            </div>
            <button type="button" class="lang-switch" lang={lang.other().code()}
                title={t.switch_label} onclick={switch}>{ t.switch_to }</button>
        </header>
    }
}
