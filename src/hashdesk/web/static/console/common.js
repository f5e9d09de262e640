/* hashdesk console: shared helpers. No framework, no build step.
 * Rule: text that came from customers (or anyone) is set with textContent only. */
(function () {
  "use strict";

  var body = document.body;
  var LANG = body.dataset.lang || "en";
  var HTML_LANG = body.dataset.htmlLang || "en";
  var I18N = {};
  try {
    I18N = JSON.parse(document.getElementById("i18n").textContent || "{}");
  } catch (e) {
    I18N = {};
  }

  /* ---- i18n ---------------------------------------------------------------- */
  function t(key, vars, fallback) {
    var s = Object.prototype.hasOwnProperty.call(I18N, key) ? I18N[key] : fallback;
    if (s == null) s = key;
    if (vars) {
      s = s.replace(/\{(\w+)\}/g, function (m, name) {
        return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : m;
      });
    }
    return s;
  }
  /* A label for a machine value (category, team, status…): translated if known, else the
   * value itself with underscores as spaces. */
  function label(prefix, value) {
    if (value == null || value === "") return "—";
    return t(prefix + "." + value, null, String(value).replace(/_/g, " "));
  }

  /* ---- DOM ----------------------------------------------------------------- */
  /* el("span", {class: "x", text: "…", data: {id: 1}, attrs: {href: "…"}}, [children]) */
  function el(tag, opts, children) {
    var node = document.createElement(tag);
    opts = opts || {};
    if (opts.class) node.className = opts.class;
    if (opts.text != null) node.textContent = String(opts.text);
    if (opts.title != null) node.title = String(opts.title);
    if (opts.data) {
      Object.keys(opts.data).forEach(function (k) { node.dataset[k] = String(opts.data[k]); });
    }
    if (opts.attrs) {
      Object.keys(opts.attrs).forEach(function (k) { node.setAttribute(k, String(opts.attrs[k])); });
    }
    (children || []).forEach(function (c) {
      if (c == null) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function $(id) { return document.getElementById(id); }

  /* ---- HTTP ---------------------------------------------------------------- */
  function cookie(name) {
    var parts = document.cookie ? document.cookie.split("; ") : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf("=");
      if (parts[i].slice(0, eq) === name) return decodeURIComponent(parts[i].slice(eq + 1));
    }
    return "";
  }

  function ApiError(status, code, message) {
    this.status = status;
    this.code = code;
    this.message = message;
  }

  function loginUrl() {
    return "/console/login" + (LANG !== "en" ? "?lang=" + encodeURIComponent(LANG) : "");
  }

  async function api(method, path, payload, opts) {
    opts = opts || {};
    var headers = { Accept: "application/json" };
    var init = { method: method, headers: headers, credentials: "same-origin", cache: "no-store" };
    if (payload !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(payload);
    }
    if (method !== "GET" && method !== "HEAD") headers["X-CSRF-Token"] = cookie("hd_csrf");
    var res;
    try {
      res = await fetch(path, init);
    } catch (e) {
      throw new ApiError(0, "network", t("error.network"));
    }
    var data = null;
    try {
      data = await res.json();
    } catch (e) {
      data = null;
    }
    if (!res.ok) {
      var err = (data && data.error) || {};
      var code = err.code || "http_" + res.status;
      if (res.status === 401 && !opts.noRedirect) {
        window.location.assign(loginUrl());
      }
      throw new ApiError(res.status, code, err.message || "");
    }
    return data;
  }

  function errorText(err) {
    if (!err) return "";
    var key = "error." + err.code;
    if (Object.prototype.hasOwnProperty.call(I18N, key)) return I18N[key];
    if (err.status === 403) return t("error.forbidden");
    if (err.status === 404) return t("error.not_found");
    return err.message || t("error.generic", { code: err.code });
  }

  /* ---- time ---------------------------------------------------------------- */
  var timeFmt = new Intl.DateTimeFormat(HTML_LANG, { hour: "2-digit", minute: "2-digit" });
  var dateTimeFmt = new Intl.DateTimeFormat(HTML_LANG, {
    month: "short", day: "numeric", hour: "2-digit", minute: "2-digit",
  });
  function parseTime(iso) {
    var ms = iso ? Date.parse(iso) : NaN;
    return isNaN(ms) ? null : ms;
  }
  function fmtTime(iso) {
    var ms = parseTime(iso);
    if (ms == null) return "—";
    var d = new Date(ms);
    var today = new Date();
    return d.toDateString() === today.toDateString() ? timeFmt.format(d) : dateTimeFmt.format(d);
  }
  var agoFmt = null;
  try { agoFmt = new Intl.RelativeTimeFormat(HTML_LANG, { numeric: "auto", style: "short" }); } catch (e) { agoFmt = null; }
  /* "3 min ago" (in the page's language, by Intl). */
  function fmtAgo(iso, now) {
    var ms = parseTime(iso);
    if (ms == null) return "—";
    if (!agoFmt) return fmtTime(iso);
    var s = Math.round(((now || Date.now()) - ms) / 1000);
    if (s < 45) return agoFmt.format(0, "second");
    if (s < 3600) return agoFmt.format(-Math.max(1, Math.round(s / 60)), "minute");
    if (s < 86400) return agoFmt.format(-Math.round(s / 3600), "hour");
    return agoFmt.format(-Math.round(s / 86400), "day");
  }
  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function fmtDuration(ms) {
    var s = Math.max(0, Math.floor(Math.abs(ms) / 1000));
    var d = Math.floor(s / 86400);
    var h = Math.floor((s % 86400) / 3600);
    var m = Math.floor((s % 3600) / 60);
    var sec = s % 60;
    if (d > 0) return t("dur.d", { d: d, h: h });
    if (h > 0) return t("dur.hm", { h: h, m: pad(m) });
    if (m > 0) return t("dur.ms", { m: m, s: pad(sec) });
    return t("dur.s", { s: sec });
  }
  /* The first-response clock of a case: text and a state (ok | warn | breached | done | none). */
  function sla(c, now) {
    if (c.first_responded_at) return { text: t("sla.responded"), state: "done" };
    if (c.status === "resolved" || c.status === "closed") return { text: "—", state: "none" };
    var due = parseTime(c.first_response_due);
    if (due == null) return { text: t("sla.none"), state: "none" };
    var left = due - (now || Date.now());
    if (left < 0) return { text: t("sla.overdue", { d: fmtDuration(left) }), state: "breached" };
    return { text: t("sla.left", { d: fmtDuration(left) }), state: left < 5 * 60000 ? "warn" : "ok" };
  }

  var tickers = [];
  function onTick(fn) { tickers.push(fn); }
  setInterval(function () {
    var now = Date.now();
    tickers.forEach(function (fn) { fn(now); });
  }, 1000);

  /* ---- small UI pieces ----------------------------------------------------- */
  var toastTimer = null;
  function toast(text, kind) {
    var node = $("toast");
    if (!node) return;
    node.textContent = text;
    node.className = "toast " + (kind || "info");
    node.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { node.hidden = true; }, kind === "error" ? 7000 : 3500);
  }

  function priorityPill(p) {
    return el("span", { class: "pill pri-" + (p || "normal"), text: label("priority", p) });
  }
  function vipBadge() {
    return el("span", { class: "badge vip", text: "VIP" });
  }
  function statusPill(s) {
    return el("span", { class: "pill st-" + (s || "none"), text: label("status", s) });
  }

  /* Text with this desk's help-center paths (/kb/<lang>/<id>) as links opening in a new
   * tab; everything else stays text. */
  var KB_PATH = /\/kb\/[a-z]{2,3}\/[a-z0-9][a-z0-9-]{0,79}/g;
  var BEFORE_PATH = /[\s(\[（「『“"'：:，,]/;
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
      node.appendChild(el("a", { class: "kb-link", text: m[0], attrs: { href: m[0], target: "_blank", rel: "noopener" } }));
      last = end;
    }
    if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
    return node;
  }

  function isSupervisor(a) {
    return !!a && (a.role === "supervisor" || a.role === "admin");
  }

  /* ---- who am I, sign out ---------------------------------------------------- */
  var mePromise = null;
  function me() {
    if (!mePromise) {
      mePromise = api("GET", "/api/v1/me").then(function (a) {
        var name = $("me-name");
        if (name) {
          name.textContent = a.name || a.email;
          var meta = (a.teams || []).map(function (x) { return label("team", x); });
          if (a.role && a.role !== "agent") meta.unshift(label("role", a.role));
          $("me-meta").textContent = meta.join(" · ");
          $("me-avatar").textContent = (a.name || a.email || "?").trim().charAt(0).toUpperCase();
        }
        if (isSupervisor(a)) {
          document.querySelectorAll("[data-supervisor]").forEach(function (n) { n.hidden = false; });
          pendingApprovals();
        }
        return a;
      });
    }
    return mePromise;
  }

  /* The number on the sidebar's "Approvals" item. */
  async function pendingApprovals() {
    var badge = $("nav-approvals-count");
    if (!badge) return;
    try {
      var data = await api("GET", "/api/v1/approvals?status=pending", undefined, { noRedirect: true });
      var n = (data.approvals || []).length;
      badge.textContent = String(n);
      badge.hidden = n === 0;
      badge.classList.toggle("urgent", (data.approvals || []).some(function (x) { return x.urgent; }));
    } catch (e) {
      badge.hidden = true;
    }
  }

  async function signOut(everywhere) {
    try {
      await api("POST", "/api/v1/auth/logout" + (everywhere ? "?everywhere=true" : ""), undefined,
        { noRedirect: true });
    } catch (e) {
      /* signed out already, or the network is gone: either way leave */
    }
    window.location.assign(loginUrl());
  }
  var so = $("signout");
  if (so) so.addEventListener("click", function () { signOut(false); });
  var soa = $("signout-all");
  if (soa) soa.addEventListener("click", function () { signOut(true); });

  /* ---- the agent stream, reconnecting ---------------------------------------- */
  function setConn(state) {
    var node = $("conn");
    if (!node) return;
    node.dataset.state = state;
    $("conn-text").textContent = state === "live" ? t("conn.live") : t("conn.offline");
  }

  /* handlers: {message(m), case(c), status(ev), reconnected()} */
  function agentStream(handlers) {
    var ws = null;
    var attempt = 0;
    var everOpen = false;
    var pingTimer = null;
    var stopped = false;

    function connect() {
      var proto = location.protocol === "https:" ? "wss://" : "ws://";
      ws = new WebSocket(proto + location.host + "/api/v1/agent/stream");
      ws.onopen = function () {
        setConn("live");
        var again = everOpen;
        everOpen = true;
        attempt = 0;
        clearInterval(pingTimer);
        pingTimer = setInterval(function () {
          if (ws && ws.readyState === 1) ws.send('{"type":"ping"}');
        }, 25000);
        if (again && handlers.reconnected) handlers.reconnected();
      };
      ws.onmessage = function (ev) {
        var data;
        try { data = JSON.parse(ev.data); } catch (e) { return; }
        var fn = handlers[data.type];
        if (!fn) return;
        if (data.type === "message") fn(data.message);
        else if (data.type === "case") fn(data.case);
        else fn(data);
      };
      ws.onclose = function (ev) {
        clearInterval(pingTimer);
        setConn("offline");
        if (stopped) return;
        if (ev.code === 4401) {
          window.location.assign(loginUrl());
          return;
        }
        attempt += 1;
        var delay = Math.min(10000, 500 * Math.pow(2, attempt - 1)) * (0.75 + Math.random() / 2);
        setTimeout(connect, delay);
      };
    }
    setConn("offline");
    connect();
    window.addEventListener("beforeunload", function () { stopped = true; });
  }

  window.HD = {
    lang: LANG,
    htmlLang: HTML_LANG,
    t: t,
    label: label,
    el: el,
    clear: clear,
    $: $,
    api: api,
    ApiError: ApiError,
    errorText: errorText,
    fmtTime: fmtTime,
    fmtAgo: fmtAgo,
    withLinks: withLinks,
    isSupervisor: isSupervisor,
    pendingApprovals: pendingApprovals,
    parseTime: parseTime,
    sla: sla,
    onTick: onTick,
    toast: toast,
    priorityPill: priorityPill,
    statusPill: statusPill,
    vipBadge: vipBadge,
    me: me,
    agentStream: agentStream,
  };
})();
