// The Embedded Profile widget: reads the record's link from /api/v1 and lets the user confirm, reject or
// rematch it. Everything is rendered with textContent: no server text ever becomes markup.
(() => {
  "use strict";
  const token = document.querySelector('meta[name="crmsync-token"]').content;
  const recordId = document.querySelector('meta[name="crmsync-record"]').content;
  const $ = (id) => document.getElementById(id);
  let view = null;

  async function api(method, path, body) {
    const headers = { Accept: "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch("/api/v1" + path, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.message || "the server answered " + response.status);
    return json;
  }

  function show(...ids) {
    for (const id of ["loading", "error", "profile", "empty", "search"]) $(id).hidden = !ids.includes(id);
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function initials(name) {
    return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0].toUpperCase()).join("");
  }

  function humanize(field) {
    return field.replace(/__c$/, "").replace(/[_.]/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  }

  function ago(iso) {
    if (!iso) return "";
    const seconds = Math.max(1, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
    const steps = [[60, "second"], [60, "minute"], [24, "hour"], [30, "day"], [12, "month"], [Infinity, "year"]];
    let value = seconds;
    for (const [size, unit] of steps) {
      if (value < size) return value + " " + unit + (value === 1 ? "" : "s") + " ago";
      value = Math.floor(value / size);
    }
    return "";
  }

  function toast(text) {
    const node = $("toast");
    node.textContent = text;
    node.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { node.hidden = true; }, 3500);
  }

  function fail(error) {
    $("error-text").textContent = error.message;
    show("error");
  }

  async function load() {
    if (!recordId) {
      fail(new Error("Open the widget on a Lead, Contact, Account or Opportunity page."));
      return;
    }
    show("loading");
    try {
      render(await api("GET", "/records/" + encodeURIComponent(recordId)));
      loadHistory();
    } catch (error) {
      fail(error);
    }
  }

  const STATUS = {
    MANUAL: ["Confirmed", "pill-manual"],
    SYNC: ["Matched", "pill-matched"],
    LIVE: ["Suggested", "pill-suggested"],
  };
  const METER = { HIGH: [92, ""], MEDIUM: [62, "medium"], LOW: [30, "low"] };

  function render(next) {
    view = next;
    const link = view.link;
    const person = view.subject.object !== "Account";
    $("foot").hidden = false;
    $("record-ref").textContent = "";
    const ref = el(view.record.url ? "a" : "span", null, "Salesforce " + view.record.object + " · " + view.record.id);
    if (view.record.url) { ref.href = view.record.url; ref.target = "_blank"; ref.rel = "noopener"; }
    $("record-ref").append(ref);
    $("reject").textContent = person ? "Not this person" : "Not this company";
    $("search-title").textContent = person ? "Find the right person" : "Find the right company";
    if (!link) {
      $("empty-text").textContent = view.rejectedProfileIds.length
        ? "The suggested profile was marked as wrong. Search the directory for the right one."
        : "CRM Sync has not found a profile for " + view.subject.name + " yet.";
      show("empty");
      return;
    }
    const profile = link.profile;
    $("avatar").textContent = initials(profile.name);
    $("avatar").classList.toggle("company", profile.kind === "COMPANY");
    $("name").textContent = profile.name;
    $("headline").textContent = profile.headline || "";
    $("company").textContent = profile.company || "";
    $("location").textContent = profile.location || "";
    const [label, style] = link.source === "SYNC" && link.decision === "REVIEW" ? ["Needs review", "pill-review"]
      : STATUS[link.source];
    $("status").textContent = label;
    $("status").className = "pill " + style;
    renderConfidence(link);
    renderEvidence(link.evidence);
    $("stale").hidden = link.staleReasons.length === 0;
    $("stale-list").replaceChildren(...link.staleReasons.map((reason) => el("li", null, reason)));
    $("confirm").hidden = link.decision === "CONFIRMED";
    $("confirm").textContent = link.source === "LIVE" ? "Link this profile" : "Confirm match";
    show("profile");
  }

  function renderConfidence(link) {
    const [width, level] = METER[link.confidence];
    $("meter-fill").style.width = width + "%";
    $("meter-fill").parentElement.className = "meter " + level;
    const text = $("confidence-text");
    const words = { HIGH: "High confidence", MEDIUM: "Medium confidence", LOW: "Low confidence" }[link.confidence];
    let detail;
    if (link.source === "MANUAL") detail = link.decidedBy ? "confirmed by " + link.decidedBy + " " + ago(link.decidedAt)
      : "confirmed by a user " + ago(link.decidedAt);
    else if (link.source === "SYNC") detail = "matched by CRM Sync " + ago(link.decidedAt)
      + (link.score !== null ? " · score " + link.score.toFixed(2) : "");
    else detail = "suggested now, not linked until someone confirms it";
    text.replaceChildren(el("strong", null, words), document.createTextNode(" · " + detail));
  }

  function renderEvidence(evidence) {
    const max = Math.max(1e-9, ...evidence.map((item) => Math.abs(item.weight || 0)));
    $("evidence").replaceChildren(...evidence.map((item) => {
      const row = el("li");
      row.append(el("span", "field", humanize(item.field)));
      const level = (item.level || "n/a").toString();
      row.append(el("span", "level level-" + level.toLowerCase(), level.replace(/_/g, " ")));
      const track = el("span", "bar-track" + ((item.weight || 0) < 0 ? " negative" : ""));
      const fill = el("span");
      fill.style.width = item.weight === null ? "0" : Math.round(100 * Math.abs(item.weight) / max) + "%";
      track.append(fill);
      row.append(track);
      row.append(el("span", "weight", item.weight === null ? "" : (item.weight > 0 ? "+" : "") + item.weight.toFixed(1)));
      return row;
    }));
    $("no-evidence").hidden = evidence.length > 0;
  }

  async function loadHistory() {
    try {
      const history = await api("GET", "/records/" + encodeURIComponent(recordId) + "/history");
      const last = history.decisions[0];
      const verbs = { SET: "Rematched", CONFIRM: "Confirmed", REJECT: "Rejected" };
      $("history").textContent = last
        ? verbs[last.action] + " by " + last.actor + " " + ago(last.at)
          + (history.decisions.length > 1 ? " · " + history.decisions.length + " changes" : "")
        : "No manual changes";
    } catch (error) {
      $("history").textContent = "";
    }
  }

  async function act(button, method, path, body, message) {
    button.disabled = true;
    try {
      render(await api(method, path, body));
      toast(message);
      loadHistory();
    } catch (error) {
      toast(error.message);
    } finally {
      button.disabled = false;
    }
  }

  function openSearch() {
    $("search").hidden = false;
    $("search-input").value = view ? view.subject.name : "";
    $("search-input").focus();
    search();
  }

  async function search() {
    const q = $("search-input").value.trim();
    if (!q) return;
    const path = view.subject.object === "Account" ? "/search/companies" : "/search/people";
    try {
      const page = await api("GET", path + "?limit=8&q=" + encodeURIComponent(q));
      $("results-empty").hidden = page.items.length > 0;
      $("results").replaceChildren(...page.items.map(result));
    } catch (error) {
      toast(error.message);
    }
  }

  function result(item) {
    const row = el("li", "result");
    const avatar = el("div", "avatar" + (item.title === undefined ? " company" : ""), initials(item.name));
    const text = el("div");
    const name = el("div", "result-name", item.name);
    const current = view.link && view.link.profile.id === item.id;
    if (current) name.append(el("span", "tag", "current"));
    else if (item.crm) name.append(el("span", "tag", "in CRM"));
    text.append(name);
    const meta = [item.headline || item.industry, item.location && [item.location.city, item.location.country]
      .filter(Boolean).join(", ")].filter(Boolean).join(" · ");
    text.append(el("div", "result-meta", meta));
    const pick = el("button", "btn btn-neutral btn-small", current ? "Linked" : "Link");
    pick.type = "button";
    pick.disabled = current;
    pick.addEventListener("click", () => act(pick, "PUT", "/records/" + encodeURIComponent(view.subject.id) + "/link",
      { profileId: item.id }, "Linked to " + item.name + " for everyone on your team"));
    row.append(avatar, text, pick);
    return row;
  }

  $("retry").addEventListener("click", load);
  $("confirm").addEventListener("click", (event) => act(event.target, "POST",
    "/records/" + encodeURIComponent(recordId) + "/link/confirm", undefined, "Match confirmed for everyone on your team"));
  $("reject").addEventListener("click", (event) => act(event.target, "POST",
    "/records/" + encodeURIComponent(recordId) + "/link/reject", undefined, "Link removed; it will not be suggested again"));
  $("rematch").addEventListener("click", openSearch);
  $("find").addEventListener("click", openSearch);
  $("search-close").addEventListener("click", () => { $("search").hidden = true; });
  $("search-form").addEventListener("submit", (event) => { event.preventDefault(); search(); });
  load();
})();
