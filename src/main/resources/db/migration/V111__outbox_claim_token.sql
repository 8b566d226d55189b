-- Each claim of an outbox mail gets its own token: a stale claim is released, and a send is marked, only while
-- the row still carries the token of that claim (issue 15), so a slow batch cannot have its mail sent twice.
ALTER TABLE cd_outbox_mail ADD COLUMN claim_token VARCHAR(36);
