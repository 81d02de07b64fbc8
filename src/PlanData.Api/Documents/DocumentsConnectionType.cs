using PlanData.Documents;
using PlanData.Querying;

namespace PlanData.Api.Documents;

public sealed class DocumentsConnectionType() : ConnectionType<LegalDocumentType, DocumentsEdgeType, LegalDocument>("documents");

public sealed class DocumentsEdgeType() : EdgeType<LegalDocumentType, LegalDocument>("documents");
