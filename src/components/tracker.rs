//! The tracker: the library's agreements grouped across sources (one card per signing,
//! each value with the sources that give it, disagreements flagged, split and join), a
//! timeline and a network of parties drawn as SVG from [`crate::viz`], each with the same
//! information as a table, and the exports of the grouped agreements. Everything follows
//! the library's search and filters. The grouping is computed by the grouping worker
//! (`Ops::regroup`): until it answers the panel says it is grouping (`aria-busy`), and
//! it never shows the groups of older inputs.

use std::rc::Rc;

use accord_core::group::{Decision, Group, Grouping, SourceRef};
use yew::prelude::*;

use crate::app::Ctx;
use crate::i18n::Texts;
use crate::model::{Entry, Filter};
use crate::services::ops::ExportKind;
use crate::state::{Action, Shown, TrackerView};
use crate::tracker::{group_date, join, split};
use crate::viz::{network, one_decimal, timeline};

/// Width of the timeline drawing, in SVG units (it scales to the page).
const TIMELINE_WIDTH: f64 = 900.0;
/// Size of the network drawing.
const NETWORK_SIZE: f64 = 560.0;
/// The most parties the network draws.
const NETWORK_MAX: usize = 80;

/// A string usable in an element id.
fn dom_id(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

fn parties_line(g: &Group) -> String {
    g.parties
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(" · ")
}

fn when(t: &Texts, g: &Group) -> String {
    group_date(g).map_or_else(|| t.none.to_string(), |(d, _)| t.date_words(d))
}

/// What a grouping is computed from: the library, the filters and the decisions.
type Inputs = (Vec<Rc<Entry>>, Filter, Vec<Decision>);

/// The worker's answer, with the inputs it answers.
type Answer = (Inputs, Result<Rc<Grouping>, String>);

/// The tracker panel.
#[function_component(Tracker)]
pub fn tracker() -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx is provided by App");
    let s = &ctx.state;
    let t = s.lang.t();
    let inputs: Inputs = (s.library.clone(), s.filter.clone(), s.decisions.clone());
    let answer = use_state(|| None::<Rc<Answer>>);
    {
        let (ops, answer) = (ctx.ops.clone(), answer.clone());
        use_effect_with(inputs.clone(), move |inputs| {
            let (library, filter, decisions) = inputs.clone();
            let visible = library
                .iter()
                .filter(|e| filter.matches(e))
                .cloned()
                .collect();
            let key = inputs.clone();
            ops.regroup(
                library,
                visible,
                decisions,
                Rc::new(move |outcome| answer.set(Some(Rc::new((key.clone(), outcome))))),
            );
        });
    }
    // Only the answer for the current inputs counts: until it comes, the panel waits.
    let outcome = answer
        .as_ref()
        .filter(|a| a.0 == inputs)
        .map(|a| a.1.clone());
    let pending = outcome.is_none();
    let failed = outcome.as_ref().and_then(|o| o.as_ref().err().cloned());
    let grouping: Rc<Grouping> = match outcome {
        Some(Ok(g)) => g,
        _ => Rc::new(Grouping::default()),
    };
    let show_all = use_state(|| false);
    let articles = s.visible().len();
    let groups = &grouping.groups;

    let view_button = |view: TrackerView, label: &'static str| {
        let state = s.clone();
        html! {
            <button type="button" aria-pressed={(s.view == view).to_string()}
                onclick={Callback::from(move |_| state.dispatch(Action::SetView(view)))}>{ label }</button>
        }
    };
    let export = |kind: ExportKind, name: &str| {
        let (ops, g) = (ctx.ops.clone(), grouping.clone());
        html! {
            <button type="button" disabled={groups.is_empty()}
                onclick={Callback::from(move |_| ops.export_groups(kind, &g.groups))}>{ format!("{name} ({})", groups.len()) }</button>
        }
    };
    let body = if pending {
        html! { <p class="empty">{ t.grouping_pending }</p> }
    } else if let Some(reason) = failed {
        html! { <p class="grouping-error" role="alert">{ format!("{}: {reason}", t.grouping_failed) }</p> }
    } else if groups.is_empty() {
        html! { <p class="empty">{ t.no_groups }</p> }
    } else {
        match s.view {
            TrackerView::List => list_view(&ctx, groups, &show_all),
            TrackerView::Timeline => timeline_view(&ctx, groups),
            TrackerView::Network => network_view(&ctx, groups),
        }
    };
    html! {
        <section class="panel tracker" aria-labelledby="tracker-heading" aria-busy={pending.to_string()}>
            <h2 id="tracker-heading">{ t.tracker }{ " " }<span class="count" role="status">{
                if pending { t.grouping_pending.to_string() } else { t.tracker_count(groups.len(), articles) }
            }</span></h2>
            <div class="toolbar" role="group" aria-label={t.views}>
                <span class="toolbar-label">{ t.views }{ ":" }</span>
                { view_button(TrackerView::List, t.view_list) }
                { view_button(TrackerView::Timeline, t.view_timeline) }
                { view_button(TrackerView::Network, t.view_network) }
            </div>
            <div class="toolbar" role="group" aria-label={t.export_agreements}>
                <span class="toolbar-label">{ t.export_agreements }{ ":" }</span>
                { export(ExportKind::Json, "JSON") }
                { export(ExportKind::Jsonl, "JSON Lines") }
                { export(ExportKind::Csv, "CSV") }
            </div>
            { body }
        </section>
    }
}

