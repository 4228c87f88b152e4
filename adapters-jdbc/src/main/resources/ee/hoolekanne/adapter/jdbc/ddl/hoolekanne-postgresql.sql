-- hoolekanne: the complete DDL of schema version 17 for POSTGRESQL.
-- For DBAs who run the DDL themselves: run it once on an empty schema, then start the
-- adapters with JdbcAdapters.builder(dataSource).migration(Migration.NONE). It is the migrations
-- V1 .. V17 of the jar (classpath:ee/hoolekanne/adapter/jdbc/migration) in order; to upgrade
-- a schema built with it, run the migrations after its version, in order. Generated; do not edit.

CREATE SCHEMA IF NOT EXISTS "hoolekanne";
SET search_path TO "hoolekanne";

-- V1__housing_stock_and_waiting_list.sql

-- hoolekanne schema, version 1: housing stock and waiting list.
-- Released migrations are never edited: MigrationChecksumsTest compares them with committed checksums.
-- One set of statements for H2 2.x and PostgreSQL 15+.

CREATE TABLE housing_stock (
    id      VARCHAR(100) PRIMARY KEY,
    version BIGINT       NOT NULL
);

CREATE TABLE housing_unit (
    stock_id VARCHAR(100) NOT NULL REFERENCES housing_stock (id),
    position INT          NOT NULL,
    unit_id  VARCHAR(100) NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    dwelling VARCHAR(500) NOT NULL,
    room     VARCHAR(500) NOT NULL,
    PRIMARY KEY (stock_id, unit_id)
);

CREATE TABLE allocation (
    stock_id   VARCHAR(100) NOT NULL REFERENCES housing_stock (id),
    position   INT          NOT NULL,
    unit_id    VARCHAR(100) NOT NULL,
    case_id    VARCHAR(100) NOT NULL,
    from_date  DATE         NOT NULL,
    until_date DATE         NOT NULL,
    PRIMARY KEY (stock_id, position),
    CHECK (until_date >= from_date)
);

CREATE INDEX allocation_by_case ON allocation (case_id);
CREATE INDEX allocation_by_unit ON allocation (stock_id, unit_id, from_date);

-- The database itself refuses a bed place or dwelling allocated twice on one day:
-- one row per unit and occupied day, unique.
CREATE TABLE allocation_day (
    stock_id    VARCHAR(100) NOT NULL REFERENCES housing_stock (id),
    unit_id     VARCHAR(100) NOT NULL,
    occupied_on DATE         NOT NULL,
    case_id     VARCHAR(100) NOT NULL,
    PRIMARY KEY (stock_id, unit_id, occupied_on)
);

CREATE INDEX allocation_day_free ON allocation_day (stock_id, occupied_on);

CREATE TABLE waiting_list (
    id      VARCHAR(100) PRIMARY KEY,
    version BIGINT       NOT NULL
);

CREATE TABLE waiting_list_entry (
    list_id      VARCHAR(100) NOT NULL REFERENCES waiting_list (id),
    position     INT          NOT NULL,
    case_id      VARCHAR(100) NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    completed_on DATE         NOT NULL,
    listed_on    DATE         NOT NULL,
    offered_unit VARCHAR(100),
    PRIMARY KEY (list_id, case_id)
);

CREATE INDEX waiting_list_order ON waiting_list_entry (list_id, kind, completed_on, listed_on, case_id);

CREATE TABLE waiting_list_change (
    list_id VARCHAR(100) NOT NULL REFERENCES waiting_list (id),
    seq     INT          NOT NULL,
    on_date DATE         NOT NULL,
    case_id VARCHAR(100) NOT NULL,
    kind    VARCHAR(20)  NOT NULL,
    detail  VARCHAR(500) NOT NULL,
    PRIMARY KEY (list_id, seq)
);

-- V2__social_housing_cases.sql

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

-- V3__audit.sql

-- hoolekanne schema, version 3: the personal-data usage log (Andmejälgija shape), append-only.

CREATE TABLE audit_record (
    seq         BIGINT        NOT NULL,
    person      CHAR(11)      NOT NULL,
    at_instant  VARCHAR(40)   NOT NULL,
    action      VARCHAR(200)  NOT NULL,
    receiver    VARCHAR(500)  NOT NULL,
    legal_basis VARCHAR(500)  NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    PRIMARY KEY (seq)
);

CREATE INDEX audit_record_by_person ON audit_record (person, seq);

-- V4__substitute_care.sql

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

-- V5__protection_referrals.sql

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

-- V6__youth_support.sql

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

