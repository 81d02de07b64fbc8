using System.Buffers;
using System.Text.Json;

namespace PlanData.Api.Caching;

/// <summary>JSON with object members in ordinal order, so that the same variables give the same entity tag.</summary>
public static class CanonicalJson
{
    public static ReadOnlySpan<byte> Write(JsonElement? value)
    {
        if (value is not { } element)
        {
            return [];
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteValue(writer, element);
        }

        return buffer.WrittenSpan;
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in value.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(member.Name);
                    WriteValue(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }
}
