// Verbatim report: quote details on hover and focus, and the speaker filter. No network, no libraries.
(function () {
  'use strict';
  var tip = document.getElementById('tip');
  var article = document.getElementById('article');
  var status = document.getElementById('status');
  var marks = Array.prototype.slice.call(article.querySelectorAll('mark.q'));
  var fields = [['Kind', 'kind'], ['Speaker', 'mention'], ['Entity', 'name'], ['Type', 'type'],
    ['Cue', 'cue'], ['Confidence', 'confidence'], ['Rule', 'rule']];

  function show(mark) {
    var d = mark.dataset;
    var list = document.createElement('dl');
    fields.forEach(function (f) {
      var dt = document.createElement('dt');
      var dd = document.createElement('dd');
      dt.textContent = f[0];
      dd.textContent = d[f[1]] || (f[1] === 'mention' ? 'none found' : '\u2014');
      dd.className = 'tip-' + f[1];
      list.appendChild(dt);
      list.appendChild(dd);
    });
    tip.replaceChildren(list);
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    tip.style.left = Math.max(8, window.scrollX + r.left) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    tip.dataset.quote = d.quote;
  }

  function hide() {
    tip.hidden = true;
    delete tip.dataset.quote;
  }

  article.addEventListener('mouseover', function (e) {
    var m = e.target.closest('mark.q');
    if (m) { show(m); }
  });
  article.addEventListener('mouseout', function (e) {
    var to = e.relatedTarget && e.relatedTarget.closest ? e.relatedTarget.closest('mark.q') : null;
    if (to) { show(to); } else if (document.activeElement && document.activeElement.matches('mark.q')) {
      show(document.activeElement);
    } else { hide(); }
  });
  marks.forEach(function (m) {
    m.addEventListener('focus', function () { show(m); });
    m.addEventListener('blur', hide);
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });

  var buttons = Array.prototype.slice.call(document.querySelectorAll('button.speaker'));
  function filter(button) {
    var on = button && button.getAttribute('aria-pressed') !== 'true';
    var id = on ? button.dataset.entity : null;
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b === button && on)); });
    document.body.classList.toggle('filtering', on);
    var quotes = {};
    var count = 0;
    marks.forEach(function (m) {
      var hit = on && m.dataset.entity === id;
      m.classList.toggle('hit', hit);
      if (hit && !quotes[m.dataset.quote]) { quotes[m.dataset.quote] = true; count++; }
    });
    article.querySelectorAll('.mention').forEach(function (s) {
      s.classList.toggle('hit', on && s.dataset.entity === id);
    });
    status.textContent = on ? 'Showing ' + count + ' quote' + (count === 1 ? '' : 's') + ' by '
      + button.dataset.label + '.' : '';
  }
  buttons.forEach(function (b) { b.addEventListener('click', function () { filter(b); }); });
  document.getElementById('clear').addEventListener('click', function () {
    var pressed = buttons.filter(function (b) { return b.getAttribute('aria-pressed') === 'true'; })[0];
    if (pressed) { filter(pressed); }
  });
})();
