using System.Data.Common;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Review;

internal sealed record CardKey(ulong GuildId, ulong UserId, string PackId, string QuestionId);

// Cards and the review log. Each change is one transaction: card and log row together.
internal sealed class ReviewCards(Database database)
{
    public Card? Find(CardKey key)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, "SELECT state, stability, difficulty, due, last_review, reps, lapses FROM review_cards WHERE " + Where, key);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new Card(Enum.Parse<CardState>(reader.GetString(0), ignoreCase: true), reader.GetDouble(1), reader.GetDouble(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                reader.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)), reader.GetInt32(5), reader.GetInt32(6))
            : null;
    }

    // A wrong answer anywhere: a new card due now, or an existing card brought forward to now.
    public void MakeDue(CardKey key, DateTimeOffset now) => MakeDueAll([(key, now)]);

    // Many wrong answers at once (a burst of quiz answers), in one transaction on the writer
    // connection the answers themselves were just written on, with one statement prepared once.
    public void MakeDueAll(IReadOnlyList<(CardKey Key, DateTimeOffset Now)> cards) => database.Write((connection, writer) =>
    {
        using var transaction = connection.BeginTransaction();
        if (writer is null)
        {
            using var statement = new DueStatement(connection);
            statement.Run(transaction, cards);
        }
        else
        {
            writer.Kept(c => new DueStatement(c)).Run(transaction, cards);
        }

        transaction.Commit();
        return true;
    });

    public (Card Card, double ScheduledDays) Review(CardKey key, Rating rating, DateTimeOffset now)
    {
        var before = Find(key) ?? Card.New(now);
        var (after, elapsed, scheduled) = Fsrs.Schedule(before, rating, now);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using (var upsert = Command(connection, transaction, """
            INSERT INTO review_cards (guild_id, user_id, pack_id, question_id, state, stability, difficulty, due, last_review, reps, lapses)
            VALUES (@guild, @user, @pack, @question, @state, @s, @d, @due, @now, @reps, @lapses)
            ON CONFLICT (guild_id, user_id, pack_id, question_id) DO UPDATE SET state = excluded.state, stability = excluded.stability,
                difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses;
            INSERT INTO review_log (guild_id, user_id, pack_id, question_id, rating, state_before, elapsed_days, stability, difficulty, scheduled_days, reviewed_at)
            VALUES (@guild, @user, @pack, @question, @rating, @before, @elapsed, @s, @d, @scheduled, @now);
            """, key))
        {
            upsert.Bind("@state", after.State.ToString().ToLowerInvariant());
            upsert.Bind("@s", after.Stability);
            upsert.Bind("@d", after.Difficulty);
            upsert.Bind("@due", after.Due.ToUnixTimeMilliseconds());
            upsert.Bind("@now", now.ToUnixTimeMilliseconds());
            upsert.Bind("@reps", after.Reps);
            upsert.Bind("@lapses", after.Lapses);
            upsert.Bind("@rating", (int)rating);
            upsert.Bind("@before", before.State.ToString().ToLowerInvariant());
            upsert.Bind("@elapsed", elapsed);
            upsert.Bind("@scheduled", scheduled);
            upsert.ExecuteNonQuery();
        }

        transaction.Commit();
        return (after, scheduled);
    }

    public IReadOnlyList<CardKey> Due(ulong guildId, ulong userId, DateTimeOffset now, int limit)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT pack_id, question_id FROM review_cards WHERE guild_id = @guild AND user_id = @user AND due <= @now ORDER BY due LIMIT @limit;";
        command.Bind("@guild", ScoreStore.Id(guildId));
        command.Bind("@user", ScoreStore.Id(userId));
        command.Bind("@now", now.ToUnixTimeMilliseconds());
        command.Bind("@limit", limit);
        using var reader = command.ExecuteReader();
        var keys = new List<CardKey>();
        while (reader.Read())
        {
            keys.Add(new CardKey(guildId, userId, reader.GetString(0), reader.GetString(1)));
        }

        return keys;
    }

    private const string Where = "guild_id = @guild AND user_id = @user AND pack_id = @pack AND question_id = @question;";

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, CardKey key)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Bind("@guild", ScoreStore.Id(key.GuildId));
        command.Bind("@user", ScoreStore.Id(key.UserId));
        command.Bind("@pack", key.PackId);
        command.Bind("@question", key.QuestionId);
        return command;
    }

    private sealed class DueStatement : IDisposable
    {
        private readonly DbCommand command;
        private readonly DbParameter guild, user, pack, question, due;

        public DueStatement(DbConnection connection)
        {
            command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO review_cards (guild_id, user_id, pack_id, question_id, state, stability, difficulty, due, reps, lapses)
                VALUES (@guild, @user, @pack, @question, 'new', 0, 0, @now, 0, 0)
                ON CONFLICT (guild_id, user_id, pack_id, question_id) DO UPDATE SET
                    due = CASE WHEN excluded.due < review_cards.due THEN excluded.due ELSE review_cards.due END;
                """;
            (guild, user, pack, question, due) = (command.Parameter("@guild"), command.Parameter("@user"), command.Parameter("@pack"), command.Parameter("@question"), command.Parameter("@now"));
        }

        public void Run(DbTransaction transaction, IReadOnlyList<(CardKey Key, DateTimeOffset Now)> cards)
        {
            command.Transaction = transaction;
            foreach (var (key, now) in cards)
            {
                guild.Value = ScoreStore.Id(key.GuildId);
                user.Value = ScoreStore.Id(key.UserId);
                pack.Value = key.PackId;
                question.Value = key.QuestionId;
                due.Value = now.ToUnixTimeMilliseconds();
                command.ExecuteNonQuery();
            }
        }

        public void Dispose() => command.Dispose();
    }
}
