//! The dataset's heading and "Stand": the form above the lists.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{Field, FieldErrors};
use super::state::Action;
use super::texts::texts;
use crate::core::edit::Edit;
use crate::core::model::Dataset;
use crate::core::Lang;

#[derive(Properties, PartialEq)]
pub struct MetaFormProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

/// Heading and "Stand" of the dataset: the date the facts were checked.
#[component]
pub fn MetaForm(props: &MetaFormProps) -> Html {
    let t = texts(props.lang);
    let title = use_state(|| props.dataset.title.clone());
    let stand = use_state(|| props.dataset.stand.clone());
    let onsubmit = {
        let (title, stand, on_action) = (title.clone(), stand.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(Action::Do {
                edit: Edit::Meta {
                    title: title.trim().to_string(),
                    stand: stand.trim().to_string(),
                },
                notice: None,
            });
        })
    };
    html! {
        <form class="ed-form ed-section" {onsubmit} novalidate=true aria-labelledby="ed-meta-heading">
            <h2 id="ed-meta-heading">{ t.meta_heading }</h2>
            <div class="ed-row">
                <Field id="ed-meta-title" label={t.dataset_title} value={(*title).clone()}
                    error={props.errors.get("ed-meta-title").cloned()}
                    on_input={{ let s = title.clone(); Callback::from(move |v| s.set(v)) }} />
                <Field id="ed-meta-stand" label={t.stand} value={(*stand).clone()} hint={AttrValue::from(t.date_hint)}
                    error={props.errors.get("ed-meta-stand").cloned()}
                    on_input={{ let s = stand.clone(); Callback::from(move |v| s.set(v)) }} />
            </div>
            <button type="submit" class="ed-button">{ t.submit_edit }</button>
        </form>
    }
}
