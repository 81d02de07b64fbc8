using PlanData.Import.Signatures;

namespace PlanData.Import.Tests.Signatures;

public class SignatureReaderTests
{
    [Fact]
    public void The_seed_is_signed_by_the_chairman_as_head_of_the_steering_committee() =>
        Assert.Equal(
            new SignatureReading("Đặng Văn Minh", "CHỦ TỊCH UBND TỈNH", "TRƯỞNG BAN"),
            SignatureReader.Read(["TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Đặng Văn Minh"]));

    [Theory]
    [InlineData("KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC|Nguyễn Văn An", "Nguyễn Văn An", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")]
    [InlineData("TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH|(Đã ký)|Trần Phước Hiền", "Trần Phước Hiền", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH")]
    [InlineData("Q. GIÁM ĐỐC|PHÓ GIÁM ĐỐC|Lê Thị Hoa", "Lê Thị Hoa", "PHÓ GIÁM ĐỐC", "Q. GIÁM ĐỐC")]
    [InlineData("TL. CHỦ TỊCH|CHÁNH VĂN PHÒNG|[daky]|Võ Hữu Minh", "Võ Hữu Minh", "CHÁNH VĂN PHÒNG", "TL. CHỦ TỊCH")]
    [InlineData("TUQ. CHỦ TỊCH|GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG|(Ký, đóng dấu)|Nguyễn Hữu Hiệp", "Nguyễn Hữu Hiệp", "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "TUQ. CHỦ TỊCH")]
    public void Capacity_prefixes_stay_in_the_capacity_as_printed(string block, string name, string position, string capacity) =>
        Assert.Equal(new SignatureReading(name, position, capacity), SignatureReader.Read(block.Split('|')));

    [Fact]
    public void A_single_title_has_no_capacity() =>
        Assert.Equal(new SignatureReading("Nguyễn Văn An", "GIÁM ĐỐC", null), SignatureReader.Read(["GIÁM ĐỐC", "(đã ký)", "Nguyễn Văn An"]));

    [Theory]
    [InlineData("(Đã ký)")]
    [InlineData("(đã ký)")]
    [InlineData("[daky]")]
    [InlineData("(Ký, đóng dấu)")]
    [InlineData("Đã ký")]
    [InlineData("ĐÃ KÝ")]
    [InlineData("Ký bởi: Ủy ban Nhân dân tỉnh Quảng Ngãi")]
    [InlineData("Thời gian ký: 10.03.2022 15:20:33 +07:00")]
    [InlineData("Email: ubnd@quangngai.gov.vn")]
    public void Signing_marks_and_stamp_text_are_neither_title_nor_name(string noise)
    {
        var expected = new SignatureReading("Trần Phước Hiền", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH");

        Assert.Equal(expected, SignatureReader.Read(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", noise, "Trần Phước Hiền"]));
        Assert.Equal(expected, SignatureReader.Read(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Phước Hiền", noise]));
    }

    [Fact]
    public void A_signing_mark_on_the_name_line_is_taken_off() =>
        Assert.Equal("Trần Phước Hiền", SignatureReader.Read(["PHÓ CHỦ TỊCH", "(Đã ký) Trần Phước Hiền"])!.Name);

    [Fact]
    public void Emphasis_and_extra_spaces_are_tidied() =>
        Assert.Equal(
            new SignatureReading("Đặng Văn Minh", "CHỦ TỊCH UBND TỈNH", "TRƯỞNG BAN"),
            SignatureReader.Read(["  **TRƯỞNG  BAN**", "CHỦ TỊCH   UBND TỈNH ", "Đặng  Văn Minh"]));

    [Fact]
    public void A_title_wrapped_after_va_is_one_position() =>
        Assert.Equal(
            new SignatureReading("Nguyễn Hữu Hiệp", "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "KT. CHỦ TỊCH"),
            SignatureReader.Read(["KT. CHỦ TỊCH", "GIÁM ĐỐC SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG", "Nguyễn Hữu Hiệp"]));

    [Theory]
    [InlineData("TRƯỞNG BAN|CHỦ TỊCH UBND TỈNH")]
    [InlineData("KT. CHỦ TỊCH|PHÓ CHỦ TỊCH|(Đã ký)")]
    [InlineData("Đặng Văn Minh")]
    [InlineData("(Đã ký)")]
    public void Without_a_name_after_a_title_there_is_no_signature(string block) =>
        Assert.Null(SignatureReader.Read(block.Split('|')));

    [Fact]
    public void An_empty_block_has_no_signature() =>
        Assert.Null(SignatureReader.Read([]));
}
