using PlanData.Import.Agencies;
using PlanData.Import.Assembly;
using PlanData.Import.Normalization;
using PlanData.Import.Reports;
using PlanData.Import.Tests.Oracle;

namespace PlanData.Import.Tests.Assembly;

/// <summary>An import context over a text, against the seed registry in Quảng Ngãi, with the text's logical lines.</summary>
public static class Contexts
{
    public static (ImportContext Context, IReadOnlyList<SourceLine> Lines) For(string text, int year = 2022)
    {
        var lines = TextNormalizer.Normalize(text, out var raw);
        var context = new ImportContext(raw, new AgencyResolver(Repository.Registry, "quang-ngai"), new ImportReport("test.txt"), "quang-ngai", year);
        return (context, lines);
    }
}
