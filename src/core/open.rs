//! Reading a file the Redaktion opens: a dataset as JSON, or facts as CSV in
//! the project's spreadsheet format. A file that cannot be read is refused
//! with the reason, and nothing changes; a readable dataset with problems
//! opens, so its problems can be fixed.

use super::model::Dataset;
use super::table::{self, RowProblem};
use super::validate::MAX_DATASET_BYTES;

/// Why a file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    TooLarge(usize),
    Empty,
    /// Not JSON, or JSON of another shape; serde's words with the place.
    NotADataset(String),
    /// CSV whose header or rows cannot be read.
    Table(Vec<RowProblem>),
}

/// Reads `text` from the file `name`. CSV replaces the facts of `current`
/// and keeps its networks, members and sources, as `netzwerk-matrix-check
/// import` does.
pub fn open(name: &str, text: &str, current: &Dataset) -> Result<Dataset, OpenError> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(OpenError::TooLarge(text.len()));
    }
    let body = text.trim_start_matches('\u{feff}').trim();
    if body.is_empty() {
        return Err(OpenError::Empty);
    }
    let name = name.to_ascii_lowercase();
    let is_csv = name.ends_with(".csv")
        || name.ends_with(".tsv")
        || !(body.starts_with('{') || body.starts_with('['));
    if is_csv {
        let rows = super::csv::read(text, table::separator(body)).map_err(|e| {
            OpenError::Table(vec![RowProblem {
                line: e.line,
                message: e.message.to_string(),
            }])
        })?;
        table::from_rows(&rows, current).map_err(OpenError::Table)
    } else {
        // The widget's own reader: a file the editor opens is read as the
        // widget will read it.
        super::read::dataset(body).map_err(|e| OpenError::NotADataset(e.to_string()))
    }
}
