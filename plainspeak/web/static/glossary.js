// Filters the glossary as you type in the search box. Without this, the Search button
// asks the server, which shows the same list.
(function () {
  "use strict";
  var box = document.getElementById("q");
  var count = document.getElementById("search-count");
  if (!box) { return; }
  var entries = Array.prototype.slice.call(document.querySelectorAll(".entry-wrap[data-search]"));
  var acronyms = Array.prototype.slice.call(document.querySelectorAll(".acronym[data-search]"));
  var themes = Array.prototype.slice.call(document.querySelectorAll("section.theme"));
  var timer = null;
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function filter() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    function match(el) {
      var hay = (el.getAttribute("data-search") || "").toLowerCase();
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    }
    var e = 0, a = 0;
    entries.forEach(function (el) { var ok = match(el); el.hidden = !ok; if (ok) { e++; } });
    acronyms.forEach(function (el) { var ok = match(el); el.hidden = !ok; if (ok) { a++; } });
    themes.forEach(function (t) { t.hidden = !t.querySelector(".entry-wrap:not([hidden])"); });
    count.textContent = plural(e, "entry", "entries") + " and " + plural(a, "acronym", "acronyms") +
      (words.length ? " match \u201c" + box.value.trim() + "\u201d." : ".");
  }
  box.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(filter, 150);
  });
})();
