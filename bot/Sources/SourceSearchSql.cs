using StudyBot.Storage;

namespace StudyBot.Sources;

// The search SQL of each provider. Both take @match (a query built by FtsQuery from reduced words,
// always a parameter), @pack, @limit and @offset; hits are pack, source, title and snippet.
internal sealed record SourceSearchSql(
    string Count,
    string Hits,
    string? Optimize,
    string? HeadlineOptions,
    Func<IReadOnlyList<string>, string?[]> Matches)
{
    private const string SqliteFrom = """
        FROM sources_fts f JOIN sources s ON s.row_id = f.rowid
        WHERE sources_fts MATCH @match AND s.guild_id = 0 AND (CAST(@pack AS TEXT) IS NULL OR s.pack_id = @pack)
        """;

    private static readonly SourceSearchSql Sqlite = new(
        "SELECT count(*) " + SqliteFrom,
        $"""
        SELECT s.pack_id, s.source_id, s.title,
               snippet(sources_fts, 1, char({(int)SourceIndex.HighlightStart}), char({(int)SourceIndex.HighlightEnd}), '…', 16)
        {SqliteFrom}
        ORDER BY bm25(sources_fts, 10.0, 1.0, 4.0, 6.0), s.pack_id, s.source_id
        LIMIT @limit OFFSET @offset;
        """,
        "INSERT INTO sources_fts (sources_fts) VALUES ('optimize');",
        null,
        terms => [FtsQuery.All(terms), FtsQuery.Any(terms)]);

    private const string PostgresFrom = """
        FROM sources s, to_tsquery('studybot_search', @match) q
        WHERE s.search @@ q AND s.guild_id = 0 AND (CAST(@pack AS TEXT) IS NULL OR s.pack_id = @pack)
        """;

    // ts_rank's weights are {D, C, B, A}: text, author, tags, title, in bm25's proportions 1/4/6/10.
    private static readonly SourceSearchSql Postgres = new(
        "SELECT count(*) " + PostgresFrom,
        $$"""
        SELECT s.pack_id, s.source_id, s.title, ts_headline('studybot_search', s.text, q, @headline), s.text
        {{PostgresFrom}}
        ORDER BY ts_rank('{0.1, 0.4, 0.6, 1.0}', s.search, q) DESC, s.pack_id, s.source_id
        LIMIT @limit OFFSET @offset;
        """,
        null,
        $"StartSel={SourceIndex.HighlightStart}, StopSel={SourceIndex.HighlightEnd}, MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…",
        terms => [FtsQuery.TsAll(terms), FtsQuery.TsAny(terms)]);

    public static SourceSearchSql For(StorageProvider provider) => provider == StorageProvider.Postgres ? Postgres : Sqlite;

    // ts_headline cuts a fragment without saying so; FTS5's snippet marks a cut with "…", so this does too.
    public static string Ellipsize(string fragment, string text)
    {
        var plain = fragment.Replace(SourceIndex.HighlightStart.ToString(), "", StringComparison.Ordinal)
            .Replace(SourceIndex.HighlightEnd.ToString(), "", StringComparison.Ordinal).Trim();
        if (plain.Length == 0)
        {
            return fragment;
        }

        var start = text.TrimStart().StartsWith(plain[..Math.Min(plain.Length, 40)], StringComparison.Ordinal) ? "" : "…";
        var end = text.TrimEnd().EndsWith(plain[Math.Max(0, plain.Length - 40)..], StringComparison.Ordinal) ? "" : "…";
        return start + fragment.Trim() + end;
    }
}
