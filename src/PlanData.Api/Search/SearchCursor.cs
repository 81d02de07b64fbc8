using System.Text.Json;
using PlanData.Search;

namespace PlanData.Api.Search;

/// <summary>
/// Where a search page ends: the last hit's (score, kind, entity key), the order hits are sorted
/// in (score descending, then kind and key ascending, ordinal). Base64 of a JSON array. The next
/// page starts strictly after it, so no offset is involved and no hit repeats.
/// </summary>
public sealed record SearchCursor(double Score, string Kind, string EntityKey)
{
    public string Encode() => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes<object[]>([Score, Kind, EntityKey]));

    /// <summary>The cursor, or null when the text is not one of ours.</summary>
    public static SearchCursor? Decode(string cursor)
    {
        try
        {
            var elements = JsonSerializer.Deserialize<JsonElement[]>(Convert.FromBase64String(cursor));
            if (elements is not [{ ValueKind: JsonValueKind.Number } score, { ValueKind: JsonValueKind.String } kind, { ValueKind: JsonValueKind.String } key])
            {
                return null;
            }

            var decoded = new SearchCursor(score.GetDouble(), kind.GetString()!, key.GetString()!);
            return double.IsFinite(decoded.Score) && SearchKinds.All.Contains(decoded.Kind) ? decoded : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
