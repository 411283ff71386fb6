using System.Globalization;

namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Protocol seating: what a delegate is told before confirming when the hall is full.</summary>
    public static class Seats
    {
        public static string HallFull(int capacity) =>
            $"⚠️ Hội trường đã đủ {capacity.ToString(CultureInfo.InvariantCulture)} chỗ. Nếu xác nhận, đồng chí được ghi vào danh sách chờ và sẽ được báo ngay khi có chỗ trống.";
    }
}
