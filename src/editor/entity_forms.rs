//! Forms for a member, a network and a source, new or existing. Changing an
//! id renames it everywhere it is used, in the same step.

use std::rc::Rc;

use yew::prelude::*;

use super::count_fields::{counts_of, drafts_of, CountDraft, CountFields};
use super::fields::{optional, year, Check, Choice, Field, FieldErrors};
use super::state::{Action, Selection};
use super::texts::texts;
use crate::core::edit::{new_id, Edit, Item, Kind};
use crate::core::model::{Dataset, Degrees, Member, MemberKind, Network, NetworkKind, Source};
use crate::core::Lang;

#[derive(Properties, PartialEq)]
pub struct EntityFormProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub kind: Kind,
    pub selection: Selection,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

/// The fields of one entry as text, keyed by field name.
type Draft = std::collections::BTreeMap<&'static str, String>;

fn draft_of(d: &Dataset, kind: Kind, selection: Selection) -> Draft {
    let mut f = Draft::new();
    let mut put = |k: &'static str, v: String| {
        f.insert(k, v);
    };
    let at = match selection {
        Selection::At(i) => Some(i),
        Selection::New => None,
    };
    match kind {
        Kind::Member => {
            let m = at.and_then(|i| d.members.get(i));
            put("id", m.map(|m| m.id.clone()).unwrap_or_default());
            put("name", m.map(|m| m.name.clone()).unwrap_or_default());
            put("kind", m.map_or("city", |m| m.kind.key()).into());
            put(
                "aliases",
                m.map(|m| m.aliases.join(", ")).unwrap_or_default(),
            );
            put(
                "region",
                m.and_then(|m| m.region.clone()).unwrap_or_default(),
            );
        }
        Kind::Network => {
            let n = at.and_then(|i| d.networks.get(i));
            put("id", n.map(|n| n.id.clone()).unwrap_or_default());
            put("name", n.map(|n| n.name.clone()).unwrap_or_default());
            put("short", n.map(|n| n.short.clone()).unwrap_or_default());
            put("kind", n.map_or("network", |n| n.kind.key()).into());
            put(
                "founded",
                n.and_then(|n| n.founded)
                    .map(|y| y.to_string())
                    .unwrap_or_default(),
            );
            put(
                "description",
                n.map(|n| n.description.clone()).unwrap_or_default(),
            );
            put(
                "sources",
                n.map(|n| n.sources.join(", ")).unwrap_or_default(),
            );
            put("regional", n.is_some_and(|n| n.regional).to_string());
        }
        _ => {
            let s = at.and_then(|i| d.sources.get(i));
            put("id", s.map(|s| s.id.clone()).unwrap_or_default());
            put("title", s.map(|s| s.title.clone()).unwrap_or_default());
            put(
                "publisher",
                s.map(|s| s.publisher.clone()).unwrap_or_default(),
            );
            put("url", s.and_then(|s| s.url.clone()).unwrap_or_default());
            put("date", s.and_then(|s| s.date.clone()).unwrap_or_default());
            put("note", s.and_then(|s| s.note.clone()).unwrap_or_default());
        }
    }
    f
}

