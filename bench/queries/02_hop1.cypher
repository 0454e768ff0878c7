// 1-hop expansion: the friends of person 933 (knows, either direction).
// tags: anchored
MATCH (p:Person {id: 933})-[:knows]-(f:Person)
RETURN f.id, f.firstName, f.lastName
ORDER BY f.id
