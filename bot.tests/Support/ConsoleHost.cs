using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Console;

namespace StudyBot.Tests.Support;

// The whole bot as `dotnet run` builds it, with the console reading a script and writing to a string,
// a database of its own and the packs it is given.
internal static class ConsoleHost
{
    public static async Task<string> RunAsync(string script, TempFolder folder, string? packsPath = null)
    {
        var output = new StringWriter();
        var builder = StudyBotHost.Create([
            $"--Storage:DatabasePath={folder.File("data/studybot.db")}",
            $"--Packs:Path={packsPath ?? TestPacks.SeedsFolder}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        builder.Services.AddSingleton(new ConsoleIO(new StringReader(script), output, Interactive: false));
        using var host = builder.Build();
        await host.RunAsync();
        return output.ToString();
    }
}
