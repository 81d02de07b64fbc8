using GraphQLParser;
using GraphQLParser.Exceptions;

namespace PlanData.Api.Limits;

internal static class DocumentTokens
{
    /// <returns>
    /// False when <paramref name="text"/> has more than <paramref name="max"/> tokens (comments not
    /// counted, as graphql-js counts). Lexing stops at the first token over the limit, and at a
    /// lexical error, which the parser then reports in its own words.
    /// </returns>
    public static bool AtMost(string text, int max)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return true;
                }

                if (token.Kind != TokenKind.COMMENT && ++count > max)
                {
                    return false;
                }

                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            return true;
        }
    }
}
