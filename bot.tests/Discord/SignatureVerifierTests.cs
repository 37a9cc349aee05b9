using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSec.Cryptography;
using StudyBot.Discord;
using StudyBot.Discord.Http;

namespace StudyBot.Tests.Discord;

// The five-minute window, both ways, on a fake clock, and the signature over timestamp + raw body.
public sealed class SignatureVerifierTests : IDisposable
{
    private static readonly byte[] Body = """{"type":1}"""u8.ToArray();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.Zero));
    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly SignatureVerifier verifier;

    public SignatureVerifierTests()
    {
        var publicKey = Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        verifier = new SignatureVerifier(Options.Create(new DiscordOptions { PublicKey = publicKey }), clock);
    }

    public void Dispose() => key.Dispose();

    [Theory]
    [InlineData(0, true)]
    [InlineData(-300, true)]
    [InlineData(300, true)]
    [InlineData(-301, false)]
    [InlineData(301, false)]
    public void Check_TimestampAgainstTheClock_PassesWithinFiveMinutesEitherWay(int offsetSeconds, bool passes)
    {
        var timestamp = clock.GetUtcNow().AddSeconds(offsetSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var problem = verifier.Check(Sign(timestamp, Body), timestamp, Body);

        Assert.Equal(passes, problem is null);
    }

    [Fact]
    public void Check_SignatureOverAnotherTimestamp_Fails()
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var signature = Sign((now - 1).ToString(CultureInfo.InvariantCulture), Body);

        Assert.Equal("the signature does not match", verifier.Check(signature, now.ToString(CultureInfo.InvariantCulture), Body));
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void Check_TimestampNotSeconds_Fails(string timestamp) =>
        Assert.NotNull(verifier.Check(Sign(timestamp, Body), timestamp, Body));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("not hex at all, but 128 characters long.................................................................................")]
    public void Check_SignatureNotHex_Fails(string signature)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.NotNull(verifier.Check(signature, timestamp, Body));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("58666666666666666666666666666666666666666666666666666666666666", false)]
    [InlineData("5866666666666666666666666666666666666666666666666666666666666666", true)]
    [InlineData("586666666666666666666666666666666666666666666666666666666666666g", false)]
    public void TryParsePublicKey_TakesExactly32HexBytes(string? hex, bool parses) =>
        Assert.Equal(parses, SignatureVerifier.TryParsePublicKey(hex, out _));

    private string Sign(string timestamp, byte[] body) =>
        Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));
}
