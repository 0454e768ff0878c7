// 2-hop expansion: distinct friends of friends of person 933, other than 933.
// tags: anchored
MATCH (p:Person {id: 933})-[:knows]-(:Person)-[:knows]-(f:Person)
WHERE f.id <> 933
RETURN count(DISTINCT f) AS n
