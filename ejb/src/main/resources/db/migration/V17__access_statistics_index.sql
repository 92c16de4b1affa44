-- Statistics of the portal's accesses (R-STAT-3), read straight from the access log in real time: one index holding
-- every column the counts group by, so that an establishment's year and the académie's per-establishment counts are
-- read from the index alone (PostgreSQL's index-only scans) rather than from rows scattered over the table. It takes
-- over the (establishment, day, service) index of V12, its prefix. Runs on H2 2.x and PostgreSQL.
CREATE INDEX ix_portal_access_statistics
    ON portal_access (establishment_id, access_day, service_key, account_kind, mef_id);
DROP INDEX ix_portal_access_establishment_day;
