-- Emploi du temps (R-EDT-1, R-EDT-2): the weekly courses of a division or a group as the timetabling software exports
-- them (TS_EMPLOI_DU_TEMPS, docs/feeds/emploi-du-temps.md), and the dated changes to them. Subject label and teachers
-- are carried as the software gives them: the page needs no join to the nomenclature or STS to show a course.
-- Times are minutes from midnight (08:30 = 510): the same type on H2 and PostgreSQL, and plain arithmetic for the grid.
CREATE SEQUENCE timetable_course_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE timetable_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE timetable_course (
    id               BIGINT       NOT NULL PRIMARY KEY,
    establishment_id BIGINT       NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(20)  NOT NULL,
    division_id      BIGINT       REFERENCES division (id) ON DELETE CASCADE,
    group_id         BIGINT       REFERENCES teaching_group (id) ON DELETE CASCADE,
    subject_code     VARCHAR(6)   NOT NULL,
    subject_label    VARCHAR(120) NOT NULL,
    teachers         VARCHAR(200),
    room             VARCHAR(30),
    day_of_week      SMALLINT     NOT NULL,
    start_minute     SMALLINT     NOT NULL,
    end_minute       SMALLINT     NOT NULL,
    alternation      VARCHAR(1)   NOT NULL,
    valid_from       DATE         NOT NULL,
    valid_to         DATE         NOT NULL,
    source_hash      VARCHAR(44),
    CONSTRAINT uk_timetable_course_source UNIQUE (establishment_id, source_id),
    CONSTRAINT ck_timetable_course_structure CHECK ((division_id IS NULL) <> (group_id IS NULL)),
    CONSTRAINT ck_timetable_course_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_timetable_course_time CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute),
    CONSTRAINT ck_timetable_course_alternation CHECK (alternation IN ('H', 'A', 'B')),
    CONSTRAINT ck_timetable_course_dates CHECK (valid_from <= valid_to)
);
CREATE INDEX ix_timetable_course_division ON timetable_course (division_id);
CREATE INDEX ix_timetable_course_group ON timetable_course (group_id);

-- A dated change: a course cancelled or moved (another day, time or room) on one date, or a session added.
-- An added session names its division or group and its subject; a cancellation or a move names its course.
CREATE TABLE timetable_change (
    id               BIGINT       NOT NULL PRIMARY KEY,
    establishment_id BIGINT       NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(20)  NOT NULL,
    kind             VARCHAR(10)  NOT NULL,
    course_id        BIGINT       REFERENCES timetable_course (id) ON DELETE CASCADE,
    course_date      DATE,
    division_id      BIGINT       REFERENCES division (id) ON DELETE CASCADE,
    group_id         BIGINT       REFERENCES teaching_group (id) ON DELETE CASCADE,
    subject_code     VARCHAR(6),
    subject_label    VARCHAR(120),
    teachers         VARCHAR(200),
    session_date     DATE,
    start_minute     SMALLINT,
    end_minute       SMALLINT,
    room             VARCHAR(30),
    note             VARCHAR(200),
    source_hash      VARCHAR(44),
    CONSTRAINT uk_timetable_change_source UNIQUE (establishment_id, source_id),
    CONSTRAINT ck_timetable_change_kind CHECK (kind IN ('CANCELLED', 'MOVED', 'ADDED')),
    CONSTRAINT ck_timetable_change_target CHECK ((kind = 'ADDED' AND course_id IS NULL
        AND (division_id IS NULL) <> (group_id IS NULL) AND session_date IS NOT NULL AND start_minute IS NOT NULL
        AND end_minute IS NOT NULL AND subject_code IS NOT NULL)
        OR (kind <> 'ADDED' AND course_id IS NOT NULL AND course_date IS NOT NULL))
);
CREATE INDEX ix_timetable_change_course ON timetable_change (course_id);
CREATE INDEX ix_timetable_change_division ON timetable_change (division_id);
CREATE INDEX ix_timetable_change_group ON timetable_change (group_id);
