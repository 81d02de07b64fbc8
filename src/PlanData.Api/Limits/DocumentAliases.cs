using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace PlanData.Api.Limits;

internal static class DocumentAliases
{
    /// <summary>The aliased fields written in the document, in every operation and fragment, counted once each.</summary>
    /// <param name="overLimit">The alias that went over <paramref name="max"/>, if any.</param>
    public static int Count(GraphQLDocument document, int max, out GraphQLField? overLimit)
    {
        var count = 0;
        overLimit = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is IHasSelectionSetNode { SelectionSet: { } selectionSet })
            {
                Count(selectionSet, max, ref count, ref overLimit);
            }
        }

        return count;
    }

    private static void Count(GraphQLSelectionSet selectionSet, int max, ref int count, ref GraphQLField? overLimit)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is GraphQLField { Alias: not null } field && ++count == max + 1)
            {
                overLimit = field;
            }

            if (selection is IHasSelectionSetNode { SelectionSet: { } inner })
            {
                Count(inner, max, ref count, ref overLimit);
            }
        }
    }
}
