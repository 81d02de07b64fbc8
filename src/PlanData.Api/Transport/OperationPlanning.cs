using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using PlanData.Api.Http;
using PlanData.Api.Limits;
using PlanData.Querying;

namespace PlanData.Api.Transport;

/// <summary>Stage 3, plan: parse the document (within its token and depth limits), refuse what a read-only API cannot run, check the request's limits, and set up the run.</summary>
public sealed class OperationPlanning(IDocumentBuilder documents, IGraphQLTextSerializer serializer, ValidatedDocuments validated)
{
    /// <exception cref="RequestRefusedException">A mutation or subscription, or a request over one of the limits checked before execution.</exception>
    public PlannedOperation Plan(HttpContext context, AdmittedRequest admitted)
    {
        var request = admitted.Read.Parameters;
        var document = admitted.Document!;
        var known = validated.Find(document.Text);
        var parsed = known ?? document.Document ?? TryParse(document.Text);
        var operation = parsed is null ? null : OperationSelection.Find(parsed, request.OperationName);
        RefuseWhatCannotRun(operation, admitted.Read.IsGet);

        var services = context.RequestServices;
        var limits = services.GetRequiredService<RequestLimits>();
        limits.CheckVariables(request.Variables);
        if (parsed is not null)
        {
            limits.CheckOperation(parsed, operation, request.Variables);
        }

        var options = new ExecutionOptions
        {
            Query = document.Text,
            Document = parsed,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
            RequestServices = services,
            User = context.User,
        };
        if (known is not null)
        {
            // Validated when first seen: only the variables and arguments are coerced this time.
            options.ValidationRules = [];
        }

        return new PlannedOperation(options, limits, WasValidated: known is not null);
    }

    /// <summary>Null for a document with syntax errors: the executor parses it again and reports them in its own words.</summary>
    /// <exception cref="RequestRefusedException">The document has more tokens or nests deeper than the limits allow.</exception>
    private GraphQLDocument? TryParse(string text)
    {
        try
        {
            return documents.Build(text);
        }
        catch (PlanDataError overLimit)
        {
            throw RequestRefusedException.GraphQL(overLimit);
        }
        catch (Exception e) when (e is ExecutionError or GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>The schema has only a query type: the API is read-only.</summary>
    private static void RefuseWhatCannotRun(GraphQLOperationDefinition? operation, bool isGet)
    {
        if (operation is null || operation.Operation == OperationType.Query)
        {
            return;
        }

        var kind = operation.Operation == OperationType.Mutation ? "mutation" : "subscription";
        if (isGet)
        {
            throw RequestRefusedException.Http(405, $"A {kind} cannot be sent with GET; and this API is read-only: it has no mutations or subscriptions, only queries.", allow: "POST");
        }

        throw RequestRefusedException.GraphQL(new ExecutionError(operation.Operation == OperationType.Mutation
            ? "This API is read-only: it has no mutations. Send a query."
            : "This API has no subscriptions. Send a query."));
    }
}
