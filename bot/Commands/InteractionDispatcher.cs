using Microsoft.Extensions.Logging;

namespace StudyBot.Commands;

// The one error boundary for interactions: routes to the owning handler, checks access and options,
// and turns any failure into a short answer for the user and a log line with the interaction id.
internal sealed class InteractionDispatcher(CommandRegistry registry, ILogger<InteractionDispatcher> logger, IServerTeacherRoles? serverTeacherRoles = null)
{
    public async Task<Reply> DispatchCommandAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var handler = registry.Find(context.CommandName);
        if (handler is null)
        {
            return Reply.Problem($"I don't know the command /{context.CommandName}. Type /help to see what I can do.");
        }

        if (Refusal(handler.Definition, context.User, context.Origin.GuildId) is { } refusal)
        {
            return Reply.Problem(refusal);
        }

        var leaf = OptionChecker.LeafOptions(handler.Definition, context.SubCommand);
        if (leaf is null)
        {
            var subs = handler.Definition.Options.Where(o => o.IsSubCommand).Select(o => o.Name);
            return Reply.Problem($"/{context.CommandName} needs one of: {string.Join(", ", subs)}.");
        }

        if (OptionChecker.Check(leaf, context.Options) is { } problem)
        {
            return Reply.Problem(problem);
        }

        return await GuardAsync(context.Origin, "/" + context.CommandName, () => handler.HandleAsync(context, cancellationToken), cancellationToken);
    }

    public async Task<Reply> DispatchComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        if (registry.FindByCustomId(context.CustomId) is not IComponentHandler handler)
        {
            return Reply.Problem("That button no longer does anything. Run the command again.");
        }

        return await GuardAsync(context.Origin, context.CustomId, () => handler.HandleComponentAsync(context, cancellationToken), cancellationToken);
    }

    public async Task<Reply> DispatchModalAsync(ModalContext context, CancellationToken cancellationToken)
    {
        if (registry.FindByCustomId(context.CustomId) is not IModalHandler handler)
        {
            return Reply.Problem("That form has expired. Run the command again.");
        }

        return await GuardAsync(context.Origin, context.CustomId, () => handler.HandleModalAsync(context, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<OptionChoice>> AutocompleteAsync(AutocompleteContext context, CancellationToken cancellationToken)
    {
        if (registry.Find(context.CommandName) is not IAutocompleteHandler handler)
        {
            return [];
        }

        try
        {
            var choices = await handler.AutocompleteAsync(context, cancellationToken);
            return [.. choices.Take(DefinitionValidator.MaxChoices)];
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, exception, context.Origin.InteractionId, "autocomplete /" + context.CommandName);
            return [];
        }
    }

    public string? Refusal(CommandDefinition definition, Actor user, ulong? guildId) => definition.Access switch
    {
        Access.Managers when !user.IsManager => $"/{definition.Name} is for server managers (Manage Server permission).",
        Access.Teachers when !user.IsTeacher && !HasServerTeacherRole(user, guildId) =>
            $"/{definition.Name} is for teachers (a teacher role, or Manage Server or Manage Messages permission).",
        _ => null,
    };

    // Read only when the other rules refuse, so students' everyday commands never touch the database for it.
    private bool HasServerTeacherRole(Actor user, ulong? guildId) =>
        serverTeacherRoles is not null && guildId is { } guild && user.RoleIds.Count > 0 && serverTeacherRoles.NamesAny(guild, user.RoleIds);

    private async Task<Reply> GuardAsync(Origin origin, string what, Func<ValueTask<Reply>> run, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await run();
            var broken = ReplyLimits.Check(reply);
            if (broken.Count == 0)
            {
                return reply;
            }

            Log.ReplyOverLimits(logger, origin.InteractionId, what, string.Join("; ", broken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, exception, origin.InteractionId, what);
        }

        return Reply.Problem($"Something went wrong on my side, sorry. Nothing you saved was lost. (reference {origin.InteractionId})");
    }
}
