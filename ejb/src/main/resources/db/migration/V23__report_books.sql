-- Report books (R-LSL-1, R-LSU-1), replicated from the feeds TS_LIVRET_LYCEE and TS_LIVRET_CP3E (docs/feeds/).
-- Each head row is one record of its feed, keyed by its source id within the establishment, with the digest of its
-- content: an unchanged record costs no write, a changed one has its child rows replaced, one absent from a complete
-- file is deleted with them (ON DELETE CASCADE). replicated_at is when the record last changed: the home's news tile
-- counts the rows changed since the family's previous sign-in (one indexed COUNT per book).
CREATE SEQUENCE report_book_seq START WITH 50 INCREMENT BY 50;

-- LSU: one periodic report (bilan périodique) of a pupil for a period of his division.
CREATE TABLE lsu_period_report (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    establishment_id     BIGINT        NOT NULL REFERENCES establishment (id),
    source_id            VARCHAR(40)   NOT NULL,
    student_id           BIGINT        NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    school_year          INTEGER       NOT NULL,
    period_code          VARCHAR(10)   NOT NULL,
    period_label         VARCHAR(60)   NOT NULL,
    period_end           DATE          NOT NULL,
    general_appreciation VARCHAR(2000),
    school_life          VARCHAR(500),
    source_hash          VARCHAR(44)   NOT NULL,
    replicated_at        TIMESTAMP     NOT NULL,
    CONSTRAINT uk_lsu_period_report UNIQUE (establishment_id, source_id)
);
CREATE INDEX ix_lsu_period_report_student ON lsu_period_report (student_id, replicated_at);

-- The subjects of a periodic report, in the book's order.
CREATE TABLE lsu_subject_entry (
    report_id     BIGINT        NOT NULL REFERENCES lsu_period_report (id) ON DELETE CASCADE,
    rank_number      INTEGER       NOT NULL,
    subject_code  VARCHAR(6)    NOT NULL,
    subject_label VARCHAR(120)  NOT NULL,
    teacher       VARCHAR(120),
    positioning   INTEGER,
    programme     VARCHAR(1000),
    appreciation  VARCHAR(1000),
    PRIMARY KEY (report_id, rank_number),
    CONSTRAINT ck_lsu_positioning CHECK (positioning BETWEEN 1 AND 4)
);

-- LSU: the end-of-cycle assessment (bilan de fin de cycle) of a pupil.
CREATE TABLE lsu_cycle_assessment (
    id               BIGINT        NOT NULL PRIMARY KEY,
    establishment_id BIGINT        NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(40)   NOT NULL,
    student_id       BIGINT        NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    cycle            INTEGER       NOT NULL,
    school_year      INTEGER       NOT NULL,
    synthesis        VARCHAR(2000),
    source_hash      VARCHAR(44)   NOT NULL,
    replicated_at    TIMESTAMP     NOT NULL,
    CONSTRAINT uk_lsu_cycle_assessment UNIQUE (establishment_id, source_id),
    CONSTRAINT ck_lsu_cycle CHECK (cycle BETWEEN 2 AND 4)
);
CREATE INDEX ix_lsu_cycle_assessment_student ON lsu_cycle_assessment (student_id, replicated_at);

-- The level reached in each of the eight components of the socle (1 insufficient … 4 very good command).
CREATE TABLE lsu_socle_level (
    assessment_id BIGINT     NOT NULL REFERENCES lsu_cycle_assessment (id) ON DELETE CASCADE,
    component     VARCHAR(7) NOT NULL,
    level         INTEGER    NOT NULL,
    PRIMARY KEY (assessment_id, component),
    CONSTRAINT ck_lsu_socle_level CHECK (level BETWEEN 1 AND 4)
);

