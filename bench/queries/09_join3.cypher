// Three-type join Person <- Post -> Tag: the tags with the most distinct posters.
MATCH (p:Person)<-[:Post_hasCreator]-(m:Post)-[:Post_hasTag]->(t:Tag)
RETURN t.name AS tag, count(DISTINCT p) AS people
ORDER BY people DESC, tag
LIMIT 10
