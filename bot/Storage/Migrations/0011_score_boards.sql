-- Week and month boards, and a channel's all-time board, summed score_days or score_totals over every
-- student in scope and ranked them all on each call: 80-100 ms for the server's month at 50,000
-- students and ten million answers. This keeps one row per board and student (board: 's' the server,
-- 'c' || channel_id a channel, 'p' || pack_id a pack) holding the student's totals for the week and
-- the month of their latest answer there and for all time, with an index in board order for each, as
-- 0009 did for the server's and packs' all-time boards: the top ten is the head of an index, a rank a
-- count. A board for this week reads the rows whose week starts on this Monday; a student whose
-- latest answer is from an earlier week is not on it, as summing the days from Monday would not count
-- them. Past weeks and months are not kept: no board shows them.
--
-- Each answer upserts three rows (server, channel, pack) in one statement. 0009's two per-student
-- tables become this table's 's' and 'p' rows, so an answer writes five score rows (score_days,
-- score_totals and these three) where it wrote four; rows per board and period would have been seven
-- more. starts are day numbers since 1970-01-01 (UTC) of the period's first day: weeks start on
-- Monday (day 4 was one), months on the 1st.
CREATE TABLE score_boards (
    guild_id      INTEGER NOT NULL,
    board         TEXT NOT NULL,
    user_id       INTEGER NOT NULL,
    week_starts   INTEGER NOT NULL,
    week_answers  INTEGER NOT NULL,
    week_correct  INTEGER NOT NULL,
    week_points   INTEGER NOT NULL,
    month_starts  INTEGER NOT NULL,
    month_answers INTEGER NOT NULL,
    month_correct INTEGER NOT NULL,
    month_points  INTEGER NOT NULL,
    answers       INTEGER NOT NULL,
    correct       INTEGER NOT NULL,
    points        INTEGER NOT NULL,
    PRIMARY KEY (guild_id, board, user_id)
) WITHOUT ROWID;

CREATE INDEX score_boards_week ON score_boards (guild_id, board, week_starts, week_points DESC, week_correct DESC, user_id);
CREATE INDEX score_boards_month ON score_boards (guild_id, board, month_starts, month_points DESC, month_correct DESC, user_id);
CREATE INDEX score_boards_all ON score_boards (guild_id, board, points DESC, correct DESC, user_id);

-- From the per-day totals already written: each student's latest day on a board gives its week and
-- month; the days from their first day on are that week's and month's totals.
CREATE TEMP VIEW board_days AS
SELECT guild_id, 's' AS board, user_id, day, answers, correct, points FROM score_days
UNION ALL SELECT guild_id, 'c' || channel_id, user_id, day, answers, correct, points FROM score_days
UNION ALL SELECT guild_id, 'p' || pack_id, user_id, day, answers, correct, points FROM score_days;

CREATE TEMP TABLE board_latest AS
SELECT guild_id, board, user_id, MAX(day) - (MAX(day) + 3) % 7 AS week_starts,
       CAST(strftime('%s', MAX(day) * 86400, 'unixepoch', 'start of month') AS INTEGER) / 86400 AS month_starts
FROM board_days GROUP BY guild_id, board, user_id;

INSERT INTO score_boards (guild_id, board, user_id, week_starts, week_answers, week_correct, week_points,
                          month_starts, month_answers, month_correct, month_points, answers, correct, points)
SELECT d.guild_id, d.board, d.user_id,
       l.week_starts, SUM(CASE WHEN d.day >= l.week_starts THEN d.answers ELSE 0 END),
       SUM(CASE WHEN d.day >= l.week_starts THEN d.correct ELSE 0 END), SUM(CASE WHEN d.day >= l.week_starts THEN d.points ELSE 0 END),
       l.month_starts, SUM(CASE WHEN d.day >= l.month_starts THEN d.answers ELSE 0 END),
       SUM(CASE WHEN d.day >= l.month_starts THEN d.correct ELSE 0 END), SUM(CASE WHEN d.day >= l.month_starts THEN d.points ELSE 0 END),
       SUM(d.answers), SUM(d.correct), SUM(d.points)
FROM board_days d JOIN board_latest l ON l.guild_id = d.guild_id AND l.board = d.board AND l.user_id = d.user_id
GROUP BY d.guild_id, d.board, d.user_id;

DROP TABLE board_latest;
DROP VIEW board_days;

DROP TRIGGER answers_score_students;
DROP TABLE score_students;
DROP TABLE score_pack_students;

-- Kept in the answer's own transaction, as the other totals are. An answer in a later week or month
-- than the row's starts that period afresh; one from an earlier period (written late) counts for all
-- time only, since its period is over and no board shows it.
CREATE TRIGGER answers_score_boards AFTER INSERT ON answers WHEN new.kind = 'quiz' BEGIN
    INSERT INTO score_boards (guild_id, board, user_id, week_starts, week_answers, week_correct, week_points,
                              month_starts, month_answers, month_correct, month_points, answers, correct, points)
    VALUES
        (new.guild_id, 's', new.user_id,
         new.answered_at / 86400000 - (new.answered_at / 86400000 + 3) % 7, 1, new.correct, new.points,
         CAST(strftime('%s', new.answered_at / 1000, 'unixepoch', 'start of month') AS INTEGER) / 86400, 1, new.correct, new.points,
         1, new.correct, new.points),
        (new.guild_id, 'c' || new.channel_id, new.user_id,
         new.answered_at / 86400000 - (new.answered_at / 86400000 + 3) % 7, 1, new.correct, new.points,
         CAST(strftime('%s', new.answered_at / 1000, 'unixepoch', 'start of month') AS INTEGER) / 86400, 1, new.correct, new.points,
         1, new.correct, new.points),
        (new.guild_id, 'p' || new.pack_id, new.user_id,
         new.answered_at / 86400000 - (new.answered_at / 86400000 + 3) % 7, 1, new.correct, new.points,
         CAST(strftime('%s', new.answered_at / 1000, 'unixepoch', 'start of month') AS INTEGER) / 86400, 1, new.correct, new.points,
         1, new.correct, new.points)
    ON CONFLICT (guild_id, board, user_id) DO UPDATE SET
        week_answers  = CASE WHEN excluded.week_starts > week_starts THEN 1
                             WHEN excluded.week_starts = week_starts THEN week_answers + 1 ELSE week_answers END,
        week_correct  = CASE WHEN excluded.week_starts > week_starts THEN excluded.week_correct
                             WHEN excluded.week_starts = week_starts THEN week_correct + excluded.week_correct ELSE week_correct END,
        week_points   = CASE WHEN excluded.week_starts > week_starts THEN excluded.week_points
                             WHEN excluded.week_starts = week_starts THEN week_points + excluded.week_points ELSE week_points END,
        week_starts   = MAX(week_starts, excluded.week_starts),
        month_answers = CASE WHEN excluded.month_starts > month_starts THEN 1
                             WHEN excluded.month_starts = month_starts THEN month_answers + 1 ELSE month_answers END,
        month_correct = CASE WHEN excluded.month_starts > month_starts THEN excluded.month_correct
                             WHEN excluded.month_starts = month_starts THEN month_correct + excluded.month_correct ELSE month_correct END,
        month_points  = CASE WHEN excluded.month_starts > month_starts THEN excluded.month_points
                             WHEN excluded.month_starts = month_starts THEN month_points + excluded.month_points ELSE month_points END,
        month_starts  = MAX(month_starts, excluded.month_starts),
        answers = answers + 1, correct = correct + excluded.correct, points = points + excluded.points;
END;
