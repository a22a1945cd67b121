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
                    <li key={s.id.clone()}>{ super::source_line(props.lang, s) }</li>
                }
            </ol>
        </section>
    }
}
