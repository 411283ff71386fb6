using System.Globalization;
using HungYen.Bot.Core.Formats;
using HungYen.Bot.Core.Nominations;

namespace HungYen.Bot.Tests.Nominations;

public sealed class NameRulesTests
{
    private static readonly string[] Names =
    [
        "Nguyễn Văn An", "Lê Thị Ánh", "Trần Văn Ân", "Đỗ Thị Dung", "Bùi Văn Đông", "nguyễn văn an", "An", "",
        "  Phạm   Thị  Hoa ", "Hoàng Anh", "Vũ Đình Anh Tuấn", "Ngô Quốc Bảo", "Lý Thị Bích Ngọc", "Phòng Quản lý khoa học",
        "Trịnh Văn Đức", "Trịnh Văn Dũng", new string('A', 300) + " " + new string('B', 10),
    ];

    [Fact]
    public void SortKey_PutsTheGivenNameFirstThenMiddleThenFamily()
    {
        Assert.Equal("An Văn Nguyễn", NameRules.SortKey("Nguyễn Văn An"));
        Assert.Equal("Tuấn Đình Anh Vũ", NameRules.SortKey("Vũ Đình Anh Tuấn"));
        Assert.Equal("Hoa Thị Phạm", NameRules.SortKey("  Phạm   Thị  Hoa "));
        Assert.Equal("An", NameRules.SortKey("An"));
    }

    [Fact]
    public void PersonOrder_IsTheVietnameseOrderOfTheSortKeys()
    {
        var vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

        foreach (var a in Names)
        {
            foreach (var b in Names)
            {
                Assert.Equal(Math.Sign(vietnamese.Compare(NameRules.SortKey(a), NameRules.SortKey(b))), Math.Sign(NameRules.PersonOrder.Compare(a, b)));
            }
        }

        Assert.Equal(
            ["Nguyễn Văn An", "Lê Thị Ánh", "Trần Văn Ân", "Trịnh Văn Dũng", "Trịnh Văn Đức"],
            new[] { "Trịnh Văn Đức", "Trần Văn Ân", "Trịnh Văn Dũng", "Nguyễn Văn An", "Lê Thị Ánh" }.Order(NameRules.PersonOrder));
    }
}
