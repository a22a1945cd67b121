//! The Yew components of the widget. Each renders what the core computed and
//! reports the visitor's actions through callbacks; none holds domain logic.

mod combinations_table;
mod details_dialog;
mod error_box;
mod grid_keys;
mod home_summary;
mod legend;
mod map_view;
mod matrix_row;
mod matrix_table;
mod network_choice;
mod row_window;
mod search_box;
mod source_list;
mod status_line;
mod toolbar;
mod view_tabs;

pub use combinations_table::CombinationsTable;
pub use details_dialog::{source_line, Details, DetailsDialog};
pub use error_box::ErrorBox;
pub use home_summary::HomeSummary;
pub use legend::Legend;
pub use map_view::MapView;
pub use matrix_table::MatrixTable;
pub use network_choice::{ExtraChoice, NetworkChoice};
pub use search_box::SearchBox;
pub use source_list::SourceList;
pub use status_line::StatusLine;
pub use toolbar::Toolbar;
pub use view_tabs::{panel_id, tab_id, ViewTabs};
