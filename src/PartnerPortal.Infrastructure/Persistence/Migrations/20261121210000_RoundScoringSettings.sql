-- Everything the scoring service needs to know about a round: its AHP method, portfolio constraints,
-- disagreement thresholds and sensitivity settings (defaults from the study and the scoring issue),
-- the analysts assigned to it, and each portfolio manager's AHP matrix.
-- Applied by 20261121210000_RoundScoringSettings.cs.

ALTER TABLE rounds ADD COLUMN ahp_method character varying(20) NOT NULL DEFAULT 'Eigenvector';
ALTER TABLE rounds ADD COLUMN weights_changed_at timestamp with time zone;
ALTER TABLE rounds ADD COLUMN max_technologies integer NOT NULL DEFAULT 16;
ALTER TABLE rounds ADD COLUMN max_partners_per_technology integer NOT NULL DEFAULT 11;
ALTER TABLE rounds ADD COLUMN max_opportunities_per_country integer NOT NULL DEFAULT 11;
ALTER TABLE rounds ADD COLUMN cover_every_theme boolean NOT NULL DEFAULT TRUE;
ALTER TABLE rounds ADD COLUMN require_emerging_partner boolean NOT NULL DEFAULT TRUE;
ALTER TABLE rounds ADD COLUMN minimum_regions integer NOT NULL DEFAULT 3;
ALTER TABLE rounds ADD COLUMN disagreement_standard_deviation double precision NOT NULL DEFAULT 1.0;
ALTER TABLE rounds ADD COLUMN disagreement_range integer NOT NULL DEFAULT 2;
ALTER TABLE rounds ADD COLUMN sensitivity_draws integer NOT NULL DEFAULT 1000;
ALTER TABLE rounds ADD COLUMN sensitivity_perturbation double precision NOT NULL DEFAULT 0.20000000000000001;
ALTER TABLE rounds ADD COLUMN sensitivity_seed integer NOT NULL DEFAULT 1;
ALTER TABLE rounds ADD CONSTRAINT ck_rounds_disagreement CHECK (disagreement_standard_deviation > 0 AND disagreement_range >= 1);
ALTER TABLE rounds ADD CONSTRAINT ck_rounds_portfolio CHECK (max_technologies >= 1 AND max_partners_per_technology >= 1 AND max_opportunities_per_country >= 1 AND minimum_regions >= 0);
ALTER TABLE rounds ADD CONSTRAINT ck_rounds_sensitivity CHECK (sensitivity_draws BETWEEN 1 AND 100000 AND sensitivity_perturbation >= 0 AND sensitivity_perturbation < 1);

CREATE TABLE ahp_matrices (
    round_id integer NOT NULL,
    manager_id character varying(450) NOT NULL,
    manager_name character varying(256) NOT NULL,
    judgements double precision[] NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_ahp_matrices PRIMARY KEY (round_id, manager_id),
    CONSTRAINT fk_ahp_matrices_asp_net_users_manager_id FOREIGN KEY (manager_id) REFERENCES asp_net_users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_ahp_matrices_rounds_round_id FOREIGN KEY (round_id) REFERENCES rounds (id) ON DELETE CASCADE
);

CREATE TABLE round_analysts (
    round_id integer NOT NULL,
    analyst_id character varying(450) NOT NULL,
    CONSTRAINT pk_round_analysts PRIMARY KEY (round_id, analyst_id),
    CONSTRAINT fk_round_analysts_asp_net_users_analyst_id FOREIGN KEY (analyst_id) REFERENCES asp_net_users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_round_analysts_rounds_round_id FOREIGN KEY (round_id) REFERENCES rounds (id) ON DELETE CASCADE
);

CREATE INDEX ix_ahp_matrices_manager_id ON ahp_matrices (manager_id);

CREATE INDEX ix_round_analysts_analyst_id ON round_analysts (analyst_id);
