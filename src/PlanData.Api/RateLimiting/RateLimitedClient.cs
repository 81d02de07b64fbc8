using System.Net;
using System.Net.Sockets;
using PlanData.Api.Authentication;

namespace PlanData.Api.RateLimiting;

/// <summary>Whose bucket a request takes its token from.</summary>
public static class RateLimitedClient
{
    private const string AddressPrefix = "ip:";

    /// <summary>
    /// The <see cref="ClientIdentity"/>, except that an IPv6 address counts by its /64 network: one
    /// subscriber can pick any address in it, and would otherwise get a fresh bucket with each.
    /// </summary>
    public static string Of(HttpContext context)
    {
        var identity = ClientIdentity.Of(context);
        if (identity.StartsWith(AddressPrefix, StringComparison.Ordinal)
            && context.Connection.RemoteIpAddress is { AddressFamily: AddressFamily.InterNetworkV6, IsIPv4MappedToIPv6: false } address)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return $"{AddressPrefix}{new IPAddress(bytes)}/64";
        }

        return identity;
    }

    /// <summary>The name a client's own limits are configured under: its API key's client name, token subject or application id; none for an address.</summary>
    public static string? NameOf(string client)
    {
        if (client.StartsWith(AddressPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var separator = client.IndexOf(':');
        return separator < 0 ? client : client[(separator + 1)..];
    }
}
