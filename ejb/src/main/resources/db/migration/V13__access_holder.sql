-- R-PORTAL-8 (regroupement across establishments): a guardian's account may open children of several establishments,
-- where the same person is a different guardian record (one per establishment's file). The guardian through whom the
-- account opens each pupil is therefore kept on the access itself, so that each school's console finds the couple's
-- account (légal 1/2 of that pupil there) whichever guardian record the account was first created for.
-- Runs on H2 2.x and PostgreSQL.
ALTER TABLE account_student ADD COLUMN holder_id BIGINT REFERENCES guardian (id);
UPDATE account_student SET holder_id = (SELECT a.guardian_id FROM account a WHERE a.id = account_student.account_id);
CREATE INDEX ix_account_student_holder ON account_student (holder_id, student_id);
