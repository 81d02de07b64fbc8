using System.Data.Common;

namespace PlanData.Api.Storage;

/// <summary>One request's connection, the version of the data it reads, and how to give it back.</summary>
public sealed record SnapshotLease(string Version, DbConnection Connection, Action Release);
