-- The hash of the command definitions last sent to Discord, per scope ("global" or "guild:ID"),
-- so start-up skips the bulk overwrite when nothing changed.
CREATE TABLE discord_registrations (
    scope         TEXT PRIMARY KEY,
    hash          TEXT NOT NULL,
    registered_at TEXT NOT NULL
);
