using PlanData.Api.Tests.Infrastructure;
using PlanData.Import.Database;

namespace PlanData.Api.Tests.Outline;

/// <summary>
/// The API over a database the import command's code built from real published copies (the corpus's
/// Quảng Nam opening, which points to its Phụ lục I, and Quảng Ngãi's 121/KH-UBND, whose preamble carries a
/// footnote marker) and a plan written for these tests with its appendix and notes.
/// </summary>
public sealed class OutlineApiFactory() : ImportedApiFactory("outline", Documents, new ImportOptions(AllowIncomplete: true))
{
    public static readonly string[] Documents =
    [
        Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Import.Tests", "Corpus", "documents", "quangnam-228-KH-UBND-2025.txt"),
        Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Import.Tests", "Corpus", "documents", "quangngai-121-KH-UBND-2025.txt"),
        Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Import.Tests", "Outline", "thanh-hoa-12-KH-UBND-2024.txt"),
    ];
}
