// Draws the entity page's mentions-over-time chart from the JSON in the canvas's data-series attribute.
// Loaded as a file (the Content-Security-Policy allows no inline script); without Chart.js the table stays.
(function () {
  "use strict";
  var canvas = document.getElementById("mentions-chart");
  if (!canvas || typeof Chart === "undefined") return;
  var series = JSON.parse(canvas.getAttribute("data-series"));
  var style = getComputedStyle(document.documentElement);
  var accent = style.getPropertyValue("--accent").trim() || "#2458a6";
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: series.labels,
      datasets: [{ label: "Mentions", data: series.values, backgroundColor: accent, borderColor: accent }]
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
    }
  });
  canvas.setAttribute("data-drawn", "true");
})();
