using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Authentication;

public sealed class RequiredWithoutMethodsApi() : ConfiguredApiFactory(new Dictionary<string, string> { ["Auth:Mode"] = "Required" });

/// <summary>Auth:Mode=Required with no way to authenticate would refuse everyone: the API does not start.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Required_mode_without_a_way_to_authenticate_does_not_start()
    {
        await using var api = new RequiredWithoutMethodsApi();

        var failure = Record.Exception(() => api.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("Auth:Mode is Required but no way to authenticate is configured", failure.ToString());
    }
}
