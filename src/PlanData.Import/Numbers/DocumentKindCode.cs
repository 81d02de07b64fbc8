using PlanData.Documents;

namespace PlanData.Import.Numbers;

public readonly record struct DocumentKindCode(DocumentKind Kind, string Code);
