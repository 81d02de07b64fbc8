namespace PlanData.Api.Http;

/// <summary>
/// What the endpoint learnt about a GraphQL request, for whatever runs around it (request logs, the
/// operation's span): set once the request is read, so a request refused before that has none.
/// </summary>
public sealed record GraphQLRequestFeature(string? OperationName, string? TrustedOperationId);
