namespace PlanData.Import.Tests.Assembly;

/// <summary>
/// A short, complete plan document of the UBND tỉnh, every line of which maps to data, with
/// places to put a preamble line and the content section's lines.
/// </summary>
public static class SmallPlan
{
    public static string[] Lines(string[]? preamble = null, string[]? content = null) =>
    [
        "ỦY BAN NHÂN DÂN",
        "TỈNH QUẢNG NGÃI",
        "",
        "Số: 12/KH-UBND",
        "",
        "Quảng Ngãi, ngày 02 tháng 4 năm 2024",
        "",
        "KẾ HOẠCH",
        "",
        "Chuyển đổi số tỉnh Quảng Ngãi năm 2024",
        "",
        "Căn cứ Kế hoạch số 119/KH-UBND ngày 09/10/2020 của UBND tỉnh về triển khai Chương trình chuyển đổi số quốc gia;",
        .. preamble ?? [],
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "",
        "1. Đẩy mạnh chuyển đổi số trên địa bàn tỉnh.",
        "",
        "II. NỘI DUNG",
        "",
        .. content ??
        [
            "1. Khai trương Trung tâm điều hành thông minh tỉnh",
            "- Cơ quan chủ trì: Sở Thông tin và Truyền thông.",
            "- Thời gian hoàn thành: Quý II năm 2024.",
        ],
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "",
        "1. Sở Thông tin và Truyền thông",
        "",
        "- Theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2024./.",
        "",
        "Nơi nhận:",
        "- Bộ Thông tin và Truyền thông (báo cáo);",
        "- Lưu: VT, KGVX.",
        "",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "",
        "Trần Minh Quang",
    ];

    public static ImportResult Import(string[]? preamble = null, string[]? content = null) =>
        PlanImporter.Import(string.Join("\n", Lines(preamble, content)), "small.txt", "", Oracle.Repository.Registry);
}
