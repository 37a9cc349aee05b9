-- The default board (this server, all time) and a pack's all-time board summed every student's
-- per-channel, per-pack totals and ranked all of them on each call: fine for a class, hundreds of
-- milliseconds for a server of 50,000 students. These keep one row per student (and per student
-- and pack), indexed in board order, so the top ten is an index read and a rank is a count.
CREATE TABLE score_students (
    guild_id INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,
    answers  INTEGER NOT NULL,
    correct  INTEGER NOT NULL,
    points   INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
) WITHOUT ROWID;

CREATE INDEX score_students_ranked ON score_students (guild_id, points DESC, correct DESC, user_id);

CREATE TABLE score_pack_students (
    guild_id INTEGER NOT NULL,
    pack_id  TEXT NOT NULL,
    user_id  INTEGER NOT NULL,
    answers  INTEGER NOT NULL,
    correct  INTEGER NOT NULL,
    points   INTEGER NOT NULL,
    PRIMARY KEY (guild_id, pack_id, user_id)
) WITHOUT ROWID;

CREATE INDEX score_pack_students_ranked ON score_pack_students (guild_id, pack_id, points DESC, correct DESC, user_id);

INSERT INTO score_students (guild_id, user_id, answers, correct, points)
SELECT guild_id, user_id, SUM(answers), SUM(correct), SUM(points) FROM score_totals GROUP BY guild_id, user_id;

INSERT INTO score_pack_students (guild_id, pack_id, user_id, answers, correct, points)
SELECT guild_id, pack_id, user_id, SUM(answers), SUM(correct), SUM(points) FROM score_totals GROUP BY guild_id, pack_id, user_id;

-- Kept in the answer's own transaction, as score_days and score_totals are.
CREATE TRIGGER answers_score_students AFTER INSERT ON answers WHEN new.kind = 'quiz' BEGIN
    INSERT INTO score_students (guild_id, user_id, answers, correct, points)
    VALUES (new.guild_id, new.user_id, 1, new.correct, new.points)
    ON CONFLICT (guild_id, user_id) DO UPDATE SET
        answers = answers + 1, correct = correct + excluded.correct, points = points + excluded.points;
    INSERT INTO score_pack_students (guild_id, pack_id, user_id, answers, correct, points)
    VALUES (new.guild_id, new.pack_id, new.user_id, 1, new.correct, new.points)
    ON CONFLICT (guild_id, pack_id, user_id) DO UPDATE SET
        answers = answers + 1, correct = correct + excluded.correct, points = points + excluded.points;
END;
