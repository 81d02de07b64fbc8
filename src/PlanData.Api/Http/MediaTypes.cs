namespace PlanData.Api.Http;

public static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public const string Json = "application/json";

    /// <summary>A GraphQL document as text (trusted operations, the SDL).</summary>
    public const string GraphQL = "application/graphql";
}
