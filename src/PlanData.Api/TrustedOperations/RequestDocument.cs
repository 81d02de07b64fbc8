using GraphQLParser.AST;

namespace PlanData.Api.TrustedOperations;

/// <summary>The document a request runs.</summary>
/// <param name="Text">Its text.</param>
/// <param name="Document">Parsed already (a trusted operation), or null to parse <paramref name="Text"/>.</param>
/// <param name="TrustedId">The id when the request addressed a trusted operation by id instead of sending its text.</param>
public sealed record RequestDocument(string Text, GraphQLDocument? Document, string? TrustedId);
