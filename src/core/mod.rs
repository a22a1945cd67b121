//! The pure core of the widget: data model, validation, filtering, sorting,
//! texts and CSV. Nothing here knows of Yew, `web-sys` or the DOM, so all of
//! it builds and is tested natively.

pub mod changes;
pub mod coverage;
pub mod csv;
pub mod edit;
pub mod filter;
pub mod geo;
pub mod i18n;
pub mod indexes;
pub mod json;
pub mod labels;
pub mod matrix;
pub mod model;
pub mod open;
pub mod options;
pub mod order;
pub mod overview;
pub mod read;
pub mod rng;
pub mod snippet;
pub mod sort;
pub mod summary;
pub mod table;
pub mod text;
pub mod url;
pub mod validate;
pub mod window;

pub use filter::{view, Direction, Filter, Mode, Pane, Sort, SortKey, View};
pub use i18n::Lang;
pub use indexes::Indexes;
pub use matrix::Matrix;
pub use model::{Dataset, Member, Membership, Network, Role, Source};
pub use validate::{parse, Problem, ProblemKind};

/// The dataset built into the widget (`data/netzwerke.json`, compacted by
/// `build.rs`), checked by `cargo test` and at start-up.
pub const BUILT_IN_DATASET: &str = include_str!(concat!(env!("OUT_DIR"), "/netzwerke.min.json"));
