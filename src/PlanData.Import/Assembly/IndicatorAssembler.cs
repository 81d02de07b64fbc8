using System.Text.RegularExpressions;
using PlanData.Import.Targets;
using PlanData.Seeding;

namespace PlanData.Import.Assembly;

/// <summary>Every measurable target in a sentence becomes an indicator with a code unique in its plan.</summary>
public static partial class IndicatorAssembler
{
    public static void Read(ImportContext context, string sentence, int? item, int? task)
    {
        foreach (var target in TargetReader.ReadAll(sentence))
        {
            var code = context.UniqueIndicatorCode(target.Code);
            var year = Year().Matches(sentence).LastOrDefault() is { } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : context.Year;
            context.Indicators.Add(new IndicatorEntry(code, target.Name, target.Population, target.Comparator, target.Value, target.Unit, year, item, task, target.SourceText, target.OutOf));
        }
    }

    [GeneratedRegex(@"năm\s+((?:19|20)\d\d)\b")]
    private static partial Regex Year();
}
