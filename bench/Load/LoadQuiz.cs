using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using FakeDiscord;

namespace StudyBot.Bench.Load;

// One press the driver sent: who, which quiz and question, whether the bot was down at the time, which
// bot process it went to, and in http mode what that process answered to the POST.
internal sealed record Press(string InteractionId, ulong User, string? QuizId, int Question, bool BotDown, int Instance = 0, HttpReply? Http = null);

// A bot's answer to a POSTed interaction: the status, what the initial response said (null for a
// deferral) and, when the POST failed or the fake refused the answer, why.
internal sealed record HttpReply(int Status, string? Content, string? Problem);

// Where a quiz runs: a guild (whose id decides its gateway shard) and a channel in it.
internal sealed record QuizPlace(string GuildId, string ChannelId)
{
    public static readonly QuizPlace Default = new(new FakeDiscordOptions().GuildId, Interactions.ChannelId);

    // A guild for each shard of count, the default guild among them, each with a channel of its own:
    // Discord sends a guild's interactions to shard (guild_id >> 22) % count.
    public static QuizPlace[] OnePerShard(int count)
    {
        var guild = ulong.Parse(Default.GuildId, CultureInfo.InvariantCulture);
        var channel = ulong.Parse(Default.ChannelId, CultureInfo.InvariantCulture);
        var home = Shards.Of(Default.GuildId, count);
        return [.. Enumerable.Range(0, count).Select(shard =>
        {
            var step = (ulong)((shard - home + count) % count);
            return new QuizPlace((guild + (step << 22)).ToString(CultureInfo.InvariantCulture), (channel + step).ToString(CultureInfo.InvariantCulture));
        })];
    }

    public JsonObject Apply(JsonObject interaction)
    {
        Interactions.InGuild(interaction, GuildId);
        interaction["channel_id"] = ChannelId;
        interaction["channel"]!["id"] = ChannelId;
        if (interaction["message"] is JsonObject message)
        {
            message["channel_id"] = ChannelId;
        }

        return interaction;
    }
}

// A button's press template, and the quiz and question its custom id names.
internal sealed record Button(InteractionTemplate Template, string? QuizId, int Question);

// What the driver does at the fake: starts a quiz as a teacher, reads the buttons of each question the
// bot posts, and presses them as students. Gateway mode dispatches each interaction on the shard of its
// guild; http mode (endpoints set) signs it and POSTs it to one bot process's endpoint.
internal sealed class LoadQuiz(FakeDiscordServer fake, IReadOnlyList<Uri>? endpoints = null)
{
    private const ulong FirstStudent = 800_000_000_000_000_000;
    private readonly ConcurrentDictionary<(string CustomId, QuizPlace Place), Button> buttons = new();
    private long students;

