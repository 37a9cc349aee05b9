-- PostgreSQL dialect of 0010_live_state.sql (BIGINT for ids and Unix-ms times).
-- Live state for Discord:Mode=http, where several instances share one database and the next press
-- of a quiz can land on any of them: what a process used to hold in memory is here instead.

-- A channel quiz in http mode: the open question, its option order and deadline. Closing a question
-- is one conditional UPDATE from (asking, position) to the next question or to ended, so exactly one
-- instance wins it and posts the reveal. answers counts the open question's answers and players
-- everyone who has answered the quiz (so everyone-answered is a comparison, not a count); each answer
-- bumps them in the answer's own transaction, which also serialises answers against the close.
CREATE TABLE live_quizzes (
    quiz_id        TEXT PRIMARY KEY,
    guild_id       BIGINT NOT NULL,
    channel_id     BIGINT NOT NULL,
    started_by     BIGINT NOT NULL,
    pack_id        TEXT,
    topic          TEXT,
    seconds        INTEGER NOT NULL CHECK (seconds BETWEEN 1 AND 600),
    mode           TEXT NOT NULL CHECK (mode IN ('everyone', 'first')),
    scoring        TEXT NOT NULL CHECK (scoring IN ('accuracy', 'speed')),
    streaks        INTEGER NOT NULL CHECK (streaks IN (0, 1)),
    state          TEXT NOT NULL CHECK (state IN ('asking', 'ended')),
    position       INTEGER NOT NULL,
    option_order   TEXT NOT NULL,
    opened_at      BIGINT NOT NULL,
    deadline_at    BIGINT NOT NULL,
    answers        INTEGER NOT NULL,
    players        INTEGER NOT NULL,
    message_id     TEXT,
    ended_at       BIGINT
);

-- One quiz per channel across every instance.
CREATE UNIQUE INDEX live_quizzes_per_channel ON live_quizzes (channel_id) WHERE state <> 'ended';

-- The sweeper's question: which open questions are past their deadline.
CREATE INDEX live_quizzes_due ON live_quizzes (deadline_at) WHERE state = 'asking';

CREATE TABLE live_quiz_questions (
    quiz_id     TEXT NOT NULL REFERENCES live_quizzes (quiz_id),
    position    INTEGER NOT NULL,
    pack_id     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    PRIMARY KEY (quiz_id, position)
);

-- Sessions already persist every step; version makes each step a compare-and-set, so two instances
-- acting on one session at once cannot both move it (the loser reloads and says so).
ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE INDEX sessions_due ON sessions (deadline_at) WHERE state = 'asking';

-- A student's self-paced practice or review run, so any instance can take the next press.
CREATE TABLE practice_runs (
    run_id       TEXT PRIMARY KEY,
    user_id      BIGINT NOT NULL,
    guild_id     BIGINT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('practice', 'review')),
    position     INTEGER NOT NULL,
    option_order TEXT NOT NULL,
    shown_at     BIGINT NOT NULL,
    answered     INTEGER NOT NULL CHECK (answered IN (0, 1)),
    right_count  INTEGER NOT NULL,
    streak       INTEGER NOT NULL,
    seen_at      BIGINT NOT NULL
);

CREATE INDEX practice_runs_seen ON practice_runs (seen_at);

CREATE TABLE practice_questions (
    run_id      TEXT NOT NULL REFERENCES practice_runs (run_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    pack_id     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
);
