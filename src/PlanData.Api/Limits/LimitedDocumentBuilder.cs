using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace PlanData.Api.Limits;

/// <summary>
/// Parses documents for the whole API (the endpoint, the executor, the trusted operations) within
/// the token and recursion limits. Tokens are counted by the lexer alone, so a huge document is
/// refused before any of its syntax tree is built.
/// </summary>
/// <exception cref="PlanData.Api.GraphQL.PlanDataError">HC0011 for a document over either limit.</exception>
public sealed class LimitedDocumentBuilder(LimitsOptions limits) : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _parser = new() { MaxDepth = limits.MaxParserDepth };

    public GraphQLDocument Build(string query)
    {
        if (!DocumentTokens.AtMost(query, limits.MaxTokens))
        {
            throw LimitErrors.TooManyTokens(limits.MaxTokens);
        }

        try
        {
            return _parser.Build(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // Its message quotes the document's line, which here can be the whole document.
            throw LimitErrors.NestedTooDeeply(limits.MaxParserDepth);
        }
    }
}
