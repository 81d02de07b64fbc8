using PlanData.Api.TrustedOperations;

namespace PlanData.Api.Cli;

/// <summary><c>operations manifest</c>: one line <c>id name</c> per trusted operation, for clients to build against.</summary>
public static class ManifestCommand
{
    public static int Run(IServiceProvider services, TextWriter output)
    {
        foreach (var operation in services.GetRequiredService<TrustedOperationStore>().All)
        {
            output.Write($"{operation.Id} {operation.Name}\n");
        }

        return 0;
    }
}
