-- Accounts (comptes) of pupils and guardians, the pupils each one opens, and their history (SPEC §4).
-- Runs on H2 2.x and PostgreSQL: sequences (no IDENTITY), portable types only; allocation size 50 as in the entities.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_student_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_event_seq START WITH 50 INCREMENT BY 50;

-- Closed (deleted) accounts stay, for the history and so that an identifier is never handed out twice (R-ACC-6):
-- the identifier is unique in the académie whatever the state.
CREATE TABLE account (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    academy_id         BIGINT       NOT NULL REFERENCES academy (id),
    kind               VARCHAR(8)   NOT NULL,
    username           VARCHAR(255) NOT NULL,
    password_hash      VARCHAR(255),
    temporary_password VARCHAR(100),
    state              VARCHAR(12)  NOT NULL,
    notified_on        DATE,
    notification_mode  VARCHAR(6),
    activated_on       DATE,
    last_access_at     TIMESTAMP,
    email              VARCHAR(254),
    email_validated    BOOLEAN      DEFAULT FALSE NOT NULL,
    continuity_since   DATE,
    student_id         BIGINT       REFERENCES student (id),
    guardian_id        BIGINT       REFERENCES guardian (id),
    CONSTRAINT uk_account_username UNIQUE (academy_id, username),
    CONSTRAINT ck_account_kind CHECK (kind IN ('STUDENT', 'GUARDIAN')),
    CONSTRAINT ck_account_state CHECK (state IN ('NOT_NOTIFIED', 'NOTIFIED', 'ACTIVATING', 'IN_USE', 'CLOSED')),
    CONSTRAINT ck_account_mode CHECK (notification_mode IN ('LETTER', 'EMAIL')),
    -- A pupil's account is held by the pupil, a guardian's by the guardian.
    CONSTRAINT ck_account_holder CHECK ((kind = 'STUDENT' AND student_id IS NOT NULL AND guardian_id IS NULL)
                                     OR (kind = 'GUARDIAN' AND guardian_id IS NOT NULL AND student_id IS NULL)),
    -- R-ACC-10: pupils never go through « En cours d'activation » and are notified on paper only.
    CONSTRAINT ck_account_pupil CHECK (kind = 'GUARDIAN' OR (state <> 'ACTIVATING'
                                     AND (notification_mode IS NULL OR notification_mode = 'LETTER'))),
    CONSTRAINT ck_account_notified CHECK (state IN ('NOT_NOTIFIED', 'CLOSED') OR notified_on IS NOT NULL)
);
-- The nightly expiry (R-ACC-6) selects by state and date.
CREATE INDEX ix_account_expiry ON account (state, notified_on);
CREATE INDEX ix_account_student ON account (student_id);
CREATE INDEX ix_account_guardian ON account (guardian_id);

-- The pupils an account opens, by whole days (both ends included): continuity after a change of establishment ends
-- the old record on the day and opens the new one the next day (D+1, R-ACC-7).
CREATE TABLE account_student (
    id              BIGINT NOT NULL PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES account (id),
    student_id      BIGINT NOT NULL REFERENCES student (id),
    effective_from  DATE   NOT NULL,
    effective_until DATE,
    CONSTRAINT ck_account_student_period CHECK (effective_until IS NULL OR effective_until >= effective_from)
);
CREATE INDEX ix_account_student_account ON account_student (account_id);
CREATE INDEX ix_account_student_student ON account_student (student_id);

-- Every transition of an account: when, who, what, why. Append-only.
CREATE TABLE account_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    occurred_at TIMESTAMP    NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    event_type  VARCHAR(20)  NOT NULL,
    from_state  VARCHAR(12),
    to_state    VARCHAR(12)  NOT NULL,
    detail      VARCHAR(500),
    CONSTRAINT ck_account_event_type CHECK (event_type IN ('CREATED', 'NOTIFIED', 'RENOTIFIED', 'PASSWORD_RESET',
        'ACTIVATED', 'EMAIL_VALIDATED', 'EXPIRED', 'CONTINUED', 'TRANSFERRED', 'CLOSED'))
);
CREATE INDEX ix_account_event_account ON account_event (account_id, occurred_at);
