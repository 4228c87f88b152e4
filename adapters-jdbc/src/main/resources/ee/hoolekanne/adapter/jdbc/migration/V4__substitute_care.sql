-- hoolekanne schema, version 4: substitute-care support services (AHT): families' use of services,
-- counselling groups, substitute homes.

CREATE TABLE aht_family (
    id             VARCHAR(100) PRIMARY KEY,
    version        BIGINT       NOT NULL,
    carer_kind     VARCHAR(20),
    county         VARCHAR(20),
    mentor_id      VARCHAR(100),
    mentor_experience VARCHAR(20),
    mentor_training   VARCHAR(500),
    mentor_trained_on DATE
);

CREATE TABLE aht_family_session (family_id VARCHAR(100) NOT NULL REFERENCES aht_family (id), position INT NOT NULL,
    session_on DATE NOT NULL, PRIMARY KEY (family_id, position));

CREATE TABLE aht_group (
    id                   VARCHAR(100) PRIMARY KEY,
    version              BIGINT       NOT NULL,
    service_type         VARCHAR(40),
    closed               BOOLEAN,
    min_academic_hours   INT,
    max_academic_hours   INT,
    min_meetings_per_year INT,
    max_meetings_per_year INT,
    min_participants     INT,
    max_participants     INT
);

CREATE TABLE aht_group_participant (group_id VARCHAR(100) NOT NULL REFERENCES aht_group (id), position INT NOT NULL,
    participant VARCHAR(200) NOT NULL, PRIMARY KEY (group_id, position));

CREATE TABLE aht_group_meeting (group_id VARCHAR(100) NOT NULL REFERENCES aht_group (id), position INT NOT NULL,
    meeting_on DATE NOT NULL, academic_hours INT NOT NULL, PRIMARY KEY (group_id, position));

CREATE TABLE aht_home (
    id      VARCHAR(100) PRIMARY KEY,
    version BIGINT       NOT NULL
);

CREATE TABLE aht_home_evaluation (home_id VARCHAR(100) NOT NULL REFERENCES aht_home (id), position INT NOT NULL,
    evaluated_on DATE NOT NULL, PRIMARY KEY (home_id, position));
