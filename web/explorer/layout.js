// A force-directed layout with a bounded cost, for graphs of thousands of nodes.
//
// Each connected component is laid out on its own (Fruchterman-Reingold with
// the grid variant of the repulsion: a node is pushed only by the nodes in the
// 3x3 cells around it, so an iteration costs about O(nodes + edges) rather
// than O(nodes^2)), then the components are packed in rows, the largest
// first. Start positions come from the node order (a sunflower spiral, hubs
// in the middle), so the same graph is drawn the same way every time.
'use strict';

const ForceLayout = (() => {
  const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

  // Connected components as lists of node indexes, the largest first.
  function components(count, links) {
    const parent = Array.from({ length: count }, (_, i) => i);
    const find = (i) => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]];
      return i;
    };
    for (const [a, b] of links) parent[find(a)] = find(b);
    const groups = new Map();
    for (let i = 0; i < count; i++) {
      const root = find(i);
      if (!groups.has(root)) groups.set(root, []);
      groups.get(root).push(i);
    }
    return [...groups.values()].sort((x, y) => y.length - x.length || x[0] - y[0]);
  }

  // Fruchterman-Reingold on one component; `xs`, `ys` hold its positions.
  function relax(members, links, spacing, iterations) {
    const n = members.length;
    const local = new Map(members.map((node, i) => [node, i]));
    const degree = new Float64Array(n);
    const pairs = [];
    for (const [a, b] of links) {
      if (!local.has(a) || a === b) continue;
      pairs.push([local.get(a), local.get(b)]);
      degree[local.get(a)]++;
      degree[local.get(b)]++;
    }
    // Hubs first on the spiral: they end up in the middle.
    const order = [...Array(n).keys()].sort((i, j) => degree[j] - degree[i] || i - j);
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    order.forEach((node, rank) => {
      const radius = spacing * 0.6 * Math.sqrt(rank + 0.5);
      xs[node] = radius * Math.cos(rank * GOLDEN_ANGLE);
      ys[node] = radius * Math.sin(rank * GOLDEN_ANGLE);
    });
    if (n < 3) return { xs, ys };
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    let temperature = spacing * Math.sqrt(n) * 0.25;
    const cooling = temperature / (iterations + 1);
    for (let step = 0; step < iterations; step++) {
      dx.fill(0);
      dy.fill(0);
      repel(xs, ys, dx, dy, spacing);
      attract(xs, ys, dx, dy, pairs, spacing);
      for (let i = 0; i < n; i++) {
        // A weak pull to the centre keeps loosely tied parts together.
        dx[i] -= xs[i] * 0.01;
        dy[i] -= ys[i] * 0.01;
        const length = Math.hypot(dx[i], dy[i]) || 1;
        const move = Math.min(length, temperature);
        xs[i] += (dx[i] / length) * move;
        ys[i] += (dy[i] / length) * move;
      }
      temperature -= cooling;
    }
    return { xs, ys };
  }

  // Repulsion k^2/d from the nodes closer than 2k, found through a grid of 2k cells.
  function repel(xs, ys, dx, dy, k) {
    const cell = 2 * k;
    const grid = new Map();
    const key = (cx, cy) => cx * 1048576 + cy;
    for (let i = 0; i < xs.length; i++) {
      const id = key(Math.floor(xs[i] / cell), Math.floor(ys[i] / cell));
      if (!grid.has(id)) grid.set(id, []);
      grid.get(id).push(i);
    }
    const k2 = k * k;
    for (let i = 0; i < xs.length; i++) {
      const cx = Math.floor(xs[i] / cell);
      const cy = Math.floor(ys[i] / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          const bucket = grid.get(key(gx, gy));
          if (bucket) pushAway(i, bucket, xs, ys, dx, dy, k2, cell);
        }
      }
    }
  }

  function pushAway(i, bucket, xs, ys, dx, dy, k2, reach) {
    for (const j of bucket) {
      if (j === i) continue;
      let ox = xs[i] - xs[j];
      let oy = ys[i] - ys[j];
      let d2 = ox * ox + oy * oy;
      if (d2 === 0) {  // two nodes on one spot: part them by their order
        ox = i < j ? 0.1 : -0.1;
        oy = 0.1;
        d2 = 0.02;
      }
      if (d2 > reach * reach) continue;
      const force = k2 / d2;  // (k^2 / d) along the unit vector (o / d)
      dx[i] += ox * force;
      dy[i] += oy * force;
    }
  }

  // Attraction d^2/k along every edge.
  function attract(xs, ys, dx, dy, pairs, k) {
    for (const [a, b] of pairs) {
      const ox = xs[a] - xs[b];
      const oy = ys[a] - ys[b];
      const d = Math.hypot(ox, oy) || 0.01;
      const force = d / k;  // (d^2 / k) along the unit vector (o / d)
      dx[a] -= ox * force;
      dy[a] -= oy * force;
      dx[b] += ox * force;
      dy[b] += oy * force;
    }
  }

  // Places laid-out components in rows about as wide as the largest is
  // tall times `aspect`; returns one {x, y} per node.
  function pack(count, parts, spacing, aspect) {
    const boxes = parts.map(({ members, xs, ys }) => {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (let i = 0; i < members.length; i++) {
        minX = Math.min(minX, xs[i]); maxX = Math.max(maxX, xs[i]);
        minY = Math.min(minY, ys[i]); maxY = Math.max(maxY, ys[i]);
      }
      return { minX, minY, width: maxX - minX + spacing, height: maxY - minY + spacing };
    });
    const area = boxes.reduce((sum, b) => sum + b.width * b.height, 0);
    const rowWidth = Math.max(boxes.length ? boxes[0].width : 0, Math.sqrt(area * aspect));
    const positions = new Array(count);
    let x = 0, y = 0, rowHeight = 0;
    parts.forEach(({ members, xs, ys }, p) => {
      const box = boxes[p];
      if (x > 0 && x + box.width > rowWidth) {
        x = 0;
        y += rowHeight;
        rowHeight = 0;
      }
      members.forEach((node, i) => {
        positions[node] = { x: x + xs[i] - box.minX, y: y + ys[i] - box.minY };
      });
      x += box.width;
      rowHeight = Math.max(rowHeight, box.height);
    });
    return positions;
  }

  // `count` nodes (0..count-1) and `links` ([a, b] pairs); returns positions.
  // The work is bounded: at most `budget` node-moves over all components.
  function run(count, links, { spacing = 90, aspect = 1.5, budget = 150000 } = {}) {
    const groups = components(count, links);
    const partOf = new Int32Array(count);
    groups.forEach((members, p) => members.forEach((node) => { partOf[node] = p; }));
    const linksOf = groups.map(() => []);
    for (const link of links) linksOf[partOf[link[0]]].push(link);
    const iterations = Math.max(40, Math.min(300, Math.floor(budget / Math.max(count, 1))));
    const parts = groups.map((members, p) => {
      const { xs, ys } = relax(members, linksOf[p], spacing, iterations);
      return { members, xs, ys };
    });
    return pack(count, parts, spacing, aspect);
  }

  return { run, components };
})();
