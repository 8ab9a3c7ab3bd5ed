// Headless Chromium tests of the add-in's functions.js and the web page, run by BrowserIT
// (mvn verify) as: node browser-tests.mjs <expected.json>. The JSON (written by the Java side) names
// the running server, the Chromium binary, the calls with the Java engine's values and a table cell.
// Prints one "ok ..." line per check and "RESULT {...}" at the end; exits non-zero on any failure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const BASE = spec.base; // http://127.0.0.1:PORT
// functions.js calls https://<its host>: the page lives at this https origin and every request to it
// is answered by the real server over http (X-Forwarded-Host makes functions.js name this host).
const FAKE = "https://census.test";
const result = {};

function fail(message) {
  throw new Error(message);
}

function same(actual, expected) {
  if (typeof expected === "number") {
    return typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => same(actual[i], e));
  }
  return actual === expected;
}

const STAND_IN = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>functions.js test</title>
<script>
  window.registered = {};
  window.CustomFunctions = {
    associate: function (id, fn) { window.registered[id] = fn; },
    Error: function (code, message) { this.code = code; this.message = message; },
    ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!",
                 invalidReference: "#REF!", invalidName: "#NAME?", nullReference: "#NULL!" }
  };
</script>
<script src="/addin/functions.js"></script></head><body></body></html>`;

async function functionsTest(browser) {
  const context = await browser.newContext();
  let functionRequests = 0;
  await context.route(FAKE + "/**", async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith("/api/v1/functions")) {
      functionRequests++;
    }
    const response = await route.fetch({
      url: BASE + url.pathname + url.search,
      headers: { ...route.request().headers(), "x-forwarded-host": "census.test" },
    });
    await route.fulfill({ response });
  });
  await context.route(FAKE + "/functions-test.html", (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: STAND_IN }));
  const page = await context.newPage();
  await page.goto(FAKE + "/functions-test.html");
  await page.waitForFunction(() => window.CensusFunctions !== undefined);

  const registered = (await page.evaluate(() => Object.keys(window.registered))).sort();
  const expectedIds = spec.calls.map((c) => c.id).sort();
  if (JSON.stringify(registered) !== JSON.stringify(expectedIds)) {
    fail("registered " + registered + " but the engine has " + expectedIds);
  }
  console.log("ok registered " + registered.length + " functions: " + registered.join(", "));

  // Every function once, with valid arguments, against the Java engine's value.
  const values = await page.evaluate((calls) => Promise.all(calls.map((c) =>
    window.registered[c.id].apply(null, c.args).then((v) => ({ v }), (e) => ({ e: e.code + " " + e.message })))),
  spec.calls);
  spec.calls.forEach((c, i) => {
    if (values[i].e !== undefined) fail(c.id + "(" + c.args + ") rejected: " + values[i].e);
    if (!same(values[i].v, c.expected)) {
      fail(c.id + "(" + c.args + ") = " + JSON.stringify(values[i].v) + ", the engine says " + JSON.stringify(c.expected));
    }
  });
  console.log("ok " + spec.calls.length + " functions equal the Java engine's values");
  result.functionsChecked = spec.calls.length;

  // 1,000 calls in one synchronous burst (one recalculation): few requests, every value right.
  functionRequests = 0;
  const burst = await page.evaluate((calls) => {
    const promises = [];
    for (let i = 0; i < 1000; i++) {
      const c = calls[i % calls.length];
      promises.push(window.registered[c.id].apply(null, c.args));
    }
    return Promise.allSettled(promises).then((all) => all.map((s) => s.status === "fulfilled" ? { v: s.value } : { e: String(s.reason && s.reason.code) }));
  }, spec.calls);
  burst.forEach((b, i) => {
    const c = spec.calls[i % spec.calls.length];
    if (b.e !== undefined || !same(b.v, c.expected)) fail("burst call " + i + " " + c.id + " gave " + JSON.stringify(b));
  });
  if (functionRequests > 10) fail("1,000 calls made " + functionRequests + " requests to /api/v1/functions (at most 10)");
  console.log("ok 1000 calls in one burst, all right, in " + functionRequests + " request(s) to /api/v1/functions");
  result.burstCalls = burst.length;
  result.burstRequests = functionRequests;
  await context.close();
}

// The add-in's choice of snapshot and edition lives in the workbook's settings: a stand-in Office whose
// document settings (the workbook a colleague opens) already hold a choice and become readable only
// once Office.onReady resolves; this browser's localStorage holds another choice, which must not count.
const OFFICE_STAND_IN = (saved) => STAND_IN.replace("<script src=", `<script>
  localStorage.setItem("census.selection", JSON.stringify({ snapshot: "0".repeat(64), edition: "spri-2024" }));
  window.workbookSettings = { "census.selection": ${JSON.stringify(saved)} };
  window.settingsSaves = 0;
  window.Office = { onReady: function () {
    return new Promise(function (resolve) { setTimeout(function () {
      window.Office.context = { document: { settings: {
        get: function (k) { return window.workbookSettings[k]; },
        set: function (k, v) { window.workbookSettings[k] = JSON.parse(JSON.stringify(v)); },
        saveAsync: function (cb) { window.settingsSaves++; setTimeout(function () { cb({ status: "succeeded" }); }, 0); }
      } } };
      resolve({ host: "Excel" });
    }, 200); });
  } };
