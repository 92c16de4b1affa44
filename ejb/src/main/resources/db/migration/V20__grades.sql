-- Grades (« Notes », R-NOTES-1, R-NOTES-3): the assessments (« devoirs ») teachers set to a division or a group, and
-- the pupils' grades, replicated from the grades feed (docs/feeds/notes.md) keyed by the source's ids. Values are
-- exact decimals (never floating point); a grade is a value or one of ABS / NNOT / DIS. Visibility is not stored: it
-- depends on the publication setting in effect today (GradeVisibilityPolicy), computed when the page is read.
CREATE SEQUENCE assessment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE assessment (
    id               BIGINT        NOT NULL PRIMARY KEY,
    establishment_id BIGINT        NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(20)   NOT NULL,
    division_id      BIGINT        REFERENCES division (id) ON DELETE CASCADE,
    group_id         BIGINT        REFERENCES teaching_group (id) ON DELETE CASCADE,
    -- the division's period; null for a group's assessment (its pupils' divisions each have theirs)
    period_id        BIGINT        REFERENCES school_period (id) ON DELETE CASCADE,
    subject_id       BIGINT        NOT NULL REFERENCES subject (id),
    staff_member_id  BIGINT        REFERENCES staff_member (id) ON DELETE SET NULL,
    label            VARCHAR(120)  NOT NULL,
    assessed_on      DATE          NOT NULL,
    coefficient      DECIMAL(4, 2) NOT NULL,
    out_of           DECIMAL(5, 2) NOT NULL,
    published_on     DATE,
    entered_on       DATE          NOT NULL,
    source_hash      VARCHAR(44),
    CONSTRAINT uk_assessment_source UNIQUE (establishment_id, source_id),
    CONSTRAINT ck_assessment_structure CHECK ((division_id IS NULL) <> (group_id IS NULL)),
    CONSTRAINT ck_assessment_figures CHECK (coefficient > 0 AND out_of > 0)
);
CREATE INDEX ix_assessment_division ON assessment (division_id);
CREATE INDEX ix_assessment_group ON assessment (group_id);
CREATE INDEX ix_assessment_period ON assessment (period_id);

-- One pupil's grade in an assessment: a value (0 ≤ value ≤ out_of) or a status: ABS (absent), NNOT (non noté),
-- DIS (dispensé). Replaced with its assessment when the source changed it.
CREATE TABLE grade (
    assessment_id BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    student_id    BIGINT        NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    grade_value   DECIMAL(5, 2),
    status        VARCHAR(4),
    PRIMARY KEY (assessment_id, student_id),
    CONSTRAINT ck_grade_value CHECK ((grade_value IS NULL) <> (status IS NULL)),
    CONSTRAINT ck_grade_status CHECK (status IS NULL OR status IN ('ABS', 'NNOT', 'DIS'))
);
-- The page and the news tile start from the pupil's own grades.
CREATE INDEX ix_grade_student ON grade (student_id, assessment_id);
