-- An analyst's own progress (scoring matrix, My work) read without scanning the round's other analysts'
-- scores: on a 4.1-million-score round the matrix's count went from a range scan of the whole round to
-- the analyst's own rows. Applied by 20261122040000_ScoresByAnalyst.cs.

CREATE INDEX ix_scores_round_analyst ON scores (round_id, analyst_id) INCLUDE (country_id, technology_id);
