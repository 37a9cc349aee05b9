-- Packs teachers upload with /pack upload: the file as sent, for that server only.
-- pack_id sorts bytewise, as SQLite compares text.
CREATE TABLE uploaded_packs (
    guild_id    BIGINT NOT NULL,
    pack_id     TEXT COLLATE "C" NOT NULL,
    file_name   TEXT NOT NULL,
    content     TEXT NOT NULL,
    uploaded_by BIGINT NOT NULL,
    uploaded_at BIGINT NOT NULL,
    PRIMARY KEY (guild_id, pack_id)
);
