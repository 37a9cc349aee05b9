using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Discord.Json;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Interactions;

// Answers each interaction exactly once within Discord's 3 seconds: it races the handler against
// the acknowledgement budget and defers when the handler is slower, then edits or follows up.
internal sealed class InteractionResponder(
    InteractionDispatcher dispatcher,
    DiscordApi api,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionResponder> logger)
{
    private static readonly TimeSpan ResponseWindow = TimeSpan.FromSeconds(3);
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private long prunedAtTicks;
    private readonly HashSet<ulong> teacherRoles = [.. options.Value.TeacherRoleIds.Select(r => ulong.Parse(r, System.Globalization.CultureInfo.InvariantCulture))];

    public async Task HandleAsync(JsonElement raw, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        InteractionPayload? payload;
        try
        {
            payload = raw.Deserialize(DiscordJson.Default.InteractionPayload);
        }
        catch (JsonException exception)
        {
            Log.MalformedInteraction(logger, exception.Message);
            return;
        }

        if (payload is null || string.IsNullOrEmpty(payload.Id) || string.IsNullOrEmpty(payload.Token))
        {
            Log.MalformedInteraction(logger, "no id or token");
            return;
        }

        if (!FirstDelivery(payload.Id, receivedAt))
        {
            Log.DuplicateInteraction(logger, payload.Id);
            return;
        }

        try
        {
            await RespondAsync(payload, receivedAt, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The bot is stopping.
        }
        catch (DiscordRestException refused)
        {
            Log.ResponseRefused(logger, payload.Id, refused.Code, refused.DiscordMessage);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Runs on its own task: anything left uncaught here would vanish unobserved.
            Log.InteractionFailed(logger, exception, payload.Id);
        }
    }

    private async Task RespondAsync(InteractionPayload payload, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        // Behind a backlog, an interaction whose 3 seconds have passed can no longer be answered:
        // doing its work (storing an answer the student never sees confirmed) only deepens the backlog.
        var age = time.GetUtcNow() - receivedAt;
        if (age >= ResponseWindow)
        {
            Log.TooLate(logger, payload.Id, (long)age.TotalMilliseconds);
            return;
        }

        var origin = InteractionMapper.Origin(payload, receivedAt, teacherRoles);
        if (payload.Type == 4)
        {
            var choices = await dispatcher.AutocompleteAsync(InteractionMapper.Autocomplete(payload, origin), cancellationToken);
            await api.CallbackAsync(payload.Id, payload.Token, new InteractionCallback(8, ReplyMapper.Choices(choices)), [], cancellationToken);
            return;
        }

        Task<Reply>? work = payload.Type switch
        {
            2 => dispatcher.DispatchCommandAsync(InteractionMapper.Command(payload, origin), cancellationToken),
            3 => dispatcher.DispatchComponentAsync(InteractionMapper.Component(payload, origin), cancellationToken),
            5 => dispatcher.DispatchModalAsync(InteractionMapper.Modal(payload, origin), cancellationToken),
            _ => null,
        };
        if (work is null)
        {
            Log.UnknownInteractionType(logger, payload.Id, payload.Type);
            return;
        }

        var component = payload.Type == 3;
        using var budgetCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var budget = Task.Delay(TimeSpan.FromMilliseconds(options.Value.AckBudgetMs), time, budgetCancel.Token);
        if (await Task.WhenAny(work, budget) == work)
        {
            await budgetCancel.CancelAsync();
            var reply = await work;
            await api.CallbackAsync(payload.Id, payload.Token, Initial(reply, component), reply.Modal is null ? reply.Files : [], cancellationToken);
            return;
        }

        Log.Deferred(logger, payload.Id, options.Value.AckBudgetMs);
        await api.CallbackAsync(payload.Id, payload.Token, new InteractionCallback(component ? 6 : 5, null), [], cancellationToken);
        await LateReplyAsync(payload, await work, component, cancellationToken);
    }

    private static InteractionCallback Initial(Reply reply, bool component) => reply switch
    {
        { Modal: { } modal } => new InteractionCallback(9, ReplyMapper.Modal(modal)),
        { Mode: ReplyMode.UpdateMessage } when component => new InteractionCallback(7, ReplyMapper.Message(reply)),
        _ => new InteractionCallback(4, ReplyMapper.Message(reply)),
    };

    // After a type 5 defer, @original is the "thinking" message; after a type 6 it is the clicked message.
    // The defer fixed the message as public, so a private reply replaces it with an ephemeral follow-up.
    private async Task LateReplyAsync(InteractionPayload payload, Reply reply, bool component, CancellationToken cancellationToken)
    {
        if (reply.Modal is not null)
        {
            reply = Reply.Problem("That took me too long to open the form. Please try again.");
        }

        var message = ReplyMapper.Message(reply);
        if (!component && reply.Ephemeral)
        {
            await api.DeleteOriginalAsync(payload.ApplicationId, payload.Token, cancellationToken);
            await api.FollowupAsync(payload.ApplicationId, payload.Token, message, reply.Files, cancellationToken);
        }
        else if (component && reply.Mode != ReplyMode.UpdateMessage)
        {
            await api.FollowupAsync(payload.ApplicationId, payload.Token, message, reply.Files, cancellationToken);
        }
        else
        {
            await api.EditOriginalAsync(payload.ApplicationId, payload.Token, message, reply.Files, cancellationToken);
        }
    }

    // Discord may deliver an event twice (and a resume may replay one); only the first is answered.
    private bool FirstDelivery(string id, DateTimeOffset receivedAt)
    {
        // Pruned at most once a minute: scanning on every interaction made a busy burst quadratic.
        var lastPrune = new DateTimeOffset(Interlocked.Read(ref prunedAtTicks), TimeSpan.Zero);
        // (ConcurrentDictionary.Count takes every lock, so it too is read only then.)
        if (receivedAt - lastPrune > TimeSpan.FromMinutes(1)
            && Interlocked.CompareExchange(ref prunedAtTicks, receivedAt.UtcTicks, lastPrune.UtcTicks) == lastPrune.UtcTicks
            && seen.Count > 1000)
        {
            foreach (var old in seen.Where(e => receivedAt - e.Value > TimeSpan.FromMinutes(15)).ToList())
            {
                seen.TryRemove(old.Key, out _);
            }
        }

        return seen.TryAdd(id, receivedAt);
    }
}
