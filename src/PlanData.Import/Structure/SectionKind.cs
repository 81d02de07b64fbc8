namespace PlanData.Import.Structure;

public enum SectionKind
{
    /// <summary>MỤC ĐÍCH, YÊU CẦU / MỤC TIÊU.</summary>
    Purposes,

    /// <summary>NỘI DUNG / NHIỆM VỤ: the plan's items.</summary>
    Content,

    /// <summary>TỔ CHỨC THỰC HIỆN: who is responsible for what.</summary>
    Organisation,

    /// <summary>Anything else (KINH PHÍ, ...): reported, not mapped.</summary>
    Other,
}
