using System.Text.Json.Serialization;

namespace PlanData.Api.Storage;

/// <summary>The note's serializer, generated at build time: a start reads the note before anything else is warm.</summary>
[JsonSerializable(typeof(VerifiedDatabase.Note))]
internal sealed partial class VerifiedDatabaseJson : JsonSerializerContext;
