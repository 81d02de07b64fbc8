namespace PlanData.Import.Sources;

/// <summary>A source file that cannot be read at all; the message names the file and, when known, the 1-based line.</summary>
public sealed class ImportException(string file, int? line, string message)
    : Exception(line is null ? $"{file}: {message}" : $"{file}:{line}: {message}")
{
    public string File { get; } = file;

    public int? Line { get; } = line;

    /// <summary>The message without the file and line prefix.</summary>
    public string Reason { get; } = message;
}
