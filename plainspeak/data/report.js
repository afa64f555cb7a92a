// Enhancements for the plainspeak HTML report (inlined by plainspeak/report/html.py).
// The page works without this: it only adds next/previous and filters.
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[id][data-f]"));
  var status = document.getElementById("ps-status");
  var current = -1;
  function visible(m) { return !m.classList.contains("is-filtered"); }
  function say(text) { if (status) { status.textContent = text; } }
  function go(index) {
    var m = marks[index];
    current = index;
    m.focus({preventScroll: true});
    m.scrollIntoView({block: "center"});
    var shown = marks.filter(visible);
    say("Finding " + (shown.indexOf(m) + 1) + " of " + shown.length + ": " + (m.getAttribute("data-label") || ""));
  }
  function step(dir) {
    if (!marks.filter(visible).length) { say("No findings to show."); return; }
    var i = current;
    for (var n = 0; n < marks.length; n++) {
      i = (i + dir + marks.length) % marks.length;
      if (visible(marks[i])) { go(i); return; }
    }
  }
  document.addEventListener("focusin", function (e) {
    var i = marks.indexOf(e.target);
    if (i >= 0) { current = i; }
  });
  var next = document.getElementById("ps-next");
  var prev = document.getElementById("ps-prev");
  if (next) { next.addEventListener("click", function () { step(1); }); }
  if (prev) { prev.addEventListener("click", function () { step(-1); }); }
  Array.prototype.forEach.call(document.querySelectorAll("a.to-finding"), function (a) {
    a.addEventListener("click", function (e) {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (!target) { return; }
      e.preventDefault();
      var i = marks.indexOf(target);
      if (i >= 0) { go(i); } else { target.focus(); target.scrollIntoView({block: "center"}); }
      if (history.replaceState) { history.replaceState(null, "", a.getAttribute("href")); }
    });
  });
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  function applyFilters() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.getAttribute("data-filter") + ":" + b.value] = true; } });
    var total = 0, shown = 0;
    Array.prototype.forEach.call(document.querySelectorAll("[data-check][data-sev]"), function (el) {
      var hide = off["check:" + el.getAttribute("data-check")] || off["sev:" + el.getAttribute("data-sev")];
      if (el.tagName === "MARK") {
        el.classList.toggle("is-filtered", !!hide);
        if (el.id) {
          total++; if (!hide) { shown++; }
          if (el.hasAttribute("tabindex")) { el.setAttribute("tabindex", hide ? "-1" : "0"); }
        }
      } else {
        el.classList.toggle("is-filtered-out", !!hide);
      }
    });
    say("Showing " + shown + " of " + total + " highlighted findings.");
  }
  boxes.forEach(function (b) { b.addEventListener("change", applyFilters); });
  Array.prototype.forEach.call(document.querySelectorAll("[data-js-only]"), function (el) {
    el.hidden = false;
  });
})();
