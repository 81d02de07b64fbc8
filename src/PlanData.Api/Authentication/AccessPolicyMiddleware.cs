using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PlanData.Api.Authentication;

/// <summary>
/// Who may read under the GraphQL path (the endpoint, the SDL, the IDE, persisted documents). A
/// credential that is sent is checked in either mode, so a misconfigured client learns it at once;
/// Auth:Mode=Required also refuses requests without one, and principals without Plans.Read.
/// </summary>
public sealed class AccessPolicyMiddleware(
    RequestDelegate next,
    PathString path,
    AuthenticationMethods methods,
    IAuthorizationService authorization,
    IdentityProviderStatus providers,
    IOptions<AuthOptions> options,
    ILogger<AccessPolicyMiddleware> logger)
{
    private readonly bool _required = options.Value.Mode == AuthMode.Required;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(path) || IsPreflight(context.Request))
        {
            await next(context);
            return;
        }

        var credential = methods.Presented(context.Request);
        if (credential != CredentialKind.None)
        {
            var result = await context.AuthenticateAsync(PlanAuthenticationSchemes.Policy);
            if (result.Succeeded)
            {
                context.User = result.Principal;
            }
            else if (result.Failure is not null)
            {
                await RefuseAsync(context, credential, result.Failure);
                return;
            }
            else
            {
                credential = CredentialKind.None;
            }
        }

        if (_required)
        {
            if (credential == CredentialKind.None)
            {
                await AccessRefusal.NoCredentialsAsync(context, methods);
                return;
            }

            if (!(await authorization.AuthorizeAsync(context.User, PlansReadPolicy.Name)).Succeeded)
            {
                await AccessRefusal.NotPermittedAsync(context, credential);
                return;
            }

            context.Response.OnStarting(KeepFromSharedCaches, context.Response);
        }

        await next(context);
    }

    private async Task RefuseAsync(HttpContext context, CredentialKind credential, Exception failure)
    {
        if (credential == CredentialKind.BearerToken)
        {
            var scheme = SchemeSelector.Select(context);
            if (!await providers.IsReachableAsync(scheme, context.RequestAborted))
            {
                logger.LogWarning("Cannot check bearer tokens of {Scheme}: its issuer's discovery document or keys cannot be read.", scheme);
                await AccessRefusal.ProviderUnavailableAsync(context);
                return;
            }
        }

        // The reason in our own words: IdentityModel's messages may quote claims.
        logger.LogInformation(
            "Refused the {Credential} of a request to {Path}: {Reason}",
            credential,
            context.Request.Path,
            credential == CredentialKind.ApiKey ? ApiKeyAuthenticationHandler.Rejected : TokenFailure.Describe(failure));
        await AccessRefusal.CredentialRejectedAsync(context, methods, credential, failure);
    }

    /// <summary>A browser asks before a cross-origin POST, without credentials: CORS answers it, or the endpoint does.</summary>
    private static bool IsPreflight(HttpRequest request) =>
        HttpMethods.IsOptions(request.Method)
        && request.Headers.ContainsKey(HeaderNames.Origin)
        && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod);

    /// <summary>
    /// What only authorized callers may read must not be stored by a shared cache and handed to
    /// others: "public" (the SDL, trusted operations, the IDE's files) becomes "private".
    /// </summary>
    private static Task KeepFromSharedCaches(object state)
    {
        var response = (HttpResponse)state;
        if (CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var cacheControl) && cacheControl.Public)
        {
            cacheControl.Public = false;
            cacheControl.Private = true;
            response.Headers.CacheControl = cacheControl.ToString();
        }

        return Task.CompletedTask;
    }
}
