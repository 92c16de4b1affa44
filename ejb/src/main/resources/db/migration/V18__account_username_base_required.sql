-- Every account now records the base of its identifier when it is created (JPA and the replication's pre-creation
-- alike); the accounts the console created since V14 without it get it here, and the column becomes required, so that
-- the pre-creation's lookup of homonyms by base (ix_account_username_base) never misses one.
UPDATE account SET username_base = REGEXP_REPLACE(username, '[0-9]+$', '') WHERE username_base IS NULL;
ALTER TABLE account ALTER COLUMN username_base SET NOT NULL;
