using System.Globalization;
using Microsoft.Data.Sqlite;
using StudyBot.Storage;

namespace StudyBot.Bench.Scores;

// Writes answers shaped like real play, fast enough for ten million: the answers table's triggers and
// secondary indexes are set aside while rows go in, then the per-day and all-time totals are built with
// one GROUP BY each (what the triggers would have summed), and the indexes and triggers are put back.
// It fills a database migrated to SchemaVersion; the migrations after it (0009, 0011) build their
// per-student board tables from those totals, as they do on a database that grew in play.
internal static class ScoresFill
{
    public const int SchemaVersion = 8;

    private const int RowsPerTransaction = 500_000;

    // Shaped like real play: students in one server, each mostly in one of 20 channels; games of
    // 10 questions from one of 3 packs with 5-30 players each, spread over a year.
    public static void Fill(Database database, int count, int students, DateTimeOffset now)
    {
        using var connection = (SqliteConnection)database.Open();
        Execute(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
        var setAside = SetAside(connection);
        Insert(connection, count, students, now);
        foreach (var (_, sql) in setAside.Where(s => s.Type == "index"))
        {
            Execute(connection, sql);
        }

        Execute(connection, """
            INSERT INTO score_days (guild_id, day, channel_id, pack_id, user_id, answers, correct, points)
            SELECT guild_id, answered_at / 86400000, channel_id, pack_id, user_id, COUNT(*), SUM(correct), SUM(points)
            FROM answers WHERE kind = 'quiz' GROUP BY 1, 2, 3, 4, 5;
            INSERT INTO score_totals (guild_id, user_id, channel_id, pack_id, answers, correct, points)
            SELECT guild_id, user_id, channel_id, pack_id, COUNT(*), SUM(correct), SUM(points)
            FROM answers WHERE kind = 'quiz' GROUP BY 1, 2, 3, 4;
            """);
        foreach (var (_, sql) in setAside.Where(s => s.Type == "trigger"))
        {
            Execute(connection, sql);
        }

        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static List<(string Type, string Sql)> SetAside(SqliteConnection connection)
    {
        var found = new List<(string Type, string Name, string Sql)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'answers' AND type IN ('index', 'trigger') AND sql IS NOT NULL;";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (type, name, _) in found)
        {
            Execute(connection, $"DROP {type.ToUpperInvariant()} \"{name}\";");
        }

        return [.. found.Select(f => (f.Type, f.Sql))];
    }

    private static void Insert(SqliteConnection connection, int count, int students, DateTimeOffset now)
    {
        var random = new Random(7);
        var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO answers (quiz_id, kind, guild_id, channel_id, user_id, pack_id, question_id, answer, correct, time_ms, points, streak, answered_at)
            VALUES ($quiz, 'quiz', 1, $channel, $user, $pack, $question, 'x', $correct, 3000, $points, 1, $at);
            """;
        string[] names = ["$quiz", "$channel", "$user", "$pack", "$question", "$correct", "$points", "$at"];
        var parameters = names.Select(name => command.Parameters.Add(new SqliteParameter(name, null))).ToArray();
        command.Transaction = transaction;
        command.Prepare();
        var perChannel = Math.Max(1, students / 20);
        var written = 0;
        for (var game = 0; written < count; game++)
        {
            var channel = random.Next(20);
            var pack = "pack-" + random.Next(3).ToString(CultureInfo.InvariantCulture);
            var start = now.AddMinutes(-random.Next(365 * 24 * 60));
            var players = Enumerable.Range(0, random.Next(5, 31)).Select(_ => (random.Next(perChannel) * 20) + channel).Distinct().ToList();
            parameters[0].Value = "g" + game.ToString("D8", CultureInfo.InvariantCulture);
            parameters[1].Value = channel;
            parameters[3].Value = pack;
            for (var question = 0; question < 10 && written < count; question++)
            {
                parameters[4].Value = "q" + question.ToString(CultureInfo.InvariantCulture);
                parameters[7].Value = start.AddSeconds(question * 20).ToUnixTimeMilliseconds();
                foreach (var user in players.TakeWhile(_ => written < count))
                {
                    var correct = random.Next(3) > 0;
                    parameters[2].Value = user;
                    parameters[5].Value = correct ? 1 : 0;
                    parameters[6].Value = correct ? 1000 : 0;
                    command.ExecuteNonQuery();
                    if (++written % RowsPerTransaction == 0)
                    {
                        transaction.Commit();
                        transaction.Dispose();
                        transaction = connection.BeginTransaction();
                        command.Transaction = transaction;
                    }
                }
            }
        }

        transaction.Commit();
        transaction.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
