using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot;
using StudyBot.Essays.CommandLine;
using StudyBot.Packs;

if (args is ["validate", var path, ..])
{
    return PackValidateCommand.Run(path, Console.Out, Console.Error);
}

if (args is ["validate"])
{
    Console.Error.WriteLine("Usage: studybot validate PATH (a pack file or a folder of packs)");
    return 2;
}

if (args is ["essay", .. var essayArgs])
{
    return EssayCommandLine.Run(essayArgs, Console.Out, Console.Error);
}

try
{
    using var host = StudyBotHost.Create(args).Build();
    await host.RunAsync();
    return Environment.ExitCode;
}
catch (Exception exception) when (StartupFailure.Explain(exception) is { } message)
{
    Console.Error.WriteLine("StudyBot could not start: " + message);
    return 1;
}
