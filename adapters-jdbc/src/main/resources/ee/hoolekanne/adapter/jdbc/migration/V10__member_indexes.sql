-- hoolekanne schema, version 10: subject access (TSM-18) finds the cases a person is a household
-- member of through an index, in every service that records household members.

CREATE INDEX rvk_member_by_code ON rvk_member (code);
CREATE INDEX res_member_by_code ON res_member (code);
