-- A mail whose tag or references name a case its sender is not on opens a case of its own; the case it named
-- is kept here for admins (the API shows it to no one else), never as linked_case_number.
ALTER TABLE cd_case ADD COLUMN mentioned_case_number VARCHAR(20);
