-- hoolekanne schema, version 6: support persons for youth leaving substitute care (AHT-9 .. AHT-13).

CREATE TABLE aht_youth (
    id      VARCHAR(100) PRIMARY KEY,
    version BIGINT       NOT NULL
);

CREATE TABLE aht_youth_state (
    case_id          VARCHAR(100)  PRIMARY KEY REFERENCES aht_youth (id),
    state            VARCHAR(20)   NOT NULL,
    youth            CHAR(11)      NOT NULL,
    situations       VARCHAR(200)  NOT NULL,
    lives_in         VARCHAR(20)   NOT NULL,
    leaving_date     DATE          NOT NULL,
    in_aftercare     BOOLEAN       NOT NULL,
    marked_on        DATE,
    provider         VARCHAR(100),
    passed_on        DATE,
    sp_id            VARCHAR(100),
    sp_kind          VARCHAR(20),
    sp_provider      VARCHAR(100),
    sp_from          DATE,
    agreement_on     DATE,
    agreement_communication  VARCHAR(4000),
    agreement_confidentiality VARCHAR(4000),
    agreement_language       VARCHAR(20),
    agreement_other_language VARCHAR(100),
    agreement_interpreter    BOOLEAN,
    ended_on         DATE,
    end_reason       VARCHAR(1000)
);

CREATE INDEX aht_youth_open ON aht_youth_state (state, case_id);
CREATE INDEX aht_youth_by_person ON aht_youth_state (youth);

CREATE TABLE aht_youth_goal (case_id VARCHAR(100) NOT NULL REFERENCES aht_youth (id), position INT NOT NULL,
    goal VARCHAR(2000) NOT NULL, PRIMARY KEY (case_id, position));
CREATE TABLE aht_youth_diary (case_id VARCHAR(100) NOT NULL REFERENCES aht_youth (id), position INT NOT NULL,
    on_date DATE NOT NULL, note VARCHAR(8000) NOT NULL, PRIMARY KEY (case_id, position));
CREATE TABLE aht_youth_report (case_id VARCHAR(100) NOT NULL REFERENCES aht_youth (id), position INT NOT NULL,
    submitted_on DATE NOT NULL, summary VARCHAR(8000) NOT NULL, PRIMARY KEY (case_id, position));
CREATE TABLE aht_youth_assessment (case_id VARCHAR(100) NOT NULL REFERENCES aht_youth (id), position INT NOT NULL,
    assessed_on DATE NOT NULL, PRIMARY KEY (case_id, position));
