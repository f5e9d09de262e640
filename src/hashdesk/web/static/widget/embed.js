/* hashdesk chat widget loader. Operators paste:
 *   <script src="https://desk.example/widget/embed.js" async></script>
 * It adds a launcher button in the bottom-right corner that opens the chat in an iframe
 * served by the desk. Options on the script tag: data-lang, data-brand.
 * A signed-in customer: window.hashdesk = window.hashdesk || [];
 *                       window.hashdesk.push(["identify", "<customer JWT>"]);
 * Other commands: ["open"], ["close"], ["reset"] (forget the conversation, e.g. on sign-out).
 * Styles are set through the CSSOM (not style attributes), so a strict host CSP is fine. */
(function () {
  "use strict";
  if (window.__hashdeskWidget) return;
  window.__hashdeskWidget = true;

  /* The desk's public URL, filled in by the server when it is configured; otherwise we
   * work it out from where this script was loaded from (never from the host page). */
  var CONFIGURED_BASE = "__HASHDESK_BASE__";
  var script = document.currentScript ||
    document.querySelector('script[src*="/widget/embed.js"]');
  var base = CONFIGURED_BASE && CONFIGURED_BASE.indexOf("__") !== 0 ? CONFIGURED_BASE : "";
  if (!base && script) {
    base = new URL(script.src, location.href).href.replace(/\/widget\/embed\.js(?:[?#].*)?$/, "");
  }
  base = base.replace(/\/+$/, "");
  var origin = new URL(base + "/", location.href).origin;
  var opts = (script && script.dataset) || {};
  var OPEN_KEY = "hashdesk.widget.open";

  var frame = null;
  var frameReady = false;
  var isOpen = false;
  var identity = null;
  var outbox = [];

  function css(node, styles) {
    Object.keys(styles).forEach(function (k) { node.style[k] = styles[k]; });
    return node;
  }
  function svg(path) {
    var ns = "http://www.w3.org/2000/svg";
    var s = document.createElementNS(ns, "svg");
    s.setAttribute("viewBox", "0 0 24 24");
    s.setAttribute("width", "26");
    s.setAttribute("height", "26");
    s.setAttribute("aria-hidden", "true");
    var p = document.createElementNS(ns, "path");
    p.setAttribute("d", path);
    p.setAttribute("fill", "none");
    p.setAttribute("stroke", "currentColor");
    p.setAttribute("stroke-width", "2");
    p.setAttribute("stroke-linecap", "round");
    p.setAttribute("stroke-linejoin", "round");
    s.appendChild(p);
    return s;
  }
  var CHAT_ICON = "M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12z";
  var CLOSE_ICON = "M6 6l12 12M18 6L6 18";
  var zh = /^zh/i.test(opts.lang || document.documentElement.lang || navigator.language || "");

  var launcher = css(document.createElement("button"), {
    position: "fixed", right: "20px", bottom: "20px", zIndex: "2147483000",
    width: "58px", height: "58px", borderRadius: "50%", border: "0", cursor: "pointer",
    background: "linear-gradient(135deg, #2563eb, #0f9f8f)", color: "#fff",
    boxShadow: "0 8px 24px rgba(15, 23, 42, .28)", display: "flex",
    alignItems: "center", justifyContent: "center", padding: "0",
  });
  launcher.type = "button";
  launcher.className = "hashdesk-launcher";
  launcher.setAttribute("aria-label", zh ? "打开客服聊天" : "Open support chat");
  launcher.setAttribute("aria-expanded", "false");
  var icon = svg(CHAT_ICON);
  launcher.appendChild(icon);
  var badge = css(document.createElement("span"), {
    position: "absolute", top: "-2px", right: "-2px", minWidth: "20px", height: "20px",
    padding: "0 5px", borderRadius: "10px", background: "#e11d48", color: "#fff",
    font: "600 12px/20px system-ui, sans-serif", textAlign: "center", display: "none",
    boxSizing: "border-box",
  });
  badge.className = "hashdesk-unread";
  launcher.appendChild(badge);

  var panel = css(document.createElement("div"), {
    position: "fixed", right: "20px", bottom: "90px", zIndex: "2147483000",
    width: "380px", height: "600px", maxHeight: "calc(100vh - 110px)", maxWidth: "calc(100vw - 40px)",
    borderRadius: "14px", overflow: "hidden", background: "#fff",
    boxShadow: "0 18px 50px rgba(15, 23, 42, .30)", display: "none",
  });
  panel.className = "hashdesk-panel";

  var small = window.matchMedia ? window.matchMedia("(max-width: 480px)") : null;
  function layout() {
    if (small && small.matches) {
      css(panel, { right: "0", bottom: "0", width: "100vw", height: "100%", maxHeight: "100%",
        maxWidth: "100vw", borderRadius: "0" });
      css(launcher, { display: isOpen ? "none" : "flex" });
    } else {
      css(panel, { right: "20px", bottom: "90px", width: "380px", height: "600px",
        maxHeight: "calc(100vh - 110px)", maxWidth: "calc(100vw - 40px)", borderRadius: "14px" });
      css(launcher, { display: "flex" });
    }
  }
  if (small && small.addEventListener) small.addEventListener("change", layout);

  function post(msg) {
    if (frame && frameReady) frame.contentWindow.postMessage(msg, origin);
    else outbox.push(msg);
  }

  function makeFrame() {
    var q = new URLSearchParams();
    q.set("embed", "1");
    if (opts.lang) q.set("lang", opts.lang);
    if (opts.brand) q.set("brand", opts.brand);
    if (opts.demoAs) q.set("as", opts.demoAs);
    if (identity) q.set("id", "1");
    frame = css(document.createElement("iframe"), {
      width: "100%", height: "100%", border: "0", display: "block", colorScheme: "normal",
    });
    frame.title = zh ? "客服聊天" : "Support chat";
    frame.name = "hashdesk-chat";
    frame.src = base + "/widget?" + q.toString();
    panel.appendChild(frame);
  }

  function open() {
    if (!frame) makeFrame();
    isOpen = true;
    panel.style.display = "block";
    launcher.replaceChild(svg(CLOSE_ICON), launcher.firstChild);
    launcher.setAttribute("aria-expanded", "true");
    setUnread(0);
    layout();
    post({ type: "hashdesk:open" });
    remember(true);
  }
  function close() {
    isOpen = false;
    panel.style.display = "none";
    launcher.replaceChild(svg(CHAT_ICON), launcher.firstChild);
    launcher.setAttribute("aria-expanded", "false");
    layout();
    post({ type: "hashdesk:closed" });
    remember(false);
    launcher.focus();
  }
  function remember(on) {
    try {
      if (on) sessionStorage.setItem(OPEN_KEY, "1");
      else sessionStorage.removeItem(OPEN_KEY);
    } catch (e) { /* storage may be blocked */ }
  }
  function setUnread(n) {
    badge.textContent = n > 9 ? "9+" : String(n);
    badge.style.display = n > 0 && !isOpen ? "block" : "none";
  }

  launcher.addEventListener("click", function () { if (isOpen) close(); else open(); });

  window.addEventListener("message", function (ev) {
    if (!frame || ev.source !== frame.contentWindow || ev.origin !== origin) return;
    var data = ev.data || {};
    if (data.type === "hashdesk:ready") {
      frameReady = true;
      var pending = outbox;
      outbox = [];
      pending.forEach(post);
      if (identity) post({ type: "hashdesk:identify", token: identity });
      post({ type: isOpen ? "hashdesk:open" : "hashdesk:closed" });
    } else if (data.type === "hashdesk:close") {
      close();
    } else if (data.type === "hashdesk:unread") {
      setUnread(Number(data.count) || 0);
    }
  });

  /* The command queue: window.hashdesk.push([command, ...args]) before or after loading. */
  function run(cmd) {
    if (!cmd || !cmd.length) return;
    var name = cmd[0];
    if (name === "identify" && typeof cmd[1] === "string") {
      identity = cmd[1];
      post({ type: "hashdesk:identify", token: identity });
    } else if (name === "reset") {
      identity = null;
      post({ type: "hashdesk:reset" });
    } else if (name === "open") {
      open();
    } else if (name === "close") {
      close();
    }
  }
  var queued = Array.isArray(window.hashdesk) ? window.hashdesk : [];
  window.hashdesk = { push: run };
  queued.forEach(run);

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(launcher);
    layout();
    var wasOpen = false;
    try { wasOpen = sessionStorage.getItem(OPEN_KEY) === "1"; } catch (e) { wasOpen = false; }
    if (wasOpen) open();
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
