namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>How the office's lists (/lich, the summary) name a person: by name and role, never by chat address.</summary>
    public static class People
    {
        public const string Office = "Văn phòng Sở";

        public const string CheckInStaff = "cán bộ điểm danh";

        public static string Staff(string name, string unit) =>
            string.IsNullOrWhiteSpace(name) ? $"cán bộ {unit}" : $"{name}, cán bộ {unit}";

        public static string Delegate(string name) => $"{name}, đại biểu";

        public static string Unknown(string channel) => $"người dùng {channel} chưa đăng ký";
    }
}
