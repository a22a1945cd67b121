//! The sentence about the page's own member ("Ihre Stadt") above the
//! result, each network in it a button that opens its details, and the one
//! control that shows exactly that member's partners.

use std::rc::Rc;

use yew::prelude::*;

use super::Details;
use crate::core::summary::Part;
use crate::core::{Lang, Matrix};

#[derive(Properties, PartialEq)]
pub struct HomeSummaryProps {
    pub lang: Lang,
    pub matrix: Rc<Matrix>,
    pub member: usize,
    pub parts: Rc<Vec<Part>>,
    pub partners: bool,
    pub on_partners: Callback<bool>,
    pub on_details: Callback<Details>,
    #[prop_or_default]
    pub static_html: bool,
}

#[component]
pub fn HomeSummary(props: &HomeSummaryProps) -> Html {
    let lang = props.lang;
    let static_html = cfg!(feature = "ssr") && props.static_html;
    let member = &props.matrix.members()[props.member];
    let parts = props.parts.iter().enumerate().map(|(i, p)| match p {
        Part::Text(t) => html! { <span key={i}>{ t }</span> },
        Part::Network(n, label) if !static_html => {
            let n = *n;
            html! {
                <button key={i} type="button" class="nm-link nm-inline" aria-haspopup="dialog"
                    onclick={props.on_details.reform(move |_: MouseEvent| Details::Network(n))}>{ label }</button>
            }
        }
        Part::Network(_, label) => html! { <span key={i}>{ label }</span> },
    });
    let toggle = {
        let (on, on_partners) = (props.partners, props.on_partners.clone());
        Callback::from(move |_: MouseEvent| on_partners.emit(!on))
    };
    html! {
        <section class="nm-home-summary" aria-label={lang.yours(member.kind)}>
            <p><strong class="nm-home-tag">{ lang.yours(member.kind) }</strong>{ " " }{ for parts }</p>
            if !static_html {
                <button type="button" class="nm-button nm-partners" aria-pressed={props.partners.to_string()}
                    onclick={toggle}>
                    { format!("{} {}", lang.texts().partners_only, member.name) }
                </button>
            }
        </section>
    }
}
