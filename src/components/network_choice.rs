//! One checkbox per network and the any/all/none choice with its counts.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::filter::ModeCounts;
use crate::core::Indexes;
use crate::core::{Lang, Matrix, Mode};

#[derive(Properties, PartialEq)]
pub struct NetworkChoiceProps {
    pub id: AttrValue,
    pub lang: Lang,
    pub matrix: Rc<Matrix>,
    pub chosen: Indexes,
    pub hidden: Indexes,
    pub mode: Mode,
    pub counts: ModeCounts,
    pub on_toggle: Callback<usize>,
    pub on_mode: Callback<Mode>,
}

#[component]
pub fn NetworkChoice(props: &NetworkChoiceProps) -> Html {
    let t = props.lang.texts();
    html! {
        <fieldset class="nm-networks">
            <legend>{ t.networks_legend }</legend>
            { checkboxes(props, false) }
        </fieldset>
    }
}

/// The less-used choices: the regional networks and how chosen networks
/// combine.
#[component]
pub fn ExtraChoice(props: &NetworkChoiceProps) -> Html {
    let t = props.lang.texts();
    let mode_label = |m: Mode| match m {
        Mode::Any => t.mode_any,
        Mode::All => t.mode_all,
        Mode::None => t.mode_none,
        Mode::Exact => t.mode_exact,
    };
    let regional = checkboxes(props, true);
    html! {
        <>
            if !regional.is_empty() {
                <fieldset class="nm-networks nm-networks-regional">
                    <legend>{ t.regional_group }</legend>
                    { regional }
                </fieldset>
            }
            <fieldset class="nm-mode" disabled={props.chosen.is_empty()}>
                <legend>{ t.mode_legend }</legend>
                for m in Mode::ALL {
                    <label class="nm-radio" key={m.key()}>
                        <input type="radio" name={format!("{}-mode", props.id)} value={m.key()}
                            checked={props.mode == m}
                            onchange={props.on_mode.reform(move |_: Event| m)} />
                        <span>{ mode_label(m) }</span>
                        <span class="nm-count">{ format!(" ({})", props.counts.get(m)) }</span>
                    </label>
                }
            </fieldset>
        </>
    }
}

/// A checkbox per national (or regional) network the widget shows.
fn checkboxes(props: &NetworkChoiceProps, regional: bool) -> Vec<Html> {
    props
        .matrix
        .networks()
        .iter()
        .enumerate()
        .filter(|(i, n)| !props.hidden.contains(i) && n.regional == regional)
        .map(|(i, n)| {
            html! {
                <label class="nm-check" key={n.id.clone()}>
                    <input type="checkbox" name={format!("{}-n", props.id)} value={n.id.clone()}
                        checked={props.chosen.contains(&i)}
                        onchange={props.on_toggle.reform(move |_: Event| i)} />
                    <span>{ &n.short }</span>
                    if n.short != n.name { <span class="nm-sr">{ format!(" ({})", n.name) }</span> }
                </label>
            }
        })
        .collect()
}
