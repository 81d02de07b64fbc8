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
    Other,
}
