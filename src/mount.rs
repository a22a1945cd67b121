//! Start-up in the browser: find every `[data-netzwerk-matrix]` element,
//! give it a shadow root with the widget's own stylesheet, and render a
//! widget into it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

use crate::app::{Setup, Widget, WidgetProps};
use crate::core::options::{self, Note, Options};
use crate::core::{self, Lang};

/// The widget's stylesheet, adopted by each shadow root. Adopted sheets are
/// not inline styles, so a `style-src 'self'` policy allows them.
const STYLE: &str = include_str!("../style/widget.css");
const SELECTOR: &str = "[data-netzwerk-matrix]";
const MOUNTED: &str = "data-netzwerk-matrix-mounted";

thread_local! {
    /// Shadow roots of mounted widgets, so a panic can put its message in each.
    static ROOTS: RefCell<Vec<(web_sys::ShadowRoot, Lang)>> = const { RefCell::new(Vec::new()) };
    static BUILT_IN: RefCell<Option<Setup>> = const { RefCell::new(None) };
}

/// Mounts a widget into every marked element of the page.
pub fn start() {
    std::panic::set_hook(Box::new(|_| show_internal_error()));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(found) = document.query_selector_all(SELECTOR) else {
        return;
    };
    for i in 0..found.length() {
        if let Some(el) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            mount(&el);
        }
    }
}

/// Mounts one widget into `host`, unless one is there already.
pub fn mount(host: &Element) {
    if host.has_attribute(MOUNTED) {
        return;
    }
    let _ = host.set_attribute(MOUNTED, "");
    let options = read_options(host);
    let lang = options.lang;
    if let Some(theme) = options.theme {
        // The stylesheet keys its dark palette on the host's attribute.
        let _ = host.set_attribute("data-theme", theme.key());
    }
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    let Ok(shadow) = host.attach_shadow(&init) else {
        return;
    };
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        if sheet.replace_sync(STYLE).is_ok() {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        }
    }
    let Some(document) = host.owner_document() else {
        return;
    };
    let Ok(container) = document.create_element("div") else {
        return;
    };
    let _ = shadow.append_child(&container);
    ROOTS.with(|r| r.borrow_mut().push((shadow.clone(), lang)));
    let n = ROOTS.with(|r| r.borrow().len());

    let setup = built_in();
    let mut notes = options.notes.clone();
    let mut preset = options.preset.clone();
    if let Some(ns) = &options.url_state {
        // A shared link wins over the page's presets.
        for (key, value) in core::url::read_state(&crate::browser::fragment(), ns) {
            if !preset.set(&key, &value) {
                notes.push(Note { key, value });
            }
        }
    }
    let initial = match &setup {
        Ok(matrix) => {
            let (filter, unknown) = preset.apply(matrix, &Default::default());
            notes.extend(unknown);
            filter
        }
        Err(_) => Default::default(),
    };
    let props = WidgetProps {
        setup,
        lang,
        id_prefix: format!("nm{n}").into(),
        initial,
        notes: notes.into(),
        url_state: options.url_state.clone().map(Into::into),
    };
    yew::Renderer::<Widget>::with_root_and_props(container, props).render();
}

/// The widget's options: its `data-*` attributes and, where the element asks
/// for it with `data-options-from-query`, the page's query parameters (which
/// win). The latter serves `index.html` when it is embedded as an iframe.
fn read_options(host: &Element) -> Options {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for key in options::KEYS {
        if let Some(v) = host.get_attribute(&format!("data-{key}")) {
            pairs.push((key.to_string(), v));
        }
    }
    if host.has_attribute("data-options-from-query") {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        pairs.extend(core::url::decode_pairs(search.trim_start_matches('?')));
    }
    Options::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The built-in dataset, parsed once however many widgets use it.
fn built_in() -> Setup {
    BUILT_IN.with(|b| {
        b.borrow_mut()
            .get_or_insert_with(|| {
                core::parse(core::BUILT_IN_DATASET)
                    .map(Rc::new)
                    .map_err(Rc::from)
            })
            .clone()
    })
}

/// Replaces every widget's content with an error message. Called from the
/// panic hook, so it only uses plain DOM calls and writes text, never HTML.
fn show_internal_error() {
    let Ok(roots) = ROOTS.try_with(|r| r.try_borrow().map(|r| r.clone())) else {
        return;
    };
    let Ok(roots) = roots else { return };
    for (root, lang) in roots {
        let Some(document) = root.owner_document() else {
            continue;
        };
        let t = lang.texts();
        let build = || -> Result<(), JsValue> {
            let wrap = document.create_element("div")?;
            wrap.set_class_name("nm-root");
            wrap.set_attribute("lang", lang.tag())?;
            let alert = document.create_element("div")?;
            alert.set_class_name("nm-error");
            alert.set_attribute("role", "alert")?;
            let h = document.create_element("h2")?;
            h.set_text_content(Some(t.error_heading));
            let p = document.create_element("p")?;
            p.set_text_content(Some(t.internal_error));
            alert.append_child(&h)?;
            alert.append_child(&p)?;
            wrap.append_child(&alert)?;
            root.set_inner_html("");
            root.append_child(&wrap)?;
            Ok(())
        };
        let _ = build();
    }
}
