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
