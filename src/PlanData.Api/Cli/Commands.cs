namespace PlanData.Api.Cli;

/// <summary>The executable's commands besides serving: <c>schema export</c> and <c>import</c>.</summary>
public static class Commands
{
    public static bool IsCommand(string[] args) => args is ["schema", ..] or ["import", ..];

    /// <returns>The exit code when the arguments were a command, null to start the server.</returns>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args) => args switch
    {
        ["schema", "export", .. var rest] => await SchemaCommand.ExportAsync(app.Services, rest),
        ["import", .. var rest] => await ImportCommand.RunAsync(app.Services, rest, Console.Out, Console.Error),
        ["schema", ..] => Usage("usage: schema export [FILE]"),
        _ => null,
    };

    private static int Usage(string usage)
    {
        Console.Error.WriteLine(usage);
        return 2;
    }
}
