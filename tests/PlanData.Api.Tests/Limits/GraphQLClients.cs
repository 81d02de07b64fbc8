using Microsoft.AspNetCore.Mvc.Testing;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Limits;

public static class GraphQLClients
{
    /// <summary>A GraphQL client of any in-process API, configured ones included.</summary>
    public static GraphQLClient CreateGraphQLClient(this WebApplicationFactory<Program> api) => new(api.CreateClient());
}
