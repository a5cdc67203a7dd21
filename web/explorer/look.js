// How the explorer draws the graph: colours by country, shapes by type, line
// widths by how many edges a line stands for, and the Cytoscape.js style.
'use strict';

const ExplorerLook = (() => {
  // The most frequent countries get these colours, the others a muted shade
  // of their own (from their id), nodes without a country light grey.
  const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
    '#9c755f', '#8cd17d', '#499894', '#d37295'];
  const NO_COUNTRY = '#d9d9d9';
  const SHAPES = { person: 'ellipse', country: 'hexagon', office: 'round-tag', organization: 'round-rectangle',
    location: 'diamond' };
  const STATUSES = ['held', 'planned', 'cancelled'];

  function hashHue(text) {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
    return h % 360;
  }

  // The countries as [id, node count] from the most nodes to the fewest
  // ('' for no country), and the colour of each.
  function countryColours(model) {
    const counts = new Map();
    for (const id of model.nodes.keys()) {
      const c = model.country.get(id);
      counts.set(c, (counts.get(c) || 0) + 1);
    }
    const countries = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const colours = new Map();
    countries.filter(([c]) => c).forEach(([c], i) => {
      colours.set(c, i < PALETTE.length ? PALETTE[i] : `hsl(${hashHue(c)}, 35%, 60%)`);
    });
    return { countries, colours };
  }

  // A node's size grows with its meetings.
  const nodeSize = (meetings) => Math.min(80, 18 + 10 * Math.sqrt(meetings));

  // A line is thicker the more meetings (or statements) it stands for.
  function lineWidth(type, count) {
    const base = type === 'met' ? 2.5 : type === 'statement' ? 1.5 : 1.2;
    return Math.min(12, base + 1.5 * Math.log2(count));
  }

  // A met line is drawn held if one of its meetings was, else planned, else cancelled.
  function lineStatus(edges) {
    const statuses = new Set(edges.map((e) => e.attributes && e.attributes.status));
    return STATUSES.find((s) => statuses.has(s)) || '';
  }

  // With `large`, lines are straight "haystack" lines (much faster to draw;
  // no arrow heads) and labels appear only when zoomed in enough to read.
  function styles(large) {
    const shapes = Object.entries(SHAPES).map(([type, shape]) => ({ selector: 'node.' + type, style: { shape } }));
    return [
      { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-size': 11, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3,
        'min-zoomed-font-size': large ? 9 : 6, 'border-width': 1, 'border-color': '#555' } },
      ...shapes,
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#a8a8a8',
        'curve-style': large ? 'haystack' : 'bezier' } },
      { selector: 'edge.met', style: { 'line-color': '#c0392b' } },
      { selector: 'edge.status-planned', style: { 'line-style': 'dashed' } },
      { selector: 'edge.status-cancelled', style: { 'line-style': 'dotted', 'line-color': '#e39a93' } },
      { selector: 'edge.statement', style: { 'line-color': '#2e6db4', 'line-style': 'dashed',
        'target-arrow-shape': large ? 'none' : 'triangle', 'target-arrow-color': '#2e6db4' } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#f5b301' } },
      { selector: 'edge:selected', style: { width: 6, 'line-color': '#f5b301', 'target-arrow-color': '#f5b301' } },
      { selector: '.hidden', style: { display: 'none' } },
    ];
  }

  return { NO_COUNTRY, SHAPES, STATUSES, countryColours, nodeSize, lineWidth, lineStatus, styles };
})();