/// How many agreement cards the list shows before "Show more" (a long list slows every
/// update).
const LIST_LIMIT: usize = 50;

/// One card per grouped agreement, with the join bar.
fn list_view(ctx: &Ctx, groups: &[Group], show_all: &UseStateHandle<bool>) -> Html {
    let s = &ctx.state;
    let t = s.lang.t();
    let ticked: Vec<SourceRef> = groups
        .iter()
        .filter(|g| s.join_ticks.contains(&g.id))
        .filter_map(|g| g.sources.first().map(|x| x.source_ref()))
        .collect();
    let limit = if **show_all { usize::MAX } else { LIST_LIMIT };
    let hidden = groups.len().saturating_sub(limit);
    let more = {
        let show_all = show_all.clone();
        Callback::from(move |_| show_all.set(true))
    };
    let do_join = {
        let (ops, decisions, members) = (ctx.ops.clone(), s.decisions.clone(), ticked.clone());
        Callback::from(move |_| ops.decide(&decisions, join(members.clone())))
    };
    html! {
        <>
            <div class="toolbar">
                <button type="button" id="join-groups" disabled={ticked.len() < 2} onclick={do_join}>
                    { format!("{} ({})", t.join_selected, ticked.len()) }
                </button>
            </div>
            <div class="groups">{ for groups.iter().take(limit).map(|g| group_card(ctx, g)) }</div>
            if hidden > 0 {
                <button type="button" class="more" onclick={more}>{ t.show_more(hidden) }</button>
            }
        </>
    }
}

