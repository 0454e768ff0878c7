// String filter: comments whose content starts with a prefix.
MATCH (c:Comment)
WHERE c.content STARTS WITH 'About Augustine'
RETURN count(*) AS n
