using System.Text.RegularExpressions;

namespace PlanData.Import.Targets;

/// <summary>
/// Cuts a sentence into one clause per target. Between two targets the clause break is the
/// last ",", ";", ":", "(" or " và " before the second one's comparator: "70% hộ gia đình có cáp
/// quang, phủ sóng ... tới 100% thôn/bản". The first clause starts after the last of these
/// before it except " và ", which there joins words of the clause itself ("tiếp nhận và giải
/// quyết"); the last ends at the first ";" or full stop after it.
/// </summary>
internal static partial class TargetClauses
{
    /// <summary>For each target, where its clause starts and ends; <paramref name="heads"/> are where each target's comparator words begin.</summary>
    public static (int Start, int End)[] Split(string text, IReadOnlyList<TargetQuantity> quantities, IReadOnlyList<int> heads)
    {
        var clauses = new (int Start, int End)[quantities.Count];
        clauses[0].Start = LeadBreak().Matches(text[..heads[0]]).LastOrDefault() is { } lead ? lead.Index + lead.Length : 0;
        for (var i = 1; i < quantities.Count; i++)
        {
            var from = quantities[i - 1].End;
            var separator = Separator().Matches(text[from..heads[i]]).LastOrDefault();
            clauses[i - 1].End = from + (separator?.Index ?? 0);
            clauses[i].Start = from + (separator is null ? 0 : separator.Index + separator.Length);
        }

        var last = quantities[^1].End;
        var end = TailBreak().Match(text, last);
        clauses[^1].End = end.Success ? end.Index : text.Length;
        return clauses;
    }

    [GeneratedRegex(@"[,;:(]|\.(?=\s)|\s+và\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"[,;:(]|\.(?=\s)")]
    private static partial Regex LeadBreak();

    [GeneratedRegex(@";|\.(?=\s|$|/)")]
    private static partial Regex TailBreak();
}
