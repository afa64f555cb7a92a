// Enhancements for the plainspeak HTML report (inlined by plainspeak/report/html.py).
// A small report works without this: it adds next/previous and filters. A large report
// keeps each document's text as data (script type="application/json", never run) and
// builds it here when its section is opened, so the page opens at once however many
// documents it holds. Work is only ever done on the documents that are open.
(function () {
  "use strict";
  var status = document.getElementById("ps-status");
  var current = null;
  var off = {};
  function say(text) { if (status) { status.textContent = text; } }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  // -- documents built on demand ---------------------------------------------------------
  function load(details) {
    var n = details.getAttribute("data-lazy");
    if (!n || details.getAttribute("data-loaded")) { return; }
    var data = document.getElementById("data-" + n);
    var body = document.getElementById("body-" + n);
    if (!data || !body) { return; }
    body.innerHTML = JSON.parse(data.textContent);
    details.setAttribute("data-loaded", "1");
    filterIn(body);
  }
  function openSection(section) {
    var details = section && section.querySelector("details.file-details");
    if (details) { load(details); details.open = true; }
  }
  each(document.querySelectorAll("details.file-details"), function (d) {
    d.addEventListener("toggle", function () { if (d.open) { load(d); } });
  });
  // A link to a highlight or note inside a document that is not open yet (#f3-12, #n3-4).
  function reveal(id) {
    var el = document.getElementById(id);
    if (!el) {
      var m = /^[fn](\d+)-/.exec(id);
      if (m) { openSection(document.getElementById("file-" + m[1])); el = document.getElementById(id); }
    }
    if (el) {
      var section = el.closest("section.file");
      if (section) { openSection(section); }
    }
    return el;
  }

  // -- next / previous -----------------------------------------------------------------------
  function marks() {
    return Array.prototype.slice.call(
      document.querySelectorAll("details.file-details[open] mark[id][data-f]")).filter(visible);
  }
  function visible(m) { return !m.classList.contains("is-filtered"); }
  function label(m) {
    var ids = (m.getAttribute("aria-describedby") || "").split(" ");
    var msg = document.getElementById(ids[0]);
    return msg ? msg.textContent : "";
  }
  function go(m, shown) {
    current = m;
    m.focus({preventScroll: true});
    m.scrollIntoView({block: "center"});
    say("Finding " + (shown.indexOf(m) + 1) + " of " + shown.length + ": " + label(m));
  }
  function step(dir) {
    var shown = marks();
    if (!shown.length) {
      // Nothing open yet: open the first document with findings.
      var first = document.querySelector('section.file:not([data-findings="0"])');
      if (first) { openSection(first); shown = marks(); }
    }
    if (!shown.length) { say("No findings to show."); return; }
    var i = current ? shown.indexOf(current) : -1;
    if (i < 0) { i = dir > 0 ? -1 : 0; }
    go(shown[(i + dir + shown.length) % shown.length], shown);
  }
  document.addEventListener("focusin", function (e) {
    if (e.target.tagName === "MARK" && e.target.id) { current = e.target; }
  });
  var next = document.getElementById("ps-next");
  var prev = document.getElementById("ps-prev");
  if (next) { next.addEventListener("click", function () { step(1); }); }
  if (prev) { prev.addEventListener("click", function () { step(-1); }); }

  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href^='#']");
    if (!a) { return; }
    var id = a.getAttribute("href").slice(1);
    if (a.classList.contains("to-file")) {
      openSection(document.getElementById(id));
      return;  // the browser scrolls to the section
    }
    var target = reveal(id);
    if (!target || !a.closest("main")) { return; }
    e.preventDefault();
    if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
    target.focus({preventScroll: true});
    target.scrollIntoView({block: "center"});
    if (target.tagName === "MARK") { current = target; }
    if (history.replaceState) { history.replaceState(null, "", "#" + id); }
  });
  if (location.hash.length > 1) {
    var start = reveal(location.hash.slice(1));
    if (start) { start.scrollIntoView({block: "center"}); }
  }

  // -- filters ---------------------------------------------------------------------------------
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  function filterIn(root) {
    var total = 0, shown = 0;
    each(root.querySelectorAll("[data-check][data-sev]"), function (el) {
      var hide = !!(off["check:" + el.getAttribute("data-check")] || off["sev:" + el.getAttribute("data-sev")]);
      el.classList.toggle("is-filtered-out", hide);
    });
    each(root.querySelectorAll("mark.ps"), function (el) {
      var sev = /sev-(\w+)/.exec(el.className), chk = /chk-(\w+)/.exec(el.className);
      var hide = !!((sev && off["sev:" + sev[1]]) || (chk && off["check:" + chk[1]]));
      el.classList.toggle("is-filtered", hide);
      if (el.id) {
        total++; if (!hide) { shown++; }
        el.setAttribute("tabindex", hide ? "-1" : "0");
      }
    });
    return [shown, total];
  }
  function applyFilters() {
    off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.getAttribute("data-filter") + ":" + b.value] = true; } });
    var shown = 0, total = 0;
    each(document.querySelectorAll("details.file-details"), function (d) {
      if (d.open || !d.hasAttribute("data-lazy")) {
        var counts = filterIn(d);
        shown += counts[0]; total += counts[1];
      }
    });
    say("Showing " + shown + " of " + total + " highlighted findings in the open documents.");
  }
  boxes.forEach(function (b) { b.addEventListener("change", applyFilters); });
  each(document.querySelectorAll("[data-js-only]"), function (el) { el.hidden = false; });
  each(document.querySelectorAll(".needs-js"), function (el) { el.hidden = true; });
})();
