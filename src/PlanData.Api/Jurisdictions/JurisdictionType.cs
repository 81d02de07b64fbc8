using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Api.Documents;
using PlanData.Api.Plans;
using PlanData.Documents;
using PlanData.Plans;
using PlanData.Querying;
using PlanData.Querying.Data;

namespace PlanData.Api.Jurisdictions;

public sealed class JurisdictionType : NodeObjectType<Jurisdiction>
{
    /// <summary>How many mergedInto links currentSuccessor follows (the registry's mergers are one link to a unit that exists).</summary>
    public const int SuccessorDepth = 4;

    private static readonly SuccessorChain<Jurisdiction, string> _successors = new(j => j.MergedInto, j => j.Code, SuccessorDepth);

    /// <summary>The filter-only condition's description; the area itself is <see cref="JurisdictionArea"/>'s.</summary>
    public const string WithinDescription =
        "The unit with this code (matched folded, as `jurisdiction(code:)` matches it), the units merged into it, and the districts and communes under any of them: " +
        "`within: \"quang-ngai\"` is tỉnh Quảng Ngãi as it is since 2025-07-01, former tỉnh Kon Tum and its districts and communes included.";

    /// <summary>What a unit's own lists leave out, and the root list's filter that includes it.</summary>
    private static string NotMerged(string rootList) =>
        "not those of the units merged into it nor of the districts and communes under it (for the whole of tỉnh Quảng Ngãi " +
        $"as it is since 2025-07-01, former Kon Tum and all under them included: `{rootList}(where: {{ jurisdiction: {{ within: \"quang-ngai\" }} }})`).";

    public JurisdictionType()
        : base("Jurisdiction", "An administrative area: the country, a province (tỉnh or centrally-run city), a district or a commune, with the 2025 mergers.", j => j.Code)
    {
        this.Scalar("code", j => j.Code, "Stable code: a slug of the name (quang-ngai), a district or commune under its province (quang-ngai/xa-tinh-tra); viet-nam for national bodies.");
        this.Scalar("name", j => j.Name, "The name without its administrative type, e.g. Quảng Ngãi, Hồ Chí Minh, Lộc Hà.");
        this.Scalar("fullName", j => j.FullName, "The name with its type, as in official lists, e.g. Tỉnh Quảng Ngãi, Thành phố Huế, Huyện Lộc Hà; null where not known.", nullable: true);
        this.Scalar("level", j => j.Level, "The tier of government.");
        this.Scalar("officialCode", j => j.OfficialCode, "The code of the national list in force (QĐ 19/2025/QĐ-TTg): two digits for a province, five for a commune; for a unit that ended, the last one it had.", nullable: true);
        this.Scalar("formerOfficialCode", j => j.FormerOfficialCode, "The code it had before 1 July 2025 (QĐ 124/2004/QĐ-TTg), where that differs, e.g. 10 for Lào Cai (15 since).", nullable: true);
        this.Reference<Jurisdiction, JurisdictionType, Jurisdiction, string>("parent", j => j.Parent, j => j.ParentCode, "Code",
            "The province of a district or commune, or the district of a commune where known; null for provinces and the country.");
        this.StringList("aliases", j => j.Aliases, "Other names met in documents, e.g. 'tỉnh Quảng Ngãi', 'TP.HCM', 'Thừa Thiên Huế'.");
        this.Scalar("formerFullName", j => j.FormerFullName, "Its earlier full name, when it was renamed, e.g. Tỉnh Thừa Thiên Huế.", nullable: true);
        this.Scalar("renamedOn", j => j.RenamedOn, "The day its current full name took effect, when it was renamed.", nullable: true);
        this.Scalar("endedOn", j => j.EndedOn, "The first day it no longer existed as a unit of its own (merged, or its tier abolished, as districts were on 2025-07-01); null while it exists.", nullable: true);
        this.Reference<Jurisdiction, JurisdictionType, Jurisdiction, string>("mergedInto", j => j.MergedInto, j => j.MergedIntoCode, "Code",
            "The unit it became part of on `endedOn`, e.g. quang-ngai for kon-tum; null when it was not merged.");
        this.Children<Jurisdiction, JurisdictionType, Jurisdiction, string>("mergedFrom", j => j.MergedFrom, j => j.Code, j => j.MergedIntoCode!, JurisdictionOrders.Jurisdictions,
            "The units that became part of this one, by code, e.g. kon-tum for quang-ngai; empty when none did.");
        _successors.Field<JurisdictionType>(this, "currentSuccessor", "Follows `mergedInto` to the unit that exists today: itself when it was not merged (a district whose tier ended is its own).");
        this.Scalar("note", j => j.Note, "What the registry says about its history, with the acts that decided it.", nullable: true);
        this.StringList("sources", j => j.Sources, "Where its facts were read: addresses, or repository and path.");
        this.Scalar("firstNamedIn", j => j.FirstNamedIn, "The file whose header first named it, for a unit made from a document rather than from the registry.", nullable: true);
        this.NestedConnection<Jurisdiction, PlansConnectionType, Plan, string>("plans", "Plan", j => j.Plans, j => j.Code, PlanOrders.Plans)
            .Description($"The plans of this unit itself, {NotMerged("plans")} By date of issue, as `plans`.");
        this.NestedConnection<Jurisdiction, AgenciesConnectionType, Agency, string>("agencies", "Agency", j => j.Agencies, j => j.Code, AgencyOrders.Agencies)
            .Description($"The agencies of this unit itself (quang-ngai/so-tttt for quang-ngai), {NotMerged("agencies")} By code, as `agencies`.");
        this.NestedConnection<Jurisdiction, DocumentsConnectionType, LegalDocument, string>("documents", "LegalDocument", j => j.Documents, j => j.Code, DocumentOrders.Documents)
            .Description($"The documents whose `jurisdiction` is this unit itself (national ones are viet-nam's), {NotMerged("documents")} By natural key, as `documents`.");
        this.FilterOnly<Jurisdiction, StringGraphType, string>("within", WithinDescription, JurisdictionArea.Within);
    }
}
