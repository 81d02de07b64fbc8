using System.Text;

namespace PlanData.Api.Tests.Federation;

/// <summary>Global IDs computed the way the seed README defines them: base64("TypeName:" + natural key).</summary>
public static class GlobalIds
{
    public const string Plan = "quang-ngai:2022:4/KH-BCĐ";

    public static string Of(string typeName, string naturalKey) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{naturalKey}"));
}
