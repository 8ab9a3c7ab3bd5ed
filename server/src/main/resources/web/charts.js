// The web viewer's charts (GET /web/charts.js, used by app.js): one SVG design per table kind of an
// edition file — years as columns with shares on their own % axis (models-per-year, multimodal,
// domains, org-types, multi-task, tasks-per-model), countries as bars stacked by year without the 중복
// and 순위 columns (countries), ranked horizontal bars (tasks, task-growth, top-developers), a pie
// labelled with the table's own shares (development); list tables have none. Figures are the table's
// display strings, so every label reads as the table prints it. Text is inserted as text only.
(function (global) {
  "use strict";
  var COLORS = ["#1f5fbf", "#d08000", "#217346", "#a03070", "#6a5acd", "#2a9d8f", "#e76f51", "#555555"];
  var LINE = "#c0392b";
  var FONT = "'Malgun Gothic', 'Apple SD Gothic Neo', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif";
  var SVG_NS = "http://www.w3.org/2000/svg";

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
  function design(table, kind, cells) {
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
  function chartSvg(table, kind, cells, words) {
    var d = design(table, kind, cells);
    if (!d) { return null; }
    var hasData = d.type === "pie" ? d.slices.some(function (s) { return s.value > 0; })
      : d.bars.concat(d.lines || []).some(function (s) { return s.values.some(function (v) { return v !== null; }); });
    if (!hasData) { return null; }
    d.rightAxis = words.rightAxis;
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
    y += 6;
    words.source.forEach(function (line) {
      y += 16;
      root.appendChild(svg("text", { x: 16, y: y, "font-size": 11, fill: "#444", "class": "source" }, line));
    });
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
        legendItems.push({ name: s.name + " (" + d.rightAxis + ")", color: color, line: true });
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


  global.CensusCharts = {
    /**
     * The chart of a table of check.json as an SVG element, or null when its kind has none.
     * cells: "row\u0000column" → cell; words: { rightAxis, source: [lines under the chart] }.
     */
    svg: chartSvg
  };
})(window);
