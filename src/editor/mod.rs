//! The Redaktion's editor: a second Yew shell over the same core. It opens
//! the built-in dataset, a JSON or CSV file, or pasted spreadsheet rows;
//! edits them through forms; checks them live with the widget's own
//! validation; shows the real widget as preview and the changes against the
//! opened file; and saves JSON, CSV and the embed snippet. Nothing leaves
//! the browser.

pub mod browser_io;
pub mod count_fields;
pub mod entity_forms;
mod fact_draft;
pub mod fact_form;
pub mod fields;
pub mod lists;
pub mod meta_form;
pub mod preview;
pub mod review;
pub mod save;
pub mod state;
pub mod texts;

use std::rc::Rc;

use yew::prelude::*;

use crate::core::edit::{Edit, Kind};
use crate::core::model::Dataset;
use crate::core::{self, Lang, Matrix, Problem};
use entity_forms::EntityForm;
use fact_form::FactForm;
use fields::{field_of, Field, FieldErrors};
use lists::EntryList;
use meta_form::MetaForm;
use preview::Preview;
use review::{ChangeList, ProblemList};
use save::SaveSection;
use state::{Action, EditorState, FactSelection, Selection};
use texts::texts;

/// Mounts the editor into the page's `#redaktion` element.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("redaktion"))
    else {
        return;
    };
    let lang = browser_io::query_lang()
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    yew::Renderer::<Editor>::with_root_and_props(root, EditorProps { lang }).render();
}

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub lang: Lang,
}

/// How long the draft waits for the next change before it is written.
const DRAFT_DELAY_MS: u32 = 500;

