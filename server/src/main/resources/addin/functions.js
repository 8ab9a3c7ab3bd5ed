// Model Census custom functions for Excel, served by GET /addin/functions.js. The server fills in
// {{BASE}} (its https base URL) and {{IDS}} (the function ids of its registry, which never change).
// Every call Excel makes in one recalculation is queued for a few milliseconds and sent in batches
// of at most CHUNK calls to POST /api/v1/functions:batch; each promise resolves with its value (rows
// for TOP_* functions) or rejects with the Excel error the server gave.
// The snapshot and edition chosen in the task pane live in the workbook's settings
// (Office.context.document.settings, shared with the task pane by the shared runtime), so whoever
// opens the workbook recalculates against the same snapshot; every batch carries them as
// ?snapshot=&edition=. Outside Office (a plain browser) they live in localStorage.
(function (global) {
  "use strict";
  if (global.CensusFunctions) {
    return; // loaded by the task pane page and as the functions script of the shared runtime
  }
  var BASE = "{{BASE}}";
  var IDS = {{IDS}};
  var CHUNK = 1000;
  var DELAY_MS = 10;
  var SELECTION_KEY = "census.selection";
  // Office.context.document exists only once Office has initialised: no batch leaves before that, or a
  // workbook being opened would be calculated with the server's defaults instead of its saved choice.
  var ready = officeReady();
  var ERROR_CODES = {
    "#N/A": "notAvailable", "#VALUE!": "invalidValue", "#NUM!": "invalidNumber",
    "#DIV/0!": "divisionByZero", "#REF!": "invalidReference", "#NAME?": "invalidName", "#NULL!": "nullReference"
  };
  var queue = [];
  var timer = null;

  function officeReady() {
    var office = global.Office;
    if (!office || typeof office.onReady !== "function") {
      return Promise.resolve();
    }
    return new Promise(function (resolve) {
      var answer = office.onReady(function () { resolve(); });
      if (answer && typeof answer.then === "function") {
        answer.then(function () { resolve(); }, function () { resolve(); });
      }
    });
  }

  /** The workbook's settings, or null outside Office. */
  function documentSettings() {
    var office = global.Office;
    var document = office && office.context && office.context.document;
    return document && document.settings ? document.settings : null;
  }

  function clean(saved) {
    return saved && typeof saved === "object"
      ? { snapshot: saved.snapshot || null, edition: saved.edition || null } : {};
  }

  /** The snapshot and edition saved in the workbook (in this browser outside Office); {} = the server's defaults. */
  function selection() {
    var settings = documentSettings();
    if (settings) {
      return clean(settings.get(SELECTION_KEY)); // never this browser's choice for another workbook
    }
    try {
      return clean(JSON.parse(global.localStorage.getItem(SELECTION_KEY) || "{}"));
    } catch (e) {
      return {};
    }
  }

  /** Saves the choice in the workbook's settings (saveAsync: it travels with the file once saved). */
  function select(snapshot, edition) {
    var chosen = { snapshot: snapshot || null, edition: edition || null };
    return ready.then(function () {
      var settings = documentSettings();
      if (!settings) {
        global.localStorage.setItem(SELECTION_KEY, JSON.stringify(chosen));
        return chosen;
      }
      settings.set(SELECTION_KEY, chosen);
      return new Promise(function (resolve, reject) {
        settings.saveAsync(function (result) {
          if (result && result.status === "failed") {
            reject(new Error("could not save the choice in the workbook: " + (result.error && result.error.message)));
          } else {
            resolve(chosen);
          }
        });
      });
    });
  }

  function batchUrl() {
    var s = selection();
    var params = [];
    if (s.snapshot) { params.push("snapshot=" + encodeURIComponent(s.snapshot)); }
    if (s.edition) { params.push("edition=" + encodeURIComponent(s.edition)); }
    return BASE + "/api/v1/functions:batch" + (params.length ? "?" + params.join("&") : "");
  }

  function excelError(result) {
    var text = result && typeof result.error === "string" ? result.error : "#N/A";
    var message = result && result.message ? String(result.message) : "Model Census: no result";
    var code = CustomFunctions.ErrorCode[ERROR_CODES[text] || "notAvailable"];
    if (text !== "#VALUE!" && text !== "#N/A") {
      return new CustomFunctions.Error(code); // Excel shows a message only for #VALUE! and #N/A
    }
    try {
      return new CustomFunctions.Error(code, message);
    } catch (e) {
      return new CustomFunctions.Error(code);
    }
  }

  function settle(call, result) {
    if (result && Object.prototype.hasOwnProperty.call(result, "value")) {
      call.resolve(result.value);
    } else {
      call.reject(excelError(result));
    }
  }

  function send(chunk) {
    var body = JSON.stringify({ calls: chunk.map(function (c) { return { name: c.name, args: c.args }; }) });
    fetch(batchUrl(), { method: "POST", headers: { "Content-Type": "application/json" }, body: body })
      .then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, json: json }; });
      })
      .then(function (answer) {
        var results = answer.json && answer.json.results;
        if (!answer.ok || !Array.isArray(results) || results.length !== chunk.length) {
          chunk.forEach(function (c) { settle(c, answer.json); });
          return;
        }
        chunk.forEach(function (c, i) { settle(c, results[i]); });
      })
      .catch(function (e) {
        var failure = { error: "#N/A", message: "Model Census server unreachable at " + BASE + ": " + e };
        chunk.forEach(function (c) { settle(c, failure); });
      });
  }

  /** Sends every queued call as soon as Office is ready, in chunks of at most CHUNK. */
  function flush() {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    var calls = queue;
    queue = [];
    ready.then(function () {
      for (var i = 0; i < calls.length; i += CHUNK) {
        send(calls.slice(i, i + CHUNK));
      }
    });
  }

  function enqueue(name, args) {
    return new Promise(function (resolve, reject) {
      queue.push({ name: name, args: args, resolve: resolve, reject: reject });
      if (queue.length >= CHUNK) {
        flush();
      } else if (timer === null) {
        timer = setTimeout(flush, DELAY_MS);
      }
    });
  }

  function argumentsOf(list) {
    // An omitted optional argument arrives as null or undefined: both mean blank to the server.
    return Array.prototype.slice.call(list).map(function (a) { return a === undefined ? null : a; });
  }

  if (typeof CustomFunctions !== "undefined") { // absent when the task pane is opened in a plain browser
    IDS.forEach(function (id) {
      CustomFunctions.associate(id, function () { return enqueue(id, argumentsOf(arguments)); });
    });
  }

  global.CensusFunctions = {
    ids: IDS,
    flush: flush,
    /** Resolves once Office has initialised (at once outside Office). */
    ready: ready,
    selection: selection,
    /** Saves the snapshot and edition the functions use; a promise (the task pane recalculates afterwards). */
    select: select
  };
})(typeof window !== "undefined" ? window : this);
