namespace PlanData.Api.Tests.Infrastructure;

/// <summary>What a test chooses about an <see cref="ApiServerProcess"/>; everything else is as an operator runs it (Production).</summary>
public sealed record ApiServerSettings
{
    /// <summary>Configuration as environment variables, e.g. RateLimiting__Enabled=false; they outrank the defaults.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The database file (Database:Path); null for a fresh one in the process's own folder, built from the seed on start.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>What follows `dotnet exec PlanData.Api.dll`: a command (import ...), or options.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];
}
