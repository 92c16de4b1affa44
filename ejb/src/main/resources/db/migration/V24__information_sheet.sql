-- Fiche de renseignements (R-FICHE-1): what a guardian may say about himself that SIECLE's guardian row did not hold
-- yet, and the change requests (field, old, new) that wait for the school's decision.

-- « Situation emploi » (SIECLE code 1–4), « autorise à communiquer son adresse », « accepte les SMS ». The defaults
-- are SIECLE's own for a person created without them, so that the replication's inserts need no change.
ALTER TABLE guardian ADD COLUMN employment_situation VARCHAR(1);
ALTER TABLE guardian ADD COLUMN address_shared BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE guardian ADD COLUMN accepts_sms BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE info_sheet_change_seq START WITH 50 INCREMENT BY 50;

-- One requested change of one field. open_key is set while the request is PENDING (« S<pupil>:<FIELD> » for a field
-- of the pupil, « G<guardian>:<FIELD> » for one of the guardian) and cleared by the decision: its unique constraint
-- keeps one pending request per field (a later change replaces the new value: the last one wins), also against a
-- double submission racing itself. NULLs do not collide, on H2 as on PostgreSQL.
CREATE TABLE info_sheet_change (
    id               BIGINT       NOT NULL PRIMARY KEY,
    establishment_id BIGINT       NOT NULL REFERENCES establishment (id),
    student_id       BIGINT       NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    guardian_id      BIGINT       NOT NULL REFERENCES guardian (id) ON DELETE CASCADE,
    account_id       BIGINT       REFERENCES account (id) ON DELETE SET NULL,
    field            VARCHAR(40)  NOT NULL,
    old_value        VARCHAR(254),
    new_value        VARCHAR(254),
    status           VARCHAR(10)  NOT NULL,
    open_key         VARCHAR(80),
    submitted_at     TIMESTAMP    NOT NULL,
    decided_at       TIMESTAMP,
    decided_by       VARCHAR(60),
    CONSTRAINT uk_info_sheet_change_open UNIQUE (open_key),
    CONSTRAINT ck_info_sheet_change_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED')),
    CONSTRAINT ck_info_sheet_change_open CHECK ((status = 'PENDING') = (open_key IS NOT NULL))
);
-- The console's list (pending of one establishment) and its export (accepted, newest first).
CREATE INDEX ix_info_sheet_change_school ON info_sheet_change (establishment_id, status, submitted_at);
CREATE INDEX ix_info_sheet_change_student ON info_sheet_change (student_id);

-- The confirmation e-mail of the school's decision.
ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_message_kind;
ALTER TABLE outbox_message ADD CONSTRAINT ck_outbox_message_kind CHECK (kind IN ('NOTIFICATION', 'FREE_MESSAGE',
    'VALIDATION_LINK', 'PASSWORD_RESET', 'USERNAME_REMINDER', 'EMAIL_CHANGE_NOTICE', 'CONTACT_MESSAGE',
    'INFO_SHEET_DECISION'));
