#!/usr/bin/env python3
"""Generates a large news corpus for the ingestion benchmark (bench/run_ingest.sh)
by recombining the project's test articles (tests/data/articles/*.md with
their gold/*.json): sentences, people's names and dates.

    gen_corpus.py --out DIR [--mb 60] [--seed 1] [--articles DIR] [--per-folder 1000]

Each generated article keeps one language: its opening paragraph comes from
one source article, the following 3 to 7 paragraphs from others of the same
language, each paragraph's sentences shuffled lightly (the first sentence
stays first). In each article every person of the gold files is renamed
consistently, full name and surname alone, to a new first name + surname
drawn from all the articles' people; years are shifted by one offset per
article and the front matter date is drawn between 2019 and 2026. Output:
DIR/NNNN/ARTICLE.LANG.md with `title`, `date` and `source` front matter,
until the text (front matter included) reaches --mb MiB. Prints the number
of articles and bytes on stderr. The same arguments give the same corpus.
"""
import argparse
import datetime
import glob
import json
import os
import random
import re
import sys

DEFAULT_ARTICLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "articles")
SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"A-ZÀ-ÖØ-Þ])")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def read_article(path):
    """(front matter dict, list of paragraphs) of a Markdown article."""
    text = open(path, encoding="utf-8").read()
    meta = {}
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end < 0:
            sys.exit(f"error: InputError: {path}: front matter not closed")
        for line in text[4:end].splitlines():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        text = text[end + 5:]
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    return meta, paras


def people(gold_path):
    """[(full name, [other names])] of the gold file's Person entities."""
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except FileNotFoundError:
        return []
    out = []
    for e in gold.get("entities", []):
        names = e.get("names") or []
        if e.get("label") == "Person" and names and " " in names[0]:
            out.append((names[0], names[1:]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--mb", type=float, default=60, help="MiB of text to write (default 60)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", default=DEFAULT_ARTICLES, help="folder of source articles (*.md, gold/*.json)")
    ap.add_argument("--per-folder", type=int, default=1000, help="articles per sub-folder")
    args = ap.parse_args()

    sources = []
    for path in sorted(glob.glob(os.path.join(args.articles, "*.md"))):
        name = os.path.basename(path)
        m = re.match(r"(.+)\.(\w\w)\.md$", name)
        if not m:
            continue  # README.md and files without a language
        meta, paras = read_article(path)
        if len(paras) < 2:
            continue
        sources.append({"name": m.group(1), "lang": m.group(2), "meta": meta, "paras": paras,
                        "people": people(os.path.join(args.articles, "gold", m.group(1) + "." + m.group(2) + ".json"))})
    if not sources:
        sys.exit(f"error: InputError: {args.articles}: no LANG.md articles")
    by_lang = {}
    for s in sources:
        by_lang.setdefault(s["lang"], []).append(s)
    firsts, lasts = set(), set()
    for s in sources:
        for full, _ in s["people"]:
            first, _, last = full.rpartition(" ")
            firsts.add(first)
            lasts.add(last)
    firsts, lasts = sorted(firsts), sorted(lasts)
    if not firsts:
        sys.exit(f"error: InputError: {args.articles}/gold: no Person names to recombine")

    rng = random.Random(args.seed)
    limit = int(args.mb * (1 << 20))
    written = count = 0
    while written < limit:
        lang = rng.choice(sorted(by_lang))
        pool = by_lang[lang]
        lead = rng.choice(pool)
        picked = [(lead, lead["paras"][0])]
        for _ in range(rng.randint(3, 7)):
            s = rng.choice(pool)
            picked.append((s, rng.choice(s["paras"][1:])))
        # One new name per (source article, person), used for every mention.
        renames = {}
        for s in {id(p[0]): p[0] for p in picked}.values():
            for full, others in s["people"]:
                first, last = rng.choice(firsts), rng.choice(lasts)
                renames[(s["name"], full)] = f"{first} {last}"
                for o in others:
                    if o and o != full:
                        # A surname alone (or another short form) becomes the new surname.
                        renames[(s["name"], o)] = last if " " not in o else f"{first} {last}"
        year_shift = rng.randint(-6, 0)

        def rewrite(src, text):
            names = sorted((n for (a, n) in renames if a == src["name"]), key=len, reverse=True)
            if names:
                pat = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
                text = pat.sub(lambda m: renames[(src["name"], m.group(1))], text)
            return YEAR.sub(lambda m: str(int(m.group(1)) + year_shift), text)

        paras = []
        for s, p in picked:
            sents = SENTENCE_END.split(p)
            if len(sents) > 2:
                rest = sents[1:]
                rng.shuffle(rest)
                sents = sents[:1] + rest
            paras.append(rewrite(s, " ".join(sents)))
        day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(8 * 365))
        title = rewrite(lead, lead["meta"].get("title", lead["name"]))
        source = lead["meta"].get("source", "Wire")
        body = (f"---\ntitle: {title}\ndate: {day.isoformat()}\nsource: {source}\n---\n"
                + "\n\n".join(paras) + "\n")
        folder = os.path.join(args.out, f"{count // args.per_folder:04d}")
        if count % args.per_folder == 0:
            os.makedirs(folder, exist_ok=True)
        data = body.encode("utf-8")
        with open(os.path.join(folder, f"a{count:07d}-{lead['name']}.{lang}.md"), "wb") as f:
            f.write(data)
        written += len(data)
        count += 1
    print(f"gen_corpus: {count} articles, {written} bytes in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
