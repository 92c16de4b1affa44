-- The grading periods of a division (trimesters or semesters), as the administration system's grades module defines
-- them for the school year under way: the grades and school-life pages filter by period (R-NOTES-3, R-VS-1).
-- Replicated by the grades feed. A division rebuilt at the rollover takes its periods with it.
CREATE SEQUENCE school_period_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE school_period (
    id          BIGINT      NOT NULL PRIMARY KEY,
    division_id BIGINT      NOT NULL REFERENCES division (id) ON DELETE CASCADE,
    code        VARCHAR(10) NOT NULL,
    label       VARCHAR(60) NOT NULL,
    starts_on   DATE        NOT NULL,
    ends_on     DATE        NOT NULL,
    CONSTRAINT uk_school_period UNIQUE (division_id, code),
    CONSTRAINT ck_school_period_dates CHECK (starts_on <= ends_on)
);
