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

-- At most one termination case per contract at a time, also when two notices arrive at the same moment: the
-- second insert meets the primary key. A row whose case has ended is taken over by the next notice's case.
CREATE TABLE cd_termination_case (
    contract_number VARCHAR(32) PRIMARY KEY,
    case_number     VARCHAR(20) NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
