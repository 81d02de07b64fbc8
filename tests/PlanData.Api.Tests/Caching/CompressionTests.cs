using System.IO.Compression;
using System.Text;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.TrustedOperations;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Caching;

/// <summary>Brotli and gzip for GraphQL responses and trusted documents, each coding with its own entity tag.</summary>
[Collection(ApiCollection.Name)]
public sealed class CompressionTests(PlanDataApiFactory api)
{
    private const string Export = "{ planItems(first: 100, asOf: \"2022-06-01\") { nodes { title content sourceText } } }";

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    public async Task Responses_are_compressed_with_the_coding_the_client_prefers(string acceptEncoding, string coding)
    {
        var plain = await api.CreateClient().SendRawAsync(Get(null, ("query", Export)));
        var request = Get(null, ("query", Export));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        var compressed = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(200, compressed.Status);
        Assert.Equal([coding], compressed.ContentHeaders.ContentEncoding);
        Assert.True(compressed.Bytes.Length < plain.Bytes.Length / 3, $"{compressed.Bytes.Length} of {plain.Bytes.Length} bytes");
        Assert.Equal(plain.Text, Decompress(compressed.Bytes, coding));
        Assert.Equal(plain.ETag![..^1] + $"-{coding}\"", compressed.ETag);
    }

    [Fact]
    public async Task Without_accept_encoding_nothing_is_compressed()
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("query", Export)));

        Assert.Empty(response.ContentHeaders.ContentEncoding);
        Assert.StartsWith("{\"data\"", response.Text);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_post_and_an_error_are_compressed_too(string coding)
    {
        var request = Post("{\"query\":\"{ noSuchField }\"}");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(400, response.Status);
        Assert.Equal([coding], response.ContentHeaders.ContentEncoding);
        Assert.Contains("noSuchField", Decompress(response.Bytes, coding));
    }

    [Fact]
    public async Task Trusted_documents_are_compressed_and_decompress_to_the_text_their_id_hashes()
    {
        var id = TrustedOperationFiles.IdOf("ExportPlanItems");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql/persisted/{id}");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(["br"], response.ContentHeaders.ContentEncoding);
        Assert.Equal(TrustedOperationFiles.TextOf("ExportPlanItems"), Decompress(response.Bytes, "br"));
        Assert.Equal($"\"{id}-br\"", response.ETag);
    }

    [Fact]
    public async Task The_304_for_a_compressed_response_needs_the_compressed_etag()
    {
        var request = Get(null, ("query", Export));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        var first = await api.CreateClient().SendRawAsync(request);

        var same = Get(null, ("query", Export));
        same.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        same.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        var identity = Get(null, ("query", Export));
        identity.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);

        Assert.Equal(304, (await api.CreateClient().SendRawAsync(same)).Status);
        Assert.Equal(200, (await api.CreateClient().SendRawAsync(identity)).Status);
    }

    private static string Decompress(byte[] bytes, string coding)
    {
        using Stream decompressor = coding == "br"
            ? new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(decompressor, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
