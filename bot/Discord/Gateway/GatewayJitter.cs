namespace StudyBot.Discord.Gateway;

// The random factor in [0, 1) for the first heartbeat and reconnect backoff; a service so tests can pin it.
internal sealed class GatewayJitter(Func<double> next)
{
    public static GatewayJitter Random { get; } = new(System.Random.Shared.NextDouble);

    public double Next() => next();
}
