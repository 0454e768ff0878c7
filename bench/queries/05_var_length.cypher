// Variable-length reachability: distinct persons within 1 to 3 knows-steps of
// 933, other than 933 itself (so the answer is the same under openCypher's
// relationship uniqueness and Kuzu's walk semantics).
// tags: anchored
MATCH (p:Person {id: 933})-[:knows*1..3]-(f:Person)
WHERE f <> p
RETURN count(DISTINCT f) AS n
