namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>A delegate typed a phone number that is another invited delegate's (issue 19, point 12).</summary>
    public static class PhoneProbe
    {
        public static string Office(string sender, string organization, string phone, string owner) =>
            $"⚠️ Kính gửi Văn phòng Sở: đại biểu {sender} ({organization}) đã nhập số điện thoại {phone}, là số của đại biểu {owner} " +
            "trong danh sách mời. Bot không báo điều này cho người nhập và không lưu số đó; đề nghị Văn phòng Sở liên hệ để xác minh.";
    }
}
