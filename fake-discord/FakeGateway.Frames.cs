using System.Text.Json.Nodes;

namespace FakeDiscord;

public sealed partial class FakeGateway
{
    // Returns true when the fake closed the connection and stops reading.
    private async Task<bool> HandleFrameAsync(GatewayConnection connection, byte[] frame)
    {
        if (frame.Length > 4096 || Parse(frame) is not { } json)
        {
            return await RejectAsync(connection, 4002, "Error while decoding payload.");
        }

        if (connection.OverSendLimit())
        {
            return await RejectAsync(connection, 4008, "Rate limited.");
        }

        var op = json["op"]?.GetValueKind() == System.Text.Json.JsonValueKind.Number ? json["op"]!.GetValue<int>() : -1;
        switch (op)
        {
            case 1:
                Events.Add(new GatewayEvent(GatewayEventKind.Heartbeat, connection.Number, connection.Session?.Id, Detail: json["d"]?.ToJsonString() ?? "null"));
                if (AcksEnabled)
                {
                    await connection.SendAsync(Json(11, null));
                }

                return false;
            case 2:
                return await IdentifyAsync(connection, json["d"] as JsonObject);
            case 6:
                return await ResumeAsync(connection, json["d"] as JsonObject);
            case 3 or 4 or 8 or 31 or 43 when connection.Session is null:
                return await RejectAsync(connection, 4003, "Not authenticated.");
            case 3 or 4 or 8 or 31 or 43:
                return false;
            default:
                return await RejectAsync(connection, 4001, "Unknown opcode.");
        }
    }

    private async Task<bool> RejectAsync(GatewayConnection connection, int code, string reason)
    {
        Events.Add(new GatewayEvent(GatewayEventKind.Rejected, connection.Number, connection.Session?.Id, code, reason));
        await connection.CloseAsync(code, reason);
        return false;
    }

    private async Task<bool> IdentifyAsync(GatewayConnection connection, JsonObject? data)
    {
        if (connection.Session is not null)
        {
            return await RejectAsync(connection, 4005, "Already authenticated.");
        }

        if (data?["token"]?.GetValue<string>() != options.Token)
        {
            return await RejectAsync(connection, 4004, "Authentication failed.");
        }

        if (options.IdentifyCloseCode is { } scripted)
        {
            return await RejectAsync(connection, scripted, "Scripted identify failure.");
        }

        var intents = data["intents"]?.GetValue<long>() ?? -1;
        if (intents < 0 || (intents & options.RefusedIntents) != 0)
        {
            return await RejectAsync(connection, 4013, "Invalid intent(s).");
        }

        if (Shards.FromIdentify(data["shard"]) is not { } identified)
        {
            return await RejectAsync(connection, 4010, "Invalid shard.");
        }

        var (shard, count) = identified;
        if (count < options.RequiredShards)
        {
            return await RejectAsync(connection, 4011, "Sharding required.");
        }

        var session = new GatewaySession(Guid.NewGuid().ToString("N"), shard, count, options.ReplayLimit);
        List<JsonNode> carried;
        lock (gate)
        {
            // Interactions that never reached the bot go to its next session of their shard instead of vanishing.
            var mine = waiting.Where(w => Shards.OfInteraction(w, count) == shard).ToList();
            waiting.RemoveAll(mine.Contains);
            carried = [.. mine, .. current.GetValueOrDefault(shard)?.UndeliveredInteractions() ?? []];
            sessions[session.Id] = session;
            current[shard] = session;
            shardCount = count;
        }

        connection.Session = session;
        session.Live = connection;
        Events.Add(new GatewayEvent(GatewayEventKind.Identified, connection.Number, session.Id, Detail: data.ToJsonString(), Shard: shard));
        await SendAsync(session, "READY", Ready(session));
        if (OwnsGuild(session))
        {
            await SendAsync(session, "GUILD_CREATE", new JsonObject { ["id"] = options.GuildId, ["name"] = "Fake guild", ["unavailable"] = false });
        }

        foreach (var interaction in carried)
        {
            await SendAsync(session, "INTERACTION_CREATE", interaction);
        }

        return false;
    }

    private async Task<bool> ResumeAsync(GatewayConnection connection, JsonObject? data)
    {
        if (data?["token"]?.GetValue<string>() != options.Token)
        {
            return await RejectAsync(connection, 4004, "Authentication failed.");
        }

        GatewaySession? session;
        lock (gate)
        {
            session = sessions.GetValueOrDefault(data["session_id"]?.GetValue<string>() ?? "");
        }

        if (session is null)
        {
            await connection.SendAsync(Json(9, false));
            return false;
        }

        var seq = data["seq"]?.GetValue<int?>() ?? 0;
        if (seq > session.Seq)
        {
            return await RejectAsync(connection, 4007, "Invalid seq.");
        }

        if (!session.CanReplayAfter(seq))
        {
            // What it missed is no longer kept: it must identify again (its undelivered interactions follow it).
            await connection.SendAsync(Json(9, false));
            return false;
        }

        connection.Session = session;
        await session.Sending.WaitAsync();
        try
        {
            session.Live = connection;
            foreach (var (missed, frame) in session.After(seq))
            {
                if (await connection.SendAsync(frame))
                {
                    session.Delivered = Math.Max(session.Delivered, missed);
                }
            }

            var (resumed, resumedFrame) = session.AddUtf8("RESUMED", (byte[]?)null);
            if (await connection.SendAsync(resumedFrame))
            {
                session.Delivered = resumed;
            }
        }
        finally
        {
            session.Sending.Release();
        }

        Events.Add(new GatewayEvent(GatewayEventKind.Resumed, connection.Number, session.Id, Detail: seq.ToString(System.Globalization.CultureInfo.InvariantCulture), Shard: session.Shard));
        return false;
    }

    private bool OwnsGuild(GatewaySession session) => Shards.Of(options.GuildId, session.ShardCount) == session.Shard;

    private JsonObject Ready(GatewaySession session) => new()
    {
        ["v"] = 10,
        ["user"] = new JsonObject { ["id"] = options.ApplicationId, ["username"] = "StudyBot", ["discriminator"] = "0", ["bot"] = true },
        ["guilds"] = OwnsGuild(session) ? new JsonArray(new JsonObject { ["id"] = options.GuildId, ["unavailable"] = true }) : [],
        ["session_id"] = session.Id,
        ["resume_gateway_url"] = ResumeUrl(),
        ["shard"] = new JsonArray(session.Shard, session.ShardCount),
        ["application"] = new JsonObject { ["id"] = options.ApplicationId, ["flags"] = 0 },
    };
}
