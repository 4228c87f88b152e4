-- hoolekanne schema, version 9: audit records take their order from a sequence, so that a record
-- written in the same transaction as a case never contends with other writers for a number.
-- Starts far above any number V3's "highest plus one" could have given.

CREATE SEQUENCE audit_record_seq START WITH 1000000000000;
