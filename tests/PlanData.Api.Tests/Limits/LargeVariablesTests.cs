using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Limits;

/// <summary>A 32 MB body limit, so that huge variables reach the variables limit instead of the 413.</summary>
public sealed class LargeBodyApi() : ConfiguredApiFactory(new Dictionary<string, string> { ["GraphQL:MaxRequestBodyBytes"] = "33554432" });

/// <summary>Variables far over GraphQL:Limits:MaxVariablesBytes are refused with HC0010 before they are read into values.</summary>
public sealed class LargeVariablesTests(LargeBodyApi api) : IClassFixture<LargeBodyApi>
{
    [Fact]
    public async Task A_ten_megabyte_string_is_refused()
    {
        var body = "{\"query\":\"query($t: String!) { search(text: $t) { totalCount } }\",\"variables\":{\"t\":\"" + new string('x', 10 * 1024 * 1024) + "\"}}";

        var response = await api.CreateClient().SendRawAsync(Post(body));

        Assert.Equal(400, response.Status);
        Assert.Equal("HC0010", response.ErrorCode);
        Assert.Equal(65_536, response.SingleError.Extension("maxVariablesBytes"));
    }

    [Fact]
    public async Task A_list_of_a_million_elements_is_refused()
    {
        var ids = string.Join(',', Enumerable.Repeat("\"x\"", 1_000_000));
        var body = "{\"query\":\"query($ids: [ID!]!) { nodes(ids: $ids) { id } }\",\"variables\":{\"ids\":[" + ids + "]}}";

        var response = await api.CreateClient().SendRawAsync(Post(body));

        Assert.Equal(400, response.Status);
        Assert.Equal("HC0010", response.ErrorCode);
    }
}
