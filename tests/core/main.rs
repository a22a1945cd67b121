//! Native tests of the pure core: one binary, one module per area.

mod coverage;
mod dataset;
mod edit;
mod facts;
mod fixtures;
mod home;
mod i18n;
mod json_reader;
mod options;
mod overview;
mod robustness;
mod schema;
mod search_and_filter;
mod validation;
