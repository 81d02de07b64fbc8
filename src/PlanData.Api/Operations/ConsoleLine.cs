namespace PlanData.Api.Operations;

/// <summary>A formatted log entry (one line, or several for an exception) and the console stream it goes to.</summary>
internal readonly record struct ConsoleLine(string Text, bool ToError);
