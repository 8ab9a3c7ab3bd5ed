// The Model Census web report viewer (GET /): snapshot, edition and table in the URL
// (?snapshot=&report=&table=&lang=; links always pin the snapshot's sha256), each table's computed
// figures beside the printed ones (differing cells marked), the models behind a clicked (or Enter on
// a focused) cell, the table as the report prints it (to copy), one SVG chart design per table kind
// (downloadable as SVG and PNG with the source line), downloads, the numbers of the report text (본문 수치)
// with the one world their statuses are counted in, and the function reference.
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
          proseHeading: "본문 수치", proseIntro: "보고서 본문의 문장에 인쇄된 수치마다 그 수치를 뒷받침하는 표 셀의 식으로 계산한 값과 설명(원장의 원인)을 보여 줍니다.",
          proseScore: function (s) { return "본문 수치 " + s.cells + "개: 일치 " + s.equal + " · 설명됨 " + s.explained + " · 미설명 " + s.unexplained; },
          proseCols: ["번호", "문장", "인쇄값", "계산값", "세계 값", "설명", "뒷받침 식", "원인"],
          worldValueTitle: "하나의 세계(시나리오 적용)에서 계산한 값: 상태는 이 값으로 셉니다",
          proseStatus: { equal: "일치", explained: "설명됨", unexplained: "미설명" },
          outOfScope: function (n) { return "범위 밖 본문 수치 " + n + "개 (어떤 데이터로도 뒷받침할 수 없어 검사하지 않음)"; },
          outCols: ["번호", "문장", "인쇄값", "이유"],
          worldHeading: "하나의 세계",
          worldIntro: "상태는 아래 시나리오(가설 파일을 한꺼번에 적용한 하나의 데이터 상태)에서 셉니다. 시나리오 밖의 가설은 대안으로만 보이며 세지 않습니다.",
          scenario: "시나리오", noScenario: "없음 (내려받은 데이터 그대로)", broken: function (n) { return "시나리오가 깨는 셀 " + n + "개"; },
          alternatives: "대안 (세지 않음)", alternativesSummary: function (n) { return "시나리오 밖 가설 " + n + "개: 각각 고치는 셀과 깨는 셀"; }, fixes: function (n) { return "고침 " + n + "개"; }, breaks: function (n) { return "깨짐 " + n + "개"; },
          withoutEffect: function (n) { return "효과 없는 원인 " + n + "개"; }, none: "없음",
          withoutEffectSummary: "시나리오에서 빼도 그 셀이 바뀌지 않는 원장 원인 (인정하지 않음)",
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
          proseHeading: "Numbers of the report text", proseIntro: "Each number printed in a sentence of the report text, computed by the expression over table cells that backs it, with its explanation (the ledger's causes).",
          proseScore: function (s) { return s.cells + " numbers of the text: " + s.equal + " equal · " + s.explained + " explained · " + s.unexplained + " unexplained"; },
          proseCols: ["Id", "Sentence", "Printed", "Computed", "World", "Status", "Backing", "Causes"],
          worldValueTitle: "The value in the one world (the scenario applied): the status is counted on it",
          proseStatus: { equal: "equal", explained: "explained", unexplained: "unexplained" },
          outOfScope: function (n) { return n + " numbers of the text out of scope (no data can back them: not checked)"; },
          outCols: ["Id", "Sentence", "Printed", "Why"],
          worldHeading: "One world",
          worldIntro: "Statuses are counted in the scenario below (one data state: the hypothesis files applied together). A hypothesis outside it is shown as an alternative and never counts.",
          scenario: "Scenario", noScenario: "none (the data as downloaded)", broken: function (n) { return n + " cells the scenario breaks"; },
          alternatives: "Alternatives (never counted)", alternativesSummary: function (n) { return n + " hypotheses outside the scenario: the cells each fixes and breaks"; }, fixes: function (n) { return "fixes " + n; }, breaks: function (n) { return "breaks " + n; },
          withoutEffect: function (n) { return n + " causes without effect"; }, none: "none",
          withoutEffectSummary: "ledger causes whose removal from the scenario leaves the cell unchanged (not credited)",
          other: "한국어" }
  };
  var LONG_TABLES = ["Models", "Countries", "Domains", "Tasks", "OrgTypes", "Developers"];
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
      showProse();
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

  /** A computed number at the decimals of the printed figure (its full value in the title). */
  function atPrinted(value, printed) {
    if (typeof value !== "number") { return value === null || value === undefined ? "" : String(value); }
    var m = /^-?\d+(?:\.(\d+))?$/.exec(String(printed).trim());
    return m ? value.toFixed(m[1] ? m[1].length : 0) : String(value);
  }

  function headerRow(table, labels) {
    var tr = table.appendChild(el("thead")).appendChild(el("tr"));
    labels.forEach(function (l) { tr.appendChild(el("th", l)).scope = "col"; });
  }

  /** One cause of a number of the text, in the page's language (Korean evidence on the Korean page). */
  function causeLine(x) {
    return (t("kinds")[x.kind] || x.kind) + " (" + (t("strengths")[x.strength] || x.strength) + ")"
      + (x.models && x.models.length ? " " + x.models.join("; ") : "") + (field(x, "evidence") ? ": " + field(x, "evidence") : "");
  }

  /** The 본문 수치 panel (every number of the report text), the out-of-scope list and the one-world note. */
  function showProse() {
    var box = $("prose");
    box.textContent = "";
    $("out-of-scope").textContent = "";
    $("world-body").textContent = "";
    $("prose-score").textContent = "";
    var prose = (check && check.prose) || [];
    var out = (check && check.outOfScope) || [];
    $("out-of-scope-box").hidden = !out.length;
    $("out-of-scope-summary").textContent = t("outOfScope")(out.length);
    if (!check) { return; }
    var s = { cells: prose.length, equal: 0, explained: 0, unexplained: 0 };
    prose.forEach(function (p) { s[p.status] = (s[p.status] || 0) + 1; });
    $("prose-score").textContent = prose.length ? t("proseScore")(s) : t("noPrint");
    if (prose.length) {
      var table = box.appendChild(el("table"));
      table.id = "prose-table";
      headerRow(table, t("proseCols"));
      var body = table.appendChild(el("tbody"));
      prose.forEach(function (p) {
        var tr = body.appendChild(el("tr", null, "status-" + p.status));
        tr.dataset.id = p.row;
        tr.appendChild(el("th", p.row)).scope = "row";
        tr.appendChild(el("td", p.sentence, "sentence"));
        tr.appendChild(el("td", p.printed, "num"));
        var computed = tr.appendChild(el("td", atPrinted(p.computed, p.printed), "num"));
        if (typeof p.computed === "number") { computed.title = String(p.computed); }
        var world = tr.appendChild(el("td", atPrinted(p.worldValue, p.printed), "num world"));
        world.title = t("worldValueTitle");
        tr.appendChild(el("td", t("proseStatus")[p.status] || p.status, "status"));
        tr.appendChild(el("td", null, "backing")).appendChild(el("code", p.backing));
        var causes = tr.appendChild(el("td", null, "causes"));
        (p.causes || []).forEach(function (x) { causes.appendChild(el("p", causeLine(x))); });
        // The check's note (what the one world gives) says something only where the number differs.
        var note = field(p, "note");
        if (note && p.status !== "equal") { causes.appendChild(el("p", note, "note")); }
      });
    }
    if (out.length) {
      var ot = $("out-of-scope").appendChild(el("table"));
      headerRow(ot, t("outCols"));
      var ob = ot.appendChild(el("tbody"));
      out.forEach(function (o) {
        var tr = ob.appendChild(el("tr"));
        tr.appendChild(el("th", o.id)).scope = "row";
        tr.appendChild(el("td", o.sentence, "sentence"));
        tr.appendChild(el("td", o.printed, "num"));
        tr.appendChild(el("td", o.why));
      });
    }
    showWorld(check.world);
  }

  function cellName(k) { return k.table + " " + k.row + " / " + k.column; }

  /** The one world the statuses are counted in: scenario, cells it breaks, alternatives (never counted). */
  function showWorld(w) {
    var body = $("world-body");
    if (!w) { return; }
    body.appendChild(el("p", t("worldIntro")));
    var dl = body.appendChild(el("dl"));
    dl.appendChild(el("dt", t("scenario")));
    dl.appendChild(el("dd", w.scenario.length ? w.scenario.join(" → ") : t("noScenario")));
    dl.appendChild(el("dt", t("broken")(w.broken.length)));
    dl.appendChild(el("dd", w.broken.length ? w.broken.map(cellName).join("; ") : t("none")));
    dl.appendChild(el("dt", t("alternatives")));
    var dd = dl.appendChild(el("dd"));
    if (!w.alternatives.length) { dd.textContent = t("none"); }
    // Each alternative names every cell it fixes and breaks: folded, so that the note stays short.
    var alt = w.alternatives.length ? dd.appendChild(el("details")) : dd;
    if (w.alternatives.length) {
      alt.appendChild(el("summary", t("alternativesSummary")(w.alternatives.length)));
    }
    w.alternatives.forEach(function (a) {
      var p = alt.appendChild(el("p", null, "alternative"));
      p.appendChild(el("code", a.hypothesis));
      p.appendChild(document.createTextNode(" — " + t("fixes")(a.fixes.length) + (a.fixes.length ? " (" + a.fixes.map(cellName).join("; ") + ")" : "")
        + " · " + t("breaks")(a.breaks.length) + (a.breaks.length ? " (" + a.breaks.map(cellName).join("; ") + ")" : "")));
    });
    var none = w.withoutEffect || [];
    dl.appendChild(el("dt", t("withoutEffect")(none.length)));
    var ndd = dl.appendChild(el("dd"));
    if (!none.length) { ndd.textContent = t("none"); return; }
    var fold = ndd.appendChild(el("details"));
    fold.appendChild(el("summary", t("withoutEffectSummary")));
    fold.appendChild(el("p", none.map(function (c) { return cellName(c) + " (" + (t("kinds")[c.kind] || c.kind) + ")"; }).join("; ")));
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

  var current = null; // { svg: string, name: string }

  function drawChart(table) {
    var box = $("chart-box");
    var holder = $("chart");
    holder.textContent = "";
    current = null;
    var f = snapshotFacts();
    var node = table ? window.CensusCharts.svg(table, kindOf(table), cellsOf(table),
      { rightAxis: t("rightAxis"), source: [t("source")(f), t("snapshotLine")(f)] }) : null;
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
    showProse();
    showFunctions();
  });
  $("snapshot").addEventListener("change", function () { selected = null; loadReports(false); });
  $("edition").addEventListener("change", function () { selected = null; editionChanged(false); });
  $("table").addEventListener("change", showTable);
  applyLanguage();
  loadSnapshots().then(function () { return loadReports(true); }).catch(function (e) { status(e.message, true); });
  loadFunctions();
})();
