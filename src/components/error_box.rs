//! The accessible message shown instead of the matrix when the data is broken.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::{Lang, Problem};

#[derive(Properties)]
pub struct ErrorBoxProps {
    pub lang: Lang,
    pub problems: Rc<[Problem]>,
}

/// The same list is the same `Rc`: no comparison of every problem (and no
/// code for one in the script).
impl PartialEq for ErrorBoxProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.problems, &other.problems)
    }
}

/// At most this many problems are listed; the rest are counted.
const SHOWN: usize = 20;

#[component]
pub fn ErrorBox(props: &ErrorBoxProps) -> Html {
    let t = props.lang.texts();
    let rest = props.problems.len().saturating_sub(SHOWN);
    html! {
        <div class="nm-error" role="alert">
            <h2>{ t.error_heading }</h2>
            <p>{ t.error_intro }</p>
            <ul>
                for p in props.problems.iter().take(SHOWN) {
                    <li><code>{ p.describe(props.lang) }</code></li>
                }
            </ul>
            if rest > 0 { <p>{ format!("… +{rest}") }</p> }
        </div>
    }
}
