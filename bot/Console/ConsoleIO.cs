namespace StudyBot.Console;

// The terminal, or in tests any reader and writer. Interactive means a person is typing:
// show a prompt; otherwise echo each line so a script's output reads like a transcript.
internal sealed record ConsoleIO(TextReader Input, TextWriter Output, bool Interactive)
{
    public static ConsoleIO System() =>
        new(global::System.Console.In, global::System.Console.Out, !global::System.Console.IsInputRedirected);
}
