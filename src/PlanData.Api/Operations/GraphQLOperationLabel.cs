using System.Text.RegularExpressions;
using GraphQLParser.AST;
using PlanData.Api.Http;

namespace PlanData.Api.Operations;

/// <summary>
/// Which operation a request ran, as telemetry names it (OpenTelemetry's GraphQL conventions):
/// its type and name, never its document or variables.
/// </summary>
public sealed partial record GraphQLOperationLabel(string? Type, string? Name)
{
    public const string TypeAttribute = "graphql.operation.type";
    public const string NameAttribute = "graphql.operation.name";
    public const string OutcomeAttribute = "plandata.graphql.outcome";

    /// <summary>"query PlanOverview", "query" for an anonymous one, "GraphQL Operation" while the type is unknown.</summary>
    public string SpanName => (Type, Name) switch
    {
        ({ } type, { } name) => $"{type} {name}",
        ({ } type, null) => type,
        _ => "GraphQL Operation",
    };

    /// <summary>
    /// From the executed document when there is one; else the name the request gave, if it is a
    /// GraphQL name at all (it is the client's text, and a refused request's is not checked).
    /// </summary>
    public static GraphQLOperationLabel Of(GraphQLRequestFeature? request, GraphQLResultFeature? result) =>
        result?.OperationType is { } type
            ? new(TypeName(type), result.OperationName)
            : new(null, request?.OperationName is { } name && GraphQLName().IsMatch(name) ? name : null);

    private static string TypeName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]{0,99}$")]
    private static partial Regex GraphQLName();
}
