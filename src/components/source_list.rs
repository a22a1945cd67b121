//! The dataset's date and its sources, under the table.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::snippet::VERSION;
use crate::core::{Lang, Matrix};

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub lang: Lang,
    pub matrix: Rc<Matrix>,
}

#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let t = props.lang.texts();
    let d = props.matrix.dataset();
    html! {
        <section class="nm-sources">
            <h2>{ t.sources_heading }</h2>
            <p class="nm-stand">
                { format!("{}: {} · Netzwerk-Matrix {}", t.stand, d.stand, VERSION) }
                if let Some(license) = &d.license {
                    { format!(" · {}: ", t.data_license) }
                    if let Some(url) = &license.url {
                        <a href={url.clone()} rel="noopener noreferrer license">{ &license.name }</a>
                    } else {
                        { &license.name }
                    }
                    { format!(". {}", t.quotes_stay) }
                }
            </p>
            // Folded: otherwise each address is one more Tab stop on the
            // way across the page. A cell's details list its own sources;
            // print shows them all.
            <details class="nm-sources-list">
                <summary>{ format!("{} ({})", t.all_sources, d.sources.len()) }</summary>
                <ol>
                    for s in &d.sources {
                        <li key={s.id.clone()}>{ super::source_line(props.lang, s) }</li>
                    }
                </ol>
            </details>
        </section>
    }
}
