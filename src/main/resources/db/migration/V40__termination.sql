-- A contract's status TERMINATION_CONFIRMED (21 characters) did not fit VARCHAR(16).
ALTER TABLE cd_contract ALTER COLUMN status SET DATA TYPE VARCHAR(32);
