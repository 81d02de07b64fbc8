using System.Security.Claims;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PlanData.Querying.Compiling;

/// <summary>What a compiled operation runs against: the validated document, the coerced variables and the request's services.</summary>
public sealed record CompiledRequest(
    ISchema Schema,
    GraphQLDocument Document,
    Variables Variables,
    IServiceProvider Services,
    ClaimsPrincipal? User,
    IDictionary<string, object?> UserContext,
    CancellationToken CancellationToken);