/// The count groups of the network form: those of the network shown, and
/// an empty one.
fn counts_draft_of(d: &Dataset, kind: Kind, selection: Selection) -> Vec<CountDraft> {
    match (kind, selection) {
        (Kind::Network, Selection::At(i)) => {
            drafts_of(d.networks.get(i).map_or(&[][..], |n| &n.counts))
        }
        _ => drafts_of(&[]),
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[component]
pub fn EntityForm(props: &EntityFormProps) -> Html {
    let (lang, kind, d) = (props.lang, props.kind, props.dataset.clone());
    let t = texts(lang);
    let draft = use_state(|| draft_of(&d, kind, props.selection));
    let counts = use_state(|| counts_draft_of(&d, kind, props.selection));
    let form_errors = use_state(FieldErrors::new);
    let prefix = match kind {
        Kind::Member => "ed-member",
        Kind::Network => "ed-network",
        _ => "ed-source",
    };
    let id = |field: &str| format!("{prefix}-{field}");
    let value = |field: &str| AttrValue::from(draft.get(field).cloned().unwrap_or_default());
    let error = |field: &str| {
        let key = id(field);
        form_errors
            .get(&key)
            .or_else(|| props.errors.get(&key))
            .cloned()
    };
    let set = |field: &'static str| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut next = (*draft).clone();
            next.insert(field, v);
            draft.set(next);
        })
    };
    let editing = matches!(props.selection, Selection::At(_));

    let onsubmit = {
        let counts = counts.clone();
        let (draft, form_errors, on_action, selection) = (
            draft.clone(),
            form_errors.clone(),
            props.on_action.clone(),
            props.selection,
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match build(lang, &d, kind, selection, &draft, &counts) {
                Ok(edit) => {
                    form_errors.set(FieldErrors::new());
                    on_action.emit(Action::Do { edit, notice: None });
                    if !editing {
                        draft.set(draft_of(&d, kind, Selection::New));
                        counts.set(counts_draft_of(&d, kind, Selection::New));
                    }
                }
                Err(errors) => {
                    if let Some(first) = errors.keys().next() {
                        super::browser_io::focus(first);
                    }
                    form_errors.set(errors);
                }
            }
        })
    };
    let on_new = props
        .on_action
        .reform(move |_: MouseEvent| Action::Select(kind, Selection::New));

    let heading = match (kind, editing) {
        (Kind::Member, _) => t.members_heading,
        (Kind::Network, _) => t.networks_heading,
        _ => t.sources_heading,
    };
    let fields = match kind {
        Kind::Member => html! {
            <>
                <Field id={id("name")} label={t.name} value={value("name")} required=true
                    error={error("name")} on_input={set("name")} />
                <Choice id={id("kind")} label={t.kind} value={value("kind")} on_change={set("kind")}
                    options={MemberKind::ALL
                        .map(|k| (AttrValue::from(k.key()), AttrValue::from(lang.member_kind(k)))).to_vec()} />
                <Field id={id("aliases")} label={t.aliases} value={value("aliases")}
                    hint={AttrValue::from(t.aliases_hint)} error={error("aliases")} on_input={set("aliases")} />
                <Field id={id("region")} label={t.region} value={value("region")}
                    error={error("region")} on_input={set("region")} />
                <div class="ed-row">
                    <Field id={id("lat")} label={t.lat} value={value("lat")} error={error("lat")} on_input={set("lat")} />
                    <Field id={id("lon")} label={t.lon} value={value("lon")} error={error("lon")} on_input={set("lon")} />
                </div>
                <Field id={id("place_note")} label={t.place_note} value={value("place_note")}
                    error={error("place_note")} on_input={set("place_note")} />
            </>
        },
        Kind::Network => html! {
            <>
                <Field id={id("name")} label={t.name} value={value("name")} required=true
                    error={error("name")} on_input={set("name")} />
                <Field id={id("short")} label={t.short} value={value("short")} required=true
                    error={error("short")} on_input={set("short")} />
                <Choice id={id("kind")} label={t.kind} value={value("kind")} on_change={set("kind")}
                    options={NetworkKind::ALL
                        .map(|k| (AttrValue::from(k.key()), AttrValue::from(lang.network_kind(k)))).to_vec()} />
                <Field id={id("founded")} label={t.founded} kind="number" value={value("founded")}
                    error={error("founded")} on_input={set("founded")} />
                <Field id={id("description")} label={t.description} kind="textarea" value={value("description")}
                    required=true error={error("description")} on_input={set("description")} />
                <Field id={id("sources")} label={t.network_sources} value={value("sources")}
                    error={error("sources")} on_input={set("sources")} />
                <Check id={id("regional")} label={t.regional} checked={value("regional") == "true"}
                    on_change={{ let set = set("regional"); Callback::from(move |b: bool| set.emit(b.to_string())) }} />
                <CountFields {lang} drafts={(*counts).clone()}
                    errors={(*form_errors).clone().into_iter().chain(props.errors.clone()).collect::<FieldErrors>()}
                    on_change={{ let counts = counts.clone(); Callback::from(move |c| counts.set(c)) }} />
            </>
        },
        _ => html! {
            <>
                <Field id={id("title")} label={t.source_title} value={value("title")} required=true
                    error={error("title")} on_input={set("title")} />
                <Field id={id("publisher")} label={t.publisher} value={value("publisher")} required=true
                    error={error("publisher")} on_input={set("publisher")} />
                <Field id={id("url")} label={t.url} kind="url" value={value("url")}
                    error={error("url")} on_input={set("url")} />
                <Field id={id("date")} label={t.date} value={value("date")} hint={AttrValue::from(t.date_hint)}
                    error={error("date")} on_input={set("date")} />
                <Field id={id("note")} label={t.note} value={value("note")}
                    error={error("note")} on_input={set("note")} />
            </>
        },
    };
    html! {
        <form class="ed-form" id={id("form")} {onsubmit} novalidate=true aria-label={heading}>
            if editing {
                <Field id={id("id")} label={t.id} value={value("id")} hint={AttrValue::from(t.id_hint)}
                    error={error("id")} on_input={set("id")} />
            }
            { fields }
            <div class="ed-actions">
                <button type="submit" class="ed-button">{ if editing { t.submit_edit } else { t.submit_fact } }</button>
                if editing {
                    <button type="button" class="ed-button ed-secondary" onclick={on_new}>{ t.new_entry }</button>
                }
            </div>
        </form>
    }
}

