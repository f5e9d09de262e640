/* The audit log (supervisors, admins): newest first, filter by action or target, page back
 * with next_before. */
(function () {
  "use strict";
  var tbody = HD.$("audit-rows");
  var empty = HD.$("empty");
  var moreWrap = HD.$("more-wrap");
  var next = null;
  var filter = { action: "", target: "" };
  var PAGE = 100;

  /* Known actions for the filter's suggestions. */
  var list = HD.$("audit-actions");
  [
    "auth.login", "auth.login_failed", "auth.logout", "case.viewed", "case.exported", "case.claimed",
    "case.replied", "case.reply_blocked", "case.escalated", "case.resolved", "action.requested",
    "action.approved", "action.rejected", "action.delivered", "report.received", "config.changed",
  ].forEach(function (a) { list.appendChild(HD.el("option", { attrs: { value: a } })); });

  var LONG = 140;
  function value(v) {
    if (v == null) return "—";
    if (typeof v === "object" && !Array.isArray(v)) return "{" + Object.keys(v).join(", ") + "}";
    return typeof v === "string" ? v : JSON.stringify(v);
  }
  function short(text) {
    return text.length > LONG ? text.slice(0, LONG - 1) + "…" : text;
  }

  function row(e) {
    var actor = e.actor || {};
    var target = e.target;
    var targetCell = HD.el("td", { class: "mono" });
    if (target && target.kind === "case" && target.id) {
      targetCell.appendChild(HD.el("a", { text: target.id, attrs: { href: "/console/cases/" + encodeURIComponent(target.id) } }));
    } else if (target) {
      targetCell.appendChild(HD.el("div", { class: "code", text: target.kind || "" }));
      if (target.id) targetCell.appendChild(document.createTextNode(target.id));
    } else {
      targetCell.textContent = "—";
    }
    var details = Object.keys(e.details || {}).map(function (k) { return k + "=" + value(e.details[k]); }).join(" · ");
    var full = JSON.stringify(e.details || {});
    return HD.el("tr", { data: { id: e.id, action: e.action } }, [
      HD.el("td", { class: "col-time", text: HD.fmtTime(e.at), title: e.at || "" }),
      HD.el("td", {}, [
        HD.el("span", { text: HD.label("actor", actor.kind) }),
        actor.id ? HD.el("div", { class: "mono code", text: actor.id }) : null,
      ]),
      HD.el("td", {}, [
        HD.el("span", { text: HD.t("audit.action." + e.action, null, e.action) }),
        HD.el("div", { class: "mono code", text: e.action }),
      ]),
      targetCell,
      HD.el("td", { class: "details mono", text: short(details) || "—", title: full.length > 2 ? full : null }),
    ]);
  }

  async function load(more) {
    var q = new URLSearchParams({ limit: String(PAGE) });
    if (more && next) q.set("before", String(next));
    if (filter.action) q.set("action", filter.action);
    if (filter.target) q.set("target_id", filter.target);
    try {
      var data = await HD.api("GET", "/api/v1/audit?" + q.toString());
      if (!more) HD.clear(tbody);
      (data.entries || []).forEach(function (e) { tbody.appendChild(row(e)); });
      next = data.next_before || null;
      moreWrap.hidden = !next;
      empty.textContent = HD.t("audit.empty");
      empty.hidden = tbody.children.length > 0;
    } catch (err) {
      HD.clear(tbody);
      moreWrap.hidden = true;
      empty.textContent = HD.errorText(err);
      empty.hidden = false;
    }
  }

  HD.$("filters").addEventListener("submit", function (ev) {
    ev.preventDefault();
    filter.action = HD.$("f-action").value.trim();
    filter.target = HD.$("f-target").value.trim();
    load(false);
  });
  HD.$("f-clear").addEventListener("click", function () {
    HD.$("f-action").value = "";
    HD.$("f-target").value = "";
    filter = { action: "", target: "" };
    load(false);
  });
  HD.$("more").addEventListener("click", function () { load(true); });

  HD.me().then(function () {
    HD.agentStream({}); /* live status in the sidebar; the console being open counts as online */
    return load(false);
  }).catch(function (err) {
    HD.toast(HD.errorText(err), "error");
  });
})();
