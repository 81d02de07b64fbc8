using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Limits;

public static class IntrospectionQueries
{
    /// <summary>The introspection query graphql-js clients send (getIntrospectionQuery of graphql 16.15): ofType nine deep.</summary>
    public static string GraphqlJs { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Api.Tests", "Limits", "graphql-js-introspection.graphql"));

    /// <summary><c>__type(name: "Plan")</c> with <c>fields { type { ... } }</c> <paramref name="times"/> times.</summary>
    public static string FieldsOfFields(int times) =>
        "{ __type(name: \"Plan\") { " + Documents.Repeat("fields { name type { ", times) + "name" + Documents.Repeat(" } }", times) + " } }";

    /// <summary><c>__type(name: "Plan")</c> with a chain of <paramref name="times"/> <c>ofType</c>.</summary>
    public static string OfTypes(int times) =>
        "{ __type(name: \"Plan\") { fields { type { " + Documents.Repeat("ofType { ", times) + "name" + Documents.Repeat(" }", times) + " } } } }";
}
