-- « Gérer le compte responsable / élève » (R-IND-1, R-ACC-5): single-use links sent by e-mail, and the new lines of an
-- account's history. Runs on H2 2.x and PostgreSQL; sequences start at 50 and grow by 50 as in the entities.

-- The secret of a link is never stored: only its SHA-256 (hex), unique. A link is spent once (used_at) and refused
-- from expires_at on; it names the address it was sent to, so that an address corrected since is not validated by it.
CREATE SEQUENCE account_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account_token (
    id          BIGINT       NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    email       VARCHAR(254),
    created_at  TIMESTAMP    NOT NULL,
    expires_at  TIMESTAMP    NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VALIDATE_EMAIL')),
    CONSTRAINT ck_account_token_period CHECK (expires_at > created_at)
);
CREATE INDEX ix_account_token_account ON account_token (account_id);

-- New history lines: the school corrected the address waiting for validation and sent the link again (R-ACC-5), a
-- regrouped guardian's account handed one child over to a new account (R-IND-1).
ALTER TABLE account_event DROP CONSTRAINT ck_account_event_type;
ALTER TABLE account_event ADD CONSTRAINT ck_account_event_type CHECK (event_type IN ('CREATED', 'NOTIFIED',
    'RENOTIFIED', 'PASSWORD_RESET', 'ACTIVATED', 'EMAIL_VALIDATED', 'EMAIL_CORRECTED', 'VALIDATION_SENT',
    'CHILD_HANDED_OVER', 'EXPIRED', 'CONTINUED', 'TRANSFERRED', 'CLOSED'));
