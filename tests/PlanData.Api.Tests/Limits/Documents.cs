namespace PlanData.Api.Tests.Limits;

/// <summary>Documents of a chosen size, depth or width, built for the limit tests.</summary>
public static class Documents
{
    public static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary>An operation exactly <paramref name="depth"/> fields deep (at least 2): an agency's name and its parent's parent's ... name.</summary>
    public static string AgencyChain(int depth) =>
        "{ agency(code: \"quang-ngai/so-tttt\") { name " + Repeat("parent { ", depth - 2) + "name" + Repeat(" }", depth - 2) + " } }";

    /// <summary>
    /// A query of exactly <paramref name="tokens"/> tokens (at least 21) that runs cheaply: the plans of
    /// 2022, the year given over and over in an <c>in</c> list (20 tokens around the list).
    /// </summary>
    public static string PlansWithTokens(int tokens) =>
        "{ plans(where: { year: { in: [" + string.Join(", ", Enumerable.Repeat("2022", tokens - 20)) + "] } }) { totalCount } }";
}
