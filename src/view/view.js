// claimscan view: behaviour for the page the server side wrote. Every
// datum is read from the DOM (text, data- attributes) and written back
// with textContent only, never as HTML. Work per event is constant (one
// card, one row) or one pass over the current report's rows (filter,
// sort: n log n), never a pass per row.
(function () {
  'use strict';
  var docs = Array.prototype.slice.call(document.querySelectorAll('section.doc'));
  var picker = document.getElementById('doc-picker');
  var kindSel = document.getElementById('f-kind');
  var unitSel = document.getElementById('f-unit');
  var trendSel = document.getElementById('f-trend');
  var search = document.getElementById('f-search');
  var count = document.getElementById('f-count');
  var card = document.getElementById('card');
  var states = [];
  var current = 0;
  if (docs.length === 0) return;

  // The rows of report i, in text order, and their lower-case text for
  // the search (computed on the first search).
  function state(i) {
    if (!states[i]) {
      var body = docs[i].querySelector('table.claims tbody');
      var rows = Array.prototype.slice.call(body.rows).filter(function (r) {
        return r.id !== '';
      });
      states[i] = { body: body, rows: rows, haystack: null, text: docs[i].querySelector('.text') };
    }
    return states[i];
  }

  // Units of every report, for the unit filter.
  (function fillUnits() {
    var seen = {};
    var units = [];
    docs.forEach(function (doc, i) {
      state(i).rows.forEach(function (r) {
        var u = r.dataset.unit;
        if (!Object.prototype.hasOwnProperty.call(seen, u)) {
          seen[u] = true;
          units.push(u);
        }
      });
    });
    units.sort();
    units.forEach(function (u) {
      var o = document.createElement('option');
      o.value = u;
      o.textContent = u === '' ? '(none: counts)' : u;
      unitSel.appendChild(o);
    });
  })();

  if (docs.length > 1) {
    docs.forEach(function (doc, i) {
      var o = document.createElement('option');
      o.value = String(i);
      o.textContent = doc.dataset.name;
      picker.appendChild(o);
    });
    picker.parentNode.hidden = false;
    picker.addEventListener('change', function () {
      show(Number(picker.value));
    });
  }

  function show(i) {
    current = i;
    docs.forEach(function (doc, j) {
      doc.hidden = j !== i;
    });
    if (picker.value !== String(i)) picker.value = String(i);
    legendCounts();
    apply();
  }

  function legendCounts() {
    var counts = {};
    state(current).rows.forEach(function (r) {
      counts[r.dataset.kind] = (counts[r.dataset.kind] || 0) + 1;
    });
    Array.prototype.forEach.call(document.querySelectorAll('.legend .n'), function (n) {
      n.textContent = '(' + (counts[n.dataset.kind] || 0) + ')';
    });
  }

  // Filters: kind, unit, trend and text search over the current report.
  function apply() {
    var st = state(current);
    var k = kindSel.value;
    var u = unitSel.value;
    var t = trendSel.value;
    var q = search.value.trim().toLowerCase();
    if (q && !st.haystack) {
      st.haystack = st.rows.map(function (r) {
        return (r.textContent + ' ' + r.dataset.id + ' ' + r.dataset.qual).toLowerCase();
      });
    }
    var shown = 0;
    for (var i = 0; i < st.rows.length; i++) {
      var r = st.rows[i];
      var d = r.dataset;
      var ok = (k === '' || d.kind === k) && (u === '*' || d.unit === u) &&
        (t === '*' || d.trend === t) && (q === '' || st.haystack[i].indexOf(q) >= 0);
      if (r.hidden === ok) r.hidden = !ok;
      if (ok) shown++;
    }
    if (k) st.text.dataset.only = k; else delete st.text.dataset.only;
    count.textContent = shown + ' of ' + st.rows.length + ' claims shown';
  }

  var timer = 0;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  [kindSel, unitSel, trendSel].forEach(function (s) {
    s.addEventListener('change', apply);
  });

  document.getElementById('t-labels').addEventListener('change', function (e) {
    document.body.classList.toggle('labels', e.target.checked);
  });
  document.getElementById('t-rejected').addEventListener('change', function (e) {
    document.body.classList.toggle('hide-rejected', !e.target.checked);
  });

  // Sorting: a click on a header sorts the current report's rows by it.
  var NUMERIC = { pos: true, value: true };
  function sortBy(th) {
    var key = th.dataset.sort;
    var st = state(current);
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    Array.prototype.forEach.call(th.parentNode.children, function (h) {
      h.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var keyed = st.rows.map(function (r, i) {
      var v;
      if (key === 'text') v = r.cells[1].textContent;
      else if (key === 'subject') v = r.cells[6].textContent;
      else if (NUMERIC[key]) v = parseFloat(key === 'pos' ? r.dataset.pos : r.dataset.value);
      else v = r.dataset[key];
      return { v: v, i: i, r: r };
    });
    keyed.sort(function (a, b) {
      if (a.v < b.v) return -dir;
      if (a.v > b.v) return dir;
      return a.i - b.i;
    });
    // Rows move while their body is out of the document: one re-insert
    // instead of one per row.
    var table = st.body.parentNode;
    var next = st.body.nextSibling;
    table.removeChild(st.body);
    keyed.forEach(function (x) {
      st.body.appendChild(x.r);
    });
    table.insertBefore(st.body, next);
  }
  docs.forEach(function (doc) {
    doc.querySelector('table.claims thead').addEventListener('click', function (e) {
      var th = e.target.closest('th[data-sort]');
      if (th) sortBy(th);
    });
  });

  // Row -> claim: a click on a row scrolls its claim into view and
  // focuses it. Claim -> row: a click on a claim shows its row.
  var selected = null;
  function select(row) {
    if (selected) selected.classList.remove('current');
    selected = row;
    if (row) row.classList.add('current');
  }
  function flash(el) {
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
  }
  document.addEventListener('click', function (e) {
    var row = e.target.closest('table.claims tbody tr[id]');
    if (row) {
      var claim = document.getElementById('c' + row.id.slice(1));
      e.preventDefault();
      select(row);
      if (claim) {
        claim.scrollIntoView({ block: 'center' });
        claim.focus({ preventScroll: true });
        flash(claim);
      }
      return;
    }
    var mark = e.target.closest('a.claim');
    if (mark) {
      var target = document.getElementById('r' + mark.id.slice(1));
      if (!target) return;
      e.preventDefault();
      if (target.hidden) {
        kindSel.value = '';
        unitSel.value = '*';
        trendSel.value = '*';
        search.value = '';
        apply();
      }
      select(target);
      target.scrollIntoView({ block: 'nearest' });
    }
  });

  // Cards: hovering or focusing a claim or a number left out.
  var FIELDS = [
    ['kind', 'kind'], ['value', 'value'], ['max', 'value_max'], ['unit', 'unit'],
    ['norm', 'normalized'], ['qual', 'qualifier'], ['trend', 'trend'],
    ['subject', 'subject'], ['id', 'claim_id']
  ];
  function fill(head, pairs) {
    while (card.firstChild) card.removeChild(card.firstChild);
    var h = document.createElement('div');
    h.className = 'head';
    h.textContent = head;
    card.appendChild(h);
    var dl = document.createElement('dl');
    pairs.forEach(function (p) {
      var dt = document.createElement('dt');
      dt.textContent = p[0];
      var dd = document.createElement('dd');
      dd.textContent = p[1] === '' ? '—' : p[1];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    card.appendChild(dl);
  }
  function cardFor(el) {
    if (el.classList.contains('claim')) {
      var row = document.getElementById('r' + el.id.slice(1));
      if (!row) return false;
      fill(el.textContent, FIELDS.map(function (f) {
        return [f[1], f[0] === 'subject' ? row.cells[6].textContent : row.dataset[f[0]] || ''];
      }));
      return true;
    }
    if (document.body.classList.contains('hide-rejected')) return false;
    fill(el.textContent + ': not a claim', [
      ['rule', el.dataset.rule || ''], ['reason', el.dataset.reason || '']
    ]);
    return true;
  }
  var shownFor = null;
  function open(el) {
    if (shownFor === el) return;
    if (!cardFor(el)) return;
    shownFor = el;
    card.hidden = false;
    var box = el.getBoundingClientRect();
    var w = card.offsetWidth;
    var h = card.offsetHeight;
    var left = Math.max(4, Math.min(box.left, window.innerWidth - w - 4));
    var top = box.bottom + 6;
    if (top + h > window.innerHeight - 4) top = Math.max(4, box.top - h - 6);
    card.style.left = left + 'px';
    card.style.top = top + 'px';
  }
  function close() {
    shownFor = null;
    card.hidden = true;
  }
  function target(e) {
    return e.target.closest ? e.target.closest('.text .claim, .text .rej') : null;
  }
  document.addEventListener('mouseover', function (e) {
    var el = target(e);
    if (el) open(el);
  });
  document.addEventListener('mouseout', function (e) {
    var el = target(e);
    if (el && el === shownFor && !el.contains(e.relatedTarget) && document.activeElement !== el) close();
  });
  document.addEventListener('focusin', function (e) {
    var el = target(e);
    if (el) open(el); else close();
  });
  document.addEventListener('focusout', function (e) {
    if (target(e) === shownFor) close();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') close();
  });
  // Scrolling moves a focused claim's card with it and closes a hover's.
  function onScroll() {
    if (!shownFor) return;
    if (document.activeElement === shownFor) {
      var el = shownFor;
      shownFor = null;
      open(el);
    } else {
      close();
    }
  }
  docs.forEach(function (doc) {
    doc.querySelector('.pane').addEventListener('scroll', onScroll, { passive: true });
  });

  // A link to a claim or a row (`page.html#c1-5`) shows its report.
  function showTarget() {
    var el = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
    var doc = el ? el.closest('section.doc') : null;
    var i = docs.indexOf(doc);
    if (i < 0) return;
    if (i !== current) show(i);
    el.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', showTarget);

  show(0);
  showTarget();
})();
