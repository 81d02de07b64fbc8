using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace PlanData.Api.Cli;

/// <summary><c>schema export [FILE]</c>: prints the SDL of the running schema (what schema/schema.graphql holds).</summary>
public static class SchemaCommand
{
    public static string Print(IServiceProvider services) =>
        services.GetRequiredService<ISchema>().Print(new PrintOptions { IncludeDescriptions = true, StringComparison = null }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    public static async Task<int> ExportAsync(IServiceProvider services, IReadOnlyList<string> arguments)
    {
        var sdl = Print(services);
        if (arguments is [var file, ..])
        {
            await File.WriteAllTextAsync(file, sdl);
            Console.Error.WriteLine($"Wrote {Path.GetFullPath(file)}");
        }
        else
        {
            Console.Out.Write(sdl);
        }

        return 0;
    }
}
