//! Labelled form fields that show their problem: `aria-invalid` and the
//! message as the field's description. A problem never blocks typing.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::core::edit::Kind;

/// Problems by field id, for the entry a form shows.
pub type FieldErrors = BTreeMap<String, String>;

/// Where a dataset problem's path points: the entry, and the id of the
/// field that shows it. `memberships[3].evidence[1].quote` is the quote of
/// the second piece of evidence in the fact form for membership 3.
pub fn field_of(path: &str) -> (Option<(Kind, usize)>, String) {
    let mut parts = path.split('.');
    let head = parts.next().unwrap_or("");
    let (list, index) = match head.split_once('[') {
        Some((list, rest)) => (list, rest.trim_end_matches(']').parse::<usize>().ok()),
        None => (head, None),
    };
    let rest: Vec<&str> = parts.collect();
    let field = rest.first().copied().unwrap_or("");
    let (field, sub) = match field.split_once('[') {
        Some((f, i)) => (f, i.trim_end_matches(']').parse::<usize>().ok()),
        None => (field, None),
    };
    let (kind, prefix) = match list {
        "members" => (Kind::Member, "ed-member"),
        "networks" => (Kind::Network, "ed-network"),
        "sources" => (Kind::Source, "ed-source"),
        "memberships" => (Kind::Membership, "ed-fact"),
        "hosts" => (Kind::Hosting, "ed-fact"),
        "title" | "stand" => return (None, format!("ed-meta-{list}")),
        _ => return (None, "ed-problems".into()),
    };
    let Some(index) = index else {
        // A whole list, such as an empty one: its section.
        return (None, format!("{prefix}-section"));
    };
    let id = match (kind, field, sub, rest.get(1).copied()) {
        (_, "", _, _) => format!("{prefix}-form"),
        (Kind::Membership | Kind::Hosting, "evidence", Some(j), Some(what)) => {
            format!("ed-fact-{what}-{j}")
        }
        (Kind::Membership | Kind::Hosting, "evidence", _, _) => "ed-fact-quote-0".into(),
        (Kind::Hosting, "year", _, _) => "ed-fact-since".into(),
        (Kind::Network, "counts", Some(j), Some(what)) => super::count_fields::field_id(what, j),
        (_, "aliases", _, _) => format!("{prefix}-aliases"),
        (_, "sources", _, _) => format!("{prefix}-sources"),
        (_, f, _, _) => format!("{prefix}-{f}"),
    };
    (Some((kind, index)), id)
}

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub required: bool,
    /// `text`, `url`, `number`, or `textarea`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    pub on_input: Callback<String>,
}

/// A labelled text input or text area.
#[component]
pub fn Field(props: &FieldProps) -> Html {
    let id = props.id.clone();
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = props.error.as_ref().map(|_| "true");
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(el) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            on_input.emit(el.value());
        } else if let Some(el) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
            on_input.emit(el.value());
        }
    });
    html! {
        <div class="ed-field">
            <label for={id.clone()}>
                { &props.label }
                if props.required { <span aria-hidden="true">{ " *" }</span> }
            </label>
            if props.kind == "textarea" {
                <textarea id={id.clone()} value={props.value.clone()} {oninput} rows="3"
                    aria-invalid={invalid} aria-describedby={described.clone()}
                    required={props.required} />
            } else {
                <input id={id.clone()} type={props.kind.clone()} value={props.value.clone()} {oninput}
                    inputmode={(props.kind == "number").then_some("numeric")}
                    aria-invalid={invalid} aria-describedby={described}
                    required={props.required} />
            }
            if let Some(hint) = &props.hint { <p id={hint_id} class="ed-hint">{ hint }</p> }
            if let Some(error) = &props.error { <p id={error_id} class="ed-error">{ error }</p> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// (value, text) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub required: bool,
    pub on_change: Callback<String>,
}

/// A labelled select.
#[component]
pub fn Choice(props: &ChoiceProps) -> Html {
    let id = props.id.clone();
    let error_id = format!("{id}-error");
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(el) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            on_change.emit(el.value());
        }
    });
    html! {
        <div class="ed-field">
            <label for={id.clone()}>
                { &props.label }
                if props.required { <span aria-hidden="true">{ " *" }</span> }
            </label>
            <select id={id.clone()} {onchange} required={props.required}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                aria-describedby={props.error.as_ref().map(|_| error_id.clone())}>
                for (value, text) in &props.options {
                    <option key={value.to_string()} value={value.clone()} selected={*value == props.value}>{ text }</option>
                }
            </select>
            if let Some(error) = &props.error { <p id={error_id} class="ed-error">{ error }</p> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    #[prop_or_default]
    pub error: Option<String>,
    pub on_change: Callback<bool>,
}

/// A labelled checkbox.
#[component]
pub fn Check(props: &CheckProps) -> Html {
    let id = props.id.clone();
    let error_id = format!("{id}-error");
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(el) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            on_change.emit(el.checked());
        }
    });
    html! {
        <div class="ed-check">
            <input type="checkbox" id={id.clone()} checked={props.checked} {onchange}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                aria-describedby={props.error.as_ref().map(|_| error_id.clone())} />
            <label for={id.clone()}>{ &props.label }</label>
            if let Some(error) = &props.error { <p id={error_id} class="ed-error">{ error }</p> }
        </div>
    }
}

/// A field's text that is not a year.
#[derive(Debug, PartialEq, Eq)]
pub struct NotAYear;

/// An optional year from a field: empty is none, anything else must be a
/// whole number.
pub fn year(text: &str) -> Result<Option<i32>, NotAYear> {
    let t = text.trim();
    if t.is_empty() {
        Ok(None)
    } else {
        t.parse().map(Some).map_err(|_| NotAYear)
    }
}

/// Text that may be absent: empty is none.
pub fn optional(text: &str) -> Option<String> {
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_paths_point_at_fields() {
        type Case<'a> = (&'a str, Option<(Kind, usize)>, &'a str);
        let cases: &[Case] = &[
            ("members[2].name", Some((Kind::Member, 2)), "ed-member-name"),
            (
                "members[0].aliases[1]",
                Some((Kind::Member, 0)),
                "ed-member-aliases",
            ),
            (
                "networks[1].sources[0]",
                Some((Kind::Network, 1)),
                "ed-network-sources",
            ),
            ("sources[4].url", Some((Kind::Source, 4)), "ed-source-url"),
            (
                "memberships[3].network",
                Some((Kind::Membership, 3)),
                "ed-fact-network",
            ),
            (
                "memberships[3].evidence[1].quote",
                Some((Kind::Membership, 3)),
                "ed-fact-quote-1",
            ),
            (
                "memberships[0].evidence[0].source",
                Some((Kind::Membership, 0)),
                "ed-fact-source-0",
            ),
            (
                "memberships[5].evidence",
                Some((Kind::Membership, 5)),
                "ed-fact-quote-0",
            ),
            ("hosts[1].year", Some((Kind::Hosting, 1)), "ed-fact-since"),
            ("stand", None, "ed-meta-stand"),
            ("memberships", None, "ed-fact-section"),
            ("", None, "ed-problems"),
        ];
        for &(path, entry, id) in cases {
            assert_eq!(field_of(path), (entry, id.to_string()), "{path}");
        }
    }

    #[test]
    fn years() {
        assert_eq!(year(" 2026 "), Ok(Some(2026)));
        assert_eq!(year(""), Ok(None));
        assert_eq!(year("zwanzig"), Err(NotAYear));
    }
}
