// Inquiry forms, progressive enhancement only: the forms work without this file.
// - a character counter under the message, from the field's maxlength;
// - the submit button is disabled once pressed, so a double click cannot send twice;
// - the site-visit fields show only while "Site visit or meeting" is the chosen kind.
(function () {
  "use strict";
  function enhance(form) {
    if (form.dataset.inquiryEnhanced) return;
    form.dataset.inquiryEnhanced = "1";
    var message = form.querySelector("textarea[name=message]");
    if (message && message.maxLength > 0) {
      var counter = document.createElement("p");
      counter.className = "muted inquiry-counter";
      counter.setAttribute("aria-live", "polite");
      var update = function () {
        counter.textContent = message.value.length + " / " + message.maxLength;
      };
      message.addEventListener("input", update);
      message.parentNode.appendChild(counter);
      update();
    }
    var kind = form.querySelector("select[name=kind]");
    var visit = form.querySelector("[data-visit-fields]");
    if (kind && visit) {
      var toggle = function () {
        visit.hidden = kind.value !== "visit";
        Array.prototype.forEach.call(visit.querySelectorAll("input, select, textarea"), function (field) {
          field.disabled = visit.hidden;
        });
      };
      kind.addEventListener("change", toggle);
      toggle();
    }
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button) {
        window.setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  }
  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-inquiry-form]"), enhance);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
