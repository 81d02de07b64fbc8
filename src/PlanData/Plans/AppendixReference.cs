namespace PlanData.Plans;

/// <summary>A sentence that points to an appendix ("(Chi tiết tại Phụ lục I đính kèm)") and the appendix, when the copy carries it.</summary>
public class AppendixReference
{
    public int Id { get; set; }
    public int PlanId { get; set; }

    /// <summary>The appendix named, normalised: "Phụ lục I", "Phụ lục 2".</summary>
    public required string Appendix { get; set; }

    /// <summary>The outline part the reference stands in.</summary>
    public string? SectionPath { get; set; }
    public int Line { get; set; }

    /// <summary>The sentence that holds the reference.</summary>
    public required string Context { get; set; }

    /// <summary>The path of the appendix in the outline; null when the copy does not carry it.</summary>
    public string? AppendixPath { get; set; }
    public int Position { get; set; }
}
