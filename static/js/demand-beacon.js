/* Counts a view of this catalogue page for the province's demand insights (insights/views.py): once per page and
   browser tab, after the page has loaded, with no cookie and nothing personal. The country is sent only when the
   investor's space stored the one the reader chose ("portal:country"). Errors are ignored: counting must never
   disturb reading. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.fetch) return;
  var page = script.getAttribute("data-page");
  var endpoint = script.getAttribute("data-endpoint");
  if (!page || !endpoint) return;
  var key = "portal:viewed:" + page;
  try {
    if (window.sessionStorage.getItem(key)) return;
    window.sessionStorage.setItem(key, "1");
  } catch (e) { /* storage refused: count anyway */ }
  var body = { page: Number(page) };
  try {
    var country = window.localStorage.getItem("portal:country");
    if (country && /^[A-Z]{2}$/.test(country)) body.country = country;
  } catch (e) { /* no storage */ }
  var send = function () {
    window.fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "omit",
      keepalive: true
    }).catch(function () {});
  };
  if (document.readyState === "complete") send(); else window.addEventListener("load", send);
})();
