-- hoolekanne schema, version 5: support-person referrals for people with international or
-- temporary protection (RVK). rvk_referral holds the version; rvk_state the state's columns.

CREATE TABLE rvk_referral (
    id      VARCHAR(100) PRIMARY KEY,
    version BIGINT       NOT NULL
);

CREATE TABLE rvk_state (
    case_id               VARCHAR(100)  PRIMARY KEY REFERENCES rvk_referral (id),
    state                 VARCHAR(30)   NOT NULL,
    applicant             CHAR(11)      NOT NULL,
    protection            VARCHAR(20)   NOT NULL,
    need_assessed_on      DATE          NOT NULL,
    need_local_government VARCHAR(200)  NOT NULL,
    need_duplicates       BOOLEAN       NOT NULL,
    decision_id           VARCHAR(100)  NOT NULL,
    decision_made_by      VARCHAR(500)  NOT NULL,
    decision_made_on      DATE          NOT NULL,
    decision_service      VARCHAR(500)  NOT NULL,
    decision_supersedes   VARCHAR(100),
    language              VARCHAR(20)   NOT NULL,
    other_language        VARCHAR(100),
    interpreter           BOOLEAN       NOT NULL,
    funding               VARCHAR(40)   NOT NULL,
    provider              VARCHAR(100),
    received_on           DATE,
    sp_id                 VARCHAR(100),
    sp_kind               VARCHAR(20),
    sp_provider           VARCHAR(100),
    sp_from               DATE,
    contacted_on          DATE,
    meeting_on            DATE,
    meeting_fit           BOOLEAN,
    end_reason            VARCHAR(40),
    stated_reason         VARCHAR(1000),
    ended_on              DATE
);

CREATE INDEX rvk_state_open ON rvk_state (state, case_id);
CREATE INDEX rvk_state_by_applicant ON rvk_state (applicant);

CREATE TABLE rvk_member (case_id VARCHAR(100) NOT NULL REFERENCES rvk_referral (id), position INT NOT NULL,
    code CHAR(11) NOT NULL, PRIMARY KEY (case_id, position));
CREATE TABLE rvk_other_service (case_id VARCHAR(100) NOT NULL REFERENCES rvk_referral (id), position INT NOT NULL,
    name VARCHAR(500) NOT NULL, PRIMARY KEY (case_id, position));
CREATE TABLE rvk_decision_basis (case_id VARCHAR(100) NOT NULL REFERENCES rvk_referral (id), position INT NOT NULL,
    rule_id VARCHAR(20) NOT NULL, provision VARCHAR(500) NOT NULL, PRIMARY KEY (case_id, position));
CREATE TABLE rvk_goal (case_id VARCHAR(100) NOT NULL REFERENCES rvk_referral (id), position INT NOT NULL,
    goal VARCHAR(2000) NOT NULL, PRIMARY KEY (case_id, position));
CREATE TABLE rvk_info_request (case_id VARCHAR(100) NOT NULL REFERENCES rvk_referral (id), request_number INT NOT NULL,
    received_on DATE NOT NULL, answered_on DATE, PRIMARY KEY (case_id, request_number));
CREATE TABLE rvk_change_notice (case_id VARCHAR(100) NOT NULL REFERENCES rvk_referral (id), position INT NOT NULL,
    observed_on DATE NOT NULL, notified_on DATE NOT NULL, improvement BOOLEAN NOT NULL, description VARCHAR(4000) NOT NULL,
    PRIMARY KEY (case_id, position));
CREATE TABLE rvk_report (case_id VARCHAR(100) NOT NULL REFERENCES rvk_referral (id), position INT NOT NULL,
    submitted_on DATE NOT NULL, summary VARCHAR(8000) NOT NULL, PRIMARY KEY (case_id, position));
CREATE TABLE rvk_evaluation (case_id VARCHAR(100) NOT NULL REFERENCES rvk_referral (id), position INT NOT NULL,
    kind VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL, evidence VARCHAR(4000) NOT NULL, evaluator VARCHAR(500) NOT NULL,
    on_date DATE NOT NULL, PRIMARY KEY (case_id, position));
