using FakeDiscord;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// Start-up refuses an http mode it could not serve, naming the key to fix.
public sealed class HttpModeSettingsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("Discord:Mode", "--Discord:Mode=websocket")]
    [InlineData("Discord:PublicKey", "--Discord:Mode=http", "--Discord:ApplicationId=1100000000000000001")]
    [InlineData("Discord:PublicKey", "--Discord:Mode=http", "--Discord:ApplicationId=1100000000000000001", "--Discord:PublicKey=abc")]
    [InlineData("Discord:ApplicationId", "--Discord:Mode=http", "--Discord:PublicKey=" + ValidKey)]
    [InlineData("Discord:HttpListen", "--Discord:Mode=http", "--Discord:PublicKey=" + ValidKey, "--Discord:ApplicationId=1", "--Discord:HttpListen=https://0.0.0.0:8443")]
    [InlineData("Discord:HttpPath", "--Discord:Mode=http", "--Discord:PublicKey=" + ValidKey, "--Discord:ApplicationId=1", "--Discord:HttpPath=interactions")]
    public async Task BadHttpSetting_StopsStartUpNamingTheKey(string key, params string[] settings)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => DiscordHost.StartAsync(folder: folder, settings: settings));

        Assert.Contains(key, StartupFailure.Explain(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpListen_OnAPortInUse_StopsStartUpNamingTheKey()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var taken = new Uri(fake.BaseUrl);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => DiscordHost.StartHttpAsync(fake, null, $"--Discord:HttpListen=http://127.0.0.1:{taken.Port}"));

        Assert.Contains("Discord:HttpListen", StartupFailure.Explain(error), StringComparison.Ordinal);
    }

    // The Ed25519 base point's encoding: a valid public key that signs nothing here.
    private const string ValidKey = "5866666666666666666666666666666666666666666666666666666666666666";
}
