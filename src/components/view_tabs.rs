//! The tabs above the result, after the WAI-ARIA APG tabs pattern: one Tab
//! stop; Left and Right, Home and End move between the tabs and show the
//! tab that gets focus.

use yew::prelude::*;

use crate::core::{Lang, Pane};

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub id: AttrValue,
    pub lang: Lang,
    pub pane: Pane,
    pub on_pane: Callback<Pane>,
}

/// The ids of a pane's tab and panel.
pub fn tab_id(prefix: &str, pane: Pane) -> String {
    format!("{prefix}-tab-{}", pane.key())
}

pub fn panel_id(prefix: &str, pane: Pane) -> String {
    format!("{prefix}-panel-{}", pane.key())
}

#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let t = props.lang.texts();
    let label = |p: Pane| match p {
        Pane::Matrix => t.view_matrix,
        Pane::Map => t.view_map,
        Pane::Combinations => t.view_combinations,
    };
    let prefix = props.id.to_string();
    let onkeydown = {
        let (on_pane, current, prefix) = (props.on_pane.clone(), props.pane, prefix.clone());
        Callback::from(move |e: KeyboardEvent| {
            let i = Pane::ALL.iter().position(|&p| p == current).unwrap_or(0);
            let last = Pane::ALL.len() - 1;
            let next = match e.key().as_str() {
                "ArrowRight" => (i + 1) % Pane::ALL.len(),
                "ArrowLeft" => (i + last) % Pane::ALL.len(),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            let pane = Pane::ALL[next];
            on_pane.emit(pane);
            crate::browser::focus_in(e.target(), &tab_id(&prefix, pane));
        })
    };
    html! {
        <div class="nm-tabs" role="tablist" aria-label={t.views_label} {onkeydown}>
            for p in Pane::ALL {
                <button type="button" role="tab" key={p.key()} id={tab_id(&prefix, p)} class="nm-tab"
                    aria-selected={(p == props.pane).to_string()}
                    aria-controls={panel_id(&prefix, p)}
                    tabindex={if p == props.pane { "0" } else { "-1" }}
                    onclick={props.on_pane.reform(move |_: MouseEvent| p)}>
                    { label(p) }
                </button>
            }
        </div>
    }
}
