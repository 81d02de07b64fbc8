using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>Reads a list of plans the way a user reads it: "jurisdiction number year" a plan, in the order the API gives.</summary>
public static class PlanLists
{
    public static async Task<List<string>> PlansAsync(this GraphQLClient client, string arguments)
    {
        var data = await client.DataAsync($$"""{ plans(first: 100{{(arguments.Length == 0 ? "" : ", " + arguments)}}) { totalCount nodes { number year jurisdiction { code } } } }""");
        var plans = data["plans"]!;
        var shown = plans["nodes"]!.AsArray().Select(Show).ToList();
        Assert.Equal(shown.Count, (int?)plans["totalCount"]);
        return shown;
    }

    public static string Show(JsonNode? plan) => $"{plan!["jurisdiction"]!["code"]} {plan["number"]} {((int?)plan["year"])?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}";
}
