using System.Data.Common;
using StudyBot.Packs;
using StudyBot.Storage;

namespace StudyBot.Sources;

internal sealed record SourceHit(string PackId, string SourceId, string Title, string Snippet);

internal sealed record SearchPage(int Total, IReadOnlyList<SourceHit> Hits);

// The full-text index over source excerpts (FTS5, ranked with bm25, titles weighted highest).
internal sealed class SourceIndex(Database database)
{
    // Marks that cannot occur in pack text, swapped for markdown once the snippet is escaped.
    public const char HighlightStart = '\uE000';
    public const char HighlightEnd = '\uE001';

    private static readonly string[] InsertParameters = ["@pack", "@id", "@title", "@author", "@text", "@tags"];

    private const string Ranked = """
        FROM sources_fts f JOIN sources s ON s.row_id = f.rowid
        WHERE sources_fts MATCH @match AND s.guild_id = 0 AND (@pack IS NULL OR s.pack_id = @pack)
        """;

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

        // Keeps the index compact after a full rewrite.
        Execute(transaction, "INSERT INTO sources_fts (sources_fts) VALUES ('optimize');");
        transaction.Commit();
    }

    public SearchPage Search(string query, string? packId, int offset, int limit)
    {
        var terms = FtsQuery.Terms(query);
        using var connection = database.Open();
        foreach (var match in new[] { FtsQuery.All(terms), FtsQuery.Any(terms) })
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

    private static int Count(DbConnection connection, string match, string? packId)
    {
        using var command = Command(connection, "SELECT count(*) " + Ranked, match, packId);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<SourceHit> Hits(DbConnection connection, string match, string? packId, int offset, int limit)
    {
        using var command = Command(
            connection,
            $"""
            SELECT s.pack_id, s.source_id, s.title,
                   snippet(sources_fts, 1, char({(int)HighlightStart}), char({(int)HighlightEnd}), '…', 16)
            {Ranked}
            ORDER BY bm25(sources_fts, 10.0, 1.0, 4.0, 6.0), s.pack_id, s.source_id
            LIMIT @limit OFFSET @offset;
            """,
            match,
            packId);
        command.Bind("@limit", limit);
        command.Bind("@offset", offset);
        using var reader = command.ExecuteReader();
        var hits = new List<SourceHit>();
        while (reader.Read())
        {
            hits.Add(new SourceHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
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
