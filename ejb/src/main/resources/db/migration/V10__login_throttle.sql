-- Throttling of failed sign-ins ([P1] « Protection », see org.scolarite.signin): one row per failed credential check,
-- counted per typed identifier and per client address; only the SHA-256 of the key is kept. Insert-only, so that the
-- servers of a cluster never contend; rows older than a day are purged every hour. Runs on H2 2.x and PostgreSQL.
CREATE SEQUENCE login_failure_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE login_failure (
    id         BIGINT       NOT NULL PRIMARY KEY,
    scope      VARCHAR(10)  NOT NULL,
    key_digest VARCHAR(64)  NOT NULL,
    failed_at  TIMESTAMP    NOT NULL,
    CONSTRAINT ck_login_failure_scope CHECK (scope IN ('IDENTIFIER', 'ADDRESS'))
);
-- The throttle's query: the latest failures of one key inside the window.
CREATE INDEX ix_login_failure_key ON login_failure (scope, key_digest, failed_at);
-- The hourly purge.
CREATE INDEX ix_login_failure_at ON login_failure (failed_at);
