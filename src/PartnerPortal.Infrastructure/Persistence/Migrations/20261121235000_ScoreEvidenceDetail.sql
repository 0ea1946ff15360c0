-- Which guiding questions a score's evidence addresses, and why a score was revised after the analyst saw
-- the group's spread. Applied by 20261121235000_ScoreEvidenceDetail.cs.

ALTER TABLE scores ADD COLUMN addressed_question_ids integer[] NOT NULL DEFAULT '{}';
ALTER TABLE scores ADD COLUMN revision_comment character varying(2000);
