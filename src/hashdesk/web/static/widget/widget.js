/* hashdesk customer chat (inside the widget frame).
 * - The first message opens the conversation; later ones carry a client_id and are
 *   retried safely (the server stores one message per client_id).
 * - Replies arrive over a WebSocket that reconnects with after=<last message id>, so nothing
 *   is lost and, de-duplicated by id, nothing shows twice.
 * - The conversation id and token are kept in localStorage: a reload continues it.
 * - "Report an impersonator" sends a report into this conversation, or (none yet) opens one
 *   with the report.
 * Everything people wrote is rendered with textContent; the only links made are to this
 * desk's own help-center paths (/kb/…) cited by the assistant or an agent. */
(function () {
  "use strict";

  var body = document.body;
  var LANG = body.dataset.lang || "en";
  var HTML_LANG = body.dataset.htmlLang || "en";
  var DEMO_AS = body.dataset.demoAs || "";
  var params = new URLSearchParams(location.search);
  var EMBEDDED = window.parent !== window;
  var EXPECT_IDENTITY = params.get("id") === "1";
  var STORE_KEY = "hashdesk.widget.v1";
  var I18N = {};
  try { I18N = JSON.parse(document.getElementById("i18n").textContent || "{}"); } catch (e) { I18N = {}; }

  function t(key, vars) {
    var s = Object.prototype.hasOwnProperty.call(I18N, key) ? I18N[key] : key;
    if (vars) {
      s = s.replace(/\{(\w+)\}/g, function (m, n) { return n in vars ? String(vars[n]) : m; });
    }
    return s;
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = String(text);
    return n;
  }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  var timeFmt = new Intl.DateTimeFormat(HTML_LANG, { hour: "2-digit", minute: "2-digit" });

  var list = $("messages");
  var input = $("text");
  var form = $("composer");
  var statusBox = $("status");
  var statusText = $("status-text");
  var handoffBtn = $("handoff");
  var note = $("note");
  var tools = $("tools");
  var reportBtn = $("report-open");
  var reportForm = $("report-form");
  var reportError = $("report-error");

  var state = {
    who: "anon",
    customerToken: null,
    conv: null, /* {id, token, who} */
    status: null,
    seen: new Map(), /* message id -> <li> */
    pending: new Map(), /* client_id -> {text, li} */
    lastId: null,
    lastSeq: -1,
    ws: null,
    wsAttempt: 0,
    wsEverOpen: false,
    wsTimer: null,
    pingTimer: null,
    live: false,
    open: !EMBEDDED,
    unread: 0,
    wantHandoff: false,
    chain: Promise.resolve(),
    generation: 0,
  };

  /* ---- storage ---------------------------------------------------------------- */
  function load() {
    try { return JSON.parse(localStorage.getItem(STORE_KEY) || "null"); } catch (e) { return null; }
  }
  function save() {
    try {
      if (state.conv) localStorage.setItem(STORE_KEY, JSON.stringify(state.conv));
      else localStorage.removeItem(STORE_KEY);
    } catch (e) { /* storage blocked: the conversation lasts as long as the page */ }
  }

  function jwtSub(token) {
    try {
      var part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      return JSON.parse(atob(part)).sub || null;
    } catch (e) {
      return null;
    }
  }

  /* ---- parent page ------------------------------------------------------------- */
  function tellParent(msg) {
    if (EMBEDDED) window.parent.postMessage(msg, "*"); /* no secrets in these */
  }
  function bumpUnread() {
    if (state.open) return;
    state.unread += 1;
    tellParent({ type: "hashdesk:unread", count: state.unread });
  }

  /* ---- status line ---------------------------------------------------------------- */
  function renderStatus() {
    var s = state.status;
    var shown = s;
    if (state.conv && !state.live && state.wsEverOpen) shown = "reconnecting";
    statusBox.dataset.status = shown || "new";
    if (shown) statusText.textContent = t("status." + shown);
    handoffBtn.hidden = !(s == null || s === "assistant" || s === "resolved");
  }
  function setStatus(s) {
    state.status = s;
    renderStatus();
  }
  function showNote(text) {
    note.textContent = text || "";
    note.hidden = !text;
  }

  /* ---- messages ---------------------------------------------------------------- */
  function authorName(m) {
    if (m.author === "agent" && m.agent && m.agent.name) return m.agent.name;
    return t("author." + m.author);
  }

  /* A help-center path (/kb/<lang>/<id>) standing on its own in the text, not part of a
   * longer URL or path. */
  var KB_PATH = /\/kb\/[a-z]{2,3}\/[a-z0-9][a-z0-9-]{0,79}/g;
  var BEFORE_PATH = /[\s(\[（「『“"'：:，,]/;

  /* The text as text nodes, with /kb/ paths as links (same origin: a relative path) that
   * open in a new tab. */
  function withLinks(node, text) {
    text = text == null ? "" : String(text);
    var last = 0;
    var m;
    KB_PATH.lastIndex = 0;
    while ((m = KB_PATH.exec(text))) {
      var start = m.index;
      var end = start + m[0].length;
      var prev = start > 0 ? text.charAt(start - 1) : "";
      var next = text.charAt(end);
      if ((prev && !BEFORE_PATH.test(prev)) || next === "/" || next === "_" || /[A-Za-z0-9]/.test(next)) continue;
      if (start > last) node.appendChild(document.createTextNode(text.slice(last, start)));
      var a = document.createElement("a");
      a.className = "kb-link";
      a.setAttribute("href", m[0]);
      a.target = "_blank";
      a.rel = "noopener";
      a.textContent = m[0];
      node.appendChild(a);
      last = end;
    }
    if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
    return node;
  }

  function messageItem(m) {
    var li = el("li", "msg " + m.author);
    li.dataset.id = String(m.id);
    li.dataset.seq = String(m.seq);
    if (m.author !== "customer" && m.author !== "system") li.appendChild(el("div", "who", authorName(m)));
    if (m.author === "assistant" || m.author === "agent") li.appendChild(withLinks(el("div", "bubble"), m.text));
    else li.appendChild(el("div", "bubble", m.text));
    if (m.redacted && m.redacted.length) {
      li.appendChild(el("div", "redacted", t("msg.redacted", {
        kinds: m.redacted.map(function (k) { return t("secret." + k); }).join(", "),
      })));
    }
    var at = Date.parse(m.created_at);
    if (!isNaN(at) && m.author !== "system") li.appendChild(el("div", "meta", timeFmt.format(new Date(at))));
    return li;
  }

  function scrollDown() { list.scrollTop = list.scrollHeight; }

  function upsert(m) {
    if (!m || m.id == null) return;
    if (state.seen.has(m.id)) return;
    if (m.client_id && state.pending.has(m.client_id)) {
      var p = state.pending.get(m.client_id);
      if (p.li.parentNode) p.li.parentNode.removeChild(p.li);
      state.pending.delete(m.client_id);
    }
    var li = messageItem(m);
    state.seen.set(m.id, li);
    /* ordered by seq; messages still being sent stay at the end */
    var before = null;
    for (var n = list.lastElementChild; n; n = n.previousElementSibling) {
      if (n.classList.contains("pending") || Number(n.dataset.seq) > Number(m.seq)) before = n;
      else break;
    }
    list.insertBefore(li, before);
    if (Number(m.seq) > state.lastSeq) {
      state.lastSeq = Number(m.seq);
      state.lastId = m.id;
    }
    if (m.author === "agent" && (state.status === "waiting" || state.status === "assistant")) setStatus("open");
    if (m.author !== "customer") bumpUnread();
    scrollDown();
  }

  function pendingItem(p) {
    var li = el("li", "msg customer pending");
    li.appendChild(el("div", "bubble", p.text));
    li.appendChild(el("div", "meta state", t("msg.sending")));
    li.addEventListener("click", function () {
      if (li.classList.contains("failed")) {
        li.classList.remove("failed");
        enqueue(p);
      }
    });
    return li;
  }
  function setPendingState(p, which, detail) {
    var meta = p.li.querySelector(".state");
    p.li.classList.toggle("failed", which === "failed");
    p.li.classList.toggle("retrying", which === "retrying");
    meta.textContent = which === "failed" ? (detail ? detail + " " : "") + t("msg.failed") : t("msg." + which);
  }

  function resetView() {
    state.generation += 1;
    closeSocket();
    state.conv = null;
    state.status = null;
    state.seen.forEach(function (li) { if (li.parentNode) li.parentNode.removeChild(li); });
    state.seen.clear();
    state.lastId = null;
    state.lastSeq = -1;
    state.wsEverOpen = false;
    save();
    renderStatus();
  }

  /* ---- HTTP ------------------------------------------------------------------- */
  function Failure(status, code, message) {
    this.status = status;
    this.code = code;
    this.message = message;
  }
  async function call(method, path, payload, token) {
    var headers = { Accept: "application/json" };
    if (payload !== undefined) headers["Content-Type"] = "application/json";
    if (token) headers.Authorization = "Bearer " + token;
    var res;
    try {
      res = await fetch(path, {
        method: method, headers: headers, cache: "no-store", credentials: "omit",
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
    } catch (e) {
      throw new Failure(0, "network", "");
    }
    var data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    if (!res.ok) {
      var err = (data && data.error) || {};
      throw new Failure(res.status, err.code || "http_" + res.status, err.message || "");
    }
    return data;
  }
  function transient(f) {
    return f.status === 0 || f.status === 408 || f.status === 429 || f.status >= 500;
  }
  function convPath(suffix) {
    return "/api/v1/conversations/" + encodeURIComponent(state.conv.id) + (suffix || "");
  }

  /* ---- sending ------------------------------------------------------------------- */
  function enqueue(p) {
    setPendingState(p, "sending");
    state.chain = state.chain.then(function () { return deliver(p); });
  }

  function send(text) {
    var p = { clientId: uuid(), text: text, li: null };
    p.li = pendingItem(p);
    state.pending.set(p.clientId, p);
    list.appendChild(p.li);
    scrollDown();
    enqueue(p);
  }

  async function deliver(p) {
    await started; /* who we are (a demo or identified customer) is known first */
    var attempt = 0;
    var restarted = false;
    for (;;) {
      try {
        if (!state.conv) await openWith(p);
        else upsert(await call("POST", convPath("/messages"), { text: p.text, client_id: p.clientId }, state.conv.token));
        return;
      } catch (f) {
        if (!(f instanceof Failure)) throw f;
        var gone = state.conv && (f.status === 401 || f.status === 403 || f.status === 404 ||
          f.code === "conversation_closed");
        if (gone && !restarted) {
          /* the old conversation is closed or no longer ours: start a new one with this text */
          restarted = true;
          var wasClosed = f.code === "conversation_closed";
          resetView();
          if (wasClosed) showNote(t("closed.new"));
          continue;
        }
        if (!transient(f) || attempt >= 8) {
          var why = f.code === "message_too_long" ? t("error.message_too_long") : "";
          setPendingState(p, "failed", why);
          return;
        }
        attempt += 1;
        setPendingState(p, "retrying");
        await sleep(Math.min(15000, 600 * Math.pow(2, attempt - 1)));
      }
    }
  }

  async function openWith(p) {
    var payload = { channel: "web", text: p.text, client_id: p.clientId };
    if (LANG) payload.lang = LANG;
    var data = await call("POST", "/api/v1/conversations", payload, state.customerToken);
    state.conv = { id: data.id, token: data.token, who: state.who };
    save();
    (data.messages || []).forEach(upsert);
    setStatus(data.status);
    connect();
    if (state.wantHandoff) {
      state.wantHandoff = false;
      handoff();
    }
  }

  function adoptOpened(conv, messages) {
    state.conv = { id: conv.id, token: conv.token, who: state.who };
    save();
    (messages || []).forEach(upsert);
    setStatus(conv.status);
    connect();
  }

  /* ---- reporting an impersonator ---------------------------------------------------- */
  function toggleReport(open) {
    reportForm.hidden = !open;
    reportBtn.setAttribute("aria-expanded", open ? "true" : "false");
    reportError.hidden = true;
    if (open) {
      showNote("");
      $("report-value").focus();
    }
  }

  async function report(payload) {
    await started;
    if (state.conv) {
      try {
        var inConv = await call("POST", convPath("/report"), payload, state.conv.token);
        (inConv.messages || []).forEach(upsert);
        return true;
      } catch (f) {
        if (!(f instanceof Failure) || !(f.status === 401 || f.status === 403 || f.status === 404)) throw f;
        resetView(); /* this conversation is not ours (any more) or has no case: start one */
      }
    }
    payload.lang = LANG;
    try {
      var opened = await call("POST", "/api/v1/reports", payload, state.customerToken);
      adoptOpened(opened.conversation, opened.messages);
      return true;
    } catch (f) {
      if (f instanceof Failure && f.status === 404) {
        /* no report endpoint on this desk: the public page can at least check it */
        window.open("/verify?" + new URLSearchParams({ lang: LANG, value: payload.value }).toString(), "_blank", "noopener");
        return false;
      }
      throw f;
    }
  }

  reportForm.addEventListener("submit", async function (ev) {
    ev.preventDefault();
    var value = $("report-value").value.trim();
    if (!value) {
      reportError.textContent = t("report.value_required");
      reportError.hidden = false;
      $("report-value").focus();
      return;
    }
    var payload = { value: value };
    var where = $("report-where").value.trim();
    var details = $("report-details").value.trim();
    if (where) payload.where = where;
    if (details) payload.details = details;
    var btn = $("report-submit");
    btn.disabled = true;
    btn.textContent = t("report.sending");
    try {
      var sent = await report(payload);
      reportForm.reset();
      toggleReport(false);
      if (sent) showNote(t("report.sent"));
    } catch (f) {
      reportError.textContent = f && f.code === "network" ? t("error.network") : t("error.generic", { code: (f && f.code) || "?" });
      reportError.hidden = false;
    } finally {
      btn.disabled = false;
      btn.textContent = reportLabel;
    }
  });
  var reportLabel = $("report-submit").textContent;
  reportBtn.addEventListener("click", function () { toggleReport(reportForm.hidden); });
  $("report-cancel").addEventListener("click", function () { toggleReport(false); });

  async function handoff() {
    if (!state.conv) {
      state.wantHandoff = true;
      showNote(t("handoff.first"));
      input.focus();
      return;
    }
    handoffBtn.disabled = true;
    try {
      var data = await call("POST", convPath("/handoff"), {}, state.conv.token);
      setStatus(data.status);
      showNote(t("handoff.asked"));
    } catch (f) {
      showNote(t("error.generic", { code: f.code }));
    } finally {
      handoffBtn.disabled = false;
    }
  }

  /* ---- live updates ------------------------------------------------------------- */
  function closeSocket() {
    clearTimeout(state.wsTimer);
    clearInterval(state.pingTimer);
    if (state.ws) {
      state.ws.onclose = null;
      state.ws.onmessage = null;
      try { state.ws.close(); } catch (e) { /* already closed */ }
    }
    state.ws = null;
    state.live = false;
  }

  function connect() {
    if (!state.conv) return;
    closeSocket();
    var gen = state.generation;
    var proto = location.protocol === "https:" ? "wss://" : "ws://";
    var url = proto + location.host + convPath("/stream") + "?token=" + encodeURIComponent(state.conv.token);
    if (state.lastId != null) url += "&after=" + encodeURIComponent(state.lastId);
    var ws = new WebSocket(url);
    state.ws = ws;
    ws.onopen = function () {
      var again = state.wsEverOpen;
      state.wsEverOpen = true;
      state.wsAttempt = 0;
      state.live = true;
      renderStatus();
      state.pingTimer = setInterval(function () {
        if (ws.readyState === 1) ws.send('{"type":"ping"}');
      }, 25000);
      if (again) refreshStatus(); /* status changes are not replayed: ask once */
    };
    ws.onmessage = function (ev) {
      var data;
      try { data = JSON.parse(ev.data); } catch (e) { return; }
      if (data.type === "message") upsert(data.message);
      else if (data.type === "status") setStatus(data.status);
    };
    ws.onclose = function (ev) {
      clearInterval(state.pingTimer);
      state.live = false;
      if (gen !== state.generation) return;
      renderStatus();
      if (ev.code === 4401 || ev.code === 4403) {
        resetView(); /* this token is no good any more: the next message starts afresh */
        return;
      }
      if (ev.code === 4404) {
        reload(); /* a message we knew is gone: fetch the list again */
        return;
      }
      state.wsAttempt += 1;
      var delay = Math.min(10000, 400 * Math.pow(2, state.wsAttempt - 1)) * (0.75 + Math.random() / 2);
      state.wsTimer = setTimeout(connect, delay);
    };
  }

  async function refreshStatus() {
    if (!state.conv) return;
    try {
      var conv = await call("GET", convPath(), undefined, state.conv.token);
      setStatus(conv.status);
    } catch (f) { /* the stream will tell us */ }
  }

  async function reload() {
    if (!state.conv) return;
    var gen = state.generation;
    try {
      var conv = await call("GET", convPath(), undefined, state.conv.token);
      var data = await call("GET", convPath("/messages"), undefined, state.conv.token);
      if (gen !== state.generation) return;
      data.messages.forEach(upsert);
      setStatus(conv.status);
      connect();
    } catch (f) {
      if (gen !== state.generation) return;
      if (f.status === 401 || f.status === 403 || f.status === 404) {
        resetView();
        return;
      }
      state.wsAttempt += 1;
      state.wsTimer = setTimeout(reload, Math.min(10000, 1000 * state.wsAttempt));
    }
  }

  /* ---- identity ------------------------------------------------------------------ */
  function setIdentity(token) {
    state.customerToken = token || null;
    var sub = token ? jwtSub(token) : null;
    state.who = sub ? "sub:" + sub : "anon";
  }
  function adopt(stored) {
    if (stored && stored.id && stored.token && stored.who === state.who) {
      state.conv = stored;
      reload();
    } else if (stored) {
      save(); /* someone else's conversation (or anonymous): forget it */
    }
  }
  function waitForIdentity(ms) {
    return new Promise(function (resolve) {
      var done = false;
      function finish(token) {
        if (done) return;
        done = true;
        identityWaiter = null;
        resolve(token);
      }
      identityWaiter = finish;
      setTimeout(function () { finish(null); }, ms);
    });
  }
  var identityWaiter = null;

  window.addEventListener("message", function (ev) {
    if (!EMBEDDED || ev.source !== window.parent) return;
    var data = ev.data || {};
    if (data.type === "hashdesk:identify" && typeof data.token === "string") {
      if (identityWaiter) {
        identityWaiter(data.token);
        return;
      }
      var before = state.who;
      setIdentity(data.token);
      if (state.conv && state.who !== before) resetView();
    } else if (data.type === "hashdesk:reset") {
      setIdentity(null);
      resetView();
    } else if (data.type === "hashdesk:open") {
      state.open = true;
      state.unread = 0;
      tellParent({ type: "hashdesk:unread", count: 0 });
      setTimeout(function () { input.focus(); }, 30);
    } else if (data.type === "hashdesk:closed") {
      state.open = false;
    }
  });

  async function start() {
    renderStatus();
    if (DEMO_AS) {
      try {
        var demo = await call("GET", "/demo/customer-token?as=" + encodeURIComponent(DEMO_AS));
        setIdentity(demo.token);
      } catch (f) { setIdentity(null); }
    } else if (EXPECT_IDENTITY) {
      setIdentity(await waitForIdentity(3000));
    }
    adopt(load());
  }

  /* ---- composer ---------------------------------------------------------------- */
  function autosize() {
    input.style.height = "auto";
    input.style.height = Math.min(120, input.scrollHeight) + "px";
  }
  function submit() {
    var text = input.value;
    if (!text.trim()) return;
    input.value = "";
    autosize();
    showNote("");
    send(text);
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    submit();
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing && ev.keyCode !== 229) {
      ev.preventDefault();
      submit();
    }
  });
  input.addEventListener("input", autosize);
  handoffBtn.addEventListener("click", handoff);
  var closeBtn = $("close");
  if (EMBEDDED) {
    closeBtn.addEventListener("click", function () { tellParent({ type: "hashdesk:close" }); });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") tellParent({ type: "hashdesk:close" });
    });
  } else {
    closeBtn.hidden = true;
  }
  window.addEventListener("online", function () {
    if (state.conv && !state.live) connect();
  });

  var started = start();
  tellParent({ type: "hashdesk:ready" });
})();
