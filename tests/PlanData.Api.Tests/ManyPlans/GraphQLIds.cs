using System.Text;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>Global IDs as a client would compute them from a natural key: base64("Type:key").</summary>
public static class GraphQLIds
{
    public static string Encode(string typeName, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));
}
