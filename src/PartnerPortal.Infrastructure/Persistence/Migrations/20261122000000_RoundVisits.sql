-- When each person last opened a round's dashboard ("what changed since my last visit").
-- Applied by 20261122000000_RoundVisits.cs.

CREATE TABLE round_visits (
    round_id integer NOT NULL,
    user_id character varying(450) NOT NULL,
    visited_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_round_visits PRIMARY KEY (round_id, user_id),
    CONSTRAINT fk_round_visits_asp_net_users_user_id FOREIGN KEY (user_id) REFERENCES asp_net_users (id) ON DELETE CASCADE,
    CONSTRAINT fk_round_visits_rounds_round_id FOREIGN KEY (round_id) REFERENCES rounds (id) ON DELETE CASCADE
);

CREATE INDEX ix_round_visits_user_id ON round_visits (user_id);
