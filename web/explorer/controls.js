// The left column of the explorer: search, view, filters and legend. Each
// control changes `state` and asks the page to apply it.
'use strict';

const ExplorerControls = (() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);
  const el = (...args) => Details.el(...args);

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    return node;
  }

  function initSearch(ctx) {
    const input = $('search');
    const results = $('search-results');
    let found = [];
    const choose = (node) => {
      results.replaceChildren();
      input.value = node.label;
      ctx.select(node.id);
    };
    input.addEventListener('input', () => {
      found = GraphModel.search(ctx.model, input.value);
      results.replaceChildren(...found.map((node) => {
        const item = el('li');
        const button = el('button', 'result', node.label);
        button.type = 'button';
        button.dataset.node = node.id;
        const country = ctx.model.country.get(node.id);
        const where = country && country !== node.id ? ' · ' + GraphModel.label(ctx.model, country) : '';
        button.append(el('span', 'result-kind', node.type + where));
        button.addEventListener('click', () => choose(node));
        item.append(button);
        return item;
      }));
      if (input.value.trim() && !found.length) results.append(el('li', 'none', 'No match'));
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && found.length) choose(found[0]);
      if (event.key === 'Escape') results.replaceChildren();
    });
  }

  function initFilters(ctx) {
    for (const radio of document.querySelectorAll('input[name="view"]')) {
      radio.checked = radio.value === ctx.state.view;
      radio.addEventListener('change', () => ctx.setView(radio.value));
    }
    for (const box of document.querySelectorAll('#status input')) {
      box.addEventListener('change', () => {
        if (box.checked) ctx.state.statuses.add(box.value);
        else ctx.state.statuses.delete(box.value);
        ctx.applyFilters();
      });
    }
    const dates = [...ctx.model.edges].map((e) => e.date).filter(Boolean).sort();
    for (const [id, key] of [['date-from', 'from'], ['date-to', 'to']]) {
      const input = $(id);
      if (dates.length) {
        input.min = dates[0];
        input.max = dates[dates.length - 1];
      }
      input.addEventListener('change', () => {
        ctx.state[key] = GraphModel.ISO_DATE.test(input.value) ? input.value : '';
        ctx.applyFilters();
      });
    }
    $('date-range').textContent = dates.length ? `Dated lines: ${dates[0]} to ${dates[dates.length - 1]}` : 'No dated lines';
    $('undated').addEventListener('change', () => {
      ctx.state.undated = $('undated').checked;
      ctx.applyFilters();
    });
  }

  function initCountries(ctx) {
    const list = $('country-list');
    const boxes = ctx.countries.map(([id, count]) => {
      const label = el('label', 'country');
      const box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.value = id;
      box.addEventListener('change', () => {
        if (box.checked) ctx.state.hiddenCountries.delete(id);
        else ctx.state.hiddenCountries.add(id);
        ctx.applyFilters();
      });
      const swatch = el('span', 'swatch');
      swatch.style.background = ctx.colours.get(id) || ExplorerLook.NO_COUNTRY;
      label.append(box, swatch, el('span', null, id ? GraphModel.label(ctx.model, id) : 'no country'),
        el('span', 'count', count));
      list.append(label);
      return box;
    });
    const setAll = (checked) => {
      for (const box of boxes) box.checked = checked;
      ctx.state.hiddenCountries = new Set(checked ? [] : ctx.countries.map(([id]) => id));
      ctx.applyFilters();
    };
    $('countries-all').addEventListener('click', () => setAll(true));
    $('countries-none').addEventListener('click', () => setAll(false));
  }

  function shapeIcon(shape) {
    const icon = svg('svg', { width: 18, height: 18, viewBox: '0 0 18 18' });
    const style = { fill: '#ccc', stroke: '#555' };
    const outlines = {
      ellipse: svg('circle', { cx: 9, cy: 9, r: 7 }),
      hexagon: svg('polygon', { points: '2,9 5,3 13,3 16,9 13,15 5,15' }),
      'round-tag': svg('polygon', { points: '2,3 12,3 16,9 12,15 2,15' }),
      'round-rectangle': svg('rect', { x: 2, y: 4, width: 14, height: 10, rx: 3 }),
      diamond: svg('polygon', { points: '9,2 16,9 9,16 2,9' }),
    };
    const outline = outlines[shape];
    for (const [key, value] of Object.entries(style)) outline.setAttribute(key, value);
    icon.append(outline);
    return icon;
  }

  function lineIcon(colour, dash, arrow) {
    const icon = svg('svg', { width: 30, height: 12, viewBox: '0 0 30 12' });
    icon.append(svg('line', { x1: 1, y1: 6, x2: arrow ? 23 : 29, y2: 6, stroke: colour, 'stroke-width': 3,
      'stroke-dasharray': dash }));
    if (arrow) icon.append(svg('polygon', { points: '22,2 29,6 22,10', fill: colour }));
    return icon;
  }

  function initLegend(ctx) {
    const legend = $('legend');
    const row = (icon, text) => {
      const item = el('li');
      item.append(icon, el('span', null, text));
      return item;
    };
    const shapes = el('ul', 'legend-list');
    for (const [type, shape] of Object.entries(ExplorerLook.SHAPES)) shapes.append(row(shapeIcon(shape), type));
    const lines = el('ul', 'legend-list');
    lines.append(row(lineIcon('#c0392b', ''), 'met (held)'), row(lineIcon('#c0392b', '6 3'), 'met (planned)'),
      row(lineIcon('#e39a93', '2 3'), 'met (cancelled)'), row(lineIcon('#2e6db4', '6 3', true), 'statement about'),
      row(lineIcon('#a8a8a8', ''), 'office, affiliation'));
    legend.append(el('h2', null, 'Legend'), shapes, lines,
      el('p', null, 'Colour: the country (swatches under Countries). Size: how many meetings.'));
  }

  function init(ctx) {
    const people = [...ctx.model.nodes.values()].filter((n) => n.type === 'person').length;
    $('summary').textContent = `${people} people, ${ctx.model.meetings.size} meetings, ` +
      `${ctx.model.statements.size} statements from ${ctx.model.docs.size} articles.`;
    initSearch(ctx);
    initFilters(ctx);
    initCountries(ctx);
    initLegend(ctx);
  }

  return { init };
})();
