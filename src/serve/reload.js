// kb serve: reloads the page when the site changes. `kb serve` adds this
// script to the pages it serves; `kb build` never writes it.
(function () {
  "use strict";
  var source = new EventSource("/__kb/events");
  source.addEventListener("reload", function () {
    window.location.reload();
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-kb-dismiss]");
    if (button) {
      var overlay = document.getElementById("kb-serve-error");
      if (overlay) overlay.hidden = true;
    }
  });
})();
