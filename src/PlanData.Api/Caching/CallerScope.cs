namespace PlanData.Api.Caching;

/// <summary>
/// What a caller may see, as far as a cached response is concerned. Every caller the access policy lets
/// through reads the same data today; keeping anonymous and signed-in answers apart costs one more entry
/// and keeps the cache right if a scope ever sees more.
/// </summary>
public static class CallerScope
{
    public static string Of(HttpContext context) => context.User.Identity?.IsAuthenticated == true ? "signed-in" : "anonymous";
}
