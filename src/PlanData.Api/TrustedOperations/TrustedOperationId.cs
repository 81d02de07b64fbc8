using System.Security.Cryptography;
using System.Text;

namespace PlanData.Api.TrustedOperations;

public static class TrustedOperationId
{
    /// <summary>The lowercase hex SHA-256 of the document text's UTF-8 bytes: what clients send as <c>id</c>.</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
