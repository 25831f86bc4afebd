// Test driver, evaluated in a report page by HostileInputBrowserTest over the DevTools protocol (not subject to
// the page's CSP). It only says where to point the real mouse and reads what the tooltip then shows; the mouse
// events themselves come from Chromium's input pipeline (Input.dispatchMouseEvent), so ECharts handles them as
// a user's hover. Positions come from ECharts' instance API (convertToPixel); legend entries from the legend
// view's item groups (getModel / getViewOfComponentModel, ECharts 5), the only way to locate them on a canvas.
window.__hover = (function () {
  'use strict';

  function chartAt(i) {
    var el = document.querySelectorAll('.chart')[i];
    return { el: el, chart: echarts.getInstanceByDom(el) };
  }

  function valueOf(d) {
    if (d === null || d === undefined) { return null; }
    if (typeof d === 'object' && !Array.isArray(d)) { return valueOf(d.value); }
    if (Array.isArray(d)) { return d[1] === null || d[1] === undefined ? null : d; }
    return d;
  }

  function toPage(el, px) {
    var r = el.getBoundingClientRect();
    return { x: r.left + px[0], y: r.top + px[1] };
  }

  function inside(el, p) {
    var r = el.getBoundingClientRect();
    return p.x > r.left + 1 && p.x < r.right - 1 && p.y > r.top + 1 && p.y < r.bottom - 1
      && p.y > 0 && p.y < window.innerHeight && p.x > 0 && p.x < window.innerWidth;
  }

  return {
    count: function () { return document.querySelectorAll('.chart').length; },

    // Scrolls chart i into view; the points to hover: up to 3 per series (every point on a category axis), and
    // every change-point line. expect: text the tooltip must then show.
    seriesTargets: function (i) {
      var c = chartAt(i);
      c.el.scrollIntoView({ block: 'center' });
      var opt = c.chart.getOption();
      var xAxis = opt.xAxis[0];
      var category = xAxis.type === 'category';
      var out = [];
      opt.series.forEach(function (s, si) {
        if (s.type === 'custom' || s.silent) { return; }
        var present = [];
        (s.data || []).forEach(function (d, k) { if (valueOf(d) !== null) { present.push(k); } });
        var picked = category ? present
          : [present[0], present[Math.floor(present.length / 2)], present[present.length - 1]];
        picked.filter(function (k, n) { return k !== undefined && picked.indexOf(k) === n; }).forEach(function (k) {
          var v = valueOf(s.data[k]);
          // a bar is hovered at half its height: its top edge can fall a fraction of a pixel outside it
          var px = c.chart.convertToPixel({ seriesIndex: si }, category ? [k, s.type === 'bar' ? v / 2 : v] : v);
          var p = toPage(c.el, px);
          out.push({ kind: 'series', series: s.name, expect: category ? String(xAxis.data[k]) : s.name,
            x: p.x, y: p.y, inside: inside(c.el, p) });
        });
        var lines = s.markLine && s.markLine.data ? s.markLine.data : [];
        lines.forEach(function (m) {
          var grid = c.chart.getModel().getComponent('grid').coordinateSystem.getRect();
          var x = c.chart.convertToPixel({ xAxisIndex: 0 }, m.xAxis);
          var p = toPage(c.el, [x, grid.y + grid.height / 2]);
          out.push({ kind: 'markLine', series: s.name, expect: String(m.xAxis), x: p.x, y: p.y, inside: inside(c.el, p) });
        });
      });
      return out;
    },

    legendCount: function (i) {
      var model = chartAt(i).chart.getModel().getComponent('legend');
      return model ? model.getData().length : 0;
    },

    // Pages a scroll legend to entry j (a later call reads its position, after ECharts has laid it out).
    scrollLegendTo: function (i, j) {
      chartAt(i).chart.dispatchAction({ type: 'legendScroll', scrollDataIndex: j });
    },

    legendTarget: function (i, j) {
      var c = chartAt(i);
      c.el.scrollIntoView({ block: 'center' });
      var model = c.chart.getModel().getComponent('legend');
      var view = c.chart.getViewOfComponentModel(model);
      var item = null;
      view.getContentGroup().eachChild(function (g) { if (g.__legendDataIndex === j) { item = g; } });
      if (!item) { return null; }
      var rect = item.getBoundingRect().clone();
      rect.applyTransform(item.getComputedTransform());
      var p = toPage(c.el, [rect.x + rect.width / 2, rect.y + rect.height / 2]);
      return { kind: 'legend', series: model.getData()[j].get('name'), expect: model.getData()[j].get('name'),
        x: p.x, y: p.y, inside: inside(c.el, p) };
    },

    // The text of chart i's tooltip while it is shown, else null.
    tooltipText: function (i) {
      var tip = chartAt(i).el.querySelector('.chart-tip');
      if (!tip) { return null; }
      var box = tip.parentElement;
      return box.style.display === 'none' || box.style.opacity === '0' ? null : box.textContent;
    }
  };
})();
