using PlanData.Api.Caching;
using PlanData.Api.Http;

namespace PlanData.Api.Transport;

/// <summary>
/// The GraphQL-over-HTTP endpoint: a query by POST (JSON body) or GET (query string), or a trusted
/// operation by id, through five stages in one direction: read → admit → plan → execute → write. Every way
/// a request can be wrong ends in a spec-shaped error body with the status the spec gives it, never in a 500.
/// </summary>
public sealed class GraphQLEndpoint(RequestReading reading, RequestAdmittance admittance, OperationPlanning planning, OperationExecution execution, ResponseWriting writing)
{
    public async Task HandleAsync(HttpContext context)
    {
        CacheHeaders.AddVary(context.Response);
        var mediaType = ResponseMediaType.Negotiate(context.Request.Headers.Accept);
        try
        {
            var read = await reading.ReadAsync(context, mediaType);
            var admitted = admittance.Admit(context, read);
            if (admitted.IsAnswered)
            {
                await writing.WriteAnsweredAsync(context, admitted);
                return;
            }

            var planned = planning.Plan(context, admitted);
            var result = await execution.ExecuteAsync(context, planned);
            await writing.WriteAsync(context, admitted, result);
        }
        catch (RequestRefusedException refused)
        {
            await ResponseWriting.WriteRefusalAsync(context, refused, mediaType);
        }
    }
}
