using System.Net;
using Moq;
using StudyBot.Commands;

namespace StudyBot.Tests.Commands;

public class AttachmentDownloaderTests
{
    // A stand-in for Discord's CDN: the seam is the HTTP handler, the downloader's code is real.
    private sealed class Cdn(HttpStatusCode status, byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new ByteArrayContent(body) });
    }

    private static AttachmentDownloader Downloader(HttpStatusCode status, byte[] body)
    {
        var factory = new Mock<IHttpClientFactory>();
        factory.Setup(f => f.CreateClient(AttachmentDownloader.HttpClientName)).Returns(() => new HttpClient(new Cdn(status, body)));
        return new AttachmentDownloader(factory.Object);
    }

    private static AttachmentInfo Remote(long declaredSize) =>
        new("1", "essay.txt", declaredSize, "text/plain", new Uri("https://cdn.example.invalid/attachments/1/essay.txt"));

    [Fact]
    public async Task Download_Http_ReturnsTheBytes()
    {
        var result = await Downloader(HttpStatusCode.OK, [1, 2, 3]).DownloadAsync(Remote(3), 10, CancellationToken.None);

        Assert.Equal([1, 2, 3], result.Bytes);
    }

    [Fact]
    public async Task Download_BodyLargerThanDeclared_IsStoppedAtTheLimit()
    {
        var result = await Downloader(HttpStatusCode.OK, new byte[500]).DownloadAsync(Remote(3), 100, CancellationToken.None);

        Assert.Null(result.Bytes);
        Assert.Contains("larger than", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_DeclaredTooLarge_IsRefusedWithoutFetching()
    {
        var factory = new Mock<IHttpClientFactory>(MockBehavior.Strict);

        var result = await new AttachmentDownloader(factory.Object).DownloadAsync(Remote(5000), 100, CancellationToken.None);

        Assert.Contains("larger than", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_NotFound_SaysToAttachAgain()
    {
        var result = await Downloader(HttpStatusCode.NotFound, []).DownloadAsync(Remote(3), 100, CancellationToken.None);

        Assert.Contains("(404)", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_OtherScheme_IsRefused()
    {
        var attachment = new AttachmentInfo("1", "x.txt", 1, null, new Uri("ftp://example.invalid/x.txt"));

        var result = await Downloader(HttpStatusCode.OK, []).DownloadAsync(attachment, 100, CancellationToken.None);

        Assert.Contains("not one StudyBot can read", result.Problem, StringComparison.Ordinal);
    }
}
