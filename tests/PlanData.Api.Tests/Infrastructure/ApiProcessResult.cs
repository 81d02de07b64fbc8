namespace PlanData.Api.Tests.Infrastructure;

/// <summary>How an API process that ran to its end ended: its exit code, and what it printed on each stream.</summary>
public sealed record ApiProcessResult(int ExitCode, string Output, string Errors)
{
    public IReadOnlyList<string> OutputLines => LinesOf(Output);

    public IReadOnlyList<string> ErrorLines => LinesOf(Errors);

    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Errors}";

    private static List<string> LinesOf(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0)];
}
