-- Online services catalogue (SPEC §2) and versioned establishment settings (SPEC §3).

-- R-SVC-1: the téléservices are activated once per establishment. The remaining flags come from the school
-- administration system (which SIECLE modules the school uses, which national perimeters it belongs to) and
-- decide which services it may open (R-SVC-2, R-SVC-3).
ALTER TABLE establishment ADD COLUMN teleservices_activated_on DATE;
ALTER TABLE establishment ADD COLUMN teleservices_activated_by VARCHAR(60);
ALTER TABLE establishment ADD COLUMN uses_grades_module BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE establishment ADD COLUMN uses_school_life_module BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE establishment ADD COLUMN timetable_perimeter BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE establishment ADD COLUMN lycee_grant_perimeter BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE academic_service_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ent_link_choice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE establishment_setting_seq START WITH 50 INCREMENT BY 50;

-- National services the académie declares mandatory for its schools (beyond the nationally mandatory ones).
CREATE TABLE academy_mandatory_service (
    academy_id   BIGINT      NOT NULL REFERENCES academy (id),
    service_code VARCHAR(30) NOT NULL,
    PRIMARY KEY (academy_id, service_code)
);

-- Services defined by the académie (R-SVC-2): a link shown on the portal to pupils, guardians or both.
CREATE TABLE academic_service (
    id           BIGINT       NOT NULL PRIMARY KEY,
    academy_id   BIGINT       NOT NULL REFERENCES academy (id),
    label        VARCHAR(120) NOT NULL,
    url          VARCHAR(500) NOT NULL,
    audience     VARCHAR(10)  NOT NULL,
    mandatory    BOOLEAN      DEFAULT FALSE NOT NULL,
    experimental BOOLEAN      DEFAULT FALSE NOT NULL,
    withdrawn    BOOLEAN      DEFAULT FALSE NOT NULL,
    version      BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT ck_academic_service_audience CHECK (audience IN ('STUDENT', 'GUARDIAN', 'BOTH'))
);
CREATE INDEX ix_academic_service_academy ON academic_service (academy_id);

-- Schools allowed to open an experimental academic service.
CREATE TABLE academic_service_pilot (
    academic_service_id BIGINT NOT NULL REFERENCES academic_service (id),
    establishment_id    BIGINT NOT NULL REFERENCES establishment (id),
    PRIMARY KEY (academic_service_id, establishment_id)
);

-- The académie's list of ENTs a school may pick for its ENT link (R-SET-3).
CREATE TABLE ent_link_choice (
    id         BIGINT       NOT NULL PRIMARY KEY,
    academy_id BIGINT       NOT NULL REFERENCES academy (id),
    label      VARCHAR(120) NOT NULL,
    url        VARCHAR(500) NOT NULL,
    version    BIGINT       DEFAULT 0 NOT NULL
);
CREATE INDEX ix_ent_link_choice_academy ON ent_link_choice (academy_id);

-- Every setting of an establishment, service openings included, as an append-only series of revisions
-- (R-SET-2): each row records who saved what and from which day families see it. The portal reads the last
-- revision whose effective date has come. The unique revision number is the optimistic lock: two admins saving
-- on top of the same revision cannot both succeed.
CREATE TABLE establishment_setting (
    id               BIGINT        NOT NULL PRIMARY KEY,
    establishment_id BIGINT        NOT NULL REFERENCES establishment (id),
    setting_key      VARCHAR(60)   NOT NULL,
    revision         INTEGER       NOT NULL,
    setting_value    VARCHAR(100000),
    effective_from   DATE          NOT NULL,
    changed_by       VARCHAR(60)   NOT NULL,
    changed_at       TIMESTAMP     NOT NULL,
    CONSTRAINT uk_establishment_setting_revision UNIQUE (establishment_id, setting_key, revision)
);
CREATE INDEX ix_establishment_setting_effective ON establishment_setting (establishment_id, effective_from);

-- The public accounting's list of TIPI/PayFiP client numbers (R-PAY-1), against which a school's number is
-- checked. Loaded by the académie (the demonstration data seeds a few rows).
CREATE TABLE tipi_client (
    client_number      VARCHAR(10)  NOT NULL PRIMARY KEY,
    establishment_name VARCHAR(200) NOT NULL,
    uai                CHAR(8)
);
