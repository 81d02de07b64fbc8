using GraphQLParser.AST;

namespace PlanData.Api.Http;

public static class OperationSelection
{
    /// <returns>
    /// The operation a request runs: the one named <paramref name="operationName"/>, or the only one.
    /// Null when there is no such operation; the executor then reports why.
    /// </returns>
    public static GraphQLOperationDefinition? Find(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name is not null && o.Name.StringValue == operationName);
    }
}
