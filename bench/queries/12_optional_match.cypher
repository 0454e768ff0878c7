// OPTIONAL MATCH: every person with the universities they studied at (or none).
MATCH (p:Person)
OPTIONAL MATCH (p)-[:studyAt]->(o:Organisation)
RETURN count(p) AS persons, count(o) AS with_university
