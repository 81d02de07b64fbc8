using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace PlanData.Api.Http;

public static class RequestTraceId
{
    /// <summary>
    /// The W3C trace id of the request's activity, the id that joins a response, its log lines and its
    /// spans; the connection's request id when the request has no W3C activity.
    /// </summary>
    public static string Of(HttpContext context)
    {
        var activity = context.Features.Get<IHttpActivityFeature>()?.Activity ?? Activity.Current;
        return activity is { IdFormat: ActivityIdFormat.W3C } ? activity.TraceId.ToHexString() : context.TraceIdentifier;
    }
}