-- LSL: one school year of a pupil's book from Première on (Enseignements, Engagements).
CREATE TABLE lsl_year (
    id               BIGINT        NOT NULL PRIMARY KEY,
    establishment_id BIGINT        NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(40)   NOT NULL,
    student_id       BIGINT        NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    school_year      INTEGER       NOT NULL,
    level_code       VARCHAR(10)   NOT NULL,
    engagement       VARCHAR(2000),
    source_hash      VARCHAR(44)   NOT NULL,
    replicated_at    TIMESTAMP     NOT NULL,
    CONSTRAINT uk_lsl_year UNIQUE (establishment_id, source_id)
);
CREATE INDEX ix_lsl_year_student ON lsl_year (student_id, replicated_at);

-- A discipline of a year, in its group of the paper book (enseignements communs, de spécialité, optionnels).
CREATE TABLE lsl_discipline (
    year_id         BIGINT        NOT NULL REFERENCES lsl_year (id) ON DELETE CASCADE,
    rank_number        INTEGER       NOT NULL,
    book_group        VARCHAR(12)   NOT NULL,
    subject_code    VARCHAR(6)    NOT NULL,
    subject_label   VARCHAR(120)  NOT NULL,
    teacher         VARCHAR(120),
    student_average DECIMAL(4, 2),
    group_average   DECIMAL(4, 2),
    appreciation    VARCHAR(1000),
    PRIMARY KEY (year_id, rank_number)
);

-- The competences assessed in a discipline, with their level (1 to 4).
CREATE TABLE lsl_competence (
    year_id             BIGINT       NOT NULL REFERENCES lsl_year (id) ON DELETE CASCADE,
    discipline_rank     INTEGER      NOT NULL,
    rank_number         INTEGER      NOT NULL,
    label               VARCHAR(200) NOT NULL,
    level               INTEGER      NOT NULL,
    PRIMARY KEY (year_id, discipline_rank, rank_number),
    CONSTRAINT ck_lsl_competence_level CHECK (level BETWEEN 1 AND 4)
);

-- LSL: the opinion for the examination (Terminale), with the distribution of opinions in the pupil's series.
CREATE TABLE lsl_exam_opinion (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    establishment_id      BIGINT        NOT NULL REFERENCES establishment (id),
    source_id             VARCHAR(40)   NOT NULL,
    student_id            BIGINT        NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    school_year           INTEGER       NOT NULL,
    opinion               VARCHAR(30)   NOT NULL,
    head_observation      VARCHAR(2000),
    series_label          VARCHAR(120),
    very_favourable_count INTEGER       NOT NULL,
    favourable_count      INTEGER       NOT NULL,
    prove_count           INTEGER       NOT NULL,
    source_hash           VARCHAR(44)   NOT NULL,
    replicated_at         TIMESTAMP     NOT NULL,
    CONSTRAINT uk_lsl_exam_opinion UNIQUE (establishment_id, source_id)
);
CREATE INDEX ix_lsl_exam_opinion_student ON lsl_exam_opinion (student_id, replicated_at);

-- LSL « Scolarité »: the pupil's years since 6e (class, year, establishment, town).
CREATE TABLE lsl_schooling (
    id               BIGINT        NOT NULL PRIMARY KEY,
    establishment_id BIGINT        NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(40)   NOT NULL,
    student_id       BIGINT        NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    school_year_count INTEGER      NOT NULL,
    source_hash      VARCHAR(44)   NOT NULL,
    replicated_at    TIMESTAMP     NOT NULL,
    CONSTRAINT uk_lsl_schooling UNIQUE (establishment_id, source_id)
);
CREATE INDEX ix_lsl_schooling_student ON lsl_schooling (student_id);

CREATE TABLE lsl_schooling_year (
    schooling_id       BIGINT       NOT NULL REFERENCES lsl_schooling (id) ON DELETE CASCADE,
    school_year        INTEGER      NOT NULL,
    class_label        VARCHAR(60)  NOT NULL,
    establishment_name VARCHAR(120) NOT NULL,
    town               VARCHAR(80),
    PRIMARY KEY (schooling_id, school_year)
);
