-- A source per longlisting requirement (a link or a citation), beside the pair's overall source.
-- Applied by 20261121230000_RequirementSources.cs.

ALTER TABLE longlist_evidence ADD COLUMN national_priority_source character varying(2000);
ALTER TABLE longlist_evidence ADD COLUMN research_priority_source character varying(2000);
ALTER TABLE longlist_evidence ADD COLUMN innovation_initiatives_source character varying(2000);
ALTER TABLE longlist_evidence ADD COLUMN international_programmes_source character varying(2000);
ALTER TABLE longlist_evidence ADD COLUMN home_track_record_source character varying(2000);
