-- hoolekanne schema, version 15: a social housing case holds a bed place for each adult of a
-- household without a child (TSM-4), so its units and a grant's units are rows of their own. The
-- units stored before move into them. An ended case keeps its placement and the day use started
-- (for the fees of its last months, X-2) in the columns the running case had.

CREATE TABLE sh_unit (
    case_id  VARCHAR(100) NOT NULL REFERENCES sh_case (id),
    position INT          NOT NULL,
    unit_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE sh_decision_unit (
    case_id     VARCHAR(100) NOT NULL REFERENCES sh_case (id),
    decision_id VARCHAR(100) NOT NULL,
    position    INT          NOT NULL,
    unit_id     VARCHAR(100) NOT NULL,
    PRIMARY KEY (case_id, decision_id, position)
);

INSERT INTO sh_unit (case_id, position, unit_id) SELECT id, 0, unit_id FROM sh_case WHERE unit_id IS NOT NULL;
INSERT INTO sh_decision_unit (case_id, decision_id, position, unit_id)
    SELECT case_id, decision_id, 0, unit_id FROM sh_decision WHERE unit_id IS NOT NULL;
