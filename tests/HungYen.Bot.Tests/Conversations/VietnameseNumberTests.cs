using HungYen.Bot.Core.Formats;
using HungYen.Bot.Core.Texts;

namespace HungYen.Bot.Tests.Conversations;

public sealed class VietnameseNumberTests
{
    [Fact]
    public void SummaryPrompt_GroupsThousandsWithAFullStop_AndKeepsItsCommas()
    {
        var prompt = Vi.Nominations.AskSummary(50, 2000);

        Assert.Contains("từ 50 đến 2.000 ký tự, trong một tin nhắn:", prompt);
        Assert.Contains("(nội dung sẽ in trên hồ sơ trình khen), từ", prompt);
    }

    [Fact]
    public void SummaryTooLong_GroupsThousands_AndKeepsItsCommas()
    {
        Assert.Contains("tối đa 12.000 ký tự. Xin rút gọn, chi tiết", Vi.Nominations.SummaryTooLong(12000));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(2000, "2.000")]
    [InlineData(1500000, "1.500.000")]
    public void Whole_GroupsThousandsWithAFullStop(long value, string expected) => Assert.Equal(expected, VietnameseNumber.Whole(value));

    [Fact]
    public void Decimals_UseAComma() =>
        Assert.Equal(("1,5", "72", "1,3"), (Vi.Documents.Percent(1.5m), Vi.Documents.Percent(72m), VietnameseNumber.OneDecimal(1.26)));
}
