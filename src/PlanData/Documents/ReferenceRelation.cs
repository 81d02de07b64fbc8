namespace PlanData.Documents;

public enum ReferenceRelation
{
    LegalBasis,
    Implements,
    Cites,
}
