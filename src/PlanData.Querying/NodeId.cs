using System.Text;
using PlanData.Text;

namespace PlanData.Querying;

/// <summary>Global IDs as Hot Chocolate v14 prints them: base64("TypeName:" + natural key).</summary>
public static class NodeId
{
    public static string Encode(string typeName, string naturalKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{naturalKey}"));

    /// <summary>Decodes an ID; false when it is not base64 of "TypeName:key".</summary>
    public static bool TryDecode(string id, out string typeName, out string naturalKey)
    {
        typeName = naturalKey = "";
        var bytes = new byte[(id.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(id, bytes, out var length))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        naturalKey = text[(colon + 1)..];
        return StorableText.CanHold(naturalKey);
    }
}
