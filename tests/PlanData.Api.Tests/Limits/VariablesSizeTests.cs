using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Limits;

/// <summary>
/// GraphQL:Limits:MaxVariablesBytes, 64 KB by default: the request's variables, as the JSON the client
/// sent, are measured before they are read into values; larger ones are refused with HC0010.
/// GraphQL:MaxRequestBodyBytes (1 MB) still answers a larger body with 413.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class VariablesSizeTests(PlanDataApiFactory api)
{
    private const string Query = "query($code: String!) { agency(code: $code) { name } }";

    [Theory]
    [InlineData(65_535)]
    [InlineData(65_536)]
    public async Task Variables_of_up_to_64_KB_are_read(int bytes)
    {
        var response = await api.CreateClient().SendRawAsync(Post(BodyWithVariablesOf(bytes)));

        Assert.Equal(200, response.Status);
        Assert.False(response.Json.ContainsKey("errors"), response.Text);
        Assert.Null(response.Json["data"]!["agency"]);
    }

    [Fact]
    public async Task One_byte_more_is_refused_with_hc0010()
    {
        var response = await api.CreateClient().SendRawAsync(Post(BodyWithVariablesOf(65_537)));

        Assert.Equal(400, response.Status);
        Assert.False(response.Json.ContainsKey("data"));
        Assert.Equal("HC0010", response.ErrorCode);
        Assert.Equal(
            "The request's `variables` are 65537 bytes of JSON, more than the 65536 allowed by the setting GraphQL:Limits:MaxVariablesBytes.",
            (string?)response.SingleError["message"]);
        Assert.Equal(65_537, response.SingleError.Extension("variablesBytes"));
        Assert.Equal(65_536, response.SingleError.Extension("maxVariablesBytes"));
    }

    [Fact]
    public async Task Variables_in_a_get_are_measured_too()
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("query", Query), ("variables", VariablesOf(65_537))));

        Assert.Equal(400, response.Status);
        Assert.Equal("HC0010", response.ErrorCode);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_still_413()
    {
        var response = await api.CreateClient().SendRawAsync(Post(BodyWithVariablesOf((1024 * 1024) + 1)));

        Assert.Equal(413, response.Status);
        Assert.Equal("HC0010", response.ErrorCode);
    }

    /// <summary>A POST body whose <c>variables</c> member is exactly <paramref name="bytes"/> bytes of JSON.</summary>
    private static string BodyWithVariablesOf(int bytes) => $"{{\"query\":\"{Query.Replace("\"", "\\\"")}\",\"variables\":{VariablesOf(bytes)}}}";

    private static string VariablesOf(int bytes) => "{\"code\":\"" + new string('a', bytes - "{\"code\":\"\"}".Length) + "\"}";
}
