namespace PlanData.Import.Database;

/// <param name="Replace">A document whose number is already imported with other content replaces it (otherwise it is refused).</param>
/// <param name="AllowIncomplete">A document without readable content is imported with what could be read.</param>
public sealed record ImportOptions(bool Replace = false, bool AllowIncomplete = false);
