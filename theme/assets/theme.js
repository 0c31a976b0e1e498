// Applies the reader's remembered colour scheme before the page is drawn (loaded in <head>,
// not deferred). Without a remembered choice the CSS follows the system setting.
(function () {
  try {
    var saved = localStorage.getItem("briefings-theme");
    if (saved === "dark" || saved === "light") document.documentElement.dataset.theme = saved;
  } catch (e) {
    /* storage unavailable (privacy mode, file://): follow the system */
  }
})();
