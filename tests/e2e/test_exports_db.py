#!/usr/bin/env python3
"""End-to-end: each graph-database export of the example articles, loaded into
the real consumer and asked the same questions.

- Kuzu (npm package in tests/kuzu, driven by scripts/kuzu-load.mjs): load the
  `kuzu` export (LOAD FROM ... MERGE), then Cypher; a second export loaded on
  top of the first database; an article with no meeting.
- Neo4j's Cypher parser and linter (npm @neo4j-cypher/language-support):
  graph.cypher, indexes.cypher and the README's query parse with no error and
  no warning (a cartesian product was one). No Neo4j server here: the bulk
  import CSV is checked against the documented header format and graph.json.
- Apache Jena TDB2 (Debian libapache-jena-java): tdb2.tdbloader the Turtle and
  the TriG, tdb2.tdbquery SPARQL; Redland's rapper (Debian raptor2-utils)
  parses Turtle, TriG and N-Quads, rdfproc (redland-utils) queries N-Quads.
- NetworkX (Debian python3-networkx, run with /usr/bin/python3): read_graphml.
Each target's README query (who met whom, and the article's URL) is run here
as the README writes it.
A consumer that is not installed fails its check, naming what to install.
"""
import csv
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from common import Checks, parse_args, run

args = parse_args()
binary = args.binary
source = Path(args.source)
examples = source / "examples" / "articles"
work = Path(tempfile.mkdtemp(prefix="newsgraph-db-"))
out = work / "out"
checks = Checks()

FORMATS = "json,neo4j,cypher,kuzu,ttl,trig,nquads,graphml"
run(binary, "build", examples, "--out", out, "-q", "--format", FORMATS, check=0)
graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
nodes = {n["id"]: n for n in graph["nodes"]}
edges = graph["edges"]
documents = {d["id"]: d for d in graph["documents"]}
README = (source / "README.md").read_text(encoding="utf-8")

# What the example articles say, from graph.json: each database must give the same answers.
HELENA = "person:helena-duarte"
MWANGI = "person:daniel-mwangi"
MORIMOTO = "person:kenji-morimoto"


def people_met(x):
    """The people x met, from graph.json's met edges (the databases are asked for Person nodes)."""
    return sorted({e["target"] if e["source"] == x else e["source"] for e in edges
                   if e["type"] == "met" and x in (e["source"], e["target"])
                   and nodes[e["source"]]["type"] == nodes[e["target"]]["type"] == "person"})


def who_met_whom_with_url(g):
    """(name, name, url) for every pair of people in a meeting, and every article reporting it."""
    names = {n["id"]: n["label"] for n in g["nodes"] if n["type"] == "person"}
    urls = {d["id"]: d["source"] for d in g["documents"]}
    rows = set()
    for m in g["meetings"]:
        people = sorted(p for p in m["participants"] if p in names)
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                for doc in {e["doc"] for e in m["evidence"]}:
                    rows.add((names[a], names[b], urls[doc]))
    return sorted(rows)


met_helena = people_met(HELENA)
met_morimoto = people_met(MORIMOTO)
said_about_canada = sorted((s["speaker"], s["text"]) for s in graph["statements"] if "country:CA" in s["about"])
met_with_url = who_met_whom_with_url(graph)


def expectations_hold():
    # The questions have answers in the articles, so the checks below are not vacuous.
    assert met_helena == ["person:marcus-whitfield"], met_helena
    assert set(met_morimoto) >= {"person:park-soo-min", "person:daniel-royce"}, met_morimoto
    assert said_about_canada and all(speaker.startswith("person:") for speaker, _ in said_about_canada), said_about_canada
    assert len(met_with_url) >= 3 and len({url for _, _, url in met_with_url}) >= 2, met_with_url


def readme_query(text):
    """A query as the README's table shows it (the test runs what users copy)."""
    assert text in README, f"the README no longer shows:\n{text}"
    return text


# The README's queries, one per target: who met whom, and the URL of the article it comes from.
CYPHER_WHO_MET = readme_query(
    "MATCH (a:Person)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Person) "
    "MATCH (m)-[:REPORTED_IN]->(d:Document) WHERE a.id < b.id "
    "RETURN DISTINCT a.name AS person, b.name AS other, d.url AS url ORDER BY person, other, url")
