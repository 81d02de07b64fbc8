namespace PlanData.Api.Authentication;

public enum AuthMode
{
    /// <summary>Anyone may read; credentials that are sent are still checked and name the client.</summary>
    Anonymous,

    /// <summary>Every request under /graphql needs a principal holding Plans.Read.</summary>
    Required,
}
