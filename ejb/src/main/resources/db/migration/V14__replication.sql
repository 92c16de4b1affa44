-- Nightly replication from the SIECLE/BEE and STS-web exports (SPEC §9, R-REPL-1, R-REPL-2): the runs and their
-- reports, and what the replicated records need in the data model.
-- Runs on H2 2.x and PostgreSQL 15: sequences START WITH 50 INCREMENT BY 50 (EclipseLink, and the engine's JDBC
-- inserts, read a value as the LAST id of a block of 50), no IDENTITY.

CREATE SEQUENCE replication_run_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE replication_school_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE replication_file_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE replication_rejection_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE subject_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE staff_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE teaching_service_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE replication_run (
    id               BIGINT       NOT NULL PRIMARY KEY,
    academy_id       BIGINT       NOT NULL REFERENCES academy (id),
    run_trigger      VARCHAR(10)  NOT NULL,
    started_by       VARCHAR(60)  NOT NULL,
    started_at       TIMESTAMP    NOT NULL,
    ended_at         TIMESTAMP,
    status           VARCHAR(24)  NOT NULL,
    job_execution_id BIGINT,
    CONSTRAINT ck_replication_run_trigger CHECK (run_trigger IN ('NIGHTLY', 'CONSOLE', 'API')),
    CONSTRAINT ck_replication_run_status CHECK (status IN ('RUNNING', 'COMPLETED', 'COMPLETED_WITH_FAILURES',
        'FAILED'))
);
CREATE INDEX ix_replication_run_academy ON replication_run (academy_id, started_at);

CREATE TABLE replication_school (
    id               BIGINT      NOT NULL PRIMARY KEY,
    run_id           BIGINT      NOT NULL REFERENCES replication_run (id),
    establishment_id BIGINT      NOT NULL REFERENCES establishment (id),
    position         INTEGER     NOT NULL,
    status           VARCHAR(8)  NOT NULL,
    started_at       TIMESTAMP,
    ended_at         TIMESTAMP,
    CONSTRAINT uk_replication_school UNIQUE (run_id, establishment_id),
    CONSTRAINT ck_replication_school_status CHECK (status IN ('WAITING', 'RUNNING', 'DONE', 'FAILED', 'NO_FILE'))
);
CREATE INDEX ix_replication_school_establishment ON replication_school (establishment_id, run_id);

-- One row per establishment while a run that covers it is running: the primary key makes a second run covering it
-- fail at its insert, whatever the interleaving of two starts (R-REPL-2: a run is not started twice).
CREATE TABLE replication_lock (
    establishment_id BIGINT NOT NULL PRIMARY KEY REFERENCES establishment (id),
    run_id           BIGINT NOT NULL REFERENCES replication_run (id)
);

CREATE TABLE replication_file (
    id              BIGINT        NOT NULL PRIMARY KEY,
    school_id       BIGINT        NOT NULL REFERENCES replication_school (id),
    feed            VARCHAR(20)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    path            VARCHAR(1000) NOT NULL,
    position        INTEGER       NOT NULL,
    school_year     INTEGER,
    export_date     DATE,
    read_count      BIGINT        DEFAULT 0 NOT NULL,
    created_count   BIGINT        DEFAULT 0 NOT NULL,
    updated_count   BIGINT        DEFAULT 0 NOT NULL,
    unchanged_count BIGINT        DEFAULT 0 NOT NULL,
    departed_count  BIGINT        DEFAULT 0 NOT NULL,
    rejected_count  BIGINT        DEFAULT 0 NOT NULL,
    failure         VARCHAR(1000),
    -- Another export of the same feed, more recent, was deposited with it: this one is reported, not read.
    superseded      BOOLEAN       DEFAULT FALSE NOT NULL,
    complete        BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT uk_replication_file UNIQUE (school_id, position)
);

CREATE TABLE replication_rejection (
    id               BIGINT        NOT NULL PRIMARY KEY,
    run_id           BIGINT        NOT NULL REFERENCES replication_run (id),
    establishment_id BIGINT        NOT NULL REFERENCES establishment (id),
    file_id          BIGINT        NOT NULL REFERENCES replication_file (id),
    line_number      INTEGER       NOT NULL,
    column_number    INTEGER       NOT NULL,
    element          VARCHAR(100),
    source_key       VARCHAR(200),
    reason           VARCHAR(1000) NOT NULL,
    kept             BOOLEAN       NOT NULL
);
CREATE INDEX ix_replication_rejection_run ON replication_rejection (run_id, establishment_id, file_id, id);

-- The school year of the last export replicated per establishment: the first export of a new year rebuilds its
-- divisions (the year rollover relies on it).
ALTER TABLE establishment ADD COLUMN replicated_year INTEGER;

