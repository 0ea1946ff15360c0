-- Criterion weights are stored normalised: each from 0 to 1, a round's summing to 1. Applied by
-- 20261130130000_CriterionWeightBounds.cs. Weights of 1e308 once summed to infinity and were stored as zeros
-- (the old check, weight >= 0, also let NaN and infinity through), after which every analysis of the round failed.
-- Such rounds are repaired first: weights that cannot be used are removed, so the round is weighed equally as
-- before anyone set weights, with an audit entry saying so; usable ones that do not sum to 1 are normalised.

WITH unusable AS (
    SELECT round_id
    FROM round_criterion_weights
    GROUP BY round_id
    HAVING bool_or(NOT (weight >= 0 AND weight < 'Infinity'::double precision))
        OR NOT (sum(weight) > 0 AND sum(weight) < 'Infinity'::double precision)
), logged AS (
    INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_key, old_values, new_values, comment)
    SELECT now(), 'migration', 'weights.repaired', 'Round', r.slug,
           (SELECT jsonb_object_agg(c.code, w.weight::text) FROM round_criterion_weights w JOIN criteria c ON c.id = w.criterion_id WHERE w.round_id = r.id),
           NULL,
           'The stored weights could not weigh anything (zero, negative, not a number or infinite); they were removed and the criteria now count equally. Set the weights again.'
    FROM rounds r
    WHERE r.id IN (SELECT round_id FROM unusable)
)
DELETE FROM round_criterion_weights WHERE round_id IN (SELECT round_id FROM unusable);

UPDATE round_criterion_weights w
SET weight = w.weight / s.total
FROM (SELECT round_id, sum(weight) AS total FROM round_criterion_weights GROUP BY round_id) s
WHERE s.round_id = w.round_id AND abs(s.total - 1) > 1e-9;

ALTER TABLE round_criterion_weights DROP CONSTRAINT ck_round_criterion_weights_weight;
ALTER TABLE round_criterion_weights ADD CONSTRAINT ck_round_criterion_weights_weight CHECK (weight >= 0 AND weight <= 1);

-- A round's weights are replaced row by row (deleted, then inserted), so their sum is checked at commit.
CREATE FUNCTION round_criterion_weights_sum_to_one() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed integer;
    total double precision;
BEGIN
    FOREACH changed IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.round_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.round_id END]
    LOOP
        CONTINUE WHEN changed IS NULL;
        SELECT sum(weight) INTO total FROM round_criterion_weights WHERE round_id = changed;
        IF total IS NOT NULL AND abs(total - 1) > 1e-9 THEN
            RAISE EXCEPTION 'the criterion weights of round % sum to %, not 1', changed, total
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_round_criterion_weights_sum';
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER ck_round_criterion_weights_sum
    AFTER INSERT OR UPDATE OR DELETE ON round_criterion_weights
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION round_criterion_weights_sum_to_one();
