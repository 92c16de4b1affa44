-- Structure (académie, establishments, school years, MEF, divisions, groups) and people (students, guardians).
-- Runs on H2 2.x and PostgreSQL: sequences (no IDENTITY), portable types only.
-- Sequences move by 50, the JPA allocation size, so bulk inserts take one round trip per 50 rows. They start at 50
-- because EclipseLink reads the value it gets as the last of its block of 50 (a start at 1 is refused).

CREATE SEQUENCE academy_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE establishment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE school_year_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mef_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE division_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE teaching_group_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE student_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE guardian_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE guardian_link_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE academy (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(10)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    portal_url  VARCHAR(255) NOT NULL,
    CONSTRAINT uk_academy_code UNIQUE (code)
);

CREATE TABLE school_year (
    id           BIGINT  NOT NULL PRIMARY KEY,
    academy_id   BIGINT  NOT NULL REFERENCES academy (id),
    start_year   INTEGER NOT NULL,
    rentree_date DATE    NOT NULL,
    end_date     DATE    NOT NULL,
    CONSTRAINT uk_school_year UNIQUE (academy_id, start_year),
    CONSTRAINT ck_school_year_dates CHECK (end_date > rentree_date)
);

CREATE TABLE establishment (
    id            BIGINT       NOT NULL PRIMARY KEY,
    academy_id    BIGINT       NOT NULL REFERENCES academy (id),
    uai           CHAR(8)      NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    address_line1 VARCHAR(80),
    address_line2 VARCHAR(80),
    address_line3 VARCHAR(80),
    address_line4 VARCHAR(80),
    postal_code   VARCHAR(10),
    city          VARCHAR(80),
    insee_code    VARCHAR(5),
    country_code  VARCHAR(3),
    country_label VARCHAR(60),
    phone         VARCHAR(20),
    head_name     VARCHAR(120),
    CONSTRAINT uk_establishment_uai UNIQUE (uai),
    CONSTRAINT ck_establishment_kind CHECK (kind IN ('COLLEGE', 'LYCEE'))
);

CREATE TABLE establishment_email (
    establishment_id BIGINT       NOT NULL REFERENCES establishment (id),
    position         INTEGER      NOT NULL,
    email            VARCHAR(254) NOT NULL,
    PRIMARY KEY (establishment_id, position)
);

-- MEF is a national nomenclature: one row per code, shared by all establishments.
CREATE TABLE mef (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          CHAR(11)     NOT NULL,
    label         VARCHAR(120) NOT NULL,
    edition_label VARCHAR(120),
    mefstat       VARCHAR(11),
    CONSTRAINT uk_mef_code UNIQUE (code)
);

CREATE TABLE division (
    id               BIGINT      NOT NULL PRIMARY KEY,
    establishment_id BIGINT      NOT NULL REFERENCES establishment (id),
    code             VARCHAR(30) NOT NULL,
    label            VARCHAR(120),
    CONSTRAINT uk_division UNIQUE (establishment_id, code)
);

CREATE TABLE teaching_group (
    id               BIGINT      NOT NULL PRIMARY KEY,
    establishment_id BIGINT      NOT NULL REFERENCES establishment (id),
    code             VARCHAR(30) NOT NULL,
    label            VARCHAR(120),
    CONSTRAINT uk_teaching_group UNIQUE (establishment_id, code)
);

CREATE TABLE student (
    id               BIGINT       NOT NULL PRIMARY KEY,
    establishment_id BIGINT       NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(20)  NOT NULL,
    elenoet          VARCHAR(20),
    ine              VARCHAR(11),
    last_name        VARCHAR(100) NOT NULL,
    usage_name       VARCHAR(100),
    first_name       VARCHAR(100) NOT NULL,
    other_first_names VARCHAR(200),
    birth_date       DATE         NOT NULL,
    birth_city       VARCHAR(80),
    birth_insee_code VARCHAR(5),
    birth_country_code VARCHAR(3),
    sex              VARCHAR(6)   NOT NULL,
    regime           VARCHAR(3),
    mef_id           BIGINT       REFERENCES mef (id),
    division_id      BIGINT       REFERENCES division (id),
    address_line1    VARCHAR(80),
    address_line2    VARCHAR(80),
    address_line3    VARCHAR(80),
    address_line4    VARCHAR(80),
    postal_code      VARCHAR(10),
    city             VARCHAR(80),
    insee_code       VARCHAR(5),
    country_code     VARCHAR(3),
    country_label    VARCHAR(60),
    email            VARCHAR(254),
    home_phone       VARCHAR(20),
    mobile_phone     VARCHAR(20),
    entry_date       DATE,
    departure_date   DATE,
    access_removed   BOOLEAN      DEFAULT FALSE NOT NULL,
    CONSTRAINT uk_student_source UNIQUE (establishment_id, source_id),
    CONSTRAINT ck_student_sex CHECK (sex IN ('MALE', 'FEMALE'))
);
CREATE INDEX ix_student_ine ON student (ine);
CREATE INDEX ix_student_division ON student (division_id);
CREATE INDEX ix_student_name ON student (establishment_id, last_name);

CREATE TABLE student_group (
    student_id BIGINT NOT NULL REFERENCES student (id),
    group_id   BIGINT NOT NULL REFERENCES teaching_group (id),
    PRIMARY KEY (student_id, group_id)
);

CREATE TABLE guardian (
    id               BIGINT       NOT NULL PRIMARY KEY,
    establishment_id BIGINT       NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(20)  NOT NULL,
    civility         VARCHAR(4),
    last_name        VARCHAR(100) NOT NULL,
    usage_name       VARCHAR(100),
    first_name       VARCHAR(100) NOT NULL,
    address_line1    VARCHAR(80),
    address_line2    VARCHAR(80),
    address_line3    VARCHAR(80),
    address_line4    VARCHAR(80),
    postal_code      VARCHAR(10),
    city             VARCHAR(80),
    insee_code       VARCHAR(5),
    country_code     VARCHAR(3),
    country_label    VARCHAR(60),
    email            VARCHAR(254),
    home_phone       VARCHAR(20),
    mobile_phone     VARCHAR(20),
    work_phone       VARCHAR(20),
    profession_code  VARCHAR(4),
    CONSTRAINT uk_guardian_source UNIQUE (establishment_id, source_id)
);
CREATE INDEX ix_guardian_name ON guardian (establishment_id, last_name);

CREATE TABLE guardian_link (
    id             BIGINT      NOT NULL PRIMARY KEY,
    student_id     BIGINT      NOT NULL REFERENCES student (id),
    guardian_id    BIGINT      NOT NULL REFERENCES guardian (id),
    legal_rank     VARCHAR(6)  NOT NULL,
    relationship   VARCHAR(2),
    access_refused BOOLEAN     DEFAULT FALSE NOT NULL,
    CONSTRAINT uk_guardian_link UNIQUE (student_id, guardian_id),
    CONSTRAINT ck_guardian_link_rank CHECK (legal_rank IN ('FIRST', 'SECOND', 'OTHER'))
);
CREATE INDEX ix_guardian_link_guardian ON guardian_link (guardian_id);
