using StudyBot.Commands;

namespace StudyBot.Console;

// The buttons a console user can press: those of the last reply or channel message that had any.
// Shared by the session and the channel messenger, so a quiz question posted by a timer is pressable.
internal sealed class ConsoleScreen
{
    private readonly Lock gate = new();
    private IReadOnlyList<Component> components = [];
    private string? messageId;

    public IReadOnlyList<Component> Components
    {
        get
        {
            lock (gate)
            {
                return components;
            }
        }
    }

    public void Show(string? fromMessage, IReadOnlyList<Component> shown)
    {
        lock (gate)
        {
            components = shown;
            messageId = fromMessage;
        }
    }

    // An edited channel message replaces the buttons only if they are the ones on screen.
    public void Edited(string fromMessage, IReadOnlyList<Component> shown)
    {
        lock (gate)
        {
            if (messageId == fromMessage)
            {
                components = shown;
            }
        }
    }
}