fn group_card(ctx: &Ctx, g: &Group) -> Html {
    let s = &ctx.state;
    let t = s.lang.t();
    // A source's number: its place in the group's list (a group has a handful of sources).
    let number = |r: &SourceRef| {
        g.sources
            .iter()
            .position(|x| x.id == r.id && x.agreement == r.agreement)
            .map(|i| i + 1)
    };
    let nums = |refs: &[SourceRef]| -> Vec<usize> {
        let mut v: Vec<usize> = refs.iter().filter_map(number).collect();
        accord_core::sort::all(&mut v);
        v
    };
    let id = dom_id(&g.id);
    let heading = format!("group-{id}-h");
    let check = format!("join-{id}");
    let toggle = {
        let (state, gid) = (s.clone(), g.id.clone());
        Callback::from(move |_| state.dispatch(Action::ToggleJoin(gid.clone())))
    };
    let values = |items: Vec<(String, Vec<SourceRef>)>| -> Html {
        if items.is_empty() {
            return html! { <span class="missing">{ t.none }</span> };
        }
        html! {
            <ul class="supported">
                { for items.into_iter().map(|(v, refs)| html! {
                    <li>{ v }{ " " }<span class="given-by">{ format!("({})", t.given_by(&nums(&refs))) }</span></li>
                }) }
            </ul>
        }
    };
    let sp = &g.support;
    let kinds = sp
        .kind
        .iter()
        .map(|x| {
            (
                t.agreement_type(x.value.label()).to_string(),
                x.sources.clone(),
            )
        })
        .collect();
    let dates = sp
        .signed_on
        .iter()
        .map(|x| (t.date_words(x.value), x.sources.clone()))
        .collect();
    let places = sp
        .location
        .iter()
        .map(|x| (x.value.clone(), x.sources.clone()))
        .collect();
    let terms = sp
        .duration_months
        .iter()
        .map(|x| (format!("{} {}", x.value, t.months_unit), x.sources.clone()))
        .collect();
    let scope = sp
        .scope
        .iter()
        .map(|x| (t.scope_label(&x.value), x.sources.clone()))
        .collect();
    let parties = g.parties.iter().map(|p| {
        let mut line = p.name.clone();
        if !p.aliases.is_empty() {
            line.push_str(&format!(" ({} {})", t.aliases, p.aliases.join(", ")));
        }
        line.push_str(&format!(" — {}", t.party_kind(p.kind.label())));
        if let Some(c) = &p.country {
            line.push_str(&format!(" · {c}"));
        }
        (line, p.sources.clone())
    });
    let signatories = g.signatories.iter().map(|x| {
        let line = match &x.role {
            Some(r) => format!("{} ({r})", x.name),
            None => x.name.clone(),
        };
        (line, x.sources.clone())
    });
    let disagreements = g.disagreements.iter().map(|d| {
        let what = match &d.party {
            Some(p) => format!("{} — {p}", t.group_field(&d.field)),
            None => t.group_field(&d.field).to_string(),
        };
        let vals: Vec<String> = d
            .values
            .iter()
            .map(|v| format!("“{}” ({})", v.value, t.given_by(&nums(&v.sources))))
            .collect();
        html! { <li>{ format!("{what}: {}", vals.join(" / ")) }</li> }
    });
    let sources = g.sources.iter().enumerate().map(|(i, x)| {
        let open = {
            let (state, id) = (s.clone(), x.id.clone());
            Callback::from(move |_| state.dispatch(Action::Select(id.clone())))
        };
        let take_out = {
            let (ops, decisions, member) = (ctx.ops.clone(), s.decisions.clone(), x.source_ref());
            Callback::from(move |_| ops.decide(&decisions, split(member.clone())))
        };
        let title = x.title.clone().unwrap_or_else(|| "—".into());
        let origin = x.outlet.clone().or(x.file_name.clone()).unwrap_or_else(|| t.pasted.to_string());
        html! {
            <li class="group-source" data-source={x.id.clone()}>
                { format!("[{}] ", i + 1) }
                <button type="button" class="link" title={t.open_article} onclick={open}>{ title.clone() }</button>
                <span class="lib-meta">{ format!(" — {origin}") }
                    if let Some(d) = x.date { { format!(" — {}", t.date_words(d)) } }
                </span>
                if g.sources.len() > 1 {
                    { " " }
                    <button type="button" class="small" aria-label={format!("{} — [{}] {title}", t.split_off, i + 1)}
                        onclick={take_out}>{ t.split_off }</button>
                }
            </li>
        }
    });
    html! {
        <article class="group card" aria-labelledby={heading.clone()} data-group={g.id.clone()}>
            <h3 id={heading}>{ format!("{} — {}", t.agreement_type(g.kind.label()), parties_line(g)) }</h3>
            <p class="meta">
                { format!("{} · {} · {}", when(t, g), g.location.clone().unwrap_or_else(|| t.none.to_string()),
                    format!("{} {}", g.sources.len(), crate::text::lowercase(t.sources))) }
            </p>
            <p>
                <input type="checkbox" id={check.clone()} checked={s.join_ticks.contains(&g.id)} onchange={toggle} />
                <label for={check} class="inline">{ t.select_join }</label>
            </p>
            if !g.disagreements.is_empty() {
                <div class="disagree" role="note">
                    <strong>{ format!("⚠ {}", t.disagree) }</strong>
                    <ul>{ for disagreements }</ul>
                </div>
            }
            <dl>
                <dt>{ t.kind_of_instrument }</dt><dd>{ values(kinds) }</dd>
                <dt>{ t.parties }</dt><dd>{ values(parties.collect()) }</dd>
                <dt>{ t.signatories }</dt><dd>{ values(signatories.collect()) }</dd>
                <dt>{ t.signed_on }</dt><dd>{ values(dates) }</dd>
                <dt>{ t.place }</dt><dd>{ values(places) }</dd>
                <dt>{ t.duration }</dt><dd>{ values(terms) }</dd>
                <dt>{ t.scope }</dt><dd>{ values(scope) }</dd>
            </dl>
            <h4>{ format!("{} ({})", t.sources, g.sources.len()) }</h4>
            <ol class="group-sources">{ for sources }</ol>
        </article>
    }
}