    public async Task<string> StartAsync(int questions, int seconds, ISet<string> known, TimeSpan timeout, QuizPlace? place = null, int instance = 0)
    {
        var start = (place ?? QuizPlace.Default).Apply(Interactions.SubCommand("quiz", "start", ("pack", LoadPack.Id), ("questions", questions), ("seconds", seconds), ("in_order", true)));
        var sending = SendAsync(start, instance);
        var buttons = await ButtonsAsync(null, 0, known, timeout);
        var (id, reply) = await sending;
        var content = reply is null ? fake.Outcome(id)?.Content : reply.Content;
        if (content is not null && !content.StartsWith("Your quiz has started", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the bot refused /quiz start: " + content);
        }

        return Parse(buttons[0]).QuizId;
    }

    // The answer buttons of one question, once the bot has posted it. With quizId null: a quiz not in known.
    public async Task<string[]> ButtonsAsync(string? quizId, int question, ISet<string>? known, TimeSpan timeout)
    {
        var prefix = quizId is null ? "quiz:c:" : $"quiz:c:{quizId}:{question.ToString(CultureInfo.InvariantCulture)}:";
        string[] Found(RecordedRequest r) => r.Method == "POST" && r.Body.Contains(prefix, StringComparison.Ordinal)
            ? [.. CustomIds(r.Json).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)
                && (quizId is not null || (Parse(c).Question == question && known?.Contains(Parse(c).QuizId) != true)))]
            : [];
        var request = await fake.Requests.WaitForAsync(r => Found(r).Length > 0, timeout);
        return Found(request);
    }

    public static (string QuizId, int Question) Parse(string customId)
    {
        var parts = customId.Split(':');
        return (parts[2], int.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    public ulong NextStudent() => FirstStudent + (ulong)Interlocked.Increment(ref students);

    public async Task<Press> PressAsync(string customId, ulong student, bool botDown, QuizPlace? place = null, int instance = 0)
    {
        place ??= QuizPlace.Default;
        var button = Prepare(customId, place);
        var digits = student.ToString(CultureInfo.InvariantCulture);
        var (username, globalName) = ("s" + digits[^6..], "Student " + digits[^6..]);
        // Over the gateway the press is the button's template with this student filled in: the same bytes as
        // the JSON below would give, without building and serialising a tree for every press.
        var (id, reply) = endpoints is null
            ? (await fake.InjectAsync(button.Template, digits, username, globalName), null)
            : await SendAsync(PressJson(customId, place, digits, username, globalName), instance);
        return new Press(id, student, button.QuizId, button.Question, botDown, instance, reply);
    }

    // A press like the real ones, of a button no quiz has, for the rig's warm-up (which never sends it to the bot).
    public InteractionTemplate WarmUpPress() => Prepare("quiz:c:warmup0:0:0", QuizPlace.Default).Template;

    // Makes a button's template before the presses that use it are timed; PressAsync makes any it lacks.
    public void Prepare(IEnumerable<string> customIds, QuizPlace? place = null)
    {
        foreach (var customId in customIds)
        {
            Prepare(customId, place ?? QuizPlace.Default);
        }
    }

    private Button Prepare(string customId, QuizPlace place) => buttons.GetOrAdd((customId, place), key =>
    {
        var template = fake.Template(PressJson(key.CustomId, key.Place, InteractionTemplate.Hole(0), InteractionTemplate.Hole(1), InteractionTemplate.Hole(2)));
        Check(template, key.CustomId, key.Place);
        var (quiz, question) = key.CustomId.StartsWith("quiz:c:", StringComparison.Ordinal) ? Parse(key.CustomId) : (null, 0);
        return new Button(template, quiz, question);
    });

    // A real Discord button press (INTERACTION_CREATE of type 3) in place, from one student.
    private static JsonObject PressJson(string customId, QuizPlace place, string userId, string username, string globalName)
    {
        var press = place.Apply(Interactions.Button(customId));
        var user = press["member"]!["user"]!;
        user["id"] = userId;
        user["username"] = username;
        user["global_name"] = globalName;
        return press;
    }

    // The template must give the bytes the fake would send for the same press built as JSON; a student's name
    // with characters the JSON writer escapes shows that the escaping matches too.
    private void Check(InteractionTemplate template, string customId, QuizPlace place)
    {
        var json = PressJson(customId, place, "800000000000000001", "s<&'+\\\"é", "Student \u0001 ü");
        json["id"] = "1";
        json["token"] = "itok-x";
        json["application_id"] = fake.Options.ApplicationId;
        var expected = json.ToJsonString();
        var filled = System.Text.Encoding.UTF8.GetString(template.Fill("1", "itok-x", ["800000000000000001", "s<&'+\\\"é", "Student \u0001 ü"]));
        if (filled != expected)
        {
            throw new InvalidOperationException($"the press template differs from the press as JSON:\n{filled}\n{expected}");
        }
    }

    private async Task<(string Id, HttpReply? Reply)> SendAsync(JsonObject interaction, int instance)
    {
        if (endpoints is null)
        {
            return (await fake.InjectAsync(interaction), null);
        }

        // The fake gives the interaction its id before it POSTs it, so a failed POST (or an answer that is not
        // JSON) still has one to report.
        var posting = fake.PostInteractionAsync(endpoints[instance], interaction);
        var id = interaction["id"]!.GetValue<string>();
        try
        {
            var answer = await posting;
            var content = answer.Status == 200 && answer.Json?["data"]?["content"] is JsonValue text && text.TryGetValue<string>(out var value) ? value : null;
            var problem = answer.Status != 200 ? $"HTTP {answer.Status}" : answer.Problems.Count > 0 ? string.Join("; ", answer.Problems) : null;
            return (id, new HttpReply(answer.Status, content, problem));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return (id, new HttpReply(0, null, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static IEnumerable<string> CustomIds(JsonNode? message) =>
        (message?["components"] as JsonArray ?? []).SelectMany(row => row?["components"] as JsonArray ?? [])
            .Select(c => c?["custom_id"]?.GetValue<string>()).OfType<string>();
}
