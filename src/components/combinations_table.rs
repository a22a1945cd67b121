//! The combinations of networks among the shown members, as a real table
//! (UpSet's matrix, made accessible): one row per combination, named in
//! words, a dot per network, a bar and the count, and its members. Choosing
//! a row shows exactly that combination.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::overview::Combination;
use crate::core::{order, Lang, Matrix};

#[derive(Properties, PartialEq)]
pub struct CombinationsTableProps {
    pub lang: Lang,
    pub matrix: Rc<Matrix>,
    pub combinations: Rc<Vec<Combination>>,
    pub on_choose: Callback<Vec<usize>>,
    /// The page's own member ("Ihre Stadt"): its combination is marked.
    #[prop_or_default]
    pub home: Option<usize>,
}

/// Members listed in full up to this many; more fold into a disclosure.
const LISTED: usize = 8;

#[component]
pub fn CombinationsTable(props: &CombinationsTableProps) -> Html {
    let (lang, matrix) = (props.lang, &props.matrix);
    let t = lang.texts();
    // The networks that occur in any combination, in dataset order.
    let mut columns: Vec<usize> = props
        .combinations
        .iter()
        .flat_map(|c| c.networks.iter().copied())
        .collect();
    order::sort_by_key(&mut columns, |&c| c);
    columns.dedup();
    let most = props
        .combinations
        .iter()
        .map(|c| c.members.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let name = |c: &Combination| {
        let shorts: Vec<&str> = c
            .networks
            .iter()
            .map(|&n| matrix.networks()[n].short.as_str())
            .collect();
        lang.combination_name(&shorts)
    };
    html! {
        <div class="nm-scroll nm-combinations">
            <table class="nm-table nm-combo-table">
                <caption>{ t.combinations_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.combination }</th>
                        for &n in &columns {
                            <th scope="col" key={matrix.networks()[n].id.clone()} class="nm-combo-net">
                                <abbr title={matrix.networks()[n].name.clone()}>{ &matrix.networks()[n].short }</abbr>
                            </th>
                        }
                        <th scope="col">{ t.total_header }</th>
                        <th scope="col">{ t.combination_members }</th>
                    </tr>
                </thead>
                <tbody>
                    for c in props.combinations.iter() {
                        <tr key={c.networks.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(",")}
                            class={classes!(home_in(props.home, c).then_some("nm-home"))}
                            aria-current={home_in(props.home, c).then_some("true")}>
                            <th scope="row">
                                if let Some(h) = props.home.filter(|_| home_in(props.home, c)) {
                                    <span class="nm-home-tag">{ lang.yours(matrix.members()[h].kind) }</span>
                                }
                                if c.networks.is_empty() {
                                    { name(c) }
                                } else {
                                    <button type="button" class="nm-link"
                                        aria-label={format!("{}: {}", name(c), t.combination_choose)}
                                        onclick={{
                                            let networks = c.networks.clone();
                                            props.on_choose.reform(move |_: MouseEvent| networks.clone())
                                        }}>
                                        { name(c) }
                                    </button>
                                }
                            </th>
                            for &n in &columns {
                                <td key={n} class="nm-combo-dot">
                                    if c.networks.contains(&n) {
                                        <span aria-hidden="true">{ "●" }</span>
                                        <span class="nm-sr">{ &matrix.networks()[n].short }</span>
                                    }
                                </td>
                            }
                            <td class="nm-combo-count">
                                <span class={classes!("nm-bar", bar_class(c.members.len(), most))} aria-hidden="true"></span>
                                <span class="nm-combo-number">{ c.members.len() }</span>
                            </td>
                            <td class="nm-combo-members">
                                if c.members.len() <= LISTED {
                                    { members(matrix, &c.members) }
                                } else {
                                    <details>
                                        <summary>{ format!("{} ({})", t.combination_members, c.members.len()) }</summary>
                                        { members(matrix, &c.members) }
                                    </details>
                                }
                            </td>
                        </tr>
                    }
                    if props.combinations.is_empty() {
                        <tr><td colspan={(columns.len() + 3).to_string()} class="nm-empty">{ t.no_rows }</td></tr>
                    }
                </tbody>
            </table>
        </div>
    }
}

/// Whether the combination holds the page's own member.
fn home_in(home: Option<usize>, c: &Combination) -> bool {
    home.is_some_and(|h| c.members.contains(&h))
}

/// The bar's width as one of twenty CSS classes (5 % steps): no inline
/// style, which a strict Content-Security-Policy would block.
fn bar_class(count: usize, most: usize) -> String {
    let steps = (count * 20).div_ceil(most).clamp(1, 20);
    format!("nm-bar-{}", steps * 5)
}

fn members(matrix: &Matrix, list: &[usize]) -> String {
    list.iter()
        .map(|&m| matrix.members()[m].name.clone())
        .collect::<Vec<_>>()
        .join(", ")
}
