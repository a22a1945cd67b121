//! Saving: the dataset as canonical JSON, the facts as CSV, and the embed
//! snippet, copied or downloaded. With problems in the data, saving asks
//! first, since the widget would then show an error box. Also the words
//! for a refused file and the reading of pasted rows.

use std::rc::Rc;

use yew::prelude::*;

use super::state::Action;
use super::texts::texts;
use crate::core::model::Dataset;
use crate::core::open::OpenError;
use crate::core::{csv, snippet, table, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Csv,
    SnippetFile,
    SnippetCopy,
}

#[derive(Properties, PartialEq)]
pub struct SaveSectionProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub problems: usize,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SaveSection(props: &SaveSectionProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let asking = use_state(|| None::<Format>);
    let shown_snippet = use_state(|| None::<String>);
    // "Ihre Stadt": the member whose page the snippet goes on, by id or name.
    let home_text = use_state(String::new);
    let home = home_member(&props.dataset, &home_text);
    let home_error = match (&home, home_text.trim().is_empty()) {
        (None, false) => Some(format!("{} „{}“", t.home_unknown, home_text.trim())),
        _ => None,
    };
    // Where the widget's files live: the snippet's script address is absolute.
    let base_text = use_state(String::new);
    let base = snippet::files_base(&base_text);
    let base_error = base.as_ref().err().map(|p| {
        match p {
            snippet::BaseProblem::Scheme => t.base_scheme,
            snippet::BaseProblem::Character => t.base_character,
        }
        .to_string()
    });
    let base_hint = match &base {
        Ok(b) => format!("{} {b}{}.", t.base_hint, snippet::SCRIPT),
        Err(_) => t.base_hint.trim_end_matches(|c: char| c != '.').to_string(),
    };
    let save = {
        let base = base.clone();
        let (d, on_action, shown_snippet) = (
            props.dataset.clone(),
            props.on_action.clone(),
            shown_snippet.clone(),
        );
        let home = home.clone();
        Callback::from(move |format: Format| {
            let base = match (&base, format) {
                (Err(_), Format::SnippetFile | Format::SnippetCopy) => {
                    // The field says what is wrong; the snippet waits for it.
                    on_action.emit(Action::Focus {
                        kind: None,
                        field: "ed-base".into(),
                    });
                    return;
                }
                (Ok(b), _) => b.clone(),
                (Err(_), _) => String::new(),
            };
            match format {
                Format::Json => {
                    crate::browser::download(
                        "netzwerke.json",
                        "application/json;charset=utf-8",
                        &d.to_canonical_json(),
                    );
                    on_action.emit(Action::Saved);
                }
                Format::Csv => crate::browser::download(
                    "netzwerke.csv",
                    "text/csv;charset=utf-8",
                    &csv::write(&table::to_rows(&d)),
                ),
                Format::SnippetFile => {
                    let (d, home) = (d.clone(), home.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let text = full_snippet(&d, home.as_deref(), &base).await;
                        crate::browser::download(
                            "netzwerk-matrix-snippet.html",
                            "text/html;charset=utf-8",
                            &text,
                        );
                    });
                }
                Format::SnippetCopy => {
                    let (d, home) = (d.clone(), home.clone());
                    let (on_action, shown_snippet) = (on_action.clone(), shown_snippet.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let text = full_snippet(&d, home.as_deref(), &base).await;
                        let copied = super::browser_io::copy(&text).await;
                        shown_snippet.set(Some(text));
                        on_action.emit(if copied {
                            Action::Notice(t.copied.into())
                        } else {
                            Action::Refuse(t.copy_failed.into())
                        });
                        if !copied {
                            // Once the box is rendered: it is not there yet.
                            on_action.emit(Action::Focus {
                                kind: None,
                                field: "ed-snippet".into(),
                            });
                        }
                    });
                }
            }
        })
    };
    let ask = |format: Format| {
        let (asking, save, problems) = (asking.clone(), save.clone(), props.problems);
        Callback::from(move |_: MouseEvent| {
            if problems > 0 {
                asking.set(Some(format));
                super::browser_io::focus("ed-save-warning");
            } else {
                save.emit(format);
            }
        })
    };
    let confirm = asking.map(|format| {
        let (asking_yes, save) = (asking.clone(), save.clone());
        let asking_no = asking.clone();
        html! {
            <div class="ed-warning" id="ed-save-warning" role="alert" tabindex="-1">
                <p>{ t.problems_warning }</p>
                <button type="button" class="ed-button ed-danger" onclick={Callback::from(move |_: MouseEvent| {
                    asking_yes.set(None);
                    save.emit(format);
                })}>{ t.save_anyway }</button>
                <button type="button" class="ed-button ed-secondary"
                    onclick={Callback::from(move |_: MouseEvent| asking_no.set(None))}>{ t.cancel }</button>
            </div>
        }
    });
    html! {
        <section class="ed-save" aria-labelledby="ed-save-heading">
            <h2 id="ed-save-heading">{ t.save_heading }</h2>
            <super::fields::Field id="ed-home" label={t.home_label} value={AttrValue::from((*home_text).clone())}
                hint={AttrValue::from(t.home_hint)} error={home_error}
                on_input={{ let home_text = home_text.clone(); Callback::from(move |v: String| home_text.set(v)) }} />
            <super::fields::Field id="ed-base" label={t.base_label} value={AttrValue::from((*base_text).clone())}
                hint={AttrValue::from(base_hint)} error={base_error}
                on_input={{ let base_text = base_text.clone(); Callback::from(move |v: String| base_text.set(v)) }} />
            <div class="ed-actions">
                <button type="button" class="ed-button" onclick={ask(Format::Json)}>{ t.save_json }</button>
                <button type="button" class="ed-button ed-secondary" onclick={ask(Format::Csv)}>{ t.save_csv }</button>
                <button type="button" class="ed-button ed-secondary" onclick={ask(Format::SnippetCopy)}>{ t.copy_snippet }</button>
                <button type="button" class="ed-button ed-secondary" onclick={ask(Format::SnippetFile)}>{ t.save_snippet }</button>
            </div>
            if let Some(confirm) = confirm { { confirm } }
            if let Some(text) = &*shown_snippet {
                <div class="ed-field">
                    <label for="ed-snippet">{ t.snippet_label }</label>
                    <textarea id="ed-snippet" readonly=true rows="4" value={text.clone()}
                        onfocus={Callback::from(|e: FocusEvent| {
                            if let Some(el) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                                el.select();
                            }
                        })} />
                </div>
            }
        </section>
    }
}

