using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace PlanData.Api.Sdl;

/// <summary>The running schema's SDL, with descriptions, in declaration order and "\n" line ends: what schema/schema.graphql holds.</summary>
public static class SchemaText
{
    public static string Print(IServiceProvider services) =>
        services.GetRequiredService<ISchema>().Print(new PrintOptions { IncludeDescriptions = true, StringComparison = null }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
