-- hoolekanne schema, version 3: the personal-data usage log (Andmejälgija shape), append-only.

CREATE TABLE audit_record (
    seq         BIGINT        NOT NULL,
    person      CHAR(11)      NOT NULL,
    at_instant  VARCHAR(40)   NOT NULL,
    action      VARCHAR(200)  NOT NULL,
    receiver    VARCHAR(500)  NOT NULL,
    legal_basis VARCHAR(500)  NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    PRIMARY KEY (seq)
);

CREATE INDEX audit_record_by_person ON audit_record (person, seq);
