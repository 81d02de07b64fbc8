using Microsoft.EntityFrameworkCore;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Import.Database;
using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Api.Tests.Storage;

/// <summary>
/// New versions of a database the way an operator makes them: the import command into the live
/// path. The two plans beside the importer's tests, and a corrected copy of one of them, give
/// versions that differ in plans and in plan items alike.
/// </summary>
public static class OperatorImport
{
    public static string Plan15 { get; } = Fixture("quang-ngai-15-KH-UBND-2023.txt");

    public static string Plan27 { get; } = Fixture("quang-ngai-27-KH-SKHCN-2025.txt");

    /// <summary>
    /// `dotnet PlanData.Api.dll import FILE --db PATH [--replace]`, in its own process; on PostgreSQL
    /// with Database__Provider=PostgreSQL and the connection string as --db.
    /// </summary>
    public static async Task RunAsync(string database, string document, bool replace = false)
    {
        var target = Target(database);
        string[] arguments = replace ? ["import", document, "--db", target.Location, "--replace"] : ["import", document, "--db", target.Location];
        var environment = TestDatabase.IsPostgres ? new Dictionary<string, string> { ["Database__Provider"] = "PostgreSQL" } : [];
        var result = await ApiServerProcess.RunToExitAsync(new ApiServerSettings { Arguments = arguments, Environment = environment }, TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    /// <summary>The same import in this process (PlanDatabaseImporter, as the command runs it), where a process would only be slower.</summary>
    public static async Task InProcessAsync(string database, string document, bool replace = false)
    {
        var registry = AgencyRegistryFile.Load(RepositoryPaths.Seed);
        var outcome = await PlanDatabaseImporter.ImportAsync(Target(database), [document], registry, new ImportOptions(Replace: replace));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
    }

    /// <summary>15/KH-UBND with another title and without its last item: imported with --replace, a version with one item less.</summary>
    public static string WriteCorrected15(string folder)
    {
        var text = File.ReadAllText(Plan15);
        var retitled = text.Replace("Cải cách hành chính nhà nước tỉnh Quảng Ngãi năm 2023\n", "Cải cách hành chính nhà nước tỉnh Quảng Ngãi năm 2023 (điều chỉnh)\n", StringComparison.Ordinal);
        var lastItem = retitled.IndexOf("5. Tuyên truyền", StringComparison.Ordinal);
        var sectionIII = retitled.IndexOf("III. TỔ CHỨC THỰC HIỆN", StringComparison.Ordinal);
        Assert.True(retitled != text && lastItem > 0 && sectionIII > lastItem, "the fixture changed: adjust the corrected copy");
        var path = Path.Combine(folder, $"quang-ngai-15-KH-UBND-2023-corrected-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, retitled[..lastItem] + retitled[sectionIII..]);
        return path;
    }

    /// <summary>
    /// What a response made from the database at <paramref name="path"/> holds, read from the file
    /// (or PostgreSQL database) itself: its plans (number and title) and how many plan items there are.
    /// </summary>
    public static async Task<string> SignatureOfFileAsync(string path)
    {
        await using var db = Target(path).OpenContext();
        var plans = await db.Plans.Select(p => p.Number + " " + p.Title).ToListAsync();
        return Signature(plans, await db.PlanItems.CountAsync());
    }

    public static string Signature(IEnumerable<string> plans, int items) =>
        $"{items} items; {string.Join(" | ", plans.Order(StringComparer.Ordinal))}";

    /// <summary>The database standing for a test's path: the file, or its PostgreSQL database.</summary>
    private static DatabaseTarget Target(string path) =>
        TestDatabase.IsPostgres ? DatabaseTarget.Postgres(TestDatabase.ConnectionString(path)) : DatabaseTarget.SqliteFile(path);

    private static string Fixture(string name) =>
        Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Import.Tests", "Fixtures", "documents", name);
}
