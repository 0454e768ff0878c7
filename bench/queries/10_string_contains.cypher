// String filter: comments whose content mentions a word.
MATCH (c:Comment)
WHERE c.content CONTAINS 'Gandhi'
RETURN count(*) AS n
