#!/usr/bin/env python3
"""End-to-end: graph.html (--format html) on the example articles, opened in
headless Chromium from disk. The people are drawn, search finds a person by
name, alias or office in any case and centres on it, a click on a `met` line
shows its sentence and article, the filters show what they say, and the page
asks for nothing over the network. A hostile article cannot break out of
the page's script element."""
import json
import tempfile
from pathlib import Path

from common import Checks, parse_args, run
from explorer import browse, edge_date, embedded_graph, meeting_edges, no_requests_but

args = parse_args()
source = Path(args.source)
work = Path(tempfile.mkdtemp(prefix="newsgraph-e2e-explorer-"))
checks = Checks()

out = work / "examples"
run(args.binary, "build", source / "examples" / "articles", "--out", out, "--format", "json,html", "-q", check=0)
page = out / "graph.html"
graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
nodes = {n["id"]: n for n in graph["nodes"]}
people = sorted(i for i, n in nodes.items() if n["type"] == "person")
met = meeting_edges(graph)
met_people = sorted({e["source"] for e in met} | {e["target"] for e in met})
edge_by_id = {e["id"]: e for e in graph["edges"]}
held = next(e for e in met if e["attributes"]["status"] == "held")
holder = next(e for e in graph["edges"] if e["type"] == "holds_office")
office = nodes[holder["target"]]["label"]
japan = sorted(i for i, n in nodes.items() if n["attributes"].get("country") == "country:JP" or i == "country:JP"
               or i.startswith("office:JP:"))

steps = [
    {"do": "shown"},                                              # 0 meetings view
    {"do": "drawn", "ids": met_people},                           # 1
    {"do": "search", "query": "MORIMOTO"},                        # 2 an alias, upper case
    {"do": "clickEdge", "id": held["id"]},                        # 3
    {"do": "clickNodeLink", "id": held["target"]},                # 4 a name in the panel
    {"do": "status", "value": "planned", "checked": False},       # 5
    {"do": "reset"},                                              # 6
    {"do": "dates", "from": "2025-01-01", "to": "2025-12-31", "undated": False},  # 7
    {"do": "reset"},                                              # 8
    {"do": "search", "query": office.upper()},                    # 9 an office
    {"do": "view", "value": "everything"},                        # 10
    {"do": "fit"},                                                # 11
    {"do": "drawn", "ids": people},                               # 12
    {"do": "countries", "ids": ["country:JP"]},                   # 13
    {"do": "legend"},                                             # 14
]
report = browse(source, page, steps)
shown = report["steps"]


def the_page_holds_graph_json():
    html = page.read_text(encoding="utf-8")
    assert embedded_graph(html) == graph
    assert "The Cytoscape Consortium" in html and "Permission is hereby granted" in html


def opens_from_disk_without_errors_or_requests():
    no_requests_but(report, page)
    assert not report["errors"], report["errors"]
    assert report["readyWallMs"] < 10000, report["readyWallMs"]


def meetings_view_draws_the_people_who_met():
    assert sorted(shown[0]["nodes"]) == met_people, shown[0]["nodes"]
    assert sorted(shown[0]["edges"]) == sorted(e["id"] for e in met)
    for person, seen in shown[1].items():
        assert seen["visible"] and seen["inside"] and seen["painted"], (person, seen)


def everything_view_draws_every_person():
    assert sorted(shown[11]["nodes"]) == sorted(nodes), "everything shows every node"
    assert len(shown[11]["edges"]) == len(graph["edges"])
    for person, seen in shown[12].items():
        assert seen["visible"] and seen["inside"] and seen["painted"], (person, seen)


def search_by_alias_selects_and_centres():
    found = shown[2]
    assert found["results"][0] == "person:kenji-morimoto", found["results"]
    assert found["selected"] == ["person:kenji-morimoto"], found["selected"]
    assert found["title"] == "Kenji Morimoto"
    assert found["offCentre"] < 5, found["offCentre"]
    # The panel lists the offices, affiliations, meetings and statements, as graph.json has them.
    me = "person:kenji-morimoto"
    offices = [nodes[e["target"]]["label"] for e in graph["edges"] if e["type"] == "holds_office" and e["source"] == me]
    affiliations = [nodes[e["target"]]["label"] for e in graph["edges"]
                    if e["type"] in ("affiliated_with", "office_of") and e["source"] == me]
    meetings = [m for m in graph["meetings"] if me in m["participants"]]
    others = {nodes[p]["label"] for m in meetings for p in m["participants"] if p != me}
    said = [s for s in graph["statements"] if s["speaker"] == me]
    assert offices and meetings, "the examples give Morimoto an office and meetings"
    expected = [f"Offices ({len(offices)})", f"Meetings ({len(meetings)})", f"Statements ({len(said)})",
                *offices, *others, *(s["text"] for s in said)]
    if affiliations:
        expected += [f"Affiliations ({len(affiliations)})", *affiliations]
    for words in expected:
        assert words in found["details"], (words, found["details"])


