// The Model Census web report viewer (GET /): snapshot, edition and table in the URL
// (?snapshot=&report=&table=&lang=), each table's computed figures beside the printed ones
// (differing cells marked), its chart (Chart.js, vendored under /web/vendor/), the models behind a
// clicked cell, downloads and the function reference. Data from the server is only ever inserted as
// text (textContent / createTextNode), never as HTML.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var TEXT = {
    ko: { intro: "Epoch AI의 모델 데이터로 계산한 보고서 표와 워크북. 스냅샷·보고서·표를 고르면 계산값과 보고서 인쇄값을 나란히 보여 줍니다.",
          data: "데이터", snapshot: "스냅샷", edition: "보고서", table: "표", sample: "Epoch 데이터가 아닌 예시 데이터입니다 (서버가 --data 없이 시작됨).",
          share: "이 표의 링크", workbook: "워크북 내려받기 (.xlsx)", preview: "표", computed: "계산값", printed: "인쇄값",
          differs: "다른 셀", downloads: "내려받기", long: "정규화된 긴 표 (CSV)", functions: "함수 목록",
          score: function (s) { return "인쇄값과 같은 셀 " + s.equal + " / " + s.printed + (s.printed > s.equal ? " · 설명됨 " + (s.explained || 0) + " · 미설명 " + (s.unexplained || 0) : ""); }, noPrint: "이 보고서는 인쇄값이 없습니다.",
          models: function (n) { return "이 셀의 모델 " + n + "개"; }, loading: "불러오는 중…", defaultSnap: "기본", rows: "행",
          explained: "설명됨", unexplained: "미설명", equal: "일치", cause: "원인", noCause: "원장(ledger)에 원인이 없습니다.",
          other: "English" },
    en: { intro: "Report tables and workbooks computed from Epoch AI's model data. Pick a snapshot, an edition and a table: the computed figures stand beside the printed ones.",
          data: "Data", snapshot: "Snapshot", edition: "Edition", table: "Table", sample: "Sample data, not Epoch's: the server was started without --data.",
          share: "Link to this table", workbook: "Download the workbook (.xlsx)", preview: "Table", computed: "computed", printed: "printed",
          differs: "differs", downloads: "Downloads", long: "Normalized long tables (CSV)", functions: "Function reference",
          score: function (s) { return s.equal + " of " + s.printed + " printed cells equal" + (s.printed > s.equal ? " · " + (s.explained || 0) + " explained · " + (s.unexplained || 0) + " unexplained" : ""); }, noPrint: "This edition has no printed figures.",
          models: function (n) { return n + " models behind this cell"; }, loading: "Loading…", defaultSnap: "Default", rows: "rows",
          explained: "explained", unexplained: "unexplained", equal: "equal", cause: "Cause", noCause: "No cause in the ledger.",
          other: "한국어" }
  };
  var LONG_TABLES = ["Models", "Countries", "Domains", "Tasks", "OrgTypes", "Developers"];
  var params = new URLSearchParams(location.search);
  var lang = params.get("lang") === "en" ? "en" : "ko";
  var reports = [];
  var check = null;
  var chart = null;
  var defaultSha = "";

  function t(key) { return TEXT[lang][key]; }

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

  /** The file name of a source: the server's directories are not shown. */
  function fileName(source) {
    var s = String(source || "").split("?")[0];
    return s.substring(Math.max(s.lastIndexOf("/"), s.lastIndexOf("\\")) + 1);
  }

  function pin() {
    var s = $("snapshot").value;
    return s ? "?snapshot=" + encodeURIComponent(s) : "";
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (n) {
      n.textContent = t(n.getAttribute("data-i18n"));
    });
    $("lang").textContent = t("other");
  }

  /** The shareable URL of what is shown, kept in the address bar. */
  function updateUrl() {
    var q = new URLSearchParams();
    if ($("snapshot").value) { q.set("snapshot", $("snapshot").value); }
    if ($("edition").value) { q.set("report", $("edition").value); }
    if ($("table").value) { q.set("table", $("table").value); }
    if (lang === "en") { q.set("lang", "en"); }
    var url = location.pathname + "?" + q.toString();
    history.replaceState(null, "", url);
    $("share").href = url;
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
      defaultSha = d.sha256;
      option(select, "", t("defaultSnap") + ": " + fileName(d.source) + " (" + d.sha256.substring(0, 12) + ", " + d.rows + " " + t("rows") + ")");
      $("sample-note").hidden = !d.sample;
      return fetch("/api/v1/snapshots").then(function (r) { return r.ok ? r.json() : { snapshots: [] }; })
        .catch(function () { return { snapshots: [] }; })
        .then(function (list) {
          (list.snapshots || []).forEach(function (s) {
            if (!s.id || s.id === d.sha256) { return; }
            option(select, s.id, fileName(s.originalName || "snapshot") + ", " + s.rows + " " + t("rows") + " (" + s.id.substring(0, 12) + ")");
          });
          var wanted = params.get("snapshot");
          if (wanted && wanted !== d.sha256) {
            if (!select.querySelector("option[value='" + CSS.escape(wanted) + "']")) { option(select, wanted, wanted.substring(0, 12)); }
            select.value = wanted;
          }
        });
    });
  }

  function loadReports(first) {
    status(t("loading"));
    var keep = first ? params.get("report") : $("edition").value;
    return getJson("/api/v1/reports" + pin()).then(function (doc) {
      reports = doc.reports || [];
      var select = $("edition");
      select.textContent = "";
      reports.forEach(function (r) { option(select, r.id, r.title + " (" + r.firstYear + "–" + r.lastYear + ")"); });
      if (keep && !reports.some(function (r) { return r.id === keep; })) { keep = ""; }
      // The server names the newest edition this snapshot's years cover.
      select.value = keep || doc["default"] || (reports[0] && reports[0].id) || "";
      status("");
      return editionChanged(first);
    }).catch(function (e) { status(e.message, true); });
  }

  function editionChanged(first) {
    var report = currentReport();
    var select = $("table");
    var keep = first === true ? params.get("table") : select.value;
    select.textContent = "";
    if (!report) { return Promise.resolve(); }
    $("workbook").href = report.workbook;
    report.tables.forEach(function (tb) { option(select, tb.id, tb.id + " — " + tb.title); });
    if (keep && report.tables.some(function (tb) { return tb.id === keep; })) { select.value = keep; }
    var sha = $("snapshot").value || defaultSha;
    var long = $("long");
    long.textContent = "";
    LONG_TABLES.forEach(function (name, i) {
      if (i) { long.appendChild(document.createTextNode(" · ")); }
      var a = long.appendChild(el("a", name));
      a.href = "/api/v1/snapshots/" + encodeURIComponent(sha) + "/long/" + name + ".csv?report=" + encodeURIComponent(report.id);
    });
    status(t("loading"));
    return getJson("/api/v1/reports/" + encodeURIComponent(report.id) + "/check.json" + pin()).then(function (doc) {
      check = doc;
      status("");
      return showTable();
    }).catch(function (e) { status(e.message, true); });
  }

  function showTable() {
    updateUrl();
    var report = currentReport();
    var id = $("table").value;
    var meta = report && report.tables.filter(function (tb) { return tb.id === id; })[0];
    var table = check && check.tables.filter(function (tb) { return tb.id === id; })[0];
    $("preview").textContent = "";
    $("models").textContent = "";
    if (!meta || !table) { drawChart(null); return; }
    $("table-csv").href = meta.csv;
    $("table-json").href = meta.json;
    $("table-meta").href = meta.meta;
    $("score").textContent = check.printedFigures ? t("score")(table.score) : t("noPrint");
    $("preview").appendChild(render(table));
    drawChart(table);
  }

  /** The caption: id, title and the unit, in one pair of parentheses whatever the unit carries. */
  function caption(table) {
    var unit = String(table.unit || "").replace(/^\s*\((.*)\)\s*$/, "$1");
    return table.id + ": " + table.title + (unit ? " (" + unit + ")" : "");
  }

  function cellsOf(table) {
    var map = {};
    table.cells.forEach(function (c) { map[c.row + "\u0000" + c.column] = c; });
    return map;
  }

  /**
   * An HTML table: per cell the computed figure, the printed one beside it, differing cells marked.
   * A table the report prints turned (T9: one column per model) is shown turned as well.
   */
  function render(table) {
    var cells = cellsOf(table);
    var across = table.transposed ? table.rows : table.columns;
    var down = table.transposed ? table.columns : table.rows;
    var node = el("table");
    node.id = "table-" + table.id;
    node.appendChild(el("caption", caption(table)));
    var head = node.appendChild(el("thead")).appendChild(el("tr"));
    head.appendChild(el("th", "")).scope = "col";
    across.forEach(function (c) { head.appendChild(el("th", c)).scope = "col"; });
    var body = node.appendChild(el("tbody"));
    down.forEach(function (d) {
      var tr = body.appendChild(el("tr"));
      tr.appendChild(el("th", d)).scope = "row";
      across.forEach(function (a) {
        var r = table.transposed ? a : d;
        var col = table.transposed ? d : a;
        var c = cells[r + "\u0000" + col];
        var td = tr.appendChild(el("td", null, c && typeof c.computed === "number" ? "num" : ""));
        if (!c) { return; }
        td.dataset.row = r;
        td.dataset.column = col;
        td.dataset.status = c.status;
        td.appendChild(el("span", c.display, "computed"));
        if (c.printed !== undefined) {
          td.appendChild(el("span", c.printed, "printed"));
          td.title = t("computed") + " " + c.display + " · " + t("printed") + " " + c.printed;
        }
        if (c.status === "differs") {
          td.classList.add("differs");
          if (c.explanation === "explained") { td.classList.add("explained"); }
          td.title += " · " + t(c.explanation || "unexplained") + ((c.causes || []).length
            ? " · " + c.causes.map(function (x) { return x.kind; }).join(", ") : "");
        }
        td.tabIndex = 0;
        td.addEventListener("click", function () { showModels(table.id, td, c); });
      });
    });
    return node;
  }

  /** The status and causes of a differing cell, from check.json (the edition's ledger). */
  function showCauses(box, c) {
    if (!c || c.status !== "differs") { return; }
    var div = box.appendChild(el("div", null, "causes"));
    div.appendChild(el("h3", t("cause") + ": " + t(c.explanation || "unexplained")));
    if (!(c.causes || []).length) { div.appendChild(el("p", t("noCause"))); return; }
    // Paragraphs, not list items: "#models li" are the models behind the cell.
    c.causes.forEach(function (x) {
      var p = div.appendChild(el("p", x.kind + " (" + x.strength + ")" + (x.models && x.models.length ? " " + x.models.join("; ") : "")
        + ": " + x.evidence, "cause"));
      p.appendChild(el("span", " — " + x.note, x.verified ? "verified" : "not-verified"));
    });
  }

  function showModels(tableId, td, cell) {
    Array.prototype.forEach.call(document.querySelectorAll("#preview td.selected"), function (n) { n.classList.remove("selected"); });
    td.classList.add("selected");
    var q = "table=" + encodeURIComponent(tableId) + "&row=" + encodeURIComponent(td.dataset.row)
      + "&column=" + encodeURIComponent(td.dataset.column) + (pin() ? "&" + pin().substring(1) : "");
    return getJson("/api/v1/reports/" + encodeURIComponent($("edition").value) + "/models.json?" + q).then(function (doc) {
      var box = $("models");
      box.textContent = "";
      showCauses(box, cell);
      box.appendChild(el("h3", tableId + " [" + td.dataset.row + "][" + td.dataset.column + "]: " + t("models")(doc.models.length)));
      var ul = box.appendChild(el("ul"));
      doc.models.forEach(function (m) { ul.appendChild(el("li", m.name + (m.date ? " (" + m.date + ")" : ""))); });
    }).catch(function (e) { status(e.message, true); });
  }

  var COLORS = ["#217346", "#1f5fbf", "#d08000", "#a03070", "#6a5acd", "#2a9d8f", "#e76f51", "#555555"];

  /** The table's chart: columns along the axis and a series per row (rows along it for one column). */
  function drawChart(table) {
    if (chart) { chart.destroy(); chart = null; }
    var box = $("chart-box");
    var numeric = table && table.cells.some(function (c) { return typeof c.computed === "number"; });
    box.hidden = !(numeric && window.Chart && (table.chart !== "NONE" || /^F/.test(table.id)));
    if (box.hidden) { return; }
    var cells = cellsOf(table);
    var value = function (r, c) {
      var cell = cells[r + "\u0000" + c];
      return cell && typeof cell.computed === "number" ? Number(cell.display) : null;
    };
    var printedOf = function (r, c) {
      var cell = cells[r + "\u0000" + c];
      return cell && cell.printed !== undefined && !isNaN(Number(cell.printed)) ? Number(cell.printed) : null;
    };
    var byRow = table.columns.length > 1;
    var at = function (s, l) { return byRow ? value(s, l) : value(l, s); };
    // Totals and one-figure series (a CAGR beside counts) would flatten the bars: they stay in the table.
    var total = function (label) { return /^(계|합계|전체|total)$/i.test(String(label).trim()); };
    var series = (byRow ? table.rows : table.columns).filter(function (s) {
      return !total(s) && (byRow ? table.columns : table.rows).filter(function (l) { return at(s, l) !== null; }).length > 1;
    });
    var labels = (byRow ? table.columns : table.rows).filter(function (l) {
      return !total(l) && series.some(function (s) { return at(s, l) !== null; });
    });
    if (!series.length) { box.hidden = true; return; }
    var datasets = [];
    series.forEach(function (s, i) {
      var get = function (f) { return labels.map(function (l) { return byRow ? f(s, l) : f(l, s); }); };
      var line = table.chart === "BAR_WITH_LINE" && i > 0;
      datasets.push({ label: s + " · " + t("computed"), data: get(value), type: line ? "line" : "bar",
        backgroundColor: COLORS[i % COLORS.length], borderColor: COLORS[i % COLORS.length], yAxisID: line ? "y1" : "y" });
      var printed = get(printedOf);
      if (printed.some(function (v) { return v !== null; })) {
        datasets.push({ label: s + " · " + t("printed"), data: printed, type: line ? "line" : "bar", yAxisID: line ? "y1" : "y",
          backgroundColor: "rgba(150,150,150,0.5)", borderColor: "#777", borderWidth: 1 });
      }
    });
    var pie = table.chart === "PIE" && !byRow;
    var scales = pie ? {} : { y: { beginAtZero: true } };
    if (table.chart === "BAR_WITH_LINE" && series.length > 1) { scales.y1 = { position: "right", beginAtZero: true, grid: { drawOnChartArea: false } }; }
    chart = new window.Chart($("chart"), {
      type: pie ? "pie" : "bar",
      data: { labels: labels, datasets: pie ? [{ data: datasets[0].data, backgroundColor: COLORS }] : datasets },
      options: { animation: false, responsive: true, scales: scales,
        plugins: { title: { display: true, text: caption(table) } } }
    });
    $("chart").dataset.points = String(datasets.reduce(function (n, d) { return n + d.data.filter(function (v) { return v !== null; }).length; }, 0));
  }

  function loadFunctions() {
    return getJson("/api/v1/functions").then(function (doc) {
      var box = $("functions");
      box.textContent = "";
      var dl = box.appendChild(el("dl"));
      (doc.functions || []).forEach(function (f) {
        var ps = (f.parameters || []).map(function (p) { return p.optional ? "[" + p.name + "]" : p.name; });
        dl.appendChild(el("dt")).appendChild(el("code", "=" + f.formula + "(" + ps.join(", ") + ")"));
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
        if (f.resultColumns && f.resultColumns.length) { dd.appendChild(el("p", "→ " + f.resultColumns.join(", "))); }
      });
    }).catch(function () { $("functions").textContent = "—"; });
  }

  $("lang").addEventListener("click", function () {
    lang = lang === "ko" ? "en" : "ko";
    applyLanguage();
    showTable();
  });
  $("snapshot").addEventListener("change", function () { loadReports(false); });
  $("edition").addEventListener("change", function () { editionChanged(false); });
  $("table").addEventListener("change", showTable);
  applyLanguage();
  loadSnapshots().then(function () { return loadReports(true); }).catch(function (e) { status(e.message, true); });
  loadFunctions();
})();
