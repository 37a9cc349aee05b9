-- Source excerpts of loaded packs, searchable by title, text, author and tags.
-- guild_id 0 holds the packs shipped in seeds/; uploaded packs will carry their server's id.
CREATE TABLE sources (
    row_id    INTEGER PRIMARY KEY,
    guild_id  INTEGER NOT NULL DEFAULT 0,
    pack_id   TEXT NOT NULL,
    source_id TEXT NOT NULL,
    title     TEXT NOT NULL,
    author    TEXT NOT NULL,
    text      TEXT NOT NULL,
    tags      TEXT NOT NULL,
    UNIQUE (guild_id, pack_id, source_id)
);

CREATE VIRTUAL TABLE sources_fts USING fts5(
    title, text, author, tags,
    content = 'sources', content_rowid = 'row_id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER sources_ai AFTER INSERT ON sources BEGIN
    INSERT INTO sources_fts (rowid, title, text, author, tags) VALUES (new.row_id, new.title, new.text, new.author, new.tags);
END;

CREATE TRIGGER sources_ad AFTER DELETE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, text, author, tags) VALUES ('delete', old.row_id, old.title, old.text, old.author, old.tags);
END;

CREATE TRIGGER sources_au AFTER UPDATE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, text, author, tags) VALUES ('delete', old.row_id, old.title, old.text, old.author, old.tags);
    INSERT INTO sources_fts (rowid, title, text, author, tags) VALUES (new.row_id, new.title, new.text, new.author, new.tags);
END;
