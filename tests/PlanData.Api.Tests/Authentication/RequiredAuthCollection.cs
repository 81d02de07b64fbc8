namespace PlanData.Api.Tests.Authentication;

/// <summary>The tests of Auth:Mode=Required share one API: starting one costs seconds.</summary>
[CollectionDefinition(Name)]
public sealed class RequiredAuthCollection : ICollectionFixture<RequiredAuthApi>
{
    public const string Name = "auth-required";
}
