-- hoolekanne schema, version 7: support services for prisoners and released prisoners (JUS).

CREATE TABLE jus_support (
    id      VARCHAR(100) PRIMARY KEY,
    version BIGINT       NOT NULL
);

CREATE TABLE jus_support_state (
    case_id      VARCHAR(100)  PRIMARY KEY REFERENCES jus_support (id),
    state        VARCHAR(20)   NOT NULL,
    prisoner     CHAR(11)      NOT NULL,
    release_date DATE          NOT NULL,
    requested_on DATE          NOT NULL,
    funding      VARCHAR(40)   NOT NULL,
    sp_id        VARCHAR(100),
    sp_kind      VARCHAR(20),
    sp_provider  VARCHAR(100),
    sp_from      DATE,
    released_on  DATE,
    ended_on     DATE,
    end_reason   VARCHAR(1000)
);

CREATE INDEX jus_support_by_person ON jus_support_state (prisoner);

CREATE TABLE jus_contact (case_id VARCHAR(100) NOT NULL REFERENCES jus_support (id), position INT NOT NULL,
    on_date DATE NOT NULL, party VARCHAR(30) NOT NULL, note VARCHAR(4000) NOT NULL, PRIMARY KEY (case_id, position));

CREATE TABLE jus_stay (
    id      VARCHAR(100) PRIMARY KEY,
    version BIGINT       NOT NULL
);

CREATE TABLE jus_stay_state (
    case_id      VARCHAR(100)  PRIMARY KEY REFERENCES jus_stay (id),
    state        VARCHAR(20)   NOT NULL,
    person       CHAR(11)      NOT NULL,
    provider     VARCHAR(100)  NOT NULL,
    unit_id      VARCHAR(100)  NOT NULL,
    admitted_on  DATE          NOT NULL,
    funding      VARCHAR(40)   NOT NULL,
    activities   VARCHAR(500),
    until_date   DATE,
    plan_helper  VARCHAR(100),
    left_on      DATE,
    left_reason  VARCHAR(1000)
);

CREATE INDEX jus_stay_staying ON jus_stay_state (state, case_id);
CREATE INDEX jus_stay_by_person ON jus_stay_state (person);

CREATE TABLE jus_extension (case_id VARCHAR(100) NOT NULL REFERENCES jus_stay (id), position INT NOT NULL,
    decision_id VARCHAR(100) NOT NULL, made_by VARCHAR(500) NOT NULL, made_on DATE NOT NULL, new_end DATE NOT NULL,
    supersedes VARCHAR(100), PRIMARY KEY (case_id, position));
CREATE TABLE jus_extension_basis (case_id VARCHAR(100) NOT NULL REFERENCES jus_stay (id), extension INT NOT NULL,
    position INT NOT NULL, rule_id VARCHAR(20) NOT NULL, provision VARCHAR(500) NOT NULL,
    PRIMARY KEY (case_id, extension, position));

CREATE TABLE jus_action_plan (
    case_id              VARCHAR(100) PRIMARY KEY REFERENCES jus_stay (id),
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
CREATE TABLE jus_goal (case_id VARCHAR(100) NOT NULL REFERENCES jus_stay (id), goal_id VARCHAR(100) NOT NULL,
    parent_goal_id VARCHAR(100), position INT NOT NULL, description VARCHAR(2000) NOT NULL, PRIMARY KEY (case_id, goal_id));
CREATE TABLE jus_activity (case_id VARCHAR(100) NOT NULL, goal_id VARCHAR(100) NOT NULL, position INT NOT NULL,
    description VARCHAR(2000) NOT NULL, from_date DATE NOT NULL, until_date DATE NOT NULL, done_by VARCHAR(500) NOT NULL,
    PRIMARY KEY (case_id, goal_id, position), FOREIGN KEY (case_id, goal_id) REFERENCES jus_goal (case_id, goal_id));
CREATE TABLE jus_evaluation (case_id VARCHAR(100) NOT NULL, goal_id VARCHAR(100) NOT NULL, position INT NOT NULL,
    kind VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL, evidence VARCHAR(4000) NOT NULL, evaluator VARCHAR(500) NOT NULL,
    on_date DATE NOT NULL, PRIMARY KEY (case_id, goal_id, position),
    FOREIGN KEY (case_id, goal_id) REFERENCES jus_goal (case_id, goal_id));
