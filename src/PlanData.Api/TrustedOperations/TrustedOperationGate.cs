using Microsoft.Extensions.Options;
using PlanData.Api.Http;

namespace PlanData.Api.TrustedOperations;

/// <summary>Turns a request's <c>query</c> and <c>id</c> into the document to run, or refuses it.</summary>
public sealed class TrustedOperationGate(TrustedOperationStore store, IOptions<TrustedOperationOptions> options)
{
    private readonly bool _onlyTrusted = options.Value.OnlyTrustedOperations;

    /// <summary>The document; null when the request names none (no query, no id).</summary>
    /// <exception cref="RequestRefusedException">HC0020 for an unknown id, HC0067 for an untrusted document when only trusted ones run.</exception>
    public RequestDocument? Resolve(string? query, string? id)
    {
        if (!string.IsNullOrWhiteSpace(query))
        {
            // Apollo's automatic persisted queries send the text with its hash once the hash was not found.
            var trusted = _onlyTrusted || id is not null ? store.Find(TrustedOperationId.Of(query)) : null;
            if (id is not null && !string.Equals(id, TrustedOperationId.Of(query), StringComparison.OrdinalIgnoreCase))
            {
                throw RequestRefusedException.GraphQL(TrustedOperationErrors.IdDoesNotMatchQuery());
            }

            if (_onlyTrusted && trusted is null)
            {
                throw RequestRefusedException.GraphQL(TrustedOperationErrors.OnlyTrustedOperationsAllowed());
            }

            return new RequestDocument(query, trusted?.Document, null);
        }

        if (id is null)
        {
            return null;
        }

        var operation = store.Find(id) ?? throw RequestRefusedException.GraphQL(TrustedOperationErrors.NotFound());
        return new RequestDocument(operation.Text, operation.Document, operation.Id);
    }
}
