using GraphQLParser.AST;

namespace PlanData.Api.TrustedOperations;

/// <summary>A named operation shipped with the API, addressed by the SHA-256 of its text.</summary>
public sealed record TrustedOperation(string Id, string Name, string Text, GraphQLDocument Document);
