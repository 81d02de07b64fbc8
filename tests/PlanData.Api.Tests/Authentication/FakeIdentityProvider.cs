using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace PlanData.Api.Tests.Authentication;

/// <summary>
/// The identity providers' HTTP side without a socket: discovery documents and key sets answered
/// from memory to the API's backchannels. Records what was asked; anything unknown is a 404.
/// </summary>
public sealed class FakeIdentityProvider : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, string> _documents = new();

    public ConcurrentQueue<string> Requested { get; } = new();

    public void Serve(string url, string json) => _documents[url] = json;

    /// <summary>{authority}/.well-known/openid-configuration naming <paramref name="issuer"/> and a JWKS under the authority.</summary>
    public void ServeDiscovery(string authority, TestIssuer issuer)
    {
        var jwksUri = $"{authority}/discovery/keys";
        Serve($"{authority}/.well-known/openid-configuration", $$"""
            {"issuer":"{{issuer.Issuer}}","jwks_uri":"{{jwksUri}}","authorization_endpoint":"{{authority}}/authorize","token_endpoint":"{{authority}}/token",
             "id_token_signing_alg_values_supported":["RS256"],"response_types_supported":["code"],"subject_types_supported":["public"]}
            """);
        Serve(jwksUri, issuer.Jwks);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.GetLeftPart(UriPartial.Path);
        Requested.Enqueue(url);
        var response = _documents.TryGetValue(url, out var json)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(HttpStatusCode.NotFound);
        return Task.FromResult(response);
    }
}
