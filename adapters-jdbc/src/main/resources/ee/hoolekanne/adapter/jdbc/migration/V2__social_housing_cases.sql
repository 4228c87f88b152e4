-- hoolekanne schema, version 2: social housing cases (Tartu regulation no 86), every state.
-- sh_case.state is the discriminator; columns a state does not have are NULL.

CREATE TABLE sh_case (
    id                  VARCHAR(100)  PRIMARY KEY,
    version             BIGINT        NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    applicant           CHAR(11)      NOT NULL,
    submitted_on        DATE          NOT NULL,
    contact_data        VARCHAR(2000),
    support_network     VARCHAR(4000),
    residence_or_stay   VARCHAR(2000),
    monthly_income      NUMERIC(12, 2),
    assets              VARCHAR(4000),
    social_coping       VARCHAR(8000),
    infection_needed    BOOLEAN       NOT NULL,
    infection_attached  BOOLEAN       NOT NULL,
    missing_parts       VARCHAR(500),
    completed_on        DATE,
    assessed_on         DATE,
    specialist          VARCHAR(500),
    assessment_methods  VARCHAR(200),
    has_no_dwelling     BOOLEAN,
    needs_support       BOOLEAN,
    proposes_grant      BOOLEAN,
    proposed_refusal    VARCHAR(200),
    wait_listed_on      DATE,
    decision_id         VARCHAR(100),
    unit_id             VARCHAR(100),
    placement_kind      VARCHAR(30),
    delivery_method     VARCHAR(20),
    delivered_at        VARCHAR(40),
    contract_number     VARCHAR(100),
    contract_provider   VARCHAR(20),
    contract_signed_on  DATE,
    contract_start      DATE,
    contract_end        DATE,
    use_started_on      DATE,
    pre_assessed_on     DATE,
    pre_prospects       VARCHAR(4000),
    pre_can_live_alone  BOOLEAN,
    pre_need_continues  BOOLEAN,
    lapsed_by           VARCHAR(10),
    lapsed_on           DATE,
    end_reason          VARCHAR(20),
    last_day            DATE,
    ending_decision_id  VARCHAR(100)
);

CREATE INDEX sh_case_by_applicant ON sh_case (applicant);
CREATE INDEX sh_case_by_state ON sh_case (state, id);

CREATE TABLE sh_household_member (case_id VARCHAR(100) NOT NULL REFERENCES sh_case (id), position INT NOT NULL,
    code CHAR(11) NOT NULL, PRIMARY KEY (case_id, position));
CREATE INDEX sh_household_member_by_code ON sh_household_member (code);

CREATE TABLE sh_document (case_id VARCHAR(100) NOT NULL REFERENCES sh_case (id), position INT NOT NULL,
    name VARCHAR(500) NOT NULL, PRIMARY KEY (case_id, position));

CREATE TABLE sh_decision (
    case_id         VARCHAR(100) NOT NULL REFERENCES sh_case (id),
    decision_id     VARCHAR(100) NOT NULL,
    made_by         VARCHAR(500) NOT NULL,
    made_on         DATE         NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    unit_id         VARCHAR(100),
    service_end     DATE,
    outcome_text    VARCHAR(500),
    supersedes      VARCHAR(100),
    PRIMARY KEY (case_id, decision_id)
);

CREATE TABLE sh_decision_basis (case_id VARCHAR(100) NOT NULL, decision_id VARCHAR(100) NOT NULL, position INT NOT NULL,
    rule_id VARCHAR(20) NOT NULL, provision VARCHAR(500) NOT NULL, PRIMARY KEY (case_id, decision_id, position),
    FOREIGN KEY (case_id, decision_id) REFERENCES sh_decision (case_id, decision_id));

CREATE TABLE sh_decision_ground (case_id VARCHAR(100) NOT NULL, decision_id VARCHAR(100) NOT NULL, position INT NOT NULL,
    ground_type VARCHAR(20) NOT NULL, name VARCHAR(100), rule_id VARCHAR(20), provision VARCHAR(500), description VARCHAR(1000),
    PRIMARY KEY (case_id, decision_id, position),
    FOREIGN KEY (case_id, decision_id) REFERENCES sh_decision (case_id, decision_id));

