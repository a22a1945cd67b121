//! One member's row of the matrix and its cells.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::Key;

use crate::core::model::{Hosting, Role};
use crate::core::{Lang, Matrix, Membership};

#[derive(Properties, PartialEq)]
pub struct MatrixRowProps {
    pub lang: Lang,
    pub matrix: Rc<Matrix>,
    pub member: usize,
    /// The row's place in the whole result, from 0.
    pub index: usize,
    pub total: usize,
    pub columns: Rc<[usize]>,
    /// Each network's cell key, made once for all rows (`cell_keys`).
    pub keys: Rc<[Key]>,
    pub year: Option<i32>,
    pub static_html: bool,
    /// The page's own member's row ("Ihre Stadt"), and whether the filter
    /// found it; `None` for every other row.
    #[prop_or_default]
    pub home: Option<bool>,
}

/// One member's row. A component of its own so that Yew skips the rows whose
/// properties did not change: typing another letter often keeps the first
/// rows of the page where they were. Its buttons have no handlers of their
/// own: the table's body takes their clicks and finds the member by the
/// row's `data-m` and the network by the cell's place (`MatrixTable`), so a
/// row that shows another member changes text and attributes only.
#[component]
pub fn MatrixRow(props: &MatrixRowProps) -> Html {
    let (lang, matrix, m) = (props.lang, &props.matrix, props.member);
    let member = &matrix.members()[m];
    let static_html = cfg!(feature = "ssr") && props.static_html;
    html! {
        // The header row is 1, so a screen reader hears the row's true
        // place also where the rows above it are not rendered.
        <tr aria-rowindex={(props.index + 2).to_string()} data-m={(!static_html).then(|| m.to_string())}
            class={classes!(props.home.map(|found| if found { "nm-home" } else { "nm-home nm-home-outside" }))}
            aria-current={props.home.map(|_| "true")}>
            <th scope="row">
                if let Some(found) = props.home {
                    <span class="nm-home-tag">{ lang.yours(member.kind) }</span>
                    if !found { <span class="nm-home-tag nm-outside">{ lang.texts().not_in_result }</span> }
                }
                if static_html {
                    { &member.name }
                    if let Some(region) = &member.region {
                        <span class="nm-region">{ format!(" ({region})") }</span>
                    }
                } else {
                    <button type="button" class="nm-link" aria-haspopup="dialog" tabindex="-1">
                        { &member.name }
                        if let Some(region) = &member.region {
                            <span class="nm-region">{ format!(" ({region})") }</span>
                        }
                    </button>
                }
            </th>
            for &n in props.columns.iter() {
                if static_html {
                    { static_cell(lang, matrix, props.year, m, n) }
                } else {
                    { cell(lang, matrix, props.year, m, n, &props.keys[n]) }
                }
            }
            <td class="nm-total" tabindex={(!static_html).then_some("-1")}>{ props.total }</td>
        </tr>
    }
}

/// One cell: the role as symbol and text, the year and marks. Its accessible
/// name is a full sentence ("Augsburg, DEFUS: Gründungsmitglied seit
/// 2010"), given as `aria-label` rather than as hidden text, which would
/// cost a text layout per cell.
fn cell(lang: Lang, matrix: &Matrix, year: Option<i32>, m: usize, n: usize, key: &Key) -> Html {
    let t = lang.texts();
    let member = &matrix.members()[m].name;
    let network = &matrix.networks()[n].short;
    let key = key.clone();
    let fact = matrix.fact_in_year(m, n, year);
    let hosted = matrix.host_years(m, n, year);
    if fact.is_none() && hosted.is_empty() {
        return html! {
            <td key={key} class="nm-cell nm-none" tabindex="-1"
                aria-label={lang.cell_statement(member, network, None, &[])}>{ "–" }</td>
        };
    }
    let mut statement = lang.cell_statement(member, network, fact, &hosted);
    let conflicting = fact.is_some_and(|f| f.evidence.iter().any(|e| e.conflicting));
    // With a year chosen, a fact without a start year is shown but
    // marked: hiding it would turn "unknown" into "no".
    let unknown_year = year.is_some() && fact.is_some_and(|f| f.since.is_none());
    for (on, text) in [(conflicting, t.conflicting), (unknown_year, t.year_unknown)] {
        if on {
            statement.push_str(&format!(", {text}"));
        }
    }
    let inferred = fact.is_some_and(|f| f.inferred);
    html! {
        <td key={key} class={cell_class(fact)}>
            <button type="button" class="nm-cell-btn" aria-haspopup="dialog" aria-label={statement} tabindex="-1">
                // The terse visible text is hidden from assistive
                // technology, which hears the full sentence instead.
                <span aria-hidden="true">
                    { cell_core(lang, fact, &hosted) }
                    if inferred { <span class="nm-mark">{ "*" }</span> }
                    if conflicting { <span class="nm-mark">{ "!" }</span> }
                    if unknown_year { <span class="nm-mark">{ "?" }</span> }
                </span>
            </button>
        </td>
    }
}

