using static PlanData.Api.Tests.HostileInput.HostileRequests;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>What a dashboard asks for: the warm-up before the baseline, and the traffic after the run.</summary>
public static class NormalTraffic
{
    private static readonly Func<HttpRequestMessage>[] _requests =
    [
        () => Graphql("{ plans { totalCount nodes { title items(first: 20) { nodes { code title status } } } } }"),
        () => Graphql("query($t: String) { planItems(first: 50, where: {title: {icontains: $t}}) { totalCount nodes { title leadAgency { name } } } }", Variables(("t", "so"))),
        () => Graphql("query($t: String!) { search(text: $t, first: 20) { totalCount edges { score highlight } } }", Variables(("t", "chuyen doi so"))),
        () => Graphql("{ agencies(first: 50, order: [{name: ASC}]) { totalCount nodes { code name } } }"),
        () => Graphql("{ documents(first: 20) { nodes { number } } indicators(first: 20) { nodes { name } } }"),
        () => Graphql("{ planItemStatistics { total byStatus { status count } byLeadAgency { count } } }"),
        () => Get(Json, ("query", "{ agency(code: \"quang-ngai/so-tttt\") { name } }")),
        () => Graphql("{ __typename }", accept: Json),
    ];

    /// <summary>Sends each request once; a normal request must succeed.</summary>
    public static async Task SendAsync(HttpClient http)
    {
        foreach (var request in _requests)
        {
            using var response = await http.SendAsync(request());
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"A normal request failed: {(int)response.StatusCode} {body}");
            }
        }
    }
}
