using PlanData.Api.GraphQL;
using PlanData.Documents;

namespace PlanData.Api.Documents;

public sealed class DocumentsConnectionType() : ConnectionType<LegalDocumentType, DocumentsEdgeType, LegalDocument>("documents");

public sealed class DocumentsEdgeType() : EdgeType<LegalDocumentType, LegalDocument>("documents");
