using GraphQL.Types;

namespace PlanData.Querying;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, stable ID (Relay global object identification).\nThe same seed documents always yield the same IDs, and importing another\ndocument never changes the ID of anything already there.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
