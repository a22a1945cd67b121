//! Start-up in the browser: find every `[data-netzwerk-matrix]` element (also
//! those added later), give it a shadow root with the widget's own
//! stylesheet, read its options and data, and render a widget into it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::app::{DataSource, Widget, WidgetProps};
use crate::core::options::{self, Options};
use crate::core::Lang;

const SELECTOR: &str = "[data-netzwerk-matrix]";
const MOUNTED: &str = "data-netzwerk-matrix-mounted";

thread_local! {
    /// Shadow roots of mounted widgets, so a panic can put its message in each.
    static ROOTS: RefCell<Vec<(web_sys::ShadowRoot, Lang)>> = const { RefCell::new(Vec::new()) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

/// Mounts a widget into every marked element of the page, now and whenever
/// one is added, and offers `NetzwerkMatrix.mount(element)` to scripts.
pub fn start() {
    std::panic::set_hook(Box::new(|_| show_internal_error()));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    mount_all(&document.clone().into());
    observe(&document);
    expose_api();
}

/// Mounts into `root` itself if it is marked, and into each marked element below it.
fn mount_all(root: &web_sys::Node) {
    if let Some(el) = root.dyn_ref::<Element>() {
        if el.matches(SELECTOR).unwrap_or(false) {
            mount(el);
        }
    }
    let found = match root.dyn_ref::<Element>() {
        Some(el) => el.query_selector_all(SELECTOR),
        None => match root.dyn_ref::<web_sys::Document>() {
            Some(d) => d.query_selector_all(SELECTOR),
            None => return,
        },
    };
    let Ok(found) = found else { return };
    for i in 0..found.length() {
        if let Some(el) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            mount(&el);
        }
    }
}

/// Watches the page for marked elements added later (by a CMS, a tab, a
/// script) and mounts them.
fn observe(document: &web_sys::Document) {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(|records: js_sys::Array| {
        for record in records.iter() {
            let Ok(record) = record.dyn_into::<web_sys::MutationRecord>() else {
                continue;
            };
            let added = record.added_nodes();
            for i in 0..added.length() {
                if let Some(node) = added.item(i) {
                    mount_all(&node);
                }
            }
        }
    });
    if let Ok(observer) = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()) {
        let init = web_sys::MutationObserverInit::new();
        init.set_child_list(true);
        init.set_subtree(true);
        if let Some(root) = document.document_element() {
            let _ = observer.observe_with_options(&root, &init);
        }
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// `window.NetzwerkMatrix.mount(element)`: mounts a widget into an element
/// a script created, with the options in its `data-*` attributes; and
/// `NetzwerkMatrix.memoryBytes()`, the size of the widget's memory; and
/// `NetzwerkMatrix.version`, the product's version.
fn expose_api() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let api = js_sys::Object::new();
    let mount_fn = Closure::<dyn Fn(JsValue)>::new(|el: JsValue| {
        if let Ok(el) = el.dyn_into::<Element>() {
            mount(&el);
        }
    });
    // The size of the widget's WebAssembly memory, for `make bench`.
    let memory_fn = Closure::<dyn Fn() -> JsValue>::new(|| {
        let bytes = wasm_bindgen::memory()
            .dyn_into::<js_sys::WebAssembly::Memory>()
            .map(|m| {
                m.buffer()
                    .unchecked_into::<js_sys::ArrayBuffer>()
                    .byte_length()
            })
            .unwrap_or(0);
        JsValue::from(bytes)
    });
    let _ = js_sys::Reflect::set(&api, &"mount".into(), mount_fn.as_ref());
    let _ = js_sys::Reflect::set(&api, &"memoryBytes".into(), memory_fn.as_ref());
    let _ = js_sys::Reflect::set(
        &api,
        &"version".into(),
        &crate::core::snippet::VERSION.into(),
    );
    let _ = js_sys::Reflect::set(&window, &"NetzwerkMatrix".into(), &api);
    mount_fn.forget();
    memory_fn.forget();
}

/// Mounts one widget into `host`, unless one is there already.
pub fn mount(host: &Element) {
    if host.has_attribute(MOUNTED) {
        return;
    }
    let _ = host.set_attribute(MOUNTED, "");
    let n = COUNT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let mut options = read_options(host);
    if options.url_state.as_deref() == Some("nm") && n > 1 {
        // Widgets after the first get their own namespace in the link.
        options.url_state = Some(format!("nm{n}"));
    }
    if let Some(theme) = options.theme {
        // The stylesheet keys its dark palette on the host's attribute.
        let _ = host.set_attribute("data-theme", theme.key());
    }
    // Read before the shadow root hides the element's own children.
    let source = data_source(host, &options);
    let link: Vec<(String, String)> = match &options.url_state {
        Some(ns) => crate::core::url::read_state(&crate::browser::fragment(), ns),
        None => Vec::new(),
    };

    // A matrix prerendered into the page (a declarative shadow root) is
    // replaced at once; otherwise the first screen renders first.
    let prerendered = host.shadow_root().is_some();
    let Some(container) = crate::browser::styled_shadow_root(host) else {
        return;
    };
    let Some(shadow) = host.shadow_root() else {
        return;
    };
    ROOTS.with(|r| r.borrow_mut().push((shadow.clone(), options.lang)));

    let props = WidgetProps {
        source,
        options: Rc::new(options),
        link: link.into(),
        id_prefix: format!("nm{n}").into(),
        static_html: false,
        progressive: !prerendered,
    };
    yew::Renderer::<Widget>::with_root_and_props(container, props).render();
}

/// The dataset named by the element: inline JSON inside it, else `data-src`,
/// else the built-in one.
fn data_source(host: &Element, options: &Options) -> DataSource {
    if let Ok(Some(script)) = host.query_selector(r#"script[type="application/json"]"#) {
        return DataSource::Inline(script.text_content().unwrap_or_default().into());
    }
    match &options.src {
        Some(src) => DataSource::Url(src.clone().into()),
        None => DataSource::BuiltIn,
    }
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
        pairs.extend(crate::core::url::decode_pairs(
            search.trim_start_matches('?'),
        ));
    }
    Options::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Replaces every widget's content with an error message. Called from the
/// panic hook, so it only uses plain DOM calls and writes text, never HTML.
fn show_internal_error() {
    let Ok(Ok(roots)) = ROOTS.try_with(|r| r.try_borrow().map(|r| r.clone())) else {
        return;
    };
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
