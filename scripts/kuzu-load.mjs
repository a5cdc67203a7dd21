#!/usr/bin/env node
// Loads a newsgraph Kuzu export (newsgraph build ... --format kuzu writes
// OUT/kuzu/) into a Kuzu database and optionally runs Cypher on it.
//
//   node scripts/kuzu-load.mjs OUT/kuzu DB_DIR [--query CYPHER]... [--script FILE]... [--json]
//
// DB_DIR is created (":memory:" for an in-memory database), or, when it
// exists, takes the export on top of what it holds: the schema (the same
// for every export, CREATE ... IF NOT EXISTS) comes from schema.cypher, the
// data from the CSV files through load.cypher, which MERGEs every node and
// relationship on its id (never parameter binding, which mis-types mixed
// numeric columns in Kuzu 0.11). --script runs a Cypher file statement by statement
// (lines starting with // are comments; Neo4j-only CREATE CONSTRAINT lines
// are skipped, Kuzu's primary keys do that job). --query prints its rows, as
// JSON with --json. The kuzu package is found in tests/kuzu/node_modules
// (npm install there) or in the usual Node places.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function loadKuzu() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const require = createRequire(path.join(here, "..", "tests", "kuzu", "package.json"));
  try {
    return require("kuzu");
  } catch {
    return createRequire(import.meta.url)("kuzu");
  }
}

/// Splits a Cypher file into statements: a statement ends with ";" at the
/// end of a line (newsgraph never writes a newline inside a string).
export function statements(text) {
  const out = [];
  let current = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("//")) continue;
    current.push(line);
    if (trimmed.endsWith(";")) {
      out.push(current.join("\n").trim().replace(/;$/, ""));
      current = [];
    }
  }
  if (current.length) out.push(current.join("\n").trim());
  return out;
}

async function run(conn, statement) {
  try {
    const result = await conn.query(statement);
    const results = Array.isArray(result) ? result : [result];
    const rows = [];
    for (const r of results) rows.push(...(await r.getAll()));
    return rows;
  } catch (err) {
    throw new Error(`${err.message}\n  in: ${statement.slice(0, 200)}`);
  }
}

async function main(argv) {
  const positional = [];
  const queries = [];
  const scripts = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--query") queries.push(argv[++i]);
    else if (argv[i] === "--script") scripts.push(argv[++i]);
    else if (argv[i] === "--json") json = true;
    else positional.push(argv[i]);
  }
  if (positional.length !== 2 || queries.includes(undefined) || scripts.includes(undefined)) {
    console.error("usage: node scripts/kuzu-load.mjs EXPORT_DIR DB_DIR [--query CYPHER]... [--script FILE]... [--json]");
    process.exit(2);
  }
  const [exportDir, dbDir] = positional.map((p) => (p === ":memory:" ? p : path.resolve(p)));
  for (const name of ["schema.cypher", "load.cypher"]) {
    if (!fs.existsSync(path.join(exportDir, name))) {
      console.error(`kuzu-load: ${path.join(exportDir, name)}: no such file (is this a newsgraph --format kuzu folder?)`);
      process.exit(2);
    }
  }
  const kuzu = loadKuzu();
  const db = new kuzu.Database(dbDir);
  const conn = new kuzu.Connection(db);
  for (const s of statements(fs.readFileSync(path.join(exportDir, "schema.cypher"), "utf8"))) await run(conn, s);
  // load.cypher names its files relative to the export folder.
  const cwd = process.cwd();
  process.chdir(exportDir);
  try {
    for (const s of statements(fs.readFileSync("load.cypher", "utf8"))) await run(conn, s);
  } finally {
    process.chdir(cwd);
  }
  for (const file of scripts) {
    for (const s of statements(fs.readFileSync(file, "utf8"))) {
      if (/^CREATE\s+CONSTRAINT\b/i.test(s)) continue;
      await run(conn, s);
    }
  }
  const answers = [];
  let text = "";
  for (const q of queries) {
    const rows = await run(conn, q);
    if (json) answers.push(rows);
    else {
      text += `# ${q}\n`;
      for (const row of rows) text += Object.values(row).map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join("\t") + "\n";
    }
  }
  if (json) text = JSON.stringify(answers) + "\n";
  // Written whole before the exit below: process.exit does not wait for a
  // pipe to drain, and output that has not left yet would be lost.
  await new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
  // Closing the connection before the database lets Kuzu flush a database
  // folder cleanly; then leave at once (kuzu 0.11's native teardown at a
  // normal Node exit can crash after all the work is done).
  await conn.close();
  await db.close();
  process.exit(0);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`kuzu-load: ${err.message}`);
  process.exit(1);
});
