#!/usr/bin/env python3
"""Converts the annotated corpora into the recognizer's training file.

usage: recognizer_corpora.py --corpora DIR [--dev DIR] --out FILE

Reads GUM (CoNLL-U entity brackets), WikiGold (CoNLL IOB1), re3d (JSON) from
DIR (the layout of ../shared/corpora) and, with --dev, the old development
articles dev-01 ... dev-14 and the seed article (their gold entity names and
aliases projected onto the text). Writes JSON Lines, one document a line:

  {"corpus": "gum", "doc": "...", "split": "train" | "heldout",
   "text": "...", "spans": [[begin, end, "PER" | "ORG" | "LOC" | "MISC"], ...],
   "partial": false}

Offsets are UTF-8 byte offsets into "text". "partial" documents name only
some of their names (the development articles list the places where
something happens, not every place): the trainer learns nothing about the
capitalized words they leave unlabelled.

Every corpus is split by document; the held-out documents are never
trained on (see README, "The learned recognizer").
"""
import argparse
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def rows(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def title_words():
    """Words stripped from the front of a person's name (Mr, President, Gen.)."""
    return {r[0] for r in rows("title_words.tsv") if len(r) > 1 and r[1] in ("honorific", "rank", "office_head", "modifier")}


def demonyms():
    out = set()
    for r in rows("countries.tsv"):
        if len(r) > 3:
            out.update(d for d in r[3].split("|") if d)
    return out


TITLES = title_words()
DEMONYMS = demonyms()
# Lower-case words allowed inside a name ("University of Portsmouth", "Bank of the Philippine Islands").
CONNECTORS = {"of", "for", "and", "&", "de", "du", "la", "le", "von", "van", "der", "den", "del", "della", "da", "dos",
              "das", "bin", "ibn", "al", "el", "y", "the", "-", "on", "upon"}


class Doc:
    """Text built piece by piece, with character spans of the names."""

    def __init__(self, corpus, doc, split, partial=False):
        self.corpus, self.doc, self.split, self.partial = corpus, doc, split, partial
        self.parts, self.length, self.spans = [], 0, []

    def add(self, s):
        at = self.length
        self.parts.append(s)
        self.length += len(s)
        return at

    def record(self):
        text = "".join(self.parts)
        spans = flat(self.spans)
        # character offsets -> UTF-8 byte offsets
        byte_at, total = [], 0
        for ch in text:
            byte_at.append(total)
            total += len(ch.encode("utf-8"))
        byte_at.append(total)
        return {"corpus": self.corpus, "doc": self.doc, "split": self.split, "text": text,
                "spans": [[byte_at[b], byte_at[e], t] for b, e, t in spans], "partial": self.partial}


TYPE_ORDER = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}


def flat(spans):
    """Non-overlapping spans, outermost (then longest, then first, then PER, ORG, LOC, MISC) kept."""
    out = []
    for b, e, t in sorted(set(spans), key=lambda s: (-(s[1] - s[0]), s[0], TYPE_ORDER[s[2]])):
        if b < e and all(e <= ob or b >= oe for ob, oe, _ in out):
            out.append((b, e, t))
    return sorted(out)


# --- GUM ------------------------------------------------------------------

# Names of other things (a spacecraft, a war, a prize, a language) are MISC, as in CoNLL: the model
# learns them apart from people, organizations and places, and newsgraph leaves them out.
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC", "event": "MISC", "object": "MISC", "abstract": "MISC",
             "animal": "MISC", "plant": "MISC", "substance": "MISC"}


