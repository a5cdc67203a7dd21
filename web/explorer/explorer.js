// The explorer page: the graph drawn by Cytoscape.js from the graph.json data
// embedded in the page, a search, two views, filters and a legend. The side
// panel is filled by details.js, positions come from layout.js, colours and
// styles from look.js, the left column from controls.js.
'use strict';

(() => {
  // Past this many lines the drawing is simplified (see ExplorerLook.styles).
  const LARGE = 2000;
  const { STATUSES } = ExplorerLook;

  const $ = (id) => document.getElementById(id);
  // Milliseconds since the page began to load, at each step of the start.
  const phases = {};
  const mark = (name) => { phases[name] = Math.round(performance.now()); };
  mark('script');
  const graph = JSON.parse($('graph-data').textContent);
  mark('parsed');
  const model = GraphModel.build(graph);
  mark('indexed');
  const lineById = new Map(model.lines.map((line) => [line.id, line]));
  const stats = { nodes: graph.nodes.length, edges: graph.edges.length, lines: model.lines.length, layoutMs: {}, phases };
  const { countries, colours } = ExplorerLook.countryColours(model);
  const large = model.lines.length > LARGE;

  const isPerson = (id) => (model.nodes.get(id) || {}).type === 'person';
  const meetingLine = (line) => line.type === 'met' && isPerson(line.source) && isPerson(line.target);
  const hasMeetings = model.lines.some(meetingLine);
  const state = { view: hasMeetings ? 'meetings' : 'everything', statuses: new Set(STATUSES), from: '', to: '',
    undated: true, hiddenCountries: new Set(), passing: new Map() };  // passing: line id -> its edges that pass

  const nodePasses = (id) => !state.hiddenCountries.has(model.country.get(id));
  const edgeFilterActive = () => state.statuses.size < STATUSES.length || state.from || state.to || !state.undated;

  function edgePasses(edge) {
    const status = edge.attributes && edge.attributes.status;
    if (edge.type === 'met' && status && !state.statuses.has(status)) return false;
    if (!edge.date) return state.undated;
    return (!state.from || edge.date >= state.from) && (!state.to || edge.date <= state.to);
  }

  // The nodes and lines of a view: "meetings", people and the lines of their
  // meetings; "everything", all of them.
  function viewContent(view) {
    const lines = view === 'everything' ? model.lines : model.lines.filter(meetingLine);
    const ids = view === 'everything' ? [...model.nodes.keys()]
      : [...new Set(lines.flatMap((line) => [line.source, line.target]))].sort();
    return { ids, lines };
  }

  // The Cytoscape elements of a view, laid out (layout.js) when first shown.
  function viewElements(view) {
    const started = performance.now();
    const { ids, lines } = viewContent(view);
    const index = new Map(ids.map((id, i) => [id, i]));
    const placed = ForceLayout.run(ids.length, lines.map((line) => [index.get(line.source), index.get(line.target)]));
    stats.layoutMs[view] = Math.round(performance.now() - started);
    const nodes = ids.map((id, i) => {
      const node = model.nodes.get(id);
      const meetings = (model.meetingsOf.get(id) || []).length;
      const data = { id, label: node.label, colour: colours.get(model.country.get(id)) || ExplorerLook.NO_COUNTRY,
        size: ExplorerLook.nodeSize(meetings) };
      return { group: 'nodes', data, position: placed[i], classes: node.type };
    });
    const edges = lines.map((line) => ({
      group: 'edges',
      data: { id: line.id, source: line.source, target: line.target, count: line.edges.length,
        width: ExplorerLook.lineWidth(line.type, line.edges.length) },
      classes: line.type === 'met' ? `met status-${ExplorerLook.lineStatus(line.edges)}` : line.type,
    }));
    return nodes.concat(edges);
  }

  const cy = cytoscape({
    container: $('graph'),
    style: ExplorerLook.styles(large),
    minZoom: 0.02,
    maxZoom: 5,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
  });
  const parked = {};  // view -> its elements, taken out of the graph while another view is shown

  function showView(view) {
    if (cy.elements().nonempty()) parked[state.view] = cy.elements().remove();
    state.view = view;
    if (parked[view]) parked[view].restore();
    else cy.add(viewElements(view));
  }

  // Shows what passes the filters: a line while one of its edges does; a node
  // while one of its lines does or, in "everything" with no line filter, when
  // it passes on its own. Only what changes is touched: a large graph has
  // thousands of elements.
  function applyFilters() {
    const ends = new Set();
    state.passing = new Map();
    cy.edges().forEach((e) => {
      const line = lineById.get(e.id());
      if (!nodePasses(line.source) || !nodePasses(line.target)) return;
      const edges = line.edges.filter(edgePasses);
      if (!edges.length) return;
      state.passing.set(line.id, edges);
      ends.add(line.source);
      ends.add(line.target);
    });
    const alone = state.view === 'everything' && !edgeFilterActive();
    let nodes = 0;
    let edges = 0;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const show = nodePasses(n.id()) && (alone || ends.has(n.id()));
        if (show === n.hasClass('hidden')) n.toggleClass('hidden', !show);
        if (show) nodes++;
      });
      cy.edges().forEach((e) => {
        const line = lineById.get(e.id());
        const passing = state.passing.get(line.id);
        if (!passing === !e.hasClass('hidden')) e.toggleClass('hidden', !passing);
        if (!passing) return;
        edges += passing.length;
        if (e.data('count') !== passing.length) {
          e.data({ count: passing.length, width: ExplorerLook.lineWidth(line.type, passing.length) });
        }
        const status = line.type === 'met' ? ExplorerLook.lineStatus(passing) : '';
        if (status && !e.hasClass('status-' + status)) {
          for (const s of STATUSES) e.toggleClass('status-' + s, s === status);
        }
      });
    });
    $('shown').textContent = `Showing ${nodes} of ${graph.nodes.length} nodes and ${state.passing.size} lines ` +
      `(${edges} of ${graph.edges.length} edges).`;
  }

  // Zooms to the nodes shown. From their positions and sizes: cy.fit would
  // first measure every label, which takes seconds in a large graph.
  function fitShown() {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    cy.nodes().forEach((n) => {
      if (n.hasClass('hidden')) return;
      const { x, y } = n.position();
      const r = n.data('size') / 2;
      minX = Math.min(minX, x - r); maxX = Math.max(maxX, x + r);
      minY = Math.min(minY, y - r); maxY = Math.max(maxY, y + r + 16);  // the label below
    });
    if (minX === Infinity) return;
    const padding = 30;
    const zoom = Math.min(cy.maxZoom(), 2, Math.max(cy.minZoom(), Math.min(
      (cy.width() - 2 * padding) / (maxX - minX || 1), (cy.height() - 2 * padding) / (maxY - minY || 1))));
    cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (minX + maxX)) / 2, y: (cy.height() - zoom * (minY + maxY)) / 2 } });
  }

  // Switches the view, then calls `then`. A view not drawn before may take
  // seconds in a large graph: the page says so first, and body[data-ready]
  // is "false" until the new view is drawn.
  function setView(view, then = () => {}) {
    if (view === state.view) {
      then();
      return;
    }
    document.body.dataset.ready = 'false';
    document.querySelector(`input[name="view"][value="${view}"]`).checked = true;
    $('shown').textContent = parked[view] ? 'Drawing…' : 'Laying out and drawing…';
    setTimeout(() => {  // after the browser has shown the message
      clearSelection();
      showView(view);
      applyFilters();
      fitShown();
      cy.one('render', () => { document.body.dataset.ready = 'true'; });
      cy.forceRender();  // a frame even when the new view is empty
      then();
    }, 30);
  }

  function clearSelection() {
    cy.batch(() => {
      cy.elements().unselect();
      cy.elements('.faded').removeClass('faded');
    });
    $('details').replaceChildren(Details.el('p', 'hint', 'Click a node or a line to see what the articles say.'));
  }

  // Fades all but `elements` (not in a large graph: it would restyle every element).
  function highlight(elements) {
    cy.batch(() => {
      cy.elements().unselect();
      if (large) return;
      cy.elements().addClass('faded');
      elements.removeClass('faded');
    });
  }

  // Selects a node, shows its details and, with `centre`, brings it to the middle.
  function select(id, centre = true) {
    if (!model.nodes.has(id)) return;
    if (cy.getElementById(id).empty()) {
      setView('everything', () => select(id, centre));
      return;
    }
    const node = cy.getElementById(id);
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

  function selectLine(edge) {
    highlight(edge.union(edge.connectedNodes()));
    edge.select();
    const line = lineById.get(edge.id());
    Details.showLine($('details'), model, line, state.passing.get(line.id) || line.edges, select);
  }

  showView(state.view);
  mark('laid out');
  $('fit').addEventListener('click', fitShown);
  cy.on('tap', 'node', (event) => select(event.target.id(), false));
  cy.on('tap', 'edge', (event) => selectLine(event.target));
  cy.on('tap', (event) => { if (event.target === cy) clearSelection(); });
  ExplorerControls.init({ model, state, countries, colours, applyFilters, setView, select });
  clearSelection();
  applyFilters();
  fitShown();
  mark('filtered');
  cy.one('render', () => {
    mark('drawn');
    stats.readyMs = phases.drawn;
    document.body.dataset.ready = 'true';
  });
  // For a reader's console and the tests.
  const lineOf = (edgeId) => model.lines.find((line) => line.edges.some((e) => e.id === edgeId));
  window.explorer = { cy, model, state, stats, select, setView, applyFilters, lineOf };
})();
