using PlanData.Text;

namespace PlanData.Search;

/// <summary>
/// One row of the search index: an entity's title and the parts of its body (one purpose, line,
/// alias... a part), all original text; the index folds it.
/// </summary>
public sealed record SearchEntry(string Kind, string EntityKey, string Title, IReadOnlyList<string> Body)
{
    /// <summary>The body as the index shows it: its parts separated by line feeds.</summary>
    public string BodyText => string.Join('\n', Body);

    public string FoldedTitle => TextFolding.Fold(Title);

    public string FoldedBody => string.Join('\n', Body.Select(TextFolding.Fold));
}
