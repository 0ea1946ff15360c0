-- Research-security screening and data contradictions (issue 19): what each technology touches among the EU's
-- critical technology areas, the cooperation conditions with each partner as seen from a home country, a
-- round's screening rule and a manager's review of a pair (override, mitigation plan), and the indicators
-- that bear on each criterion. The seeder fills the technologies' tagging and the links afterwards.
-- Applied by 20261202100000_ResearchSecurity.cs.

ALTER TABLE rounds
    ADD COLUMN screening_rule character(12) NOT NULL DEFAULT '111221233233',
    ADD COLUMN require_mitigation_for_high boolean NOT NULL DEFAULT FALSE,
    ADD COLUMN high_level_pairs character varying(20) NOT NULL DEFAULT 'Flag',
    ADD CONSTRAINT ck_rounds_screening_rule CHECK (screening_rule ~ '^[1-3]{12}$'),
    ADD CONSTRAINT ck_rounds_high_level_pairs CHECK (high_level_pairs IN ('Flag', 'Exclude'));

CREATE TABLE technology_sensitivities (
    technology_id integer NOT NULL,
    areas text[] NOT NULL,
    dual_use boolean NOT NULL,
    note character varying(2000) NOT NULL,
    source character varying(500) NOT NULL,
    CONSTRAINT pk_technology_sensitivities PRIMARY KEY (technology_id),
    CONSTRAINT fk_technology_sensitivities_technologies_technology_id FOREIGN KEY (technology_id) REFERENCES technologies (id) ON DELETE CASCADE
);

CREATE TABLE country_cooperation_conditions (
    home_country_id integer NOT NULL,
    country_id integer NOT NULL,
    agreement_in_force_since date,
    associated_to_programmes boolean NOT NULL,
    reciprocity_concerns character varying(2000) NOT NULL,
    values_note character varying(2000) NOT NULL,
    risk_level character varying(20) NOT NULL DEFAULT 'Unknown',
    risk_rationale character varying(2000) NOT NULL,
    sources character varying(2000) NOT NULL,
    CONSTRAINT pk_country_cooperation_conditions PRIMARY KEY (home_country_id, country_id),
    CONSTRAINT ck_country_cooperation_conditions_risk_level CHECK (risk_level IN ('Unknown', 'Low', 'Medium', 'High')),
    CONSTRAINT fk_country_cooperation_conditions_countries_country_id FOREIGN KEY (country_id) REFERENCES countries (id) ON DELETE CASCADE,
    CONSTRAINT fk_country_cooperation_conditions_countries_home_country_id FOREIGN KEY (home_country_id) REFERENCES countries (id) ON DELETE CASCADE
);
CREATE INDEX ix_country_cooperation_conditions_country_id ON country_cooperation_conditions (country_id);

CREATE TABLE screening_reviews (
    round_id integer NOT NULL,
    country_id integer NOT NULL,
    technology_id integer NOT NULL,
    override_level character varying(20),
    override_rationale character varying(2000) NOT NULL,
    mitigation_text character varying(4000) NOT NULL,
    mitigation_measures integer NOT NULL,
    CONSTRAINT pk_screening_reviews PRIMARY KEY (round_id, country_id, technology_id),
    CONSTRAINT ck_screening_reviews_override_level CHECK (override_level IS NULL OR override_level IN ('Low', 'Medium', 'High')),
    CONSTRAINT ck_screening_reviews_override_rationale CHECK (override_level IS NULL OR length(btrim(override_rationale)) > 0),
    CONSTRAINT fk_screening_reviews_countries_country_id FOREIGN KEY (country_id) REFERENCES countries (id) ON DELETE RESTRICT,
    CONSTRAINT fk_screening_reviews_rounds_round_id FOREIGN KEY (round_id) REFERENCES rounds (id) ON DELETE CASCADE,
    CONSTRAINT fk_screening_reviews_technologies_technology_id FOREIGN KEY (technology_id) REFERENCES technologies (id) ON DELETE RESTRICT
);
CREATE INDEX ix_screening_reviews_country_id ON screening_reviews (country_id);
CREATE INDEX ix_screening_reviews_technology_id ON screening_reviews (technology_id);

CREATE TABLE criterion_indicator_links (
    criterion_id integer NOT NULL,
    indicator_id integer NOT NULL,
    higher_value_supports_higher_score boolean NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_criterion_indicator_links PRIMARY KEY (criterion_id, indicator_id),
    CONSTRAINT fk_criterion_indicator_links_criteria_criterion_id FOREIGN KEY (criterion_id) REFERENCES criteria (id) ON DELETE CASCADE,
    CONSTRAINT fk_criterion_indicator_links_indicators_indicator_id FOREIGN KEY (indicator_id) REFERENCES indicators (id) ON DELETE CASCADE
);
CREATE INDEX ix_criterion_indicator_links_indicator_id ON criterion_indicator_links (indicator_id);
