namespace PlanData.Agencies;

public enum AgencyKind
{
    NationalCommittee,
    Ministry,
    PartyCommittee,
    PeoplesCommittee,
    PeoplesCommitteeOffice,
    SteeringCommittee,
    WorkingGroup,
    ResponseTeam,
    ProvincialDepartment,
    DistrictPeoplesCommittee,
    Enterprise,
    PublicServiceUnit,
    Other,
}
