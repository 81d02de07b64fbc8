using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static PlanData.Api.Tests.Federation.GlobalIds;

namespace PlanData.Api.Tests.Federation;

/// <summary>
/// A real Apollo gateway (npm @apollo/gateway, IntrospectAndCompose) composes the API with a second
/// subgraph, DTI scores by agency (gateway/dti-subgraph.mjs, data in gateway/dti-scores.json), and
/// answers queries that need both: it fetches from one subgraph, then the other through _entities.
/// </summary>
public sealed class GatewayCompositionTests(GatewayRun gateway) : IClassFixture<GatewayRun>
{
    private const string SoTttt = "quang-ngai/so-tttt";

    [Fact]
    public async Task The_dti_ranking_carries_the_agency_names_and_successors_the_api_holds()
    {
        var ranking = Data("ranking")["dtiRanking"]!.AsArray();

        var expected = Scores().Where(s => s.Year == 2024).OrderBy(s => s.Rank).ToList();
        Assert.Equal(expected.Select(s => (s.Rank, s.Score, Of("Agency", s.Agency))), ranking.Select(r => ((int)r!["rank"]!, (double)r["score"]!, (string)r["agency"]!["id"]!)));
        foreach (var (score, entry) in expected.Zip(ranking))
        {
            var agency = await AgencyFromTheApiAsync(score.Agency);
            Assert.Equal((string?)agency["name"], (string?)entry!["agency"]!["name"]);
            Assert.Equal((string?)agency["currentSuccessor"]!["name"], (string?)entry["agency"]!["currentSuccessor"]!["name"]);
        }

        Assert.Equal("Sở Thông tin và Truyền thông", (string?)ranking[0]!["agency"]!["name"]);
    }

    [Fact]
    public void The_agency_from_the_api_carries_its_scores_from_the_dti_subgraph()
    {
        var agency = Data("agency")["agency"]!;

        Assert.Equal(Of("Agency", SoTttt), (string?)agency["id"]);
        Assert.Equal("Sở Thông tin và Truyền thông", (string?)agency["name"]);
        var expected = Scores().Where(s => s.Agency == SoTttt).OrderBy(s => s.Year).Select(s => (s.Year, s.Score, s.Rank)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, agency["dtiScores"]!.AsArray().Select(s => ((int)s!["year"]!, (double)s["score"]!, (int)s["rank"]!)));
    }

    /// <summary>The gateway's data for one query of compose-check.mjs, failing on any error.</summary>
    private JsonObject Data(string query)
    {
        Assert.True(gateway.Answers is not null, $"the composition did not run:\n{gateway.Describe()}");
        var answer = gateway.Answers![query]!;
        Assert.True((int?)answer["status"] == 200 && answer["body"]!["errors"] is null, $"the gateway answered {answer.ToJsonString()}\n{gateway.Describe()}");
        return answer["body"]!["data"]!.AsObject();
    }

    /// <summary>The agency as the API itself answers, without the gateway.</summary>
    private async Task<JsonNode> AgencyFromTheApiAsync(string code)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(gateway.Api.GraphQLUrl, new { query = "query($code: String) { agency(code: $code) { name currentSuccessor { name } } }", variables = new { code } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"]!["agency"]!;
    }

    private static List<DtiScore> Scores() =>
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(GatewayRun.Folder, "dti-scores.json")))!["scores"]!.AsArray()
            .Select(s => new DtiScore((string)s!["agency"]!, (int)s["year"]!, (double)s["score"]!, (int)s["rank"]!))];

    private sealed record DtiScore(string Agency, int Year, double Score, int Rank);
}