/// The snippet with the matrix prerendered for the edited data and the
/// page's own member, as `make dist` writes its own: the page shows the
/// table at static-HTML speed and without JavaScript.
async fn full_snippet(d: &Dataset, member: Option<&str>, base: &str) -> String {
    let html = prerender(d, member).await;
    snippet::snippet(d, member, base, html.as_deref())
}

/// The widget rendered to HTML, as the build's prerenderer does, here in
/// the browser (the editor is built with the `ssr` feature).
#[cfg(feature = "ssr")]
async fn prerender(d: &Dataset, member: Option<&str>) -> Option<String> {
    let json = serde_json::to_string(d).ok()?;
    let options = crate::core::options::Options::parse(member.map(|m| ("member", m)));
    Some(
        crate::app::static_html::render(crate::app::DataSource::Inline(json.into()), options).await,
    )
}

#[cfg(not(feature = "ssr"))]
async fn prerender(_: &Dataset, _: Option<&str>) -> Option<String> {
    None
}

/// "„x.json“ nicht geöffnet, die bisherigen Daten bleiben: …".
/// The member a Redaktion typed for "Ihre Stadt": its id, or its name
/// (ignoring case); `None` for an empty or unknown entry.
fn home_member(d: &Dataset, typed: &str) -> Option<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let folded = crate::core::text::fold_base(typed);
    d.members
        .iter()
        .find(|m| m.id == typed)
        .or_else(|| {
            d.members
                .iter()
                .find(|m| crate::core::text::fold_base(&m.name) == folded)
        })
        .map(|m| m.id.clone())
}

pub fn refused(lang: Lang, name: &str, e: &OpenError) -> String {
    let t = texts(lang);
    let why = match e {
        OpenError::TooLarge(_) => t.too_large.to_string(),
        OpenError::Empty => lang.problem(&crate::core::ProblemKind::EmptyFile),
        OpenError::NotADataset(m) => format!("{} ({m})", t.not_json),
        OpenError::Table(problems) => problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    };
    format!("„{name}“ {} {why}.", t.file_refused)
}

/// Pasted rows added to `d`: the new dataset and the number of rows, or
/// the reason they cannot be taken.
pub fn paste(lang: Lang, text: &str, d: &Dataset) -> Result<(Dataset, usize), String> {
    let t = texts(lang);
    let rows = csv::read(text, table::separator(text))
        .map_err(|e| format!("{} line {}: {}", t.paste_refused, e.line, e.message))?;
    let count = rows
        .iter()
        .skip(1)
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
        .count();
    let added = table::add_rows(&rows, d).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        format!("{} {}", t.paste_refused, list.join("; "))
    })?;
    Ok((added, count))
}
