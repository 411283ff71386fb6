using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Testing.FakeTelegram;

namespace HungYen.Bot.Tests.Support;

/// <summary>The openings the Telegram end-to-end tests share: a staffer enrolled by the unit's code, the wizard walked.</summary>
public static class TelegramWizard
{
    /// <summary>Given a staffer of Phòng Quản lý khoa học enrolled through the unit's code, who agreed to the notice.</summary>
    public static async Task<TelegramChat> GivenAnEnrolledStafferAsync(this RunningBot bot, FakeTelegramServer fake, long id, string name)
    {
        var staff = new TelegramChat(fake, id, name);
        await staff.Says($"/start {bot.Store.Find<Unit>("QLKH")!.EnrolmentCode}", "Thông báo về xử lý dữ liệu cá nhân");
        await staff.Presses("✅ Đồng ý", "Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học");
        return staff;
    }

    /// <summary>Given the wizard answered for an individual's Bằng khen up to the báo cáo thành tích question.</summary>
    public static async Task GivenAnIndividualBằngKhenUpToTheReportAsync(this TelegramChat staff)
    {
        await staff.Says("/decu", "chọn hình thức khen thưởng");
        await staff.Presses("Bằng khen của Chủ tịch UBND tỉnh", "tập thể hay cá nhân");
        await staff.Presses("👤 Cá nhân", "Xin nhập họ và tên");
        await staff.Says("nguyễn thị hồng", "Giới tính");
        await staff.Presses("Nữ", "Năm sinh");
        await staff.Says("1979", "Chức vụ");
        await staff.Says("Phó Giám đốc Trung tâm", "Đơn vị công tác");
        await staff.Says("Trung tâm Thông tin, thống kê", "phong trào thi đua nào");
        await staff.Says("1", "tóm tắt thành tích");
        await staff.Says("Chủ nhiệm đề tài khoa học cấp tỉnh, 02 sáng kiến được công nhận và áp dụng.", "Báo cáo thành tích");
    }

    /// <summary>
    /// Given the wizard at the nội dung khen thưởng question: keeps the suggested content, both years rated "hoàn thành
    /// xuất sắc nhiệm vụ", no award received, <paramref name="phone"/>, the declaration; returns the review screen.
    /// </summary>
    public static async Task<WireMessage> GivenTheRestOfTheDossierAsync(this TelegramChat staff, string phone = "0912345678")
    {
        await staff.Presses("✅ Dùng nội dung này", "xếp loại mức độ hoàn thành nhiệm vụ 2 năm gần nhất");
        await staff.Presses("Cả 2 năm: Hoàn thành xuất sắc nhiệm vụ", "Khen thưởng đã nhận");
        await staff.Presses("Chưa có", "Số điện thoại");
        await staff.Says(phone, "được đề nghị không thuộc trường hợp");
        return await staff.Presses("✅ Tôi xác nhận", "kiểm tra lại hồ sơ");
    }
}
