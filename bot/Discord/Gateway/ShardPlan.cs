namespace StudyBot.Discord.Gateway;

// What this process connects: which shards of how many, where, and how many identify buckets Discord allows.
internal sealed record ShardPlan(string GatewayUrl, int ShardCount, IReadOnlyList<int> ShardIds, int MaxConcurrency);

// A shard setting that only turned out wrong once Discord said how many shards to run (ShardCount auto).
internal sealed class ShardSettingsException(string message) : Exception(message);
