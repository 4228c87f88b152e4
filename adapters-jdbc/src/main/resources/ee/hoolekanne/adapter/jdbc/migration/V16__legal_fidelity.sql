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
