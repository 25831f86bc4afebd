// Draws every chart of the page from the specs embedded in <script id="chart-data" type="application/json">.
// Each chart container is <div class="chart" data-chart-id="...">; after drawing it gets data-rendered="true".
// Text from results (series names, categories, axis names) reaches the page only as text: titles, axes and legends
// are painted on the canvas, and every HTML tooltip is built from DOM text nodes by tip() (ECharts appends returned
// elements instead of setting innerHTML). Never return an HTML string from a formatter.
(function () {
  'use strict';
  var GROUP_COLORS = ['#5470c6', '#ee6666', '#3ba272', '#fac858', '#9a60b4', '#73c0de', '#fc8452', '#ea7ccc'];
  var VERDICT_COLORS = { regressed: '#c62828', improved: '#2e7d32', noisy: '#f9a825', unchanged: '#546e7a', skipped: '#9e9e9e', none: '#1565c0' };

  function ninesLabel(x) {
    // x = 1/(1-p): 1 -> 0%, 10 -> 90%, 100 -> 99%, 1000 -> 99.9% (HdrHistogram's percentile plot axis)
    if (x <= 1) { return '0%'; }
    var p = (1 - 1 / x) * 100;
    var digits = Math.max(0, Math.round(Math.log10(x)) - 2);
    return p.toFixed(digits) + '%';
  }

  function fmt(v) {
    if (v === null || v === undefined || isNaN(v)) { return 'n/a'; }
    var a = Math.abs(v);
    if (a >= 1000) { return Math.round(v).toLocaleString('en-US'); }
    return Number(v.toPrecision(3)).toString();
  }

  // A tooltip body: one line per entry, each a string or {color, text}; text only ever becomes a text node.
  function tip(lines) {
    var box = document.createElement('div');
    box.className = 'chart-tip';
    lines.forEach(function (line, i) {
      if (i > 0) { box.appendChild(document.createElement('br')); }
      if (line !== null && typeof line === 'object') {
        var marker = document.createElement('span');
        marker.className = 'chart-tip-marker';
        if (typeof line.color === 'string') { marker.style.backgroundColor = line.color; }
        box.appendChild(marker);
        line = line.text;
      }
      box.appendChild(document.createTextNode(String(line)));
    });
    return box;
  }

  function unit(spec) {
    return spec.yName ? ' ' + spec.yName : '';
  }

  // trigger 'axis' (time charts): the x value, then each series' value at it
  function axisTip(spec) {
    return function (params) {
      var list = Array.isArray(params) ? params : [params];
      var lines = [];
      if (list.length) { lines.push((spec.xName || 's since start') + ': ' + fmt(Number(list[0].axisValue))); }
      list.forEach(function (p) {
        var v = Array.isArray(p.value) ? p.value[1] : (p.value && p.value.value ? p.value.value[1] : p.value);
        lines.push({ color: p.color, text: p.seriesName + ': ' + fmt(v) });
      });
      return tip(lines);
    };
  }

  // hovering a legend entry shows the full name (a long one is cut on the canvas)
  var LEGEND_TIP = { show: true, formatter: function (p) { return tip([p.name]); } };

  function errorBarSeries(name, points) {
    // points: [[xIndexOrValue, low, high]]; drawn as a vertical whisker with caps
    return {
      type: 'custom', name: name, data: points, z: 10, silent: true,
      renderItem: function (params, api) {
        var lo = api.coord([api.value(0), api.value(1)]);
        var hi = api.coord([api.value(0), api.value(2)]);
        var cap = 5;
        var style = { stroke: '#222', lineWidth: 1.2 };
        return { type: 'group', children: [
          { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style: style },
          { type: 'line', shape: { x1: lo[0] - cap, y1: lo[1], x2: lo[0] + cap, y2: lo[1] }, style: style },
          { type: 'line', shape: { x1: hi[0] - cap, y1: hi[1], x2: hi[0] + cap, y2: hi[1] }, style: style }
        ] };
      },
      encode: { x: 0, y: [1, 2] }
    };
  }

  function pointData(s) {
    // s.open[i]: point i is drawn hollow (e.g. a capacity probe that was not sustained)
    if (!s.open) { return s.data; }
    return s.data.map(function (d, i) {
      return { value: d, symbol: s.open[i] ? 'emptyCircle' : 'circle', symbolSize: s.open[i] ? 9 : 7 };
    });
  }

  function lineSeries(spec) {
    return spec.series.map(function (s) {
      var series = {
        name: s.name, type: s.style === 'scatter' ? 'scatter' : (s.style === 'bar' ? 'bar' : 'line'),
        data: pointData(s), yAxisIndex: s.axis || 0,
        showSymbol: s.style === 'scatter' || !!s.open || s.data.length < 40,
        symbolSize: s.style === 'scatter' ? 6 : 4, sampling: s.open ? undefined : 'lttb', connectNulls: false
      };
      if (s.style === 'dashed') { series.lineStyle = { type: 'dashed' }; }
      if (typeof s.group === 'number') {
        // one colour per group (e.g. an engine's p50 and p99)
        var color = GROUP_COLORS[s.group % GROUP_COLORS.length];
        series.itemStyle = { color: color };
        series.lineStyle = Object.assign(series.lineStyle || {}, { color: color });
      }
      return series;
    });
  }

  function yAxes(spec) {
    var axes = [{ type: spec.yLog ? 'log' : 'value', name: spec.yName || '', scale: !spec.yFromZero, nameTextStyle: { align: 'left' } }];
    if (spec.y2Name) {
      axes.push({ type: 'value', name: spec.y2Name, splitLine: { show: false }, nameTextStyle: { align: 'right' } });
    }
    return axes;
  }

  var builders = {
    nines: function (spec) {
      return {
        xAxis: { type: 'log', min: 1, name: 'percentile', nameLocation: 'middle', nameGap: 28,
          axisLabel: { formatter: ninesLabel } },
        yAxis: yAxes(spec),
        tooltip: { trigger: 'item', formatter: function (p) {
          var v = Array.isArray(p.value) ? p.value : p.value.value;
          return tip([{ color: p.color, text: p.seriesName }, ninesLabel(v[0]) + ': ' + fmt(v[1]) + unit(spec)]);
        } },
        series: lineSeries(spec)
      };
    },
    time: function (spec) {
      var series = lineSeries(spec);
      if (spec.marks && spec.marks.length && series.length) {
        // shaded spans of time, e.g. the bursts of a rate profile
        series[0].markArea = {
          silent: true, animation: false, itemStyle: { color: 'rgba(255, 152, 0, 0.15)' },
          label: { position: 'insideTop', color: '#e65100', fontSize: 10 },
          data: spec.marks.map(function (m) { return [{ xAxis: m.from, name: m.label }, { xAxis: m.to }]; })
        };
      }
      return {
        xAxis: { type: 'value', name: spec.xName || 's since start', nameLocation: 'middle', nameGap: 28, scale: true },
        yAxis: yAxes(spec),
        tooltip: { trigger: 'axis', formatter: axisTip(spec) },
        series: series
      };
    },
    // numeric x other than time (run order, offered rate): the tooltip names the one point hovered
    xy: function (spec) {
      return {
        xAxis: { type: 'value', name: spec.xName || '', nameLocation: 'middle', nameGap: 28, scale: true },
        yAxis: yAxes(spec),
        tooltip: { trigger: 'item', formatter: function (p) {
          var v = Array.isArray(p.value) ? p.value : p.value.value;
          return tip([{ color: p.color, text: p.seriesName }, (spec.xName || 'x') + ': ' + fmt(v[0]), fmt(v[1]) + unit(spec)]);
        } },
        series: lineSeries(spec)
      };
    },
    bars: function (spec) {
      var series = [{ name: spec.yName, type: 'bar', data: spec.values, itemStyle: { color: '#1565c0' } }];
      if (spec.errors && spec.errors.some(function (e) { return e !== null; })) {
        var pts = [];
        spec.values.forEach(function (v, i) {
          var e = spec.errors[i];
          if (e !== null && v !== null) { pts.push([i, v - e, v + e]); }
        });
        series.push(errorBarSeries('error', pts));
      }
      return {
        grid: { left: 20, right: 20, bottom: 10, top: 50, containLabel: true },
        xAxis: { type: 'category', data: spec.categories, axisLabel: { rotate: 25, interval: 0, fontSize: 10, width: 160, overflow: 'truncate' } },
        yAxis: yAxes(spec),
        tooltip: { trigger: 'item', formatter: function (p) {
          var e = spec.errors ? spec.errors[p.dataIndex] : null;
          return tip([spec.categories[p.dataIndex] + ': ' + fmt(spec.values[p.dataIndex]) + (e !== null && e !== undefined ? ' \u00b1 ' + fmt(e) : '') + unit(spec)]);
        } },
        series: series
      };
    },
    trend: function (spec) {
      var data = spec.values.map(function (v, i) {
        return { value: v, itemStyle: { color: VERDICT_COLORS[spec.verdicts[i]] || VERDICT_COLORS.none }, symbolSize: spec.verdicts[i] === 'regressed' || spec.verdicts[i] === 'improved' ? 12 : 6 };
      });
      var series = [{ name: spec.yName, type: 'line', data: data, showSymbol: true, lineStyle: { color: '#90a4ae' } }];
      if (spec.changes && spec.changes.length) {
        // a change point: a dashed line at the first run of the new level, labelled with the change of level
        series[0].markLine = {
          symbol: 'none', animation: false,
          lineStyle: { type: 'dashed', color: '#6a1b9a', width: 1.5 },
          label: { position: 'insideEndTop', color: '#6a1b9a', fontSize: 10 },
          data: spec.changes.map(function (c) {
            return { xAxis: spec.categories[c.index], label: { formatter: 'change ' + c.label } };
          })
        };
      }
      var pts = [];
      spec.values.forEach(function (v, i) {
        var e = spec.errors[i];
        if (e !== null && v !== null) { pts.push([i, v - e, v + e]); }
      });
      if (pts.length) { series.push(errorBarSeries('noise', pts)); }
      return {
        grid: { left: 20, right: 20, bottom: 10, top: 50, containLabel: true },
        xAxis: { type: 'category', data: spec.categories, axisLabel: { rotate: 30, fontSize: 10 } },
        yAxis: yAxes(spec),
        tooltip: { trigger: 'item', formatter: function (p) {
          if (p.componentType === 'markLine') { return tip([p.name || String(p.value)]); }
          var v = spec.values[p.dataIndex];
          return tip([spec.categories[p.dataIndex] + ': ' + (v === null ? 'absent' : fmt(v) + unit(spec)), 'verdict: ' + spec.verdicts[p.dataIndex]]);
        } },
        series: series
      };
    }
  };

  function draw(spec) {
    var el = document.querySelector('[data-chart-id="' + spec.id + '"]');
    if (!el) { throw new Error('no container for chart ' + spec.id); }
    var build = builders[spec.kind];
    if (!build) { throw new Error('unknown chart kind ' + spec.kind); }
    var option = build(spec);
    option.animation = false;
    option.title = { text: spec.title, left: 'center', textStyle: { fontSize: 13 } };
    if (!option.grid) { option.grid = { left: 70, right: spec.y2Name ? 70 : 20, bottom: 60, top: 50 }; }
    if (spec.series && spec.series.length > 1) {
      option.legend = { type: 'scroll', bottom: 0, tooltip: LEGEND_TIP };
      option.grid.bottom = 75;
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.on('finished', function () { el.setAttribute('data-rendered', 'true'); });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    var block = document.getElementById('chart-data');
    if (!block) { return; }
    JSON.parse(block.textContent).forEach(draw);
    document.body.setAttribute('data-charts-done', 'true');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
