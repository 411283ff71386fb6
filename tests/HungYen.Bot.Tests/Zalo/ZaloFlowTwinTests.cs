using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Zalo;

/// <summary>
/// The Telegram end-to-end flows (NominationEndToEndTests, DelegateEndToEndTests) again on Zalo: text only, codes typed
/// instead of links, choices answered by number, files as signed links.
/// </summary>
public sealed class ZaloFlowTwinTests
{
    private static readonly Dictionary<string, string?> Web = Settings.Merge(TextChannelTwin.Conference(), new Dictionary<string, string?> { ["Web:Urls"] = "http://127.0.0.1:0" });

    [Fact]
    public async Task Nomination_TypedUnitCodeThenWholeWizardByNumbers_IsSubmitted()
    {
        await using var bot = await ZaloBot.StartAsync(Web);
        var code = bot.Services.GetRequiredService<IRecordStore>().Find<Unit>("QLKH")!.EnrolmentCode;
        var z = bot.Zalo;

        await z.SaysAsync("n1", code, "1. ✅ Đồng ý", "Lê Thu Hà");
        await z.SaysAsync("n1", "1", "Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học");
        await Step(z, "/decu", "1. Giấy khen của Giám đốc Sở");
        await Step(z, "1", "2. 👤 Cá nhân");
        await Step(z, "2", "Xin nhập họ và tên");
        await Step(z, "nguyễn văn bình", "2. Nữ");
        await Step(z, "1", "Năm sinh");
        await Step(z, "1988", "Chức vụ");
        await Step(z, "Chuyên viên", "Đơn vị công tác");
        await Step(z, "Phòng Quản lý khoa học", "phong trào thi đua nào");
        await Step(z, "1", "tóm tắt thành tích");
        await Step(z, "Chủ trì 01 nhiệm vụ khoa học cấp tỉnh và 02 sáng kiến được công nhận.", "1. ⏭ Bỏ qua");
        await Step(z, "bỏ qua", "1. ✅ Dùng nội dung này");
        await Step(z, "1", "1. Cả 2 năm: Hoàn thành xuất sắc nhiệm vụ");
        await Step(z, "2024: hoàn thành tốt nhiệm vụ; 2025: HTXSNV", "1. Chưa có");
        await Step(z, "1", "Số điện thoại");
        await Step(z, "0912345678", "1. ✅ Tôi xác nhận");
        await Step(z, "1", "• Họ và tên: Nguyễn Văn Bình");
        await Step(z, "1", "Đã gửi hồ sơ GK-CN-001");

        Assert.Equal("Nguyễn Văn Bình", bot.Services.GetRequiredService<IRecordStore>().Find<Nomination>("GK-CN-001")!.Name);
        Assert.Equal("2024:HTTNV;2025:HTXSNV", bot.Services.GetRequiredService<IRecordStore>().Find<Nomination>("GK-CN-001")!.Ratings);
        await z.WaitForTextAsync(ZaloBot.OfficeId, "Hồ sơ đề xuất mới GK-CN-001");
    }

    [Fact]
    public async Task Attendance_TypedInvitationCodeThenAttendByNumbersThenCheckIn()
    {
        await using var bot = await ZaloBot.StartAsync(Web);
        var store = bot.Services.GetRequiredService<IRecordStore>();
        TextChannelTwin.GivenAnInvitedDelegate(store);
        var z = bot.Zalo;

        await z.SaysAsync("a1", "abcd 2345", "1. ✅ Đồng ý", "An");
        await z.SaysAsync("a1", "1", "1. ✅ Tham dự");
        await Step(z, "1", "Số điện thoại: 0912345678", "a1");
        await Step(z, "1", "đã xác nhận tham dự", "a1");
        var link = await z.WaitForTextAsync("a1", "https://bot.example.gov.vn/files/");
        Assert.Contains("?to=zalo%3Aa1&exp=", link.Text);
        Assert.Contains("&sig=", link.Text);
        Assert.Equal(RsvpStatus.Attending, store.Find<Delegate>("d1")!.Status);

        await Step(z, "/diemdanh_canbo zalo:s1", "Đã giao zalo:s1 làm cán bộ điểm danh", ZaloBot.OfficeId);
        await z.SaysAsync("s1", "/start", "1. ✅ Đồng ý", "Lễ tân");
        await z.SaysAsync("s1", "1", "Kính chào");
        // The conference is set for 2099: before the day, check-in asks the staff to confirm.
        await Step(z, "CK7W9XYZ", "Hôm nay chưa phải ngày Hội nghị (18/12/2099)", "s1");
        await Step(z, "/diemdanh CK7W9XYZ xacnhan", "✅ Đã điểm danh: Nguyễn Văn An", "s1");
        await Step(z, "ck7w9xyz", "đã điểm danh lúc", "s1");
    }

    private static async Task Step(Testing.FakeZalo.FakeZaloServer zalo, string say, string expect, string user = "n1")
    {
        await zalo.SaysAsync(user, say, expect);
    }
}
