-- hoolekanne schema, version 14: leaving the resocialization pathway before independent life
-- (RES-11): how the resident left (own choice, a decision ending the service, death, another
-- service or care institution), who decided, where to, and the last day of the stay; a decision
-- ending the service keeps its last day.

ALTER TABLE res_state ADD COLUMN exit_kind VARCHAR(20);
ALTER TABLE res_state ADD COLUMN exit_role VARCHAR(40);
ALTER TABLE res_state ADD COLUMN exit_destination VARCHAR(500);
ALTER TABLE res_state ADD COLUMN last_day DATE;
ALTER TABLE res_decision ADD COLUMN outcome_date DATE;
