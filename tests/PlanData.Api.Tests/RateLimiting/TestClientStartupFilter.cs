using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PlanData.Api.Tests.RateLimiting;

/// <summary>Lets a test say where a request comes from: the test server has no socket to take an address from.</summary>
public sealed class TestClientStartupFilter : IStartupFilter
{
    public const string RemoteIpHeader = "X-Test-Remote-Ip";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, rest) =>
        {
            if (context.Request.Headers.TryGetValue(RemoteIpHeader, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }

            return rest(context);
        });
        next(app);
    };
}
