-- PostgreSQL dialect of 0011: one row per board and student with its week's, month's and all-time
-- totals, an index in board order for each (see the SQLite file for why and what the columns hold).
CREATE TABLE score_boards (
    guild_id      BIGINT NOT NULL,
    board         TEXT NOT NULL,
    user_id       BIGINT NOT NULL,
    week_starts   INTEGER NOT NULL,
    week_answers  BIGINT NOT NULL,
    week_correct  BIGINT NOT NULL,
    week_points   BIGINT NOT NULL,
    month_starts  INTEGER NOT NULL,
    month_answers BIGINT NOT NULL,
    month_correct BIGINT NOT NULL,
    month_points  BIGINT NOT NULL,
    answers       BIGINT NOT NULL,
    correct       BIGINT NOT NULL,
    points        BIGINT NOT NULL,
    PRIMARY KEY (guild_id, board, user_id)
);

CREATE INDEX score_boards_week ON score_boards (guild_id, board, week_starts, week_points DESC, week_correct DESC, user_id);
CREATE INDEX score_boards_month ON score_boards (guild_id, board, month_starts, month_points DESC, month_correct DESC, user_id);
CREATE INDEX score_boards_all ON score_boards (guild_id, board, points DESC, correct DESC, user_id);

-- From the per-day totals already written: each student's latest day on a board gives its week and
-- month; the days from their first day on are that week's and month's totals. make_date keeps the
-- session's time zone out of the month.
INSERT INTO score_boards (guild_id, board, user_id, week_starts, week_answers, week_correct, week_points,
                          month_starts, month_answers, month_correct, month_points, answers, correct, points)
WITH board_days AS (
    SELECT guild_id, 's' AS board, user_id, day, answers, correct, points FROM score_days
    UNION ALL SELECT guild_id, 'c' || channel_id, user_id, day, answers, correct, points FROM score_days
    UNION ALL SELECT guild_id, 'p' || pack_id, user_id, day, answers, correct, points FROM score_days),
latest AS (
    SELECT guild_id, board, user_id, MAX(day) - (MAX(day) + 3) % 7 AS week_starts,
           make_date(extract(year FROM DATE '1970-01-01' + MAX(day))::integer,
                     extract(month FROM DATE '1970-01-01' + MAX(day))::integer, 1) - DATE '1970-01-01' AS month_starts
    FROM board_days GROUP BY guild_id, board, user_id)
SELECT d.guild_id, d.board, d.user_id,
       l.week_starts, SUM(CASE WHEN d.day >= l.week_starts THEN d.answers ELSE 0 END),
       SUM(CASE WHEN d.day >= l.week_starts THEN d.correct ELSE 0 END), SUM(CASE WHEN d.day >= l.week_starts THEN d.points ELSE 0 END),
       l.month_starts, SUM(CASE WHEN d.day >= l.month_starts THEN d.answers ELSE 0 END),
       SUM(CASE WHEN d.day >= l.month_starts THEN d.correct ELSE 0 END), SUM(CASE WHEN d.day >= l.month_starts THEN d.points ELSE 0 END),
       SUM(d.answers), SUM(d.correct), SUM(d.points)
FROM board_days d JOIN latest l ON l.guild_id = d.guild_id AND l.board = d.board AND l.user_id = d.user_id
GROUP BY d.guild_id, d.board, d.user_id, l.week_starts, l.month_starts;

DROP TRIGGER answers_score_students ON answers;
DROP FUNCTION answers_score_students();
DROP TABLE score_students;
DROP TABLE score_pack_students;

-- Kept in the answer's own transaction (see the SQLite file for periods that roll over or arrive late).
CREATE FUNCTION answers_score_boards() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    answer_day  integer := NEW.answered_at / 86400000;
    week_start  integer := answer_day - (answer_day + 3) % 7;
    month_start integer := make_date(extract(year FROM DATE '1970-01-01' + answer_day)::integer,
                                     extract(month FROM DATE '1970-01-01' + answer_day)::integer, 1) - DATE '1970-01-01';
BEGIN
    INSERT INTO score_boards AS b (guild_id, board, user_id, week_starts, week_answers, week_correct, week_points,
                                   month_starts, month_answers, month_correct, month_points, answers, correct, points)
    VALUES
        (NEW.guild_id, 's', NEW.user_id, week_start, 1, NEW.correct, NEW.points, month_start, 1, NEW.correct, NEW.points, 1, NEW.correct, NEW.points),
        (NEW.guild_id, 'c' || NEW.channel_id, NEW.user_id, week_start, 1, NEW.correct, NEW.points, month_start, 1, NEW.correct, NEW.points, 1, NEW.correct, NEW.points),
        (NEW.guild_id, 'p' || NEW.pack_id, NEW.user_id, week_start, 1, NEW.correct, NEW.points, month_start, 1, NEW.correct, NEW.points, 1, NEW.correct, NEW.points)
    ON CONFLICT (guild_id, board, user_id) DO UPDATE SET
        week_answers  = CASE WHEN EXCLUDED.week_starts > b.week_starts THEN 1
                             WHEN EXCLUDED.week_starts = b.week_starts THEN b.week_answers + 1 ELSE b.week_answers END,
        week_correct  = CASE WHEN EXCLUDED.week_starts > b.week_starts THEN EXCLUDED.week_correct
                             WHEN EXCLUDED.week_starts = b.week_starts THEN b.week_correct + EXCLUDED.week_correct ELSE b.week_correct END,
        week_points   = CASE WHEN EXCLUDED.week_starts > b.week_starts THEN EXCLUDED.week_points
                             WHEN EXCLUDED.week_starts = b.week_starts THEN b.week_points + EXCLUDED.week_points ELSE b.week_points END,
        week_starts   = GREATEST(b.week_starts, EXCLUDED.week_starts),
        month_answers = CASE WHEN EXCLUDED.month_starts > b.month_starts THEN 1
                             WHEN EXCLUDED.month_starts = b.month_starts THEN b.month_answers + 1 ELSE b.month_answers END,
        month_correct = CASE WHEN EXCLUDED.month_starts > b.month_starts THEN EXCLUDED.month_correct
                             WHEN EXCLUDED.month_starts = b.month_starts THEN b.month_correct + EXCLUDED.month_correct ELSE b.month_correct END,
        month_points  = CASE WHEN EXCLUDED.month_starts > b.month_starts THEN EXCLUDED.month_points
                             WHEN EXCLUDED.month_starts = b.month_starts THEN b.month_points + EXCLUDED.month_points ELSE b.month_points END,
        month_starts  = GREATEST(b.month_starts, EXCLUDED.month_starts),
        answers = b.answers + 1, correct = b.correct + EXCLUDED.correct, points = b.points + EXCLUDED.points;
    RETURN NULL;
END
$$;

CREATE TRIGGER answers_score_boards AFTER INSERT ON answers
    FOR EACH ROW WHEN (NEW.kind = 'quiz') EXECUTE FUNCTION answers_score_boards();
