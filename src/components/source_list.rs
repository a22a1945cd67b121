//! The dataset's date and its sources, under the table.

use std::rc::Rc;

use yew::prelude::*;

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
            <p>{ format!("{}: {}", t.stand, d.stand) }</p>
            <ol>
                for s in &d.sources {
                    <li key={s.id.clone()}>
                        if let Some(url) = &s.url {
                            <a href={url.clone()} rel="noopener noreferrer">{ &s.title }</a>
                        } else {
                            <cite>{ &s.title }</cite>
                            { format!(" ({})", t.no_address) }
                        }
                        { format!(". {}, {}.", s.publisher, s.date.as_deref().unwrap_or(t.no_date)) }
                    </li>
                }
            </ol>
        </section>
    }
}
