#!/usr/bin/env bash
# The Quick start's main job: installs what is missing and builds (setup.sh),
# ingests the sample corpus of samples/ into a fresh ./kgdata, and answers a
# few questions an analyst would ask of it, printing each query before its
# result. Usage: scripts/run.sh [BUILD_DIR]   (default: build)
#
# samples/ holds eight short articles written for this project (French and
# English; .md, .txt, .html, .json and .jsonl) that follow one invented
# storyline: the Geneva talks between American and Ukrainian negotiators and
# the Riyadh meeting that follows. The people, places and quotes recur across
# articles and languages, so the queries below join them. (No README there:
# every .md file in samples/ is ingested as an article.)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
KG_PGO=${KG_PGO:-1} scripts/setup.sh "$BUILD_DIR"
KG="$BUILD_DIR/kg"
DB=./kgdata

rm -rf "$DB"
echo "== kg ingest --db $DB samples/"
"$KG" ingest --db "$DB" samples/
echo

# ask TITLE QUERY: prints the question and the query, then the result table.
ask() {
  echo "== $1"
  echo "$2" | sed 's/^/   /'
  "$KG" query --db "$DB" --read-only "$2"
  echo
}

ask "Who said what about the Geneva talks, and when?" \
"MATCH (p)-[r:SAID]->(s:Statement)-[:ABOUT]->(x)
WHERE x.name IN ['Genève', 'Geneva'] OR (x:Meeting AND x.name CONTAINS 'Gen')
RETURN DISTINCT s.date AS date, p.name AS speaker, r.verb AS verb, s.text AS statement
ORDER BY date, speaker"

ask "Which meetings were held (or are planned) where, when, and with whom?" \
"MATCH (m:Meeting)-[:HELD_IN]->(pl:Place)
OPTIONAL MATCH (x)-[:PARTICIPATED_IN]->(m)
RETURN pl.name AS place, m.name AS meeting, m.start AS start, m.end AS end, m.status AS status,
       collect(DISTINCT x.name) AS participants
ORDER BY start, place"

ask "Which documents are negotiated, between whom?" \
"MATCH (d:Document)-[:NEGOTIATED_BETWEEN]->(p)
RETURN d.name AS document, collect(DISTINCT p.name) AS parties
ORDER BY document"

ask "Who commented on those documents?" \
"MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(d:Document)
RETURN d.name AS document, sp.name AS speaker, s.text AS statement
ORDER BY document"

ask "Where does each statement of Dmitri Peskov come from? (provenance)" \
"MATCH (p:Person)-[r:SAID]->(s:Statement)
WHERE p.name CONTAINS 'Peskov'
MATCH (a:Article) WHERE a.id = r.article
RETURN s.text AS statement, a.id AS article, a.source AS source, a.date AS date,
       r.sentence AS sentence, r.span AS span
ORDER BY date"

ask "Which people do the most articles mention?" \
"MATCH (a:Article)-[m:MENTIONS]->(p:Person)
RETURN p.name AS person, count(DISTINCT a) AS articles, sum(m.count) AS mentions
ORDER BY articles DESC, mentions DESC, person
LIMIT 8"

ask "Who speaks for which organisation or country?" \
"MATCH (p:Person)-[r:AFFILIATED_WITH]->(o)
RETURN p.name AS person, r.role AS role, o.name AS affiliation, labels(o)[0] AS kind
ORDER BY person, affiliation"

echo "The database is in $DB: try  $KG shell --db $DB"
