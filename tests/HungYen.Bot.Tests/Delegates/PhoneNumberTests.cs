using HungYen.Bot.Core.Formats;

namespace HungYen.Bot.Tests.Delegates;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("0912345678")]
    [InlineData("+84912345678")]
    [InlineData("84912345678")]
    [InlineData("+84 912.345.678")]
    [InlineData("0912 345 678")]
    [InlineData("912345678")]
    [InlineData("(+84) 912-345-678")]
    public void TryParse_AnyWrittenForm_GivesOneNormalForm(string text)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone));
        Assert.Equal("0912345678", phone.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123")]
    [InlineData("0212345678")]
    [InlineData("02213862345")]
    [InlineData("09123456789")]
    [InlineData("0912abc678")]
    public void TryParse_NotAMobileNumber_IsRefused(string text) => Assert.False(PhoneNumber.TryParse(text, out _));
}