/// Picks `groups` (by index) under `label`; the callback for a drawing's element.
fn pick(ctx: &Ctx, label: String, groups: &[Group], picked: &[usize]) -> Callback<()> {
    let ids: Vec<String> = picked
        .iter()
        .filter_map(|i| groups.get(*i).map(|g| g.id.clone()))
        .collect();
    let state = ctx.state.clone();
    Callback::from(move |_| {
        state.dispatch(Action::Show(Some(Shown {
            label: label.clone(),
            groups: ids.clone(),
        })))
    })
}

/// Enter or Space on a focused drawing element acts as a click.
fn on_key(cb: Callback<()>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            cb.emit(());
        }
    })
}

/// The agreements picked on a drawing.
fn shown_panel(ctx: &Ctx, groups: &[Group]) -> Html {
    let s = &ctx.state;
    let t = s.lang.t();
    let Some(shown) = &s.shown else {
        return html! { <div class="shown" aria-live="polite"></div> };
    };
    let close = {
        let state = s.clone();
        Callback::from(move |_| state.dispatch(Action::Show(None)))
    };
    let picked: Vec<&Group> = groups
        .iter()
        .filter(|g| shown.groups.contains(&g.id))
        .collect();
    html! {
        <div class="shown" aria-live="polite">
            <h3 id="shown-h">{ format!("{} — {}", shown.label, t.n_agreements(picked.len())) }</h3>
            <ul class="shown-list" aria-labelledby="shown-h">
                { for picked.iter().map(|g| html! {
                    <li data-group={g.id.clone()}>{ format!("{} — {} — {} — {} {}", t.agreement_type(g.kind.label()), parties_line(g),
                        when(t, g), g.sources.len(), crate::text::lowercase(t.sources)) }</li>
                }) }
            </ul>
            <button type="button" class="small" onclick={close}>{ t.shown_none }</button>
        </div>
    }
}

/// A point's day or month in words.
fn key_words(t: &Texts, key: &str) -> String {
    key.parse::<accord_core::PartialDate>()
        .map_or_else(|_| key.to_string(), |d| t.date_words(d))
}

fn point_label(t: &Texts, key: &str, n: usize) -> String {
    format!("{}: {}", key_words(t, key), t.n_agreements(n))
}

