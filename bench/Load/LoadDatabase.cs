using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace StudyBot.Bench.Load;

// What the bots stored, checked against what they acknowledged: every "Answer saved" must have its row.
// LostByInstance splits lost by the process that acknowledged the press.
internal sealed record StoreCheck(int Rows, int Lost, int Duplicates, int SavedWithoutAck, string Integrity, IReadOnlyList<int> LostByInstance);

// The run's own database, shared by every bot process of the run: a SQLite file in the run folder (WAL
// lets several processes write it), or a fresh PostgreSQL database created for the run with --postgres.
internal abstract class LoadDatabase
{
    // The bot's configuration for this database, as environment variables.
    public abstract IReadOnlyDictionary<string, string> BotSettings { get; }

    public abstract string Description { get; }

    public static async Task<LoadDatabase> CreateAsync(string? postgres, string folder) =>
        postgres is null ? new SqliteDatabase(Path.Combine(folder, "studybot.db")) : await PostgresDatabase.CreateOnAsync(postgres, Path.GetFileName(folder));

    public StoreCheck Check(IEnumerable<Press> saved, int instances)
    {
        using var connection = Open();
        var rows = new HashSet<(string, string, long)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT quiz_id, question_id, user_id FROM answers WHERE kind = 'quiz' AND pack_id = 'load'";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
            }
        }

        var count = Scalar(connection, "SELECT COUNT(*) FROM answers WHERE kind = 'quiz' AND pack_id = 'load'");
        var duplicates = Scalar(connection, "SELECT COUNT(*) FROM (SELECT 1 FROM answers GROUP BY quiz_id, question_id, user_id HAVING COUNT(*) > 1) AS twice");
        var acked = saved.DistinctBy(p => (p.QuizId, p.Question, p.User)).ToDictionary(p => (p.QuizId!, LoadPack.QuestionId(p.Question), unchecked((long)p.User)), p => p.Instance);
        var lost = acked.Where(a => !rows.Contains(a.Key)).ToList();
        var byInstance = Enumerable.Range(0, instances).Select(i => lost.Count(l => l.Value == i)).ToArray();
        return new StoreCheck(count, lost.Count, duplicates, rows.Count(r => !acked.ContainsKey(r)), Integrity(connection), byInstance);
    }

    protected abstract DbConnection Open();

    protected abstract string Integrity(DbConnection connection);

    protected static int Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private sealed class SqliteDatabase(string path) : LoadDatabase
    {
        public override IReadOnlyDictionary<string, string> BotSettings { get; } = new Dictionary<string, string> { ["Storage__DatabasePath"] = path };

        public override string Description => "SQLite " + path;

        protected override DbConnection Open()
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            return connection;
        }

        protected override string Integrity(DbConnection connection)
        {
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            return (string)check.ExecuteScalar()!;
        }
    }

    private sealed class PostgresDatabase(string connectionString, string name) : LoadDatabase
    {
        public override IReadOnlyDictionary<string, string> BotSettings { get; } = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "postgres",
            ["Storage__ConnectionString"] = connectionString,
        };

        public override string Description => "PostgreSQL database " + name;

        // Creates the run's database on the server the connection string names (its own database is only
        // where CREATE DATABASE runs); the bots migrate it at start-up.
        public static async Task<PostgresDatabase> CreateOnAsync(string server, string runName)
        {
            var name = runName.Replace('-', '_');
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = admin.CreateCommand();
                create.CommandText = $"CREATE DATABASE \"{name}\"";
                await create.ExecuteNonQueryAsync();
            }

            return new PostgresDatabase(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, name);
        }

        protected override DbConnection Open()
        {
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            connection.Open();
            return connection;
        }

        // PostgreSQL checks its pages as it reads them; there is no whole-database check to run here.
        protected override string Integrity(DbConnection connection) => "n/a";
    }
}
