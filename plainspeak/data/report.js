// Enhancements for the plainspeak HTML report (inlined by plainspeak/report/html.py).
// A small report works without this: it adds next/previous and filters. A large report
// keeps each document's text as compressed data (a script element of a type that is never
// run) and builds it here when its section is opened, so the page opens at once however
// many documents it holds. Work is only ever done on the documents that are open.
(function () {
  "use strict";
  var status = document.getElementById("ps-status");
  var current = null;
  var off = {};
  function say(text) { if (status) { status.textContent = text; } }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  // -- documents built on demand ---------------------------------------------------------
  // Each document's HTML is gzip-compressed and base64-encoded in a data block; the
  // browser's own DecompressionStream unpacks it (no library, nothing fetched).
  var loading = {};
  function fragment(data) {
    if (data.getAttribute("data-encoding") !== "gzip+base64") {
      return Promise.resolve(JSON.parse(data.textContent));
    }
    if (typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("old browser"));
    }
    var bin = atob(data.textContent.trim());
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }
  function load(details) {
    var n = details.getAttribute("data-lazy");
    if (!n) { return Promise.resolve(); }
    if (!loading[n]) {
      var data = document.getElementById("data-" + n);
      var body = document.getElementById("body-" + n);
      loading[n] = !data || !body ? Promise.resolve() : fragment(data).then(function (html) {
        body.innerHTML = html;
        details.setAttribute("data-loaded", "1");
        filterIn(body);
      }, function () {
        body.textContent = "This browser cannot open the documents in this report. Open it in a current " +
          "version of Edge, Chrome, Firefox or Safari.";
      });
    }
    return loading[n];
  }
  function openSection(section) {
    var details = section && section.querySelector("details.file-details");
    if (!details) { return Promise.resolve(); }
    details.open = true;
    return load(details);
  }
  each(document.querySelectorAll("details.file-details"), function (d) {
    d.addEventListener("toggle", function () { if (d.open) { load(d); } });
  });
  // The element with this id, once the document holding it is open (#f3-12, #n3-4).
  function reveal(id) {
    var el = document.getElementById(id);
    var section = el ? el.closest("section.file") : null;
    if (!el) {
      var m = /^[fn](\d+)-/.exec(id);
      if (m) { section = document.getElementById("file-" + m[1]); }
    }
    if (!section) { return Promise.resolve(el); }
    return openSection(section).then(function () { return document.getElementById(id); });
  }
  function show(target, id) {
    if (!target) { return; }
    if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
    target.focus({preventScroll: true});
    target.scrollIntoView({block: "center"});
    if (target.tagName === "MARK") { current = target; }
    if (id && history.replaceState) { history.replaceState(null, "", "#" + id); }
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
      // Nothing open yet: open the first document with findings, then move.
      var first = document.querySelector('section.file:not([data-findings="0"])');
      if (first) { openSection(first).then(function () { move(marks(), dir); }); return; }
    }
    move(shown, dir);
  }
  function move(shown, dir) {
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
      // Build the document first, then scroll once to it.
      var section = document.getElementById(id);
      if (!section) { return; }
      e.preventDefault();
      section.scrollIntoView({block: "start"});
      openSection(section).then(function () {
        section.scrollIntoView({block: "start"});
        var title = section.querySelector("summary");
        if (title) { title.focus({preventScroll: true}); }
        if (history.replaceState) { history.replaceState(null, "", "#" + id); }
      });
      return;
    }
    if (!a.closest("main")) { return; }
    var here = document.getElementById(id);
    var holder = here && here.closest("section.file");
    var details = holder && holder.querySelector("details.file-details");
    if (here && (!details || details.open)) { e.preventDefault(); show(here, id); return; }
    e.preventDefault();
    reveal(id).then(function (target) { show(target, id); });
  });
  each(document.querySelectorAll("details[data-autoopen]"), function (d) {
    openSection(d.closest("section.file"));
  });
  if (location.hash.length > 1) {
    reveal(location.hash.slice(1)).then(function (start) { if (start) { start.scrollIntoView({block: "center"}); } });
  }

  // -- filters ---------------------------------------------------------------------------------
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  // Only elements whose state changes are touched: a long document has thousands of marks.
  function filterIn(root) {
    var total = 0, shown = 0;
    each(root.querySelectorAll("[data-check][data-sev]"), function (el) {
      var hide = !!(off["check:" + el.getAttribute("data-check")] || off["sev:" + el.getAttribute("data-sev")]);
      if (el.classList.contains("is-filtered-out") !== hide) { el.classList.toggle("is-filtered-out", hide); }
    });
    each(root.querySelectorAll("mark.ps"), function (el) {
      var sev = /sev-(\w+)/.exec(el.className), chk = /chk-(\w+)/.exec(el.className);
      var hide = !!((sev && off["sev:" + sev[1]]) || (chk && off["check:" + chk[1]]));
      if (el.classList.contains("is-filtered") !== hide) {
        el.classList.toggle("is-filtered", hide);
        if (el.id) { el.setAttribute("tabindex", hide ? "-1" : "0"); }
      }
      if (el.id) { total++; if (!hide) { shown++; } }
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
