// 3-hop expansion: simple paths of three knows-steps from person 933 (no
// person twice, so the answer is the same under openCypher's relationship
// uniqueness and Kuzu's walk semantics): distinct end persons, and paths.
// tags: anchored
MATCH (p:Person {id: 933})-[:knows]-(a:Person)-[:knows]-(b:Person)-[:knows]-(f:Person)
WHERE b <> p AND f <> a AND f <> p
RETURN count(DISTINCT f) AS n, count(*) AS paths
