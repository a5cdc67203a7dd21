#!/usr/bin/env node
// Checks Cypher files with Neo4j's own parser and linter
// (@neo4j-cypher/language-support): prints, as JSON, every diagnostic
// (syntax errors, and warnings such as a cartesian product) of every
// statement of each file. Used by tests/e2e/test_exports_db.py.
//
//   node tests/kuzu/lint-cypher.mjs FILE.cypher...
import fs from "node:fs";
import { lintCypherQuery } from "@neo4j-cypher/language-support";

// A statement ends with ";" at the end of a line (newsgraph writes no
// newline inside a string); lines starting with // are comments.
function statements(text) {
  const out = [];
  let current = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("//")) continue;
    current.push(line);
    if (trimmed.endsWith(";")) {
      out.push(current.join("\n"));
      current = [];
    }
  }
  if (current.length) out.push(current.join("\n"));
  return out;
}

const report = [];
for (const file of process.argv.slice(2)) {
  const list = statements(fs.readFileSync(file, "utf8"));
  for (const statement of list) {
    const { diagnostics } = lintCypherQuery(statement, {});
    for (const d of diagnostics) {
      report.push({ file, severity: d.severity === 1 ? "error" : "warning", message: d.message, statement: statement.slice(0, 300) });
    }
  }
  report.push({ file, statements: list.length });
}
await new Promise((resolve) => process.stdout.write(JSON.stringify(report) + "\n", resolve));
