-- Teacher-run live sessions: a persisted state machine, so a restart carries on where the class was.
-- Answers live in the answers table (quiz_id = session_id, kind 'quiz'): its unique key keeps each
-- student's first answer only, and its trigger puts session points on the server's boards.
CREATE TABLE sessions (
    session_id          TEXT PRIMARY KEY,
    guild_id            BIGINT NOT NULL,
    channel_id          BIGINT NOT NULL,
    teacher_id          BIGINT NOT NULL,
    teacher_name        TEXT NOT NULL,
    pack_label          TEXT NOT NULL,
    seconds             INTEGER NOT NULL CHECK (seconds BETWEEN 5 AND 600),
    scoring             TEXT NOT NULL CHECK (scoring IN ('accuracy', 'speed')),
    streaks             INTEGER NOT NULL CHECK (streaks IN (0, 1)),
    board_each_question INTEGER NOT NULL CHECK (board_each_question IN (0, 1)),
    state               TEXT NOT NULL CHECK (state IN ('lobby', 'asking', 'paused', 'revealed', 'ended')),
    position            INTEGER NOT NULL,
    option_order        TEXT NOT NULL,
    opened_at           BIGINT,
    deadline_at         BIGINT,
    paused_left_ms      BIGINT,
    lobby_message_id    TEXT,
    question_message_id TEXT,
    created_at          BIGINT NOT NULL,
    last_activity_at    BIGINT NOT NULL,
    ended_at            BIGINT,
    end_reason          TEXT
);

-- One live session per channel, even with several processes on one database.
CREATE UNIQUE INDEX sessions_live_per_channel ON sessions (channel_id) WHERE state <> 'ended';

CREATE INDEX sessions_by_guild ON sessions (guild_id, created_at);

-- /session report with no session named: the channel's newest.
CREATE INDEX sessions_by_channel ON sessions (channel_id, created_at);

-- The questions drawn at the start, in the order they are asked.
CREATE TABLE session_questions (
    session_id  TEXT NOT NULL REFERENCES sessions (session_id),
    position    INTEGER NOT NULL,
    pack_id     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('waiting', 'asked', 'skipped')),
    PRIMARY KEY (session_id, position)
);

-- Who joined; a removed student's answers stay in the report, marked.
CREATE TABLE session_students (
    session_id   TEXT NOT NULL REFERENCES sessions (session_id),
    user_id      BIGINT NOT NULL,
    display_name TEXT NOT NULL,
    joined_at    BIGINT NOT NULL,
    removed_at   BIGINT,
    PRIMARY KEY (session_id, user_id)
);

-- Roles whose members may run sessions on a server, set by its managers with /settings teachers.
CREATE TABLE teacher_roles (
    guild_id BIGINT NOT NULL,
    role_id  BIGINT NOT NULL,
    PRIMARY KEY (guild_id, role_id)
);
