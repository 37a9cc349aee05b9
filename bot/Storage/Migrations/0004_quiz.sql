-- Quizzes, practice and review: every answer a row, a student's first answer per quiz question the only one.
-- Ids from Discord are stored as signed 64-bit integers; guild_id 0 means a direct message.
CREATE TABLE answers (
    answer_id   INTEGER PRIMARY KEY,
    quiz_id     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('quiz', 'practice', 'review')),
    guild_id    INTEGER NOT NULL,
    channel_id  INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    pack_id     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    answer      TEXT NOT NULL,
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    time_ms     INTEGER NOT NULL CHECK (time_ms >= 0),
    points      INTEGER NOT NULL,
    streak      INTEGER NOT NULL,
    answered_at INTEGER NOT NULL,
    UNIQUE (quiz_id, question_id, user_id)
);

-- /stats reads one student's answers; the index covers what it groups by.
CREATE INDEX answers_by_user ON answers (guild_id, user_id, kind, quiz_id, pack_id, question_id, correct, streak);

-- Leaderboards read per-day totals, kept by the trigger in the same transaction as the answer,
-- so a board over millions of answers sums a few rows per student and day.
CREATE TABLE score_days (
    guild_id   INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    pack_id    TEXT NOT NULL,
    user_id    INTEGER NOT NULL,
    answers    INTEGER NOT NULL,
    correct    INTEGER NOT NULL,
    points     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, day, channel_id, pack_id, user_id)
) WITHOUT ROWID;

-- All-time boards read totals without days: one row per student, channel and pack.
CREATE TABLE score_totals (
    guild_id   INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    pack_id    TEXT NOT NULL,
    answers    INTEGER NOT NULL,
    correct    INTEGER NOT NULL,
    points     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, channel_id, pack_id)
) WITHOUT ROWID;

-- Only channel quizzes count on boards: practice can be repeated at will.
CREATE TRIGGER answers_score_days AFTER INSERT ON answers WHEN new.kind = 'quiz' BEGIN
    INSERT INTO score_days (guild_id, day, channel_id, pack_id, user_id, answers, correct, points)
    VALUES (new.guild_id, new.answered_at / 86400000, new.channel_id, new.pack_id, new.user_id, 1, new.correct, new.points)
    ON CONFLICT (guild_id, day, channel_id, pack_id, user_id) DO UPDATE SET
        answers = answers + 1, correct = correct + excluded.correct, points = points + excluded.points;
    INSERT INTO score_totals (guild_id, user_id, channel_id, pack_id, answers, correct, points)
    VALUES (new.guild_id, new.user_id, new.channel_id, new.pack_id, 1, new.correct, new.points)
    ON CONFLICT (guild_id, user_id, channel_id, pack_id) DO UPDATE SET
        answers = answers + 1, correct = correct + excluded.correct, points = points + excluded.points;
END;

-- Names shown on boards, as last seen.
CREATE TABLE people (
    user_id      INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL
);

CREATE TABLE games (
    quiz_id    TEXT PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    pack_id    TEXT NOT NULL,
    started_by INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at   INTEGER,
    status     TEXT NOT NULL CHECK (status IN ('running', 'finished', 'stopped', 'interrupted'))
);

CREATE INDEX games_running ON games (status) WHERE status = 'running';
