using System.Globalization;
using StudyBot.Commands;

namespace StudyBot.Console;

// One person (or a script) at the console: who is acting, the buttons on screen, and the
// commands they type, sent through the same dispatcher Discord uses.
internal sealed class ConsoleSession(CommandRegistry registry, InteractionDispatcher dispatcher, TimeProvider time, TextWriter output, Func<Task<string?>> readLine, ConsoleScreen? screen = null, ConsoleFiles? files = null)
{
    private readonly ConsoleScreen screen = screen ?? new ConsoleScreen();
    private long interactions;

    public Actor User { get; private set; } = ConsoleUsers.Create("student", manager: false);

    // Returns false when the user asked to leave.
    public async Task<bool> HandleLineAsync(string line, CancellationToken cancellationToken)
    {
        line = line.Trim();
        if (line.Length == 0 || line.StartsWith('#'))
        {
            return true;
        }

        if (line is "/quit" or "/exit")
        {
            return false;
        }

        if (line.StartsWith("/as", StringComparison.OrdinalIgnoreCase) && (line.Length == 3 || line[3] == ' '))
        {
            SwitchUser(line[3..].Trim());
            return true;
        }

        if (!line.StartsWith('/'))
        {
            await PressAsync(line, cancellationToken);
            return true;
        }

        await RunCommandAsync(line, cancellationToken);
        return true;
    }

    private void SwitchUser(string rest)
    {
        var manager = rest.EndsWith("--manager", StringComparison.OrdinalIgnoreCase);
        var name = (manager ? rest[..^"--manager".Length] : rest).Trim().Trim('"');
        if (name.Length is 0 or > 32)
        {
            output.WriteLine("Usage: /as NAME (1-32 characters), add --manager to act as a server manager.");
            return;
        }

        User = ConsoleUsers.Create(name, manager);
        output.WriteLine($"You are now {name}{(manager ? " (server manager)" : "")}.");
    }

    private async Task RunCommandAsync(string line, CancellationToken cancellationToken)
    {
        var parsed = ConsoleLineParser.Parse(line, out var error);
        if (parsed is null)
        {
            output.WriteLine(error);
            return;
        }

        var handler = registry.Find(parsed.Command);
        if (handler is null)
        {
            output.WriteLine($"There is no /{parsed.Command}. Commands: {string.Join(", ", registry.Handlers.Select(h => "/" + h.Definition.Name))}, and /as NAME, /quit.");
            return;
        }

        var bound = ConsoleBinder.Bind(parsed, handler.Definition, out error);
        if (bound is null)
        {
            output.WriteLine(error);
            return;
        }

        if (bound.Autocomplete is { } focused)
        {
            var choices = await dispatcher.AutocompleteAsync(new AutocompleteContext(NextOrigin(), bound.Name, bound.SubCommand, focused.Name, bound.AutocompleteText, bound.Options), cancellationToken);
            output.WriteLine(choices.Count == 0
                ? "No suggestions."
                : string.Join(Environment.NewLine, choices.Select((c, i) => $"{i + 1}. {c.Name}  →  {focused.Name}:\"{c.Value}\"")));
            return;
        }

        var context = new CommandContext(NextOrigin(), bound.Name, bound.SubCommand, bound.Options) { Attachments = bound.Attachments };
        var reply = await dispatcher.DispatchCommandAsync(context, cancellationToken);
        await ShowAsync(reply, cancellationToken);
    }

    private async Task PressAsync(string typed, CancellationToken cancellationToken)
    {
        var onScreen = screen.Components;
        var target = ConsolePress.Find(onScreen, typed);
        if (target is null)
        {
            output.WriteLine(onScreen.Count == 0
                ? "Type a command starting with /, for example /help."
                : "No button matches that. Type its number or its label, or a command starting with /.");
            return;
        }

        var (component, values) = target.Value;
        if (component is Button { Disabled: true })
        {
            output.WriteLine("That button is disabled.");
            return;
        }

        var reply = await dispatcher.DispatchComponentAsync(new ComponentContext(NextOrigin(), component.CustomId, values), cancellationToken);
        await ShowAsync(reply, cancellationToken);
    }

    private async Task ShowAsync(Reply reply, CancellationToken cancellationToken)
    {
        if (reply.Modal is { } modal)
        {
            var fields = await ConsoleModal.FillAsync(modal, output, readLine);
            if (fields is null)
            {
                output.WriteLine("The form was cancelled.");
                return;
            }

            reply = await dispatcher.DispatchModalAsync(new ModalContext(NextOrigin(), modal.CustomId, fields), cancellationToken);
            await ShowAsync(reply, cancellationToken);
            return;
        }

        var components = reply.Components.SelectMany(r => r.Items).ToList();
        if (components.Count > 0 || reply.Mode == ReplyMode.UpdateMessage)
        {
            screen.Show(null, components);
        }

        output.Write(ConsoleRenderer.Render(reply, components, files));
        output.WriteLine();
    }

    private Origin NextOrigin() => new(
        "console-" + Interlocked.Increment(ref interactions).ToString(CultureInfo.InvariantCulture),
        User,
        ConsoleUsers.GuildId,
        ConsoleUsers.ChannelId,
        time.GetUtcNow());
}
