// Live progress of a bulk-award job: polls GET /api/v1/jobs/{job} (the session's cookie) once a
// second and updates the bar, the counts, the rate and the ETA until the job ends. Without this
// script the page shows the state when it was loaded and a link that reloads it.
(function () {
  "use strict";
  var box = document.querySelector(".job");
  if (!box || typeof fetch === "undefined") return;
  var state = box.getAttribute("data-state");
  if (state !== "queued" && state !== "running") return;
  var url = box.getAttribute("data-job-url");
  var lang = document.documentElement.lang || "en";
  var number = new Intl.NumberFormat(lang);
  function text(selector, value) {
    var node = box.querySelector(selector);
    if (node) node.textContent = value;
  }
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (job) {
        if (!job) return;
        var done = job.issued + job.failed;
        var bar = document.getElementById("job-progress");
        bar.max = job.total;
        bar.value = done;
        text(".job-done", number.format(done));
        text(".job-total", number.format(job.total));
        text(".job-issued", number.format(job.issued));
        text(".job-failed", number.format(job.failed));
        if (job.rate_per_second) {
          var speed = number.format(Math.round(job.rate_per_second)) + " /s";
          if (job.eta_seconds !== null && job.eta_seconds !== undefined) speed += " · ETA " + job.eta_seconds + " s";
          text(".job-speed", speed);
        }
        if (job.state === "queued" || job.state === "running") {
          setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