SPARQL_WHO_MET = readme_query(
    "SELECT DISTINCT ?a ?b ?url WHERE { ?m a ng:Meeting ; ng:participant ?x, ?y ; prov:wasDerivedFrom ?doc . "
    "?x a schema:Person ; schema:name ?a . ?y a schema:Person ; schema:name ?b . ?doc ng:source ?url . "
    "FILTER(STR(?x) < STR(?y)) } ORDER BY ?a ?b ?url")
SPARQL_WHO_MET_GRAPHS = readme_query(
    "SELECT DISTINCT ?a ?b ?url WHERE { GRAPH ?doc { ?m a ng:Meeting ; ng:participant ?x, ?y . "
    "?x a schema:Person ; schema:name ?a . ?y a schema:Person ; schema:name ?b . ?doc ng:source ?url } "
    "FILTER(STR(?x) < STR(?y)) } ORDER BY ?a ?b ?url")
NETWORKX_WHO_MET = readme_query(
    "sorted({(g.nodes[p]['name'], g.nodes[q]['name'], g.nodes[d]['url']) for m, t in g.nodes(data='type') "
    "if t == 'meeting' for p in g.predecessors(m) for q in g.predecessors(m) "
    "if p < q and g.nodes[p]['type'] == g.nodes[q]['type'] == 'person' "
    "for d in g.successors(m) if g.nodes[d]['type'] == 'document'})")


# --- Kuzu -----------------------------------------------------------------

KUZU_DIR = source / "tests" / "kuzu"


def kuzu_at(export_dir, db, *extra):
    if not (KUZU_DIR / "node_modules" / "kuzu").exists():
        raise AssertionError(f"kuzu is not installed: run `npm ci` in {KUZU_DIR}")
    cmd = ["node", str(source / "scripts" / "kuzu-load.mjs"), str(export_dir), str(db), "--json", *extra]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def kuzu(*extra):
    return kuzu_at(out / "kuzu", ":memory:", *extra)


def queries(*qs):
    return sum((["--query", q] for q in qs), [])


WHO_MET = ("MATCH (a:Person {{id: '{x}'}})-[:MET]-(b:Person) RETURN DISTINCT b.id AS id ORDER BY id")
SAID_ABOUT = ("MATCH (p)-[r:SPOKE_ABOUT]->(:Country {{id: '{y}'}}) RETURN p.id AS speaker, r.text AS text "
              "ORDER BY speaker, text")
COUNTS = ["MATCH (n) RETURN count(*) AS n", "MATCH ()-[r]->() RETURN count(*) AS n",
          "MATCH (n:Person) RETURN count(*) AS n", "MATCH ()-[r:MET]->() RETURN count(*) AS n"]


def kuzu_answers():
    who_helena, who_morimoto, said, with_url = kuzu(*queries(WHO_MET.format(x=HELENA), WHO_MET.format(x=MORIMOTO),
                                                             SAID_ABOUT.format(y="country:CA"), CYPHER_WHO_MET))
    assert [r["id"] for r in who_helena] == met_helena, who_helena
    assert [r["id"] for r in who_morimoto] == met_morimoto, who_morimoto
    assert sorted((r["speaker"], r["text"]) for r in said) == said_about_canada, said
    assert [(r["person"], r["other"], r["url"]) for r in with_url] == met_with_url, with_url


