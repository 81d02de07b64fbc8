using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanData.Import.Tests.Oracle;

/// <summary>Compares two JSON trees and names the first place where they differ, as a path.</summary>
public static class JsonDifference
{
    public static string? First(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var (name, value) in e)
                {
                    if (!a.ContainsKey(name))
                    {
                        return $"{path}.{name}: missing (expected {Show(value)})";
                    }

                    if (First(value, a[name], $"{path}.{name}") is { } difference)
                    {
                        return difference;
                    }
                }

                return a.Select(p => p.Key).FirstOrDefault(name => !e.ContainsKey(name)) is { } extra ? $"{path}.{extra}: not expected (got {Show(a[extra])})" : null;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    if (First(e[i], a[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return e.Count == a.Count ? null : $"{path}: expected {e.Count} entries, got {a.Count}";
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    private static readonly JsonSerializerOptions _readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Show(JsonNode? node) => node?.ToJsonString(_readable) ?? "null";
}
