// Sends a visitor of the site root to the home page in their browser's
// preferred language; the list of links works without this script.
(function () {
  "use strict";
  var links = document.querySelectorAll(".language-list a[hreflang]");
  var available = {};
  for (var i = 0; i < links.length; i++) {
    available[links[i].getAttribute("hreflang").toLowerCase()] = links[i].href;
  }
  var wanted = navigator.languages || [navigator.language || ""];
  for (var j = 0; j < wanted.length; j++) {
    var code = String(wanted[j]).toLowerCase();
    var target = available[code] || available[code.split("-")[0]];
    if (target) {
      window.location.replace(target);
      return;
    }
  }
})();
