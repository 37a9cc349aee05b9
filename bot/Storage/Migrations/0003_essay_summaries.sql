-- What a student's essay feedback said, never the essay: words, level and the question, for their own history.
CREATE TABLE essay_summaries (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    words       INTEGER NOT NULL,
    level       INTEGER NOT NULL,
    question_id TEXT,
    created_at  TEXT NOT NULL
);

CREATE INDEX essay_summaries_by_user ON essay_summaries (user_id, created_at DESC);
