using System.Collections.Concurrent;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace PlanData.Api.Transport;

/// <summary>
/// Documents that have passed validation once, by their text, so a document seen again is neither parsed nor validated again
/// (the schema does not change while the server runs; variables and arguments are still coerced on every request). Bounded by
/// the length of the texts kept, since a syntax tree grows with its text: when full, the oldest go first.
/// </summary>
public sealed class ValidatedDocuments(IOptions<TransportOptions> options)
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly long _budget = options.Value.ValidatedDocumentCharacters;
    private long _characters;

    public GraphQLDocument? Find(string text) => _documents.GetValueOrDefault(text);

    /// <summary>Called once a run of <paramref name="document"/> got past validation.</summary>
    public void Add(string text, GraphQLDocument document)
    {
        if (text.Length > _budget || !_documents.TryAdd(text, document))
        {
            return;
        }

        _order.Enqueue(text);
        Interlocked.Add(ref _characters, text.Length);
        while (Interlocked.Read(ref _characters) > _budget && _order.TryDequeue(out var oldest))
        {
            if (_documents.TryRemove(oldest, out _))
            {
                Interlocked.Add(ref _characters, -oldest.Length);
            }
        }
    }
}
