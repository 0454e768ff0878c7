// Global aggregation over all comments.
MATCH (c:Comment)
RETURN count(*) AS n, sum(c.length) AS total, min(c.length) AS min_length,
       max(c.length) AS max_length, avg(c.length) AS mean_length
