//! The live preview: the real widget, in a shadow root with the widget's own
//! stylesheet, showing the edited data, or the error box the widget would
//! show for it.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::App;
use crate::components::ErrorBox;
use crate::core::{Lang, Matrix, Problem};

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub lang: Lang,
    pub checked: Rc<Result<Rc<Matrix>, Rc<[Problem]>>>,
    pub on_cell: Callback<(usize, usize)>,
}

#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let host = use_node_ref();
    let root = use_state(|| None::<web_sys::Element>);
    {
        let (host, root) = (host.clone(), root.clone());
        use_effect_with((), move |_| {
            if let Some(el) = host.cast::<web_sys::Element>() {
                root.set(crate::browser::styled_shadow_root(&el));
            }
        });
    }
    let lang = props.lang;
    let content = match &*props.checked {
        Ok(matrix) => html! {
            <App matrix={matrix.clone()} {lang} id_prefix="nmv" on_cell={props.on_cell.clone()} />
        },
        Err(problems) => html! { <ErrorBox {lang} problems={problems.clone()} /> },
    };
    html! {
        <div class="ed-preview" ref={host}>
            if let Some(root) = &*root {
                { create_portal(html! { <div class="nm-root" lang={lang.tag()}>{ content }</div> }, root.clone()) }
            }
        </div>
    }
}
