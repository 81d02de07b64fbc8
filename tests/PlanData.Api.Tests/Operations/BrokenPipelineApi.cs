using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace PlanData.Api.Tests.Operations;

/// <summary>The GraphQL executor itself throws: an exception outside any resolver, which the endpoint does not catch.</summary>
public sealed class BrokenPipelineApi : ObservedApiFactory
{
    public const string Secret = "connection string Data Source=/srv/secret-folder/plan-data.sqlite;Password=hunter2";

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IDocumentExecuter<ISchema>, ThrowingExecuter>();

    private sealed class ThrowingExecuter : IDocumentExecuter<ISchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) => throw new InvalidOperationException(Secret);
    }
}
