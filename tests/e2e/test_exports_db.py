#!/usr/bin/env python3
"""End-to-end: each graph-database export of the example articles, loaded into
the real consumer and asked the same questions.

- Kuzu (npm package in tests/kuzu, driven by scripts/kuzu-load.mjs): COPY the
  `kuzu` export, then Cypher; the Neo4j Cypher script is also run twice on
  top of it (its statements minus CREATE CONSTRAINT), and must add nothing.
- Apache Jena TDB2 (Debian libapache-jena-java): tdb2.tdbloader the Turtle,
  tdb2.tdbquery SPARQL.
- NetworkX (Debian python3-networkx, run with /usr/bin/python3): read_graphml.
- Neo4j bulk-import CSV: headers and row counts against graph.json (no Neo4j
  server here).
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

run(binary, "build", examples, "--out", out, "-q", "--format", "json,neo4j,cypher,kuzu,ttl,graphml", check=0)
graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
nodes = {n["id"]: n for n in graph["nodes"]}
edges = graph["edges"]

# What the example articles say, from graph.json: each database must give the same answers.
HELENA = "person:helena-duarte"
MWANGI = "person:daniel-mwangi"
MORIMOTO = "person:kenji-morimoto"


def people_met(x):
    """The people x met, from graph.json's met edges (the databases are asked for Person nodes)."""
    return sorted({e["target"] if e["source"] == x else e["source"] for e in edges
                   if e["type"] == "met" and x in (e["source"], e["target"])
                   and nodes[e["source"]]["type"] == nodes[e["target"]]["type"] == "person"})


met_helena = people_met(HELENA)
met_morimoto = people_met(MORIMOTO)
said_about_canada = sorted((s["speaker"], s["text"]) for s in graph["statements"] if "country:CA" in s["about"])


def expectations_hold():
    # The questions have answers in the articles, so the checks below are not vacuous.
    assert met_helena == ["person:marcus-whitfield"], met_helena
    assert set(met_morimoto) >= {"person:park-soo-min", "person:daniel-royce"}, met_morimoto
    assert said_about_canada and all(speaker.startswith("person:") for speaker, _ in said_about_canada), said_about_canada


# --- Kuzu -----------------------------------------------------------------

KUZU_DIR = source / "tests" / "kuzu"


def kuzu(*extra):
    if not (KUZU_DIR / "node_modules" / "kuzu").exists():
        raise AssertionError(f"kuzu is not installed: run `npm ci` in {KUZU_DIR}")
    cmd = ["node", str(source / "scripts" / "kuzu-load.mjs"), str(out / "kuzu"), ":memory:", "--json", *extra]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


WHO_MET = ("MATCH (a:Person {{id: '{x}'}})-[:MET]-(b:Person) RETURN DISTINCT b.id AS id ORDER BY id")
SAID_ABOUT = ("MATCH (p)-[r:SPOKE_ABOUT]->(:Country {{id: '{y}'}}) RETURN p.id AS speaker, r.text AS text "
              "ORDER BY speaker, text")
COUNTS = ["MATCH (n) RETURN count(*) AS n", "MATCH ()-[r]->() RETURN count(*) AS n",
          "MATCH (n:Person) RETURN count(*) AS n", "MATCH ()-[r:MET]->() RETURN count(*) AS n"]


def kuzu_answers():
    who_helena, who_morimoto, said, *_ = kuzu("--query", WHO_MET.format(x=HELENA), "--query", WHO_MET.format(x=MORIMOTO),
                                              "--query", SAID_ABOUT.format(y="country:CA"))
    assert [r["id"] for r in who_helena] == met_helena, who_helena
    assert [r["id"] for r in who_morimoto] == met_morimoto, who_morimoto
    assert sorted((r["speaker"], r["text"]) for r in said) == said_about_canada, said


def kuzu_counts_and_properties():
    total, rels, people, met, row = kuzu(*sum((["--query", q] for q in COUNTS), []), "--query",
                                         f"MATCH (n:Person {{id: '{MWANGI}'}}) RETURN n.name AS name, n.mentions AS m, "
                                         "n.country AS c, n.start_byte AS s, n.end_byte AS e, n.doc AS d")
    expected_nodes = len(nodes) + len(graph["meetings"]) + len(graph["statements"])
    assert total[0]["n"] == expected_nodes, (total, expected_nodes)
    assert people[0]["n"] == sum(1 for n in nodes.values() if n["type"] == "person")
    assert met[0]["n"] == sum(1 for e in edges if e["type"] == "met")
    node = nodes[MWANGI]
    first = sorted((m["doc"], m["start"], m["end"]) for m in node["mentions"])[0]
    assert row == [{"name": node["label"], "m": len(node["mentions"]), "c": node["attributes"]["country"],
                    "s": first[1], "e": first[2], "d": first[0]}], row
    # The byte offsets point at the name in the article.
    text = (examples / "ceasefire-call.txt").read_bytes()
    assert text[first[1]:first[2]].decode() in {node["label"], *node["aliases"]}
    return total[0]["n"], rels[0]["n"]


