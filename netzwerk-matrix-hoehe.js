/* Netzwerk-Matrix in an iframe: tells the embedding page this page's
   height whenever it changes, so netzwerk-matrix-rahmen.js there can size
   the frame. Plain script, independent of the widget: the frame also grows
   when WebAssembly is blocked and the static table or the notice shows.
   The message carries nothing but the height. */
(function () {
  "use strict";
  if (window.parent === window) return;
  var root = document.documentElement;
  var last = -1;
  function report() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "netzwerk-matrix:height", height: height }, "*");
  }
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(report).observe(root);
  } else {
    window.addEventListener("load", report);
    window.addEventListener("resize", report);
  }
  report();
})();
