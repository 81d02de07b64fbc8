namespace PlanData.Documents;

public enum DocumentKind
{
    Decision,
    Plan,
    Submission,
    Directive,
    Resolution,
    OfficialLetter,
    Report,
    Notice,
    Program,
    Scheme,
    Decree,
    Circular,
    Regulation,
    Guidance,
    Other,
}
