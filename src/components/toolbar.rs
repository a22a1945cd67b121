//! The "hide empty" switch, reset and CSV download.

use yew::prelude::*;

use crate::core::Lang;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub id: AttrValue,
    pub lang: Lang,
    pub hide_empty: bool,
    /// The chosen year; `None` shows every fact.
    pub year: Option<i32>,
    pub years: std::rc::Rc<[i32]>,
    pub on_year: Callback<Option<i32>>,
    pub on_hide_empty: Callback<bool>,
    pub on_reset: Callback<()>,
    /// Produces the CSV text of the current view when the visitor asks for it.
    pub csv: Callback<(), String>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let t = props.lang.texts();
    let hide_empty = props.hide_empty;
    let onchange = props.on_hide_empty.reform(move |_: Event| !hide_empty);
    let on_reset = props.on_reset.reform(|_: MouseEvent| ());
    let csv = props.csv.clone();
    let on_csv = Callback::from(move |_: MouseEvent| {
        crate::browser::download(
            "netzwerk-matrix.csv",
            "text/csv;charset=utf-8",
            &csv.emit(()),
        );
    });
    let on_year = props.on_year.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
            .parse::<i32>()
            .ok()
    });
    let year_id = format!("{}-year", props.id);
    html! {
        <div class="nm-tools">
            <div class="nm-year-choice">
                <label for={year_id.clone()}>{ t.year_label }</label>
                <select id={year_id} onchange={on_year}>
                    <option value="" selected={props.year.is_none()}>{ t.year_all }</option>
                    for y in props.years.iter().copied() {
                        <option key={y} value={y.to_string()} selected={props.year == Some(y)}>{ y }</option>
                    }
                </select>
            </div>
            <label class="nm-check" for={props.id.clone()}>
                <input type="checkbox" id={props.id.clone()} checked={hide_empty} {onchange} />
                <span>{ t.hide_empty }</span>
            </label>
            <button type="button" class="nm-button" onclick={on_reset}>{ t.reset }</button>
            <button type="button" class="nm-button" onclick={on_csv}>{ t.export_csv }</button>
        </div>
    }
}
