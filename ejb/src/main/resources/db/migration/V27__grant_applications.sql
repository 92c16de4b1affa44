-- Bourses de collège / de lycée (R-BOURSE-2): a family's online application for its child, one per pupil and school
-- year (the unique key is what makes a double submission, two guardians at once or a replayed request create nothing
-- twice). The family fills it as a draft, submits it (DRAFT → SUBMITTED); the school examines it
-- (SUBMITTED → IN_REVIEW) and decides (IN_REVIEW → GRANTED / REFUSED); nothing goes back. Money is NUMERIC(12,2).
-- The pupil's rows go with him (ON DELETE CASCADE): the replication deletes a pupil only from a complete file.
CREATE SEQUENCE grant_application_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE grant_application (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             INTEGER       NOT NULL,
    establishment_id    BIGINT        NOT NULL REFERENCES establishment (id) ON DELETE CASCADE,
    student_id          BIGINT        NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    school_year         INTEGER       NOT NULL,
    service             VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    household           VARCHAR(20),
    first_guardian      VARCHAR(120),
    second_guardian     VARCHAR(120),
    reference_income    NUMERIC(12,2),
    children_in_charge  INTEGER,
    certified           BOOLEAN       DEFAULT FALSE NOT NULL,
    created_by          VARCHAR(60)   NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    updated_by          VARCHAR(60)   NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    submitted_by        VARCHAR(60),
    submitted_at        TIMESTAMP,
    decided_by          VARCHAR(60),
    decided_at          TIMESTAMP,
    CONSTRAINT uk_grant_application_pupil_year UNIQUE (student_id, school_year),
    CONSTRAINT ck_grant_application_service CHECK (service IN ('COLLEGE_GRANT', 'LYCEE_GRANT')),
    CONSTRAINT ck_grant_application_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'GRANTED',
                                                             'REFUSED')),
    CONSTRAINT ck_grant_application_household CHECK (household IN ('TWO_GUARDIANS', 'ONE_GUARDIAN', 'OTHER')),
    CONSTRAINT ck_grant_application_income CHECK (reference_income >= 0),
    CONSTRAINT ck_grant_application_children CHECK (children_in_charge >= 1)
);
-- The school's list: its applications of a year, by status.
CREATE INDEX ix_grant_application_school ON grant_application (establishment_id, school_year, status);

-- The decision e-mail to the family (R-MAIL-1).
ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_message_kind;
-- Every kind so far: those of V9, INFO_SHEET_DECISION (V24), ENROLMENT_REFUSAL (V25) and this one
-- (OutboxSchemaTest checks the migrated constraint against MailKind).
ALTER TABLE outbox_message ADD CONSTRAINT ck_outbox_message_kind CHECK (kind IN ('NOTIFICATION', 'FREE_MESSAGE',
    'VALIDATION_LINK', 'PASSWORD_RESET', 'USERNAME_REMINDER', 'EMAIL_CHANGE_NOTICE', 'CONTACT_MESSAGE',
    'INFO_SHEET_DECISION', 'ENROLMENT_REFUSAL', 'GRANT_DECISION'));
