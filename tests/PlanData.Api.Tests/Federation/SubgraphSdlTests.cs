using System.Text.RegularExpressions;
using PlanData.Api.Sdl;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Federation;

/// <summary>What a gateway reads from <c>_service { sdl }</c> when composing the supergraph.</summary>
public sealed class SubgraphSdlTests(FederatedApiFactory api) : IClassFixture<FederatedApiFactory>
{
    [Theory]
    [InlineData("Plan")]
    [InlineData("PlanItem")]
    [InlineData("Agency")]
    [InlineData("LegalDocument")]
    [InlineData("Indicator")]
    [InlineData("Jurisdiction")]
    public async Task Every_node_type_is_an_entity_keyed_by_its_global_id(string typeName)
    {
        var sdl = await SdlAsync();

        Assert.Matches($@"(?m)^type {typeName} implements Node @key\(fields: ""id""\) {{$", sdl);
        Assert.Matches($@"(?m)^union _Entity = .*\b{typeName}\b", sdl);
    }

    [Fact]
    public async Task The_schema_links_federation_v2_and_imports_key()
    {
        var sdl = await SdlAsync();

        var link = Assert.Single(Regex.Matches(sdl, @"@link\(url: ""https://specs\.apollo\.dev/federation/v(?<version>[0-9.]+)"", import: \[(?<imports>[^\]]*)\]\)"));
        Assert.StartsWith("2.", link.Groups["version"].Value);
        Assert.Contains("\"@key\"", link.Groups["imports"].Value);
        Assert.Contains("_entities(representations: [_Any!]!): [_Entity]!", sdl);
    }

    [Fact]
    public void Federation_adds_its_own_definitions_and_changes_nothing_else()
    {
        var printed = SchemaText.Print(api.Services);
        var file = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql"));

        Assert.Equal(Definitions(file), WithoutFederation(Definitions(printed)));
    }

    private async Task<string> SdlAsync()
    {
        var data = await api.CreateGraphQLClient().DataAsync("{ _service { sdl } }");
        return (string)data["_service"]!["sdl"]!;
    }

    /// <summary>The SDL split into its top-level definitions (blocks separated by blank lines).</summary>
    private static List<string> Definitions(string sdl) =>
        [.. Regex.Split(sdl.ReplaceLineEndings("\n").Trim(), @"\n\n(?=\S)")];

    /// <summary>
    /// Drops what federation adds (the schema's @link, the federation directives, scalars and types,
    /// _service and _entities, @key on the Node types), leaving what must equal the unfederated schema.
    /// </summary>
    private static List<string> WithoutFederation(List<string> definitions) =>
        [.. definitions
            .Where(d => !Regex.IsMatch(d, @"^(schema @link|directive @(link|key|shareable|inaccessible|override|external|provides|requires|tag|federation__\w+)\b|scalar (_Any|federation__\w+|link__\w+)$|type _Service |union _Entity |enum link__)"))
            .Select(d => Regex.Replace(d, @"\n  _(service|entities)\b[^\n]*", ""))
            .Select(d => d.Replace(" @key(fields: \"id\")", ""))];
}
