// Point lookup: one person by its LDBC id.
MATCH (p:Person) WHERE p.id = 933
RETURN p.firstName, p.lastName, p.gender, p.birthday
