-- A customer mail may carry one file (the invoice copy as PDF), written with the mail in the same transaction.
ALTER TABLE cd_outbox_mail ADD COLUMN attachment_name VARCHAR(200);
ALTER TABLE cd_outbox_mail ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE cd_outbox_mail ADD COLUMN attachment_content BYTEA;
