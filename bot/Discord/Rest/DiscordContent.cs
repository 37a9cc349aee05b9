using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StudyBot.Commands;

namespace StudyBot.Discord.Rest;

// A message body as Discord takes it, on REST calls and in the HTTP interactions endpoint's responses alike.
internal static class DiscordContent
{
    public static StringContent Json<T>(T value, JsonTypeInfo<T> type) =>
        new(JsonSerializer.Serialize(value, type), Encoding.UTF8, "application/json");

    // Files go as multipart: the JSON in payload_json and each file as files[n], n matching attachments[].id.
    public static HttpContent Create<T>(T value, JsonTypeInfo<T> type, IReadOnlyList<FileAttachment> files)
    {
        if (files.Count == 0)
        {
            return Json(value, type);
        }

        var form = new MultipartFormDataContent();
        form.Add(Json(value, type), "payload_json");
        for (var i = 0; i < files.Count; i++)
        {
            var part = new ByteArrayContent(files[i].Content.ToArray());
            part.Headers.ContentType = new MediaTypeHeaderValue(files[i].ContentType);
            form.Add(part, $"files[{i}]", files[i].FileName);
        }

        return form;
    }
}
