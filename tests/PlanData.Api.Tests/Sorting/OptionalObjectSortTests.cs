using PlanData.Api.Tests.Filtering;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Sorting;

/// <summary>
/// Sorting by a field of an object that may be missing (an agency's parent): rows without the object
/// count as null, first ascending and last descending, and paging crosses from them to the others.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OptionalObjectSortTests(PlanDataApiFactory api)
{
    private static readonly string[] _withoutParent =
    [
        "quang-ngai/bcd-cds", "quang-ngai/buu-dien-tinh", "quang-ngai/cac-so-ban-nganh", "quang-ngai/co-quan-lien-quan", "quang-ngai/cong-an-tinh",
        "quang-ngai/mobifone-quang-ngai", "quang-ngai/tinh-uy", "quang-ngai/ubnd-cac-huyen", "quang-ngai/ubnd-tinh", "quang-ngai/viettel-quang-ngai",
        "viet-nam/bo-khcn", "viet-nam/bo-noi-vu", "viet-nam/bo-tttt", "viet-nam/chinh-phu", "viet-nam/tap-doan-vnpt", "viet-nam/ubqg-cds",
    ];

    private static readonly string[] _childrenOfTheProvince =
    [
        "quang-ngai/so-cong-thuong", "quang-ngai/so-gddt", "quang-ngai/so-gtvt", "quang-ngai/so-khcn", "quang-ngai/so-khdt", "quang-ngai/so-nnptnt",
        "quang-ngai/so-noi-vu", "quang-ngai/so-tai-chinh", "quang-ngai/so-tttt", "quang-ngai/so-tu-phap", "quang-ngai/so-xay-dung", "quang-ngai/so-y-te",
        "quang-ngai/van-phong-ubnd",
    ];

    [Fact]
    public async Task By_parent_name_ascending_agencies_without_a_parent_come_first()
    {
        string[] expected =
        [
            .. _withoutParent,
            "quang-ngai/thanh-vien-bcd-cds", "quang-ngai/to-giup-viec-bcd-cds", // Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi
            "viet-nam/thu-tuong-chinh-phu", // Chính phủ
            "quang-ngai/vnpt-quang-ngai", // Tập đoàn Bưu chính Viễn thông Việt Nam
            "quang-ngai/thuong-truc-tinh-uy", // Tỉnh ủy Quảng Ngãi
            .. _childrenOfTheProvince, // Ủy ban nhân dân tỉnh Quảng Ngãi
        ];

        await AssertOrderAsync("order: [{ parent: { name: ASC } }]", expected);
    }

    [Fact]
    public async Task By_parent_kind_descending_agencies_without_a_parent_come_last()
    {
        string[] expected =
        [
            "viet-nam/thu-tuong-chinh-phu", // OTHER
            "quang-ngai/vnpt-quang-ngai", // ENTERPRISE
            "quang-ngai/thanh-vien-bcd-cds", "quang-ngai/to-giup-viec-bcd-cds", // STEERING_COMMITTEE
            .. _childrenOfTheProvince, // PEOPLES_COMMITTEE
            "quang-ngai/thuong-truc-tinh-uy", // PARTY_COMMITTEE
            .. _withoutParent,
        ];

        await AssertOrderAsync("order: [{ parent: { kind: DESC } }]", expected);
    }

    [Fact]
    public async Task By_parent_is_collective_missing_parents_are_not_false()
    {
        var codes = await api.CreateGraphQLClient().AgenciesAsync($"{SeedQueries.PlanAgencies}, order: [{{ parent: {{ isCollective: ASC }} }}]");

        Assert.Equal(_withoutParent, codes.Take(16));
        await AssertOrderAsync("order: [{ parent: { isCollective: ASC } }]", codes);
    }

    [Fact]
    public async Task By_current_successor_kind_in_declared_order()
    {
        string[] expected =
        [
            "viet-nam/bo-khcn", "viet-nam/bo-noi-vu", "viet-nam/bo-tttt", // MINISTRY (bo-tttt through bo-khcn)
            "quang-ngai/thuong-truc-tinh-uy", "quang-ngai/tinh-uy", // PARTY_COMMITTEE
            "quang-ngai/ubnd-tinh", // PEOPLES_COMMITTEE
            "quang-ngai/van-phong-ubnd", // PEOPLES_COMMITTEE_OFFICE
            "quang-ngai/bcd-cds", "quang-ngai/thanh-vien-bcd-cds", "viet-nam/ubqg-cds", // STEERING_COMMITTEE (ubqg-cds through bcd-cp, 13/3/2025)
            "quang-ngai/to-giup-viec-bcd-cds", // WORKING_GROUP
            .. _childrenOfTheProvince[..^1], // PROVINCIAL_DEPARTMENT
            "quang-ngai/ubnd-cac-huyen", // DISTRICT_PEOPLES_COMMITTEE
            "quang-ngai/buu-dien-tinh", "quang-ngai/mobifone-quang-ngai", "quang-ngai/viettel-quang-ngai", "quang-ngai/vnpt-quang-ngai", "viet-nam/tap-doan-vnpt", // ENTERPRISE
            "quang-ngai/cac-so-ban-nganh", "quang-ngai/co-quan-lien-quan", "quang-ngai/cong-an-tinh", "viet-nam/chinh-phu", "viet-nam/thu-tuong-chinh-phu", // OTHER
        ];

        await AssertOrderAsync("order: [{ currentSuccessor: { kind: ASC } }]", expected);
    }

    private async Task AssertOrderAsync(string order, IReadOnlyList<string> expected)
    {
        var client = api.CreateGraphQLClient();

        Assert.Equal(expected, await client.AgenciesAsync($"{SeedQueries.PlanAgencies}, {order}"));
        Assert.Equal(expected, await client.PageThroughAsync("agencies", "code", $"{SeedQueries.PlanAgencies}, {order}", 4));
        Assert.Equal(expected, await client.PageThroughAsync("agencies", "code", $"{SeedQueries.PlanAgencies}, {order}", 4, backward: true));
    }
}