</script>
<script src=`);

async function workbookSettingsTest(browser, sha256) {
  const context = await browser.newContext();
  const batches = [];
  await context.route(FAKE + "/**", async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === "/api/v1/functions:batch") batches.push(url.search);
    const response = await route.fetch({ url: BASE + url.pathname + url.search,
      headers: { ...route.request().headers(), "x-forwarded-host": "census.test" } });
    await route.fulfill({ response });
  });
  await context.route(FAKE + "/settings-test.html", (route) => route.fulfill({ status: 200,
    contentType: "text/html; charset=utf-8", body: OFFICE_STAND_IN({ snapshot: sha256, edition: "spri-2024" }) }));
  const page = await context.newPage();
  await page.goto(FAKE + "/settings-test.html");
  await page.waitForFunction(() => window.CensusFunctions !== undefined);
  const call = spec.calls.find((c) => c.id === "COUNT");
  const run = () => page.evaluate((c) => window.registered[c.id].apply(null, c.args)
    .then((v) => ({ v }), (e) => ({ e: e.code + " " + e.message })), call);
  // Called at once, as when Excel opens a workbook: the batch waits for Office and carries the saved choice.
  const first = await run();
  const saved = "?snapshot=" + sha256 + "&edition=spri-2024";
  if (first.e !== undefined || batches[0] !== saved) fail("a colleague's first call sent " + batches[0] + " and gave " + JSON.stringify(first));
  console.log("ok the workbook's saved choice, not this browser's, went with the first call: " + batches[0]);
  await page.evaluate(() => window.CensusFunctions.select("", "spri-2025"));
  const stored = await page.evaluate(() => ({ s: window.workbookSettings["census.selection"], n: window.settingsSaves }));
  if (stored.n !== 1 || stored.s.edition !== "spri-2025" || stored.s.snapshot !== null) fail("select() saved " + JSON.stringify(stored));
  const second = await run();
  if (batches[1] !== "?edition=spri-2025" || !same(second.v, call.expected)) fail("after select() the call sent " + batches[1] + " and gave " + JSON.stringify(second));
  console.log("ok select() saved " + JSON.stringify(stored.s) + " in the workbook's settings; the next call sent " + batches[1]);
  await page.evaluate(() => window.CensusFunctions.select("f".repeat(64), "spri-2025"));
  const unknown = await run();
  if (unknown.e === undefined || !unknown.e.startsWith("#N/A")) fail("an unknown saved snapshot gave " + JSON.stringify(unknown));
  console.log("ok an unknown saved snapshot is an error, not the server's default: " + unknown.e);
  result.workbookSettingsCalls = batches.length;
  await context.close();
}

async function webPageTest(browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // No request may fail: without --store the page does not even ask for the snapshot list.
  page.on("response", (r) => { if (r.status() >= 400) errors.push(r.status() + " " + r.url()); });
  page.on("requestfailed", (r) => errors.push("failed " + r.url()));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(BASE + "/");
  const cell = spec.cell;
  await page.waitForSelector("#preview table");
  const korean = await page.evaluate(() => ({ lang: document.documentElement.lang, heading: document.getElementById("preview-heading").textContent,
    share: document.getElementById("share").textContent, button: document.getElementById("lang").textContent,
    snapshot: document.querySelector("#snapshot option").textContent }));
  if (korean.lang !== "ko" || korean.heading !== "표" || korean.share !== "이 표의 링크" || korean.button !== "English"
      || !/^기본: .* 행\)$/.test(korean.snapshot)) fail("the page is not Korean by default: " + JSON.stringify(korean));
  console.log("ok the page is Korean by default: " + JSON.stringify(korean));
  result.korean = true;
  await page.waitForSelector("#edition option[value='" + cell.edition + "']", { state: "attached" });
  await page.selectOption("#edition", cell.edition);
  await page.waitForSelector("#table option[value='" + cell.table + "']", { state: "attached" });
  await page.selectOption("#table", cell.table);
  await page.waitForSelector("#table-" + cell.table);
  const text = await page.evaluate(({ table, row, column }) => {
    const t = document.getElementById("table-" + table);
    const headers = Array.from(t.querySelectorAll("thead th")).map((th) => th.textContent);
    const index = headers.indexOf(column);
    const tr = Array.from(t.querySelectorAll("tbody tr")).find((r) => r.querySelector("th").textContent === row);
    return index < 0 || !tr ? null : tr.children[index].querySelector(".computed").textContent;
  }, cell);
  if (text !== cell.text) fail("table " + cell.table + " [" + cell.row + "][" + cell.column + "] shows " + text + ", the engine says " + cell.text);
  console.log("ok " + cell.edition + " " + cell.table + " [" + cell.row + "][" + cell.column + "] = " + text);
  const href = await page.getAttribute("#workbook", "href");
  if (!href.startsWith("/api/v1/reports/" + cell.edition + "/workbook.xlsx")) fail("workbook link " + href);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#workbook")]);
  const file = join(spec.outDir, "downloaded.xlsx");
  await download.saveAs(file);
  const bytes = readFileSync(file);
  if (bytes.length < 1000 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) fail("the download is no xlsx: " + bytes.length + " bytes");
  console.log("ok downloaded " + download.suggestedFilename() + " (" + bytes.length + " bytes) to " + file);
  const functions = await page.locator("#functions dt").count();
  if (functions !== spec.calls.length) fail("the function reference lists " + functions + " functions");
  console.log("ok the function reference lists " + functions + " functions");
  if (errors.length) fail("page errors: " + errors.join("; "));
  result.download = file;
  result.downloadBytes = bytes.length;
  await context.close();
}

// A shared URL opens on its table; F1 draws a chart with data; the language switch works.
async function sharedUrlTest(browser) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(BASE + "/?report=spri-2025&table=T2");
  await page.waitForSelector("#table-T2");
  const chosen = await page.evaluate(() => [document.getElementById("edition").value, document.getElementById("table").value]);
  if (chosen.join() !== "spri-2025,T2") fail("the shared URL opened on " + chosen);
  console.log("ok /?report=spri-2025&table=T2 opens on T2 of spri-2025");
  await page.selectOption("#table", "F1");
  await page.waitForSelector("#table-F1");
  if (!new URL(page.url()).search.includes("table=F1")) fail("the address bar does not follow the table: " + page.url());
  const points = await chartPoints(page);
  console.log("ok F1 draws a chart with " + points + " points; the URL is now " + new URL(page.url()).search);
  await page.click("#lang");
  const english = await page.evaluate(() => ({ heading: document.getElementById("preview-heading").textContent,
    snapshot: document.querySelector("#snapshot option").textContent, score: document.getElementById("score").textContent,
    source: document.querySelector("#chart svg text.source").textContent, legend: document.querySelector(".legend .hint").textContent }));
  if (english.heading !== "Table") fail("the English switch shows the heading " + english.heading);
  if (!/^Default: .* rows\)$/.test(english.snapshot)) fail("after the switch the snapshot list reads " + english.snapshot);
  // The report's title in the source line is the edition's own (Korean) name: data, not page text.
  if (/[\uac00-\ud7a3]/.test(english.score + english.legend) || !english.source.startsWith("Source: Epoch AI")) {
    fail("Korean left after the switch: " + JSON.stringify(english));
  }
  if (!new URL(page.url()).search.includes("lang=en")) fail("the language is not in the URL");
  console.log("ok the language switch shows English everywhere: " + JSON.stringify(english));
  await page.click("#lang");
  await page.screenshot({ path: join(spec.outDir, "sample-F1.png"), fullPage: true });
  if (errors.length) fail("page errors: " + errors.join("; "));
  result.chartPoints = points;
  await page.close();
}

/** The marks (bars, points, slices) of the table's SVG chart. */
async function chartPoints(page) {
  await page.waitForSelector("#chart-box:not([hidden]) #chart svg");
  const points = await page.evaluate(() => document.querySelectorAll("#chart svg g.series rect, #chart svg g.series circle, #chart svg g.series path").length);
  if (!(points > 0)) fail("the chart has no data");
  return points;
}

/** The chart's design: its kind, its series (name, axis) and all its text. */
function chartOf(page) {
  return page.evaluate(() => {
    const svg = document.querySelector("#chart svg");
    return svg && { kind: svg.dataset.kind, design: svg.dataset.design, text: svg.textContent,
      series: [...svg.querySelectorAll("g.series")].map((g) => ({ name: g.dataset.series, axis: g.dataset.axis })),
      axes: [...svg.querySelectorAll("g.axis")].map((g) => g.dataset.axis),
      sources: [...svg.querySelectorAll("text.source")].map((x) => x.textContent) };
  });
}

/** Downloads the shown chart as PNG and SVG into outDir; checks the files and returns their paths. */
async function downloadChart(page, name, sha256) {
  const out = {};
  for (const type of ["png", "svg"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#chart-" + type)]);
    const file = join(spec.outDir, "chart-" + name + "." + type);
    await download.saveAs(file);
    const bytes = readFileSync(file);
    if (type === "png" && !(bytes.length > 5000 && bytes[0] === 0x89 && bytes.toString("latin1", 1, 4) === "PNG")) fail(name + ".png is no PNG: " + bytes.length + " bytes");
    if (type === "svg") {
      const text = bytes.toString("utf8");
      if (!text.includes("<svg") || !text.includes("CC BY 4.0") || !text.includes(sha256)) fail(name + ".svg lacks the chart or its source line");
    }
    out[type] = file;
  }
  return out;
}

/**
 * Every table of an edition: its permalink and its download links pin the snapshot; a table with a
 * chart offers PNG and SVG. Returns the number of links checked and of charts.
 */
async function everyTable(page, edition, sha256) {
  const ids = await page.evaluate(() => [...document.querySelectorAll("#table option")].map((o) => o.value));
  let links = 0;
  let charts = 0;
  for (const id of ids) {
    await page.selectOption("#table", id);
    await page.waitForSelector("#table-" + CSS_ESCAPE(id));
    const hrefs = await page.evaluate(() => ["share", "workbook", "table-csv", "table-json", "table-meta"].map((i) => document.getElementById(i).getAttribute("href")));
    hrefs.forEach((h) => { if (!h.includes("snapshot=" + sha256)) fail(edition + " " + id + ": the link " + h + " does not pin snapshot=" + sha256); });
    links += hrefs.length;
    const chart = await page.evaluate(() => !document.getElementById("chart-box").hidden);
    if (chart) {
      const buttons = await page.evaluate(() => ["chart-png", "chart-svg"].map((i) => document.getElementById(i).offsetParent !== null));
      if (!buttons.every(Boolean)) fail(edition + " " + id + ": the chart offers no PNG or SVG download");
      charts++;
    }
  }
  return { links, charts, tables: ids.length };
}

function CSS_ESCAPE(id) {
  return id.replace(/[.]/g, "\\.");
}

// One chart design per table kind (sample data): T1 compares countries by year without the 중복 and 순위
// columns; F2's share has its own % axis; every table's links pin the snapshot; every chart offers PNG and SVG.
async function chartsTest(browser, sha256) {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("response", (r) => { if (r.status() >= 400) errors.push(r.status() + " " + r.url()); });
  await page.goto(BASE + "/?report=spri-2025&table=T1");
  await page.waitForSelector("#table-T1");
  const t1 = await chartOf(page);
  if (!t1 || t1.kind !== "countries" || t1.design !== "rows-stacked") fail("T1's chart is " + JSON.stringify(t1 && t1.design));
  if (!t1.series.every((x) => /^\d{4}$/.test(x.name))) fail("T1's series are not the years: " + JSON.stringify(t1.series));
  if (/중복|순위/.test(t1.text)) fail("T1's chart draws the 중복 or 순위 columns");
  console.log("ok T1: one stacked bar per country, series " + t1.series.map((x) => x.name).join(", ") + "; no 중복 or 순위");
  await page.selectOption("#table", "F2");
  await page.waitForSelector("#table-F2");
  const f2 = await chartOf(page);
  const share = f2 && f2.series.find((x) => x.name === "비중(%)");
  if (!f2 || f2.kind !== "multimodal" || !share || share.axis !== "y2" || !f2.axes.includes("y2")
      || !f2.series.filter((x) => x !== share).every((x) => x.axis === "y")) fail("F2's share has no axis of its own: " + JSON.stringify(f2 && f2.series));
  console.log("ok F2: the counts on the left axis, 비중(%) on its own % axis: " + JSON.stringify(f2.series));
  if (!f2.sources.some((x) => x.includes("Epoch AI") && x.includes("CC BY 4.0")) || !f2.sources.some((x) => x.includes(sha256))) {
    fail("F2's source line: " + JSON.stringify(f2.sources));
  }
  // T1 as the report prints it, copied: title, unit line, headers, rows, the row order rule, the source.
  await page.selectOption("#table", "T1");
  await page.waitForSelector("#table-T1");
  await page.click("#report-box summary");
  await page.click("#copy");
  await page.waitForFunction(() => document.getElementById("copied").textContent !== "");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.split("\n");
  if (!lines[0].startsWith("T1. ") || lines[1] !== "(단위: 개)" || !lines[2].startsWith("\t2020\t") || lines[3].split("\t").length !== lines[2].split("\t").length
      || !copied.includes("행 순서: ") || !copied.includes("CC BY 4.0") || !copied.includes(sha256)) {
    fail("the copied T1 reads " + JSON.stringify(lines.slice(0, 4)) + " …");
  }
  console.log("ok T1 copies as printed: " + JSON.stringify(lines.slice(0, 3)) + " … " + lines.filter((l) => l.startsWith("행 순서")).join(""));
  await page.selectOption("#edition", "spri-2025");
  const every = await everyTable(page, "spri-2025", sha256);
  console.log("ok every table of spri-2025 (" + every.tables + "): " + every.links + " links pin snapshot=" + sha256.substring(0, 12)
    + "…; " + every.charts + " charts each offer PNG and SVG");
  if (every.charts < 8) fail("only " + every.charts + " charts");
  if (errors.length) fail("page errors: " + errors.join("; "));
  result.pinnedLinks = every.links;
  result.charts = every.charts;
  await context.close();
}

// The task pane (Office.js stubbed out): Korean, the server's default edition chosen for the workbook
// download and named in the edition list, English on a click; no inline script or style.
async function taskpaneTest(browser) {
  const reports = await (await fetch(BASE + "/api/v1/reports")).json();
  const context = await browser.newContext();
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("response", (r) => { if (r.status() >= 400 && new URL(r.url()).pathname !== "/api/v1/snapshots") errors.push(r.status() + " " + r.url()); });
  await page.goto(BASE + "/addin/taskpane.html");
  await page.waitForFunction(() => document.querySelector("#report option") !== null);
  const pane = await page.evaluate(() => ({ lang: document.documentElement.lang, apply: document.getElementById("apply").textContent,
    report: document.getElementById("report").value, edition: document.querySelector("#edition option[value='']").textContent,
    download: document.getElementById("download").getAttribute("href") }));
  if (pane.lang !== "ko" || pane.apply !== "적용하고 다시 계산" || pane.report !== reports.default
      || pane.edition !== "서버 기본값 (" + reports.default + ")" || !pane.download.includes("/reports/" + reports.default + "/")) {
    fail("the task pane shows " + JSON.stringify(pane) + "; the server's default edition is " + reports.default);
  }
  console.log("ok the task pane is Korean and uses the server's default edition " + reports.default + ": " + JSON.stringify(pane));
  await page.click("#lang");
  const apply = await page.textContent("#apply");
  if (apply !== "Use and recalculate") fail("the task pane's English switch shows " + apply);
  console.log("ok the task pane switches to English");
  if (errors.length) fail("task pane errors: " + errors.join("; "));
  result.taskpaneDefault = reports.default;
  await context.close();
}

// The May 2025 snapshot: F1 2024 shows printed 122 beside computed 132, marked; a click shows its status and
// causes and lists 132 models.
async function realSnapshotTest(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(spec.real.base + "/?report=spri-2025&table=F1");
  const selector = "#table-F1 td[data-row='모델 수'][data-column='2024']";
  await page.waitForSelector(selector);
  const cell = await page.evaluate((sel) => {
    const td = document.querySelector(sel);
    return { computed: td.querySelector(".computed").textContent, printed: td.querySelector(".printed").textContent,
             differs: td.classList.contains("differs") };
  }, selector);
  if (cell.computed !== "132" || cell.printed !== "122" || !cell.differs) fail("F1 2024 shows " + JSON.stringify(cell));
  console.log("ok F1 2024 shows computed 132 beside printed 122, marked as differing");
  await chartPoints(page);
  await page.click(selector);
  await page.waitForSelector("#models li");
  const models = await page.locator("#models li").count();
  if (models !== 132) fail("the click listed " + models + " models, not 132");
  console.log("ok a click on F1 2024 lists " + models + " models");
  const top = await page.evaluate(() => document.getElementById("models").getBoundingClientRect().top);
  if (!(top >= 0 && top < 1000)) fail("the model list is " + top + " px from the top of the view after a click");
  // Above the models: the cell's status and causes from the edition's explanation ledger.
  const causes = await page.locator("#models .causes h3").textContent();
  if (!/^(Cause|원인): (explained|unexplained|설명됨|미설명)$/.test(causes)) fail("the cause heading is " + JSON.stringify(causes));
  console.log("ok the differing cell shows its status: " + causes);
  const text = await page.evaluate(() => document.body.innerText);
  if (text.includes(spec.real.dir)) fail("the page shows the server's directory " + spec.real.dir);
  console.log("ok the page shows no server path");
  await page.screenshot({ path: join(spec.outDir, "may2025-F1.png"), fullPage: true });
  // T9 as the report prints it: one column per model, 순위 … 개발조직 … 출시일 down the side.
  await page.selectOption("#table", "T9");
  await page.waitForSelector("#table-T9");
  const t9 = await page.evaluate(() => ({
    across: [...document.querySelectorAll("#table-T9 thead th")].slice(1).map((th) => th.textContent),
    down: [...document.querySelectorAll("#table-T9 tbody th")].map((th) => th.textContent) }));
  if (t9.across[0] !== "GPT-4o" || !t9.down.includes("개발조직") || t9.down[0] !== "순위") {
    fail("T9 is not turned as printed: " + JSON.stringify(t9));
  }
  console.log("ok T9 shows one column per model (" + t9.across.join(", ") + ") and " + t9.down.join(", ") + " down the side");
  // Enter on a focused cell opens it; the list scrolls into view and takes the focus.
  await page.selectOption("#table", "T1");
  const t1cell = "#table-T1 td[data-row='미국'][data-column='2024']";
  await page.waitForSelector(t1cell);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.focus(t1cell);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#models h3");
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === "models");
  const seen = await page.evaluate(() => { const r = document.getElementById("models").getBoundingClientRect(); return { top: r.top, height: innerHeight }; });
  if (!(seen.top >= 0 && seen.top < seen.height)) fail("the model list is not in view after Enter: " + JSON.stringify(seen));
  console.log("ok Enter on T1 [미국][2024] lists its models, in view (top " + Math.round(seen.top) + " px) with the focus");
  // The charts of the report, downloaded: T1, F2 and F3 (its labels are the table's shares: 9.6, not 10).
  const sha256 = await page.evaluate(() => new URL(location.href).searchParams.get("snapshot"));
  const files = {};
  for (const id of ["T1", "F2", "F3"]) {
    await page.selectOption("#table", id);
    await page.waitForSelector("#table-" + id);
    await page.waitForSelector("#chart svg[data-kind]");
    const chart = await chartOf(page);
    if (id === "F3") {
      const shares = await page.evaluate(() => [...document.querySelectorAll("#table-F3 td[data-column='비중(%)'] .computed")].map((x) => x.textContent));
      const labels = await page.evaluate(() => [...document.querySelectorAll("#chart svg text.slice-label")].map((x) => x.textContent));
      if (JSON.stringify(labels) !== JSON.stringify(shares.filter((x) => x !== "").map((x) => x + "%")) || !labels.includes("9.6%")) {
        fail("F3's pie says " + labels + " where the table says " + shares);
      }
      console.log("ok F3's pie labels " + labels.join(", ") + " as the table prints them");
    }
    files[id] = await downloadChart(page, id, sha256);
    console.log("ok " + id + " (" + chart.kind + ") downloads as " + files[id].png + " and .svg");
  }
  const prose = await proseTest(page);
  result.real = { computed: Number(cell.computed), printed: Number(cell.printed), models, charts: files, prose };
  await page.close();
}

// The 본문 수치 panel: one row per number of the report text (id, sentence and printed figure as the Java
// check has them), a Korean status, the out-of-scope list and the one-world note; then the English switch.
async function proseTest(page) {
  const expected = spec.real.prose;
  await page.waitForSelector("#prose-table tbody tr");
  const rows = await page.evaluate(() => [...document.querySelectorAll("#prose-table tbody tr")].map((tr) => ({
    id: tr.querySelector("th").textContent, sentence: tr.querySelector("td.sentence").textContent,
    printed: tr.children[2].textContent, status: tr.querySelector("td.status").textContent })));
  if (rows.length !== expected.length) fail("the 본문 수치 panel lists " + rows.length + " numbers, not " + expected.length);
  expected.forEach((e, i) => {
    const r = rows[i];
    if (r.id !== e.id || r.sentence !== e.sentence || r.printed !== e.printed) {
      fail("본문 수치 row " + (i + 1) + " is " + JSON.stringify(r) + ", not " + JSON.stringify(e));
    }
    if (!["일치", "설명됨", "미설명"].includes(r.status)) fail("본문 수치 " + r.id + " has the status " + r.status);
  });
  console.log("ok the 본문 수치 panel lists the " + rows.length + " numbers of the text with their sentences");
  const heading = await page.textContent("#prose-heading");
  if (heading !== "본문 수치") fail("the panel's heading is " + heading);
  const outOfScope = await page.locator("#out-of-scope tbody tr").count();
  if (outOfScope !== spec.real.outOfScope) fail(outOfScope + " out-of-scope numbers listed, not " + spec.real.outOfScope);
  const world = await page.textContent("#world");
  if (!world.includes("하나의 세계") || !world.includes("시나리오")) fail("the one-world note says " + world);
  // The scenario as check.json gives it (its content is DownloadRoutesTest's): the note must name each file.
  const scenario = await page.evaluate(async () => (await (await fetch("/api/v1/reports/spri-2025/check.json?snapshot="
    + new URL(location.href).searchParams.get("snapshot"))).json()).world.scenario);
  for (const f of scenario) {
    if (!world.includes(f)) fail("the one-world note does not name the scenario file " + f);
  }
  console.log("ok " + outOfScope + " out-of-scope numbers and the one world (" + scenario.join(" → ") + ")");
  await page.locator("#prose-heading").evaluate((h) => h.scrollIntoView());
  // The top of the panel (heading, one world, the first numbers): the whole panel is some 8,000 px tall.
  const box = await page.locator("section:has(#prose-heading)").boundingBox();
  const top = await page.evaluate(() => scrollY);
  await page.screenshot({ path: join(spec.outDir, "web-prose.png"), fullPage: true,
    clip: { x: box.x, y: box.y + top, width: box.width, height: Math.min(box.height, 1000) } });
  await page.click("#lang");
  await page.waitForFunction(() => document.getElementById("prose-heading").textContent === "Numbers of the report text");
  const english = await page.evaluate(() => ({
    statuses: [...new Set([...document.querySelectorAll("#prose-table td.status")].map((td) => td.textContent))],
    world: document.getElementById("world-heading").textContent, columns: document.querySelector("#prose-table thead th").textContent }));
  if (english.world !== "One world" || english.columns !== "Id"
      || english.statuses.some((x) => !["equal", "explained", "unexplained"].includes(x))) {
    fail("the English switch leaves the panel as " + JSON.stringify(english));
  }
  console.log("ok the English switch redraws the panel: " + english.statuses.join(", "));
  return rows.length;
}

const browser = await chromium.launch({ executablePath: spec.chromium, args: ["--no-sandbox"] });
try {
  await functionsTest(browser);
  await workbookSettingsTest(browser, (await (await fetch(BASE + "/health")).json()).snapshot.sha256);
  await webPageTest(browser);
  await sharedUrlTest(browser);
  await chartsTest(browser, (await (await fetch(BASE + "/health")).json()).snapshot.sha256);
  await taskpaneTest(browser);
  if (spec.real) await realSnapshotTest(browser);
  console.log("RESULT " + JSON.stringify(result));
} catch (e) {
  console.log("FAIL " + (e && e.stack || e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