def cypher_script_twice_on_kuzu():
    # The Neo4j script on top of the same data, twice: MERGE on id must add no node and no relationship.
    before = kuzu(*sum((["--query", q] for q in COUNTS), []))
    after = kuzu("--script", str(out / "graph.cypher"), "--script", str(out / "graph.cypher"),
                 *sum((["--query", q] for q in COUNTS), []),
                 "--query", WHO_MET.format(x=HELENA))
    assert after[:4] == before, (before, after[:4])
    assert [r["id"] for r in after[4]] == met_helena
    script = (out / "graph.cypher").read_text(encoding="utf-8")
    first_merge = script.index("MERGE (n:")
    assert script.rindex("CREATE CONSTRAINT") < first_merge < script.index("MERGE (a)-["), "constraints, nodes, relationships"


def cypher_script_alone_on_kuzu():
    # Into an empty schema the script alone builds the whole graph (nodes before relationships).
    schema_only = work / "kuzu-schema-only"
    schema_only.mkdir()
    shutil.copy(out / "kuzu" / "schema.cypher", schema_only / "schema.cypher")
    (schema_only / "copy.cypher").write_text("// nothing\n")
    cmd = ["node", str(source / "scripts" / "kuzu-load.mjs"), str(schema_only), ":memory:", "--json",
           "--script", str(out / "graph.cypher"), *sum((["--query", q] for q in COUNTS), [])]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    answers = json.loads(r.stdout)
    assert answers == kuzu(*sum((["--query", q] for q in COUNTS), [])), answers


# --- Jena TDB2 --------------------------------------------------------------

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
            "PREFIX id: <https://newsgraph.example/id/>\n")


def sparql(query):
    text = jena("tdb2.tdbquery", "--loc", str(work / "tdb2"), "--results=json", PREFIXES + query)
    rows = json.loads(text)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


def iri(node_id):
    return "https://newsgraph.example/id/" + node_id


def jena_answers():
    jena("tdb2.tdbloader", "--loc", str(work / "tdb2"), str(out / "graph.ttl"))
    who = """SELECT DISTINCT ?b WHERE {{ ?m a ng:Meeting ; ng:participant <{x}>, ?b . ?b a ng:Person .
             FILTER(?b != <{x}>) }} ORDER BY ?b"""
    assert [r["b"] for r in sparql(who.format(x=iri(HELENA)))] == [iri(p) for p in met_helena]
    assert [r["b"] for r in sparql(who.format(x=iri(MORIMOTO)))] == [iri(p) for p in met_morimoto]
    # The same through the plain edge property ng:met (written once per pair, either way round).
    direct = f"SELECT DISTINCT ?b WHERE {{ <{iri(HELENA)}> ng:met|^ng:met ?b }} ORDER BY ?b"
    assert [r["b"] for r in sparql(direct)] == [iri(p) for p in met_helena]
    said = """SELECT ?speaker ?text WHERE { ?s a ng:Statement ; ng:speaker ?speaker ; ng:text ?text ;
              ng:about id:country:CA } ORDER BY ?speaker ?text"""
    rows = sorted((r["speaker"], r["text"]) for r in sparql(said))
    assert rows == sorted((iri(s), t) for s, t in said_about_canada), rows
    # Evidence spans come back with their document and offsets.
    spans = sparql(f"""SELECT ?doc ?start ?end WHERE {{ <{iri(MWANGI)}> ng:mention [ ng:document [ ng:id ?doc ] ;
                       ng:startByte ?start ; ng:endByte ?end ] }}""")
    expected = sorted((m["doc"], m["start"], m["end"]) for m in nodes[MWANGI]["mentions"])
    assert sorted((r["doc"], int(r["start"]), int(r["end"])) for r in spans) == expected, spans
    count = sparql("SELECT (COUNT(?n) AS ?c) WHERE { ?n ng:id ?id ; a ?t FILTER(?t IN (ng:Person, ng:Country, "
                   "ng:Office, ng:Organization, ng:Location)) }")
    assert int(count[0]["c"]) == len(nodes), count


# --- NetworkX ---------------------------------------------------------------

