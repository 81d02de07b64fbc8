using System.Diagnostics;
using PlanData.Import.Sources;
using PlanData.Import.Sources.Pdf;
using PlanData.Import.Tests.Sources.Pdf;

namespace PlanData.Import.Tests.Sources.Ocr;

/// <summary>
/// The scanned plan read once per test run (OCR takes seconds a page), with its temporary files
/// put in a folder of its own so that a test can see they were removed.
/// </summary>
public sealed class ScannedPlan
{
    private static readonly Lazy<ScannedPlan> Shared = new(() => new ScannedPlan(), LazyThreadSafetyMode.ExecutionAndPublication);

    private ScannedPlan()
    {
        var scan = ConvertedPlan.Files.ScannedPdfBytes;
        using var root = new ExternalToolFolder(Path.GetTempPath());
        var tools = new ExternalTools(name => name == "TMPDIR" ? root.Path : Environment.GetEnvironmentVariable(name));
        var clock = Stopwatch.StartNew();
        Model = PdfReader.Read(scan, "scan.pdf", tools);
        ReadTime = clock.Elapsed;
        LeftBehind = [.. Directory.EnumerateFileSystemEntries(root.Path)];
    }

    public static ScannedPlan Read => Shared.Value;

    public DocumentModel Model { get; }

    /// <summary>What the read left in the TMPDIR it ran with.</summary>
    public IReadOnlyList<string> LeftBehind { get; }

    public TimeSpan ReadTime { get; }
}
