// LangNghe admin panel: the little behaviour pages need beyond htmx. No inline scripts (CSP).
// Event delegation on document, so it keeps working after htmx swaps the body.
(function () {
  "use strict";

  // Canned replies: choosing one fills the reply box (the officer then adapts it). Focus stays on
  // the list, so keyboard users can arrow through the replies; the last inserted one is replaced
  // until the officer edits the text, after which a choice is appended instead.
  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.dataset.cannedTarget) return;
    var target = document.getElementById(select.dataset.cannedTarget);
    if (!(target instanceof HTMLTextAreaElement) || !select.value) return;
    var current = target.value.trim();
    var isUntouched = current === "" || current === (target.dataset.cannedInserted || "");
    target.value = isUntouched ? select.value : current + "\n\n" + select.value;
    target.dataset.cannedInserted = isUntouched ? select.value : "";
  });

  // Ctrl/Cmd+Enter sends the reply or note being typed.
  document.addEventListener("keydown", function (event) {
    var area = event.target;
    if (!(area instanceof HTMLTextAreaElement) || event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    var form = area.form;
    if (form) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  // Buttons that end something ask first.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    var button = event.submitter;
    if (button && button.classList.contains("danger") && !window.confirm(document.documentElement.lang === "en" ? "Are you sure?" : "Bạn chắc chắn?")) {
      event.preventDefault();
    }
  }, true);

  // A session that ended during polling sends the browser to the login page.
  document.addEventListener("htmx:responseError", function (event) {
    var detail = event.detail;
    if (detail && detail.xhr && detail.xhr.status === 401) window.location.href = "/login";
  });
})();
