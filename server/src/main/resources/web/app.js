// The Model Census web page (GET /): snapshot and edition pickers, a table preview, the workbook
// link and the function reference. Data from the server is only ever inserted as text
// (textContent / createTextNode), never as HTML.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var reports = [];

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function status(text, isError) {
    $("status").textContent = text;
    $("status").className = isError ? "error" : "";
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) { throw new Error((body && body.message) || (url + ": HTTP " + r.status)); }
        return body;
      });
    });
  }

  function option(select, value, label) {
    var o = el("option", label);
    o.value = value;
    select.appendChild(o);
  }

  function pin() {
    var s = $("snapshot").value;
    return s ? "?snapshot=" + encodeURIComponent(s) : "";
  }

  function currentReport() {
    var id = $("edition").value;
    return reports.filter(function (r) { return r.id === id; })[0];
  }

  /** The snapshots: the store's list when the server has one, else only the default from /health. */
  function loadSnapshots() {
    return getJson("/health").then(function (health) {
      var select = $("snapshot");
      var d = health.snapshot;
      option(select, "", "Default: " + d.source + " (" + d.sha256.substring(0, 12) + ", " + d.rows + " rows)");
      $("sample-note").hidden = !d.sample;
      return fetch("/api/v1/snapshots").then(function (r) { return r.ok ? r.json() : { snapshots: [] }; })
        .catch(function () { return { snapshots: [] }; })
        .then(function (list) {
          (list.snapshots || []).forEach(function (s) {
            var id = s.id;
            if (!id || id === d.sha256) { return; }
            option(select, id, (s.originalName || "snapshot") + ", " + s.rows + " rows" + " (" + id.substring(0, 12) + ")");
          });
        });
    });
  }

  function loadReports() {
    status("Loading the editions…");
    var keep = $("edition").value;
    return getJson("/api/v1/reports" + pin()).then(function (doc) {
      reports = doc.reports || [];
      var select = $("edition");
      select.textContent = "";
      reports.forEach(function (r) { option(select, r.id, r.title + " (" + r.firstYear + "–" + r.lastYear + ")"); });
      if (keep && currentReport() === undefined) { keep = ""; }
      // The server names the newest edition this snapshot's years cover.
      if (!keep) { keep = doc["default"] || ""; }
      if (keep) { select.value = keep; }
      status("");
      return editionChanged();
    }).catch(function (e) { status(e.message, true); });
  }

  function editionChanged() {
    var report = currentReport();
    var select = $("table");
    select.textContent = "";
    if (!report) { return Promise.resolve(); }
    $("workbook").href = report.workbook;
    $("workbook").setAttribute("download", "");
    report.tables.forEach(function (t) { option(select, t.id, t.id + " — " + t.title); });
    return showTable();
  }

  function showTable() {
    var report = currentReport();
    var id = $("table").value;
    var table = report && report.tables.filter(function (t) { return t.id === id; })[0];
    var preview = $("preview");
    preview.textContent = "";
    if (!table) { return Promise.resolve(); }
    $("table-csv").href = table.csv;
    $("table-json").href = table.json;
    status("Loading " + table.id + "…");
    return getJson(table.json).then(function (doc) {
      var t = doc.tables && doc.tables[id];
      if (!t) { throw new Error("the server sent no table " + id); }
      preview.appendChild(render(id, t));
      status("");
    }).catch(function (e) { status(e.message, true); });
  }

  /** An HTML table of a table's rows.<row>.<column> values; columns in the order they first appear. */
  function render(id, t) {
    var rowNames = Object.keys(t.rows || {});
    var columns = [];
    rowNames.forEach(function (r) {
      Object.keys(t.rows[r]).forEach(function (c) { if (columns.indexOf(c) < 0) { columns.push(c); } });
    });
    var table = el("table");
    table.id = "table-" + id;
    table.appendChild(el("caption", id + ": " + t.title + (t.unit ? " (" + t.unit + ")" : "")));
    var head = table.appendChild(el("thead")).appendChild(el("tr"));
    var corner = head.appendChild(el("th", "row"));
    corner.scope = "col";
    columns.forEach(function (c) { head.appendChild(el("th", c)).scope = "col"; });
    var body = table.appendChild(el("tbody"));
    rowNames.forEach(function (r) {
      var tr = body.appendChild(el("tr"));
      tr.appendChild(el("th", r)).scope = "row";
      columns.forEach(function (c) {
        var v = t.rows[r][c];
        tr.appendChild(el("td", v === undefined || v === null ? "" : v, typeof v === "number" ? "num" : ""));
      });
    });
    return table;
  }

  function loadFunctions() {
    return getJson("/api/v1/functions").then(function (doc) {
      var box = $("functions");
      box.textContent = "";
      var dl = box.appendChild(el("dl"));
      (doc.functions || []).forEach(function (f) {
        var params = (f.parameters || []).map(function (p) { return p.optional ? "[" + p.name + "]" : p.name; });
        var dt = dl.appendChild(el("dt"));
        dt.appendChild(el("code", "=" + f.formula + "(" + params.join(", ") + ")"));
        var dd = dl.appendChild(el("dd"));
        dd.appendChild(el("p", f.description));
        if ((f.parameters || []).length) {
          var ul = dd.appendChild(el("ul"));
          f.parameters.forEach(function (p) {
            var li = ul.appendChild(el("li"));
            li.appendChild(el("code", p.name));
            li.appendChild(document.createTextNode(" (" + p.type + (p.optional ? ", optional" : "") + "): " + p.description));
          });
        }
        if (f.resultColumns && f.resultColumns.length) {
          dd.appendChild(el("p", "Returns rows of: " + f.resultColumns.join(", ")));
        }
      });
    }).catch(function () {
      $("functions").textContent = "This server does not serve the functions.";
    });
  }

  $("snapshot").addEventListener("change", loadReports);
  $("edition").addEventListener("change", editionChanged);
  $("table").addEventListener("change", showTable);
  loadSnapshots().then(loadReports).catch(function (e) { status(e.message, true); });
  loadFunctions();
})();
