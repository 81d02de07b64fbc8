namespace PlanData.Api.Tests.HostileInput;

/// <summary>One hostile request, named for the test list: built only when it is sent (some carry 10 MB).</summary>
public sealed record HostileCase(string Name, Func<HttpRequestMessage> Request)
{
    /// <summary>
    /// The request goes past Kestrel's own limits (request line, headers), which refuse it before the
    /// API sees it: 400, 414 or 431 without a body is then an answer too.
    /// </summary>
    public bool ExceedsServerLimits { get; init; }

    /// <summary>Sent after the others: it may keep the server busy (an explosion the limits should stop).</summary>
    public bool Heavy { get; init; }

    /// <summary>The request is valid and harmless to run: it must be answered with data and no errors at all.</summary>
    public bool DataRequired { get; init; }

    public override string ToString() => Name;
}
