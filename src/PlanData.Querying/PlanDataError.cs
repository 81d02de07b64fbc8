using GraphQL;

namespace PlanData.Querying;

/// <summary>An error a client caused, with Hot Chocolate's code and extensions (see CONVENTIONS.md).</summary>
public sealed class PlanDataError : ExecutionError
{
    public PlanDataError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public Dictionary<string, object?> ExtraExtensions { get; } = [];

    public PlanDataError With(string name, object? value)
    {
        ExtraExtensions[name] = value;
        return this;
    }
}
