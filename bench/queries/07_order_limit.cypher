// ORDER BY + LIMIT over all persons: the ten most recently joined.
MATCH (p:Person)
RETURN p.id, p.firstName, p.lastName, p.creationDate
ORDER BY p.creationDate DESC, p.id
LIMIT 10
