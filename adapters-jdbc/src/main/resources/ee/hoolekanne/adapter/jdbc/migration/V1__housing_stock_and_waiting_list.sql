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
