-- A table of the application with the same name as one of hoolekanne's: they live in different schemas.
CREATE TABLE audit_record (
    id     INT          NOT NULL PRIMARY KEY,
    action VARCHAR(100) NOT NULL
);
INSERT INTO app_user (id, login, email) VALUES (1, 'mari', 'mari@example.test'), (2, 'jaan', 'jaan@example.test');
INSERT INTO audit_record (id, action) VALUES (1, 'application started');
