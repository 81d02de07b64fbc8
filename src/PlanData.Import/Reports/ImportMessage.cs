namespace PlanData.Import.Reports;

/// <summary>One finding of an import, with the source line it is about.</summary>
public sealed record ImportMessage(ImportSeverity Severity, string Code, int? Line, string Message, string? Text = null);

public enum ImportSeverity
{
    Warning,
    Error,
}
