using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.External;

/// <summary>
/// The collection's one API process with default settings and a database built from the seed: outside
/// checks (node, bash, Chromium) talk to it over real TCP, which the in-process test server cannot offer.
/// </summary>
public sealed class RealServer : IAsyncLifetime
{
    private ApiServerProcess? _api;

    public ApiServerProcess Api => _api ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _api = await ApiServerProcess.StartAsync(new ApiServerSettings());

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }
}
