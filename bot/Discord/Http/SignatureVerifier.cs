using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace StudyBot.Discord.Http;

// Discord signs every POST to the interactions endpoint with the application's Ed25519 key over
// the timestamp header followed by the raw body. Nothing of a request is read before this passes.
internal sealed class SignatureVerifier(IOptions<DiscordOptions> options, TimeProvider time)
{
    // Discord's requests are fresh; an old (or far-future) timestamp is a replay, whatever its signature.
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const int SignatureLength = 64;

    // Reading options.Value runs the options validation, which names Discord:PublicKey when it is wrong.
    private readonly PublicKey publicKey = TryParsePublicKey(options.Value.PublicKey, out var key)
        ? key!
        : throw new InvalidOperationException("Discord:PublicKey is not an Ed25519 public key.");

    public static bool TryParsePublicKey(string? hex, out PublicKey? key)
    {
        key = null;
        if (hex is not { Length: 64 } || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        return PublicKey.TryImport(SignatureAlgorithm.Ed25519, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey, out key);
    }

    // Null when the request is Discord's; otherwise why not, in words safe to log (no header values).
    public string? Check(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
        {
            return "a signature header is missing";
        }

        if (signatureHex.Length != SignatureLength * 2 || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return "the signature is not 64 bytes of hex";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return "the timestamp is not a number of seconds";
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > Window)
        {
            return age > TimeSpan.Zero ? "the timestamp is more than five minutes old" : "the timestamp is more than five minutes ahead";
        }

        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(written));
        return SignatureAlgorithm.Ed25519.Verify(publicKey, signed, Convert.FromHexString(signatureHex))
            ? null
            : "the signature does not match";
    }
}
