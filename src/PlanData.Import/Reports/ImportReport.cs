using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanData.Import.Reports;

/// <summary>What an import read from one document, and everything it could not read.</summary>
public sealed class ImportReport(string file)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string File { get; } = file;

    public string? Number { get; set; }

    public Dictionary<string, int> Counts { get; } = [];

    public int LineCount { get; set; }

    public int MappedLineCount { get; set; }

    public List<ImportMessage> Messages { get; } = [];

    public bool HasErrors => Messages.Any(m => m.Severity == ImportSeverity.Error);

    public void Warn(string code, int? line, string message, string? text = null) =>
        Messages.Add(new ImportMessage(ImportSeverity.Warning, code, line, message, text));

    public void Fail(string code, int? line, string message) =>
        Messages.Add(new ImportMessage(ImportSeverity.Error, code, line, message));

    public string ToJson() => JsonSerializer.Serialize(this, _json);

    /// <summary>The report as a person reads it: counts, then one "file:line: severity: message" line a finding.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(File).Append(Number is null ? "" : $" ({Number})").Append(": ");
        text.AppendJoin(", ", Counts.Select(c => $"{c.Value} {c.Key}"));
        text.Append($"; {MappedLineCount}/{LineCount} lines mapped").AppendLine();
        foreach (var message in Messages)
        {
            text.Append(File).Append(message.Line is { } line ? $":{line}" : "").Append(": ")
                .Append(message.Severity == ImportSeverity.Error ? "error" : "warning").Append(": ").Append(message.Message);
            if (message.Text is not null)
            {
                text.Append(" | ").Append(message.Text);
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
