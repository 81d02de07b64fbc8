using System.Security.Cryptography;
using GraphQL.Execution;
using PlanData.Api.TrustedOperations;

namespace PlanData.Api.Tests.TrustedOperations;

/// <summary>What the store accepts as a trusted operation file; anything else stops the start with the file's name.</summary>
public sealed class TrustedOperationStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plan-data-trusted-tests", Guid.NewGuid().ToString("N"));

    public TrustedOperationStoreTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_is_addressed_by_the_sha256_of_its_text_and_named_after_its_operation()
    {
        Write("whatever.graphql", "# comment\nquery Plans { plans { totalCount } }\n");

        var store = Load();

        var operation = Assert.Single(store.All);
        Assert.Equal("Plans", operation.Name);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_folder, "whatever.graphql")))), operation.Id);
        Assert.Same(operation, store.Find(operation.Id));
        Assert.Same(operation, store.Find(operation.Id.ToUpperInvariant()));
        Assert.Null(store.Find(new string('0', 64)));
    }

    [Fact]
    public void Windows_line_endings_give_the_same_id_as_unix_ones()
    {
        Write("unix.graphql", "query A {\n  __typename\n}\n");
        var unix = Assert.Single(Load().All).Id;
        File.Delete(Path.Combine(_folder, "unix.graphql"));
        Write("windows.graphql", "query A {\r\n  __typename\r\n}\r\n");

        Assert.Equal(unix, Assert.Single(Load().All).Id);
    }

    [Theory]
    [InlineData("{ plans { totalCount } }", "exactly one named query")]
    [InlineData("query A { __typename } query B { __typename }", "exactly one named query")]
    [InlineData("mutation A { __typename }", "exactly one named query")]
    [InlineData("query A { __typename } fragment F on Query { __typename }", "exactly one named query")]
    [InlineData("query A {", "Expected Name")]
    public void A_file_that_is_not_one_named_query_stops_the_start_naming_the_file(string text, string reason)
    {
        Write("Broken.graphql", text);

        var error = Assert.Throws<InvalidOperationException>(Load);

        Assert.StartsWith(Path.Combine(_folder, "Broken.graphql") + ": ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Two_files_with_the_same_operation_name_stop_the_start()
    {
        Write("One.graphql", "query Same { __typename }");
        Write("Two.graphql", "query Same { plans { totalCount } }");

        var error = Assert.Throws<InvalidOperationException>(Load);

        Assert.Contains("repeats Same", error.Message);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private TrustedOperationStore Load() => new(_folder, new GraphQLDocumentBuilder());
}
