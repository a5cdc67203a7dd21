// Drives headless Chromium (Debian's) through an explorer page for
// test_explorer*.py: node explorer_browser.mjs SOURCE_DIR PLAN.json.
// The plan is {"page": path, "steps": [...]}; each step does what a reader
// would (type, click, tick a box) and reports what the page then shows. The
// report (JSON on stdout) is judged by the Python test. Every request the
// page makes is recorded and refused unless it is the page file itself.
import path from 'node:path';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const [source, planPath] = process.argv.slice(2);
const plan = JSON.parse(fs.readFileSync(planPath, 'utf8'));
const { chromium } = await import(pathToFileURL(path.join(source, 'web/explorer/node_modules/playwright-core/index.mjs')));

// Lets the page finish what the last action started (a new view is drawn
// after a pause) and Cytoscape draw it (it draws on animation frames).
async function settle(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

// What the page shows now: the visible nodes, the graph edges behind the
// visible lines (one line stands for every edge of a pair), the selection
// (a line's edges) and the details panel.
async function shown(page) {
  await settle(page);
  return page.evaluate(() => {
    const { cy, state } = window.explorer;
    const lines = new Set(cy.edges(':visible').map((e) => e.id()));
    const edgesOf = (id) => (state.passing.get(id) || []).map((e) => e.id);
    return {
      nodes: cy.nodes(':visible').map((n) => n.id()),
      edges: [...state.passing.keys()].filter((id) => lines.has(id)).flatMap(edgesOf),
      lines: lines.size,
      selected: cy.$(':selected').map((e) => (e.isEdge() ? edgesOf(e.id()) : [e.id()])).flat(),
      details: document.getElementById('details').innerText,
      title: (document.querySelector('#details h2') || {}).innerText || '',
    };
  });
}

// For each node id: drawn inside the graph's box, and the pixel at its centre
// in the canvas has the node's own colour.
async function drawn(page, ids) {
  await settle(page);
  return page.evaluate((wanted) => {
    const { cy } = window.explorer;
    const box = document.getElementById('graph').getBoundingClientRect();
    const canvases = [...document.querySelectorAll('#graph canvas')].reverse();
    const ratio = window.devicePixelRatio || 1;
    const colourAt = (x, y) => {
      for (const canvas of canvases) {
        const [r, g, b, a] = canvas.getContext('2d').getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
        if (a > 0) return [r, g, b];
      }
      return null;
    };
    const probe = document.createElement('span');
    document.body.append(probe);
    const rgb = (css) => {
      probe.style.color = css;
      return getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number);
    };
    const report = {};
    for (const id of wanted) {
      const node = cy.getElementById(id);
      if (node.empty()) { report[id] = { exists: false }; continue; }
      const p = node.renderedPosition();
      const inside = p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
      const pixel = inside ? colourAt(p.x, p.y) : null;
      const own = rgb(node.data('colour'));
      const painted = !!pixel && pixel.every((v, i) => Math.abs(v - own[i]) <= 12);
      report[id] = { exists: true, visible: node.visible(), inside, painted, size: node.renderedWidth() };
    }
    probe.remove();
    return report;
  }, ids);
}

async function clickEdge(page, id) {
  // Bring the edge into view the way a reader would zoom to it, then click its middle.
  const point = await page.evaluate((edgeId) => {
    const { cy } = window.explorer;
    const edge = cy.getElementById(window.explorer.lineOf(edgeId).id);
    cy.fit(edge.union(edge.connectedNodes()), 120);
    const mid = edge.renderedMidpoint();
    const box = document.getElementById('graph').getBoundingClientRect();
    return { x: box.left + mid.x, y: box.top + mid.y };
  }, id);
  await settle(page);
  await page.mouse.click(point.x, point.y);
}

const steps = {
  async shown(page) { return shown(page); },
  async drawn(page, step) { return drawn(page, step.ids); },
  async search(page, step) {
    await page.fill('#search', '');
    await page.type('#search', step.query);
    const results = await page.$$eval('#search-results .result', (items) => items.map((b) => b.dataset.node));
    await page.press('#search', 'Enter');
    await settle(page);
    const centre = await page.evaluate(() => {
      const { cy } = window.explorer;
      const node = cy.$('node:selected');
      const box = document.getElementById('graph').getBoundingClientRect();
      if (node.empty()) return null;
      const p = node.renderedPosition();
      return Math.hypot(p.x - box.width / 2, p.y - box.height / 2);
    });
    return { results, offCentre: centre, ...(await shown(page)) };
  },
  async clickEdge(page, step) {
    await clickEdge(page, step.id);
    return shown(page);
  },
  async clickNodeLink(page, step) {
    await page.click(`#details .node-link[data-node="${step.id}"]`);
    return shown(page);
  },
  async view(page, step) {
    await page.check(`input[name="view"][value="${step.value}"]`);
    return shown(page);
  },
  async status(page, step) {
    await page.setChecked(`#status input[value="${step.value}"]`, step.checked);
    return shown(page);
  },
  async dates(page, step) {
    await page.fill('#date-from', step.from || '');
    await page.fill('#date-to', step.to || '');
    await page.setChecked('#undated', step.undated !== false);
    return shown(page);
  },
  async countries(page, step) {
    await page.click('#countries-none');
    for (const id of step.ids) await page.check(`#country-list input[value="${id}"]`);
    return shown(page);
  },
  async reset(page) {
    await page.click('#countries-all');
    await page.fill('#date-from', '');
    await page.fill('#date-to', '');
    await page.setChecked('#undated', true);
    for (const s of ['held', 'planned', 'cancelled']) await page.setChecked(`#status input[value="${s}"]`, true);
    return shown(page);
  },
  async fit(page) {
    await page.click('#fit');
    return shown(page);
  },
  async legend(page) {
    return page.$eval('#legend', (legend) => legend.innerText);
  },
  async screenshot(page, step) {
    await page.setViewportSize({ width: step.width || 1500, height: step.height || 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: step.path });
    return step.path;
  },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  // playwright gives the browser a new empty profile (--user-data-dir) of its own.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const report = { requests: [], errors: [], steps: [], stepMs: [] };
try {
  const context = await browser.newContext({ viewport: { width: plan.width || 1400, height: plan.height || 900 } });
  const pageUrl = pathToFileURL(path.resolve(plan.page)).href;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    report.requests.push(url);
    return url === pageUrl ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => report.errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') report.errors.push(msg.text()); });
  // The renderer's CPU time: on a machine shared with other work the wall
  // clock says more about the others than about the page.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const started = Date.now();
  await page.goto(pageUrl);
  await page.waitForSelector('body[data-ready="true"]', { timeout: plan.timeoutMs || 30000 });
  report.readyWallMs = Date.now() - started;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => Math.round(1000 * (metrics.find((m) => m.name === name) || { value: NaN }).value);
  report.readyCpuMs = { mainThread: metric('ThreadTime'), renderer: metric('ProcessTime') };
  report.stats = await page.evaluate(() => window.explorer.stats);
  report.pwned = await page.evaluate(() => window.pwned === undefined ? null : window.pwned);
  report.stepMs = [];
  for (const step of plan.steps) {
    const begun = Date.now();
    report.steps.push(await steps[step.do](page, step));
    report.stepMs.push(Date.now() - begun);
  }
  report.pwned = report.pwned ?? await page.evaluate(() => window.pwned === undefined ? null : window.pwned);
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report));
