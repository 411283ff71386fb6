namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>A review decision made on a version of the dossier that is no longer current (issue 14, point 7).</summary>
    public static class Decisions
    {
        public static string Stale(string id, int seen, int current, string status, string? note) =>
            $"Quyết định chưa được ghi: hồ sơ {id} vừa được cán bộ khác cập nhật sau khi đồng chí mở xem " +
            $"(phiên bản đồng chí đã xem: {seen}; phiên bản hiện tại: {current}, trạng thái «{status}»" +
            (string.IsNullOrWhiteSpace(note) ? "" : $", ghi chú: {note}") +
            "). Xin mở lại hồ sơ để xem thông tin mới nhất trước khi quyết định.";
    }
}
