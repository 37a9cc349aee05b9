-- Spaced review (FSRS): one card per student and question, and a log of every rating.
CREATE TABLE review_cards (
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    pack_id     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('new', 'review', 'relearning')),
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         INTEGER NOT NULL,
    last_review INTEGER,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, pack_id, question_id)
) WITHOUT ROWID;

CREATE INDEX review_cards_due ON review_cards (guild_id, user_id, due);

CREATE TABLE review_log (
    log_id         INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    user_id        INTEGER NOT NULL,
    pack_id        TEXT NOT NULL,
    question_id    TEXT NOT NULL,
    rating         INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    state_before   TEXT NOT NULL,
    elapsed_days   REAL NOT NULL,
    stability      REAL NOT NULL,
    difficulty     REAL NOT NULL,
    scheduled_days REAL NOT NULL,
    reviewed_at    INTEGER NOT NULL
);