/// An `Rc` compared by identity: a memo keyed on it recomputes for another
/// dataset without first comparing an equal one field by field.
pub struct Same<T>(pub Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The dataset's check: the matrix the widget would show, or its problems.
type Checked = Result<Rc<Matrix>, Rc<[Problem]>>;

#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let state = use_reducer(|| {
        let built_in = core::read::dataset(core::BUILT_IN_DATASET)
            .unwrap_or_else(|_| unreachable!("the built-in dataset is checked by cargo test"));
        let mut s = EditorState::new(lang, built_in);
        // A draft from an earlier visit comes back, said so.
        if let Some((original, dataset)) = browser_io::load_draft() {
            s.original = Rc::new(original);
            s.saved = s.original.clone();
            s.dataset = Rc::new(dataset);
            s.notice = Some(t.draft_restored.into());
        }
        s
    });
    let on_action = {
        let dispatch = state.dispatcher();
        Callback::from(move |a: Action| dispatch.dispatch(a))
    };
    let checked: Rc<Checked> = use_memo(state.dataset.clone(), |d| {
        core::validate::check((**d).clone())
            .map(Rc::new)
            .map_err(Rc::from)
    });
    let problems: Rc<[Problem]> = match &*checked {
        Ok(_) => Rc::from(Vec::new()),
        Err(p) => p.clone(),
    };
    let errors_of = |kind: Kind, index: Option<usize>| -> FieldErrors {
        problems
            .iter()
            .filter_map(|p| {
                let (entry, field) = field_of(&p.path);
                (entry.is_some() && entry == index.map(|i| (kind, i)))
                    .then(|| (field, p.describe(lang)))
            })
            .collect()
    };

    // The draft follows every change, written once the Redaktion pauses
    // and off the frame that shows the change (at 11 000 members it is
    // megabytes of JSON); leaving with unsaved work asks first.
    // A draft not yet written is written when the page is left.
    let draft_fits = use_state_eq(|| true);
    let pending_draft = use_mut_ref(|| None::<(Rc<Dataset>, Rc<Dataset>)>);
    {
        let (draft_fits, pending) = (draft_fits.clone(), pending_draft.clone());
        let data = (Same(state.original.clone()), Same(state.dataset.clone()));
        use_effect_with(data, move |(original, dataset)| {
            *pending.borrow_mut() = Some((original.0.clone(), dataset.0.clone()));
            let timer = gloo_timers::callback::Timeout::new(DRAFT_DELAY_MS, move || {
                if let Some((original, dataset)) = pending.borrow_mut().take() {
                    draft_fits.set(browser_io::store_draft(&original, &dataset));
                }
            });
            move || drop(timer)
        });
    }
    {
        let pending = pending_draft.clone();
        use_effect_with((), move |_| {
            let leaving = browser_io::on_window("pagehide", move |_| {
                if let Some((original, dataset)) = pending.borrow_mut().take() {
                    browser_io::store_draft(&original, &dataset);
                }
            });
            move || drop(leaving)
        });
    }
    let unsaved = use_mut_ref(|| false);
    *unsaved.borrow_mut() = state.unsaved();
    {
        let (unsaved, dispatch) = (unsaved.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let leaving = browser_io::ask_before_leaving(move || *unsaved.borrow());
            let keys = browser_io::on_window("keydown", move |e| {
                use wasm_bindgen::JsCast;
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if !(e.ctrl_key() || e.meta_key()) || browser_io::in_text_field(e) {
                    return;
                }
                let action = match (e.key().to_lowercase().as_str(), e.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", _) => Action::Redo,
                    _ => return,
                };
                e.prevent_default();
                dispatch.dispatch(action);
            });
            move || drop((leaving, keys))
        });
    }
    // A problem link asked for a field: focus it once it is rendered.
    {
        let dispatch = state.dispatcher();
        use_effect_with(state.focus.clone(), move |focus| {
            if let Some(id) = focus {
                browser_io::focus(id);
                dispatch.dispatch(Action::FocusDone);
            }
        });
    }

    // Opening a large file takes a moment: the page says so, with the
    // file's size, before the work starts, and marks the work area busy.
    let busy = use_state(|| None::<String>);
    let open_file = {
        let (dispatch, state, busy) = (state.dispatcher(), state.clone(), busy.clone());
        Callback::from(move |file: web_sys::File| {
            let (dispatch, current, busy) = (dispatch.clone(), state.dataset.clone(), busy.clone());
            busy.set(Some(format!(
                "„{}“ ({}) {}",
                file.name(),
                browser_io::size_text(file.size(), lang),
                t.opening
            )));
            wasm_bindgen_futures::spawn_local(async move {
                browser_io::painted().await;
                let read = browser_io::read_file(file.clone()).await;
                busy.set(None);
                dispatch.dispatch(match read {
                    Ok((name, text)) => match core::open::open(&name, &text, &current) {
                        Ok(dataset) => Action::Open { dataset, name },
                        Err(e) => Action::Refuse(save::refused(lang, &name, &e)),
                    },
                    Err(browser_io::ReadError::TooLarge) => Action::Refuse(format!(
                        "„{}“ {} {}.",
                        file.name(),
                        t.file_refused,
                        t.too_large
                    )),
                    Err(browser_io::ReadError::Unreadable) => Action::Refuse(format!(
                        "„{}“ {} {}.",
                        file.name(),
                        t.file_refused,
                        t.unreadable
                    )),
                });
            });
        })
    };
    let on_file_input = {
        let open_file = open_file.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                if let Some(file) = input.files().and_then(|f| f.get(0)) {
                    open_file.emit(file);
                }
                // The same file may be chosen again after an undo.
                input.set_value("");
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let open_file = open_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                open_file.emit(file);
            }
        })
    };
    let paste_text = use_state(String::new);
    let on_paste = {
        let (dispatch, state, paste_text) = (state.dispatcher(), state.clone(), paste_text.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(match save::paste(lang, &paste_text, &state.dataset) {
                Ok((dataset, rows)) => {
                    paste_text.set(String::new());
                    Action::Do {
                        edit: Edit::Replace(Box::new(dataset)),
                        notice: Some(format!("{} {rows}", t.pasted)),
                    }
                }
                Err(message) => Action::Refuse(message),
            });
        })
    };
    let on_cell = {
        let (dispatch, state) = (state.dispatcher(), state.clone());
        Callback::from(move |(m, n): (usize, usize)| {
            let d = &state.dataset;
            let (Some(member), Some(network)) = (d.members.get(m), d.networks.get(n)) else {
                return;
            };
            let existing = d
                .memberships
                .iter()
                .position(|f| f.member == member.id && f.network == network.id);
            dispatch.dispatch(Action::SelectFact(match existing {
                Some(i) => FactSelection::Membership(i),
                None => FactSelection::Prefilled {
                    member: member.id.clone(),
                    network: network.id.clone(),
                },
            }));
            dispatch.dispatch(Action::Focus {
                kind: None,
                field: "ed-fact-role".into(),
            });
        })
    };

    let fact_errors = match state.fact {
        FactSelection::Membership(i) => errors_of(Kind::Membership, Some(i)),
        FactSelection::Hosting(i) => errors_of(Kind::Hosting, Some(i)),
        _ => FieldErrors::new(),
    };
    let selection = |s: Selection| match s {
        Selection::At(i) => Some(i),
        Selection::New => None,
    };
    let entity = |kind: Kind, sel: Selection, heading: &'static str, count: usize| {
        html! {
            <section class="ed-section" id={format!("{}-section", prefix(kind))} aria-labelledby={format!("{}-heading", prefix(kind))}>
                <h2 id={format!("{}-heading", prefix(kind))}>{ format!("{heading} ({count})") }</h2>
                <EntityForm key={format!("{sel:?}-{}", state.generation)} {lang} dataset={state.dataset.clone()}
                    {kind} selection={sel} errors={errors_of(kind, selection(sel))} on_action={on_action.clone()} />
                <EntryList {lang} dataset={state.dataset.clone()} {kind} on_action={on_action.clone()} />
            </section>
        }
    };

    html! {
        <div class="ed-root" lang={lang.tag()} {ondragover} {ondrop}>
            <header class="ed-header">
                <h1>{ t.title }</h1>
                <a class="ed-lang" href={t.other_language_href}
                    lang={if lang == Lang::De { "en" } else { "de" }}>{ t.other_language }</a>
                <p>{ t.intro }</p>
                <p class="ed-version">{ format!("{} {}", t.version, crate::core::snippet::VERSION) }</p>
            </header>
            <div class="ed-alert" role="alert">
                if let Some(alert) = &state.alert { <p>{ alert }</p> }
            </div>
            <p class="ed-notice" role="status" aria-busy={busy.is_some().to_string()}>
                { busy.as_ref().or(state.notice.as_ref()).cloned().unwrap_or_default() }
            </p>
            <p class="ed-warning-text" role="status">{ if *draft_fits { "" } else { t.draft_too_large } }</p>
            <section class="ed-file" aria-label={t.open}>
                <div class="ed-open">
                    <label for="ed-open" class="ed-button">{ t.open }</label>
                    <input id="ed-open" class="ed-file-input" type="file" accept=".json,.csv,.tsv,application/json,text/csv"
                        aria-describedby="ed-open-hint" onchange={on_file_input} />
                    <span id="ed-open-hint" class="ed-hint">{ t.drop_hint }</span>
                </div>
                <div class="ed-history">
                    <button type="button" class="ed-button ed-secondary" disabled={state.undo.is_empty()}
                        aria-keyshortcuts="Control+Z" onclick={on_action.reform(|_: MouseEvent| Action::Undo)}>{ t.undo }</button>
                    <button type="button" class="ed-button ed-secondary" disabled={state.redo.is_empty()}
                        aria-keyshortcuts="Control+Shift+Z Control+Y" onclick={on_action.reform(|_: MouseEvent| Action::Redo)}>{ t.redo }</button>
                    <span class="ed-hint">{ t.shortcuts }</span>
                    if state.dataset != state.original {
                        <button type="button" class="ed-button ed-danger"
                            onclick={on_action.reform(move |_: MouseEvent| Action::Discard(t.draft_discarded.into()))}>
                            { t.discard_draft }
                        </button>
                    }
                </div>
                <details class="ed-paste">
                    <summary>{ t.paste_summary }</summary>
                    <Field id="ed-paste" label={t.paste_label} kind="textarea" value={(*paste_text).clone()}
                        hint={AttrValue::from(t.paste_hint)} on_input={{ let p = paste_text.clone(); Callback::from(move |v| p.set(v)) }} />
                    <button type="button" class="ed-button" onclick={on_paste}>{ t.paste_button }</button>
                </details>
            </section>
            <div class="ed-work" aria-busy={busy.is_some().to_string()}>
                <div class="ed-main">
                    <section class="ed-section" id="ed-fact-section" aria-label={t.fact_heading}>
                        <FactForm key={fact_key(&state.fact, state.generation)} {lang}
                            dataset={state.dataset.clone()} selection={state.fact.clone()}
                            errors={fact_errors} on_action={on_action.clone()} />
                    </section>
                    <ProblemList {lang} problems={problems.clone()} on_action={on_action.clone()} />
                    <SaveSection {lang} dataset={state.dataset.clone()} problems={problems.len()}
                        on_action={on_action.clone()} />
                    <ChangeList {lang} original={state.original.clone()} dataset={state.dataset.clone()} />
                </div>
                <section class="ed-side" aria-labelledby="ed-preview-heading">
                    <h2 id="ed-preview-heading">{ t.preview_heading }</h2>
                    <p class="ed-hint">{ t.preview_hint }</p>
                    <Preview {lang} {checked} {on_cell} />
                </section>
            </div>
            <MetaForm key={state.generation} {lang} dataset={state.dataset.clone()}
                errors={problems.iter().filter(|p| p.path == "title" || p.path == "stand")
                    .map(|p| (field_of(&p.path).1, p.describe(lang))).collect::<FieldErrors>()}
                on_action={on_action.clone()} />
            { entity(Kind::Member, state.member, t.members_heading, state.dataset.members.len()) }
            { entity(Kind::Network, state.network, t.networks_heading, state.dataset.networks.len()) }
            { entity(Kind::Source, state.source, t.sources_heading, state.dataset.sources.len()) }
            <section class="ed-section" aria-labelledby="ed-facts-heading">
                <h2 id="ed-facts-heading">{ format!("{} ({})", t.facts_heading,
                    state.dataset.memberships.len() + state.dataset.hosts.len()) }</h2>
                <EntryList {lang} dataset={state.dataset.clone()} kind={Kind::Membership} on_action={on_action.clone()} />
                <EntryList {lang} dataset={state.dataset.clone()} kind={Kind::Hosting} on_action={on_action.clone()} />
            </section>
        </div>
    }
}

/// The fact form reloads with the data (undo, redo, opening) when it shows
/// an existing fact. A new fact's form keeps what the Redaktion has typed,
/// and at 11 000 members is not rebuilt for every undo.
fn fact_key(fact: &FactSelection, generation: u32) -> String {
    match fact {
        FactSelection::New => "new".into(),
        other => format!("{other:?}-{generation}"),
    }
}

fn prefix(kind: Kind) -> &'static str {
    match kind {
        Kind::Member => "ed-member",
        Kind::Network => "ed-network",
        Kind::Source => "ed-source",
        _ => "ed-fact",
    }
}
