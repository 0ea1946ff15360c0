-- Which rounds people made and which the demo generator or the first run made: generated and example rounds
-- can be deleted (with what was generated only for them) before publication; people's rounds only as Drafts.
-- Applied by 20261130100000_RoundOrigin.cs. Rounds that exist already were made by people, except those the
-- demo generator made, recognisable by its description.

ALTER TABLE rounds ADD COLUMN origin character varying(20) NOT NULL DEFAULT 'Manual';
ALTER TABLE rounds ADD CONSTRAINT ck_rounds_origin CHECK (origin IN ('Manual', 'Generated', 'Example'));
UPDATE rounds SET origin = 'Generated' WHERE agency = 'Demo agency' AND description LIKE 'Generated with seed %';
