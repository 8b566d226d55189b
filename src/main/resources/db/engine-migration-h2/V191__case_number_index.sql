-- Which process instances belong to a case: the caseNumber variables by value (cases/CaseReadAccess asks it for
-- every case page a group member opens). H2 indexes the whole value; PostgreSQL only the short caseNumber values
-- (db/engine-migration-postgresql: a B-tree entry cannot hold the 4,000 characters a String variable may have).
CREATE INDEX cd_hi_var_case_number ON ACT_HI_VARINST (NAME_, TEXT_);
