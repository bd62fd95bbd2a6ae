// The signed-in state on cached pages (cms/staff_marker.py, investors/api.py): every reader gets the same
// cached page; this script asks /api/account/state/ (never cached) and then
// - turns the header's "Sign in" link into "My account";
// - shows which save buttons' pages are on the shortlist, and makes the buttons toggle through the API;
// - fills the empty fields of inquiry forms from the investor's profile.
// Without it (or signed out) the save buttons are plain forms that post to /<lang>/account/shortlist/.
(function () {
  "use strict";
  var script = document.currentScript;
  var stateUrl = script.dataset.stateUrl;
  var shortlistUrl = script.dataset.shortlistUrl;

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function show(form, saved) {
    var button = form.querySelector("button");
    var action = form.querySelector("input[name=action]");
    form.dataset.saved = saved ? "1" : "";
    button.setAttribute("aria-pressed", saved ? "true" : "false");
    button.textContent = saved ? button.dataset.labelSaved : button.dataset.labelSave;
    if (action) action.value = saved ? "remove" : "save";
  }

  function toggle(event) {
    var form = event.currentTarget;
    event.preventDefault();
    var page = form.dataset.savePage;
    var saved = form.dataset.saved === "1";
    var request = saved
      ? fetch(shortlistUrl + page + "/", {method: "DELETE", credentials: "same-origin",
          headers: {"X-CSRFToken": csrfToken(form)}})
      : fetch(shortlistUrl, {method: "POST", credentials: "same-origin",
          headers: {"Content-Type": "application/json", "X-CSRFToken": csrfToken(form)},
          body: JSON.stringify({page: Number(page)})});
    request.then(function (response) {
      if (response.ok || response.status === 404) {
        document.querySelectorAll("form[data-save-page='" + page + "']").forEach(function (other) {
          show(other, !saved);
        });
      } else {
        form.submit();  // let the server say what is wrong
      }
    });
  }

  function prefill(defaults) {
    document.querySelectorAll("form[data-inquiry-form]").forEach(function (form) {
      Object.keys(defaults).forEach(function (name) {
        var field = form.elements[name];
        if (field && !field.value && field.type !== "hidden") field.value = defaults[name];
      });
    });
  }

  function init() {
    var forms = Array.prototype.slice.call(document.querySelectorAll("form[data-save-page]"));
    var ids = forms.map(function (form) { return form.dataset.savePage; });
    var url = stateUrl + (ids.length ? "?page=" + ids.join(",") : "");
    fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state || !state.authenticated) return;
        var link = document.querySelector("[data-account-link]");
        if (link) link.textContent = link.dataset.labelSignedIn;
        document.documentElement.dataset.signedIn = "1";
        forms.forEach(function (form) {
          show(form, state.saved.indexOf(Number(form.dataset.savePage)) !== -1);
          form.addEventListener("submit", toggle);
        });
        prefill(state.inquiry_defaults || {});
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
