-- hoolekanne schema, version 17: decisions as administrative acts (HMS). For every service that
-- decides, the role in which a decision was made and who signed it (HMS-4), the hearing before it
-- or why none was held (HMS-5), its delivery once recorded (HMS-6), and the facts it rests on
-- (HMS-2), one row per fact. A decision
-- stored before this version has no row here: it is read with its maker's body as its role and
-- without facts, and no use case accepts such a decision anew. And the term an official set to
-- remedy an incomplete social housing or resocialization application (HMS-1), and the missing
-- parts of an incomplete resocialization application (RES-7), which is now a case of its own.

CREATE TABLE sh_decision_act (
    case_id           VARCHAR(100)  NOT NULL REFERENCES sh_case (id),
    decision_id       VARCHAR(100)  NOT NULL,
    role              VARCHAR(500)  NOT NULL,
    signer            VARCHAR(500),
    hearing_kind      VARCHAR(10),
    hearing_on        DATE,
    hearing_how       VARCHAR(2000),
    hearing_provision VARCHAR(200),
    hearing_reason    VARCHAR(2000),
    delivery_method   VARCHAR(20),
    delivered_at      VARCHAR(40),
    PRIMARY KEY (case_id, decision_id)
);

CREATE TABLE sh_decision_fact (
    case_id     VARCHAR(100)  NOT NULL REFERENCES sh_case (id),
    decision_id VARCHAR(100)  NOT NULL,
    position    INT           NOT NULL,
    fact        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (case_id, decision_id, position)
);

CREATE TABLE res_decision_act (
    case_id           VARCHAR(100)  NOT NULL REFERENCES res_case (id),
    decision_id       VARCHAR(100)  NOT NULL,
    role              VARCHAR(500)  NOT NULL,
    signer            VARCHAR(500),
    hearing_kind      VARCHAR(10),
    hearing_on        DATE,
    hearing_how       VARCHAR(2000),
    hearing_provision VARCHAR(200),
    hearing_reason    VARCHAR(2000),
    delivery_method   VARCHAR(20),
    delivered_at      VARCHAR(40),
    PRIMARY KEY (case_id, decision_id)
);

CREATE TABLE res_decision_fact (
    case_id     VARCHAR(100)  NOT NULL REFERENCES res_case (id),
    decision_id VARCHAR(100)  NOT NULL,
    position    INT           NOT NULL,
    fact        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (case_id, decision_id, position)
);

CREATE TABLE rvk_decision_act (
    case_id           VARCHAR(100)  NOT NULL REFERENCES rvk_referral (id),
    decision_id       VARCHAR(100)  NOT NULL,
    role              VARCHAR(500)  NOT NULL,
    signer            VARCHAR(500),
    hearing_kind      VARCHAR(10),
    hearing_on        DATE,
    hearing_how       VARCHAR(2000),
    hearing_provision VARCHAR(200),
    hearing_reason    VARCHAR(2000),
    delivery_method   VARCHAR(20),
    delivered_at      VARCHAR(40),
    PRIMARY KEY (case_id, decision_id)
);

CREATE TABLE rvk_decision_fact (
    case_id     VARCHAR(100)  NOT NULL REFERENCES rvk_referral (id),
    decision_id VARCHAR(100)  NOT NULL,
    position    INT           NOT NULL,
    fact        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (case_id, decision_id, position)
);

CREATE TABLE jus_decision_act (
    case_id           VARCHAR(100)  NOT NULL REFERENCES jus_stay (id),
    decision_id       VARCHAR(100)  NOT NULL,
    role              VARCHAR(500)  NOT NULL,
    signer            VARCHAR(500),
    hearing_kind      VARCHAR(10),
    hearing_on        DATE,
    hearing_how       VARCHAR(2000),
    hearing_provision VARCHAR(200),
    hearing_reason    VARCHAR(2000),
    delivery_method   VARCHAR(20),
    delivered_at      VARCHAR(40),
    PRIMARY KEY (case_id, decision_id)
);

CREATE TABLE jus_decision_fact (
    case_id     VARCHAR(100)  NOT NULL REFERENCES jus_stay (id),
    decision_id VARCHAR(100)  NOT NULL,
    position    INT           NOT NULL,
    fact        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (case_id, decision_id, position)
);

ALTER TABLE sh_case ADD COLUMN remedy_set_on DATE;
ALTER TABLE sh_case ADD COLUMN remedy_amount INT;
ALTER TABLE sh_case ADD COLUMN remedy_unit VARCHAR(20);
ALTER TABLE res_state ADD COLUMN missing_parts VARCHAR(200);
ALTER TABLE res_state ADD COLUMN remedy_set_on DATE;
ALTER TABLE res_state ADD COLUMN remedy_amount INT;
ALTER TABLE res_state ADD COLUMN remedy_unit VARCHAR(20);
