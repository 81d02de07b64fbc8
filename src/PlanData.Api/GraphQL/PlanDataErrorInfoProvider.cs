using GraphQL;
using GraphQL.Execution;

namespace PlanData.Api.GraphQL;

/// <summary>Puts a <see cref="PlanDataError"/>'s extensions beside its code, where Hot Chocolate clients look for them.</summary>
public sealed class PlanDataErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is PlanDataError { ExtraExtensions.Count: > 0 } error)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            foreach (var (name, value) in error.ExtraExtensions)
            {
                extensions[name] = value;
            }

            info.Extensions = extensions;
        }

        return info;
    }
}
