-- PostgreSQL dialect of 0009: per-student all-time totals in board order (see the SQLite file for why).
CREATE TABLE score_students (
    guild_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    answers  BIGINT NOT NULL,
    correct  BIGINT NOT NULL,
    points   BIGINT NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);

CREATE INDEX score_students_ranked ON score_students (guild_id, points DESC, correct DESC, user_id);

CREATE TABLE score_pack_students (
    guild_id BIGINT NOT NULL,
    pack_id  TEXT NOT NULL,
    user_id  BIGINT NOT NULL,
    answers  BIGINT NOT NULL,
    correct  BIGINT NOT NULL,
    points   BIGINT NOT NULL,
    PRIMARY KEY (guild_id, pack_id, user_id)
);

CREATE INDEX score_pack_students_ranked ON score_pack_students (guild_id, pack_id, points DESC, correct DESC, user_id);

INSERT INTO score_students (guild_id, user_id, answers, correct, points)
SELECT guild_id, user_id, SUM(answers), SUM(correct), SUM(points) FROM score_totals GROUP BY guild_id, user_id;

INSERT INTO score_pack_students (guild_id, pack_id, user_id, answers, correct, points)
SELECT guild_id, pack_id, user_id, SUM(answers), SUM(correct), SUM(points) FROM score_totals GROUP BY guild_id, pack_id, user_id;

CREATE FUNCTION answers_score_students() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO score_students AS s (guild_id, user_id, answers, correct, points)
    VALUES (NEW.guild_id, NEW.user_id, 1, NEW.correct, NEW.points)
    ON CONFLICT (guild_id, user_id) DO UPDATE SET
        answers = s.answers + 1, correct = s.correct + EXCLUDED.correct, points = s.points + EXCLUDED.points;
    INSERT INTO score_pack_students AS s (guild_id, pack_id, user_id, answers, correct, points)
    VALUES (NEW.guild_id, NEW.pack_id, NEW.user_id, 1, NEW.correct, NEW.points)
    ON CONFLICT (guild_id, pack_id, user_id) DO UPDATE SET
        answers = s.answers + 1, correct = s.correct + EXCLUDED.correct, points = s.points + EXCLUDED.points;
    RETURN NULL;
END
$$;

CREATE TRIGGER answers_score_students AFTER INSERT ON answers
    FOR EACH ROW WHEN (NEW.kind = 'quiz') EXECUTE FUNCTION answers_score_students();
