namespace PlanData.Api.Transport;

/// <summary>Configuration section "GraphQL": limits of the HTTP transport.</summary>
public sealed class TransportOptions
{
    public const string Section = "GraphQL";

    /// <summary>The largest POST body accepted; a larger one is refused with 413 before it is read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How many characters of validated documents are kept, so that a document seen again is not parsed and validated again;
    /// 0 keeps none.
    /// </summary>
    public long ValidatedDocumentCharacters { get; set; } = 1_000_000;

    /// <summary>Whether queries the compiler can plan run as compiled plans (see <see cref="CompiledOperationsMode"/>).</summary>
    public CompiledOperationsMode CompiledOperations { get; set; } = CompiledOperationsMode.On;
}
