using GraphQLParser.AST;

namespace PlanData.Api.Http;

/// <summary>
/// What the response to a GraphQL request said, set when it is written: whether the operation ran,
/// its errors, and which operation it was (from the document, so also for a request that names none).
/// </summary>
public sealed record GraphQLResultFeature(bool Executed, int ErrorCount, int UnexpectedErrorCount, OperationType? OperationType, string? OperationName);
