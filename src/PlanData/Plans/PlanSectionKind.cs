namespace PlanData.Plans;

/// <summary>What a part of a document's outline is, from the way it is numbered.</summary>
public enum PlanSectionKind
{
    /// <summary>The text between the title and the first numbered part: the legal basis (Căn cứ) and the issuing formula.</summary>
    Preamble,

    /// <summary>"Phần I", "PHẦN II.".</summary>
    Part,

    /// <summary>"Chương I".</summary>
    Chapter,

    /// <summary>"Điều 1." of a decision or resolution.</summary>
    Article,

    /// <summary>"I.", "II.".</summary>
    Section,

    /// <summary>"1.", "2.".</summary>
    Item,

    /// <summary>"1.1.", "2.3.1.".</summary>
    Subitem,

    /// <summary>"a)", "b)".</summary>
    Field,

    /// <summary>What a decision or resolution issues after its signature: the plan or programme it attaches.</summary>
    Attachment,

    /// <summary>"PHỤ LỤC I": an appendix the document carries.</summary>
    Appendix,
}
