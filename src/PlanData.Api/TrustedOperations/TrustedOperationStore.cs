using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace PlanData.Api.TrustedOperations;

/// <summary>
/// The trusted operations: every <c>TrustedOperations/*.graphql</c> beside the application, read
/// once at start. A file that does not hold exactly one named query stops the start, so that a
/// broken operation is found by its author, not by a client.
/// </summary>
public sealed class TrustedOperationStore
{
    private readonly Dictionary<string, TrustedOperation> _byId = new(StringComparer.OrdinalIgnoreCase);

    public TrustedOperationStore(IDocumentBuilder documents)
        : this(Path.Combine(AppContext.BaseDirectory, "TrustedOperations"), documents)
    {
    }

    public TrustedOperationStore(string directory, IDocumentBuilder documents)
    {
        var operations = new List<TrustedOperation>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.graphql").Order(StringComparer.Ordinal))
        {
            // One line ending everywhere, so that an id does not depend on how git checked the file out.
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            var operation = new TrustedOperation(TrustedOperationId.Of(text), NameOf(file, text, documents, out var document), text, document);
            if (operations.Find(o => o.Name == operation.Name || o.Id == operation.Id) is { } twin)
            {
                throw new InvalidOperationException($"{file}: the operation {operation.Name} repeats {twin.Name} (same name or same text).");
            }

            operations.Add(operation);
            _byId.Add(operation.Id, operation);
        }

        All = [.. operations.OrderBy(o => o.Name, StringComparer.Ordinal)];
    }

    /// <summary>Every trusted operation, by name.</summary>
    public IReadOnlyList<TrustedOperation> All { get; }

    public TrustedOperation? Find(string id) => _byId.GetValueOrDefault(id);

    private static string NameOf(string file, string text, IDocumentBuilder documents, out GraphQLDocument document)
    {
        try
        {
            document = documents.Build(text);
        }
        catch (Exception e) when (e is ExecutionError or GraphQLParserException)
        {
            throw new InvalidOperationException($"{file}: {e.Message}", e);
        }

        return document.Definitions switch
        {
            [GraphQLOperationDefinition { Operation: OperationType.Query, Name: { } name }] => name.StringValue,
            _ => throw new InvalidOperationException($"{file}: a trusted operation file holds exactly one named query and nothing else."),
        };
    }
}
