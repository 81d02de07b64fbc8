using System.Text;
using System.Text.RegularExpressions;

namespace PlanData.Import.Schedules;

/// <summary>
/// The deadline text as it should be shown: the completion note "(đã hoàn thành)" taken out
/// (wherever it stands), converter emphasis and the closing full stop dropped.
/// </summary>
internal static partial class PrintedSchedule
{
    public static (string Text, bool Completed) Clean(string value)
    {
        var text = value.Normalize(NormalizationForm.FormC);
        var completed = Status().IsMatch(text);
        text = Spaces().Replace(Status().Replace(text, " ").Replace("*", "", StringComparison.Ordinal), " ");
        return (text.Trim().TrimEnd('.', ';', ',', '/', ' '), completed);
    }

    [GeneratedRegex(@"\(\s*\**\s*(?:đã|da)?\s*(?:hoàn|hoan)\s+(?:thành|thanh)\s*\.?\s*\**\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Status();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
