namespace PlanData.Import.Tests.Sources.Ocr;

/// <summary>
/// Tests that change the process's own environment (to make a tool missing for a whole import)
/// run alone, after the others: every other test of a scan or a .doc reads the same variables.
/// </summary>
[CollectionDefinition(nameof(ProcessEnvironmentCollection), DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    /// <summary>Runs <paramref name="action"/> with <paramref name="variable"/> set, then puts back what it was.</summary>
    public static async Task<T> WithVariableAsync<T>(string variable, string value, Func<Task<T>> action)
    {
        var previous = Environment.GetEnvironmentVariable(variable);
        Environment.SetEnvironmentVariable(variable, value);
        try
        {
            return await action();
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, previous);
        }
    }
}
