namespace PlanData.Api.Tests.HostileInput;

/// <summary>The hostile runs each drive a server process of their own flat out: one at a time, not side by side on two cores.</summary>
[CollectionDefinition(Name)]
public sealed class HostileInputCollection
{
    public const string Name = "hostile input";
}
