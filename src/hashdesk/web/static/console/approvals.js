/* Approvals (supervisors, admins): sensitive actions waiting for a second person, urgent
 * first; approve or reject with a note. The server enforces four eyes; its refusal is shown
 * on the request. */
(function () {
  "use strict";
  var root = HD.$("approvals");
  var empty = HD.$("empty");
  var tabs = document.querySelectorAll("#tabs [data-tab]");
  var tab = location.hash === "#decided" ? "decided" : "pending";
  var me = null;
  var items = [];
  var reloadTimer = null;

  function fact(label, value, cls) {
    return [
      HD.el("dt", { text: label }),
      value instanceof Node ? HD.el("dd", { class: cls || "" }, [value]) : HD.el("dd", { class: cls || "", text: value == null || value === "" ? "—" : value }),
    ];
  }

  function requester(a) {
    var by = a.requested_by || {};
    if (by.kind === "customer") return HD.t("actor.customer");
    return by.name || by.id || "?";
  }

  function card(a) {
    var mine = !!(me && a.requested_by && a.requested_by.kind === "agent" && a.requested_by.id === me.id);
    var facts = [];
    facts = facts.concat(fact(HD.t("approvals.account"), a.account_id, "mono"));
    facts = facts.concat(fact(HD.t("approvals.case"), HD.el("a", {
      class: "mono", text: a.case_id, attrs: { href: "/console/cases/" + encodeURIComponent(a.case_id) },
    })));
    facts = facts.concat(fact(HD.t("approvals.requested"), requester(a) + " · " + HD.fmtTime(a.requested_at)));
    Object.keys(a.params || {}).forEach(function (k) {
      facts = facts.concat(fact(HD.label("param", k), a.params[k], "mono"));
    });
    if (a.decided_by) {
      facts = facts.concat(fact(HD.t("approvals.decided"),
        (a.decided_by.name || a.decided_by.id) + " · " + HD.fmtTime(a.decided_at)));
    }
    if (a.note) facts = facts.concat(fact(HD.t("approvals.decision_note"), a.note));
    if (a.delivery && a.delivery.status) {
      facts = facts.concat(fact(HD.t("approvals.delivery"), HD.label("delivery", a.delivery.status)));
    }

    var left = HD.el("div", {}, [
      HD.el("div", { class: "approval-head" }, [
        HD.el("h2", { text: HD.label("action", a.kind) }),
        a.urgent ? HD.el("span", { class: "pill pri-urgent", text: HD.t("action.urgent") }) : null,
        HD.el("span", { class: "pill act-" + a.status, text: HD.label("action.status", a.status) }),
      ]),
      HD.el("p", { class: "approval-reason", text: a.reason || "" }),
      HD.el("dl", { class: "facts" }, facts),
    ]);

    var right = null;
    if (a.status === "pending") {
      var note = HD.el("textarea", { attrs: { rows: "2", maxlength: "2000", placeholder: HD.t("approvals.note"), "aria-label": HD.t("approvals.note") } });
      var error = HD.el("div", { class: "alert error", attrs: { role: "alert" } });
      error.hidden = true;
      var approve = HD.el("button", { class: "btn primary", text: HD.t("approvals.approve"), attrs: { type: "button" }, data: { decide: "approve" } });
      var reject = HD.el("button", { class: "btn danger", text: HD.t("approvals.reject"), attrs: { type: "button" }, data: { decide: "reject" } });
      right = HD.el("div", { class: "approval-decide" }, [
        mine ? HD.el("p", { class: "muted small", text: HD.t("approvals.own") }) : null,
        note,
        error,
        HD.el("div", { class: "approval-buttons" }, [approve, reject]),
      ]);
      [approve, reject].forEach(function (btn) {
        btn.addEventListener("click", function () { decide(a, btn.dataset.decide, note, error, [approve, reject]); });
      });
    } else {
      right = HD.el("div", { class: "approval-outcome muted" });
    }
    var node = HD.el("article", { class: "approval card" + (a.urgent ? " urgent" : ""), data: { id: a.id, status: a.status } }, [left, right]);
    return node;
  }

  async function decide(a, how, note, error, buttons) {
    buttons.forEach(function (b) { b.disabled = true; });
    error.hidden = true;
    try {
      var text = note.value.trim();
      await HD.api("POST", "/api/v1/approvals/" + encodeURIComponent(a.id) + "/" + how, text ? { note: text } : {});
      HD.toast(HD.t(how === "approve" ? "action.approved" : "action.rejected"), "ok");
      await load();
      HD.pendingApprovals();
    } catch (err) {
      error.textContent = HD.errorText(err);
      error.dataset.code = err.code || "";
      error.hidden = false;
      buttons.forEach(function (b) { b.disabled = false; });
    }
  }

  function render() {
    tabs.forEach(function (b) {
      var on = b.dataset.tab === tab;
      b.classList.toggle("active", on);
      b.setAttribute("aria-selected", on ? "true" : "false");
    });
    var shown = items.filter(function (a) { return tab === "pending" ? a.status === "pending" : a.status !== "pending"; });
    if (tab === "decided") {
      shown.sort(function (x, y) { return (HD.parseTime(y.decided_at) || 0) - (HD.parseTime(x.decided_at) || 0); });
    } else {
      shown.sort(function (x, y) {
        if (x.urgent !== y.urgent) return x.urgent ? -1 : 1;
        return (HD.parseTime(x.requested_at) || 0) - (HD.parseTime(y.requested_at) || 0);
      });
    }
    HD.clear(root);
    shown.forEach(function (a) { root.appendChild(card(a)); });
    HD.$("pending-count").textContent = String(items.filter(function (a) { return a.status === "pending"; }).length);
    empty.textContent = HD.t(tab === "pending" ? "approvals.empty.pending" : "approvals.empty.decided");
    empty.hidden = shown.length > 0;
  }

  async function load() {
    try {
      var data = await HD.api("GET", "/api/v1/approvals?status=all&limit=300");
      items = data.approvals || [];
      render();
    } catch (err) {
      HD.clear(root);
      empty.textContent = HD.errorText(err);
      empty.hidden = false;
    }
  }
  function reloadSoon() {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(function () { load(); HD.pendingApprovals(); }, 400);
  }

  tabs.forEach(function (b) {
    b.addEventListener("click", function () {
      tab = b.dataset.tab;
      history.replaceState(null, "", "#" + tab);
      render();
    });
  });

  HD.me().then(function (a) {
    me = a;
    return load();
  }).then(function () {
    HD.agentStream({
      message: function (m) {
        if (m && m.internal && /^action_/.test(m.kind || "")) reloadSoon();
      },
      reconnected: load,
    });
  }).catch(function (err) {
    HD.toast(HD.errorText(err), "error");
  });
})();
