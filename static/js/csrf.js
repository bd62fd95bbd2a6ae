// Forms on pages served by the frontend cache (cms/frontend_cache.py): the stored copy carries no reader's
// CSRF token, so its hidden input is empty. This fetches the reader's own token from /csrf/ (never cached; the
// answer sets the CSRF cookie) and fills every empty input in. Without JavaScript, or before this has run, a
// post is answered with the form to send again (cms/views/csrf.py), never lost.
(function () {
  "use strict";
  if (window.portalCsrfFilled) return;
  window.portalCsrfFilled = true;
  var script = document.currentScript;
  var url = (script && script.getAttribute("data-token-url")) || "/csrf/";
  function fill() {
    var empty = Array.prototype.filter.call(
      document.querySelectorAll("input[name=csrfmiddlewaretoken]"),
      function (input) { return !input.value; }
    );
    if (!empty.length || !window.fetch) return;
    window.fetch(url, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || !data.token) return;
        empty.forEach(function (input) { input.value = data.token; });
      })
      .catch(function () { /* the form is answered with a page to send it again */ });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fill);
  } else {
    fill();
  }
})();
