-- Paiement en ligne des factures (R-PAY-2): the families' invoices as the school's accounting exports them (feed
-- TS_FACTURES, docs/feeds/factures.md) and the online payments made through the payment gateway (PayFiP).
-- Money is NUMERIC(12,2), never a floating type. « paid_elsewhere » is what the accounting received by other means
-- (cheque, cash, transfer): the feed writes it; « paid_online » is the sum of the payments the gateway confirmed here:
-- only the verified transition writes it, never the feed, so a nightly run cannot undo or double a payment.
CREATE SEQUENCE invoice_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE invoice (
    id               BIGINT         NOT NULL PRIMARY KEY,
    establishment_id BIGINT         NOT NULL REFERENCES establishment (id),
    source_id        VARCHAR(20)    NOT NULL,
    student_id       BIGINT         NOT NULL REFERENCES student (id),
    invoice_number   VARCHAR(30)    NOT NULL,
    label            VARCHAR(120)   NOT NULL,
    issued_on        DATE           NOT NULL,
    due_on           DATE           NOT NULL,
    amount           NUMERIC(12, 2) NOT NULL,
    paid_elsewhere   NUMERIC(12, 2) NOT NULL,
    paid_online      NUMERIC(12, 2) DEFAULT 0 NOT NULL,
    source_hash      VARCHAR(44),
    version          INTEGER        DEFAULT 0 NOT NULL,
    CONSTRAINT uk_invoice_source UNIQUE (establishment_id, source_id),
    CONSTRAINT ck_invoice_amounts CHECK (amount >= 0 AND paid_elsewhere >= 0 AND paid_online >= 0)
);
-- The portal's list: one pupil's invoices.
CREATE INDEX ix_invoice_student ON invoice (student_id, due_on);

-- One payment order sent to the gateway. « reference » is what the gateway carries back (unique, random);
-- « request_token » is the form's token: a double click or a replayed form finds the order already created.
CREATE SEQUENCE online_payment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE online_payment (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    reference           VARCHAR(24)    NOT NULL,
    request_token       VARCHAR(64)    NOT NULL,
    invoice_id          BIGINT         NOT NULL REFERENCES invoice (id),
    establishment_id    BIGINT         NOT NULL REFERENCES establishment (id),
    student_id          BIGINT         NOT NULL REFERENCES student (id),
    account_id          BIGINT         NOT NULL,
    payer               VARCHAR(100)   NOT NULL,
    amount              NUMERIC(12, 2) NOT NULL,
    status              VARCHAR(10)    NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    settled_at          TIMESTAMP,
    authorisation       VARCHAR(40),
    notification_id     VARCHAR(64),
    version             INTEGER        DEFAULT 0 NOT NULL,
    CONSTRAINT uk_online_payment_reference UNIQUE (reference),
    CONSTRAINT uk_online_payment_token UNIQUE (request_token),
    CONSTRAINT ck_online_payment_amount CHECK (amount > 0),
    CONSTRAINT ck_online_payment_status CHECK (status IN ('PENDING', 'PAID', 'REFUSED', 'ABANDONED'))
);
CREATE INDEX ix_online_payment_invoice ON online_payment (invoice_id);
CREATE INDEX ix_online_payment_establishment ON online_payment (establishment_id, created_at);

-- Every gateway notification id accepted once (the server-to-server call and the browser's return carry the same
-- one): a replayed notification is found here and changes nothing.
CREATE TABLE payment_notification (
    notification_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    reference        VARCHAR(24)  NOT NULL,
    outcome          VARCHAR(10)  NOT NULL,
    received_at      TIMESTAMP    NOT NULL
);
