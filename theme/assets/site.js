// The theme's behaviour: the dark-mode toggle (remembered), and cited sentences that scroll
// into view and light up when a citation is followed. Everything works without it except the
// toggle: :target in the CSS highlights the sentence of the URL's fragment.
(function () {
  "use strict";
  var KEY = "briefings-theme";
  var root = document.documentElement;

  function effectiveDark() {
    if (root.dataset.theme) return root.dataset.theme === "dark";
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function syncToggle(button) {
    button.setAttribute("aria-pressed", effectiveDark() ? "true" : "false");
  }

  function setupToggle() {
    var button = document.getElementById("theme-toggle");
    if (!button) return;
    syncToggle(button);
    button.addEventListener("click", function () {
      var next = effectiveDark() ? "light" : "dark";
      root.dataset.theme = next;
      try { localStorage.setItem(KEY, next); } catch (e) { /* not remembered, still applied */ }
      syncToggle(button);
    });
    if (window.matchMedia) {
      var query = window.matchMedia("(prefers-color-scheme: dark)");
      if (query.addEventListener) query.addEventListener("change", function () { syncToggle(button); });
    }
  }

  function highlight(id, scroll) {
    var target = id && document.getElementById(id);
    if (!target) return false;
    var previous = document.querySelectorAll(".is-highlighted");
    for (var i = 0; i < previous.length; i++) previous[i].classList.remove("is-highlighted");
    target.classList.add("is-highlighted");
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    if (scroll) target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    return true;
  }

  function setupCitations() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest('a[href^="#s"]');
      if (!link) return;
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      if (!/^s\d+$/.test(id)) return;
      if (highlight(id, true)) {
        event.preventDefault();
        if (history.pushState) history.pushState(null, "", "#" + id);
      }
    });
    function fromHash() {
      var id = decodeURIComponent(location.hash.slice(1));
      if (/^s\d+$/.test(id)) highlight(id, true);
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  function start() {
    setupToggle();
    setupCitations();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
