-- Console users (school heads, delegates, accountants, académie administrators) and the audit trail (R-ROLE-1).

CREATE SEQUENCE staff_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE staff_membership_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE staff_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    email         VARCHAR(254),
    active        BOOLEAN      DEFAULT TRUE NOT NULL,
    version       BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uk_staff_user_username UNIQUE (username)
);

-- A role held in one establishment (HEAD, DELEGATE, ACCOUNTANT) or over the whole académie (ACADEMY).
CREATE TABLE staff_membership (
    id               BIGINT      NOT NULL PRIMARY KEY,
    staff_user_id    BIGINT      NOT NULL REFERENCES staff_user (id),
    academy_id       BIGINT      NOT NULL REFERENCES academy (id),
    establishment_id BIGINT      REFERENCES establishment (id),
    role             VARCHAR(12) NOT NULL,
    CONSTRAINT ck_staff_membership_role CHECK (role IN ('HEAD', 'DELEGATE', 'ACCOUNTANT', 'ACADEMY')),
    CONSTRAINT ck_staff_membership_scope CHECK ((role = 'ACADEMY') = (establishment_id IS NULL))
);
CREATE INDEX ix_staff_membership_user ON staff_membership (staff_user_id);

CREATE TABLE audit_entry (
    id               BIGINT       NOT NULL PRIMARY KEY,
    occurred_at      TIMESTAMP    NOT NULL,
    actor            VARCHAR(60)  NOT NULL,
    establishment_id BIGINT       REFERENCES establishment (id),
    action           VARCHAR(60)  NOT NULL,
    target           VARCHAR(120),
    detail           VARCHAR(1000)
);
CREATE INDEX ix_audit_entry_establishment ON audit_entry (establishment_id, occurred_at);
