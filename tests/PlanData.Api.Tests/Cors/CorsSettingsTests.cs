using Microsoft.Extensions.Options;
using PlanData.Api.Cors;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Cors;

public sealed class MisconfiguredCorsApi() : ConfiguredApiFactory(new Dictionary<string, string> { ["Cors:AllowedOrigins:0"] = "https://plans.example.org/" });

/// <summary>An entry browsers would never send as Origin stops the start instead of silently allowing nothing.</summary>
public sealed class CorsSettingsTests(MisconfiguredCorsApi api) : IClassFixture<MisconfiguredCorsApi>
{
    [Fact]
    public void An_origin_with_a_trailing_slash_stops_the_start_with_a_message_saying_how_to_write_it()
    {
        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error.GetBaseException());
        Assert.Contains("Cors:AllowedOrigins", validation.Message);
        Assert.Contains("no path or trailing slash", validation.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(true, "*")]
    [InlineData(true, "https://plans.example.org")]
    [InlineData(true, "http://localhost:3000", "https://PLANS.example.org")]
    [InlineData(false, "https://plans.example.org/")]
    [InlineData(false, "https://plans.example.org/app")]
    [InlineData(false, "plans.example.org")]
    [InlineData(false, "ftp://plans.example.org")]
    [InlineData(false, "*", "https://plans.example.org")]
    public void Entries_are_origins_or_a_lone_star(bool valid, params string[] origins)
    {
        Assert.Equal(valid, new CorsSettings { AllowedOrigins = origins }.IsValid());
    }
}
