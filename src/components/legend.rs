//! The legend of role symbols and marks.

use yew::prelude::*;

use crate::core::model::Hosting;
use crate::core::{Lang, Role};

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
    /// Whether the dataset has regional networks, folded away by default.
    #[prop_or_default]
    pub regional: bool,
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let t = lang.texts();
    html! {
        <section class="nm-legend">
            <h2>{ t.legend_heading }</h2>
            <ul>
                for role in Role::ALL {
                    <li key={role.key()}>
                        <span class={classes!("nm-sym", role.key())} aria-hidden="true">{ role.symbol() }</span>
                        { " " }{ lang.role(role) }
                    </li>
                }
                <li class="nm-host-legend"><span class="nm-sym" aria-hidden="true">{ Hosting::SYMBOL }</span>{ " " }{ t.host_legend }</li>
                <li><span class="nm-sym" aria-hidden="true">{ "–" }</span>{ " " }{ t.no_information }</li>
                <li><span class="nm-mark">{ "*" }</span>{ " " }{ t.inferred }</li>
                <li><span class="nm-mark">{ "!" }</span>{ " " }{ t.conflicting }</li>
                <li><span class="nm-mark">{ "?" }</span>{ " " }{ t.year_unknown }</li>
                <li><span class="nm-mark">{ "+" }</span>{ " " }{ t.incomplete_list }</li>
            </ul>
            <p class="nm-hint">{ t.details_hint }</p>
            if props.regional { <p class="nm-hint">{ t.regional_hint }</p> }
        </section>
    }
}
