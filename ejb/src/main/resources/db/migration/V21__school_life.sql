-- Vie scolaire (R-VS-1): the school-life events of a pupil as the administration system's school-life module exports
-- them (feed TS_VIE_SCOLAIRE, docs/feeds/vie-scolaire.md): absences, lateness, punishments, sanctions and
-- prevention/support measures, in one table keyed by the source's id (kind prefix + id) per establishment.
-- Authorised non-attendance (dispensations, internships, trips) and academic reports are never shown to families:
-- the feed does not store them at all, so no query can leak them.
-- « shown » is R-VS-1 applied once, when the row is written (SchoolLifePublication): publishable absences, lateness
-- and punishments, sanctions the family was notified of, every measure. Pages and news read only shown rows.
CREATE SEQUENCE school_life_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE school_life_event (
    id               BIGINT       NOT NULL PRIMARY KEY,
    establishment_id BIGINT       NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(20)  NOT NULL,
    student_id       BIGINT       NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    kind             VARCHAR(12)  NOT NULL,
    event_date       DATE         NOT NULL,
    starts_at        TIMESTAMP,
    ends_at          TIMESTAMP,
    half_days        INTEGER,
    minutes          INTEGER,
    justified        BOOLEAN,
    label            VARCHAR(120),
    reason           VARCHAR(500),
    publishable      BOOLEAN,
    family_notified  BOOLEAN,
    shown            BOOLEAN      NOT NULL,
    source_hash      VARCHAR(44),
    CONSTRAINT uk_school_life_event_source UNIQUE (establishment_id, source_id),
    CONSTRAINT ck_school_life_event_kind CHECK (kind IN ('ABSENCE', 'LATENESS', 'PUNISHMENT', 'SANCTION', 'MEASURE'))
);
-- The page and the news tile: one pupil's shown events of a kind over a date range.
CREATE INDEX ix_school_life_event_student ON school_life_event (student_id, shown, kind, event_date);
