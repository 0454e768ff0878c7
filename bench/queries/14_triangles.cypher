// Triangle count over knows (each triangle once).
MATCH (a:Person)-[:knows]-(b:Person)-[:knows]-(c:Person)-[:knows]-(a)
WHERE a.id < b.id AND b.id < c.id
RETURN count(*) AS triangles
