//! The modal dialog with everything known about a cell, a network or a
//! member: role, years, marks, note, and each source with its quote.

use std::rc::Rc;

use web_sys::HtmlDialogElement;
use yew::prelude::*;

use crate::core::model::{Evidence, Hosting};
use crate::core::{Filter, Lang, Matrix, Membership, View};

/// What the visitor asked to see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Details {
    Cell { member: usize, network: usize },
    Network(usize),
    Member(usize),
}

#[derive(Properties, PartialEq)]
pub struct DetailsDialogProps {
    pub id: AttrValue,
    pub lang: Lang,
    pub matrix: Rc<Matrix>,
    pub filter: Filter,
    /// The App's view of the filter, so the dialog counts without
    /// computing it again.
    pub view: Rc<View>,
    pub details: Option<Details>,
    pub on_close: Callback<()>,
}

#[component]
pub fn DetailsDialog(props: &DetailsDialogProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.details, move |details| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                if details.is_some() && !d.open() {
                    let _ = d.show_modal();
                } else if details.is_none() && d.open() {
                    d.close();
                }
            }
        });
    }
    let t = props.lang.texts();
    let onclose = props.on_close.reform(|_: Event| ());
    let on_button = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                // Closing fires the dialog's close event, which reports it.
                d.close();
            }
        })
    };
    let heading_id = format!("{}-title", props.id);
    let body = match props.details {
        None => html! {},
        Some(d) => content(props, d, &heading_id),
    };
    html! {
        <dialog class="nm-dialog" ref={dialog} aria-labelledby={heading_id} {onclose}>
            { body }
            <button type="button" class="nm-button nm-close" onclick={on_button}>{ t.close }</button>
        </dialog>
    }
}

fn content(props: &DetailsDialogProps, details: Details, heading_id: &str) -> Html {
    let (lang, matrix) = (props.lang, &props.matrix);
    let t = lang.texts();
    match details {
        Details::Cell { member, network } => {
            let m = &matrix.members()[member];
            let n = &matrix.networks()[network];
            let heading = format!("{} – {}", m.name, n.short);
            let fact = matrix.cell(member, network);
            let hostings: Vec<&Hosting> = matrix.hostings_in_year(member, network, None).collect();
            html! {
                <>
                    <h2 id={heading_id.to_string()}>{ heading }</h2>
                    if fact.is_none() && hostings.is_empty() { <p>{ t.no_information }</p> }
                    if let Some(f) = fact {
                        { fact_summary(lang, f) }
                        { evidence(lang, matrix, &f.evidence) }
                    }
                    for h in hostings {
                        <section key={h.year} class="nm-hosting">
                            <h3>
                                <span class="nm-sym" aria-hidden="true">{ Hosting::SYMBOL }</span>{ " " }
                                { lang.hosted(&[h.year]) }
                            </h3>
                            <p>{ t.host_legend }</p>
                            if let Some(note) = &h.note { <p><strong>{ format!("{}: ", t.note) }</strong>{ note }</p> }
                            { evidence(lang, matrix, &h.evidence) }
                        </section>
                    }
                </>
            }
        }
        Details::Network(network) => {
            let n = &matrix.networks()[network];
            let shown = props
                .view
                .rows
                .iter()
                .filter(|&&m| View::belongs(matrix, &props.filter, m, network))
                .count();
            let coverage = crate::core::coverage::of(matrix.dataset(), n);
            let stated = coverage.stated.map(|c| {
                let date = matrix.source(&c.source).and_then(|s| s.date.as_deref());
                let words = Evidence {
                    source: c.source.clone(),
                    quote: c.quote.clone(),
                    kind: crate::core::model::QuoteKind::Quote,
                    conflicting: false,
                };
                (lang.stated_by(&n.short, c, date), words)
            });
            html! {
                <>
                    <h2 id={heading_id.to_string()}>{ &n.name }{ format!(" ({})", n.short) }</h2>
                    <dl class="nm-facts">
                        <dt>{ t.kind }</dt><dd>{ lang.network_kind(n.kind) }</dd>
                        if let Some(y) = n.founded { <dt>{ t.founded }</dt><dd>{ y }</dd> }
                        <dt>{ t.shown_members }</dt><dd>{ shown }</dd>
                    </dl>
                    <p>{ &n.description }</p>
                    <p class="nm-coverage">
                        { lang.listed_here(&coverage) }
                        if let Some((sentence, _)) = &stated { { " " }{ sentence } }
                    </p>
                    if let Some((_, words)) = &stated { { evidence(lang, matrix, std::slice::from_ref(words)) } }
                    <ul class="nm-evidence">
                        for s in n.sources.iter().filter_map(|s| matrix.source(s)) {
                            <li key={s.id.clone()}>{ source_line(lang, s) }</li>
                        }
                    </ul>
                </>
            }
        }
        Details::Member(member) => {
            let m = &matrix.members()[member];
            let facts: Vec<(usize, &Membership)> = (0..matrix.networks().len())
                .filter_map(|n| {
                    matrix
                        .fact_in_year(member, n, props.filter.year)
                        .map(|f| (n, f))
                })
                .collect();
            let partners = crate::core::overview::partners(matrix, &props.filter, member);
            let hosted: Vec<(usize, Vec<i32>)> = (0..matrix.networks().len())
                .map(|n| (n, matrix.host_years(member, n, props.filter.year)))
                .filter(|(_, years)| !years.is_empty())
                .collect();
            html! {
                <>
                    <h2 id={heading_id.to_string()}>{ &m.name }</h2>
                    <dl class="nm-facts">
                        <dt>{ t.kind }</dt><dd>{ lang.member_kind(m.kind) }</dd>
                        if !m.aliases.is_empty() { <dt>{ t.also_called }</dt><dd>{ m.aliases.join(", ") }</dd> }
                    </dl>
                    <h3>{ t.memberships_of }</h3>
                    if facts.is_empty() { <p>{ t.no_memberships }</p> }
                    <ul>
                        for (n, f) in facts {
                            <li key={matrix.networks()[n].id.clone()}>
                                { format!("{}: ", matrix.networks()[n].short) }{ role_line(lang, f) }
                            </li>
                        }
                    </ul>
                    <h3>{ t.partners_heading }</h3>
                    if partners.is_empty() { <p>{ t.no_partners }</p> }
                    for (count, list) in partners {
                        <section key={count} class="nm-partners">
                            <h4>{ lang.shares(count) }</h4>
                            <ul>
                                for p in list {
                                    <li key={p.member}>
                                        { format!("{}: {}", matrix.members()[p.member].name,
                                            p.shared.iter().map(|&n| matrix.networks()[n].short.as_str())
                                                .collect::<Vec<_>>().join(", ")) }
                                    </li>
                                }
                            </ul>
                        </section>
                    }
                    if !hosted.is_empty() {
                        <h3>{ t.hosted_heading }</h3>
                        <ul>
                            for (n, years) in hosted {
                                <li key={matrix.networks()[n].id.clone()}>
                                    { format!("{}: {}", matrix.networks()[n].short, lang.hosted(&years)) }
                                </li>
                            }
                        </ul>
                    }
                </>
            }
        }
    }
}