CREATE TABLE sh_event (case_id VARCHAR(100) NOT NULL REFERENCES sh_case (id), seq INT NOT NULL, on_date DATE NOT NULL,
    kind VARCHAR(40) NOT NULL, detail VARCHAR(500) NOT NULL, decision_id VARCHAR(100), PRIMARY KEY (case_id, seq));

CREATE TABLE sh_signatory (case_id VARCHAR(100) NOT NULL REFERENCES sh_case (id), position INT NOT NULL,
    code CHAR(11) NOT NULL, PRIMARY KEY (case_id, position));

CREATE TABLE sh_action_plan (
    case_id              VARCHAR(100) PRIMARY KEY REFERENCES sh_case (id),
    drawn_up_on          DATE          NOT NULL,
    participated         BOOLEAN       NOT NULL,
    recipient_data       VARCHAR(8000) NOT NULL,
    case_description     VARCHAR(8000) NOT NULL,
    problems             VARCHAR(8000) NOT NULL,
    resources            VARCHAR(8000) NOT NULL,
    hindering_factors    VARCHAR(8000) NOT NULL,
    cooperation          VARCHAR(8000) NOT NULL,
    interim_on           DATE          NOT NULL,
    follow_up_on         DATE          NOT NULL
);

CREATE TABLE sh_goal (case_id VARCHAR(100) NOT NULL REFERENCES sh_case (id), goal_id VARCHAR(100) NOT NULL,
    parent_goal_id VARCHAR(100), position INT NOT NULL, description VARCHAR(2000) NOT NULL, PRIMARY KEY (case_id, goal_id));

CREATE TABLE sh_activity (case_id VARCHAR(100) NOT NULL, goal_id VARCHAR(100) NOT NULL, position INT NOT NULL,
    description VARCHAR(2000) NOT NULL, from_date DATE NOT NULL, until_date DATE NOT NULL, done_by VARCHAR(500) NOT NULL,
    PRIMARY KEY (case_id, goal_id, position), FOREIGN KEY (case_id, goal_id) REFERENCES sh_goal (case_id, goal_id));

CREATE TABLE sh_evaluation (case_id VARCHAR(100) NOT NULL, goal_id VARCHAR(100) NOT NULL, position INT NOT NULL,
    kind VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL, evidence VARCHAR(4000) NOT NULL, evaluator VARCHAR(500) NOT NULL,
    on_date DATE NOT NULL, PRIMARY KEY (case_id, goal_id, position),
    FOREIGN KEY (case_id, goal_id) REFERENCES sh_goal (case_id, goal_id));

CREATE TABLE sh_absence (case_id VARCHAR(100) NOT NULL REFERENCES sh_case (id), position INT NOT NULL,
    from_date DATE NOT NULL, until_date DATE NOT NULL, notified_on DATE, PRIMARY KEY (case_id, position));

CREATE TABLE sh_family_change (case_id VARCHAR(100) NOT NULL REFERENCES sh_case (id), position INT NOT NULL,
    occurred_on DATE NOT NULL, notified_on DATE, members VARCHAR(2000) NOT NULL, PRIMARY KEY (case_id, position));

CREATE TABLE sh_breach (case_id VARCHAR(100) NOT NULL REFERENCES sh_case (id), position INT NOT NULL,
    on_date DATE NOT NULL, rule VARCHAR(500) NOT NULL, PRIMARY KEY (case_id, position));

CREATE TABLE sh_charge (case_id VARCHAR(100) NOT NULL REFERENCES sh_case (id), position INT NOT NULL,
    charge_month CHAR(7) NOT NULL, kind VARCHAR(20) NOT NULL, amount NUMERIC(12, 2) NOT NULL, explanation VARCHAR(1000) NOT NULL,
    PRIMARY KEY (case_id, position));

CREATE TABLE sh_payment (case_id VARCHAR(100) NOT NULL REFERENCES sh_case (id), position INT NOT NULL,
    paid_on DATE NOT NULL, amount NUMERIC(12, 2) NOT NULL, PRIMARY KEY (case_id, position));
