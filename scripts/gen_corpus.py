#!/usr/bin/env python3
"""Writes a synthetic news corpus for the benchmark (scripts/bench.sh).

Articles are built from templates that vary people, countries, offices,
places and quotes, so that the extraction stages do real work: titles,
names, demonyms, meetings, calls, planned visits, direct and reported
speech. Deterministic for a given --seed.

  scripts/gen_corpus.py --count 100000 --out /tmp/corpus.jsonl

--family-names N adds N made-up family names to the list, for a graph with
more people (the explorer page's test draws 2,000 nodes).
"""
import argparse
import json
import random

COUNTRIES = [
    ("Japan", "Japanese", "Tokyo"), ("United States", "American", "Washington"), ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"), ("India", "Indian", "New Delhi"), ("Brazil", "Brazilian", "Brasilia"),
    ("Canada", "Canadian", "Ottawa"), ("Portugal", "Portuguese", "Lisbon"), ("Kenya", "Kenyan", "Nairobi"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"), ("South Korea", "South Korean", "Seoul"), ("Italy", "Italian", "Rome"),
    ("Spain", "Spanish", "Madrid"), ("Mexico", "Mexican", "Mexico City"), ("Egypt", "Egyptian", "Cairo"),
    ("Turkey", "Turkish", "Ankara"), ("Australia", "Australian", "Canberra"), ("Nigeria", "Nigerian", "Abuja"),
    ("Poland", "Polish", "Warsaw"), ("Indonesia", "Indonesian", "Jakarta"),
]
OFFICES = ["Prime Minister", "Foreign Minister", "Finance Minister", "Trade Minister", "Defence Minister",
           "President", "Energy Minister", "Health Minister"]
GIVEN = ["Helena", "Marcus", "Kenji", "Daniel", "Amara", "Sofia", "Luca", "Priya", "Tomas", "Ines", "Yuki", "Omar",
         "Chiara", "Mateo", "Nadia", "Arjun", "Lena", "Felix", "Grace", "Hassan", "Elena", "Jonas", "Mina", "Pablo"]
FAMILY = ["Duarte", "Whitfield", "Morimoto", "Mwangi", "Alemu", "Rossi", "Schneider", "Sharma", "Novak", "Costa",
          "Tanaka", "Haddad", "Moreau", "Silva", "Kowalski", "Okafor", "Lindqvist", "Petrov", "Santos", "Yilmaz",
          "Fischer", "Nakamura", "Bianchi", "Herrera", "Osei", "Dubois", "Weber", "Kumar", "Ferreira", "Sato"]
TOPICS = ["trade", "energy security", "climate finance", "migration", "defence cooperation", "tariffs",
          "critical minerals", "food prices", "shipping routes", "vaccine supplies", "debt relief", "fisheries"]
QUOTES = [
    "We have agreed to set up a working group that will report back before the summer",
    "Our companies need clear rules, and they need them soon",
    "This is a partnership built on trust and on shared interests",
    "We will not accept any deal that hurts our farmers",
    "The talks were frank, and they were useful",
    "There is still a lot of work to do before we can sign anything",
    "Our door remains open to dialogue",
    "We expect concrete results by the end of the year",
]
FILLER = [
    "Officials said the talks covered {topic} and a possible framework agreement to be signed later this year.",
    "Analysts in {capital} said the meeting showed how quickly relations had improved since last year.",
    "The two sides also discussed {topic}, according to a statement released after the meeting.",
    "Markets reacted calmly to the news, with the main index in {capital} closing slightly higher.",
    "Diplomats said further rounds of negotiations on {topic} were expected in the coming months.",
    "The ministry said the visit was part of a wider effort to strengthen ties with partners in the region.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


SYLLABLES = ["ka", "ro", "mi", "lan", "do", "ve", "sa", "ti", "bor", "nel", "ar", "len", "so", "vik", "ma", "tu"]


def made_up_family_names(count):
    """`count` family names made of syllables, the same ones every time."""
    rng = random.Random(count)
    names = set()
    while len(names) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        if name not in FAMILY:
            names.add(name)
    return sorted(names)


def person(rng):
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def article(rng, n):
    (c1, d1, cap1), (c2, d2, cap2) = rng.sample(COUNTRIES, 2)
    o1, o2 = rng.choice(OFFICES), rng.choice(OFFICES)
    p1, p2, p3 = person(rng), person(rng), person(rng)
    last1, last2 = p1.split()[-1], p2.split()[-1]
    topic = rng.choice(TOPICS)
    year, month, day = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year}-{month:02d}-{day:02d}"
    paras = [
        f"{cap1.upper()}, {MONTHS[month - 1]} {day} (Wire) — {d1} {o1} {p1} met {d2} {o2} {p2} in {cap1} on "
        f"{rng.choice(WEEKDAYS)}, the two governments said, as both countries look to deepen ties over {topic}.",
        f"“{rng.choice(QUOTES)},” {last1} told reporters after the talks. “{rng.choice(QUOTES)}.”",
        f"{last2} said {c2} was ready to work with {c1} on {topic} if {cap1} opened its market to {d2} companies.",
        rng.choice(FILLER).format(topic=topic, capital=cap2),
        f"The two ministers are expected to meet again in {cap2} in {rng.choice(MONTHS)}, according to a {d2} official.",
        f"{c1}'s {rng.choice(OFFICES)} {p3} spoke by phone with {last2} later in the day, the ministry said.",
        f"{d2} {o2} {p2} said the talks showed that “{rng.choice(QUOTES).lower()}.”",
        rng.choice(FILLER).format(topic=rng.choice(TOPICS), capital=cap1),
        rng.choice(FILLER).format(topic=rng.choice(TOPICS), capital=cap2),
        f"Earlier this year {last1} had accused critics in {c2} of misreading the negotiations, a charge they rejected.",
        rng.choice(FILLER).format(topic=topic, capital=cap1),
    ]
    title = f"{c1} and {c2} discuss {topic} as {last1} meets {last2}"
    return {"id": f"bench-{n:07d}", "url": f"https://news.example/{year}/{n}", "date": date, "title": title,
            "text": "\n\n".join(paras) + "\n", "lang": "en", "section": rng.choice(["world", "business", "politics"])}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="JSON Lines file to write")
    ap.add_argument("--family-names", type=int, default=0, help="made-up family names to add (more people)")
    args = ap.parse_args()
    FAMILY.extend(made_up_family_names(args.family_names))
    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8") as f:
        for n in range(args.count):
            f.write(json.dumps(article(rng, n), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