-- A digest of the replicated fields: an unchanged record costs one comparison, no write.
ALTER TABLE student ADD COLUMN source_hash VARCHAR(44);
ALTER TABLE guardian ADD COLUMN source_hash VARCHAR(44);
ALTER TABLE student ADD COLUMN status_code VARCHAR(4);
ALTER TABLE student ADD COLUMN departure_reason VARCHAR(4);
ALTER TABLE student ADD COLUMN previous_school_uai VARCHAR(8);
ALTER TABLE guardian_link ADD COLUMN responsibility_level INTEGER;
ALTER TABLE guardian_link ADD COLUMN pays_fees BOOLEAN DEFAULT FALSE NOT NULL;
-- The run that created the pupil: continuity of access (R-ACC-7) looks for the arrivals of a run.
ALTER TABLE student ADD COLUMN created_by_run BIGINT;
CREATE INDEX ix_student_created_by_run ON student (created_by_run);
-- Departures and pre-creation select an establishment's pupils still enrolled.
CREATE INDEX ix_student_establishment_departure ON student (establishment_id, departure_date);

-- MEF fields of the national nomenclature.
ALTER TABLE mef ADD COLUMN formation VARCHAR(40);
ALTER TABLE mef ADD COLUMN attached_mef_code VARCHAR(11);
ALTER TABLE mef ADD COLUMN mef_status VARCHAR(4);
ALTER TABLE mef ADD COLUMN opened_on DATE;
ALTER TABLE mef ADD COLUMN closed_on DATE;
ALTER TABLE mef ADD COLUMN source_hash VARCHAR(44);

-- Subjects (MATIERES), a national nomenclature keyed by their 6-digit code.
CREATE TABLE subject (
    id              BIGINT       NOT NULL PRIMARY KEY,
    code            VARCHAR(6)   NOT NULL,
    management_code VARCHAR(20),
    short_label     VARCHAR(60),
    long_label      VARCHAR(120),
    edition_label   VARCHAR(120),
    source_hash     VARCHAR(44),
    CONSTRAINT uk_subject_code UNIQUE (code)
);

-- What a MEF teaches (PROGRAMMES): compulsory or optional subjects and their weekly hours.
CREATE TABLE mef_programme (
    mef_code     VARCHAR(11) NOT NULL,
    subject_code VARCHAR(6)  NOT NULL,
    modality     VARCHAR(2)  NOT NULL,
    hours        VARCHAR(10),
    PRIMARY KEY (mef_code, subject_code, modality)
);

-- A pupil's options (OPTIONS_ELEVE), by rank.
CREATE TABLE student_option (
    student_id   BIGINT     NOT NULL REFERENCES student (id),
    rank_number  INTEGER    NOT NULL,
    modality     VARCHAR(2),
    subject_code VARCHAR(6) NOT NULL,
    PRIMARY KEY (student_id, rank_number)
);

-- STS-web staff (teachers and others), keyed by their STS id within the establishment.
CREATE TABLE staff_member (
    id               BIGINT       NOT NULL PRIMARY KEY,
    establishment_id BIGINT       NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(20)  NOT NULL,
    staff_type       VARCHAR(10),
    civility         VARCHAR(4),
    last_name        VARCHAR(100) NOT NULL,
    first_name       VARCHAR(100),
    function_code    VARCHAR(10),
    disciplines      VARCHAR(200),
    source_hash      VARCHAR(44),
    CONSTRAINT uk_staff_member_source UNIQUE (establishment_id, source_id)
);

-- Who teaches which subject to which division or group (STS SERVICES).
CREATE TABLE teaching_service (
    id               BIGINT     NOT NULL PRIMARY KEY,
    establishment_id BIGINT     NOT NULL REFERENCES establishment (id),
    division_id      BIGINT     REFERENCES division (id),
    group_id         BIGINT     REFERENCES teaching_group (id),
    subject_code     VARCHAR(6) NOT NULL,
    staff_member_id  BIGINT     NOT NULL REFERENCES staff_member (id),
    CONSTRAINT ck_teaching_service_structure CHECK ((division_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX ix_teaching_service_division ON teaching_service (division_id);
CREATE INDEX ix_teaching_service_group ON teaching_service (group_id);
CREATE INDEX ix_teaching_service_establishment ON teaching_service (establishment_id);

-- Professeurs principaux of a division.
CREATE TABLE main_teacher (
    division_id     BIGINT NOT NULL REFERENCES division (id),
    staff_member_id BIGINT NOT NULL REFERENCES staff_member (id),
    PRIMARY KEY (division_id, staff_member_id)
);
CREATE INDEX ix_main_teacher_staff ON main_teacher (staff_member_id);

-- The identifier before its order number (R-ACC-2), so that the bulk pre-creation finds the taken identifiers of a
-- whole establishment's names in one indexed query.
ALTER TABLE account ADD COLUMN username_base VARCHAR(255);
UPDATE account SET username_base = REGEXP_REPLACE(username, '[0-9]+$', '');
CREATE INDEX ix_account_username_base ON account (academy_id, username_base);

-- The source ids a file listed, written by the chunk that read them and dropped at reconciliation: departures are
-- the establishment's pupils not among them (set-based, and no write to an unchanged pupil's row).
CREATE TABLE replication_seen (
    file_id   BIGINT      NOT NULL REFERENCES replication_file (id),
    source_id VARCHAR(20) NOT NULL,
    PRIMARY KEY (file_id, source_id)
);
