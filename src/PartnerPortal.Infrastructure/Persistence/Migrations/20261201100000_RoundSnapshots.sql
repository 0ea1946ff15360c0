-- What each round published, frozen at the moment of publishing (ADR-007): its tables, exports and pages read
-- this document once the round is published, so renaming a country, a technology or a theme, or editing a
-- criterion, no longer changes a published decision. Written in the publish's own transaction; rounds
-- published before this migration get theirs at the next start-up (DatabasePreparation).
-- Applied by 20261201100000_RoundSnapshots.cs.

CREATE TABLE round_snapshots (
    round_id integer NOT NULL,
    schema_version integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    document jsonb NOT NULL,
    CONSTRAINT pk_round_snapshots PRIMARY KEY (round_id),
    CONSTRAINT fk_round_snapshots_rounds_round_id FOREIGN KEY (round_id) REFERENCES rounds (id) ON DELETE CASCADE
);
