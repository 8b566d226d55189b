-- Idempotent creation (issue 15): the first result of a creating request, under the caller's Idempotency-Key (or a
-- natural key such as the alarm centre's report id). A retry finds the row and gets the same answer; two requests
-- with one key at the same moment meet at the primary key, and the second gets the first one's answer.
CREATE TABLE cd_idempotent_request (
    endpoint        VARCHAR(40)     NOT NULL,
    idempotency_key VARCHAR(200)    NOT NULL,
    request_hash    VARCHAR(64)     NOT NULL,
    response        VARCHAR(100000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (endpoint, idempotency_key)
);

-- At most one termination case per contract at a time, also when two notices arrive at the same moment: each
-- notice claims the contract's row before its case opens, and the second insert meets the primary key. The claim
-- of a case whose process has ended is taken over (claim_id changes) by the next notice.
CREATE TABLE cd_termination_claim (
    contract_number VARCHAR(32) PRIMARY KEY,
    claim_id        VARCHAR(36) NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
