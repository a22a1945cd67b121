/* For the page that embeds Netzwerk-Matrix as an iframe: every
   <iframe class="netzwerk-matrix-rahmen"> takes the full width and the
   height its page reports (netzwerk-matrix-hoehe.js). Styles are set
   through the DOM, which a Content-Security-Policy without
   'unsafe-inline' allows; a message from any other frame, or a page
   without such a frame, is ignored. */
(function () {
  "use strict";
  window.addEventListener("message", function (e) {
    if (!e.data || e.data.type !== "netzwerk-matrix:height" || typeof e.data.height !== "number") return;
    var frames = document.querySelectorAll("iframe.netzwerk-matrix-rahmen");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== e.source) continue;
      frame.style.width = "100%";
      frame.style.border = "0";
      frame.style.height = Math.max(0, Math.min(e.data.height, 100000)) + "px";
    }
  });
})();
