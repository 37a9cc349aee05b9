using FakeDiscord;
using Microsoft.Extensions.Hosting;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// Codes that retrying cannot fix stop the host with one line saying why; the token never appears.
public sealed class GatewayFatalTests : IDisposable
{
    public void Dispose() => Environment.ExitCode = 0;

    [Fact]
    public async Task WrongToken_AtIdentify_StopsTheHostNamingTheCause()
    {
        var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await DiscordHost.StartAsync(fake, settings: ["--Discord:Token=wrong-token", $"--Discord:GatewayUrl={fake.WebSocketBase}/gateway"]);

        await bot.Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(15));

        var line = await bot.Logs.WaitForAsync(2011);
        Assert.Contains("4004", line.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", line.Message, StringComparison.Ordinal);
        Assert.Equal(1, fake.Gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Connected));
        Assert.DoesNotContain(bot.Logs.Lines.Snapshot(), l => l.Message.Contains("wrong-token", StringComparison.Ordinal));
        Assert.Equal(1, Environment.ExitCode);
    }

    [Fact]
    public async Task WrongToken_AtGatewayBot_StopsTheHost()
    {
        await using var bot = await DiscordHost.StartAsync(settings: ["--Discord:Token=wrong-token"]);

        await bot.Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(15));

        var line = await bot.Logs.WaitForAsync(2011);
        Assert.Contains("401", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Logs.Lines.Snapshot(), l => l.Message.Contains("wrong-token", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task FatalCloseCode_AtIdentify_StopsTheHostWithoutRetrying(int code)
    {
        var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { IdentifyCloseCode = code });
        await using var bot = await DiscordHost.StartAsync(fake);

        await bot.Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), (await bot.Logs.WaitForAsync(2011)).Message, StringComparison.Ordinal);
        Assert.Equal(1, fake.Gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Connected));
    }
}
