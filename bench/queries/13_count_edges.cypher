// Counting one relationship type's edges.
MATCH ()-[r:likes_Comment]->()
RETURN count(r) AS n
