// Model Census custom functions for Excel, served by GET /addin/functions.js. The server fills in
// {{BASE}} (its https base URL) and {{IDS}} (the function ids of its registry, which never change).
// Every call Excel makes in one recalculation is queued for a few milliseconds and sent in batches
// of at most CHUNK calls to POST /api/v1/functions:batch; each promise resolves with its value (rows
// for TOP_* functions) or rejects with the Excel error the server gave.
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
  var ERROR_CODES = {
    "#N/A": "notAvailable", "#VALUE!": "invalidValue", "#NUM!": "invalidNumber",
    "#DIV/0!": "divisionByZero", "#REF!": "invalidReference", "#NAME?": "invalidName", "#NULL!": "nullReference"
  };
  var queue = [];
  var timer = null;

  /** The snapshot and edition chosen in the task pane ({} = the server's defaults). */
  function selection() {
    try {
      return JSON.parse(global.localStorage.getItem(SELECTION_KEY) || "{}") || {};
    } catch (e) {
      return {};
    }
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
    try {
      return new CustomFunctions.Error(code, message);
    } catch (e) {
      return new CustomFunctions.Error(code); // hosts that take a message only for some codes
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

  /** Sends every queued call now, in chunks of at most CHUNK. */
  function flush() {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    var calls = queue;
    queue = [];
    for (var i = 0; i < calls.length; i += CHUNK) {
      send(calls.slice(i, i + CHUNK));
    }
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
    selection: selection,
    /** Remembers the snapshot and edition the functions use (the task pane recalculates afterwards). */
    select: function (snapshot, edition) {
      global.localStorage.setItem(SELECTION_KEY, JSON.stringify({ snapshot: snapshot || null, edition: edition || null }));
    }
  };
})(typeof window !== "undefined" ? window : this);
