using System.Globalization;

namespace PlanData.Api.Plans;

/// <summary>The plans' part of the data scope: the date a plan item's status is computed against.</summary>
public sealed record StatusDate(DateOnly Value)
{
    public override string ToString() => Value.ToString("O", CultureInfo.InvariantCulture);
}
