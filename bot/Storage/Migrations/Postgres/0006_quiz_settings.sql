-- Each server's quiz defaults, chosen by its managers with /settings quiz.
CREATE TABLE quiz_settings (
    guild_id BIGINT PRIMARY KEY,
    scoring  TEXT NOT NULL CHECK (scoring IN ('accuracy', 'speed')),
    streaks  INTEGER NOT NULL CHECK (streaks IN (0, 1)),
    seconds  INTEGER NOT NULL CHECK (seconds BETWEEN 5 AND 300)
);
