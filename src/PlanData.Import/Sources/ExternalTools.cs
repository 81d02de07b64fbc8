namespace PlanData.Import.Sources;

/// <summary>
/// The programs the importer may run and the environment it finds them in. The environment is a
/// parameter so that a test can make a tool missing without changing the process's own.
/// </summary>
public sealed class ExternalTools(Func<string, string?> environment)
{
    public static ExternalTool Pdftoppm { get; } = new(
        "pdftoppm", "pdftoppm (Poppler's PDF renderer)", ["poppler-utils"], "PLANDATA_PDFTOPPM", ["/usr/bin", "/usr/local/bin"]);

    public static ExternalTool Tesseract { get; } = new(
        "tesseract", "the Tesseract OCR engine with its Vietnamese model", ["tesseract-ocr", "tesseract-ocr-vie"], "PLANDATA_TESSERACT", ["/usr/bin", "/usr/local/bin"]);

    public static ExternalTool LibreOffice { get; } = new(
        "soffice", "LibreOffice", ["libreoffice-writer-nogui"], "PLANDATA_SOFFICE", ["/usr/bin", "/usr/local/bin", "/usr/lib/libreoffice/program", "/opt/libreoffice/program"]);

    /// <summary>The tools as the process's environment finds them.</summary>
    public static ExternalTools FromProcess { get; } = new(System.Environment.GetEnvironmentVariable);

    public Func<string, string?> Environment { get; } = environment;

    public string Locate(ExternalTool tool, string fileName) => tool.Locate(fileName, Environment);

    /// <summary>A new temporary folder under TMPDIR (as this environment sets it) or the system's.</summary>
    public ExternalToolFolder NewFolder() =>
        new(Environment("TMPDIR") is { Length: > 0 } root ? root : Path.GetTempPath());
}
