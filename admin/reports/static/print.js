/* The report's print button (no inline handlers: the panel's CSP forbids them). */
(function () {
  "use strict";
  var button = document.getElementById("print-report");
  if (button) button.addEventListener("click", function () { window.print(); });
})();
