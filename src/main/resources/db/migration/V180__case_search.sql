-- The case search (GET /api/cases, the /cases page) lists cases newest first, by status or case type, and the case
-- page lists a case's other cases at the same site or linked to it.
CREATE INDEX cd_case_created ON cd_case (created_at, id);
CREATE INDEX cd_case_status_created ON cd_case (status, created_at);
CREATE INDEX cd_case_type_created ON cd_case (case_type, created_at);
CREATE INDEX cd_case_site ON cd_case (site_id);
CREATE INDEX cd_case_linked ON cd_case (linked_case_number);
CREATE INDEX cd_outbox_mail_case ON cd_outbox_mail (case_number);
