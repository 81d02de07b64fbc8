using System.Text;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>The parts of a response the checks look at.</summary>
public sealed record HostileAnswer(int Status, string? MediaType, string? Charset, string? Allow, string? RetryAfter, string? Location, byte[] Body)
{
    public static async Task<HostileAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var type = response.Content.Headers.ContentType;
        return new(
            (int)response.StatusCode,
            type?.MediaType,
            type?.CharSet,
            response.Content.Headers.NonValidated.TryGetValues("Allow", out var allow) ? string.Join(", ", allow) : null,
            response.Headers.NonValidated.TryGetValues("Retry-After", out var retry) ? string.Join(", ", retry) : null,
            response.Headers.Location?.ToString(),
            await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    /// <summary>Status, type and the start of the body, for a failure message.</summary>
    public string Describe()
    {
        const int shown = 400;
        var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, shown * 4));
        text = text.Length > shown ? $"{text[..shown]}... ({Body.Length} bytes)" : text;
        return $"{Status} {MediaType ?? "(no Content-Type)"}{(Charset is null ? "" : $"; charset={Charset}")}: {(Body.Length == 0 ? "(no body)" : text)}";
    }
}
