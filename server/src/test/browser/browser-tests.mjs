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
  // Without --store the page's GET /api/v1/snapshots is a 404 it expects; any other failure counts.
  page.on("response", (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== "/api/v1/snapshots") errors.push(r.status() + " " + r.url());
  });
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  await page.goto(BASE + "/");
  const cell = spec.cell;
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
  const heading = await page.textContent("#preview-heading");
  if (heading !== "Table") fail("the English switch shows the heading " + heading);
  if (!new URL(page.url()).search.includes("lang=en")) fail("the language is not in the URL");
  console.log("ok the language switch shows English");
  await page.screenshot({ path: join(spec.outDir, "sample-F1.png"), fullPage: true });
  if (errors.length) fail("page errors: " + errors.join("; "));
  result.chartPoints = points;
  await page.close();
}

async function chartPoints(page) {
  await page.waitForSelector("#chart-box:not([hidden]) canvas#chart");
  const points = await page.evaluate(() => {
    const c = window.Chart.getChart(document.getElementById("chart"));
    return c ? c.data.datasets.reduce((n, d) => n + d.data.filter((v) => typeof v === "number").length, 0) : 0;
  });
  if (!(points > 0)) fail("the chart has no data");
  return points;
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
  result.real = { computed: Number(cell.computed), printed: Number(cell.printed), models };
  await page.close();
}

const browser = await chromium.launch({ executablePath: spec.chromium, args: ["--no-sandbox"] });
try {
  await functionsTest(browser);
  await workbookSettingsTest(browser, (await (await fetch(BASE + "/health")).json()).snapshot.sha256);
  await webPageTest(browser);
  await sharedUrlTest(browser);
  if (spec.real) await realSnapshotTest(browser);
  console.log("RESULT " + JSON.stringify(result));
} catch (e) {
  console.log("FAIL " + (e && e.stack || e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
