//! The widget rendered to static HTML (no controls) by Yew's server-side
//! renderer: the build's prerenderer (`netzwerk-matrix-prerender`) and the
//! editor's snippet both take their matrix from here.

use std::rc::Rc;

use super::{DataSource, Widget, WidgetProps};
use crate::core::options::Options;

/// The widget's HTML for `source` under `options`, as the first widget of
/// a page would render it.
pub async fn render(source: DataSource, options: Options) -> String {
    let props = WidgetProps {
        source,
        options: Rc::new(options),
        link: Rc::from([]),
        id_prefix: "nm1".into(),
        static_html: true,
        progressive: false,
    };
    yew::LocalServerRenderer::<Widget>::with_props(props)
        .hydratable(false)
        .render()
        .await
}
