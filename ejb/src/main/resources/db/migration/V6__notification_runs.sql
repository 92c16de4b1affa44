-- Notification runs (R-MASS-1, R-MASS-2, R-IND-1, R-JOB-2): one run per « Notifier » click or per whole-school job.
-- A run remembers what it did for each (pupil, guardian) couple — letter, e-mail, or why not — so that
--   * the letters are printed from it (the PDF is rendered when downloaded, from the accounts' encrypted temporary
--     passwords: no PDF is ever written on the server, R-SEC-1), until the run expires;
--   * a restarted job skips the couples it already handled (the unique couple key), so nothing is sent twice;
--   * the console shows the summary of those who could not be notified, and the job's progress.
CREATE SEQUENCE notification_run_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notification_item_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notification_run (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    establishment_id BIGINT       NOT NULL REFERENCES establishment (id),
    audience         VARCHAR(8)   NOT NULL,
    transmission     VARCHAR(16)  NOT NULL,
    reset_passwords  BOOLEAN      DEFAULT FALSE NOT NULL,
    -- The selection of a whole-school job (null division: every division); interactive runs list their couples.
    legal_ranks      VARCHAR(20),
    states           VARCHAR(80),
    status           VARCHAR(10)  NOT NULL,
    job_execution_id BIGINT,
    divisions_total  INTEGER      DEFAULT 0 NOT NULL,
    divisions_done   INTEGER      DEFAULT 0 NOT NULL,
    letters          INTEGER      DEFAULT 0 NOT NULL,
    emails           INTEGER      DEFAULT 0 NOT NULL,
    skipped          INTEGER      DEFAULT 0 NOT NULL,
    created_by       VARCHAR(60)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    finished_at      TIMESTAMP,
    expires_at       TIMESTAMP    NOT NULL,
    last_error       VARCHAR(1000),
    CONSTRAINT ck_notification_run_audience CHECK (audience IN ('STUDENT', 'GUARDIAN')),
    CONSTRAINT ck_notification_run_transmission CHECK (transmission IN ('EMAIL_AND_PAPER', 'EMAIL_ONLY', 'PAPER_ONLY')),
    CONSTRAINT ck_notification_run_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX ix_notification_run_establishment ON notification_run (establishment_id, created_at);

CREATE TABLE notification_item (
    id          BIGINT       NOT NULL PRIMARY KEY,
    run_id      BIGINT       NOT NULL REFERENCES notification_run (id) ON DELETE CASCADE,
    couple_key  VARCHAR(40)  NOT NULL,
    student_id  BIGINT       NOT NULL REFERENCES student (id),
    guardian_id BIGINT       REFERENCES guardian (id),
    account_id  BIGINT       REFERENCES account (id),
    outcome     VARCHAR(8)   NOT NULL,
    reason      VARCHAR(300),
    CONSTRAINT uk_notification_item UNIQUE (run_id, couple_key),
    CONSTRAINT ck_notification_item_outcome CHECK (outcome IN ('LETTER', 'EMAIL', 'SKIPPED'))
);
CREATE INDEX ix_notification_item_run ON notification_item (run_id, outcome);
