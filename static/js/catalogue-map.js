/* The catalogue map: a marker for every result of the filters (all pages, not only the one listed),
   clustered by Leaflet.markercluster where it is loaded (the listings); a detail page shows its own place.
   Data comes from data-attributes and a JSON <script type="application/json"> element (no inline code).
   When the tiles cannot load the markers stay, and a note says the base map is missing. */
(function () {
  "use strict";
  var container = document.getElementById("catalogue-map");
  var dataElement = document.getElementById("catalogue-map-points");
  var status = document.getElementById("catalogue-map-status");
  if (!container || !dataElement) { return; }
  function say(text) { if (status) { status.textContent = text; } }
  if (typeof window.L === "undefined") { say(container.dataset.tileError || ""); return; }
  var points = [];
  try { points = JSON.parse(dataElement.textContent) || []; } catch (error) { points = []; }
  var map = window.L.map(container, { scrollWheelZoom: false, maxZoom: 18 });
  var tileUrl = container.dataset.tileUrl || "";
  if (tileUrl) {
    var failed = 0;
    var layer = window.L.tileLayer(tileUrl, { maxZoom: 18, attribution: container.dataset.attribution || "" });
    layer.on("tileerror", function () {
      failed += 1;
      if (failed === 1) { say(container.dataset.tileError || ""); container.classList.add("tiles-failed"); }
    });
    layer.addTo(map);
  } else {
    container.classList.add("tiles-failed");
  }
  var bounds = [];
  var icon = window.L.divIcon({ className: "map-dot", iconSize: [18, 18], iconAnchor: [9, 9], popupAnchor: [0, -9] });
  var clusters = typeof window.L.markerClusterGroup === "function"
    ? window.L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 })
    : null;
  var target = clusters || map;
  points.forEach(function (point) {
    if (typeof point.lat !== "number" || typeof point.lon !== "number") { return; }
    var marker = window.L.marker([point.lat, point.lon], { icon: icon, title: point.title, alt: point.title });
    marker.addTo(target);
    var link = document.createElement("a");
    link.href = point.url;
    link.textContent = point.title;
    var box = document.createElement("div");
    box.appendChild(link);
    if (point.place) {
      var place = document.createElement("div");
      place.textContent = point.place;
      box.appendChild(place);
    }
    marker.bindPopup(box);
    var tip = document.createElement("span");
    tip.textContent = point.title;  // Leaflet puts a string tooltip in as HTML: give it text only
    marker.bindTooltip(tip);
    bounds.push([point.lat, point.lon]);
  });
  container.dataset.markers = String(bounds.length);
  if (bounds.length) {
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 12 });
  } else {
    map.setView([10.45, 105.9], 9);
    say(container.dataset.noPoints || "");
  }
  if (clusters) { map.addLayer(clusters); }  // after the view is set: the cluster layer needs a zoom
})();
