// Shortest path over knows between two persons 4 hops apart (length only).
// tags: anchored
MATCH path = shortestPath((a:Person {id: 933})-[:knows*..15]-(b:Person {id: 367}))
RETURN length(path) AS hops
