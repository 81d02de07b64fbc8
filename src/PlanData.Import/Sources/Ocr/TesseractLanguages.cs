namespace PlanData.Import.Sources.Ocr;

/// <summary>
/// Tesseract without its language model fails only when asked to read a page; checking first
/// gives the one error that says which package to install.
/// </summary>
public static class TesseractLanguages
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string> Names = new() { ["vie"] = "Vietnamese", ["eng"] = "English" };

    private static readonly (string Language, string Name, string Package)[] Needed =
        [.. ScannedPdfReader.Languages.Split('+').Select(language => (language, Names[language], $"tesseract-ocr-{language}"))];

    public static void Check(string tesseract, string fileName, IReadOnlyDictionary<string, string> environment)
    {
        var run = ExternalToolRun.Start(tesseract, ["--list-langs"], Timeout, fileName, "listing Tesseract's languages", environment);

        // "List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):" then one a line.
        var installed = (run.Output + "\n" + run.Errors).Split('\n', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, name, package) in Needed)
        {
            if (!installed.Contains(language))
            {
                throw (ExternalTools.Tesseract with { Packages = [package] })
                    .NotInstalled(fileName, $" (its {name} model, {language}.traineddata, is missing)");
            }
        }
    }
}
