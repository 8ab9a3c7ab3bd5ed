// The add-in's task pane (GET /addin/taskpane.html): the snapshot and edition the CENSUS.* functions
// of this workbook use (saved in the workbook's settings by functions.js), and the report workbook to
// download. Korean by default, English switchable (kept in this browser). The server's default
// edition comes from GET /api/v1/reports ("default"); nothing here names an edition.
(function () {
  "use strict";
  var TEXT = {
    ko: { intro: ["시트 어디서나 ", "=CENSUS.COUNT(2024,2024,\"KR\")", ", ", "=CENSUS.TOP_DEVELOPERS(2024)",
                  " 같은 ", "CENSUS.*", " 함수를 쓰세요. 아래에서 고른 스냅샷과 보고서로 모델을 셉니다."],
          snapshot: "스냅샷", edition: "보고서 판", serverDefault: "서버 기본값", apply: "적용하고 다시 계산",
          reportWorkbook: "보고서 워크북", catalogue: "함수 목록 (JSON)", noWorkbook: "내려받을 보고서 워크북이 없습니다",
          download: function (r) { return r + " 워크북 내려받기 (.xlsx)"; },
          uses: function (s, e) { return "이 워크북은 스냅샷 " + (s || "(서버 기본값)") + ", 보고서 " + (e || "(서버 기본값)") + "을(를) 씁니다."; },
          savedHere: "이 워크북에 저장했지만 이 서버에는 없는 스냅샷",
          noList: function (what) { return "이 서버는 " + (what === "snapshots" ? "스냅샷" : "보고서") + " 목록을 주지 않습니다. 함수는 서버의 기본 데이터를 씁니다."; },
          browserOnly: "이 브라우저에 저장했습니다. Excel에서 이 창을 열어야 워크북에 저장하고 다시 계산합니다.",
          recalculated: function (s) { return "이 워크북에 저장하고 " + (s || "기본 스냅샷") + "(으)로 다시 계산했습니다. 선택을 남기려면 워크북을 저장하세요."; },
          failed: function (m) { return "저장하거나 다시 계산하지 못했습니다: " + m; }, other: "English" },
    en: { intro: ["Use ", "=CENSUS.COUNT(2024,2024,\"KR\")", ", ", "=CENSUS.TOP_DEVELOPERS(2024)",
                  " and the other ", "CENSUS.*", " functions in any sheet. They count the models of the snapshot and edition below."],
          snapshot: "Snapshot", edition: "Report edition", serverDefault: "The server's default", apply: "Use and recalculate",
          reportWorkbook: "Report workbook", catalogue: "Function catalogue (JSON)", noWorkbook: "No report workbook available",
          download: function (r) { return "Download the " + r + " workbook (.xlsx)"; },
          uses: function (s, e) { return "This workbook uses snapshot " + (s || "(the server's default)") + ", edition " + (e || "(the server's default)") + "."; },
          savedHere: "saved in this workbook, not on this server",
          noList: function (what) { return "This server lists no " + what + "; the functions use its default dataset."; },
          browserOnly: "Saved in this browser. Open this page from Excel to save it in a workbook and recalculate.",
          recalculated: function (s) { return "Saved in this workbook and recalculated with " + (s || "the default snapshot") + ". Save the workbook to keep the choice for whoever opens it."; },
          failed: function (m) { return "Could not save or recalculate: " + m; }, other: "한국어" }
  };
  var LANG_KEY = "census.taskpane.lang";
  var lang = "ko";
  try { lang = localStorage.getItem(LANG_KEY) === "en" ? "en" : "ko"; } catch (e) { lang = "ko"; }
  var api = new URL("../api/v1/", document.baseURI);
  var $ = function (id) { return document.getElementById(id); };
  var serverDefault = ""; // the server's default edition, from /api/v1/reports
  var lastMessage = null; // [key, args...] of the status line, redrawn in the other language

  function t(key) { return TEXT[lang][key]; }

  function show(key) {
    lastMessage = Array.prototype.slice.call(arguments);
    var v = t(key);
    $("status").textContent = typeof v === "function" ? v.apply(null, lastMessage.slice(1)) : v;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (n) {
      n.textContent = t(n.getAttribute("data-i18n"));
    });
    var edition = $("edition").querySelector("option[value='']");
    if (edition && serverDefault) { edition.textContent = t("serverDefault") + " (" + serverDefault + ")"; }
    var intro = $("intro");
    intro.textContent = "";
    t("intro").forEach(function (part, i) {
      intro.appendChild(i % 2 ? document.createElement("code") : document.createElement("span")).textContent = part;
    });
    $("lang").textContent = t("other");
    updateDownload();
    if (lastMessage) { show.apply(null, lastMessage); }
  }

  /** GET a JSON list; null when the server has no such endpoint or is unreachable. */
  function list(path) {
    return fetch(new URL(path, api)).then(function (r) { return r.ok ? r.json() : null; })
      .catch(function () { return null; });
  }

  /** Items of a list answer: an array, or an object holding one under a known key. */
  function items(json, key) {
    if (Array.isArray(json)) { return json; }
    if (json && Array.isArray(json[key])) { return json[key]; }
    return null;
  }

  function fill(select, values, chosen) {
    values.forEach(function (v) {
      var id = typeof v === "string" ? v : (v.id || v.snapshot || v.name);
      if (!id) { return; }
      var option = document.createElement("option");
      option.value = id;
      option.textContent = typeof v === "string" ? v : (v.title ? id + " — " + v.title : id);
      option.selected = id === chosen;
      select.appendChild(option);
    });
  }

  function selection() {
    return window.CensusFunctions ? window.CensusFunctions.selection() : {};
  }

  function updateDownload() {
    var report = $("report").value || $("edition").value || serverDefault;
    var snapshot = $("snapshot").value;
    var link = $("download");
    if (!report) {
      link.removeAttribute("href");
      link.textContent = t("noWorkbook");
      return;
    }
    var url = new URL("reports/" + encodeURIComponent(report) + "/workbook.xlsx", api);
    if (snapshot) { url.searchParams.set("snapshot", snapshot); }
    link.href = url.toString();
    link.textContent = t("download")(report);
  }

  var ready = window.CensusFunctions ? window.CensusFunctions.ready : Promise.resolve();
  Promise.all([list("snapshots"), list("reports"), ready]).then(function (answers) {
    var chosen = selection(); // the workbook's settings are readable only once Office is ready
    if (chosen.snapshot || chosen.edition) { show("uses", chosen.snapshot, chosen.edition); }
    var snapshots = items(answers[0], "snapshots");
    var reports = items(answers[1], "reports");
    serverDefault = answers[1] && typeof answers[1]["default"] === "string" ? answers[1]["default"] : "";
    if (snapshots) { fill($("snapshot"), snapshots, chosen.snapshot); }
    if (chosen.snapshot && !document.querySelector("#snapshot option[value='" + chosen.snapshot.replace(/[^0-9a-fA-F]/g, "") + "']")) {
      // Saved in the workbook but not listed by this server: show it rather than drop it on the next Apply.
      fill($("snapshot"), [{ id: chosen.snapshot, title: t("savedHere") }], chosen.snapshot);
    }
    if (reports) {
      fill($("edition"), reports, chosen.edition);
      // The workbook to download: the edition the functions use, else the server's default one.
      fill($("report"), reports, chosen.edition || serverDefault);
    } else if (chosen.edition) {
      // The server lists no editions: offer only the one chosen before.
      fill($("edition"), [chosen.edition], chosen.edition);
      fill($("report"), [chosen.edition], chosen.edition);
    }
    if (!snapshots || !reports) { show("noList", !snapshots ? "snapshots" : "reports"); }
    applyLanguage();
  });

  ["snapshot", "report", "edition"].forEach(function (id) {
    $(id).addEventListener("change", updateDownload);
  });

  $("lang").addEventListener("click", function () {
    lang = lang === "ko" ? "en" : "ko";
    try { localStorage.setItem(LANG_KEY, lang); } catch (e) { /* private mode: the switch lasts for this page */ }
    applyLanguage();
  });

  $("apply").addEventListener("click", function () {
    var snapshot = $("snapshot").value;
    var edition = $("edition").value;
    var saved = window.CensusFunctions ? window.CensusFunctions.select(snapshot, edition) : Promise.resolve();
    saved.then(function () {
      if (typeof Excel === "undefined") {
        show("browserOnly");
        return null;
      }
      return Excel.run(function (context) {
        context.workbook.application.calculate(Excel.CalculationType.full);
        return context.sync();
      }).then(function () { show("recalculated", snapshot); });
    }).catch(function (e) { show("failed", e.message); });
  });

  applyLanguage();
  if (typeof Office !== "undefined" && Office.onReady) { Office.onReady(); }
})();
