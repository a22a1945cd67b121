//! The labelled search field for members.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::Lang;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub id: AttrValue,
    pub lang: Lang,
    pub value: AttrValue,
    pub on_query: Callback<String>,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let t = props.lang.texts();
    let hint_id = format!("{}-hint", props.id);
    let oninput = props
        .on_query
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="nm-search">
            <label for={props.id.clone()}>{ t.search_label }</label>
            // The hint is the field's description, and its placeholder
            // for sighted visitors: one line less above the data.
            <input type="search" id={props.id.clone()} value={props.value.clone()}
                placeholder={t.search_placeholder}
                autocomplete="off" spellcheck="false" aria-describedby={hint_id.clone()} {oninput} />
            <p id={hint_id} class="nm-sr">{ t.search_hint }</p>
        </div>
    }
}
