-- Week and month boards, and a channel's all-time board, summed score_days or score_totals over every
-- student in scope and ranked them all on each call: 70-105 ms at 50,000 students and ten million
-- answers. This keeps one row per student, board and period, indexed in board order as 0009 does for
-- the server's and a pack's all-time boards: the top ten is the head of an index, a rank is a count.
-- One table for every board, so an answer costs one more upsert statement (of seven rows), not seven.
--   board:  's' this server, 'c' || channel_id one channel, 'p' || pack_id one pack
--   period: 'week' (starts: day number of its Monday, UTC), 'month' (of its 1st, UTC), 'all' (starts 0;
--           channels only: the server's and packs' all-time boards are 0009's tables)
-- A channel's all-time board needs its row too: a server whose students all play in one channel has a
-- channel board as large as the server's, and summing that was the 600 ms-1.3 s that 0009 removed.
CREATE TABLE score_boards (
    guild_id INTEGER NOT NULL,
    board    TEXT NOT NULL,
    period   TEXT NOT NULL CHECK (period IN ('week', 'month', 'all')),
    starts   INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,
    answers  INTEGER NOT NULL,
    correct  INTEGER NOT NULL,
    points   INTEGER NOT NULL,
    PRIMARY KEY (guild_id, board, period, starts, user_id)
) WITHOUT ROWID;

CREATE INDEX score_boards_ranked ON score_boards (guild_id, board, period, starts, points DESC, correct DESC, user_id);

-- From the per-day totals already written: a week starts on Monday (day 4 after the epoch was one),
-- a month on its 1st.
INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 's', 'week', day - (day + 3) % 7, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_days GROUP BY guild_id, day - (day + 3) % 7, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 's', 'month', CAST(strftime('%s', day * 86400, 'unixepoch', 'start of month') AS INTEGER) / 86400, user_id,
       SUM(answers), SUM(correct), SUM(points)
FROM score_days GROUP BY guild_id, CAST(strftime('%s', day * 86400, 'unixepoch', 'start of month') AS INTEGER) / 86400, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 'c' || channel_id, 'week', day - (day + 3) % 7, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_days GROUP BY guild_id, channel_id, day - (day + 3) % 7, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 'c' || channel_id, 'month', CAST(strftime('%s', day * 86400, 'unixepoch', 'start of month') AS INTEGER) / 86400, user_id,
       SUM(answers), SUM(correct), SUM(points)
FROM score_days GROUP BY guild_id, channel_id, CAST(strftime('%s', day * 86400, 'unixepoch', 'start of month') AS INTEGER) / 86400, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 'c' || channel_id, 'all', 0, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_totals GROUP BY guild_id, channel_id, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 'p' || pack_id, 'week', day - (day + 3) % 7, user_id, SUM(answers), SUM(correct), SUM(points)
FROM score_days GROUP BY guild_id, pack_id, day - (day + 3) % 7, user_id;

INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
SELECT guild_id, 'p' || pack_id, 'month', CAST(strftime('%s', day * 86400, 'unixepoch', 'start of month') AS INTEGER) / 86400, user_id,
       SUM(answers), SUM(correct), SUM(points)
FROM score_days GROUP BY guild_id, pack_id, CAST(strftime('%s', day * 86400, 'unixepoch', 'start of month') AS INTEGER) / 86400, user_id;

-- Kept in the answer's own transaction, as the other totals are: one statement, a row per board.
CREATE TRIGGER answers_score_boards AFTER INSERT ON answers WHEN new.kind = 'quiz' BEGIN
    INSERT INTO score_boards (guild_id, board, period, starts, user_id, answers, correct, points)
    VALUES
        (new.guild_id, 's', 'week', new.answered_at / 86400000 - (new.answered_at / 86400000 + 3) % 7, new.user_id, 1, new.correct, new.points),
        (new.guild_id, 's', 'month', CAST(strftime('%s', new.answered_at / 1000, 'unixepoch', 'start of month') AS INTEGER) / 86400, new.user_id, 1, new.correct, new.points),
        (new.guild_id, 'c' || new.channel_id, 'week', new.answered_at / 86400000 - (new.answered_at / 86400000 + 3) % 7, new.user_id, 1, new.correct, new.points),
        (new.guild_id, 'c' || new.channel_id, 'month', CAST(strftime('%s', new.answered_at / 1000, 'unixepoch', 'start of month') AS INTEGER) / 86400, new.user_id, 1, new.correct, new.points),
        (new.guild_id, 'c' || new.channel_id, 'all', 0, new.user_id, 1, new.correct, new.points),
        (new.guild_id, 'p' || new.pack_id, 'week', new.answered_at / 86400000 - (new.answered_at / 86400000 + 3) % 7, new.user_id, 1, new.correct, new.points),
        (new.guild_id, 'p' || new.pack_id, 'month', CAST(strftime('%s', new.answered_at / 1000, 'unixepoch', 'start of month') AS INTEGER) / 86400, new.user_id, 1, new.correct, new.points)
    ON CONFLICT (guild_id, board, period, starts, user_id) DO UPDATE SET
        answers = answers + 1, correct = correct + excluded.correct, points = points + excluded.points;
END;
