/* "Is this really us?": check a value with GET /api/v1/verify, show the verdict, and report
 * a contact that is not ours with POST /api/v1/reports. Text from the API (and what the
 * visitor typed) is set with textContent only. */
(function () {
  "use strict";
  var body = document.body;
  var LANG = body.dataset.lang || "en";
  var BRAND = body.dataset.brand || "";
  var I18N = {};
  try { I18N = JSON.parse(document.getElementById("i18n").textContent || "{}"); } catch (e) { I18N = {}; }
  function t(key, vars) {
    var s = Object.prototype.hasOwnProperty.call(I18N, key) ? I18N[key] : key;
    if (vars) s = s.replace(/\{(\w+)\}/g, function (m, n) { return n in vars ? String(vars[n]) : m; });
    return s;
  }
  function $(id) { return document.getElementById(id); }

  var form = $("verify-form");
  var input = $("verify-value");
  var submit = $("verify-submit");
  var formError = $("verify-error");
  var box = $("verdict");
  var reportBox = $("report");
  var reportOpen = $("report-open");
  var reportForm = $("report-form");
  var reportError = $("report-error");
  var reportDone = $("report-done");
  var ICONS = { official: "✓", not_official: "✕", impersonation: "⚠" };
  var current = null; /* the verdict shown */

  function Failure(status, code) { this.status = status; this.code = code; }
  async function call(method, path, payload) {
    var init = { method: method, headers: { Accept: "application/json" }, credentials: "omit", cache: "no-store" };
    if (payload !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(payload);
    }
    var res;
    try { res = await fetch(path, init); } catch (e) { throw new Failure(0, "network"); }
    var data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    if (!res.ok) throw new Failure(res.status, ((data && data.error) || {}).code || "http_" + res.status);
    return data;
  }
  function errorText(f) {
    if (f.code === "network") return t("error.network");
    if (f.status === 429) return t("error.rate_limited");
    return t("error.generic", { code: f.code });
  }
  function showError(node, text) {
    node.textContent = text || "";
    node.hidden = !text;
  }

  function show(v) {
    current = v;
    box.dataset.verdict = v.verdict;
    $("verdict-icon").textContent = ICONS[v.verdict] || "?";
    $("verdict-title").textContent = t("verdict." + v.verdict);
    $("verdict-kind").textContent = t("kind." + v.kind) + ":";
    $("verdict-value").textContent = v.value;
    $("verdict-explain").textContent = t("explain." + v.verdict, { brand: BRAND });
    $("verdict-resembles").textContent = v.resembles || "";
    $("verdict-resembles-row").hidden = !v.resembles;
    /* The server's reason is English; elsewhere say how it imitates us in the page's
     * language when we know the technique, and keep the server's words as the detail. */
    var how = v.technique && I18N["technique." + v.technique];
    var main = LANG !== "en" && how ? how : v.reason || "";
    $("verdict-reason").textContent = main;
    $("verdict-detail").textContent = main === v.reason ? "" : v.reason || "";
    $("verdict-detail").hidden = main === v.reason || !v.reason;
    reportBox.hidden = v.verdict === "official";
    reportOpen.hidden = false;
    reportForm.hidden = true;
    reportDone.hidden = true;
    showError(reportError, "");
    box.hidden = false;
  }

  async function check(value) {
    showError(formError, "");
    if (!value) {
      showError(formError, t("value_required"));
      input.focus();
      return;
    }
    submit.disabled = true;
    var label = submit.textContent;
    submit.textContent = t("checking");
    try {
      show(await call("GET", "/api/v1/verify?value=" + encodeURIComponent(value)));
      var q = new URLSearchParams({ lang: LANG, value: value });
      history.replaceState(null, "", "/verify?" + q.toString());
      /* the language switch keeps what was checked */
      document.querySelectorAll(".lang a[hreflang]").forEach(function (a) {
        a.setAttribute("href", "/verify?" + new URLSearchParams({ lang: a.getAttribute("hreflang"), value: value }).toString());
      });
    } catch (f) {
      box.hidden = true;
      showError(formError, errorText(f));
    } finally {
      submit.disabled = false;
      submit.textContent = label;
    }
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    check(input.value.trim());
  });

  reportOpen.addEventListener("click", function () {
    reportOpen.hidden = true;
    reportForm.hidden = false;
    $("report-where").focus();
  });
  $("report-cancel").addEventListener("click", function () {
    reportForm.hidden = true;
    reportOpen.hidden = false;
  });
  reportForm.addEventListener("submit", async function (ev) {
    ev.preventDefault();
    if (!current) return;
    var btn = $("report-submit");
    var label = btn.textContent;
    btn.disabled = true;
    btn.textContent = t("report.sending");
    showError(reportError, "");
    var payload = { value: current.value, lang: LANG };
    var where = $("report-where").value.trim();
    var details = $("report-details").value.trim();
    if (where) payload.where = where;
    if (details) payload.details = details;
    try {
      var data = await call("POST", "/api/v1/reports", payload);
      reportForm.hidden = true;
      reportDone.textContent = t("report.sent", { id: data.report_id || "" });
      reportDone.dataset.reportId = data.report_id || "";
      reportDone.hidden = false;
    } catch (f) {
      showError(reportError, errorText(f));
    } finally {
      btn.disabled = false;
      btn.textContent = label;
    }
  });

  if (input.value.trim()) check(input.value.trim());
})();