def search_by_office_finds_its_holder():
    found = shown[9]
    assert holder["source"] in found["results"], (office, found["results"])
    assert found["selected"] and nodes[found["selected"][0]]["type"] == "person"


def clicking_a_met_line_shows_its_sentence_and_article():
    panel = shown[3]
    # The line of the pair: every meeting of the two, each with its own sentence.
    pair = {held["source"], held["target"]}
    assert sorted(panel["selected"]) == sorted(e["id"] for e in met if {e["source"], e["target"]} == pair)
    for edge_id in panel["selected"]:
        assert edge_by_id[edge_id]["attributes"]["evidence_text"] in panel["details"], panel["details"]
    doc = next(d for d in graph["documents"] if d["id"] == held["evidence"][0]["doc"])
    span = held["evidence"][0]
    for words in (doc["title"] or doc["id"], doc["date"] or "undated", doc["source"], f"bytes {span['start']}–{span['end']}",
                  nodes[held["source"]]["label"], nodes[held["target"]]["label"], "held"):
        assert words in panel["details"], (words, panel["details"])


def a_name_in_the_panel_selects_that_node():
    assert shown[4]["selected"] == [held["target"]] and shown[4]["title"] == nodes[held["target"]]["label"]


def status_filter_hides_planned_meetings():
    expected = sorted(e["id"] for e in met if e["attributes"]["status"] != "planned")
    assert sorted(shown[5]["edges"]) == expected, shown[5]["edges"]
    assert sorted(shown[6]["edges"]) == sorted(e["id"] for e in met)


def date_filter_keeps_the_lines_of_the_range():
    expected = sorted(e["id"] for e in met if "2025-01-01" <= edge_date(graph, e) <= "2025-12-31")
    assert expected and len(expected) < len(met), "the examples have lines in and out of 2025"
    assert sorted(shown[7]["edges"]) == expected, (shown[7]["edges"], expected)
    ends = {e for i in expected for e in (edge_by_id[i]["source"], edge_by_id[i]["target"])}
    assert sorted(shown[7]["nodes"]) == sorted(ends)


def country_filter_keeps_one_country():
    assert sorted(shown[13]["nodes"]) == japan, (shown[13]["nodes"], japan)


def legend_names_shapes_and_lines():
    for words in ("person", "country", "office", "met (held)", "met (planned)", "met (cancelled)", "statement"):
        assert words in shown[14], (words, shown[14])


HOSTILE = ("</script><script>window.pwned = 1</script><!-- <img src=x onerror=\"window.pwned = 2\">"
           " \u2028 \u2029")


def hostile_article_stays_text():
    article = {"id": "hostile", "url": "https://news.example/hostile", "date": "2025-02-03",
               "title": "Talks " + HOSTILE,
               "text": "Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday.\n\n"
                       "“We will close the " + HOSTILE + " matter soon,” Morimoto told reporters after the talks.\n"}
    corpus = work / "hostile.jsonl"
    corpus.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    hostile_out = work / "hostile"
    run(args.binary, "build", corpus, "--out", hostile_out, "--format", "json,html", "-q", check=0)
    hostile_page = hostile_out / "graph.html"
    html = hostile_page.read_text(encoding="utf-8")
    hostile_graph = json.loads((hostile_out / "graph.json").read_text(encoding="utf-8"))
    assert html.lower().count("</script") == 3 and "<!--" not in html and "\u2028" not in html
    assert embedded_graph(html) == hostile_graph
    quote = next(s for s in hostile_graph["statements"] if "</script>" in s["text"])
    met_edge = next(e for e in hostile_graph["edges"] if e["type"] == "met")
    result = browse(source, hostile_page, [{"do": "search", "query": "morimoto"}, {"do": "clickEdge", "id": met_edge["id"]}])
    assert result["pwned"] is None, "a script from the article ran"
    no_requests_but(result, hostile_page)
    assert not result["errors"], result["errors"]
    # The words are shown as they were written, tags and all.
    assert quote["text"].split("\u2028")[0].strip() in result["steps"][0]["details"], result["steps"][0]["details"]
    assert "Talks </script><script>window.pwned = 1</script>" in result["steps"][1]["details"]


for check in (the_page_holds_graph_json, opens_from_disk_without_errors_or_requests,
              meetings_view_draws_the_people_who_met, everything_view_draws_every_person,
              search_by_alias_selects_and_centres, search_by_office_finds_its_holder,
              clicking_a_met_line_shows_its_sentence_and_article, a_name_in_the_panel_selects_that_node,
              status_filter_hides_planned_meetings, date_filter_keeps_the_lines_of_the_range,
              country_filter_keeps_one_country, legend_names_shapes_and_lines, hostile_article_stays_text):
    checks.check(check.__name__.replace("_", " "), check)
checks.finish()