-- V7__prisoners_services.sql

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

-- V8__resocialization.sql

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

-- V9__audit_sequence.sql

-- hoolekanne schema, version 9: audit records take their order from a sequence, so that a record
-- written in the same transaction as a case never contends with other writers for a number.
-- Starts far above any number V3's "highest plus one" could have given.

CREATE SEQUENCE audit_record_seq START WITH 1000000000000;

-- V10__member_indexes.sql

-- hoolekanne schema, version 10: subject access (TSM-18) finds the cases a person is a household
-- member of through an index, in every service that records household members.

CREATE INDEX rvk_member_by_code ON rvk_member (code);
CREATE INDEX res_member_by_code ON res_member (code);

-- V11__deadline_index.sql

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

-- V12__open_obligations.sql

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

-- V13__outbox.sql

-- hoolekanne schema, version 13: the outbox. A notification a command causes (a decision, a freed
-- place) is written here in the command's transaction; a relay delivers it to the notifier at
-- least once, retries it with a growing pause and parks it after the last attempt. Instants are
-- whole microseconds since 1970-01-01T00:00Z, so they compare alike on every database.

CREATE TABLE outbox_message (
    message_key      VARCHAR(300)  NOT NULL PRIMARY KEY,
    case_id          VARCHAR(100)  NOT NULL,
    recipient        CHAR(11)      NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    on_date          DATE          NOT NULL,
    text             VARCHAR(4000) NOT NULL,
    created_micros   BIGINT        NOT NULL,
    attempts         INT           NOT NULL,
    next_micros      BIGINT        NOT NULL,
    lease_micros     BIGINT,
    last_error       VARCHAR(500),
    status           VARCHAR(10)   NOT NULL,
    CONSTRAINT outbox_message_status CHECK (status IN ('PENDING', 'DELIVERED', 'PARKED'))
);

CREATE INDEX outbox_message_due ON outbox_message (status, next_micros, created_micros);
CREATE INDEX outbox_message_recipient ON outbox_message (recipient);

-- V14__resocialization_exits.sql

-- hoolekanne schema, version 14: leaving the resocialization pathway before independent life
-- (RES-11): how the resident left (own choice, a decision ending the service, death, another
-- service or care institution), who decided, where to, and the last day of the stay; a decision
-- ending the service keeps its last day.

ALTER TABLE res_state ADD COLUMN exit_kind VARCHAR(20);
ALTER TABLE res_state ADD COLUMN exit_role VARCHAR(40);
ALTER TABLE res_state ADD COLUMN exit_destination VARCHAR(500);
ALTER TABLE res_state ADD COLUMN last_day DATE;
ALTER TABLE res_decision ADD COLUMN outcome_date DATE;

-- V15__social_housing_units.sql

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

-- V16__legal_fidelity.sql

-- hoolekanne schema, version 16: the catalogue's corrections after the rule-by-rule audit.
-- A house-rule breach names the directive whose rule it breaks (TSM-19); the pre-expiry
-- assessment names the provider whose worker made it (TSM-24; rows before this version: the
-- contract's provider); the assessment of the recipient's coping that an early end for goals met
-- rests on (TSM-23); the problems a protection need assessment names and whether the need is
-- greater than the other services meet (RVK-1, RVK-2; rows before this version: no problems
-- recorded, a greater need where other services were listed); who proposed a youth's professional
-- support person (AHT-10); and when an open obligation's term ends on its due date: at 24:00, or
-- at an institution's closing time (CAL-9; rows before this version: 24:00).

ALTER TABLE sh_breach ADD COLUMN directive VARCHAR(500);
ALTER TABLE sh_case ADD COLUMN pre_assessed_by VARCHAR(20);
ALTER TABLE sh_case ADD COLUMN coping_assessed_on DATE;
ALTER TABLE sh_case ADD COLUMN coping_secures_dwelling BOOLEAN;
ALTER TABLE sh_case ADD COLUMN coping_meets_obligations BOOLEAN;
ALTER TABLE sh_case ADD COLUMN coping_copes_daily BOOLEAN;
ALTER TABLE rvk_state ADD COLUMN need_problems VARCHAR(200);
ALTER TABLE rvk_state ADD COLUMN need_greater BOOLEAN;
ALTER TABLE aht_youth_state ADD COLUMN proposed_by VARCHAR(30);
ALTER TABLE open_obligation ADD COLUMN ends_at_institution VARCHAR(500);
ALTER TABLE open_obligation ADD COLUMN ends_at_closes VARCHAR(5);

-- V17__administrative_acts.sql

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
