using System.Text;
using NSec.Cryptography;

namespace FakeDiscord;

// The fake application's Ed25519 key pair: Discord signs what it POSTs to an interactions endpoint
// over the timestamp followed by the body, and the bot checks it with the public key.
internal sealed class InteractionSigner : IDisposable
{
    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519);

    // A key Discord never had, for forgeries that are well-formed but not Discord's.
    private readonly Key stranger = Key.Create(SignatureAlgorithm.Ed25519);

    public string PublicKeyHex => Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, byte[] body, bool stranger = false) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(stranger ? this.stranger : key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    public void Dispose()
    {
        key.Dispose();
        stranger.Dispose();
    }
}
