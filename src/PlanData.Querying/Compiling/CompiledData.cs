using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanData.Querying.Compiling;

/// <summary>A response's <c>data</c> written by a compiled run: the serializer copies the bytes as they are.</summary>
[JsonConverter(typeof(CompiledDataConverter))]
public sealed class CompiledData(byte[] json)
{
    public byte[] Json { get; } = json;

    private sealed class CompiledDataConverter : JsonConverter<CompiledData>
    {
        public override CompiledData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Compiled data is only written.");

        public override void Write(Utf8JsonWriter writer, CompiledData value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Json, skipInputValidation: true);
    }
}
