using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>
/// What every answer to a hostile request must look like (GraphQL over HTTP): never a 5xx; a GraphQL
/// response (`data` and/or a non-empty `errors` list of objects with a string `message`) in a media
/// type the client accepts, with the status its media type calls for; or one of the transport's
/// refusals (400, 401, 403, 405 with Allow, 406, 413, 415, 429 with Retry-After), GraphQL-shaped too.
/// Besides: Kestrel's own bodiless refusals of a request past its limits, a 304 to a conditional GET,
/// and the IDE's redirect of a browser's GET. No error may be an exception nothing handled: a hostile
/// request is refused on purpose, or it runs.
/// </summary>
public static class AnswerShape
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    private const string UnexpectedCode = "UNEXPECTED_EXECUTION_ERROR";

    private static readonly HashSet<int> _statuses = [200, 400, 401, 403, 405, 406, 413, 415, 429];

    /// <summary>Kestrel's own refusals (request line or headers too large), sent before the API sees the request.</summary>
    private static readonly HashSet<int> _serverLimitStatuses = [400, 413, 414, 431];

    private static readonly HashSet<string> _members = ["data", "errors", "extensions"];

    /// <summary>
    /// How an exception no code handled is worded: GraphQL.NET's own messages (details hidden outside
    /// Development), and the API's UNEXPECTED_EXECUTION_ERROR with its trace id (Operations/UnexpectedError).
    /// </summary>
    private static readonly string[] _unhandled = ["Error trying to resolve field", "Error executing document.", "Unexpected Execution Error"];

    /// <returns>What is wrong with the answer; empty when nothing is.</returns>
    public static List<string> Problems(HostileCase hostile, HostileOutcome outcome)
    {
        if (outcome.Answer is not { } answer)
        {
            // Kestrel may refuse a request line or headers past its limits and close before the rest is sent.
            return hostile.ExceedsServerLimits && outcome.ConnectionClosed ? [] : [outcome.Failure!];
        }

        List<string> problems = [];
        if (answer.Status >= 500)
        {
            problems.Add($"status {answer.Status}");
            return problems;
        }

        if (hostile.ExceedsServerLimits && _serverLimitStatuses.Contains(answer.Status) && answer.Body.Length == 0)
        {
            return problems;
        }

        if (answer.Status == 304 && outcome.Conditional && outcome.Method == "GET" && answer.Body.Length == 0)
        {
            return problems;
        }

        if (answer.Status is 301 or 302 or 307 or 308 && IsBrowserNavigation(outcome) && answer.Location is not null)
        {
            // A browser's GET of /graphql is sent on to the IDE (Ide/BananaCakePopMiddleware).
            return problems;
        }

        if (!_statuses.Contains(answer.Status))
        {
            problems.Add($"status {answer.Status}, which the transport does not answer with");
        }

        if (answer.Status == 405 && string.IsNullOrWhiteSpace(answer.Allow))
        {
            problems.Add("405 without an Allow header");
        }

        if (answer.Status == 429 && string.IsNullOrWhiteSpace(answer.RetryAfter))
        {
            problems.Add("429 without a Retry-After header");
        }

        CheckMediaType(outcome, answer, problems);
        if (outcome.Method == "HEAD")
        {
            // A HEAD answer has headers only.
            return problems;
        }

        CheckBody(hostile, answer, problems);
        return problems;
    }

    private static bool IsBrowserNavigation(HostileOutcome outcome) =>
        outcome.Method == "GET" && outcome.Accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true;

    private static void CheckMediaType(HostileOutcome outcome, HostileAnswer answer, List<string> problems)
    {
        var type = answer.MediaType;
        if (type is not (GraphQLResponseJson or Json))
        {
            problems.Add($"Content-Type {type ?? "missing"}, not a GraphQL response type");
            return;
        }

        if (answer.Charset is { } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"charset {charset}");
        }

        var acceptsGraphQL = Accepts(outcome.Accept, GraphQLResponseJson);
        var acceptsJson = Accepts(outcome.Accept, Json);
        if (answer.Status == 406)
        {
            if (type != Json)
            {
                problems.Add($"406 in {type}: a client that accepts neither type gets application/json");
            }

            if (acceptsGraphQL || acceptsJson)
            {
                problems.Add($"406 although Accept `{outcome.Accept}` allows {(acceptsGraphQL ? GraphQLResponseJson : Json)}");
            }
        }
        else if (!(type == GraphQLResponseJson ? acceptsGraphQL : acceptsJson))
        {
            problems.Add($"{type}, which Accept `{outcome.Accept ?? "(none)"}` does not ask for");
        }
    }

    private static void CheckBody(HostileCase hostile, HostileAnswer answer, List<string> problems)
    {
        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(answer.Body);
            body = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            problems.Add($"the body is not JSON ({e.Message})");
            return;
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"the body is a JSON {body.ValueKind}, not an object");
            return;
        }

        var names = body.EnumerateObject().Select(p => p.Name).ToList();
        if (names.FirstOrDefault(n => !_members.Contains(n)) is { } stray)
        {
            problems.Add($"a member `{stray}` besides data, errors and extensions");
        }

        var hasData = body.TryGetProperty("data", out var data);
        var hasErrors = body.TryGetProperty("errors", out var errors);
        if (!hasData && !hasErrors)
        {
            problems.Add("neither `data` nor `errors`");
        }

        if (hasData && data.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            problems.Add($"`data` is a JSON {data.ValueKind}");
        }

        if (hasErrors)
        {
            CheckErrors(errors, problems);
        }

        if (hostile.DataRequired && (hasErrors || !hasData || data.ValueKind == JsonValueKind.Null))
        {
            problems.Add($"errors instead of data: {(hasErrors ? errors.ToString() : "no data")}");
        }

        // Under graphql-response+json a response without data is a 4xx, with data a 2xx; a refusal has no data.
        if (answer.Status == 200 && answer.MediaType == GraphQLResponseJson && !hasData)
        {
            problems.Add("200 under application/graphql-response+json without `data`");
        }

        if (answer.Status != 200 && hasData)
        {
            problems.Add($"`data` in a {answer.Status} answer");
        }

        if (answer.Status != 200 && !hasErrors)
        {
            problems.Add($"a {answer.Status} answer without `errors`");
        }
    }

    private static void CheckErrors(JsonElement errors, List<string> problems)
    {
        if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            problems.Add("`errors` is not a non-empty list");
            return;
        }

        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
            {
                problems.Add($"an error without a string `message`: {error}");
                return;
            }

            var code = error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("code", out var c) ? c.ToString() : null;
            if (code == UnexpectedCode || _unhandled.Any(u => message.GetString()!.StartsWith(u, StringComparison.Ordinal)))
            {
                problems.Add($"an exception nothing handled: {error}");
                return;
            }
        }
    }

    /// <summary>
    /// Whether the Accept header gives <paramref name="mediaType"/> a q above zero (its most specific
    /// matching range decides); no header accepts the spec's default, graphql-response+json.
    /// </summary>
    public static bool Accepts(string? accept, string mediaType)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return mediaType == GraphQLResponseJson;
        }

        if (!MediaTypeHeaderValue.TryParseList([accept], out var ranges))
        {
            return false;
        }

        var best = (Specificity: -1, Quality: 0d);
        foreach (var range in ranges)
        {
            var specificity = range.MatchesAllTypes ? 0
                : range.MatchesAllSubTypes ? (range.Type.Equals("application", StringComparison.OrdinalIgnoreCase) ? 1 : -1)
                : range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 2
                : -1;
            var charset = range.Charset.HasValue ? range.Charset.Value!.Trim('"') : null;
            var utf8 = charset is null or "" || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
            if (specificity > best.Specificity && utf8)
            {
                best = (specificity, range.Quality ?? 1);
            }
        }

        return best.Quality > 0;
    }
}
