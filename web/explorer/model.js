// The graph of graph.json, indexed for the explorer: who holds which office,
// who took part in which meeting, who said what, each node's country and
// each edge's date, and a search over names, aliases and offices.
'use strict';

const GraphModel = (() => {
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

  // Lower case without accents: "Müller" is found as "muller".
  function fold(text) {
    return String(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }

  function push(map, key, value) {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(value);
  }

  // A node's country: itself, its "country" attribute, the country in an
  // office's id (office:JP:finance-minister), or what it is affiliated with.
  function countryOf(node, nodes, edgesFrom) {
    if (node.type === 'country') return node.id;
    const attribute = node.attributes && node.attributes.country;
    if (attribute) return attribute;
    const office = /^office:([A-Z]{2}):/.exec(node.id);
    if (office) return 'country:' + office[1];
    for (const edge of edgesFrom.get(node.id) || []) {
      if ((edge.type === 'affiliated_with' || edge.type === 'office_of') && edge.target.startsWith('country:')) {
        return edge.target;
      }
    }
    return '';
  }

  // When an edge happened: its meeting's ISO date, else the earliest date of
  // the articles that support it, else '' (undated).
  function edgeDate(edge, meetings, docs) {
    const meeting = edge.attributes && meetings.get(edge.attributes.meeting);
    if (meeting && meeting.date && ISO_DATE.test(meeting.date)) return meeting.date;
    let earliest = '';
    for (const span of edge.evidence) {
      const doc = docs.get(span.doc);
      const date = doc && doc.date && ISO_DATE.test(doc.date) ? doc.date : '';
      if (date && (!earliest || date < earliest)) earliest = date;
    }
    return earliest;
  }

  function indexEdges(model) {
    for (const edge of model.edges) {
      push(model.edgesFrom, edge.source, edge);
      push(model.edgesTo, edge.target, edge);
      edge.date = edgeDate(edge, model.meetings, model.docs);
    }
    for (const meeting of model.meetings.values()) {
      for (const id of new Set(meeting.participants)) push(model.meetingsOf, id, meeting);
    }
    for (const statement of model.statements.values()) {
      push(model.statementsBy, statement.speaker, statement);
      for (const id of new Set(statement.about)) push(model.statementsAbout, id, statement);
    }
  }

  // Search keys of a node: its label, its aliases and, for a person, the
  // offices it holds. Each with a rank: lower is a better match.
  function searchKeys(node, model) {
    const keys = [{ text: fold(node.label), rank: 0 }];
    for (const alias of node.aliases || []) keys.push({ text: fold(alias), rank: 2 });
    for (const edge of model.edgesFrom.get(node.id) || []) {
      if (edge.type !== 'holds_office') continue;
      const office = model.nodes.get(edge.target);
      if (office) keys.push({ text: fold(office.label), rank: 4 });
    }
    return keys;
  }

  // One drawn line per type and pair of nodes (a `met` line either way
  // round): twenty meetings of two people are one thick line, not twenty.
  function buildLines(model) {
    const lines = new Map();
    for (const edge of model.edges) {
      if (!model.nodes.has(edge.source) || !model.nodes.has(edge.target)) continue;
      const swap = edge.type === 'met' && edge.target < edge.source;
      const [source, target] = swap ? [edge.target, edge.source] : [edge.source, edge.target];
      const key = `${edge.type} ${source} ${target}`;
      if (!lines.has(key)) lines.set(key, { id: 'line:' + lines.size, type: edge.type, source, target, edges: [] });
      lines.get(key).edges.push(edge);
    }
    return [...lines.values()];
  }

  function build(graph) {
    const model = {
      docs: new Map(graph.documents.map((d) => [d.id, d])),
      nodes: new Map(graph.nodes.map((n) => [n.id, n])),
      edges: graph.edges,
      meetings: new Map(graph.meetings.map((m) => [m.id, m])),
      statements: new Map(graph.statements.map((s) => [s.id, s])),
      edgesFrom: new Map(),
      edgesTo: new Map(),
      meetingsOf: new Map(),
      statementsBy: new Map(),
      statementsAbout: new Map(),
      country: new Map(),
      keys: new Map(),
    };
    indexEdges(model);
    model.lines = buildLines(model);
    for (const node of graph.nodes) {
      model.country.set(node.id, countryOf(node, model.nodes, model.edgesFrom));
      model.keys.set(node.id, searchKeys(node, model));
    }
    return model;
  }

  // How well `query` (folded) matches a node: 0 best; Infinity no match.
  function score(keys, query) {
    let best = Infinity;
    for (const { text, rank } of keys) {
      if (text === query) best = Math.min(best, rank);
      else if (text.startsWith(query) || text.includes(' ' + query)) best = Math.min(best, rank + 1);
      else if (text.includes(query)) best = Math.min(best, rank + 1.5);
    }
    return best;
  }

  // The nodes matching `query` in name, alias or office, best first: people
  // before other nodes, then the better match, then more meetings.
  function search(model, query, limit = 20) {
    const folded = fold(query).trim();
    if (!folded) return [];
    const found = [];
    for (const node of model.nodes.values()) {
      const s = score(model.keys.get(node.id), folded);
      // People first: a search for an office is a search for who holds it.
      if (s !== Infinity) found.push({ node, score: s + (node.type === 'person' ? 0 : 10) });
    }
    const meetings = (node) => (model.meetingsOf.get(node.id) || []).length;
    found.sort((a, b) => a.score - b.score || meetings(b.node) - meetings(a.node) ||
      (a.node.label < b.node.label ? -1 : a.node.label > b.node.label ? 1 : 0));
    return found.slice(0, limit).map((f) => f.node);
  }

  function label(model, id) {
    const node = model.nodes.get(id);
    if (node) return node.label;
    return id ? id.replace(/^[a-z]+:/, '') : '';
  }

  return { build, search, label, fold, ISO_DATE };
})();