/// The edit a form makes: an insert for a new entry; for an existing one an
/// update, after a rename where the id changed.
fn build(
    lang: Lang,
    d: &Dataset,
    kind: Kind,
    selection: Selection,
    f: &Draft,
    count_drafts: &[CountDraft],
) -> Result<Edit, FieldErrors> {
    let t = texts(lang);
    let get = |k: &str| f.get(k).map(|s| s.trim().to_string()).unwrap_or_default();
    let prefix = match kind {
        Kind::Member => "ed-member",
        Kind::Network => "ed-network",
        _ => "ed-source",
    };
    let mut errors = FieldErrors::new();
    let required: &[&str] = match kind {
        Kind::Member => &["name"],
        Kind::Network => &["name", "short", "description"],
        _ => &["title", "publisher"],
    };
    for field in required {
        if get(field).is_empty() {
            errors.insert(format!("{prefix}-{field}"), t.required.into());
        }
    }
    let founded = year(&get("founded")).unwrap_or_else(|_| {
        errors.insert(
            format!("{prefix}-founded"),
            match lang {
                Lang::De => "Bitte ein Jahr wie 2001 eingeben.".into(),
                Lang::En => "Please enter a year such as 2001.".into(),
            },
        );
        None
    });
    let mut degrees = |field: &str| -> Option<Degrees> {
        let text = get(field);
        if text.is_empty() {
            return None;
        }
        match text.replace(',', ".").parse::<f64>() {
            Ok(v) if v.is_finite() => Some(Degrees(v)),
            _ => {
                errors.insert(format!("{prefix}-{field}"), t.not_a_number.into());
                None
            }
        }
    };
    let (lat, lon) = (degrees("lat"), degrees("lon"));
    let counts = match kind {
        Kind::Network => counts_of(lang, count_drafts).unwrap_or_else(|e| {
            errors.extend(e);
            Vec::new()
        }),
        _ => Vec::new(),
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let (old_id, index) = match selection {
        Selection::At(i) => (
            match kind {
                Kind::Member => d.members.get(i).map(|m| m.id.clone()),
                Kind::Network => d.networks.get(i).map(|n| n.id.clone()),
                _ => d.sources.get(i).map(|s| s.id.clone()),
            },
            i,
        ),
        Selection::New => (None, usize::MAX),
    };
    let ids: Vec<&str> = match kind {
        Kind::Member => d.members.iter().map(|m| m.id.as_str()).collect(),
        Kind::Network => d.networks.iter().map(|n| n.id.as_str()).collect(),
        _ => d.sources.iter().map(|s| s.id.as_str()).collect(),
    };
    let name_for_id = match kind {
        Kind::Member => get("name"),
        Kind::Network => get("short"),
        _ => get("title"),
    };
    let id = match (&old_id, get("id")) {
        (Some(old), new) if new.is_empty() => old.clone(),
        (Some(_), new) => new,
        (None, _) => new_id(&name_for_id, ids.iter().copied()),
    };
    let item = match kind {
        Kind::Member => Item::Member(Member {
            id: id.clone(),
            name: get("name"),
            kind: MemberKind::from_key(&get("kind")).unwrap_or(MemberKind::City),
            aliases: list(&get("aliases")),
            region: optional(&get("region")),
            lat,
            lon,
            place_note: optional(&get("place_note")),
        }),
        Kind::Network => Item::Network(Network {
            id: id.clone(),
            name: get("name"),
            short: get("short"),
            kind: NetworkKind::from_key(&get("kind")).unwrap_or(NetworkKind::Network),
            founded,
            description: get("description"),
            sources: list(&get("sources")),
            regional: get("regional") == "true",
            counts,
        }),
        _ => Item::Source(Source {
            id: id.clone(),
            title: get("title"),
            publisher: get("publisher"),
            url: optional(&get("url")),
            date: optional(&get("date")),
            note: optional(&get("note")),
        }),
    };
    Ok(match old_id {
        None => Edit::Insert { index, item },
        Some(old) if old != id => Edit::Batch(vec![
            Edit::Rename {
                kind,
                from: old,
                to: id,
            },
            Edit::Update { index, item },
        ]),
        Some(_) => Edit::Update { index, item },
    })
}
