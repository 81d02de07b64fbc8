namespace PlanData.Querying;

/// <summary>Where a list's totals may be kept between requests; without one, every <c>totalCount</c> is counted.</summary>
public interface ICountCache
{
    /// <summary><paramref name="count"/>, or the total kept for <paramref name="key"/> under the data the request reads.</summary>
    Func<CancellationToken, Task<int>> Wrap(string key, Func<CancellationToken, Task<int>> count);
}