fn timeline_view(ctx: &Ctx, groups: &[Group]) -> Html {
    let s = &ctx.state;
    let t = s.lang.t();
    let items: Vec<timeline::Item> = groups
        .iter()
        .enumerate()
        .filter_map(|(i, g)| {
            group_date(g).map(|(date, signed)| timeline::Item {
                group: i,
                date,
                signed,
            })
        })
        .collect();
    let undated = groups.len() - items.len();
    let tl = timeline::layout(&items, TIMELINE_WIDTH);
    let pressed = |label: &str| s.shown.as_ref().is_some_and(|x| x.label == label);
    let points = tl.points.iter().map(|p| {
        let label = point_label(t, &p.key, p.groups.len());
        let words = key_words(t, &p.key);
        let cb = pick(ctx, words.clone(), groups, &p.groups);
        let class = if p.signed > 0 { "point signed" } else { "point published" };
        html! {
            <circle class={class} cx={one_decimal(p.x)} cy={one_decimal(p.y)} r={one_decimal(p.r)}
                tabindex="0" role="button" aria-label={label.clone()} aria-pressed={pressed(&words).to_string()}
                data-key={p.key.clone()} onclick={cb.reform(|_: MouseEvent| ())} onkeydown={on_key(cb)}>
                <title>{ label }</title>
            </circle>
        }
    });
    let ticks = tl.ticks.iter().map(|k| {
        html! {
            <g class="tick">
                <line x1={one_decimal(k.x)} x2={one_decimal(k.x)} y1={one_decimal(tl.axis_y)} y2={one_decimal(tl.axis_y + 6.0)} />
                <text x={one_decimal(k.x)} y={one_decimal(tl.axis_y + 22.0)} text-anchor="middle">{ k.label.clone() }</text>
            </g>
        }
    });
    let rows = tl.points.iter().map(|p| {
        let label = point_label(t, &p.key, p.groups.len());
        let words = key_words(t, &p.key);
        let cb = pick(ctx, words.clone(), groups, &p.groups);
        let names: Vec<String> = p
            .groups
            .iter()
            .filter_map(|i| groups.get(*i))
            .map(parties_line)
            .collect();
        html! {
            <tr>
                <th scope="row">{ words }</th>
                <td>{ p.groups.len() }</td>
                <td>{ names.join(" ; ") }</td>
                <td><button type="button" class="small" aria-label={format!("{} — {label}", t.show)}
                    onclick={cb.reform(|_: MouseEvent| ())}>{ t.show }</button></td>
            </tr>
        }
    });
    html! {
        <>
            <figure class="viz timeline">
                <svg viewBox={format!("0 0 {} {}", one_decimal(tl.width), one_decimal(tl.height))} role="group" aria-labelledby="timeline-caption">
                    <line class="axis" x1="20" x2={one_decimal(tl.width - 20.0)} y1={one_decimal(tl.axis_y)} y2={one_decimal(tl.axis_y)} />
                    { for ticks }
                    { for points }
                </svg>
                <figcaption id="timeline-caption">{ t.timeline_caption }
                    if undated > 0 { { format!(" {}", t.undated(undated)) } }
                </figcaption>
            </figure>
            { shown_panel(ctx, groups) }
            <details class="as-table">
                <summary>{ t.as_table }</summary>
                <table>
                    <caption>{ t.view_timeline }</caption>
                    <thead><tr><th scope="col">{ t.date }</th><th scope="col">{ t.agreements_col }</th>
                        <th scope="col">{ t.parties }</th><th scope="col">{ t.show }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </details>
        </>
    }
}

