using System.Data.Common;
using StudyBot.Packs;
using StudyBot.Storage;

namespace StudyBot.Sources;

internal sealed record SourceHit(string PackId, string SourceId, string Title, string Snippet);

internal sealed record SearchPage(int Total, IReadOnlyList<SourceHit> Hits);

// The full-text index over source excerpts: FTS5 ranked with bm25 on SQLite, a weighted tsvector
// ranked with ts_rank on PostgreSQL (SourceSearchSql), titles weighted highest on both.
internal sealed class SourceIndex(Database database)
{
    // Marks that cannot occur in pack text, swapped for markdown once the snippet is escaped.
    public const char HighlightStart = '\uE000';
    public const char HighlightEnd = '\uE001';

    private static readonly string[] InsertParameters = ["@pack", "@id", "@title", "@author", "@text", "@tags"];

    private readonly SourceSearchSql sql = SourceSearchSql.For(database.Provider);

    public void Rebuild(IReadOnlyList<Pack> packs)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        Execute(transaction, "DELETE FROM sources WHERE guild_id = 0;");
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO sources (guild_id, pack_id, source_id, title, author, text, tags)
            VALUES (0, @pack, @id, @title, @author, @text, @tags);
            """;
        var parameters = InsertParameters.Select(name => insert.Parameter(name)).ToArray();
        foreach (var pack in packs)
        {
            foreach (var source in pack.Sources)
            {
                string[] values = [pack.Id, source.Id, source.Title, source.Author, source.Text, string.Join(' ', source.Tags)];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i];
                }

                insert.ExecuteNonQuery();
            }
        }

        if (sql.Optimize is { } optimize)
        {
            Execute(transaction, optimize);
        }

        transaction.Commit();
    }

    public SearchPage Search(string query, string? packId, int offset, int limit)
    {
        var terms = FtsQuery.Terms(query);
        using var connection = database.Open();
        foreach (var match in sql.Matches(terms))
        {
            if (match is null)
            {
                break;
            }

            var total = Count(connection, match, packId);
            if (total > 0)
            {
                return new SearchPage(total, Hits(connection, match, packId, offset, limit));
            }
        }

        return new SearchPage(0, []);
    }

    private int Count(DbConnection connection, string match, string? packId)
    {
        using var command = Command(connection, sql.Count, match, packId);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<SourceHit> Hits(DbConnection connection, string match, string? packId, int offset, int limit)
    {
        using var command = Command(connection, sql.Hits, match, packId);
        command.Bind("@limit", limit);
        command.Bind("@offset", offset);
        if (sql.HeadlineOptions is { } options)
        {
            command.Bind("@headline", options);
        }

        using var reader = command.ExecuteReader();
        var hits = new List<SourceHit>();
        while (reader.Read())
        {
            var snippet = sql.HeadlineOptions is null ? reader.GetString(3) : SourceSearchSql.Ellipsize(reader.GetString(3), reader.GetString(4));
            hits.Add(new SourceHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), snippet));
        }

        return hits;
    }

    private static DbCommand Command(DbConnection connection, string sql, string match, string? packId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Bind("@match", match);
        command.Bind("@pack", (object?)packId ?? DBNull.Value);
        return command;
    }

    private static void Execute(DbTransaction transaction, string sql)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
