-- Inscription en ligne au lycée (R-INSC-1). Two owners, as in real life: the lycée sets its campaign (message,
-- deadline) and, per MEF, the options it offers and how they combine; the collège's pupil carries his assignment
-- (affectation, fed by ASSIGNMENTS, docs/feeds/affectations.md) to a lycée and MEF, and his family's enrolment.
CREATE SEQUENCE enrolment_campaign_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE enrolment_mef_rule_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE enrolment_assignment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;

-- The lycée's campaign: the message families read at step 1 and the last day they may enrol (inclusive).
CREATE TABLE enrolment_campaign (
    id               BIGINT        NOT NULL PRIMARY KEY,
    establishment_id BIGINT        NOT NULL REFERENCES establishment (id),
    message          VARCHAR(2000),
    deadline         DATE          NOT NULL,
    version          INTEGER       NOT NULL,
    CONSTRAINT uk_enrolment_campaign UNIQUE (establishment_id)
);

-- What a lycée offers for one MEF: how many « enseignements optionnels » a family must / may choose.
CREATE TABLE enrolment_mef_rule (
    id               BIGINT   NOT NULL PRIMARY KEY,
    establishment_id BIGINT   NOT NULL REFERENCES establishment (id),
    mef_id           BIGINT   NOT NULL REFERENCES mef (id),
    min_optional     SMALLINT NOT NULL,
    max_optional     SMALLINT NOT NULL,
    version          INTEGER  NOT NULL,
    CONSTRAINT uk_enrolment_mef_rule UNIQUE (establishment_id, mef_id),
    CONSTRAINT ck_enrolment_mef_rule_counts CHECK (min_optional >= 0 AND min_optional <= max_optional)
);

-- The options of a MEF: modern languages B and C, and optional teachings.
CREATE TABLE enrolment_option (
    rule_id BIGINT       NOT NULL REFERENCES enrolment_mef_rule (id) ON DELETE CASCADE,
    code    VARCHAR(12)  NOT NULL,
    label   VARCHAR(120) NOT NULL,
    kind    VARCHAR(10)  NOT NULL,
    PRIMARY KEY (rule_id, code),
    CONSTRAINT ck_enrolment_option_kind CHECK (kind IN ('LVB', 'LVC', 'OPTIONAL'))
);

-- Two options of a MEF that cannot be taken together (same time slot…); stored once, the smaller code first.
CREATE TABLE enrolment_incompatibility (
    rule_id     BIGINT      NOT NULL REFERENCES enrolment_mef_rule (id) ON DELETE CASCADE,
    first_code  VARCHAR(12) NOT NULL,
    second_code VARCHAR(12) NOT NULL,
    PRIMARY KEY (rule_id, first_code, second_code),
    CONSTRAINT ck_enrolment_incompatibility_order CHECK (first_code < second_code)
);

-- A pupil's assignment, from the collège's feed: keyed by the feed's id in the collège (idempotent upserts).
CREATE TABLE enrolment_assignment (
    id               BIGINT      NOT NULL PRIMARY KEY,
    establishment_id BIGINT      NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(20) NOT NULL,
    student_id       BIGINT      NOT NULL REFERENCES student (id),
    lycee_id         BIGINT      NOT NULL REFERENCES establishment (id),
    mef_id           BIGINT      NOT NULL REFERENCES mef (id),
    source_hash      VARCHAR(44),
    CONSTRAINT uk_enrolment_assignment_source UNIQUE (establishment_id, source_id),
    CONSTRAINT uk_enrolment_assignment_student UNIQUE (student_id)
);
CREATE INDEX ix_enrolment_assignment_lycee ON enrolment_assignment (lycee_id);

-- The family's enrolment: one per assignment (the unique key makes a double submission create nothing twice).
-- The administrative data are a few fields kept here, confirmed or corrected by the family for the lycée.
CREATE TABLE enrolment (
    id               BIGINT       NOT NULL PRIMARY KEY,
    assignment_id    BIGINT       NOT NULL REFERENCES enrolment_assignment (id) ON DELETE CASCADE,
    status           VARCHAR(10)  NOT NULL,
    home_phone       VARCHAR(20),
    mobile_phone     VARCHAR(20),
    email            VARCHAR(254),
    address_confirmed BOOLEAN     DEFAULT FALSE NOT NULL,
    address_note     VARCHAR(300),
    updated_at       TIMESTAMP    NOT NULL,
    updated_by       VARCHAR(60)  NOT NULL,
    confirmed_at     TIMESTAMP,
    version          INTEGER      NOT NULL,
    CONSTRAINT uk_enrolment_assignment UNIQUE (assignment_id),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('STARTED', 'DECLINED', 'CONFIRMED'))
);

CREATE TABLE enrolment_choice (
    enrolment_id BIGINT      NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
    option_code  VARCHAR(12) NOT NULL,
    PRIMARY KEY (enrolment_id, option_code)
);

-- The refusal of an enrolment is told to the collège by e-mail (R-INSC-1, R-MAIL-1).
ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_message_kind;
ALTER TABLE outbox_message ADD CONSTRAINT ck_outbox_message_kind CHECK (kind IN ('NOTIFICATION', 'FREE_MESSAGE',
    'VALIDATION_LINK', 'PASSWORD_RESET', 'USERNAME_REMINDER', 'EMAIL_CHANGE_NOTICE', 'CONTACT_MESSAGE',
    'INFO_SHEET_DECISION', 'ENROLMENT_REFUSAL'));
