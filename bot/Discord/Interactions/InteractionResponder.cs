using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Discord.Json;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Interactions;

// Where an interaction's one initial response goes: the callback endpoint when it came over the
// gateway, the body of the answer to Discord's own POST when it came to the HTTP endpoint.
internal delegate Task InitialResponse(InteractionCallback callback, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken);

internal enum InteractionOutcome
{
    Answered,
    Duplicate,
    Malformed,
    Unsupported,
    Failed,
}

// Answers each interaction exactly once within Discord's 3 seconds: it races the handler against
// the acknowledgement budget and defers when the handler is slower, then edits or follows up.
// Both transports share it; only where the initial response goes differs.
internal sealed class InteractionResponder(
    InteractionDispatcher dispatcher,
    DiscordApi api,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionResponder> logger) : IDisposable
{
    private static readonly TimeSpan ResponseWindow = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan DeferBy = TimeSpan.FromMilliseconds(2500);
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private long prunedAtTicks;
    private readonly DroppedInteractions dropped = new(time, logger);
    private readonly HashSet<ulong> teacherRoles = [.. options.Value.TeacherRoleIds.Select(r => ulong.Parse(r, System.Globalization.CultureInfo.InvariantCulture))];

    // Where interactions dropped for being too late are counted and logged; the gateway's admission
    // counts its own drops here too, so an overload reads as one series of lines.
    internal DroppedInteractions Dropped => dropped;

    public void Dispose() => dropped.Dispose();

    // Over the gateway the initial response goes through the callback endpoint.
    public Task HandleAsync(JsonElement raw, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        HandleAsync(raw, receivedAt, respond: null, cancellationToken);

    // respond sends the initial response (the callback endpoint when null); later output goes through the webhook routes.
    public async Task<InteractionOutcome> HandleAsync(JsonElement raw, DateTimeOffset receivedAt, InitialResponse? respond, CancellationToken cancellationToken)
    {
        InteractionPayload? payload;
        try
        {
            payload = raw.Deserialize(DiscordJson.Default.InteractionPayload);
        }
        catch (JsonException exception)
        {
            Log.MalformedInteraction(logger, exception.Message);
            return InteractionOutcome.Malformed;
        }

        if (payload is null || string.IsNullOrEmpty(payload.Id) || string.IsNullOrEmpty(payload.Token))
        {
            Log.MalformedInteraction(logger, "no id or token");
            return InteractionOutcome.Malformed;
        }

        if (!FirstDelivery(payload.Id, receivedAt))
        {
            Log.DuplicateInteraction(logger, payload.Id);
            return InteractionOutcome.Duplicate;
        }

        respond ??= (callback, files, token) => api.CallbackAsync(payload.Id, payload.Token, callback, files, token);
        try
        {
            return await RespondAsync(payload, receivedAt, respond, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The bot is stopping.
            return InteractionOutcome.Failed;
        }
        catch (JsonException unreadable)
        {
            // A payload without what every interaction carries (a user): nothing was dispatched.
            Log.MalformedInteraction(logger, unreadable.Message);
            return InteractionOutcome.Malformed;
        }
        catch (DiscordRestException refused)
        {
            Log.ResponseRefused(logger, payload.Id, refused.Code, refused.DiscordMessage);
            return InteractionOutcome.Failed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Runs on its own task: anything left uncaught here would vanish unobserved.
            Log.InteractionFailed(logger, exception, payload.Id);
            return InteractionOutcome.Failed;
        }
    }

    private async Task<InteractionOutcome> RespondAsync(InteractionPayload payload, DateTimeOffset receivedAt, InitialResponse respond, CancellationToken cancellationToken)
    {
        if (payload.Type is not (2 or 3 or 4 or 5))
        {
            Log.UnknownInteractionType(logger, payload.Id, payload.Type);
            return InteractionOutcome.Unsupported;
        }

        // Behind a backlog, an interaction whose 3 seconds have passed can no longer be answered:
        // doing its work (storing an answer the student never sees confirmed) only deepens the backlog.
        var age = time.GetUtcNow() - receivedAt;
        if (age >= ResponseWindow)
        {
            dropped.Dropped(payload.Id, age);
            return InteractionOutcome.Failed;
        }

        var origin = InteractionMapper.Origin(payload, receivedAt, teacherRoles);
        if (payload.Type == 4)
        {
            var choices = await dispatcher.AutocompleteAsync(InteractionMapper.Autocomplete(payload, origin), cancellationToken);
            await respond(new InteractionCallback(8, ReplyMapper.Choices(choices)), [], cancellationToken);
            return InteractionOutcome.Answered;
        }

        var work = payload.Type switch
        {
            2 => dispatcher.DispatchCommandAsync(InteractionMapper.Command(payload, origin), cancellationToken),
            3 => dispatcher.DispatchComponentAsync(InteractionMapper.Component(payload, origin), cancellationToken),
            _ => dispatcher.DispatchModalAsync(InteractionMapper.Modal(payload, origin), cancellationToken),
        };

        // The handler gets its budget, but the deferral goes no later than DeferBy after the
        // interaction arrived: one that waited its turn behind a burst has less of Discord's 3 seconds
        // left. (Counting the whole budget from arrival instead deferred nearly every press once a
        // backlog passed it, and a deferral's second request deepened the backlog.)
        var component = payload.Type == 3;
        using var budgetCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var left = TimeSpan.FromMilliseconds(options.Value.AckBudgetMs);
        left = DeferBy - age < left ? DeferBy - age : left;
        var budget = Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, budgetCancel.Token);
        if (await Task.WhenAny(work, budget) == work)
        {
            await budgetCancel.CancelAsync();
            var reply = await work;
            await respond(Initial(reply, component), reply.Modal is null ? reply.Files : [], cancellationToken);
            return InteractionOutcome.Answered;
        }

        Log.Deferred(logger, payload.Id, options.Value.AckBudgetMs);
        await respond(new InteractionCallback(component ? 6 : 5, null), [], cancellationToken);
        await LateReplyAsync(payload, await work, component, cancellationToken);
        return InteractionOutcome.Answered;
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
