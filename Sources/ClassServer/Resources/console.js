// career-report serve: the console's live counts. The page works without it (its Refresh link);
// with it, the counts update every 10 seconds in place, announced politely, without reloading.
(function () {
  "use strict";
  var counts = document.querySelector("[data-counts]");
  if (!counts || !window.fetch) { return; }
  var url = counts.getAttribute("data-counts");
  function update() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        ["started", "finished", "flagged"].forEach(function (key) {
          var cell = counts.querySelector("[data-count=" + key + "]");
          if (cell && cell.textContent !== String(data[key])) { cell.textContent = String(data[key]); }
        });
      })
      .catch(function () {});
  }
  window.setInterval(update, 10000);
})();
