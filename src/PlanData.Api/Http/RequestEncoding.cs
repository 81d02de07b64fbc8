using Microsoft.Extensions.Primitives;

namespace PlanData.Api.Http;

public static class RequestEncoding
{
    /// <summary>True for no charset or UTF-8 in any spelling ("utf-8", "UTF8", quoted).</summary>
    public static bool IsUtf8OrAbsent(StringSegment charset)
    {
        var value = charset.HasValue ? charset.Value.Trim().Trim('"') : null;
        return string.IsNullOrEmpty(value)
            || value.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || value.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
