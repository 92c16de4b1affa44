-- Portal simulation (R-SIM-1): the single-use tickets with which the console opens the portal as one account,
-- read-only. A ticket lives 2 minutes; only the SHA-256 hash of its token is stored, so that reading this table
-- opens nobody's account. Runs on H2 2.x and PostgreSQL; allocation size 50 as in the entity.
CREATE SEQUENCE simulation_ticket_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE simulation_ticket (
    id               BIGINT      NOT NULL PRIMARY KEY,
    token_hash       VARCHAR(64) NOT NULL,
    account_id       BIGINT      NOT NULL REFERENCES account (id),
    staff_username   VARCHAR(60) NOT NULL,
    establishment_id BIGINT      NOT NULL REFERENCES establishment (id),
    created_at       TIMESTAMP   NOT NULL,
    expires_at       TIMESTAMP   NOT NULL,
    used_at          TIMESTAMP,
    CONSTRAINT uq_simulation_ticket_hash UNIQUE (token_hash),
    CONSTRAINT ck_simulation_ticket_expiry CHECK (expires_at > created_at)
);
-- Expired tickets are purged when new ones are opened.
CREATE INDEX ix_simulation_ticket_expiry ON simulation_ticket (expires_at);
