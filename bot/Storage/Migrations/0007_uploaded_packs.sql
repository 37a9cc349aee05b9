-- Packs teachers upload with /pack upload: the file as sent, for that server only.
CREATE TABLE uploaded_packs (
    guild_id    INTEGER NOT NULL,
    pack_id     TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    content     TEXT NOT NULL,
    uploaded_by INTEGER NOT NULL,
    uploaded_at INTEGER NOT NULL,
    PRIMARY KEY (guild_id, pack_id)
);
