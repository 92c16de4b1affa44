-- Scolarité services, family navigation (SPEC §7: R-PORTAL-5/6/7, issue [P1] deliverables 5 and 6). Runs on H2 2.x
-- and PostgreSQL.

-- R-PORTAL-6: the news tiles count what is new since the PREVIOUS sign-in. The sign-in overwrites last_access_at
-- (R-ACC-6 counts the year of non-use from it), so the value it replaces is kept here by the same UPDATE.
ALTER TABLE account ADD COLUMN previous_login_at TIMESTAMP;

-- R-SET-5: the contact form's message to the school answers to the family's validated e-mail (Reply-To). Empty for
-- every other e-mail, which answer to nobody.
ALTER TABLE outbox_message ADD COLUMN reply_to VARCHAR(320);

-- Deliverable 6 (for R-STAT-3): one row per page view of a service by a family (never by a simulation, R-SIM-1),
-- written in batches by the access log's buffer. No foreign keys: this is a statistics journal that must never slow
-- or block the portal nor the nightly deletion of accounts (R-ACC-6); the ids are kept as they were at the view.
-- access_day and the establishment's and pupil's MEF at the time make the monthly / per-service / per-MEFSTAT counts
-- a plain GROUP BY on an index.
CREATE SEQUENCE portal_access_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE portal_access (
    id               BIGINT      NOT NULL PRIMARY KEY,
    occurred_at      TIMESTAMP   NOT NULL,
    access_day       DATE        NOT NULL,
    account_id       BIGINT      NOT NULL,
    account_kind     VARCHAR(8)  NOT NULL,
    student_id       BIGINT      NOT NULL,
    establishment_id BIGINT      NOT NULL,
    mef_id           BIGINT,
    service_key      VARCHAR(40) NOT NULL,
    CONSTRAINT ck_portal_access_kind CHECK (account_kind IN ('STUDENT', 'GUARDIAN'))
);
-- Statistics per establishment, service and day (or month: a range of days).
CREATE INDEX ix_portal_access_establishment_day ON portal_access (establishment_id, access_day, service_key);
-- An account's own recent views (support, and a family's history if ever shown).
CREATE INDEX ix_portal_access_account ON portal_access (account_id, occurred_at);
