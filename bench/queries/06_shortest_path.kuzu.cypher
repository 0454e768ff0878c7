// Kuzu's dialect: `* SHORTEST lo..hi` in the relationship instead of shortestPath().
// tags: anchored
MATCH path = (a:Person {id: 933})-[:knows* SHORTEST 1..15]-(b:Person {id: 367})
RETURN length(path) AS hops
