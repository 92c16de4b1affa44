-- Scolarité services, families' side (SPEC §7): the new kinds of history lines, links and e-mails of self-service.
-- Written once for the whole of [P1] so that its parts do not re-create these constraints over one another.
-- Runs on H2 2.x and PostgreSQL.

-- History: password changed by its holder (R-PORTAL-4) or through a reset link (R-PORTAL-3); e-mail change asked and
-- made effective (R-PORTAL-4); regrouping (R-PORTAL-8) on both sides; a first connection refused for a wrong birth date.
ALTER TABLE account_event DROP CONSTRAINT ck_account_event_type;
ALTER TABLE account_event ADD CONSTRAINT ck_account_event_type CHECK (event_type IN ('CREATED', 'NOTIFIED',
    'RENOTIFIED', 'PASSWORD_RESET', 'ACTIVATED', 'EMAIL_VALIDATED', 'EMAIL_CORRECTED', 'VALIDATION_SENT',
    'CHILD_HANDED_OVER', 'EXPIRED', 'CONTINUED', 'TRANSFERRED', 'CLOSED',
    'PASSWORD_CHANGED', 'RESET_LINK_SENT', 'PASSWORD_RECOVERED', 'EMAIL_CHANGE_ASKED', 'EMAIL_CHANGED',
    'CHILDREN_RECEIVED', 'MERGED_INTO', 'BIRTH_DATE_REFUSED'));

-- Links: a password reset (one week) and the validation of a new address (3 months), besides the first validation.
ALTER TABLE account_token DROP CONSTRAINT ck_account_token_purpose;
ALTER TABLE account_token ADD CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VALIDATE_EMAIL',
    'RESET_PASSWORD', 'CHANGE_EMAIL'));

-- E-mails: the identifier sent to a validated address (R-PORTAL-3), the notice to the old address of an e-mail change
-- (R-PORTAL-4), the contact form's message to the school and its copy to the family (R-PORTAL-7).
ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_message_kind;
ALTER TABLE outbox_message ADD CONSTRAINT ck_outbox_message_kind CHECK (kind IN ('NOTIFICATION', 'FREE_MESSAGE',
    'VALIDATION_LINK', 'PASSWORD_RESET', 'USERNAME_REMINDER', 'EMAIL_CHANGE_NOTICE', 'CONTACT_MESSAGE'));
