/* The queue: waiting / mine / all open / with the assistant, sorted by first-response due
 * time, live. */
(function () {
  "use strict";
  var HUMAN = ["waiting", "open", "pending_customer"];
  var ACTIVE = ["assistant"].concat(HUMAN);
  var TABS = ["waiting", "mine", "all", "assistant"];
  var PRIORITY_RANK = { urgent: 3, high: 2, normal: 1, low: 0 };
  var cases = new Map();
  var rows = new Map(); /* case id -> <tr> */
  var fresh = new Set(); /* ids to highlight once */
  var me = null;
  var tbody = HD.$("rows");
  var empty = HD.$("empty");
  var tabs = document.querySelectorAll("#tabs [data-tab]");
  var tab = /^#(waiting|mine|all|assistant)$/.test(location.hash) ? location.hash.slice(1) : "waiting";
  var reloadTimer = null;

  function inTab(c, which) {
    if (which === "waiting") return c.status === "waiting";
    if (which === "assistant") return c.status === "assistant";
    if (which === "mine") return !!(me && c.assignee && c.assignee.id === me.id) && HUMAN.indexOf(c.status) >= 0;
    return HUMAN.indexOf(c.status) >= 0;
  }

  function dueKey(c) {
    var ms = HD.parseTime(c.first_response_due);
    return ms == null ? Infinity : ms;
  }

  function compare(a, b) {
    var d = dueKey(a) - dueKey(b);
    if (d) return d;
    var p = (PRIORITY_RANK[b.priority] || 0) - (PRIORITY_RANK[a.priority] || 0);
    if (p) return p;
    return (HD.parseTime(a.created_at) || 0) - (HD.parseTime(b.created_at) || 0);
  }

  function assigneeText(c) {
    if (!c.assignee) return HD.t("queue.unassigned");
    if (me && c.assignee.id === me.id) return HD.t("queue.you");
    return c.assignee.name || c.assignee.email || c.assignee.id;
  }

  function customerCell(c) {
    var cu = c.customer || null;
    var anonymous = !cu || cu.anonymous || !cu.name;
    var vip = (cu && cu.tier === "vip") || c.vip;
    return HD.el("td", { class: "col-customer" }, [
      HD.el("span", {
        class: "cu-name" + (anonymous ? " muted" : ""),
        text: anonymous ? HD.t("customer.anonymous") : cu.name,
      }),
      vip ? HD.vipBadge() : null,
    ]);
  }

  function lastActivity(c) {
    return c.updated_at || c.created_at;
  }

  function buildRow(c) {
    var href = "/console/cases/" + encodeURIComponent(c.id);
    var caseCell = HD.el("td", { class: "col-case" }, [
      HD.el("a", { class: "case-link", text: HD.label("cat", c.category), attrs: { href: href } }),
      c.summary ? HD.el("div", { class: "case-summary", text: c.summary, title: c.summary }) : null,
    ]);
    var s = HD.sla(c);
    var tr = HD.el("tr", { class: "row", data: { id: c.id, conversation: c.conversation_id, href: href } }, [
      HD.el("td", { class: "col-pri" }, [HD.priorityPill(c.priority)]),
      caseCell,
      customerCell(c),
      HD.el("td", { class: "col-channel", text: c.channel ? HD.label("channel", c.channel) : "—" }),
      HD.el("td", { class: "col-lang mono", text: (c.language || "—").toUpperCase() }),
      HD.el("td", { text: HD.label("team", c.team) }),
      HD.el("td", {}, [HD.statusPill(c.status)]),
      HD.el("td", { class: c.assignee ? "" : "muted", text: assigneeText(c) }),
      HD.el("td", { class: "col-time" }, [
        HD.el("time", {
          class: "ago", text: HD.fmtAgo(lastActivity(c)), title: HD.fmtTime(lastActivity(c)),
          attrs: { datetime: lastActivity(c) || "" },
        }),
      ]),
      HD.el("td", { class: "col-sla" }, [HD.el("span", { class: "sla sla-" + s.state, text: s.text })]),
    ]);
    if (fresh.has(c.id)) {
      tr.classList.add("flash");
      fresh.delete(c.id);
    }
    return tr;
  }

  function render() {
    var counts = { waiting: 0, mine: 0, all: 0, assistant: 0 };
    var visible = [];
    cases.forEach(function (c) {
      TABS.forEach(function (w) { if (inTab(c, w)) counts[w] += 1; });
      if (inTab(c, tab)) visible.push(c);
    });
    visible.sort(compare);
    HD.clear(tbody);
    rows.clear();
    visible.forEach(function (c) {
      var tr = buildRow(c);
      rows.set(c.id, tr);
      tbody.appendChild(tr);
    });
    document.querySelectorAll("[data-count]").forEach(function (n) {
      n.textContent = String(counts[n.dataset.count]);
    });
    tabs.forEach(function (b) {
      var on = b.dataset.tab === tab;
      b.classList.toggle("active", on);
      b.setAttribute("aria-selected", on ? "true" : "false");
    });
    empty.hidden = visible.length > 0;
    empty.textContent = HD.t("queue.empty." + tab);
  }

  function tick(now) {
    rows.forEach(function (tr, id) {
      var c = cases.get(id);
      if (!c) return;
      var s = HD.sla(c, now);
      var span = tr.querySelector(".sla");
      span.textContent = s.text;
      span.className = "sla sla-" + s.state;
      var ago = tr.querySelector(".ago");
      if (ago) ago.textContent = HD.fmtAgo(lastActivity(c), now);
    });
  }

  /* A case we have not listed yet arrives without the queue's extra fields (customer,
   * channel, last activity): fetch the list again, once for a burst of events. */
  function reloadSoon() {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(load, 400);
  }

  function caseOfConversation(conversationId) {
    var found = null;
    cases.forEach(function (c) { if (c.conversation_id === conversationId) found = c; });
    return found;
  }

  async function load() {
    try {
      var data = await HD.api("GET", "/api/v1/cases?status=" + ACTIVE.join(","));
      cases.clear();
      data.cases.forEach(function (c) { cases.set(c.id, c); });
      render();
    } catch (err) {
      HD.toast(HD.errorText(err), "error");
    }
  }

  tbody.addEventListener("click", function (ev) {
    if (ev.target.closest("a")) return;
    var tr = ev.target.closest("tr[data-href]");
    if (tr) window.location.assign(tr.dataset.href);
  });
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
    HD.onTick(tick);
    HD.agentStream({
      message: function (m) {
        var c = m && caseOfConversation(m.conversation_id);
        if (!c || m.internal) return;
        c.updated_at = m.created_at || c.updated_at;
        var tr = rows.get(c.id);
        var ago = tr && tr.querySelector(".ago");
        if (ago) {
          ago.textContent = HD.fmtAgo(lastActivity(c));
          ago.title = HD.fmtTime(lastActivity(c));
        }
      },
      case: function (c) {
        var had = cases.get(c.id);
        if (!had && !c.customer && ACTIVE.indexOf(c.status) >= 0) reloadSoon();
        if (ACTIVE.indexOf(c.status) >= 0) {
          if (!had || had.status !== c.status || (had.assignee || {}).id !== (c.assignee || {}).id) {
            fresh.add(c.id);
          }
          cases.set(c.id, Object.assign({}, had || {}, c));
        } else {
          cases.delete(c.id);
        }
        render();
      },
      status: function (ev) {
        var c = ev.case_id && cases.get(ev.case_id);
        if (!c) return;
        c.status = ev.status;
        if (ACTIVE.indexOf(c.status) < 0) cases.delete(c.id);
        render();
      },
      reconnected: load,
    });
  }).catch(function (err) {
    HD.toast(HD.errorText(err), "error");
  });
})();
