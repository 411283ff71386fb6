namespace HungYen.Bot.Core.Texts;

/// <summary>
/// Every Vietnamese word the bot's engine says, in one place for review and translation.
/// Features keep their own wording in a sibling file of this folder (Vi.&lt;Feature&gt;.cs).
/// </summary>
public static partial class Vi
{
    public const string Greeting = "Kính chào đồng chí";

    public const string Back = "⬅️ Quay lại";

    public const string Cancel = "✖️ Hủy";

    public const string Confirm = "✅ Xác nhận";

    public const string No = "Không";

    /// <summary>Lines as a bulleted list, one "• " line each.</summary>
    public static string Bullets(IEnumerable<string> lines) => string.Join("\n", lines.Select(l => "• " + l));

    public static string Welcome(string? name) =>
        $"{Greeting}{(string.IsNullOrWhiteSpace(name) ? "" : " " + name.Trim())}!\n" +
        "Đây là trợ lý trực tuyến của Sở Khoa học và Công nghệ tỉnh Hưng Yên phục vụ Hội nghị Tổng kết các phong trào thi đua " +
        "và Tuyên dương điển hình tiên tiến.";

    public const string GuestCapabilities =
        "Hiện đồng chí chưa được ghi nhận là cán bộ của đơn vị hay đại biểu dự Hội nghị.\n" +
        "• Nếu đơn vị đã gửi mã đăng ký, xin đồng chí nhập mã đó (hoặc mở đường dẫn đơn vị đã nhận).\n" +
        "• Nếu đồng chí nhận được Giấy mời, xin mở đường dẫn hoặc nhập mã in trên Giấy mời.\n" +
        "• Gõ /id để xem mã định danh của mình và gửi cho Văn phòng Sở khi cần.";

    public const string AdminCapabilities =
        "Đồng chí là cán bộ quản trị của Văn phòng Sở: nhận thông báo, xem tổng hợp, duyệt hồ sơ và xuất danh sách.";

    public const string MenuPrompt = "Xin đồng chí chọn việc cần làm:";

    public const string Resume = "↩️ Tiếp tục việc đang làm";

    public static string MenuWhileBusy(string current) =>
        $"Đồng chí đang làm dở việc «{current}». Chọn «Tiếp tục» để quay lại, hoặc chọn việc khác (việc đang làm dở được giữ lại để làm tiếp sau):";

    public const string NothingToDo = "Hiện chưa có việc nào dành cho đồng chí. Gõ /help để xem hướng dẫn.";

    /// <summary>/help: the commands everyone has, then one line for each command this person may use.</summary>
    public static string Help(IReadOnlyList<(string Name, string Description)> own) =>
        "Hướng dẫn sử dụng:\n" +
        "• /start — bắt đầu, xem các việc đồng chí có thể làm\n" +
        "• /menu — hiện danh sách việc cần làm\n" +
        "• /cancel — hủy thao tác đang làm dở\n" +
        "• /id — xem mã định danh của mình\n" +
        "• /help — xem hướng dẫn này\n" +
        HelpChoosing +
        (own.Count == 0 ? "" : "\n\nCác lệnh đồng chí có thể dùng:\n" + string.Join("\n", own.Select(c => $"• /{c.Name} — {c.Description}")));

    /// <summary>How to answer a question, in /help; a channel without buttons says it without them (<see cref="Zalo.TypedHints"/>).</summary>
    public const string HelpChoosing = "Khi bot hỏi kèm các lựa chọn, đồng chí có thể bấm nút, gõ số thứ tự hoặc gõ vài chữ của lựa chọn (không cần dấu).";

    /// <summary>A question asked again while editing, with the answer it has now.</summary>
    public static string WithCurrent(string question, string current) => $"{question}\n(Hiện tại: {current})";

    public const string HelpCurrentStep = "Đồng chí đang ở bước sau, xin trả lời để tiếp tục (hoặc gõ /cancel để hủy):";

    public const string Cancelled = "Đã hủy thao tác đang làm. Các thông tin đã gửi chính thức trước đó vẫn được giữ nguyên.";

    public const string NothingToCancel = "Hiện không có thao tác nào đang làm dở.";

    public static string YourId(string address) =>
        $"Mã định danh của đồng chí là: {address}\nXin gửi mã này cho Văn phòng Sở khi được đề nghị.";

    public const string NotUnderstood = "Xin lỗi, tôi chưa hiểu ý đồng chí.";

    public const string UnknownCommand = "Lệnh này không có hoặc đồng chí không có quyền sử dụng. Gõ /help để xem các lệnh.";

    public const string StaleButton = "Nút này thuộc một tin nhắn cũ và không còn hiệu lực. Xin dùng tin nhắn mới nhất.";

    public const string FlowNotAvailable = "Việc này hiện không dành cho đồng chí.";

    public const string ChooseFromList = "Xin đồng chí chọn một trong các lựa chọn (bấm nút hoặc gõ số thứ tự).";

    public const string InternalError =
        "Xin lỗi đồng chí, hệ thống gặp sự cố khi xử lý tin nhắn vừa rồi. Các thông tin đã lưu không bị mất. " +
        "Xin đồng chí thử lại sau ít phút; nếu vẫn lỗi, xin liên hệ Văn phòng Sở.";

    public const string UnsupportedInput = "Xin lỗi, tôi chỉ nhận tin nhắn chữ, lựa chọn, tệp tài liệu hoặc số điện thoại ở bước này.";

    public static string WrongCode(string? officePhone) =>
        "Mã không đúng hoặc đã hết hiệu lực. Xin đồng chí kiểm tra lại mã (phân biệt chữ hoa, chữ thường) " +
        $"hoặc liên hệ Văn phòng Sở{(string.IsNullOrWhiteSpace(officePhone) ? "" : ", điện thoại " + officePhone)}.";

    public static string TooManyWrongCodes(string until) =>
        $"Đồng chí đã nhập sai mã nhiều lần. Vì an toàn, xin thử lại sau {until}, hoặc liên hệ Văn phòng Sở.";

    /// <summary>Beside a wrong code: how many tries are left before the lock-out.</summary>
    public static string TriesLeft(int tries) => $"\nĐồng chí còn {tries} lần nhập mã; nhập sai tiếp, bot sẽ tạm khóa việc nhập mã một thời gian.";

    public const string ShareContactButton = "📱 Chia sẻ số điện thoại";

    public static string Chosen(string prompt, string label) => $"{prompt}\n\n➜ {label}";
}

public static partial class Vi
{
    /// <summary>Descriptions shown in the client's command menu.</summary>
    public static class Commands
    {
        public const string Start = "Bắt đầu, xem các việc có thể làm";

        public const string Menu = "Hiện danh sách việc cần làm";

        public const string Cancel = "Hủy thao tác đang làm dở";

        public const string Id = "Xem mã định danh của mình";

        public const string Help = "Hướng dẫn sử dụng";
    }
}
