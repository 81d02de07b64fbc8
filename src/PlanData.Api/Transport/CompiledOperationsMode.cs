namespace PlanData.Api.Transport;

/// <summary>Whether a query the compiler can plan runs as a compiled plan (<c>GraphQL:CompiledOperations</c>).</summary>
public enum CompiledOperationsMode
{
    /// <summary>Every operation runs on GraphQL.NET's executor.</summary>
    Off,

    /// <summary>A document seen before whose operation compiles runs its plan; anything else runs on the executor.</summary>
    On,

    /// <summary>For tests: every operation runs on the executor, and the plan too when it compiles; differing bytes are an error.</summary>
    Verify,
}
