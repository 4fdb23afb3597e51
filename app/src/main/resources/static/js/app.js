/* functiehuis: small progressive enhancements; every page also works without JavaScript. */
(function () {
  "use strict";

  /* Tabs (WAI-ARIA tabs pattern). Without JavaScript both panels are shown one below the other. */
  function setUpTabs(root) {
    var tabs = Array.prototype.slice.call(root.querySelectorAll('[role="tab"]'));
    var form = root.closest("form");
    var defaultSubmit = form ? form.querySelector("[data-default-submit]") : null;

    function select(tab, focus) {
      tabs.forEach(function (t) {
        var active = t === tab;
        t.setAttribute("aria-selected", active ? "true" : "false");
        t.tabIndex = active ? 0 : -1;
        document.getElementById(t.getAttribute("aria-controls")).hidden = !active;
      });
      if (defaultSubmit) {
        defaultSubmit.value = tab.getAttribute("data-mode");
      }
      if (focus) {
        tab.focus();
      }
    }

    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(tab, false); });
      tab.addEventListener("keydown", function (e) {
        var next = null;
        if (e.key === "ArrowRight") { next = tabs[(i + 1) % tabs.length]; }
        if (e.key === "ArrowLeft") { next = tabs[(i - 1 + tabs.length) % tabs.length]; }
        if (e.key === "Home") { next = tabs[0]; }
        if (e.key === "End") { next = tabs[tabs.length - 1]; }
        if (next) { e.preventDefault(); select(next, true); }
      });
    });
    root.classList.add("tabs-ready");
    select(tabs.filter(function (t) { return t.getAttribute("aria-selected") === "true"; })[0] || tabs[0], false);
  }

  /* A field named in the error summary may sit in the hidden tab: open that tab first. */
  function revealField(id) {
    var field = document.getElementById(id);
    if (!field) { return; }
    var panel = field.closest('[role="tabpanel"]');
    if (panel && panel.hidden) {
      var tab = document.querySelector('[aria-controls="' + panel.id + '"]');
      if (tab) { tab.click(); }
    }
    field.focus();
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-tabs]"), setUpTabs);
    Array.prototype.forEach.call(document.querySelectorAll("#fouten a[href^='#']"), function (link) {
      link.addEventListener("click", function (e) {
        e.preventDefault();
        revealField(link.getAttribute("href").slice(1));
      });
    });
    var alert = document.getElementById("fouten") || document.getElementById("conflict");
    if (alert) { alert.focus(); }
  });
})();
