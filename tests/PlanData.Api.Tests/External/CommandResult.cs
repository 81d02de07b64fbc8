namespace PlanData.Api.Tests.External;

/// <summary>What one run of an outside program printed, how it ended, and how to show it in a failure.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, bool TimedOut, TimeSpan Duration, string Output, string Errors)
{
    /// <summary>The last non-empty line on stdout: the checks print their verdict there.</summary>
    public string LastLine => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    /// <summary>Everything the program said, for an assertion message.</summary>
    public string Describe() =>
        $"""
        $ {CommandLine}
        {(TimedOut ? "killed after the time limit" : $"exit code {ExitCode}")} after {Duration.TotalSeconds:0.0} s
        --- stdout ---
        {Output.TrimEnd()}
        --- stderr ---
        {Errors.TrimEnd()}
        """;
}
