using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PlanData.Api.Http;

/// <summary>Chooses the response media type from the request's Accept header (GraphQL over HTTP, "Accept").</summary>
public static class ResponseMediaType
{
    private const int Exact = 2;

    /// <returns>
    /// application/graphql-response+json or application/json; null when the client accepts neither (406).
    /// </returns>
    /// <remarks>
    /// The highest q wins; at equal q the more specific range wins (exact, then type/*, then */*).
    /// When both types are named with the same q, graphql-response+json, the spec's preferred type.
    /// When only wildcards match them, application/json: a client that names no GraphQL type
    /// (curl, a browser's fetch) is a generic one, and application/json is the type every client
    /// reads, with validation errors at 200 as such clients expect. Without an Accept header the
    /// spec's current default applies, application/graphql-response+json.
    /// </remarks>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || accept.All(string.IsNullOrWhiteSpace))
        {
            return MediaTypes.GraphQLResponseJson;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        var graphQL = Match(ranges, MediaTypes.GraphQLResponseJson);
        var json = Match(ranges, MediaTypes.Json);
        if (graphQL.Quality <= 0 && json.Quality <= 0)
        {
            return null;
        }

        if (graphQL.Quality != json.Quality)
        {
            return graphQL.Quality > json.Quality ? MediaTypes.GraphQLResponseJson : MediaTypes.Json;
        }

        if (graphQL.Specificity != json.Specificity)
        {
            return graphQL.Specificity > json.Specificity ? MediaTypes.GraphQLResponseJson : MediaTypes.Json;
        }

        return graphQL.Specificity == Exact ? MediaTypes.GraphQLResponseJson : MediaTypes.Json;
    }

    /// <summary>The q the most specific matching range gives <paramref name="mediaType"/> (RFC 9110, 12.5.1).</summary>
    private static (double Quality, int Specificity) Match(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var best = (Quality: 0d, Specificity: -1);
        foreach (var range in ranges)
        {
            var specificity = range.MatchesAllTypes ? 0
                : range.MatchesAllSubTypes ? (range.Type.Equals("application", StringComparison.OrdinalIgnoreCase) ? 1 : -1)
                : range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? Exact
                : -1;

            // We only write UTF-8: a range that asks for another charset does not match.
            if (specificity < 0 || specificity <= best.Specificity || !RequestEncoding.IsUtf8OrAbsent(range.Charset))
            {
                continue;
            }

            best = (range.Quality ?? 1, specificity);
        }

        return best;
    }
}
