namespace PlanData.Api.Tests.Infrastructure;

/// <summary>Tests that only read share one running API and database.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<PlanDataApiFactory>
{
    public const string Name = "api";
}