def networkx_reads_graphml():
    script = """
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "multi": g.is_multigraph(),
                  "node": g.nodes[sys.argv[2]],
                  "edges_of": sorted([list(e[:2]) + [e[2]["type"]] for e in g.edges(data=True) if e[2]["type"] == "met"])}))
"""
    r = subprocess.run(["/usr/bin/python3", "-c", script, str(out / "graph.graphml"), MWANGI],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, "NetworkX could not read the GraphML (apt-get install python3-networkx): " + r.stderr
    got = json.loads(r.stdout)
    assert got["nodes"] == len(nodes), got
    assert got["edges"] == len(edges), got
    node = nodes[MWANGI]
    assert got["node"]["type"] == "person" and got["node"]["label"] == node["label"], got["node"]
    assert got["node"]["mentions"] == len(node["mentions"]), got["node"]  # an int, typed by attr.type
    assert got["node"]["country"] == node["attributes"]["country"], got["node"]
    expected_met = sorted([e["source"], e["target"], "met"] for e in edges if e["type"] == "met")
    assert got["edges_of"] == expected_met


# --- Neo4j bulk-import CSV -------------------------------------------------

LABELS = {"person": "Person", "country": "Country", "office": "Office", "organization": "Organization",
          "location": "Location"}


def neo4j_csv():
    folder = out / "neo4j"
    rows_by_label = {}
    for path in sorted(folder.glob("nodes_*.csv")):
        with path.open(newline="", encoding="utf-8") as f:
            table = list(csv.reader(f))
        header = table[0]
        assert header[0] == "id:ID" and header[-1] == ":LABEL", header
        assert "mentions:int" in header or path.name in ("nodes_Meeting.csv", "nodes_Statement.csv"), header
        assert "start_byte:int" in header and "end_byte:int" in header and "evidence" in header, header
        for row in table[1:]:
            assert len(row) == len(header), row
        label = path.stem[len("nodes_"):]
        assert {row[-1] for row in table[1:]} == {label}
        rows_by_label[label] = [row[0] for row in table[1:]]
    for type_, label in LABELS.items():
        assert rows_by_label.get(label, []) == sorted(i for i, n in nodes.items() if n["type"] == type_), label
    assert len(rows_by_label["Meeting"]) == len(graph["meetings"])
    assert len(rows_by_label["Statement"]) == len(graph["statements"])
    all_ids = {i for ids in rows_by_label.values() for i in ids}
    for path in sorted(folder.glob("relationships_*.csv")):
        with path.open(newline="", encoding="utf-8") as f:
            table = list(csv.reader(f))
        assert table[0][:3] == [":START_ID", ":END_ID", ":TYPE"], table[0]
        for row in table[1:]:
            assert len(row) == len(table[0]) and row[0] in all_ids and row[1] in all_ids, row
    with (folder / "relationships_MET.csv").open(newline="", encoding="utf-8") as f:
        met_rows = list(csv.DictReader(f))
    assert len(met_rows) == sum(1 for e in edges if e["type"] == "met")
    assert all(r[":TYPE"] == "MET" and r["status"] in ("held", "planned", "cancelled") for r in met_rows)
    with (folder / "relationships_SPOKE_ABOUT.csv").open(newline="", encoding="utf-8") as f:
        said = sorted((r[":START_ID"], r["text"]) for r in csv.DictReader(f) if r[":END_ID"] == "country:CA")
    assert said == said_about_canada, said
    script = (folder / "import.sh").read_text()
    for path in folder.glob("*.csv"):
        assert path.name in script, path.name


def exports_are_deterministic():
    out2 = work / "out2"
    run(binary, "build", examples, "--out", out2, "-q", "--format", "neo4j,cypher,kuzu,ttl,graphml", check=0)
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


checks.check("pictures: meetings view, ego view with sfdp, unknown ego", picture_views)
checks.check("graph.json has the answers the databases are asked for", expectations_hold)
checks.check("Kuzu: COPY the kuzu export; who met X, who said what about Y", kuzu_answers)
checks.check("Kuzu: node, relationship counts and typed properties with byte offsets", kuzu_counts_and_properties)
checks.check("Kuzu: the Neo4j Cypher script run twice adds no duplicates", cypher_script_twice_on_kuzu)
checks.check("Kuzu: the Cypher script alone builds the same graph", cypher_script_alone_on_kuzu)
checks.check("Jena TDB2: load the Turtle; SPARQL who met X, who said what about Y, evidence", jena_answers)
checks.check("NetworkX reads the GraphML: counts and typed attributes", networkx_reads_graphml)
checks.check("Neo4j CSV: headers, labels, row counts, ids, import.sh", neo4j_csv)
checks.check("a second run gives identical export files", exports_are_deterministic)
shutil.rmtree(work, ignore_errors=True)
checks.finish()
