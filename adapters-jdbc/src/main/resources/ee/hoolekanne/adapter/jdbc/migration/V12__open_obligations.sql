-- hoolekanne schema, version 12: the open obligations of every case, a read model the use cases
-- replace in the transaction that saves a case; the deadline watch reads only these rows.
-- Each obligation keeps its deadline as computed (trigger, term, due date, legal basis, event) and
-- the non-working days it skipped, so it still explains itself; the adapter computes nothing. The
-- skipped days are one column of the row (each day yyyy-mm-dd, with its holiday's key, Estonian
-- and English names, separated by |; days separated by ;, % | ; escaped as %25 %7C %3B), so the
-- morning list is one range scan of one table.
-- Replaces the per-service deadline index of version 11. A carer family's counselling session
-- records the provider that served it (AHT-4).

CREATE TABLE open_obligation (
    kind           VARCHAR(30)  NOT NULL,
    case_id        VARCHAR(100) NOT NULL,
    position       INT          NOT NULL,
    duty           VARCHAR(40)  NOT NULL,
    reference      VARCHAR(100),
    due_date       DATE         NOT NULL,
    nominal_date   DATE         NOT NULL,
    trigger_date   DATE         NOT NULL,
    term_amount    INT          NOT NULL,
    term_unit      VARCHAR(20)  NOT NULL,
    term_direction VARCHAR(10)  NOT NULL,
    rule_id        VARCHAR(20),
    provision      VARCHAR(500),
    event          VARCHAR(500),
    skipped_days   VARCHAR(20000) NOT NULL,
    PRIMARY KEY (kind, case_id, position)
);

CREATE INDEX open_obligation_by_due_date ON open_obligation (due_date, kind, case_id);

DROP TABLE case_due;

ALTER TABLE aht_family_session ADD COLUMN provider VARCHAR(100);
