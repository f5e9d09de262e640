/* One case: the conversation (live), the assistant's notes, customer and evidence panels,
 * claim / reply / internal note / escalate / resolve, and sensitive actions (four eyes).
 * Every piece of text from the API is set with textContent. */
(function () {
  "use strict";
  var root = HD.$("case");
  var caseId = root.dataset.caseId;
  var ACTIVE = ["assistant", "waiting", "open", "pending_customer"];
  var me = null;
  var kase = null; /* the case detail (without messages) */
  var seen = new Map(); /* message id -> <li> */
  var lastId = null;
  var lastSeq = -1;
  var list = HD.$("messages");
  var refreshTimer = null;

  /* ---- rendering --------------------------------------------------------- */
  function customerName() {
    var cu = kase && kase.customer;
    return (cu && cu.name) || HD.t("customer.anonymous");
  }

  function isInternal(m) {
    return !!(m.internal || m.kind === "escalation");
  }

  function authorLabel(m) {
    if (isInternal(m)) return HD.t("author.internal");
    if (m.author === "customer") return customerName();
    if (m.author === "agent") return (m.agent && m.agent.name) || HD.t("author.agent");
    return HD.label("author", m.author);
  }

  function messageItem(m) {
    var cls = "msg m-" + m.author + (isInternal(m) ? " internal" : "");
    if (m.author === "agent" && me && m.agent && m.agent.name === me.name) cls += " mine";
    var redacted = null;
    if (m.redacted && m.redacted.length) {
      redacted = HD.el("div", {
        class: "redacted",
        text: HD.t("msg.redacted", {
          kinds: m.redacted.map(function (k) { return HD.label("secret", k); }).join(", "),
        }),
      });
    }
    return HD.el("li", { class: cls, data: { id: m.id, seq: m.seq } }, [
      HD.el("div", { class: "msg-head" }, [
        HD.el("span", { class: "msg-author", text: authorLabel(m) }),
        HD.el("time", { class: "msg-time", text: HD.fmtTime(m.created_at), attrs: { datetime: m.created_at || "" } }),
      ]),
      m.author === "assistant" || m.author === "agent"
        ? HD.withLinks(HD.el("div", { class: "msg-text" }), m.text)
        : HD.el("div", { class: "msg-text", text: m.text }),
      redacted,
    ]);
  }

  function nearBottom() {
    return list.scrollHeight - list.scrollTop - list.clientHeight < 120;
  }

  function addMessage(m) {
    if (!m || m.id == null || seen.has(m.id)) return;
    var stick = nearBottom();
    var li = messageItem(m);
    seen.set(m.id, li);
    /* keep seq order even if events arrive out of order */
    var before = null;
    for (var node = list.lastElementChild; node; node = node.previousElementSibling) {
      if (Number(node.dataset.seq) > Number(m.seq)) before = node;
      else break;
    }
    list.insertBefore(li, before);
    if (Number(m.seq) > lastSeq) {
      lastSeq = Number(m.seq);
      lastId = m.id;
    }
    if (stick) list.scrollTop = list.scrollHeight;
  }

  function fact(id, value, cls) {
    var node = HD.$(id);
    node.textContent = value == null || value === "" ? "—" : String(value);
    if (cls) node.className = cls;
  }

  function langName(code) {
    if (!code) return "—";
    try {
      var names = new Intl.DisplayNames([HD.htmlLang], { type: "language" });
      return names.of(code) + " (" + code + ")";
    } catch (e) {
      return code;
    }
  }

  function renderHeader() {
    HD.$("case-category").textContent = HD.label("cat", kase.category);
    document.title = HD.label("cat", kase.category) + " · hashdesk";
    var badges = HD.$("case-badges");
    HD.clear(badges);
    badges.appendChild(HD.priorityPill(kase.priority));
    if (kase.vip) badges.appendChild(HD.vipBadge());
    badges.appendChild(HD.statusPill(kase.status));
    badges.appendChild(HD.el("span", { class: "pill plain", text: HD.label("team", kase.team) }));
    if (kase.escalated_to) {
      badges.appendChild(HD.el("span", {
        class: "pill escalated",
        text: HD.t("case.escalated_to", { to: HD.label("team", kase.escalated_to) }),
      }));
    }
    var assignee = HD.$("case-assignee");
    var mineNow = !!(me && kase.assignee && kase.assignee.id === me.id);
    if (!kase.assignee) assignee.textContent = HD.t("case.unclaimed");
    else if (mineNow) assignee.textContent = HD.t("case.claimed_by_you");
    else assignee.textContent = HD.t("case.claimed_by", { name: kase.assignee.name || kase.assignee.email || "?" });
    var active = ACTIVE.indexOf(kase.status) >= 0;
    HD.$("claim").hidden = !active || !!kase.assignee;
    HD.$("resolve").disabled = !active;
    HD.$("escalate-open").disabled = !active;
    var actionBtn = HD.$("action-open");
    var cu = kase.customer || {};
    actionBtn.hidden = !actionsAvailable;
    actionBtn.disabled = !!(cu.anonymous || !cu.account_id);
    actionBtn.title = actionBtn.disabled ? HD.t("action.anonymous") : "";
    fact("d-id", kase.id);
    fact("d-team", HD.label("team", kase.team));
    fact("d-created", HD.fmtTime(kase.created_at));
    fact("d-due", kase.first_response_due ? HD.fmtTime(kase.first_response_due) : null);
    fact("d-escalated", kase.escalated_to ? HD.label("team", kase.escalated_to) : null);
    renderSummary(kase.summary || "");
    HD.$("summary-panel").hidden = !kase.summary;
    tick(Date.now());
  }

  /* The assistant's notes are sentences ("Handed off: …. Collected: …. Still missing: ….");
   * one per line, with its "Label:" in bold, reads faster. */
  function renderSummary(text) {
    var node = HD.$("d-summary");
    HD.clear(node);
    text.split(/(?<=\.)\s+(?=[A-Z])/).forEach(function (sentence) {
      var m = /^([A-Z][A-Za-z ]{1,30}):\s+([\s\S]*)$/.exec(sentence);
      node.appendChild(HD.el("span", { class: "summary-line" }, m
        ? [HD.el("strong", { text: m[1] + ":" }), " " + m[2]]
        : [sentence]));
    });
  }

  function renderCustomer() {
    var cu = kase.customer || {};
    fact("cu-name", customerName());
    var tier = HD.$("cu-tier");
    HD.clear(tier);
    if (cu.tier === "vip") tier.appendChild(HD.vipBadge());
    else tier.textContent = HD.label("tier", cu.tier || "standard");
    fact("cu-lang", langName(cu.language || kase.language));
    fact("cu-channel", HD.label("channel", kase.channel));
    fact("cu-account", cu.account_id);
    fact("cu-email", cu.email);
  }

  function renderEvidence() {
    var items = kase.evidence || [];
    var tb = HD.$("evidence-rows");
    HD.clear(tb);
    items.forEach(function (e) {
      var valid = e.valid === true ? "yes" : e.valid === false ? "no" : "unknown";
      var mark = valid === "yes" ? "✓" : "✗";
      var extra = [];
      if (e.memo) extra.push("memo " + e.memo);
      if (e.tag) extra.push("tag " + e.tag);
      if (e.asset) extra.push(String(e.asset));
      var chain = e.chain ? HD.el("span", { class: "ev-chain", text: e.chain }) : null;
      tb.appendChild(HD.el("li", { class: "ev", data: { kind: e.kind || "" } }, [
        HD.el("div", { class: "ev-top" }, [
          HD.el("span", { class: "ev-kind", text: HD.label("evidence", e.kind) }),
          chain,
          valid === "unknown" ? null : HD.el("span", {
            class: "valid valid-" + valid, text: mark, title: HD.t("valid." + valid),
            attrs: { "aria-label": HD.t("valid." + valid) },
          }),
        ]),
        HD.el("div", { class: "ev-value mono", text: e.value == null ? "" : e.value }),
        extra.length ? HD.el("div", { class: "ev-extra muted small", text: extra.join(" · ") }) : null,
      ]));
    });
    HD.$("evidence-count").textContent = String(items.length);
    tb.hidden = items.length === 0;
    HD.$("evidence-empty").hidden = items.length > 0;
  }

  function tick(now) {
    if (!kase) return;
    var s = HD.sla(kase, now);
    var node = HD.$("case-sla");
    node.textContent = s.text;
    node.className = "case-sla sla sla-" + s.state;
  }

  /* ---- data ---------------------------------------------------------------- */
  function setCase(data) {
    var msgs = data.messages;
    kase = Object.assign({}, kase || {}, data);
    delete kase.messages;
    renderHeader();
    renderCustomer();
    renderEvidence();
    if (msgs) msgs.forEach(addMessage);
  }

  async function load() {
    try {
      var first = !kase;
      setCase(await HD.api("GET", "/api/v1/cases/" + encodeURIComponent(caseId)));
      if (first) list.scrollTop = list.scrollHeight;
    } catch (err) {
      HD.toast(HD.errorText(err), "error");
      if (kase && (err.status === 403 || err.status === 404)) {
        /* e.g. escalated to a team this agent is not in: back to the queue */
        setTimeout(function () { window.location.assign("/console"); }, 1500);
      }
    }
  }

  async function catchUp() {
    try {
      var q = lastId != null ? "?after=" + encodeURIComponent(lastId) : "";
      var data = await HD.api("GET", "/api/v1/cases/" + encodeURIComponent(caseId) + "/messages" + q);
      data.messages.forEach(addMessage);
      await load();
    } catch (err) {
      HD.toast(HD.errorText(err), "error");
    }
  }

  /* Evidence and customer details change with customer messages; refetch, debounced. */
  function refreshSoon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(load, 400);
  }

  /* ---- actions ------------------------------------------------------------- */
  async function act(button, path, payload, doneKey) {
    button.disabled = true;
    try {
      setCase(await HD.api("POST", "/api/v1/cases/" + encodeURIComponent(caseId) + path, payload));
      if (doneKey) HD.toast(HD.t(doneKey), "ok");
      return true;
    } catch (err) {
      HD.toast(HD.errorText(err), "error");
      return false;
    } finally {
      button.disabled = false;
      if (kase) renderHeader();
    }
  }

  HD.$("claim").addEventListener("click", function () {
    act(HD.$("claim"), "/claim", undefined, "case.claimed");
  });
  HD.$("resolve").addEventListener("click", function () {
    act(HD.$("resolve"), "/resolve", undefined, "case.resolved");
  });

  var form = HD.$("reply-form");
  var text = HD.$("reply-text");
  var replyError = HD.$("reply-error");
  var sendBtn = HD.$("reply-send");
  var sending = false;
  var mode = "reply"; /* or "note": internal, the customer never sees it */

  function setMode(next) {
    mode = next;
    form.dataset.mode = next;
    document.querySelectorAll("#reply-form .mode").forEach(function (b) {
      var on = b.dataset.mode === next;
      b.classList.toggle("active", on);
      b.setAttribute("aria-selected", on ? "true" : "false");
    });
    text.placeholder = HD.t(next === "note" ? "compose.placeholder.note" : "compose.placeholder.reply");
    sendBtn.textContent = HD.t(next === "note" ? "compose.add_note" : "compose.send");
    showReplyError(null);
    text.focus();
  }
  document.querySelectorAll("#reply-form .mode").forEach(function (b) {
    b.addEventListener("click", function () { setMode(b.dataset.mode); });
  });

  function showReplyError(err) {
    replyError.textContent = err ? HD.errorText(err) : "";
    replyError.hidden = !err;
    replyError.dataset.code = err ? err.code : "";
    form.classList.toggle("blocked", !!err && err.code === "secret_request_blocked");
  }

  async function sendReply() {
    var value = text.value;
    if (sending || !value.trim()) return;
    sending = true;
    sendBtn.disabled = true;
    showReplyError(null);
    var note = mode === "note";
    try {
      var path = "/api/v1/cases/" + encodeURIComponent(caseId) + (note ? "/notes" : "/messages");
      var m = await HD.api("POST", path, { text: value });
      text.value = "";
      addMessage(m);
      list.scrollTop = list.scrollHeight;
      if (note) HD.toast(HD.t("note.added"), "ok");
    } catch (err) {
      showReplyError(err);
    } finally {
      sending = false;
      sendBtn.disabled = false;
      text.focus();
    }
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    sendReply();
  });
  text.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing && ev.keyCode !== 229) {
      ev.preventDefault();
      sendReply();
    }
  });
  text.addEventListener("input", function () {
    if (!replyError.hidden && replyError.dataset.code !== "secret_request_blocked") showReplyError(null);
  });

  var dialog = HD.$("escalate-dialog");
  var escError = HD.$("escalate-error");
  document.querySelectorAll("#escalate-to option[data-team]").forEach(function (o) {
    o.textContent = HD.label("team", o.dataset.team);
  });
  HD.$("escalate-open").addEventListener("click", function () {
    escError.hidden = true;
    HD.$("escalate-reason").value = "";
    dialog.showModal();
    HD.$("escalate-reason").focus();
  });
  HD.$("escalate-cancel").addEventListener("click", function () { dialog.close(); });
  HD.$("escalate-form").addEventListener("submit", async function (ev) {
    ev.preventDefault();
    var to = HD.$("escalate-to").value;
    var reason = HD.$("escalate-reason").value.trim();
    if (!reason) {
      escError.textContent = HD.t("error.reason_required");
      escError.hidden = false;
      return;
    }
    var btn = HD.$("escalate-submit");
    btn.disabled = true;
    try {
      setCase(await HD.api("POST", "/api/v1/cases/" + encodeURIComponent(caseId) + "/escalate",
        { to: to, reason: reason }));
      dialog.close();
      HD.toast(HD.t("case.escalated"), "ok");
      catchUp();
    } catch (err) {
      escError.textContent = HD.errorText(err);
      escError.hidden = false;
    } finally {
      btn.disabled = false;
    }
  });

  /* ---- sensitive actions (four eyes) ------------------------------------------- */
  var actionsAvailable = true; /* false when this desk has no actions API */
  var actionDialog = HD.$("action-dialog");
  var actionError = HD.$("action-error");

  function actionItem(a) {
    var by = a.requested_by || {};
    var who = by.kind === "customer"
      ? HD.t("action.requested_by_customer")
      : HD.t("action.requested_by", { name: by.name || by.id || "?" });
    var lines = [HD.el("span", { class: "muted small", text: who + " · " + HD.fmtTime(a.requested_at) })];
    if (a.decided_by) {
      lines.push(HD.el("span", {
        class: "muted small",
        text: HD.t("action.decided_by", { name: a.decided_by.name || a.decided_by.id }) + " · " + HD.fmtTime(a.decided_at),
      }));
    }
    if (a.note) lines.push(HD.el("span", { class: "small action-note", text: a.note }));
    return HD.el("li", { class: "action-item", data: { id: a.id, status: a.status } }, [
      HD.el("div", { class: "action-top" }, [
        HD.el("strong", { text: HD.label("action", a.kind) }),
        a.urgent ? HD.el("span", { class: "pill pri-urgent", text: HD.t("action.urgent") }) : null,
        HD.el("span", { class: "pill act-" + a.status, text: HD.label("action.status", a.status) }),
      ]),
      HD.el("div", { class: "small action-reason", text: a.reason || "" }),
    ].concat(lines));
  }

  async function loadActions() {
    if (!actionsAvailable) return;
    try {
      var data = await HD.api("GET", "/api/v1/cases/" + encodeURIComponent(caseId) + "/actions");
      var rowsNode = HD.$("actions-rows");
      HD.clear(rowsNode);
      (data.actions || []).forEach(function (a) { rowsNode.appendChild(actionItem(a)); });
      HD.$("actions-panel").hidden = !(data.actions || []).length;
    } catch (err) {
      if (err.status === 404 && err.code === "not_found") {
        actionsAvailable = false; /* no such endpoint here */
        HD.$("action-open").hidden = true;
      }
    }
  }

  function syncActionFields() {
    HD.$("action-address-fields").hidden = HD.$("action-kind").value !== "remove_whitelist_address";
  }
  HD.$("action-kind").addEventListener("change", syncActionFields);
  HD.$("action-open").addEventListener("click", function () {
    actionError.hidden = true;
    HD.$("action-form").reset();
    syncActionFields();
    actionDialog.showModal();
    HD.$("action-kind").focus();
  });
  HD.$("action-cancel").addEventListener("click", function () { actionDialog.close(); });
  HD.$("action-form").addEventListener("submit", async function (ev) {
    ev.preventDefault();
    var kind = HD.$("action-kind").value;
    var reason = HD.$("action-reason").value.trim();
    var payload = { kind: kind, reason: reason };
    function fail(text) {
      actionError.textContent = text;
      actionError.hidden = false;
    }
    if (kind === "remove_whitelist_address") {
      var address = HD.$("action-address").value.trim();
      if (!address) return fail(HD.t("action.address_required"));
      payload.params = { address: address };
      var chain = HD.$("action-chain").value.trim();
      var memo = HD.$("action-memo").value.trim();
      if (chain) payload.params.chain = chain;
      if (memo) payload.params.memo = memo;
    }
    if (!reason) return fail(HD.t("action.reason_required"));
    var btn = HD.$("action-submit");
    btn.disabled = true;
    try {
      await HD.api("POST", "/api/v1/cases/" + encodeURIComponent(caseId) + "/actions", payload);
      actionDialog.close();
      HD.toast(HD.t("action.requested"), "ok");
      loadActions();
    } catch (err) {
      fail(HD.errorText(err));
    } finally {
      btn.disabled = false;
    }
  });

  /* ---- start ----------------------------------------------------------------- */
  HD.me().then(function (a) {
    me = a;
    return Promise.all([load(), loadActions()]);
  }).then(function () {
    HD.onTick(tick);
    HD.agentStream({
      message: function (m) {
        if (m.case_id !== caseId && !(kase && m.conversation_id === kase.conversation_id)) return;
        addMessage(m);
        if (m.author === "customer") refreshSoon();
        if (m.internal && /^action_/.test(m.kind || "")) loadActions();
      },
      case: function (c) {
        if (c.id !== caseId) return;
        setCase(c);
      },
      status: function (ev) {
        if (ev.case_id !== caseId || !kase) return;
        kase.status = ev.status;
        renderHeader();
      },
      reconnected: function () {
        catchUp();
        loadActions();
      },
    });
  }).catch(function (err) {
    HD.toast(HD.errorText(err), "error");
  });
})();
