// Suggestions as you type on the search page and in the header search box: asks
// /api/search/suggest/ (debounced) and shows the titles as links. No inline script (CSP).
(function () {
  "use strict";
  var DELAY_MS = 180;
  var MIN_CHARS = 2;

  function setup(input) {
    var url = input.getAttribute("data-suggest-url");
    var language = input.getAttribute("data-language") || document.documentElement.lang || "vi";
    var list = document.getElementById(input.getAttribute("aria-controls"));
    if (!url || !list) { return; }
    var timer = null;
    var controller = null;
    var active = -1;

    function close() {
      list.hidden = true;
      list.textContent = "";
      input.setAttribute("aria-expanded", "false");
      active = -1;
    }

    function show(suggestions) {
      list.textContent = "";
      suggestions.forEach(function (item, index) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.id = list.id + "-" + index;
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.text;  // text only: never HTML from the server
        li.appendChild(link);
        list.appendChild(li);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q.length < MIN_CHARS) { close(); return; }
      if (controller) { controller.abort(); }
      controller = typeof AbortController === "function" ? new AbortController() : null;
      var query = url + "?q=" + encodeURIComponent(q.slice(0, 100)) + "&lang=" + encodeURIComponent(language);
      fetch(query, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (body) { show(body.suggestions || []); })
        .catch(function () { /* aborted or offline: the form still works without suggestions */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      var items = list.querySelectorAll("li");
      if (event.key === "Escape") { close(); return; }
      if (!items.length || (event.key !== "ArrowDown" && event.key !== "ArrowUp" && event.key !== "Enter")) { return; }
      if (event.key === "Enter") {
        if (active >= 0) { event.preventDefault(); window.location.href = items[active].querySelector("a").href; }
        return;
      }
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
      items.forEach(function (item, index) { item.classList.toggle("active", index === active); });
      input.setAttribute("aria-activedescendant", items[active].id);
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
  }

  // Which result was opened (no personal data: the search's signed token, the page and its position).
  function noteClicks(list) {
    var url = list.getAttribute("data-click-url");
    var token = list.getAttribute("data-search-click");
    if (!url || !token || !navigator.sendBeacon) { return; }
    list.addEventListener("click", function (event) {
      var link = event.target.closest("a");
      var hit = link && link.closest("[data-page]");
      if (!hit || !token) { return; }
      var body = new URLSearchParams({ click: token, page: hit.getAttribute("data-page"), rank: hit.getAttribute("data-rank") });
      navigator.sendBeacon(url, body);
      list.removeAttribute("data-search-click");  // the first result opened is the one noted
      token = null;
    });
  }

  function init() {
    document.querySelectorAll("input[data-suggest-url]").forEach(setup);
    document.querySelectorAll("[data-search-click]").forEach(noteClicks);
    var sort = document.getElementById("search-sort");
    if (sort && sort.form) {
      sort.addEventListener("change", function () { sort.form.submit(); });
    }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
