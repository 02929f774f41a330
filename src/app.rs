//! The root component: the state (reducer), the side-effect runner, the context both are
//! shared through, the window-wide drop zone, and the page layout.

use yew::prelude::*;

use crate::components::{
    article_input::ArticleInput, header::Header, library::Library, notices::Notices,
    results::Results, tracker::Tracker,
};
use crate::i18n::UiLang;
use crate::services::files::DropListeners;
use crate::services::{dom, ops::Ops};
use crate::state::{Action, AppState};

/// What every component can reach: the state and the side-effect runner.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    /// The state (dispatch actions through it).
    pub state: UseReducerHandle<AppState>,
    /// Side effects.
    pub ops: Ops,
}

/// The app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::new(UiLang::from_tag(&dom::preferred_lang())));
    let ops = (*use_memo((), {
        let dispatcher = state.dispatcher();
        move |_| Ops::new(dispatcher)
    }))
    .clone();

    {
        let ops = ops.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            ops.start();
            let (o1, o2, d1, d2) = (ops.clone(), ops, dispatcher.clone(), dispatcher);
            let listeners = DropListeners::new(
                move |files| o1.analyze_files(files),
                move |text: String| {
                    d1.dispatch(Action::SetDraft(text.clone()));
                    o2.analyze_text(text, String::new());
                },
                move |on| d2.dispatch(Action::Dragging(on)),
            );
            move || drop(listeners)
        });
    }
    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| dom::apply_lang(lang.code(), false));
    }

    let t = state.lang.t();
    let ctx = Ctx {
        state: state.clone(),
        ops,
    };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <a class="skip" href="#input-heading">{ t.input_heading }</a>
            <Header />
            <Notices />
            <main id="main" data-ready={state.library_loaded.to_string()}>
                <div class="workspace">
                    <ArticleInput />
                    <Results />
                </div>
                <Library />
                <Tracker />
            </main>
            if state.dragging {
                <div class="drop-overlay" aria-hidden="true"><p>{ t.drop_here }</p></div>
            }
        </ContextProvider<Ctx>>
    }
}
