-- Which process instances belong to a case: the caseNumber variables by value (cases/CaseReadAccess asks it for
-- every case page a group member opens). Partial: only caseNumber values (short) are indexed, since a B-tree
-- entry cannot hold the 4,000 characters another String variable may have. H2: db/engine-migration-h2.
CREATE INDEX cd_hi_var_case_number ON ACT_HI_VARINST (TEXT_) WHERE NAME_ = 'caseNumber';