def kuzu_counts_and_properties():
    total, rels, people, met, row, country, doc = kuzu(*queries(*COUNTS,
        f"MATCH (n:Person {{id: '{MWANGI}'}}) RETURN n.name AS name, n.mentions AS m, n.aliases AS aliases, "
        "n.start_byte AS s, n.end_byte AS e, n.doc AS d, n.evidence AS ev",
        f"MATCH (n:Person {{id: '{MWANGI}'}})-[:HAS_COUNTRY]->(c:Country) RETURN c.id AS c",
        "MATCH (d:Document {id: 'ceasefire-call'}) RETURN d.url AS url, d.sha256 AS sha, CAST(d.date AS STRING) AS date"))
    expected_nodes = len(nodes) + len(graph["meetings"]) + len(graph["statements"]) + len(documents)
    assert total[0]["n"] == expected_nodes, (total, expected_nodes)
    assert people[0]["n"] == sum(1 for n in nodes.values() if n["type"] == "person")
    assert met[0]["n"] == sum(1 for e in edges if e["type"] == "met")
    node = nodes[MWANGI]
    spans = sorted((m["doc"], m["start"], m["end"]) for m in node["mentions"])
    first = spans[0]
    assert row == [{"name": node["label"], "m": len(node["mentions"]), "aliases": node["aliases"] or None,
                    "s": first[1], "e": first[2], "d": first[0],
                    "ev": [f"{d}:{s}-{e}" for d, s, e in spans]}], row
    assert country == [{"c": node["attributes"]["country"]}], country
    record = documents["ceasefire-call"]
    assert doc == [{"url": record["source"], "sha": record["sha256"], "date": record["date"]}], doc
    # The byte offsets point at the name in the article.
    text = (examples / "ceasefire-call.txt").read_bytes()
    assert text[first[1]:first[2]].decode() in {node["label"], *node["aliases"]}
    return total[0]["n"], rels[0]["n"]


def kuzu_more_articles_into_one_database():
    # Two articles first, the third later, into one database folder: the same
    # graph as all three at once; loading an export again adds nothing.
    parts = work / "parts"
    for name, articles in (("first", ["ceasefire-call.txt", "summit-sidelines.txt"]), ("later", ["trade-talks-lisbon.txt"])):
        folder = parts / name / "in"
        folder.mkdir(parents=True)
        for a in articles:
            shutil.copy(examples / a, folder / a)
        run(binary, "build", folder, "--out", parts / name / "out", "-q", "--format", "kuzu", check=0)
    db = work / "kuzu-db"
    first = kuzu_at(parts / "first" / "out" / "kuzu", db, *queries(*COUNTS))
    later = kuzu_at(parts / "later" / "out" / "kuzu", db, *queries(*COUNTS, CYPHER_WHO_MET))
    again = kuzu_at(parts / "later" / "out" / "kuzu", db, *queries(*COUNTS))
    whole = kuzu(*queries(*COUNTS))
    assert first[0][0]["n"] < whole[0][0]["n"], (first, whole)
    assert later[:4] == whole and again == whole, (later[:4], again, whole)
    # The URLs are those of the copies: compare file names.
    assert [(r["person"], r["other"], Path(r["url"]).name) for r in later[4]] == [(a, b, Path(u).name) for a, b, u in met_with_url]


def kuzu_second_export_adds_to_shared_nodes():
    # One person in two batches of articles: loaded one after the other, the
    # node has the mentions and evidence of both, as when built at once.
    batches = work / "batches"
    texts = {"one": "Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday.\n",
             "two": "Prime Minister Kenji Morimoto of Japan met German Chancellor Anna Weber in Berlin on Friday.\n"
                    "Morimoto said the talks went well.\n"}
    for name, text in texts.items():
        (batches / "all").mkdir(parents=True, exist_ok=True)
        (batches / name).mkdir()
        (batches / name / f"{name}.txt").write_text(text)
        (batches / "all" / f"{name}.txt").write_text(text)
    for name in (*texts, "all"):
        run(binary, "build", batches / name, "--out", batches / name / "out", "-q", "--format", "kuzu", check=0)
    ask = (f"MATCH (n:Person {{id: '{MORIMOTO}'}}) RETURN n.mentions AS m, list_sort(n.evidence) AS ev, "
           "list_sort(n.aliases) AS aliases")
    db = work / "kuzu-batches"
    kuzu_at(batches / "one" / "out" / "kuzu", db)
    (after_both,) = kuzu_at(batches / "two" / "out" / "kuzu", db, "--query", ask)
    (at_once,) = kuzu_at(batches / "all" / "out" / "kuzu", ":memory:", "--query", ask)
    assert after_both == at_once and at_once[0]["m"] >= 3, (after_both, at_once)


