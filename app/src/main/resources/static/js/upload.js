/* functiehuis: the upload page. Without JavaScript the form posts as it is; with it, files can be collected
   from several drops and picks, are checked against the size limits first, and the upload shows its progress. */
(function () {
  "use strict";

  var REPORT_PATH = "/importeren/rapport";

  function size(bytes) {
    if (bytes >= 1048576) {
      return (bytes / 1048576).toLocaleString("nl-NL", { maximumFractionDigits: 1 }) + " MB";
    }
    if (bytes >= 1024) { return Math.round(bytes / 1024) + " kB"; }
    return bytes + (bytes === 1 ? " byte" : " bytes");
  }

  function setUp(form) {
    var input = form.querySelector("input[type=file]");
    var zone = form.querySelector(".dropzone");
    var chosen = form.querySelector("#chosen");
    var list = form.querySelector("#file-list");
    var total = form.querySelector("#file-total");
    var box = form.querySelector("#upload-progress");
    var bar = form.querySelector("#upload-bar");
    var percent = form.querySelector("#upload-percent");
    var status = form.querySelector("#upload-status");
    var submit = form.querySelector("#upload-submit");
    var maxDocument = Number(form.getAttribute("data-max-document"));
    var maxRequest = Number(form.getAttribute("data-max-request"));
    var files = [];
    var announced = -1;

    form.noValidate = true;

    function tooLarge(file) { return file.size > maxDocument; }

    function sum() { return files.reduce(function (n, f) { return n + f.size; }, 0); }

    function render() {
      list.textContent = "";
      files.forEach(function (file, i) {
        var item = document.createElement("li");
        item.className = "file-item" + (tooLarge(file) ? " is-too-large" : "");
        var name = document.createElement("span");
        name.className = "file-name";
        name.textContent = file.name;
        var info = document.createElement("span");
        info.className = "file-size";
        info.textContent = size(file.size) + (tooLarge(file) ? " — te groot, hoogstens " + size(maxDocument) : "");
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "button button-quiet button-small";
        remove.textContent = "Verwijderen";
        remove.setAttribute("aria-label", file.name + " verwijderen");
        remove.addEventListener("click", function () {
          files.splice(i, 1);
          sync();
          (list.querySelector("button") || input).focus();
        });
        item.append(name, info, remove);
        list.appendChild(item);
      });
      chosen.hidden = files.length === 0;
      total.textContent = files.length === 1 ? "1 bestand, " + size(sum())
          : files.length + " bestanden, samen " + size(sum());
    }

    /* Keep the file input in step, so that a plain submit sends the same files. */
    function sync() {
      try {
        var transfer = new DataTransfer();
        files.forEach(function (f) { transfer.items.add(f); });
        input.files = transfer.files;
      } catch (e) { /* older browsers: the list below is what the upload sends */ }
      render();
    }

    function add(picked) {
      Array.prototype.forEach.call(picked, function (file) {
        var known = files.some(function (f) {
          return f.name === file.name && f.size === file.size && f.lastModified === file.lastModified;
        });
        if (!known) { files.push(file); }
      });
      sync();
    }

    function say(text) { status.textContent = text; }

    function problem(text) {
      status.textContent = "";
      var alert = document.getElementById("upload-problem");
      if (!alert) {
        alert = document.createElement("div");
        alert.id = "upload-problem";
        alert.className = "alert alert-error";
        alert.setAttribute("role", "alert");
        alert.tabIndex = -1;
        alert.appendChild(document.createElement("p"));
        form.closest("section").before(alert);
      }
      alert.querySelector("p").textContent = text;
      alert.focus();
    }

    function check() {
      if (files.length === 0) { return "Kies ten minste één bestand om te importeren."; }
      var large = files.filter(tooLarge).map(function (f) { return f.name; });
      if (large.length) {
        return large.join(", ") + (large.length === 1 ? " is" : " zijn") + " groter dan " + size(maxDocument)
            + " en kan niet worden geïmporteerd. Verwijder het uit de lijst of kies een kleiner bestand.";
      }
      if (sum() > maxRequest) {
        return "De bestanden zijn samen " + size(sum()) + "; per keer kan hoogstens " + size(maxRequest)
            + ". Importeer ze in delen.";
      }
      return null;
    }

    function progress(loaded, all) {
      var p = all ? Math.floor(loaded * 100 / all) : 0;
      bar.value = p;
      percent.textContent = p + "%";
      if (Math.floor(p / 10) !== announced) {
        announced = Math.floor(p / 10);
        say("Uploaden: " + p + "% (" + size(loaded) + " van " + size(all) + ")");
      }
    }

    function done(xhr) {
      var url = xhr.responseURL || "";
      var path = url ? new URL(url).pathname : "";
      if (xhr.status === 200 && path !== new URL(form.action).pathname) {
        window.location.assign(url);
        return;
      }
      /* The server answered with a page of its own (a problem, a too large upload): show it here. */
      var page = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var main = page.querySelector("main");
      if (!main) {
        finish("Het importeren is niet gelukt (" + xhr.status + "). Probeer het opnieuw.");
        return;
      }
      document.title = page.title;
      document.querySelector("main").replaceWith(main);
      var next = main.querySelector("#upload-form");
      if (next) { setUp(next); }
      (main.querySelector("[role=alert]") || main).focus();
    }

    function finish(message) {
      submit.disabled = false;
      submit.textContent = "Importeren";
      box.hidden = true;
      problem(message);
    }

    function upload() {
      var data = new FormData();
      files.forEach(function (f) { data.append("bestanden", f, f.name); });
      if (form.querySelector("#proef").checked) { data.append("proef", "true"); }
      var token = form.querySelector("input[name=_csrf]");
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.setRequestHeader("Accept", "text/html");
      if (token) { xhr.setRequestHeader(form.getAttribute("data-csrf-header"), token.value); }
      xhr.upload.addEventListener("progress", function (e) { if (e.lengthComputable) { progress(e.loaded, e.total); } });
      xhr.upload.addEventListener("load", function () {
        bar.value = 100;
        percent.textContent = "100%";
        say("Alles is verstuurd. De documenten worden nu gelezen en geïmporteerd…");
      });
      xhr.addEventListener("load", function () { done(xhr); });
      xhr.addEventListener("error", function () {
        finish("De verbinding met de server is verbroken. Controleer in het functiehuis wat er is geïmporteerd"
            + " en probeer het opnieuw.");
      });
      submit.disabled = true;
      submit.textContent = "Bezig met importeren…";
      box.hidden = false;
      announced = -1;
      progress(0, sum());
      xhr.send(data);
    }

    input.addEventListener("change", function () { add(input.files); });
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (e) {
        e.preventDefault();
        zone.classList.add("is-dragging");
      });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("is-dragging"); });
    });
    zone.addEventListener("drop", function (e) {
      e.preventDefault();
      add(e.dataTransfer.files);
      say(e.dataTransfer.files.length === 1 ? "1 bestand toegevoegd." : e.dataTransfer.files.length + " bestanden toegevoegd.");
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var found = check();
      if (found) { problem(found); } else { upload(); }
    });
    zone.classList.add("dropzone-ready");
  }

  /* A file dropped next to the drop zone must not make the browser leave the page. */
  ["dragover", "drop"].forEach(function (type) {
    window.addEventListener(type, function (e) {
      if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, "Files") >= 0) { e.preventDefault(); }
    });
  });

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("upload-form");
    if (form && window.FormData && window.XMLHttpRequest && window.DOMParser) { setUp(form); }
  });
})();
