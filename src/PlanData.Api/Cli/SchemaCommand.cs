using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace PlanData.Api.Cli;

/// <summary><c>schema export [FILE]</c>: prints the SDL of the running schema (what schema/schema.graphql holds).</summary>
public static class SchemaCommand
{
    public static string Print(IServiceProvider services) =>
        services.GetRequiredService<ISchema>().Print(new PrintOptions { IncludeDescriptions = true, StringComparison = null }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    /// <returns>true when the arguments were a command (and it ran), false to start the server.</returns>
    public static async Task<bool> TryRunAsync(this WebApplication app, string[] args)
    {
        if (args is not ["schema", "export", .. var rest])
        {
            return false;
        }

        var sdl = Print(app.Services);
        if (rest is [var file, ..])
        {
            await File.WriteAllTextAsync(file, sdl);
            Console.Error.WriteLine($"Wrote {Path.GetFullPath(file)}");
        }
        else
        {
            Console.Out.Write(sdl);
        }

        return true;
    }
}
