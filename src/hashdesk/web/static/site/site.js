/* The public help pages: "Chat with us" opens the chat widget on the page (embed.js);
 * without it (not loaded yet, or blocked) the link opens the chat in a new tab. */
(function () {
  "use strict";
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest && ev.target.closest("[data-open-chat]");
    if (!link || !window.__hashdeskWidget) return;
    ev.preventDefault();
    window.hashdesk = window.hashdesk || [];
    window.hashdesk.push(["open"]);
  });
})();
