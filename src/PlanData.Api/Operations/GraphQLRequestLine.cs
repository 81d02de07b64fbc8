using System.Collections;
using System.Globalization;
using System.Text;

namespace PlanData.Api.Operations;

/// <summary>
/// The log line of one GraphQL request: its fields for structured logs (JSON's "State"), and a message
/// that leaves out what the request did not have (a name, a trusted id, errors). It names the operation
/// and the client as <see cref="Authentication.ClientIdentity"/> sees it: never the document, a
/// variable, a header or a token.
/// </summary>
public sealed class GraphQLRequestLine : IReadOnlyList<KeyValuePair<string, object?>>
{
    public static readonly EventId Event = new(1, "GraphQLRequest");

    private readonly KeyValuePair<string, object?>[] _fields;
    private readonly string _message;

    public GraphQLRequestLine(GraphQLOperationLabel operation, string? trustedOperationId, string client, string outcome, int errorCount, int status, double durationMs, string method, string traceId)
    {
        _fields =
        [
            new("OperationType", operation.Type),
            new("OperationName", operation.Name),
            new("TrustedOperationId", trustedOperationId),
            new("Client", client),
            new("Outcome", outcome),
            new("ErrorCount", errorCount),
            new("Status", status),
            new("DurationMs", durationMs),
            new("Method", method),
            new("TraceId", traceId),
        ];

        // e.g. "GraphQL query PlanOverview (trusted 3f2a…) from ip:10.0.0.7: errors (2), HTTP 200 in 12.5 ms, POST, trace 4bf9…"
        var message = new StringBuilder("GraphQL ").Append(operation.SpanName);
        if (trustedOperationId is not null)
        {
            message.Append(" (trusted ").Append(trustedOperationId).Append(')');
        }

        message.Append(" from ").Append(client).Append(": ").Append(outcome);
        if (errorCount > 0)
        {
            message.Append(" (").Append(errorCount).Append(errorCount == 1 ? " error)" : " errors)");
        }

        _message = message.Append(", HTTP ").Append(status).Append(" in ").Append(durationMs.ToString(CultureInfo.InvariantCulture))
            .Append(" ms, ").Append(method).Append(", trace ").Append(traceId).ToString();
    }

    public int Count => _fields.Length;

    public KeyValuePair<string, object?> this[int index] => _fields[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _message;
}
