namespace PlanData.Api.Tests.HostileInput;

/// <summary>What a hostile request got: an answer, or why there was none.</summary>
public sealed record HostileOutcome(string Method, string? Accept, bool Conditional, HostileAnswer? Answer, string? Failure, bool ConnectionClosed = false)
{
    public static async Task<HostileOutcome> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var method = request.Method.Method;
            var accept = request.Headers.NonValidated.TryGetValues("Accept", out var values) ? string.Join(", ", values) : null;
            var conditional = request.Headers.NonValidated.Contains("If-None-Match");
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                return new(method, accept, conditional, await HostileAnswer.ReadAsync(response, cancellationToken), null);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return new(method, accept, conditional, null, "no answer in time (the request was given up)");
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                return new(method, accept, conditional, null, $"no answer: {e.GetType().Name}: {e.Message}{(e.InnerException is { } inner ? $" ({inner.Message})" : "")}", ConnectionClosed: true);
            }
        }
    }

    public string Describe() => Answer is { } answer ? answer.Describe() : Failure!;
}
