namespace PlanData.Api.Tests.External;

/// <summary>
/// The outside checks share one real server and run one after the other: each drives the whole
/// server (the audit's requests, a browser), and on two cores they would only slow each other down.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealServerCollection : ICollectionFixture<RealServer>
{
    public const string Name = "real server";
}
