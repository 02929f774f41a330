//! Messages: errors in an alert region, information in a status region, each dismissible.

use yew::prelude::*;

use crate::app::Ctx;
use crate::state::Action;

/// The message area.
#[function_component(Notices)]
pub fn notices() -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let t = ctx.state.lang.t();
    let item = |error: bool| {
        ctx.state
            .notices
            .iter()
            .filter(|n| n.error == error)
            .map(|n| {
                let state = ctx.state.clone();
                let id = n.id;
                let dismiss = Callback::from(move |_| state.dispatch(Action::Dismiss(id)));
                html! {
                    <div key={n.id} class={classes!("notice", error.then_some("error"))}>
                        <span class="notice-text">{ &n.text }</span>
                        <button type="button" class="link" onclick={dismiss}>{ t.dismiss }</button>
                    </div>
                }
            })
            .collect::<Html>()
    };
    html! {
        <div class="notices">
            <div role="alert" class="notice-list">{ item(true) }</div>
            <div role="status" class="notice-list">{ item(false) }</div>
        </div>
    }
}