def kuzu_article_without_meeting():
    # The schema does not depend on the data: the README's query runs (and finds nobody).
    folder = work / "no-meeting"
    folder.mkdir()
    (folder / "quiet.txt").write_text("Prime Minister Kenji Morimoto of Japan spoke about the budget on Monday.\n")
    run(binary, "build", folder, "--out", folder / "out", "-q", "--format", "json,kuzu", check=0)
    assert json.loads((folder / "out" / "graph.json").read_text())["meetings"] == []
    (answer,) = kuzu_at(folder / "out" / "kuzu", ":memory:", *queries(CYPHER_WHO_MET))
    assert answer == [], answer


def kuzu_output_survives_a_slow_pipe():
    # Much output into a pipe read slowly: all of it arrives before the script exits.
    cmd = (f"node {source / 'scripts' / 'kuzu-load.mjs'} {out / 'kuzu'} :memory: --json "
           "--query 'UNWIND range(1, 40000) AS i RETURN i, \"padding to fill the pipe\" AS p' | (sleep 1; cat)")
    r = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    (rows,) = json.loads(r.stdout)
    assert len(rows) == 40000 and rows[-1]["i"] == 40000


# --- Neo4j --------------------------------------------------------------------

def lint_cypher(*files):
    if not (KUZU_DIR / "node_modules" / "@neo4j-cypher" / "language-support").exists():
        raise AssertionError(f"@neo4j-cypher/language-support is not installed: run `npm ci` in {KUZU_DIR}")
    r = subprocess.run(["node", str(KUZU_DIR / "lint-cypher.mjs"), *map(str, files)], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def neo4j_parser_accepts_the_scripts():
    query = work / "who-met.cypher"
    query.write_text(CYPHER_WHO_MET + ";\n")
    report = lint_cypher(out / "graph.cypher", out / "neo4j" / "indexes.cypher", query)
    problems = [r for r in report if "message" in r]
    assert not problems, problems[:3]
    counted = {r["file"]: r["statements"] for r in report if "statements" in r}
    assert counted[str(out / "graph.cypher")] > 10 and counted[str(query)] == 1, counted
    # The linter does warn on the old pattern, so the check above can fail.
    old = work / "old.cypher"
    old.write_text("UNWIND [{source: 'a', target: 'b'}] AS row\n"
                   "MATCH (a:Person {id: row.source}), (b:Person {id: row.target})\nMERGE (a)-[:MET]->(b);\n")
    assert any("cartesian product" in r.get("message", "") for r in lint_cypher(old))


def csv_rows(path):
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def neo4j_csv():
    folder = out / "neo4j"
    rows_by_label = {}
    for path in sorted(folder.glob("nodes_*.csv")):
        table = csv_rows(path)
        header = table[0]
        label = path.stem[len("nodes_"):]
        assert header[0] == ("id:ID(Document)" if label == "Document" else "id:ID(Node)") and header[-1] == ":LABEL", header
        for column in header[1:-1]:
            name, _, kind = column.partition(":")
            assert re.fullmatch(r"[a-z_][a-z_0-9]*", name) and kind in ("", "long", "date", "string[]"), column
        for row in table[1:]:
            assert len(row) == len(header), row
            for column, value in zip(header, row):
                if column.endswith(":date") and value:
                    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), (column, value)
        assert {row[-1] for row in table[1:]} <= {label}
        rows_by_label[label] = [row[0] for row in table[1:]]
    for type_, label in LABELS.items():
        assert rows_by_label.get(label, []) == sorted(i for i, n in nodes.items() if n["type"] == type_), label
    assert len(rows_by_label["Meeting"]) == len(graph["meetings"])
    assert len(rows_by_label["Statement"]) == len(graph["statements"])
    assert rows_by_label["Document"] == sorted(documents)
    node_ids = {i for label, ids in rows_by_label.items() if label != "Document" for i in ids}
    for path in sorted(folder.glob("relationships_*.csv")):
        table = csv_rows(path)
        to_documents = path.stem in ("relationships_MENTIONED_IN", "relationships_REPORTED_IN")
        assert table[0][:3] == [":START_ID(Node)", ":END_ID(Document)" if to_documents else ":END_ID(Node)", ":TYPE"], table[0]
        for row in table[1:]:
            assert len(row) == len(table[0]) and row[0] in node_ids, row
            assert row[1] in (documents if to_documents else node_ids), row
    met_rows = [dict(zip(t[0], r)) for t in [csv_rows(folder / "relationships_MET.csv")] for r in t[1:]]
    assert len(met_rows) == sum(1 for e in edges if e["type"] == "met")
    assert all(r[":TYPE"] == "MET" and r["status"] in ("held", "planned", "cancelled") for r in met_rows)
    said = [dict(zip(t[0], r)) for t in [csv_rows(folder / "relationships_SPOKE_ABOUT.csv")] for r in t[1:]]
    assert sorted((r[":START_ID(Node)"], r["text"]) for r in said if r[":END_ID(Node)"] == "country:CA") == said_about_canada
    # Lists: one item per alias, split on the declared delimiter.
    people = [dict(zip(t[0], r)) for t in [csv_rows(folder / "nodes_Person.csv")] for r in t[1:]]
    mwangi = next(r for r in people if r["id:ID(Node)"] == MWANGI)
    assert sorted(filter(None, mwangi["aliases:string[]"].split("\x1f"))) == sorted(nodes[MWANGI]["aliases"])
    assert len(mwangi["evidence:string[]"].split("\x1f")) == len(nodes[MWANGI]["mentions"])
    script = (folder / "import.sh").read_text()
    assert 'neo4j-admin database import full "$database" ' in script and "--array-delimiter=U+001F" in script
    for path in folder.glob("*.csv"):
        assert f"={path.name}" in script, path.name
    r = subprocess.run(["sh", "-n", str(folder / "import.sh")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


LABELS = {"person": "Person", "country": "Country", "office": "Office", "organization": "Organization",
          "location": "Location"}


# --- Jena TDB2, Redland -----------------------------------------------------------

JAVA_DIR = Path("/usr/share/java")
JENA_DEPS = ["slf4j-api", "slf4j-nop", "commons-lang3", "commons-io", "commons-codec", "commons-compress", "commons-csv",
             "commons-cli", "gson", "thrift", "protobuf", "jsonld-java", "jackson-core", "jackson-databind",
             "jackson-annotations", "httpclient", "httpcore", "guava", "dexx.collection"]


def jena_classpath():
    # The unversioned names (jena-core.jar, not jena-core-4.5.0.jar, the same file).
    jars = sorted(p for p in JAVA_DIR.glob("jena-*.jar") if not re.search(r"-\d+(\.\d+)+$", p.stem))
    if not jars:
        raise AssertionError("Apache Jena is not installed: apt-get install libapache-jena-java default-jre-headless")
    jars += [JAVA_DIR / f"{name}.jar" for name in JENA_DEPS if (JAVA_DIR / f"{name}.jar").exists()]
    # Debian's jena-core relocates xerces classes to `xerces.` but leaves their
    # message bundles under org/apache/jena/ext/xerces: put copies where the classes look.
    fix = work / "jena-resources"
    if not fix.exists():
        import zipfile
        with zipfile.ZipFile(JAVA_DIR / "jena-core.jar") as z:
            for name in z.namelist():
                if name.startswith("org/apache/jena/ext/xerces/") and name.endswith(".properties"):
                    target = fix / "xerces" / name[len("org/apache/jena/ext/xerces/"):]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(z.read(name))
    return ":".join(str(j) for j in jars + [fix])


def jena(tool, *extra):
    r = subprocess.run(["java", "-cp", jena_classpath(), tool, *extra], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


PREFIXES = ("PREFIX ng: <https://newsgraph.example/ns#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "PREFIX schema: <https://schema.org/>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
            "PREFIX oa: <http://www.w3.org/ns/oa#>\nPREFIX id: <https://newsgraph.example/id/>\n")


def sparql(query, loc="tdb2"):
    text = jena("tdb2.tdbquery", "--loc", str(work / loc), "--results=json", PREFIXES + query)
    rows = json.loads(text)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


def iri(node_id):
    return "https://newsgraph.example/id/" + node_id


def jena_answers():
    jena("tdb2.tdbloader", "--loc", str(work / "tdb2"), str(out / "graph.ttl"), str(source / "docs" / "newsgraph-ontology.ttl"))
    who = """SELECT DISTINCT ?b WHERE {{ ?m a ng:Meeting ; ng:participant <{x}>, ?b . ?b a schema:Person .
             FILTER(?b != <{x}>) }} ORDER BY ?b"""
    assert [r["b"] for r in sparql(who.format(x=iri(HELENA)))] == [iri(p) for p in met_helena]
    assert [r["b"] for r in sparql(who.format(x=iri(MORIMOTO)))] == [iri(p) for p in met_morimoto]
    direct = f"SELECT DISTINCT ?b WHERE {{ <{iri(HELENA)}> ng:met|^ng:met ?b }} ORDER BY ?b"
    assert [r["b"] for r in sparql(direct)] == [iri(p) for p in met_helena]
    said = """SELECT ?speaker ?text WHERE { ?s a ng:Statement ; ng:speaker ?speaker ; prov:value ?text ;
              ng:about id:country:CA } ORDER BY ?speaker ?text"""
    rows = sorted((r["speaker"], r["text"]) for r in sparql(said))
    assert rows == sorted((iri(s), t) for s, t in said_about_canada), rows
    # Evidence spans: the document (its schema:identifier) and the byte range of a Web Annotation selector.
    spans = sparql(f"""SELECT ?doc ?start ?end WHERE {{ <{iri(MWANGI)}> ng:mention [ oa:hasSource [ schema:identifier ?doc ] ;
                       oa:hasSelector [ a oa:DataPositionSelector ; oa:start ?start ; oa:end ?end ] ] }}""")
    expected = sorted((m["doc"], m["start"], m["end"]) for m in nodes[MWANGI]["mentions"])
    assert sorted((r["doc"], int(r["start"]), int(r["end"])) for r in spans) == expected, spans
    count = sparql("SELECT (COUNT(?n) AS ?c) WHERE { ?n schema:identifier ?id ; a ?t FILTER(?t IN (ng:Person, ng:Country, "
                   "ng:Office, ng:Organization, ng:Location)) }")
    assert int(count[0]["c"]) == len(nodes), count
    rows = [(r["a"], r["b"], r["url"]) for r in sparql(SPARQL_WHO_MET)]
    assert rows == met_with_url, rows
    # The ontology loaded beside the data declares met symmetric, and every ng: term the data uses.
    assert sparql("SELECT ?p WHERE { ng:met a <http://www.w3.org/2002/07/owl#SymmetricProperty> BIND(1 AS ?p) }")
    undeclared = sparql("""SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t }
        FILTER(STRSTARTS(STR(?t), "https://newsgraph.example/ns#"))
        FILTER NOT EXISTS { ?t a ?kind } }""")
    assert not undeclared, undeclared


def jena_named_graphs():
    jena("tdb2.tdbloader", "--loc", str(work / "tdb2-trig"), str(out / "graph.trig"))
    jena("tdb2.tdbloader", "--loc", str(work / "tdb2-nq"), str(out / "graph.nq"))
    for loc in ("tdb2-trig", "tdb2-nq"):
        rows = [(r["a"], r["b"], r["url"]) for r in sparql(SPARQL_WHO_MET_GRAPHS, loc)]
        assert rows == met_with_url, (loc, rows)
    graphs = sparql("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "tdb2-trig")
    assert [r["g"] for r in graphs] == sorted("https://newsgraph.example/doc/" + d for d in documents), graphs
    # Dropping one article's graph leaves the others' meetings.
    lisbon = "https://newsgraph.example/doc/trade-talks-lisbon"
    jena("tdb2.tdbupdate", "--loc", str(work / "tdb2-trig"), f"DROP GRAPH <{lisbon}>")
    left = [(r["a"], r["b"], r["url"]) for r in sparql(SPARQL_WHO_MET_GRAPHS, "tdb2-trig")]
    assert left == [row for row in met_with_url if "trade-talks-lisbon" not in row[2]] and left != met_with_url, left


def redland_parses_every_rdf_file():
    counts = {}
    for name, syntax in (("graph.ttl", "turtle"), ("graph.trig", "trig"), ("graph.nq", "nquads"),
                         ("newsgraph-ontology.ttl", "turtle")):
        path = source / "docs" / name if name.startswith("newsgraph") else out / name
        r = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0 and "error" not in r.stderr.lower(), (name, r.stderr[-2000:])
        counts[name] = int(re.search(r"returned (\d+) (triples|statements)", r.stderr).group(1))
    quads = (out / "graph.nq").read_text(encoding="utf-8").count("\n")
    assert counts["graph.nq"] == quads and counts["graph.trig"] == quads, counts
    assert counts["graph.ttl"] > len(nodes) * 5, counts


def redland_queries_turtle():
    db = work / "redland"
    db.mkdir()
    store = ["rdfproc", "-s", "hashes", "-t", "hash-type='bdb',dir='.'", "news"]
    r = subprocess.run([*store[:1], "-n", *store[1:], "parse", str(out / "graph.ttl"), "turtle"], cwd=db,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([*store, "-r", "json", "query", "sparql", "-", PREFIXES + SPARQL_WHO_MET], cwd=db,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    rows = [(b["a"]["value"], b["b"]["value"], b["url"]["value"]) for b in json.loads(r.stdout)["results"]["bindings"]]
    assert rows == met_with_url, rows


# --- NetworkX ---------------------------------------------------------------

def networkx_reads_graphml():
    script = """
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                  "node": g.nodes[sys.argv[2]], "types": sorted({t for _, t in g.nodes(data='type')}),
                  "met": sorted([u, v, d.get('symmetric')] for u, v, d in g.edges(data=True) if d["type"] == "met"),
                  "who_met": %s}))
""" % NETWORKX_WHO_MET
    r = subprocess.run(["/usr/bin/python3", "-c", script, str(out / "graph.graphml"), MWANGI],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, "NetworkX could not read the GraphML (apt-get install python3-networkx): " + r.stderr
    got = json.loads(r.stdout)
    assert got["nodes"] == len(nodes) + len(graph["meetings"]) + len(graph["statements"]) + len(documents), got["nodes"]
    assert got["edges"] > len(edges), got["edges"]
    assert got["types"] == ["country", "document", "location", "meeting", "office", "organization", "person", "statement"]
    node = nodes[MWANGI]
    assert got["node"]["type"] == "person" and got["node"]["label"] == node["label"], got["node"]
    assert got["node"]["mentions"] == len(node["mentions"]), got["node"]  # an int, typed by attr.type
    assert got["met"] == sorted([e["source"], e["target"], True] for e in edges if e["type"] == "met"), got["met"]
    assert [tuple(row) for row in got["who_met"]] == met_with_url, got["who_met"]


def exports_are_deterministic():
    out2 = work / "out2"
    run(binary, "build", examples, "--out", out2, "-q", "--format", FORMATS, check=0)
    for path in sorted(p for p in out2.rglob("*") if p.is_file()):
        assert path.read_bytes() == (out / path.relative_to(out2)).read_bytes(), path


def picture_views():
    pics = work / "pics"
    run(binary, "build", examples, "--out", pics, "-q", "--format", "svg,pdf,dot", "--view", "meetings", check=0)
    svg = (pics / "graph.svg").read_text(encoding="utf-8")
    assert "Legend" in svg and "Helena Duarte" in svg and "Foreign Minister" in svg
    assert re.search(r'xlink:title="[^"]*LISBON, March 12 \(Wire\)', svg), "met edge tooltip: the evidence sentence"
    assert (pics / "graph.pdf").read_bytes().startswith(b"%PDF")
    dot = (pics / "graph.dot").read_text(encoding="utf-8")
    assert "country:" not in dot.split("->")[0] and "office:" not in dot, "meetings view: people only"
    ego = work / "ego"
    run(binary, "build", examples, "--out", ego, "-q", "--format", "dot,svg", "--ego", "morimoto", "--depth", "1",
        "--layout", "sfdp", check=0)
    dot = (ego / "graph.dot").read_text(encoding="utf-8")
    assert "person:park-soo-min" in dot and "person:helena-duarte" not in dot
    r = run(binary, "build", examples, "--out", work / "noego", "--format", "svg", "--ego", "Nobody", check=2)
    assert 'newsgraph: --ego: no node is called "Nobody"' in r.stderr, r.stderr


def hostile_text_in_every_export():
    # A sentence ending in a backslash, Graphviz escapes, a control byte and
    # U+FFFE/U+FFFF: graph.dot stays DOT for `dot`, the SVG and GraphML stay
    # XML, the CSV cells stay text.
    folder = work / "hostile"
    folder.mkdir()
    (folder / "paths.txt").write_bytes(
        "Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday,\x01 "
        "with notes \uFFFE\uFFFF said to be \\N and \\G, in C:\\temp\\\n\n"
        "=HYPERLINK(\"http://x\") Carter said \u201cwe agree\u201d.\n".encode())
    result = folder / "out"
    run(binary, "build", folder, "--out", result, "-q", "--format", "json,dot,svg,graphml,neo4j,kuzu", check=0)
    graph_json = json.loads((result / "graph.json").read_text(encoding="utf-8"))
    assert any(e["type"] == "met" and e["attributes"]["evidence_text"].endswith("C:\\temp\\") for e in graph_json["edges"])
    r = subprocess.run(["dot", "-Tsvg", str(result / "graph.dot")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and not r.stderr, r.stderr
    import xml.dom.minidom
    svg = (result / "graph.svg").read_bytes()
    for name in ("graph.svg", "graph.graphml"):
        xml.dom.minidom.parseString((result / name).read_bytes())  # raises on a byte XML forbids
    # The tooltip keeps the text: a backslash, then N, not the name Graphviz would put there.
    assert "C:\\temp\\".encode() in svg and "\\\u2060N".encode() in svg, svg[-3000:]
    for path in sorted((result / "neo4j").glob("*.csv")) + sorted((result / "kuzu").glob("*.csv")):
        data = path.read_bytes()
        assert b"\0" not in data and b"\x01" not in data, path
        for row in csv_rows(path)[1:]:
            assert not any(cell[:1] in ("=", "+", "-", "@") for cell in row), (path, row)


checks.check("pictures: meetings view, ego view with sfdp, unknown ego", picture_views)
checks.check("backslashes, Graphviz escapes, control bytes, U+FFFE, formulas: every export stays readable",
             hostile_text_in_every_export)
checks.check("graph.json has the answers the databases are asked for", expectations_hold)
checks.check("Kuzu: load the kuzu export; who met X, who said what about Y, the README query", kuzu_answers)
checks.check("Kuzu: node, relationship counts, typed properties, lists, documents", kuzu_counts_and_properties)
checks.check("Kuzu: a second export into the same database, and the same one again", kuzu_more_articles_into_one_database)
checks.check("Kuzu: a node in two exports gets the mentions of both", kuzu_second_export_adds_to_shared_nodes)
checks.check("Kuzu: an article with no meeting (fixed schema)", kuzu_article_without_meeting)
checks.check("Kuzu: kuzu-load.mjs output read slowly through a pipe arrives whole", kuzu_output_survives_a_slow_pipe)
checks.check("Neo4j's parser: graph.cypher, indexes.cypher, the README query without error or warning",
             neo4j_parser_accepts_the_scripts)
checks.check("Neo4j CSV: headers, types, labels, row counts, ids, lists, import.sh", neo4j_csv)
checks.check("Jena TDB2: the Turtle with the ontology; who met X, statements, evidence, the README query", jena_answers)
checks.check("Jena TDB2: the TriG's and N-Quads' named graphs; the README query; dropping one article", jena_named_graphs)
checks.check("Redland: rapper parses Turtle, TriG, N-Quads and the ontology", redland_parses_every_rdf_file)
checks.check("Redland: rdfproc loads the Turtle and answers the README query", redland_queries_turtle)
checks.check("NetworkX reads the GraphML: counts, typed attributes, met, the README query", networkx_reads_graphml)
checks.check("a second run gives identical export files", exports_are_deterministic)
shutil.rmtree(work, ignore_errors=True)
checks.finish()
