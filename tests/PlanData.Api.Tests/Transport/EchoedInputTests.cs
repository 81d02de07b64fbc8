using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Transport;

/// <summary>An error that quotes the client's input quotes a bounded part of it, and says how much it left out.</summary>
[Collection(ApiCollection.Name)]
public sealed class EchoedInputTests(PlanDataApiFactory api)
{
    private static readonly string _longName = "a" + new string('x', 200_000);

    public static TheoryData<string, string> LongQuotes => new()
    {
        { "an unknown operation name", new JsonObject { ["query"] = "query A { __typename }", ["operationName"] = _longName }.ToJsonString() },
        { "an unknown field", new JsonObject { ["query"] = "{ " + _longName + " }" }.ToJsonString() },
        { "an integer literal out of range", new JsonObject { ["query"] = "{ plans(first: " + new string('9', 200_000) + ") { totalCount } }" }.ToJsonString() },
        { "a string literal with spaces where an integer goes", new JsonObject { ["query"] = "{ plans(first: \"" + string.Concat(Enumerable.Repeat("chuyển đổi số ", 20_000)) + "\") { totalCount } }" }.ToJsonString() },
    };

    [Theory]
    [MemberData(nameof(LongQuotes))]
    public async Task A_long_quote_of_the_request_is_cut_in_the_error_message(string what, string body)
    {
        var response = await api.CreateClient().SendRawAsync(Post(body));

        var message = (string)response.Json["errors"]![0]!["message"]!;
        Assert.True(response.Bytes.Length < 5_000, $"{what}: the answer is {response.Bytes.Length:N0} bytes");
        Assert.True(message.Length <= 2_100, $"{what}: the message is {message.Length:N0} characters");
        Assert.Matches(@"… \((\S+ more characters|message shortened from \S+ characters)\)", message);
    }

    [Fact]
    public async Task A_short_quote_is_kept_whole()
    {
        var response = await api.CreateClient().SendRawAsync(Post("""{"query":"query A { __typename }","operationName":"Khác"}"""));

        Assert.Equal("Document does not contain an operation named 'Khác'.", (string?)response.SingleError["message"]);
    }
}
