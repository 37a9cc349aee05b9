using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeDiscord;

// Discord's CDN for attachments: files a test hosts are served at /attachments/{id}/{filename},
// the address an interaction's resolved attachment carries.
internal sealed class CdnApi
{
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public void Host(string id, string fileName, byte[] content) => files[$"{id}/{fileName}"] = content;

    public void Map(IEndpointRouteBuilder app) =>
        app.MapMethods("/attachments/{id}/{fileName}", ["GET"], async context =>
        {
            var key = $"{context.Request.RouteValues["id"]}/{context.Request.RouteValues["fileName"]}";
            if (!files.TryGetValue(key, out var content))
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(content);
        });
}
