// Live checking for the draft page, and filters. The page works without this:
// the "Check" button posts the form and the server shows the findings.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";
  var form = document.getElementById("draft-form");
  var draft = document.getElementById("draft");
  var results = document.getElementById("results");
  var status = document.getElementById("status");
  if (!form || !draft || !results) { return; }
  // Wait this long after the last keystroke before checking (a pause in typing).
  var PAUSE_MS = 200;
  var timer = null;
  var sent = 0;
  var controller = null;

  function chosen() {
    var kinds = [];
    Array.prototype.forEach.call(form.querySelectorAll('input[name="kind"]'), function (box) {
      if (box.checked) { kinds.push(box.value); }
    });
    var min = form.querySelector('select[name="min"]');
    return {kinds: kinds, min: min ? min.value : "suggestion"};
  }

  function check() {
    var mine = ++sent;
    var started = performance.now();
    if (controller) { controller.abort(); }
    controller = typeof AbortController === "function" ? new AbortController() : null;
    var f = chosen();
    document.body.setAttribute("data-busy", "true");
    fetch("/api/check", {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify({text: draft.value, kinds: f.kinds, min: f.min}),
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.json().then(function (data) { return {ok: response.ok, data: data}; });
    }).then(function (answer) {
      if (mine !== sent) { return; }
      var data = answer.data;
      // The server escapes every word of the document and the glossaries: this is markup it made.
      results.innerHTML = answer.ok && !data.error ? data.html : "";
      status.textContent = answer.ok ? data.status : ("Could not check: " + (data.error || "unknown error"));
      document.body.removeAttribute("data-busy");
      document.body.setAttribute("data-checked", String(mine));
      window.plainspeakLast = {ms: performance.now() - started, serverMs: data.ms, count: (data.findings || []).length};
    }).catch(function (err) {
      if (err && err.name === "AbortError") { return; }
      if (mine === sent) {
        document.body.removeAttribute("data-busy");
        status.textContent = "Could not check: is plainspeak still running?";
      }
    });
  }

  draft.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(check, PAUSE_MS);
  });
  form.addEventListener("change", function (e) {
    if (e.target && (e.target.name === "kind" || e.target.name === "min")) { check(); }
  });
  form.addEventListener("submit", function (e) {
    var by = e.submitter;
    if (by && by.getAttribute("formaction")) { return; }  // downloads: a normal form post
    e.preventDefault();
    check();
  });
})();
