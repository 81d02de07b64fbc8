using PlanData.Api.Sdl;

namespace PlanData.Api.Cli;

/// <summary><c>schema export [FILE]</c>: prints the SDL of the running schema (what schema/schema.graphql holds).</summary>
public static class SchemaCommand
{
    public static async Task<int> ExportAsync(IServiceProvider services, IReadOnlyList<string> arguments)
    {
        var sdl = SchemaText.Print(services);
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
