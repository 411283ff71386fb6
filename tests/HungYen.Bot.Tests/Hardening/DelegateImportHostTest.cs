using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using MiniExcelLibs;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>The real host with the office importing delegate lists: opening the import, uploading, the report and the pack.</summary>
public abstract class DelegateImportHostTest(string databasePrefix) : RealHostTest(databasePrefix)
{
    protected const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    protected const string Report = "Kết quả nhập danh sách:";
    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Thanh", "Xuân"];
    private static readonly string[] Givens = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Trang", "Trung", "Tuấn", "Việt", "Vinh", "Yến", "Hiếu", "Khánh"];

    protected async Task<TelegramChat> OfficeAsync()
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        await office.Presses("📋 Nhập danh sách đại biểu", "Xin gửi tệp danh sách đại biểu");
        return office;
    }

    /// <summary>The import ended with its upload: the office opens it again from a fresh menu.</summary>
    private static async Task ImportAgainAsync(TelegramChat office)
    {
        await office.Says("/start", "Xin đồng chí chọn việc cần làm");
        await office.Presses("📋 Nhập danh sách đại biểu", "Xin gửi tệp danh sách đại biểu");
    }

    protected async Task<WireMessage> UploadAsync(TelegramChat office, byte[] sheet, string expect, bool pressImport = true)
    {
        if (pressImport && office.Inbox.Any(m => m.Text.StartsWith("⏳", StringComparison.Ordinal)))
        {
            await ImportAgainAsync(office);
        }

        var before = office.Inbox.Count;
        Fake.UserSendsDocument(RunningBot.AdminChat, "danh-sach.xlsx", sheet, Xlsx, "Văn phòng");
        return await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && office.Inbox.IndexOf(m) >= before && m.Text.StartsWith(expect, StringComparison.Ordinal), RunningBot.Wait);
    }

    protected async Task<WireMessage> ReportAsync(int after = 0)
    {
        await Waiting.UntilAsync(() => Fake.Sent.Count(m => m.ChatId == RunningBot.AdminChat && m.Text.StartsWith(Report, StringComparison.Ordinal)) > after, "the import's report", TimeSpan.FromMinutes(2));
        return Fake.Sent.Last(m => m.ChatId == RunningBot.AdminChat && m.Text.StartsWith(Report, StringComparison.Ordinal));
    }

    protected static Task PackAsync(TelegramChat office) =>
        Waiting.UntilAsync(() => office.Inbox.Any(m => m.FileName == "Giấy mời - mã QR.zip"), "the invitation pack", TimeSpan.FromMinutes(2));

    /// <summary>A list of <paramref name="rows"/> delegates with distinct mobiles, as the office's Excel saves it.</summary>
    protected static byte[] Sheet(int rows, string positionOfFirst = "Trưởng phòng")
    {
        var list = Enumerable.Range(0, rows).Select(i => new Dictionary<string, object>
        {
            ["STT"] = i + 1,
            ["Họ và tên"] = $"{Families[i % Families.Length]} {Middles[i / Families.Length % Middles.Length]} {Givens[i / (Families.Length * Middles.Length) % Givens.Length]}",
            ["Chức vụ"] = i == 0 ? positionOfFirst : "Trưởng phòng",
            ["Cơ quan/đơn vị"] = $"Phòng Quản lý khoa học số {i % 50 + 1}",
            ["Số điện thoại"] = $"0912{i:000000}",
            ["Nhóm"] = "",
            ["Ghi chú"] = "",
        });
        using var stream = new MemoryStream();
        stream.SaveAs(list);
        return stream.ToArray();
    }
}
