-- A round's longlisting rule and ranking method. The defaults are the study's: all five requirements,
-- no minimum index, weighted sum. Applied by 20261121200000_RoundLonglistSettings.cs.

ALTER TABLE rounds ADD COLUMN longlist_required_count integer NOT NULL DEFAULT 5;
ALTER TABLE rounds ADD COLUMN longlist_minimum_index double precision;
ALTER TABLE rounds ADD COLUMN ranking_method character varying(20) NOT NULL DEFAULT 'WeightedSum';
ALTER TABLE rounds ADD CONSTRAINT ck_rounds_longlist_required_count CHECK (longlist_required_count BETWEEN 0 AND 5);
