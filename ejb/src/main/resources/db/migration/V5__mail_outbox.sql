-- Transactional mail outbox (R-MAIL-1). A message row is written in the same transaction as the state change that
-- causes it; a sender delivers it later through Jakarta Mail, with retries, and records the result. The unique
-- message key is the caller's idempotency key: enqueueing the same key twice is a no-op, so that two admins acting
-- at once or a restarted job never send the same e-mail twice.
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL PRIMARY KEY,
    message_key      VARCHAR(200)  NOT NULL,
    establishment_id BIGINT        REFERENCES establishment (id),
    recipient        VARCHAR(320)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    html_body        VARCHAR(200000) NOT NULL,
    text_body        VARCHAR(200000) NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INTEGER       DEFAULT 0 NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    lease_until      TIMESTAMP,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP     NOT NULL,
    created_by       VARCHAR(60)   NOT NULL,
    sent_at          TIMESTAMP,
    CONSTRAINT uq_outbox_message_key UNIQUE (message_key),
    CONSTRAINT ck_outbox_message_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_outbox_message_kind CHECK (kind IN ('NOTIFICATION', 'FREE_MESSAGE', 'VALIDATION_LINK',
                                                      'PASSWORD_RESET'))
);
-- The sender's query: due messages of one status, oldest first.
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
-- The console's list: one establishment's messages, newest first.
CREATE INDEX ix_outbox_message_establishment ON outbox_message (establishment_id, created_at);
