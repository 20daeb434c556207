/* LangNghe leaders' dashboard: draws the charts from /dashboard/data.json with Chart.js (served by us).
   No inline script or style anywhere (the panel's CSP forbids them); works after htmx-boosted navigation. */
(function () {
  "use strict";

  var COLORS = { received: "#0b4f8a", resolved: "#1a7f37", late: "#b42318", early: "#2e9e5b", onTime: "#3b82c4", pending: "#d98e04", rejected: "#8a94a3" };
  var STARS = ["#b42318", "#e4572e", "#d98e04", "#5fa55a", "#1a7f37"];

  function withChart(callback) {
    if (window.Chart) return callback();
    var existing = document.querySelector("script[data-chartjs]");
    var script = existing || document.createElement("script");
    script.addEventListener("load", callback);
    if (!existing) {
      script.src = "/dashboard/static/chart.umd.js";
      script.setAttribute("data-chartjs", "1");
      document.head.appendChild(script);
    }
  }

  function chart(id, config) {
    var canvas = document.getElementById(id);
    if (!canvas) return;
    var previous = window.Chart.getChart(canvas);
    if (previous) previous.destroy();
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: "bottom" } } }, config.options || {});
    new window.Chart(canvas, config);
  }

  function draw(root) {
    fetch(root.getAttribute("data-source"), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (data) {
        var labels = data.labels;
        var buckets = data.trend.buckets;
        chart("chart-trend", {
          type: "bar",
          data: {
            labels: buckets.map(function (bucket) { return bucket.start.split("-").reverse().join("/"); }),
            datasets: [
              { type: "line", label: labels.received, data: buckets.map(function (b) { return b.received; }), borderColor: COLORS.received, backgroundColor: COLORS.received, tension: 0, pointRadius: 2 },
              { label: labels.resolved, data: buckets.map(function (b) { return b.resolved - b.late; }), backgroundColor: COLORS.resolved, stack: "resolved" },
              { label: labels.late, data: buckets.map(function (b) { return b.late; }), backgroundColor: COLORS.late, stack: "resolved" },
            ],
          },
          options: { scales: { x: { stacked: true }, y: { beginAtZero: true, ticks: { precision: 0 } } } },
        });
        var current = data.current;
        chart("chart-timeliness", {
          type: "doughnut",
          data: {
            labels: [labels.early, labels["on-time"], labels.late, labels.pending, labels.rejected],
            datasets: [{ data: [current.early, current.onTime, current.late, current.pending, current.rejected], backgroundColor: [COLORS.early, COLORS.onTime, COLORS.late, COLORS.pending, COLORS.rejected] }],
          },
        });
        chart("chart-satisfaction", {
          type: "bar",
          data: { labels: labels.ratings, datasets: [{ label: labels.ratings.join(" · "), data: current.ratingDistribution, backgroundColor: STARS }] },
          options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
        });
        chart("chart-channels", {
          type: "doughnut",
          data: { labels: [labels.telegram, labels.zalo], datasets: [{ data: [current.byChannel.telegram, current.byChannel.zalo], backgroundColor: ["#229ed9", "#0068ff"] }] },
        });
      })
      .catch(function (error) {
        root.setAttribute("data-error", String(error && error.message));
      });
  }

  /* Editing a date means a custom period. */
  function bindPicker() {
    var form = document.querySelector("form.stats-filters");
    if (!form || form.getAttribute("data-bound")) return;
    form.setAttribute("data-bound", "1");
    form.addEventListener("change", function (event) {
      var target = event.target;
      if (target && (target.name === "from" || target.name === "to")) form.elements.namedItem("preset").value = "custom";
      if (target && target.name === "preset" && target.value !== "custom") {
        form.elements.namedItem("from").value = "";
        form.elements.namedItem("to").value = "";
      }
    });
  }

  function start() {
    bindPicker();
    var root = document.getElementById("stats-charts");
    if (root && !root.getAttribute("data-drawn")) {
      root.setAttribute("data-drawn", "1");
      withChart(function () { draw(root); });
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  document.addEventListener("htmx:afterSettle", start);
})();
