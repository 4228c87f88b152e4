-- hoolekanne schema, version 8: resocialization cases in Tallinn (RES).

CREATE TABLE res_case (
    id      VARCHAR(100) PRIMARY KEY,
    version BIGINT       NOT NULL
);

CREATE TABLE res_state (
    case_id           VARCHAR(100)  PRIMARY KEY REFERENCES res_case (id),
    state             VARCHAR(30)   NOT NULL,
    applicant         CHAR(11)      NOT NULL,
    name              VARCHAR(500),
    residence_or_stay VARCHAR(2000),
    contact_details   VARCHAR(2000),
    members_given     BOOLEAN       NOT NULL,
    why_counselling   VARCHAR(8000),
    what_hinders      VARCHAR(8000),
    why_no_dwelling   VARCHAR(8000),
    district          VARCHAR(200)  NOT NULL,
    identity_kind     VARCHAR(30)   NOT NULL,
    identity_verified DATE          NOT NULL,
    applied_on        DATE          NOT NULL,
    stage             VARCHAR(30),
    since             DATE
);

CREATE INDEX res_state_by_applicant ON res_state (applicant);

CREATE TABLE res_member (case_id VARCHAR(100) NOT NULL REFERENCES res_case (id), position INT NOT NULL,
    code CHAR(11) NOT NULL, PRIMARY KEY (case_id, position));
CREATE TABLE res_decision (case_id VARCHAR(100) NOT NULL REFERENCES res_case (id), position INT NOT NULL,
    decision_id VARCHAR(100) NOT NULL, made_by VARCHAR(500) NOT NULL, made_on DATE NOT NULL, outcome VARCHAR(20) NOT NULL,
    outcome_text VARCHAR(500), supersedes VARCHAR(100), PRIMARY KEY (case_id, position));
CREATE TABLE res_decision_basis (case_id VARCHAR(100) NOT NULL REFERENCES res_case (id), decision INT NOT NULL,
    position INT NOT NULL, rule_id VARCHAR(20) NOT NULL, provision VARCHAR(500) NOT NULL, PRIMARY KEY (case_id, decision, position));
CREATE TABLE res_decision_ground (case_id VARCHAR(100) NOT NULL REFERENCES res_case (id), decision INT NOT NULL,
    position INT NOT NULL, rule_id VARCHAR(20) NOT NULL, provision VARCHAR(500) NOT NULL, description VARCHAR(1000) NOT NULL,
    PRIMARY KEY (case_id, decision, position));
CREATE TABLE res_stay (case_id VARCHAR(100) NOT NULL REFERENCES res_case (id), position INT NOT NULL,
    stage VARCHAR(30) NOT NULL, unit_id VARCHAR(100) NOT NULL, beds INT NOT NULL, renovated BOOLEAN NOT NULL,
    children INT NOT NULL, from_date DATE NOT NULL, until_date DATE, PRIMARY KEY (case_id, position));
CREATE TABLE res_laundry (case_id VARCHAR(100) NOT NULL REFERENCES res_case (id), position INT NOT NULL,
    on_date DATE NOT NULL, service VARCHAR(30) NOT NULL, loads INT NOT NULL, PRIMARY KEY (case_id, position));

CREATE TABLE res_action_plan (
    case_id              VARCHAR(100) PRIMARY KEY REFERENCES res_case (id),
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
CREATE TABLE res_goal (case_id VARCHAR(100) NOT NULL REFERENCES res_case (id), goal_id VARCHAR(100) NOT NULL,
    parent_goal_id VARCHAR(100), position INT NOT NULL, description VARCHAR(2000) NOT NULL, PRIMARY KEY (case_id, goal_id));
CREATE TABLE res_activity (case_id VARCHAR(100) NOT NULL, goal_id VARCHAR(100) NOT NULL, position INT NOT NULL,
    description VARCHAR(2000) NOT NULL, from_date DATE NOT NULL, until_date DATE NOT NULL, done_by VARCHAR(500) NOT NULL,
    PRIMARY KEY (case_id, goal_id, position), FOREIGN KEY (case_id, goal_id) REFERENCES res_goal (case_id, goal_id));
CREATE TABLE res_evaluation (case_id VARCHAR(100) NOT NULL, goal_id VARCHAR(100) NOT NULL, position INT NOT NULL,
    kind VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL, evidence VARCHAR(4000) NOT NULL, evaluator VARCHAR(500) NOT NULL,
    on_date DATE NOT NULL, PRIMARY KEY (case_id, goal_id, position),
    FOREIGN KEY (case_id, goal_id) REFERENCES res_goal (case_id, goal_id));