/// "Gründungsmitglied seit 2010 (erschlossen)".
fn role_line(lang: Lang, f: &Membership) -> String {
    lang.fact_text(f, true)
}

fn fact_summary(lang: Lang, f: &Membership) -> Html {
    let t = lang.texts();
    let conflicting = f.evidence.iter().any(|e| e.conflicting);
    html! {
        <>
            <p class="nm-role">
                <span class="nm-sym" aria-hidden="true">{ f.role.symbol() }</span>{ " " }
                <strong>{ role_line(lang, f) }</strong>
                if f.since.is_none() { { format!(" – {}", t.year_unknown) } }
                if conflicting { { format!(" – {}", t.conflicting) } }
            </p>
            if let Some(note) = &f.note { <p><strong>{ format!("{}: ", t.note) }</strong>{ note }</p> }
        </>
    }
}

fn evidence(lang: Lang, matrix: &Matrix, evidence: &[Evidence]) -> Html {
    let t = lang.texts();
    html! {
        <>
            <h3>{ t.evidence_heading }</h3>
            <ul class="nm-evidence">
                for (i, e) in evidence.iter().enumerate() {
                    <li key={i}>
                        if let Some(s) = matrix.source(&e.source) { { source_line(lang, s) } }
                        if e.conflicting { <strong>{ format!(" ({})", t.conflicting) }</strong> }
                        <blockquote class={e.kind.key()}>{ lang.evidence_text(e) }</blockquote>
                    </li>
                }
            </ul>
        </>
    }
}

/// Title (linked where there is an address), publisher, date, note.
pub fn source_line(lang: Lang, s: &crate::core::Source) -> Html {
    let t = lang.texts();
    let date = s.date.as_deref().unwrap_or(t.no_date);
    let tail = match &s.note {
        Some(note) => format!(". {}, {date} ({note}).", s.publisher),
        None => format!(". {}, {date}.", s.publisher),
    };
    html! {
        <>
            if let Some(url) = &s.url {
                <a href={url.clone()} rel="noopener noreferrer">{ &s.title }</a>
            } else {
                <cite>{ &s.title }</cite>{ format!(" ({})", t.no_address) }
            }
            { tail }
        </>
    }
}
