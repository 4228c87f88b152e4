-- hoolekanne schema, version 11: the deadline index.
-- Released migrations are never edited: MigrationChecksumsTest compares them with committed checksums.
-- Each open case's earliest due date, written in the transaction that saves the case (no row when
-- nothing is due), so the morning's deadline watch reads only the cases with something due.
-- JdbcAdapters.migrate indexes the cases saved before this version when it applies it.

CREATE TABLE case_due (
    service  VARCHAR(30)  NOT NULL,
    case_id  VARCHAR(100) NOT NULL,
    next_due DATE         NOT NULL,
    PRIMARY KEY (service, case_id)
);

CREATE INDEX case_due_by_date ON case_due (service, next_due, case_id);
