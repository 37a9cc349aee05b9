using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Console;

namespace StudyBot.Tests.Support;

// The whole bot as `dotnet run` builds it, with the console reading a script and writing to a string,
// a database of its own and the packs it is given.
internal static class ConsoleHost
{
    // With a fake clock, "# wait N" lines in the script move it on (see TimedScript).
    public static async Task<string> RunAsync(string script, TempFolder folder, string? packsPath = null, FakeTimeProvider? time = null)
    {
        var output = new StringWriter();
        var builder = StudyBotHost.Create([
            .. folder.Storage("data/studybot.db"),
            $"--Packs:Path={packsPath ?? TestPacks.SeedsFolder}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        TextReader input = time is null ? new StringReader(script) : new TimedScript(script, time);
        if (time is not null)
        {
            builder.Services.AddSingleton<TimeProvider>(time);
        }

        builder.Services.AddSingleton(new ConsoleIO(input, output, Interactive: false));
        using var host = builder.Build();
        await host.RunAsync();
        return output.ToString();
    }
}
