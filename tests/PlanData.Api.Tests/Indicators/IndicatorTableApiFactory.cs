using PlanData.Api.Tests.Infrastructure;
using PlanData.Import.Database;

namespace PlanData.Api.Tests.Indicators;

/// <summary>
/// The API over a database the importer built from the Government's resolution 03/NQ-CP (the import tests' corpus copy),
/// whose Phụ lục I is a table of indicators.
/// </summary>
public sealed class IndicatorTableApiFactory() : ImportedApiFactory("indicator-table", [Document], new ImportOptions())
{
    public static string Document { get; } = Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Import.Tests", "Corpus", "documents", "chinhphu-03-NQ-CP-2025.txt");
}
