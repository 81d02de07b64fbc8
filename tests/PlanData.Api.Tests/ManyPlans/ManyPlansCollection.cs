namespace PlanData.Api.Tests.ManyPlans;

/// <summary>Tests that only read the many-plans database share one running API.</summary>
[CollectionDefinition(Name)]
public sealed class ManyPlansCollection : ICollectionFixture<ManyPlansApiFactory>
{
    public const string Name = "many-plans";
}
