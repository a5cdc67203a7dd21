// The details panel: what the graph knows about a clicked node or edge, each
// fact with the articles it comes from. Text from articles only ever goes in
// through textContent, never as HTML.
'use strict';

const Details = (() => {
  const LIST_LIMIT = 100;
  const EDGE_WORDS = {
    met: 'met', statement: 'spoke about', holds_office: 'holds the office', office_of: 'is an office of',
    affiliated_with: 'acts for',
  };

  const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // "Title · 2025-03-12 · https://… · bytes 10–80" for one evidence span.
  function articleLine(model, span) {
    const doc = model.docs.get(span.doc) || { id: span.doc };
    const line = el('div', 'article');
    line.append(el('span', 'article-title', doc.title || doc.id));
    line.append(el('span', 'article-date', doc.date || 'undated'));
    if (doc.source && /^https?:\/\//i.test(doc.source)) {
      const link = el('a', 'article-url', doc.source);
      link.href = doc.source;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      line.append(link);
    } else if (doc.source) {
      line.append(el('span', 'article-source', doc.source));
    }
    line.append(el('span', 'article-bytes', `bytes ${span.start}–${span.end}`));
    return line;
  }

  function evidenceList(model, spans) {
    const box = el('div', 'evidence');
    for (const span of spans.slice(0, LIST_LIMIT)) box.append(articleLine(model, span));
    if (spans.length > LIST_LIMIT) box.append(el('div', 'more', `… and ${spans.length - LIST_LIMIT} more`));
    return box;
  }

  // A name that selects its node when clicked.
  function nodeLink(model, id, onSelect) {
    const button = el('button', 'node-link', GraphModel.label(model, id));
    button.type = 'button';
    button.dataset.node = id;
    button.addEventListener('click', () => onSelect(id));
    return button;
  }

  function section(title, items) {
    const part = el('section', 'facts');
    part.append(el('h3', null, `${title} (${items.length})`));
    const list = el('ul');
    for (const item of items.slice(0, LIST_LIMIT)) list.append(item);
    if (items.length > LIST_LIMIT) list.append(el('li', 'more', `… and ${items.length - LIST_LIMIT} more`));
    part.append(list);
    return part;
  }

  function meetingItem(model, meeting, self, onSelect) {
    const item = el('li', 'meeting status-' + meeting.status);
    const head = el('div');
    head.append(el('span', 'badge', meeting.status), ' ');
    if (meeting.date) head.append(el('span', 'date', meeting.date), ' ');
    if (meeting.mode === 'call') head.append(el('span', 'mode', 'by phone or video'), ' ');
    head.append('with ');
    const others = meeting.participants.filter((id) => id !== self);
    others.forEach((id, i) => head.append(i ? ', ' : '', nodeLink(model, id, onSelect)));
    if (meeting.location) head.append(' in ', nodeLink(model, meeting.location, onSelect));
    item.append(head, evidenceList(model, meeting.evidence));
    return item;
  }

  function statementItem(model, statement, showSpeaker, onSelect) {
    const item = el('li', 'statement');
    const head = el('div');
    if (showSpeaker) head.append(nodeLink(model, statement.speaker, onSelect), ': ');
    head.append(el('q', 'statement-text', statement.text));
    if (statement.about.length) {
      head.append(' — about ');
      statement.about.forEach((id, i) => head.append(i ? ', ' : '', nodeLink(model, id, onSelect)));
    }
    item.append(head, evidenceList(model, statement.evidence));
    return item;
  }

  function edgeItems(model, edges, end, onSelect) {
    return edges.map((edge) => {
      const item = el('li');
      item.append(nodeLink(model, edge[end], onSelect), evidenceList(model, edge.evidence));
      return item;
    });
  }

  function showNode(panel, model, id, onSelect) {
    const node = model.nodes.get(id);
    const from = model.edgesFrom.get(id) || [];
    const to = model.edgesTo.get(id) || [];
    panel.replaceChildren();
    panel.append(el('h2', 'title', node.label));
    const country = model.country.get(id);
    const kind = el('p', 'kind', node.type + (country && country !== id ? ' · ' + GraphModel.label(model, country) : ''));
    panel.append(kind);
    if (node.aliases && node.aliases.length) panel.append(el('p', 'aliases', 'Also: ' + node.aliases.join(', ')));
    const docs = new Set(node.mentions.map((m) => m.doc));
    panel.append(el('p', 'mentions', `${plural(node.mentions.length, 'mention')} in ${plural(docs.size, 'article')}`));
    const holds = from.filter((e) => e.type === 'holds_office');
    if (holds.length) panel.append(section('Offices', edgeItems(model, holds, 'target', onSelect)));
    const holders = to.filter((e) => e.type === 'holds_office');
    if (holders.length) panel.append(section('Held by', edgeItems(model, holders, 'source', onSelect)));
    const affiliations = from.filter((e) => e.type === 'affiliated_with' || e.type === 'office_of');
    if (affiliations.length) panel.append(section('Affiliations', edgeItems(model, affiliations, 'target', onSelect)));
    const meetings = model.meetingsOf.get(id) || [];
    panel.append(section('Meetings', meetings.map((m) => meetingItem(model, m, id, onSelect))));
    const said = model.statementsBy.get(id) || [];
    panel.append(section('Statements', said.map((s) => statementItem(model, s, false, onSelect))));
    const about = model.statementsAbout.get(id) || [];
    if (about.length) panel.append(section('Said about', about.map((s) => statementItem(model, s, true, onSelect))));
  }

  // One edge's facts and evidence: its meeting or statement, the sentence, the articles.
  function edgeEvidence(model, edge) {
    const box = el('section', 'edge-evidence');
    const attributes = edge.attributes || {};
    const meeting = model.meetings.get(attributes.meeting);
    if (meeting) {
      const mode = { call: 'by phone or video', in_person: 'in person' }[meeting.mode];
      const facts = [meeting.date, mode, meeting.location ? 'in ' + GraphModel.label(model, meeting.location) : ''];
      const head = el('p', 'kind status-' + meeting.status);
      head.append(el('span', 'badge', meeting.status), ' ' + facts.filter(Boolean).join(' · '));
      box.append(head);
    }
    const statement = model.statements.get(attributes.statement);
    if (statement) box.append(el('p', 'kind', `${statement.kind} statement: “${statement.text}”`));
    if (attributes.evidence_text) box.append(el('blockquote', 'evidence-sentence', attributes.evidence_text));
    const spans = edge.evidence.length ? edge.evidence : (meeting || statement || { evidence: [] }).evidence;
    box.append(el('p', 'note', spans.length === 1 ? 'In the article:'
      : `In ${spans.length} passages (the sentence above is from one of them):`));
    box.append(evidenceList(model, spans));
    return box;
  }

  // A drawn line: every edge behind it that the filters let through.
  function showLine(panel, model, line, edges, onSelect) {
    panel.replaceChildren();
    const title = el('h2', 'title');
    title.append(nodeLink(model, line.source, onSelect), ` ${EDGE_WORDS[line.type] || line.type} `,
      nodeLink(model, line.target, onSelect));
    panel.append(title);
    const what = line.type === 'met' ? 'meeting' : line.type === 'statement' ? 'statement' : 'record';
    panel.append(el('h3', null, `Evidence: ${plural(edges.length, what)}`));
    for (const edge of edges.slice(0, LIST_LIMIT)) panel.append(edgeEvidence(model, edge));
    if (edges.length > LIST_LIMIT) panel.append(el('p', 'more', `… and ${edges.length - LIST_LIMIT} more`));
  }

  return { showNode, showLine, el };
})();
