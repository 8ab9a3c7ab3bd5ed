// The Model Census web report viewer (GET /): snapshot, edition and table in the URL
// (?snapshot=&report=&table=&lang=; links always pin the snapshot's sha256), each table's computed
// figures beside the printed ones (differing cells marked), the models behind a clicked (or Enter on
// a focused) cell, the table as the report prints it (to copy), one SVG chart design per table kind
// (downloadable as SVG and PNG with the source line), downloads and the function reference.
// Korean by default; the language switch redraws everything. Data from the server is only ever
// inserted as text (textContent / createTextNode), never as HTML.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var TEXT = {
    ko: { intro: "Epoch AI의 모델 데이터로 계산한 보고서 표와 워크북. 스냅샷·보고서·표를 고르면 계산값과 보고서 인쇄값을 나란히 보여 줍니다.",
          data: "데이터", snapshot: "스냅샷", edition: "보고서", table: "표", sample: "Epoch 데이터가 아닌 예시 데이터입니다 (서버가 --data 없이 시작됨).",
          share: "이 표의 링크", workbook: "워크북 내려받기 (.xlsx)", preview: "표", computed: "계산값", printed: "인쇄값",
          differs: "다른 셀", cellHint: "셀을 누르거나 Tab으로 고른 뒤 Enter: 그 셀의 모델 목록",
          downloads: "내려받기", long: "정규화된 긴 표 (CSV)", functions: "함수 목록",
          score: function (s) { return "인쇄값과 같은 셀 " + s.equal + " / " + s.printed + (s.printed > s.equal ? " · 설명됨 " + (s.explained || 0) + " · 미설명 " + (s.unexplained || 0) : ""); },
          noPrint: "이 보고서는 아직 인쇄값이 없습니다.",
          models: function (n) { return "이 셀의 모델 " + n + "개"; }, loading: "불러오는 중…", defaultSnap: "기본", rows: "행",
          explained: "설명됨", unexplained: "미설명", equal: "일치", cause: "원인", noCause: "원장(ledger)에 원인이 없습니다.",
          verified: "데이터로 확인됨", notVerified: "확인되지 않음", back: "표로 돌아가기", optional: "선택",
          chartDownload: "차트 내려받기", rightAxis: "오른쪽 축", reportReady: "보고서용 표 (인쇄 형식, 복사해 붙여 넣기)", copy: "표 복사",
          copied: "복사했습니다. 한글(HWP)·Excel·Word에 붙여 넣으세요.", copyFailed: "복사하지 못했습니다: 표를 직접 선택해 복사하세요.",
          orderLabel: "행 순서", noteLabel: "주", sourceLabel: "자료",
          source: function (p) { return "자료: Epoch AI, “Data on Large-Scale AI Models” (CC BY 4.0) · 보고서: " + p.edition + " · 작성: Model Census"; },
          snapshotLine: function (p) { return "스냅샷: " + p.file + " (" + p.date + ") · sha256 " + p.sha; },
          readOn: "읽은 날 ",
          kinds: { "date-moved": "출시일 변경", "added-after-download": "내려받은 뒤 추가됨", "tags-revised": "태그 수정",
                   "tags-backfilled": "태그 보충", "report-arithmetic": "보고서 계산 오류", "report-transcription": "보고서 옮겨 적기 오류",
                   open: "미해결" },
          strengths: { strong: "강함", medium: "보통", weak: "약함", speculative: "추정" },
          order: { countries: "기간 합계(계)가 많은 순, 같으면 공동 개발(중복) 모델이 적은 순, 이어서 영문 국가명 순",
                   domains: "분야 매핑 표(domain_group.csv)의 분야 순서", tasks: "에디션이 행을 정하면 그 순서, 아니면 모델 수가 많은 순",
                   "task-growth": "증감이 큰 순, 같으면 마지막 해 모델 수가 많은 순", "top-developers": "모델 수가 많은 순",
                   "korean-models": "출시일 순", "top-models": "학습 연산량이 큰 순", other: "보고서와 같은 고정 순서" },
          notes: { countries: "여러 나라가 함께 개발한 모델은 각 나라에 한 번씩 셉니다(중복 열: 그런 모델 수). 차트는 연도별 건수만 그립니다.",
                   domains: "한 모델이 여러 분야에 속하면 각 분야에 셉니다.", tasks: "한 모델이 여러 과업을 수행하면 각 과업에 셉니다.",
                   "task-growth": "한 모델이 여러 과업을 수행하면 각 과업에 셉니다.", "org-types": "공동 개발 모델은 각 조직 유형에 셉니다.",
                   multimodal: "비중(%) = 멀티모달 모델 수 ÷ 전체 모델 수 × 100.", development: "비중(%)은 표의 인쇄 자릿수대로 씁니다." },
          other: "English" },
    en: { intro: "Report tables and workbooks computed from Epoch AI's model data. Pick a snapshot, an edition and a table: the computed figures stand beside the printed ones.",
          data: "Data", snapshot: "Snapshot", edition: "Edition", table: "Table", sample: "Sample data, not Epoch's: the server was started without --data.",
          share: "Link to this table", workbook: "Download the workbook (.xlsx)", preview: "Table", computed: "computed", printed: "printed",
          differs: "differs", cellHint: "Click a cell, or Tab to it and press Enter: the models behind it",
          downloads: "Downloads", long: "Normalized long tables (CSV)", functions: "Function reference",
          score: function (s) { return s.equal + " of " + s.printed + " printed cells equal" + (s.printed > s.equal ? " · " + (s.explained || 0) + " explained · " + (s.unexplained || 0) + " unexplained" : ""); },
          noPrint: "Nothing of this edition is printed yet.",
          models: function (n) { return n + " models behind this cell"; }, loading: "Loading…", defaultSnap: "Default", rows: "rows",
          explained: "explained", unexplained: "unexplained", equal: "equal", cause: "Cause", noCause: "No cause in the ledger.",
          verified: "verified on the data", notVerified: "not verified", back: "Back to the table", optional: "optional",
          chartDownload: "Download the chart", rightAxis: "right axis", reportReady: "The table as the report prints it (to copy and paste)", copy: "Copy the table",
          copied: "Copied: paste it into HWP, Excel or Word.", copyFailed: "Could not copy: select the table and copy it by hand.",
          orderLabel: "Row order", noteLabel: "Note", sourceLabel: "Source",
          source: function (p) { return "Source: Epoch AI, “Data on Large-Scale AI Models” (CC BY 4.0) · Report: " + p.edition + " · Made with Model Census"; },
          snapshotLine: function (p) { return "Snapshot: " + p.file + " (" + p.date + ") · sha256 " + p.sha; },
          readOn: "read ",
          kinds: { "date-moved": "date moved", "added-after-download": "added after download", "tags-revised": "tags revised",
                   "tags-backfilled": "tags backfilled", "report-arithmetic": "report arithmetic", "report-transcription": "report transcription",
                   open: "open" },
          strengths: { strong: "strong", medium: "medium", weak: "weak", speculative: "speculative" },
          order: { countries: "most models in the period (계) first; ties: fewer co-developed (중복) models first, then English country name",
                   domains: "the domain order of the mapping table (domain_group.csv)", tasks: "the edition's listed rows, else most models first",
                   "task-growth": "largest change first; ties: more models in the last year first", "top-developers": "most models first",
                   "korean-models": "by release date", "top-models": "largest training compute first", other: "fixed, as in the report" },
          notes: { countries: "A model developed by several countries counts once for each (the 중복 columns count such models). The chart draws the yearly counts only.",
                   domains: "A model in several domains counts in each.", tasks: "A model with several tasks counts in each.",
                   "task-growth": "A model with several tasks counts in each.", "org-types": "A co-developed model counts for each organisation type.",
                   multimodal: "Share (%) = multimodal models ÷ all models × 100.", development: "Shares (%) at the table's printed decimals." },
          other: "한국어" }
  };
  var LONG_TABLES = ["Models", "Countries", "Domains", "Tasks", "OrgTypes", "Developers"];
  var COLORS = ["#1f5fbf", "#d08000", "#217346", "#a03070", "#6a5acd", "#2a9d8f", "#e76f51", "#555555"];
  var LINE = "#c0392b";
  var FONT = "'Malgun Gothic', 'Apple SD Gothic Neo', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif";
  var SVG_NS = "http://www.w3.org/2000/svg";
  var params = new URLSearchParams(location.search);
  var lang = params.get("lang") === "en" ? "en" : "ko";
  var page = { store: false, kinds: {} };
  var reports = [];
  var provenance = null;
  var check = null;
  var defaultSnapshot = null;
  var storedSnapshots = [];
  var selected = null; // { tableId, row, column, cell, doc }

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

  /** The snapshot shown: always a sha256, the default one's too, so every link keeps its numbers. */
  function sha() { return $("snapshot").value || (defaultSnapshot && defaultSnapshot.sha256) || ""; }

  function pin() { return sha() ? "snapshot=" + encodeURIComponent(sha()) : ""; }

  function withPin(url) { return pin() ? url + (url.indexOf("?") < 0 ? "?" : "&") + pin() : url; }

  /** Korean text of a cause field when the server gives one (fieldKo) and the page is Korean. */
  function field(x, name) {
    return lang === "ko" && x[name + "Ko"] ? x[name + "Ko"] : x[name];
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (n) {
      n.textContent = t(n.getAttribute("data-i18n"));
    });
    $("lang").textContent = t("other");
    $("lang").lang = lang === "ko" ? "en" : "ko";
  }

  /** The shareable URL of what is shown, kept in the address bar; it pins the snapshot. */
  function updateUrl() {
    var q = new URLSearchParams();
    if (sha()) { q.set("snapshot", sha()); }
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

  /** The snapshot list, in the page's language: the default one, then the store's (when the server has a store). */
  function fillSnapshots() {
    var select = $("snapshot");
    var keep = select.value;
    select.textContent = "";
    var d = defaultSnapshot;
    option(select, d.sha256, t("defaultSnap") + ": " + fileName(d.source) + " (" + d.sha256.substring(0, 12) + ", " + d.rows + " " + t("rows") + ")");
    storedSnapshots.forEach(function (s) {
      if (!s.id || s.id === d.sha256) { return; }
      option(select, s.id, fileName(s.originalName || "snapshot") + ", " + s.rows + " " + t("rows") + " (" + s.id.substring(0, 12) + ")");
    });
    if (keep && !select.querySelector("option[value='" + CSS.escape(keep) + "']")) { option(select, keep, keep.substring(0, 12)); }
    select.value = keep || d.sha256;
  }

  function loadSnapshots() {
    return Promise.all([getJson("/health"), getJson("/web/page.json")]).then(function (answers) {
      defaultSnapshot = answers[0].snapshot;
      page = answers[1];
      $("sample-note").hidden = !defaultSnapshot.sample;
      var list = page.store ? getJson("/api/v1/snapshots").catch(function () { return { snapshots: [] }; }) : Promise.resolve({ snapshots: [] });
      return list.then(function (doc) {
        storedSnapshots = doc.snapshots || [];
        var wanted = params.get("snapshot");
        if (wanted) { $("snapshot").appendChild(el("option", wanted)).value = wanted; $("snapshot").value = wanted; }
        fillSnapshots();
      });
    });
  }

  function loadReports(first) {
    status(t("loading"));
    var keep = first ? params.get("report") : $("edition").value;
    return getJson("/api/v1/reports?" + pin()).then(function (doc) {
      reports = doc.reports || [];
      provenance = doc.provenance;
      var select = $("edition");
      select.textContent = "";
      reports.forEach(function (r) { option(select, r.id, r.title + " (" + r.firstYear + "–" + r.lastYear + ")"); });
      if (keep && !reports.some(function (r) { return r.id === keep; })) { keep = ""; }
      // The server names its default edition.
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
    $("workbook").href = withPin(report.workbook.split("?")[0]);
    report.tables.forEach(function (tb) { option(select, tb.id, tb.id + " — " + tb.title); });
    if (keep && report.tables.some(function (tb) { return tb.id === keep; })) { select.value = keep; }
    var long = $("long");
    long.textContent = "";
    LONG_TABLES.forEach(function (name, i) {
      if (i) { long.appendChild(document.createTextNode(" · ")); }
      var a = long.appendChild(el("a", name));
      a.href = "/api/v1/snapshots/" + encodeURIComponent(sha()) + "/long/" + name + ".csv?report=" + encodeURIComponent(report.id);
    });
    status(t("loading"));
    return getJson("/api/v1/reports/" + encodeURIComponent(report.id) + "/check.json?" + pin()).then(function (doc) {
      check = doc;
      status("");
      return showTable();
    }).catch(function (e) { status(e.message, true); });
  }

  function kindOf(table) {
    return (page.kinds[$("edition").value] || {})[table.id] || "";
  }

  function showTable() {
    updateUrl();
    var report = currentReport();
    var id = $("table").value;
    var meta = report && report.tables.filter(function (tb) { return tb.id === id; })[0];
    var table = check && check.tables.filter(function (tb) { return tb.id === id; })[0];
    $("preview").textContent = "";
    $("report-table").textContent = "";
    if (!selected || selected.tableId !== id) { $("models").textContent = ""; selected = null; }
    if (!meta || !table) { drawChart(null); return; }
    $("table-csv").href = withPin(meta.csv.split("?")[0]);
    $("table-json").href = withPin(meta.json.split("?")[0]);
    $("table-meta").href = withPin(meta.meta.split("?")[0]);
    $("score").textContent = check.printedFigures ? t("score")(table.score) : t("noPrint");
    $("preview").appendChild(render(table));
    $("report-table").appendChild(asPrinted(table));
    drawChart(table);
    if (selected) { listModels(); }
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

  /** Rows and columns as the report lays them out (T9: one column per model). */
  function layout(table) {
    return { across: table.transposed ? table.rows : table.columns, down: table.transposed ? table.columns : table.rows,
             at: function (d, a) { return table.transposed ? [a, d] : [d, a]; } };
  }

  /**
   * An HTML table: per cell the computed figure, the printed one beside it, differing cells marked.
   * A cell opens its models on a click or on Enter.
   */
  function render(table) {
    var cells = cellsOf(table);
    var l = layout(table);
    var node = el("table");
    node.id = "table-" + table.id;
    node.appendChild(el("caption", caption(table)));
    var head = node.appendChild(el("thead")).appendChild(el("tr"));
    head.appendChild(el("th", "")).scope = "col";
    l.across.forEach(function (c) { head.appendChild(el("th", c)).scope = "col"; });
    var body = node.appendChild(el("tbody"));
    l.down.forEach(function (d) {
      var tr = body.appendChild(el("tr"));
      tr.appendChild(el("th", d)).scope = "row";
      l.across.forEach(function (a) {
        var rc = l.at(d, a);
        var c = cells[rc[0] + "\u0000" + rc[1]];
        var td = tr.appendChild(el("td", null, c && typeof c.computed === "number" ? "num" : ""));
        if (!c) { return; }
        td.dataset.row = rc[0];
        td.dataset.column = rc[1];
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
            ? " · " + c.causes.map(function (x) { return t("kinds")[x.kind] || x.kind; }).join(", ") : "");
        }
        td.tabIndex = 0;
        if (selected && selected.tableId === table.id && selected.row === rc[0] && selected.column === rc[1]) { td.classList.add("selected"); }
        td.addEventListener("click", function () { showModels(table.id, td, c); });
        td.addEventListener("keydown", function (e) {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); showModels(table.id, td, c); }
        });
      });
    });
    return node;
  }

  /** The rule by which the report orders the rows of a table of this kind, and its notes. */
  function orderRule(kind) { return t("order")[kind] || t("order").other; }

  function snapshotFacts() {
    var p = provenance || {};
    var file = fileName(p.source || (defaultSnapshot && defaultSnapshot.source));
    var dated = /(\d{4}-\d{2}-\d{2})/.exec(file);
    var report = currentReport();
    return { file: file, sha: p.sha256 || sha(), date: dated ? dated[1] : t("readOn") + String(p.readAt || "").substring(0, 10),
             edition: report ? report.title : "" };
  }

  /**
   * The table as the report prints it: title, unit line, headers, the computed figures (at the printed
   * decimals), then the row order rule, notes and source, to copy into HWP or Excel.
   */
  function asPrinted(table) {
    var cells = cellsOf(table);
    var l = layout(table);
    var box = el("div");
    box.id = "printed-" + table.id;
    box.appendChild(el("p", table.id + ". " + table.title, "title"));
    if (table.unit) { box.appendChild(el("p", table.unit, "unit")); }
    var node = box.appendChild(el("table"));
    var head = node.appendChild(el("thead")).appendChild(el("tr"));
    head.appendChild(el("th", ""));
    l.across.forEach(function (c) { head.appendChild(el("th", c)); });
    var body = node.appendChild(el("tbody"));
    l.down.forEach(function (d) {
      var tr = body.appendChild(el("tr"));
      tr.appendChild(el("th", d));
      l.across.forEach(function (a) {
        var rc = l.at(d, a);
        var c = cells[rc[0] + "\u0000" + rc[1]];
        tr.appendChild(el("td", c ? c.display : "", c && typeof c.computed === "number" ? "num" : ""));
      });
    });
    var kind = kindOf(table);
    box.appendChild(el("p", t("orderLabel") + ": " + orderRule(kind), "rule"));
    if (t("notes")[kind]) { box.appendChild(el("p", t("noteLabel") + ": " + t("notes")[kind], "note")); }
    var f = snapshotFacts();
    box.appendChild(el("p", t("source")(f), "source"));
    box.appendChild(el("p", t("snapshotLine")(f), "source"));
    return box;
  }

  /** Tab-separated text of the printed-form block: what Excel and HWP paste as cells. */
  function tsvOf(box) {
    var lines = [];
    Array.prototype.forEach.call(box.children, function (n) {
      if (n.tagName === "TABLE") {
        Array.prototype.forEach.call(n.querySelectorAll("tr"), function (tr) {
          lines.push(Array.prototype.map.call(tr.children, function (c) { return c.textContent; }).join("\t"));
        });
      } else {
        lines.push(n.textContent);
      }
    });
    return lines.join("\n") + "\n";
  }

  function copyTable() {
    var box = $("report-table").firstChild;
    if (!box) { return; }
    var text = tsvOf(box);
    var html = "<meta charset=\"utf-8\">" + box.outerHTML;
    var done = function () { $("copied").textContent = t("copied"); };
    var failed = function () { $("copied").textContent = t("copyFailed"); };
    if (navigator.clipboard && window.ClipboardItem) {
      navigator.clipboard.write([new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([text], { type: "text/plain" }) })])
        .then(done, function () { return navigator.clipboard.writeText(text).then(done, failed); });
    } else if (navigator.clipboard) {
      navigator.clipboard.writeText(text).then(done, failed);
    } else {
      failed();
    }
  }

  /** The status and causes of a differing cell, from check.json (the edition's ledger). */
  function showCauses(box, c) {
    if (!c || c.status !== "differs") { return; }
    var div = box.appendChild(el("div", null, "causes"));
    div.appendChild(el("h3", t("cause") + ": " + t(c.explanation || "unexplained")));
    if (!(c.causes || []).length) { div.appendChild(el("p", t("noCause"))); return; }
    // Paragraphs, not list items: "#models li" are the models behind the cell.
    c.causes.forEach(function (x) {
      var p = div.appendChild(el("p", (t("kinds")[x.kind] || x.kind) + " (" + (t("strengths")[x.strength] || x.strength) + ")"
        + (x.models && x.models.length ? " " + x.models.join("; ") : "") + ": " + field(x, "evidence"), "cause"));
      p.appendChild(el("span", " — " + (x.verified ? t("verified") : t("notVerified")) + (field(x, "note") ? ": " + field(x, "note") : ""),
        x.verified ? "verified" : "not-verified"));
    });
  }

  function showModels(tableId, td, cell) {
    Array.prototype.forEach.call(document.querySelectorAll("#preview td.selected"), function (n) { n.classList.remove("selected"); });
    td.classList.add("selected");
    var q = "table=" + encodeURIComponent(tableId) + "&row=" + encodeURIComponent(td.dataset.row)
      + "&column=" + encodeURIComponent(td.dataset.column) + "&" + pin();
    return getJson("/api/v1/reports/" + encodeURIComponent($("edition").value) + "/models.json?" + q).then(function (doc) {
      selected = { tableId: tableId, row: td.dataset.row, column: td.dataset.column, cell: cell, doc: doc };
      listModels();
      // The list is below the table: bring it into view and move the keyboard focus there.
      $("models").scrollIntoView({ block: "start" });
      $("models").focus({ preventScroll: true });
    }).catch(function (e) { status(e.message, true); });
  }

  /** The selected cell's causes and models, in the page's language. */
  function listModels() {
    var box = $("models");
    box.textContent = "";
    showCauses(box, selected.cell);
    box.appendChild(el("h3", selected.tableId + " [" + selected.row + "][" + selected.column + "]: " + t("models")(selected.doc.models.length)));
    var ul = box.appendChild(el("ul"));
    selected.doc.models.forEach(function (m) { ul.appendChild(el("li", m.name + (m.date ? " (" + m.date + ")" : ""))); });
    var back = box.appendChild(el("p")).appendChild(el("button", t("back"), "back"));
    back.type = "button";
    back.addEventListener("click", function () {
      var td = document.querySelector("#preview td.selected");
      if (td) { td.scrollIntoView({ block: "center" }); td.focus({ preventScroll: true }); }
    });
  }

  // ---- Charts: one design per table kind, drawn as SVG (downloadable as is, or as PNG) ----

  var measure = document.createElement("canvas").getContext("2d");
  function textWidth(text, size) {
    measure.font = size + "px " + FONT;
    return measure.measureText(String(text)).width;
  }

  function svg(tag, attrs, text) {
    var n = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }

  function isYear(label) { return /^\d{4}$/.test(label); }
  function isShare(label) { return /%|비중/.test(label); }
  function isAggregate(label) { return /^(계|합계|total)$/i.test(String(label).trim()) || /전체|소계/.test(label); }

  /** A chart design per kind: what is drawn from which rows and columns (null: the kind has no chart). */
  function design(table, kind) {
    var cells = cellsOf(table);
    var cell = function (r, c) { return cells[r + "\u0000" + c]; };
    var num = function (r, c) { var x = cell(r, c); return x && typeof x.computed === "number" && x.display !== "" ? Number(x.display) : null; };
    var text = function (r, c) { var x = cell(r, c); return x ? x.display : ""; };
    var years = table.columns.filter(isYear);
    var series = function (names, cols, axis) {
      return names.map(function (n) {
        return { name: n, axis: axis || "y", values: cols.map(function (c) { return num(n, c); }), labels: cols.map(function (c) { return text(n, c); }) };
      });
    };
    var counts = table.rows.filter(function (r) { return !isShare(r) && !isAggregate(r); });
    var shares = table.rows.filter(isShare);
    /** Share rows with no yearly figures: one line under the title each, as the table prints them. */
    var remarks = function (rows) {
      var out = [];
      rows.forEach(function (r) {
        table.columns.filter(function (c) { return !isYear(c) && num(r, c) !== null; }).forEach(function (c) { out.push(r + " " + c + ": " + text(r, c)); });
      });
      return out;
    };
    var withYears = function (rows) { return rows.filter(function (r) { return years.some(function (y) { return num(r, y) !== null; }); }); };
    switch (kind) {
      case "models-per-year":
        return { type: "columns", categories: years, bars: series(counts.slice(0, 1), years), lines: [], remarks: remarks(shares) };
      case "countries":
        // Countries down the side, one stacked segment per year; the 중복 and 순위 columns are not drawn.
        return { type: "rows", stacked: true, categories: table.rows, bars: years.map(function (y) {
          return { name: y, axis: "x", values: table.rows.map(function (r) { return num(r, y); }), labels: table.rows.map(function (r) { return text(r, y); }) };
        }), totals: table.rows.map(function (r) { return text(r, "계"); }), remarks: [] };
      case "multimodal":
      case "domains":
      case "org-types":
      case "multi-task":
      case "tasks-per-model":
        return { type: "columns", categories: years, bars: series(counts, years), lines: series(withYears(shares), years, "y2"),
                 remarks: remarks(shares.filter(function (r) { return withYears([r]).length === 0; })) };
      case "tasks":
      case "task-growth":
      case "top-developers": {
        var cols = kind === "task-growth" ? years
          : table.columns.indexOf("모델 수") >= 0 ? ["모델 수"]
          : table.columns.filter(function (c) { return table.rows.some(function (r) { return num(r, c) !== null; }); }).slice(0, 1);
        var nation = table.columns.indexOf("국적") >= 0;
        return { type: "rows", stacked: false, categories: table.rows.map(function (r) { return nation && text(r, "국적") ? r + " (" + text(r, "국적") + ")" : r; }),
                 bars: cols.map(function (c) {
                   return { name: c, axis: "y", values: table.rows.map(function (r) { return num(r, c); }), labels: table.rows.map(function (r) { return text(r, c); }) };
                 }), totals: null, remarks: [] };
      }
      case "development": {
        var share = table.columns.filter(isShare)[0];
        var total = table.columns.filter(function (c) { return !isShare(c); })[0];
        return { type: "pie", slices: counts.map(function (r) {
          return { name: r, value: num(r, total), count: text(r, total), share: share ? text(r, share) : "" };
        }), remarks: [] };
      }
      default:
        return null;
    }
  }

  function niceScale(max) {
    if (!(max > 0)) { max = 1; }
    var raw = max / 5;
    var mag = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 2.5, 5, 10].map(function (m) { return m * mag; }).filter(function (s) { return s >= raw; })[0];
    return { step: step, max: Math.ceil(max / step - 1e-9) * step };
  }

  function tick(v) { return String(Math.round(v * 100) / 100); }

  /** The chart of a table as an SVG element (null when its kind has none): title, unit, plot, legend, source lines. */
  function chartSvg(table, kind) {
    var d = design(table, kind);
    if (!d) { return null; }
    var hasData = d.type === "pie" ? d.slices.some(function (s) { return s.value > 0; })
      : d.bars.concat(d.lines || []).some(function (s) { return s.values.some(function (v) { return v !== null; }); });
    if (!hasData) { return null; }
    var W = 800;
    var root = svg("svg", { width: W, "font-family": FONT, "data-kind": kind, "data-design": d.type + (d.stacked ? "-stacked" : "") });
    root.appendChild(svg("rect", { x: 0, y: 0, width: W, fill: "#ffffff", "class": "background" }));
    var y = 28;
    root.appendChild(svg("text", { x: 16, y: y, "font-size": 16, "font-weight": "bold", fill: "#1a1a1a" }, table.id + ". " + table.title));
    if (table.unit) { y += 20; root.appendChild(svg("text", { x: 16, y: y, "font-size": 12, fill: "#444" }, table.unit)); }
    d.remarks.forEach(function (r) { y += 18; root.appendChild(svg("text", { x: 16, y: y, "font-size": 12, fill: "#444" }, r)); });
    y += 20;
    var legendItems = [];
    if (d.type === "columns") { y = columns(root, d, y, W, legendItems); }
    else if (d.type === "rows") { y = rows(root, d, y, W, legendItems); }
    else { y = pie(root, d, y, W, legendItems); }
    y = legend(root, legendItems, y + 8, W);
    var f = snapshotFacts();
    y += 22;
    root.appendChild(svg("text", { x: 16, y: y, "font-size": 11, fill: "#444", "class": "source" }, t("source")(f)));
    y += 16;
    root.appendChild(svg("text", { x: 16, y: y, "font-size": 11, fill: "#444", "class": "source" }, t("snapshotLine")(f)));
    var H = y + 14;
    root.setAttribute("height", H);
    root.setAttribute("viewBox", "0 0 " + W + " " + H);
    root.querySelector("rect.background").setAttribute("height", H);
    return root;
  }

  function legend(root, items, y, W) {
    var x = 16;
    items.forEach(function (it) {
      var w = 22 + textWidth(it.name, 12) + 16;
      if (x + w > W - 16) { x = 16; y += 18; }
      if (it.line) {
        root.appendChild(svg("line", { x1: x, y1: y - 4, x2: x + 16, y2: y - 4, stroke: it.color, "stroke-width": 2.5 }));
      } else {
        root.appendChild(svg("rect", { x: x, y: y - 10, width: 14, height: 12, fill: it.color }));
      }
      root.appendChild(svg("text", { x: x + 22, y: y, "font-size": 12, fill: "#1a1a1a", "class": "legend" }, it.name));
      x += w;
    });
    return y;
  }

  /** Categories along the bottom, grouped bars on the left axis, share lines on a right axis in %. */
  function columns(root, d, top, W, legendItems) {
    var H = 280;
    var left = 56;
    var right = d.lines.length ? 56 : 20;
    var pw = W - left - right;
    var max = 0;
    d.bars.forEach(function (s) { s.values.forEach(function (v) { max = Math.max(max, v || 0); }); });
    var sy = niceScale(max);
    var y0 = top + H;
    var scaleY = function (v) { return y0 - (v / sy.max) * H; };
    var axis = root.appendChild(svg("g", { "class": "axis", "data-axis": "y" }));
    for (var v = 0; v <= sy.max + 1e-9; v += sy.step) {
      axis.appendChild(svg("line", { x1: left, x2: left + pw, y1: scaleY(v), y2: scaleY(v), stroke: v === 0 ? "#333" : "#e3e3e3" }));
      axis.appendChild(svg("text", { x: left - 6, y: scaleY(v) + 4, "font-size": 11, "text-anchor": "end", fill: "#444" }, tick(v)));
    }
    var band = pw / Math.max(1, d.categories.length);
    var bw = Math.min(36, band * 0.8 / Math.max(1, d.bars.length));
    d.categories.forEach(function (c, i) {
      root.appendChild(svg("text", { x: left + band * (i + 0.5), y: y0 + 16, "font-size": 12, "text-anchor": "middle", fill: "#1a1a1a", "class": "category" }, c));
    });
    var labels = d.categories.length * d.bars.length <= 48;
    d.bars.forEach(function (s, k) {
      var g = root.appendChild(svg("g", { "class": "series", "data-series": s.name, "data-axis": "y" }));
      var color = COLORS[k % COLORS.length];
      legendItems.push({ name: s.name, color: color });
      s.values.forEach(function (v, i) {
        if (v === null) { return; }
        var x = left + band * i + (band - bw * d.bars.length) / 2 + bw * k;
        g.appendChild(svg("rect", { x: x, y: scaleY(v), width: Math.max(1, bw - 2), height: y0 - scaleY(v), fill: color }));
        if (labels) { g.appendChild(svg("text", { x: x + bw / 2 - 1, y: scaleY(v) - 4, "font-size": 10, "text-anchor": "middle", fill: "#1a1a1a" }, s.labels[i])); }
      });
    });
    if (d.lines.length) {
      var lmax = 0;
      d.lines.forEach(function (s) { s.values.forEach(function (v) { lmax = Math.max(lmax, v || 0); }); });
      var s2 = niceScale(Math.min(100, lmax * 1.15) || 1);
      var scale2 = function (v) { return y0 - (v / s2.max) * H; };
      var axis2 = root.appendChild(svg("g", { "class": "axis", "data-axis": "y2" }));
      axis2.appendChild(svg("line", { x1: left + pw, x2: left + pw, y1: top, y2: y0, stroke: LINE }));
      for (var u = 0; u <= s2.max + 1e-9; u += s2.step) {
        axis2.appendChild(svg("text", { x: left + pw + 6, y: scale2(u) + 4, "font-size": 11, fill: LINE }, tick(u)));
      }
      axis2.appendChild(svg("text", { x: left + pw + 6, y: top - 6, "font-size": 11, fill: LINE }, "%"));
      d.lines.forEach(function (s, k) {
        var g = root.appendChild(svg("g", { "class": "series", "data-series": s.name, "data-axis": "y2" }));
        var color = k === 0 ? LINE : COLORS[(d.bars.length + k) % COLORS.length];
        legendItems.push({ name: s.name + " (" + t("rightAxis") + ")", color: color, line: true });
        var pts = [];
        s.values.forEach(function (v, i) {
          if (v === null) { return; }
          var x = left + band * (i + 0.5);
          pts.push(x + "," + scale2(v));
          g.appendChild(svg("circle", { cx: x, cy: scale2(v), r: 3.5, fill: color }));
          // Beside the point, right of the bars, on a white halo: never over a bar's own label.
          g.appendChild(svg("text", { x: x + Math.max(6, bw * d.bars.length / 2 + 4), y: scale2(v) + 4, "font-size": 11, fill: color,
            "font-weight": "bold", stroke: "#fff", "stroke-width": 3, "paint-order": "stroke" }, s.labels[i]));
        });
        g.insertBefore(svg("polyline", { points: pts.join(" "), fill: "none", stroke: color, "stroke-width": 2.5 }), g.firstChild);
      });
    }
    return y0 + 30;
  }

  /** Categories down the side, horizontal bars (stacked: one segment per series, the total at the end). */
  function rows(root, d, top, W, legendItems) {
    var labelW = Math.min(380, Math.max.apply(null, d.categories.map(function (c) { return textWidth(c, 12); })) + 14);
    var left = 16 + labelW;
    var pw = W - left - 56;
    var bandH = d.stacked || d.bars.length === 1 ? 22 : 12 * d.bars.length + 8;
    var max = 0;
    d.categories.forEach(function (c, i) {
      var sum = 0;
      d.bars.forEach(function (s) { sum = d.stacked ? sum + (s.values[i] || 0) : Math.max(sum, s.values[i] || 0); });
      max = Math.max(max, sum);
    });
    var sx = niceScale(max);
    var scaleX = function (v) { return left + (v / sx.max) * pw; };
    var H = bandH * d.categories.length;
    var axis = root.appendChild(svg("g", { "class": "axis", "data-axis": "x" }));
    for (var v = 0; v <= sx.max + 1e-9; v += sx.step) {
      axis.appendChild(svg("line", { x1: scaleX(v), x2: scaleX(v), y1: top, y2: top + H, stroke: v === 0 ? "#333" : "#e3e3e3" }));
      axis.appendChild(svg("text", { x: scaleX(v), y: top + H + 14, "font-size": 11, "text-anchor": "middle", fill: "#444" }, tick(v)));
    }
    d.categories.forEach(function (c, i) {
      root.appendChild(svg("text", { x: left - 8, y: top + bandH * i + bandH / 2 + 4, "font-size": 12, "text-anchor": "end", fill: "#1a1a1a", "class": "category" }, c));
    });
    var offsets = d.categories.map(function () { return 0; });
    var single = d.bars.length === 1 && !d.stacked;
    d.bars.forEach(function (s, k) {
      var g = root.appendChild(svg("g", { "class": "series", "data-series": s.name, "data-axis": "x" }));
      var color = COLORS[k % COLORS.length];
      if (!single) { legendItems.push({ name: s.name, color: color }); }
      s.values.forEach(function (v, i) {
        if (v === null || v === 0) { return; }
        var y = d.stacked || single ? top + bandH * i + 3 : top + bandH * i + 4 + 12 * k;
        var h = d.stacked || single ? bandH - 6 : 11;
        var x = d.stacked ? scaleX(offsets[i]) : left;
        var w = scaleX(v) - left;
        g.appendChild(svg("rect", { x: x, y: y, width: Math.max(1, w), height: h, fill: color }));
        if (d.stacked) { offsets[i] += v; }
        else { g.appendChild(svg("text", { x: x + w + 4, y: y + h - 1, "font-size": 10, fill: "#1a1a1a" }, s.labels[i])); }
      });
    });
    if (d.stacked && d.totals) {
      d.categories.forEach(function (c, i) {
        root.appendChild(svg("text", { x: scaleX(offsets[i]) + 4, y: top + bandH * i + bandH / 2 + 4, "font-size": 11, "font-weight": "bold", fill: "#1a1a1a", "class": "total" }, d.totals[i]));
      });
    }
    return top + H + 24;
  }

  /** Slices with the table's own shares as labels (so 9.6 stays 9.6). */
  function pie(root, d, top, W, legendItems) {
    var r = 120;
    var cx = W / 2;
    var cy = top + r + 10;
    var total = d.slices.reduce(function (n, s) { return n + (s.value || 0); }, 0);
    var a = -Math.PI / 2;
    var g = root.appendChild(svg("g", { "class": "series", "data-series": "pie", "data-axis": "none" }));
    d.slices.forEach(function (s, k) {
      if (!(s.value > 0)) { return; }
      var color = COLORS[k % COLORS.length];
      var da = (s.value / total) * Math.PI * 2;
      var x1 = cx + r * Math.cos(a);
      var y1 = cy + r * Math.sin(a);
      var x2 = cx + r * Math.cos(a + da);
      var y2 = cy + r * Math.sin(a + da);
      var path = da >= Math.PI * 2 - 1e-9
        ? "M " + (cx - r) + " " + cy + " a " + r + " " + r + " 0 1 0 " + 2 * r + " 0 a " + r + " " + r + " 0 1 0 " + -2 * r + " 0"
        : "M " + cx + " " + cy + " L " + x1 + " " + y1 + " A " + r + " " + r + " 0 " + (da > Math.PI ? 1 : 0) + " 1 " + x2 + " " + y2 + " Z";
      g.appendChild(svg("path", { d: path, fill: color, stroke: "#fff", "stroke-width": 1.5 }));
      var mid = a + da / 2;
      var lx = cx + (r + 18) * Math.cos(mid);
      var ly = cy + (r + 18) * Math.sin(mid);
      var label = (s.share ? s.share + "%" : s.count);
      g.appendChild(svg("text", { x: lx, y: ly + 4, "font-size": 13, "font-weight": "bold", "text-anchor": Math.cos(mid) >= 0 ? "start" : "end", fill: "#1a1a1a", "class": "slice-label" }, label));
      legendItems.push({ name: s.name + ": " + s.count + (s.share ? " (" + s.share + "%)" : ""), color: color });
      a += da;
    });
    return cy + r + 44;
  }

  var current = null; // { svg: string, name: string }

  function drawChart(table) {
    var box = $("chart-box");
    var holder = $("chart");
    holder.textContent = "";
    current = null;
    var node = table ? chartSvg(table, kindOf(table)) : null;
    box.hidden = !node;
    if (!node) { return; }
    holder.appendChild(node);
    current = { svg: new XMLSerializer().serializeToString(node), name: $("edition").value + "-" + table.id,
                width: Number(node.getAttribute("width")), height: Number(node.getAttribute("height")) };
  }

  function download(href, name) {
    var a = document.body.appendChild(el("a"));
    a.href = href;
    a.download = name;
    a.click();
    a.remove();
  }

  function svgUrl() { return "data:image/svg+xml;charset=utf-8," + encodeURIComponent("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + current.svg); }

  $("chart-svg").addEventListener("click", function () { if (current) { download(svgUrl(), current.name + ".svg"); } });
  $("chart-png").addEventListener("click", function () {
    if (!current) { return; }
    var c = current;
    var img = new Image();
    img.onload = function () {
      var canvas = document.createElement("canvas");
      canvas.width = c.width * 2;
      canvas.height = c.height * 2;
      var g = canvas.getContext("2d");
      g.scale(2, 2);
      g.drawImage(img, 0, 0, c.width, c.height);
      download(canvas.toDataURL("image/png"), c.name + ".png");
    };
    img.onerror = function () { status("PNG: " + c.name, true); };
    img.src = svgUrl();
  });
  $("copy").addEventListener("click", copyTable);

  var functionsDoc = null;
  function showFunctions() {
    var box = $("functions");
    box.textContent = "";
    if (!functionsDoc) { box.textContent = "—"; return; }
    var dl = box.appendChild(el("dl"));
    (functionsDoc.functions || []).forEach(function (f) {
      var ps = (f.parameters || []).map(function (p) { return p.optional ? "[" + p.name + "]" : p.name; });
      dl.appendChild(el("dt")).appendChild(el("code", "=" + f.formula + "(" + ps.join(", ") + ")"));
      var dd = dl.appendChild(el("dd"));
      dd.appendChild(el("p", field(f, "description")));
      if ((f.parameters || []).length) {
        var ul = dd.appendChild(el("ul"));
        f.parameters.forEach(function (p) {
          var li = ul.appendChild(el("li"));
          li.appendChild(el("code", p.name));
          li.appendChild(document.createTextNode(" (" + p.type + (p.optional ? ", " + t("optional") : "") + "): " + field(p, "description")));
        });
      }
      if (f.resultColumns && f.resultColumns.length) { dd.appendChild(el("p", "→ " + f.resultColumns.join(", "))); }
    });
  }

  function loadFunctions() {
    return getJson("/api/v1/functions").then(function (doc) { functionsDoc = doc; showFunctions(); })
      .catch(function () { $("functions").textContent = "—"; });
  }

  $("lang").addEventListener("click", function () {
    lang = lang === "ko" ? "en" : "ko";
    applyLanguage();
    $("copied").textContent = "";
    status("");
    if (defaultSnapshot) { fillSnapshots(); }
    showTable();
    showFunctions();
  });
  $("snapshot").addEventListener("change", function () { selected = null; loadReports(false); });
  $("edition").addEventListener("change", function () { selected = null; editionChanged(false); });
  $("table").addEventListener("change", showTable);
  applyLanguage();
  loadSnapshots().then(function () { return loadReports(true); }).catch(function (e) { status(e.message, true); });
  loadFunctions();
})();
