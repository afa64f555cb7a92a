// Moves focus to the list of problems after a save that did not go through, so a
// screen reader announces it first; each problem links to its field.
(function () {
  "use strict";
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