fn network_view(ctx: &Ctx, groups: &[Group]) -> Html {
    let s = &ctx.state;
    let t = s.lang.t();
    let agreements: Vec<Vec<network::PartyRef>> = groups
        .iter()
        .map(|g| {
            g.parties
                .iter()
                .map(|p| network::PartyRef {
                    name: p.name.clone(),
                    kind: p.kind,
                    country: p.country.clone(),
                })
                .collect()
        })
        .collect();
    let net = network::layout(&agreements, NETWORK_SIZE, NETWORK_MAX);
    let all = network::layout(&agreements, NETWORK_SIZE, usize::MAX);
    let pressed = |label: &str| s.shown.as_ref().is_some_and(|x| x.label == label);
    let edges = net.edges.iter().filter_map(|e| {
        let (a, b) = (net.nodes.get(e.a)?, net.nodes.get(e.b)?);
        Some(html! {
            <line class="edge" x1={one_decimal(a.x)} y1={one_decimal(a.y)} x2={one_decimal(b.x)} y2={one_decimal(b.y)}
                stroke-width={one_decimal(e.width)}>
                <title>{ format!("{} — {}: {}", a.name, b.name, t.n_agreements(e.groups.len())) }</title>
            </line>
        })
    });
    let label_all = net.nodes.len() <= 30;
    let nodes = net.nodes.iter().map(|n| {
        let label = format!("{}: {}", n.name, t.n_agreements(n.groups.len()));
        let cb = pick(ctx, n.name.clone(), groups, &n.groups);
        let class = format!("node kind-{}", n.kind.label());
        let right = n.x >= NETWORK_SIZE / 2.0;
        html! {
            <g class="node-g">
                <circle class={class} cx={one_decimal(n.x)} cy={one_decimal(n.y)} r={one_decimal(n.r)}
                    tabindex="0" role="button" aria-label={label.clone()} aria-pressed={pressed(&n.name).to_string()}
                    data-party={n.name.clone()} onclick={cb.reform(|_: MouseEvent| ())} onkeydown={on_key(cb)}>
                    <title>{ label }</title>
                </circle>
                if label_all || n.groups.len() > 1 {
                    <text x={one_decimal(if right { n.x + n.r + 3.0 } else { n.x - n.r - 3.0 })} y={one_decimal(n.y + 4.0)}
                        text-anchor={if right { "start" } else { "end" }} aria-hidden="true">{ n.name.clone() }</text>
                }
            </g>
        }
    });
    let legend = accord_core::PartyKind::ALL.iter().map(|k| {
        html! {
            <li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><circle class={format!("node kind-{}", k.label())} cx="5" cy="5" r="5" /></svg>
                { t.party_kind(k.label()) }</li>
        }
    });
    let rows = all.nodes.iter().enumerate().map(|(i, n)| {
        let cb = pick(ctx, n.name.clone(), groups, &n.groups);
        let partners: Vec<String> = all
            .edges
            .iter()
            .filter_map(|e| {
                if e.a == i {
                    all.nodes.get(e.b)
                } else if e.b == i {
                    all.nodes.get(e.a)
                } else {
                    None
                }
            })
            .map(|p| p.name.clone())
            .collect();
        html! {
            <tr>
                <th scope="row">{ n.name.clone() }</th>
                <td>{ t.party_kind(n.kind.label()) }</td>
                <td>{ n.country.clone().unwrap_or_default() }</td>
                <td>{ n.groups.len() }</td>
                <td>{ partners.join(", ") }</td>
                <td><button type="button" class="small" aria-label={format!("{} — {}", t.show, n.name)}
                    onclick={cb.reform(|_: MouseEvent| ())}>{ t.show }</button></td>
            </tr>
        }
    });
    html! {
        <>
            <figure class="viz network">
                <svg viewBox={format!("0 0 {0} {0}", one_decimal(NETWORK_SIZE))} role="group" aria-labelledby="network-caption">
                    { for edges }
                    { for nodes }
                </svg>
                <figcaption id="network-caption">{ t.network_caption }
                    if net.hidden > 0 { { format!(" {}", t.hidden_parties(net.hidden)) } }
                </figcaption>
                <ul class="legend">{ for legend }</ul>
            </figure>
            { shown_panel(ctx, groups) }
            <details class="as-table">
                <summary>{ t.as_table }</summary>
                <table>
                    <caption>{ t.view_network }</caption>
                    <thead><tr><th scope="col">{ t.parties }</th><th scope="col">{ t.kind }</th><th scope="col">{ t.country }</th>
                        <th scope="col">{ t.agreements_col }</th><th scope="col">{ t.partners }</th><th scope="col">{ t.show }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </details>
        </>
    }
}
