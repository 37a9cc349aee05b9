-- PostgreSQL dialect of 0011: per-student totals for week, month and channel boards in board order
-- (see the SQLite file for why and for what board, period and starts hold).
CREATE TABLE score_boards (
    guild_id BIGINT NOT NULL,
    board    TEXT NOT NULL,
    period   TEXT NOT NULL CHECK (period IN ('week', 'month', 'all')),
    starts   INTEGER NOT NULL,
    user_id  BIGINT NOT NULL,
    answers  BIGINT NOT NULL,
    correct  BIGINT NOT NULL,
    points   BIGINT NOT NULL,
    PRIMARY KEY (guild_id, board, period, starts, user_id)
);

CREATE INDEX score_boards_ranked ON score_boards (guild_id, board, period, starts, points DESC, correct DESC, user_id);

-- A week starts on Monday (day 4 after the epoch was one), a month on its 1st; make_date keeps the
-- session's time zone out of it.
INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 's', 'week', day - (day + 3) % 7, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_days GROUP BY guild_id, day - (day + 3) % 7, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 's', 'month', m.starts, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_days, LATERAL (SELECT make_date(extract(year FROM DATE '1970-01-01' + day)::integer,
    extract(month FROM DATE '1970-01-01' + day)::integer, 1) - DATE '1970-01-01' AS starts) m
GROUP BY guild_id, m.starts, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 'c' || channel_id, 'week', day - (day + 3) % 7, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_days GROUP BY guild_id, channel_id, day - (day + 3) % 7, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 'c' || channel_id, 'month', m.starts, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_days, LATERAL (SELECT make_date(extract(year FROM DATE '1970-01-01' + day)::integer,
    extract(month FROM DATE '1970-01-01' + day)::integer, 1) - DATE '1970-01-01' AS starts) m
GROUP BY guild_id, channel_id, m.starts, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 'c' || channel_id, 'all', 0, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_totals GROUP BY guild_id, channel_id, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 'p' || pack_id, 'week', day - (day + 3) % 7, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_days GROUP BY guild_id, pack_id, day - (day + 3) % 7, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 'p' || pack_id, 'month', m.starts, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_days, LATERAL (SELECT make_date(extract(year FROM DATE '1970-01-01' + day)::integer,
    extract(month FROM DATE '1970-01-01' + day)::integer, 1) - DATE '1970-01-01' AS starts) m
GROUP BY guild_id, pack_id, m.starts, user_id;

-- One statement, a row per board, in the answer's own transaction.
CREATE FUNCTION answers_score_boards() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    answer_day  integer := NEW.answered_at / 86400000;
    week_start  integer := answer_day - (answer_day + 3) % 7;
    month_start integer := make_date(extract(year FROM DATE '1970-01-01' + answer_day)::integer,
                                     extract(month FROM DATE '1970-01-01' + answer_day)::integer, 1) - DATE '1970-01-01';
BEGIN
    INSERT INTO score_boards AS b (guild_id, board, period, starts, user_id, answers, correct, points)
    VALUES
        (NEW.guild_id, 's', 'week', week_start, NEW.user_id, 1, NEW.correct, NEW.points),
        (NEW.guild_id, 's', 'month', month_start, NEW.user_id, 1, NEW.correct, NEW.points),
        (NEW.guild_id, 'c' || NEW.channel_id, 'week', week_start, NEW.user_id, 1, NEW.correct, NEW.points),
        (NEW.guild_id, 'c' || NEW.channel_id, 'month', month_start, NEW.user_id, 1, NEW.correct, NEW.points),
        (NEW.guild_id, 'c' || NEW.channel_id, 'all', 0, NEW.user_id, 1, NEW.correct, NEW.points),
        (NEW.guild_id, 'p' || NEW.pack_id, 'week', week_start, NEW.user_id, 1, NEW.correct, NEW.points),
        (NEW.guild_id, 'p' || NEW.pack_id, 'month', month_start, NEW.user_id, 1, NEW.correct, NEW.points)
    ON CONFLICT (guild_id, board, period, starts, user_id) DO UPDATE SET
        answers = b.answers + 1, correct = b.correct + EXCLUDED.correct, points = b.points + EXCLUDED.points;
    RETURN NULL;
END
$$;

CREATE TRIGGER answers_score_boards AFTER INSERT ON answers
    FOR EACH ROW WHEN (NEW.kind = 'quiz') EXECUTE FUNCTION answers_score_boards();