def gum_split(corpora):
    held = set()
    section = None
    for line in (corpora / "gum" / "splits.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        m = re.match(r"\s*\* (\S+)", line)
        if m and section == "test":
            held.add(m.group(1))
    return held


def gum_brackets(misc):
    """(opened, closed) entity brackets of a token: opened [(id, type)], closed [id]."""
    value = next((m[len("Entity="):] for m in misc.split("|") if m.startswith("Entity=")), "")
    opened, closed = [], []
    for m in re.finditer(r"\(([^()]+)\)?|([^()]+)\)", value):
        if m.group(1):
            fields = m.group(1).split("-")
            opened.append((fields[0], fields[1] if len(fields) > 1 else ""))
            if m.group(0).endswith(")"):
                closed.append(fields[0])
        else:
            closed.append(m.group(2))
    return opened, closed


def gum_sentence(doc, text, words, ranges, mentions_out):
    """Places one sentence's words in the document's text; collects its name mentions."""
    base = doc.add(text)
    pos = 0
    spans = {}
    forms = {w["id"]: w["form"] for w in words}
    for start, end, form in ranges:  # multi-word tokens ("Zurbarán’s"): their words split it, or share it
        at = text.find(form, pos)
        if at < 0:
            continue
        parts = [forms.get(w, "") for w in range(start, end + 1)]
        if "".join(parts) == form:
            for w, part in zip(range(start, end + 1), parts):
                spans[w] = (base + at, base + at + len(part))
                at += len(part)
        else:
            for w in range(start, end + 1):
                spans[w] = (base + at, base + at + len(form))
    pos = 0
    for w in words:
        if w["id"] in spans:
            pos = spans[w["id"]][1] - base
            continue
        at = text.find(w["form"], pos)
        if at < 0:
            raise ValueError(f"{doc.doc}: cannot place {w['form']!r} in {text!r}")
        spans[w["id"]] = (base + at, base + at + len(w["form"]))
        pos = at + len(w["form"])
    open_mentions = {}
    for i, w in enumerate(words):
        opened, closed = gum_brackets(w["misc"])
        for eid, etype in opened:
            open_mentions.setdefault(eid, []).append((i, etype))
        for eid in closed:
            if open_mentions.get(eid):
                start, etype = open_mentions[eid].pop()
                mentions_out.append((start, i, etype))
    return spans


def proper(word):
    """A proper noun: UPOS PROPN, or tagged NNP/NNPS ("New" of "New York" is an ADJ tagged NNP)."""
    return word["upos"] == "PROPN" or word["xpos"] in ("NNP", "NNPS")


def gum_name(words, start, end):
    """The name inside a mention: the proper nouns around its head, titles and 's left out."""
    ids = {w["id"] for w in words[start:end + 1]}
    heads = [i for i in range(start, end + 1) if words[i]["head"] not in ids]
    if not heads:
        return None
    head = heads[0]
    if not proper(words[head]):
        return None
    def name_word(i):
        return proper(words[i])

    b = e = head
    while b - 1 >= start and (name_word(b - 1) or (words[b - 1]["form"] in CONNECTORS and b - 2 >= start and name_word(b - 2))):
        b -= 1
    while e + 1 <= end and (name_word(e + 1) or (words[e + 1]["form"] in CONNECTORS and e + 2 <= end and name_word(e + 2))):
        e += 1
    while b < e and words[b]["form"] in CONNECTORS:
        b += 1
    return b, e


def read_gum(corpora):
    held = gum_split(corpora)
    for path in sorted((corpora / "gum" / "dep").glob("*.conllu")):
        name = path.stem
        doc = Doc("gum", name, "heldout" if name in held else "train")
        text, words, ranges, paragraph_open = None, [], [], False

        def flush():
            nonlocal words, ranges, text
            if text is None:
                return
            mentions = []
            spans = gum_sentence(doc, text, words, ranges, mentions)
            for s, e, etype in mentions:
                if etype not in GUM_TYPES:
                    continue
                found = gum_name(words, s, e)
                if not found:
                    continue
                b, z = found
                kind = GUM_TYPES[etype]
                if etype == "person":  # "U.S. President Donald Trump": the name follows the last title word
                    titles = [k for k in range(b, z) if words[k]["form"] in TITLES]
                    if titles:
                        b = titles[-1] + 1
                    if words[b]["form"] in TITLES:
                        continue
                    if " ".join(w["form"] for w in words[b:z + 1]) in DEMONYMS:  # "the Japanese"
                        kind = "MISC"
                doc.spans.append((spans[words[b]["id"]][0], spans[words[z]["id"]][1], kind))
            text, words, ranges = None, [], []

        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# newpar"):
                if line.startswith("# newpar_block") or line == "# newpar":
                    flush()
                    if doc.length and paragraph_open:
                        doc.add("\n\n")
                    paragraph_open = False
            elif line.startswith("# text = "):
                flush()
                if paragraph_open:
                    doc.add(" ")
                text = line[len("# text = "):]
                paragraph_open = True
            elif line and not line.startswith("#"):
                cols = line.split("\t")
                if "." in cols[0]:
                    continue
                if "-" in cols[0]:
                    a, z = cols[0].split("-")
                    ranges.append((int(a), int(z), cols[1]))
                    continue
                words.append({"id": int(cols[0]), "form": cols[1], "upos": cols[3], "xpos": cols[4], "head": int(cols[6]) if cols[6].isdigit() else 0,
                              "misc": cols[9]})
        flush()
        doc.add("\n")
        yield doc.record()


# --- WikiGold -----------------------------------------------------------------

def read_wikigold(corpora):
    path = next((corpora / "wikigold").rglob("wikigold.conll.txt"))
    current = [[]]  # the first document has no -DOCSTART- line
    docs = [current]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if any(current):
                current = [[]]
                docs.append(current)
        elif not line.strip():
            if current and current[-1]:
                current.append([])
        else:
            token, tag = line.rsplit(" ", 1)
            current[-1].append((token, tag))
    for n, sentences in enumerate(docs):
        doc = Doc("wikigold", f"wikigold-{n + 1:03d}", "heldout" if n % 5 == 4 else "train")
        for sentence in sentences:
            if not sentence:
                continue
            open_span = None
            for k, (token, tag) in enumerate(sentence):
                at = doc.add(token)
                kind = tag[2:] if tag != "O" else None
                # IOB1: I-X continues an X; B-X starts a new X right after another.
                if open_span and (kind != open_span[1] or tag.startswith("B-")):
                    doc.spans.append((open_span[0], open_span[2], open_span[1]))
                    open_span = None
                if kind in ("PER", "ORG", "LOC", "MISC"):
                    open_span = open_span or [at, kind, at]
                    open_span[2] = at + len(token)
                if k + 1 < len(sentence):
                    doc.add(" ")
            if open_span:
                doc.spans.append((open_span[0], open_span[2], open_span[1]))
            doc.add("\n")
        yield doc.record()


# --- re3d ---------------------------------------------------------------------

RE3D_TYPES = {"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"}
LEADING = ("the ", "The ", "a ", "an ")
PRONOUNS = {"We", "They", "It", "He", "She", "I", "You", "Us", "Our", "Their"}


def re3d_name(text, begin, end, kind):
    """A re3d span trimmed to a name: no leading article, no trailing 's; None for a description."""
    value = text[begin:end]
    for lead in LEADING:
        if value.startswith(lead):
            begin += len(lead)
            value = value[len(lead):]
    for tail in ("'s", "’s"):
        if value.endswith(tail):
            end -= len(tail)
            value = value[:-len(tail)]
    words = value.split()
    # "U.S. service members", "city of Raqqah", "rebels": a description has a lower-case word other than a connector.
    if not words or not all(any(ch.isupper() for ch in w) or w in CONNECTORS for w in words) or value in PRONOUNS:
        return None
    if kind == "PER" and (words[0] in TITLES or words[-1] in TITLES):  # "Inherent Resolve Commander": an office
        return None
    return begin, end


def read_re3d(corpora):
    for folder in sorted(p for p in (corpora / "re3d").iterdir() if p.is_dir()):
        documents = [json.loads(line) for line in (folder / "documents.json").read_text(encoding="utf-8").splitlines() if line.strip()]
        entities = [json.loads(line) for line in (folder / "entities.json").read_text(encoding="utf-8").splitlines() if line.strip()]
        by_doc = {}
        for e in entities:
            by_doc.setdefault(e["documentId"], []).append(e)
        for n, d in enumerate(sorted(documents, key=lambda d: d["_id"])):
            doc = Doc("re3d", f"{folder.name}/{d['_id']}", "heldout" if n % 5 == 4 else "train")
            text = d["text"]
            doc.add(text)
            doc.add("\n")
            for e in by_doc.get(d["_id"], []):
                if e["type"] not in RE3D_TYPES or float(e.get("confidence", 0)) < 0.5:
                    continue
                found = re3d_name(text, e["begin"], e["end"], RE3D_TYPES[e["type"]])
                if found:
                    doc.spans.append((found[0], found[1], RE3D_TYPES[e["type"]]))
            yield doc.record()


# --- the old development articles, projected -------------------------------------

DEV_TYPES = {"person": "PER", "organization": "ORG", "location": "LOC", "country": "LOC"}
DEV_HELD = {"dev-05", "dev-10", "seed"}


def dev_forms(entity):
    forms = set()
    for form in [entity["name"]] + entity.get("aliases", []):
        words = form.split()
        if entity["type"] == "person":
            while len(words) > 1 and words[0] in TITLES | {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."}:
                words = words[1:]
        form = " ".join(words)
        if form and any(ch.isupper() for ch in form) and form not in DEMONYMS:
            forms.add(form)
    return forms


def read_dev(dev):
    names = sorted(p for p in dev.glob("*.gold.json") if re.match(r"(dev-(0[1-9]|1[0-4])|seed)-", p.name))
    for gold_path in names:
        stem = gold_path.name[: -len(".gold.json")]
        short = "seed" if stem.startswith("seed") else stem[:6]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(stem + ".txt").read_text(encoding="utf-8")
        doc = Doc("dev", stem, "heldout" if short in DEV_HELD else "train", partial=True)
        doc.add(text)
        priority = {"person": 0, "organization": 1, "location": 2, "country": 3}
        forms = []
        for entity in gold["entities"]:
            if entity["type"] in DEV_TYPES:
                forms += [(f, entity["type"]) for f in dev_forms(entity)]
        forms.sort(key=lambda f: (-len(f[0]), priority[f[1]], f[0]))
        taken = []
        for form, etype in forms:
            for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
                if all(m.end() <= b or m.start() >= e for b, e in taken):
                    taken.append((m.start(), m.end()))
                    doc.spans.append((m.start(), m.end(), DEV_TYPES[etype]))
        yield doc.record()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", required=True, type=Path)
    ap.add_argument("--dev", type=Path, help="the development articles (only dev-01 ... dev-14 and seed are read)")
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    readers = [read_gum(args.corpora), read_wikigold(args.corpora), read_re3d(args.corpora)]
    if args.dev:
        readers.append(read_dev(args.dev))
    counts = {}
    with open(args.out, "w", encoding="utf-8") as out:
        for reader in readers:
            for record in reader:
                key = (record["corpus"], record["split"])
                docs, spans = counts.get(key, (0, 0))
                counts[key] = (docs + 1, spans + len(record["spans"]))
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    for (corpus, split), (docs, spans) in sorted(counts.items()):
        print(f"{corpus:9s} {split:8s} {docs:4d} documents {spans:6d} names", file=sys.stderr)


if __name__ == "__main__":
    main()
