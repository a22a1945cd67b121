//! The Yew components of the widget. Each renders what the core computed and
//! reports the visitor's actions through callbacks; none holds domain logic.

mod details_dialog;
mod error_box;
mod legend;
mod matrix_table;
mod network_choice;
mod search_box;
mod source_list;
mod status_line;
mod toolbar;

pub use details_dialog::{source_line, Details, DetailsDialog};
pub use error_box::ErrorBox;
pub use legend::Legend;
pub use matrix_table::MatrixTable;
pub use network_choice::NetworkChoice;
pub use search_box::SearchBox;
pub use source_list::SourceList;
pub use status_line::StatusLine;
pub use toolbar::Toolbar;