/// A filled cell's classes: its role, or "host" for a hosting alone. Fixed
/// strings: a cell whose class stays needs no new one.
fn cell_class(fact: Option<&Membership>) -> &'static str {
    role_class(fact.map(|f| f.role))
}

fn role_class(role: Option<Role>) -> &'static str {
    match role {
        None => "nm-cell host",
        Some(Role::FoundingMember) => "nm-cell founding_member",
        Some(Role::Member) => "nm-cell member",
        Some(Role::Partner) => "nm-cell partner",
        Some(Role::Cooperation) => "nm-cell cooperation",
        Some(Role::NotMember) => "nm-cell not_member",
    }
}

/// Every network's cell key, by network: made once per dataset, so a
/// rendered cell clones a key instead of building one.
pub fn cell_keys(matrix: &Matrix) -> Rc<[Key]> {
    matrix
        .networks()
        .iter()
        .map(|n| Key::from(n.id.as_str()))
        .collect()
}

/// A cell of the prerendered matrix: the same visible text, no control. A
/// screen reader gets it with its row and column headers, as in any table.
fn static_cell(lang: Lang, matrix: &Matrix, year: Option<i32>, m: usize, n: usize) -> Html {
    let t = lang.texts();
    let key = matrix.networks()[n].id.clone();
    let fact = matrix.fact_in_year(m, n, year);
    let hosted = matrix.host_years(m, n, year);
    if fact.is_none() && hosted.is_empty() {
        return html! { <td key={key} class="nm-cell nm-none">{ t.no_information }</td> };
    }
    html! {
        <td key={key} class={cell_class(fact)}>
            { cell_core(lang, fact, &hosted) }
            if fact.is_some_and(|f| f.inferred) { { format!(" ({})", t.inferred) } }
        </td>
    }
}

/// The visible core of a filled cell: symbol (not read aloud), role, year,
/// and the years the member hosted the network's congress. The words
/// ("Gründungsmitglied", "seit", "Gastgeber") are spans of their own: where
/// the widget is narrow they are not shown, and the cell is symbol and
/// year, with the words in its accessible name and in the legend.
fn cell_core(lang: Lang, fact: Option<&Membership>, hosted: &[i32]) -> Html {
    let since = match lang {
        Lang::De => "seit ",
        Lang::En => "since ",
    };
    html! {
        <>
            if let Some(f) = fact {
                // The symbol stays on the line of its word.
                <span class="nm-role">
                    <span class="nm-sym" aria-hidden="true">{ f.role.symbol() }</span>
                    <span class="nm-word">{ " " }{ lang.role(f.role) }</span>
                </span>
                if let Some(y) = f.since {
                    // Where the cell is symbols and years, a role's year
                    // beside the host years is left to the details: the
                    // visible text stays a part of the cell's name.
                    <span class={if hosted.is_empty() { "nm-year" } else { "nm-year nm-beside-host" }}>
                        { " " }<span class="nm-word">{ since }</span>{ y }
                    </span>
                }
            }
            if !hosted.is_empty() {
                // The years may wrap; the symbol stays with its word.
                <span class="nm-host">
                    <span class="nm-role">
                        <span class="nm-sym" aria-hidden="true">{ Hosting::SYMBOL }</span>
                        <span class="nm-word">{ " " }{ lang.texts().host }</span>
                    </span>
                    { format!(" {}", lang.host_years(hosted)) }
                </span>
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_is_classed_by_its_role_key_or_as_a_hosting() {
        for role in Role::ALL {
            assert_eq!(role_class(Some(role)), format!("nm-cell {}", role.key()));
        }
        assert_eq!(role_class(None), "nm-cell host");
    }
}
