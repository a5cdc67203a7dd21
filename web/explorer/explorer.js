// The explorer page: the graph drawn by Cytoscape.js from the graph.json data
// embedded in the page, a search, two views, filters and a legend; the side
// panel is filled by details.js, positions come from layout.js.
'use strict';

(() => {
  // Country colours: the most frequent countries get these, the others a
  // muted shade of their own (from their id), nodes without one light grey.
  const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
    '#9c755f', '#8cd17d', '#499894', '#d37295'];
  const NO_COUNTRY = '#d9d9d9';
  const SHAPES = { person: 'ellipse', country: 'hexagon', office: 'round-tag', organization: 'round-rectangle',
    location: 'diamond' };
  const STATUSES = ['held', 'planned', 'cancelled'];
  // Past this many elements the drawing is simplified while panning and zooming.
  const LARGE = 1500;

  const $ = (id) => document.getElementById(id);
  const graph = JSON.parse($('graph-data').textContent);
  const model = GraphModel.build(graph);
  const edgeById = new Map(model.edges.map((e) => [e.id, e]));
  const stats = { nodes: graph.nodes.length, edges: graph.edges.length, layoutMs: {} };
  const state = { view: 'meetings', statuses: new Set(STATUSES), from: '', to: '', undated: true,
    hiddenCountries: new Set() };
  const positions = {};  // view -> Map(node id -> {x, y}), laid out once per view

  function hashHue(text) {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
    return h % 360;
  }

  // [country id, node count] from the most nodes to the fewest ('' = none).
  const countries = (() => {
    const counts = new Map();
    for (const id of model.nodes.keys()) {
      const c = model.country.get(id);
      counts.set(c, (counts.get(c) || 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  })();
  const colours = new Map();
  countries.filter(([c]) => c).forEach(([c], i) => {
    colours.set(c, i < PALETTE.length ? PALETTE[i] : `hsl(${hashHue(c)}, 35%, 60%)`);
  });
  const colourOf = (id) => colours.get(model.country.get(id)) || NO_COUNTRY;
  const meetingCount = (id) => (model.meetingsOf.get(id) || []).length;

  const isPerson = (id) => (model.nodes.get(id) || {}).type === 'person';
  const edgeInView = (edge) => state.view === 'everything' ||
    (edge.type === 'met' && isPerson(edge.source) && isPerson(edge.target));
  const nodeInView = (id) => state.view === 'everything' || isPerson(id);
  const nodePasses = (id) => !state.hiddenCountries.has(model.country.get(id));
  const edgeFilterActive = () => state.statuses.size < STATUSES.length || state.from || state.to || !state.undated;

  function edgePasses(edge) {
    const status = edge.attributes && edge.attributes.status;
    if (edge.type === 'met' && status && !state.statuses.has(status)) return false;
    if (!edge.date) return state.undated;
    return (!state.from || edge.date >= state.from) && (!state.to || edge.date <= state.to);
  }

  // Positions of the nodes of `view` (unfiltered), computed on first use.
  function layoutOf(view) {
    if (positions[view]) return positions[view];
    const started = performance.now();
    const saved = state.view;
    state.view = view;
    const edges = model.edges.filter(edgeInView);
    const ids = view === 'everything' ? [...model.nodes.keys()]
      : [...new Set(edges.flatMap((e) => [e.source, e.target]))];
    state.view = saved;
    const index = new Map(ids.map((id, i) => [id, i]));
    const links = edges.filter((e) => index.has(e.source) && index.has(e.target))
      .map((e) => [index.get(e.source), index.get(e.target)]);
    const placed = ForceLayout.run(ids.length, links);
    positions[view] = new Map(ids.map((id, i) => [id, placed[i]]));
    stats.layoutMs[view] = Math.round(performance.now() - started);
    return positions[view];
  }

  function elements(placed) {
    const nodes = graph.nodes.map((n) => ({
      group: 'nodes',
      data: { id: n.id, label: n.label, colour: colourOf(n.id), size: Math.min(80, 18 + 10 * Math.sqrt(meetingCount(n.id))) },
      position: placed.get(n.id) || { x: 0, y: 0 },
      classes: n.type,
    }));
    const edges = graph.edges.filter((e) => model.nodes.has(e.source) && model.nodes.has(e.target)).map((e) => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target },
      classes: e.type + (e.attributes && e.attributes.status ? ' status-' + e.attributes.status : ''),
    }));
    return nodes.concat(edges);
  }

  function styles() {
    const shapes = Object.entries(SHAPES).map(([type, shape]) => ({ selector: 'node.' + type, style: { shape } }));
    return [
      { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-size': 11, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3,
        'min-zoomed-font-size': 8, 'border-width': 1, 'border-color': '#555' } },
      ...shapes,
      { selector: 'edge', style: { width: 1.2, 'line-color': '#a8a8a8', 'curve-style': 'bezier' } },
      { selector: 'edge.met', style: { width: 3, 'line-color': '#c0392b' } },
      { selector: 'edge.status-planned', style: { 'line-style': 'dashed' } },
      { selector: 'edge.status-cancelled', style: { 'line-style': 'dotted', 'line-color': '#e39a93' } },
      { selector: 'edge.statement', style: { 'line-color': '#2e6db4', 'line-style': 'dashed',
        'target-arrow-shape': 'triangle', 'target-arrow-color': '#2e6db4' } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#f5b301' } },
      { selector: 'edge:selected', style: { width: 6, 'line-color': '#f5b301', 'target-arrow-color': '#f5b301' } },
      { selector: '.hidden', style: { display: 'none' } },
    ];
  }

  function hasMeetings() {
    return model.edges.some((e) => e.type === 'met' && isPerson(e.source) && isPerson(e.target));
  }
  if (!hasMeetings()) state.view = 'everything';
  const large = graph.nodes.length + graph.edges.length > LARGE;
  const cy = cytoscape({
    container: $('graph'),
    elements: elements(layoutOf(state.view)),
    style: styles(),
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 5,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
  });

  // Shows what passes the view and the filters; a node stays when one of its
  // lines does, or (everything, no line filter) when it passes on its own.
  function applyFilters() {
    const ends = new Set();
    const shown = new Set();
    for (const edge of model.edges) {
      if (!edgeInView(edge) || !edgePasses(edge) || !nodePasses(edge.source) || !nodePasses(edge.target)) continue;
      shown.add(edge.id);
      ends.add(edge.source);
      ends.add(edge.target);
    }
    const alone = state.view === 'everything' && !edgeFilterActive();
    let nodes = 0;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const id = n.id();
        const show = nodeInView(id) && nodePasses(id) && (ends.has(id) || alone);
        n.toggleClass('hidden', !show);
        if (show) nodes++;
      });
      cy.edges().forEach((e) => e.toggleClass('hidden', !shown.has(e.id())));
    });
    $('shown').textContent = `Showing ${nodes} of ${graph.nodes.length} nodes and ${shown.size} of ${graph.edges.length} lines.`;
  }

  // Zooms to what is shown (from the classes: the style may not be updated yet).
  function fitShown() {
    const shown = cy.nodes().filter((n) => !n.hasClass('hidden'));
    if (shown.nonempty()) cy.fit(shown, 30);
  }

  function setView(view) {
    if (view === state.view) return;
    state.view = view;
    document.querySelector(`input[name="view"][value="${view}"]`).checked = true;
    const placed = layoutOf(view);
    cy.nodes().positions((n) => placed.get(n.id()) || n.position());
    applyFilters();
    fitShown();
  }

  function clearSelection() {
    cy.batch(() => {
      cy.elements().unselect();
      cy.elements().removeClass('faded');
    });
    $('details').replaceChildren(Details.el('p', 'hint', 'Click a node or a line to see what the articles say.'));
  }

  function highlight(elements) {
    cy.batch(() => {
      cy.elements().unselect();
      cy.elements().addClass('faded');
      elements.removeClass('faded');
    });
  }

  // Selects a node, shows its details and, with `centre`, brings it to the middle.
  function select(id, centre = true) {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    if (!nodeInView(id)) setView('everything');
    highlight(node.closedNeighborhood());
    node.select();
    Details.showNode($('details'), model, id, select);
    if (node.hasClass('hidden')) {
      $('details').prepend(Details.el('p', 'notice', 'Hidden by the filters: widen them to see it in the graph.'));
    } else if (centre) {
      // The node's own centre, not its box with the label (what cy.center uses).
      const zoom = Math.max(cy.zoom(), 1.2);
      const { x, y } = node.position();
      cy.viewport({ zoom, pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } });
    }
  }

  function selectEdge(edge) {
    highlight(edge.union(edge.connectedNodes()));
    edge.select();
    Details.showEdge($('details'), model, edgeById.get(edge.id()), select);
  }

  $('fit').addEventListener('click', fitShown);
  cy.on('tap', 'node', (event) => select(event.target.id(), false));
  cy.on('tap', 'edge', (event) => selectEdge(event.target));
  cy.on('tap', (event) => { if (event.target === cy) clearSelection(); });

  ExplorerControls.init({ model, state, countries, colours, NO_COUNTRY, STATUSES, SHAPES, applyFilters, setView, select });
  clearSelection();
  applyFilters();
  fitShown();
  cy.one('render', () => {
    stats.readyMs = Math.round(performance.now());
    document.body.dataset.ready = 'true';
  });
  window.explorer = { cy, model, state, stats, select, setView, applyFilters };
})();
