namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Issue 19: the texts of journeys that hold up (a kept draft, a resumed task).</summary>
    public static class Journeys
    {
        public static string Resuming(string task) =>
            $"Đồng chí đang làm dở việc «{task}»; các thông tin đã nhập vẫn được giữ. Xin tiếp tục từ bước đang dừng (hoặc chọn «✖️ Hủy» để bỏ và làm lại từ đầu).";

        /// <summary>Another task was chosen while one was under way: the first is kept, not lost.</summary>
        public const string SetAside =
            "Việc đồng chí đang làm dở được giữ lại cùng các thông tin đã nhập; khi cần, gõ /menu và chọn lại việc đó để làm tiếp.";

        /// <summary>A menu entry for a task set aside earlier.</summary>
        public static string SetAsideEntry(string task) => $"{task} (đang làm dở)";

        public const string DraftKept =
            "Hồ sơ đồng chí đã nhập vẫn được giữ nguyên: đồng chí có thể sửa một mục hoặc gửi lại sau; chọn «✖️ Hủy» nếu muốn bỏ hồ sơ này.";

        /// <summary>A typed answer that fits several choices: they are listed with their numbers.</summary>
        public static string StaleNumber(string typed, IEnumerable<(int Number, string Label)> latest) =>
            $"Số «{typed.Trim()}» không có trong tin nhắn gần nhất của bot, chỉ có:\n" +
            string.Join("\n", latest.Select(c => $"{c.Number}. {c.Label}")) +
            "\nSố thứ tự luôn ứng với tin nhắn gần nhất. Nếu đồng chí muốn trả lời câu hỏi trước đó, xin chọn lại trong câu hỏi được gửi lại dưới đây.";

        public static string AmbiguousAnswer(string typed, IEnumerable<(int Number, string Label)> candidates) =>
            $"Câu trả lời «{typed.Trim()}» ứng với nhiều lựa chọn:\n" +
            string.Join("\n", candidates.Select(c => $"{c.Number}. {c.Label}")) +
            "\n" + AmbiguousHint;

        public const string AmbiguousHint = "Xin đồng chí chọn một (bấm nút, gõ số thứ tự hoặc gõ rõ hơn).";

        public const string ChooseHint = "Xin chọn một trong các lựa chọn (bấm nút hoặc gõ số thứ tự).";

        /// <summary>A file or a shared contact sent to a step that does not take one.</summary>
        public static string NotTaken(Conversations.InputKind sent, bool takesText) =>
            (sent == Conversations.InputKind.Contact
                ? "Đồng chí vừa chia sẻ một số điện thoại, nhưng ở bước này không cần số điện thoại."
                : "Đồng chí vừa gửi một tệp, nhưng ở bước này không cần gửi tệp.") +
            (takesText ? " Xin gõ câu trả lời bằng chữ." : " " + ChooseHint);
    }
}
