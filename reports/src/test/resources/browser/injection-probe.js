// Installed by HostileInputBrowserTest before any script of the page runs (Page.addScriptToEvaluateOnNewDocument,
// which a page's CSP does not govern). Records every Content-Security-Policy violation, and every element that
// only an injection would create (an image, frame or embed, or any element with an on* handler attribute), even
// one that is removed again: a tooltip's content is replaced on every hover.
(function () {
  'use strict';
  window.__cspViolations = [];
  window.__injected = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' sample ' + e.sample);
  });
  function inspect(node) {
    if (node.nodeType !== 1) { return; }
    [node].concat(Array.from(node.querySelectorAll('*'))).forEach(function (el) {
      var handlers = Array.from(el.attributes).filter(function (a) { return /^on/i.test(a.name); });
      if (/^(img|image|iframe|frame|object|embed)$/i.test(el.tagName) || handlers.length) {
        window.__injected.push(el.outerHTML.slice(0, 200));
      }
    });
  }
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      r.addedNodes.forEach(inspect);
      if (r.type === 'attributes') { inspect(r.target); }
    });
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();
