using System.Text;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Storage;
using Ical.Net;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Delegates;

public sealed class AttendanceFlowTests
{
    private static readonly Dictionary<string, string?> Dated = new()
    {
        ["Conference:Start"] = "2026-12-18T08:00",
        ["Conference:Venue"] = "Hội trường Sở KH&CN",
        ["Conference:RsvpDeadline"] = "2026-12-10T17:00",
    };

    [Fact]
    public async Task Attend_AfterConfirmingDetails_IsSavedWithCalendarAndCheckInQr()
    {
        using var bot = Create(Dated);
        var an = await bot.GivenAnInvitedDelegateAsync();

        var review = await an.Presses("✅ Tham dự");
        Assert.Contains("• Họ và tên: Nguyễn Văn An\n• Chức vụ: Phó Chủ tịch\n• Số điện thoại: 0912345678", review.Text);
        Assert.Equal(["✅ Xác nhận", "✏️ Sửa thông tin", "✖️ Hủy"], review.Choices);
        Assert.Equal(RsvpStatus.Pending, Find(bot, "Nguyễn Văn An").Status); // nothing saved before confirming

        var done = await an.Presses("✅ Xác nhận");

        var saved = Find(bot, "Nguyễn Văn An");
        Assert.Equal(RsvpStatus.Attending, saved.Status);
        Assert.Contains("đã xác nhận tham dự", done.Text);
        var history = Assert.Single(saved.History);
        Assert.Equal((RsvpStatus.Pending, RsvpStatus.Attending, "test:an"), (history.From, history.To, history.By));

        var ics = done.Messages.Single(m => m.Message.File?.FileName == "hoi-nghi.ics").Message.File!;
        var calendar = Calendar.Load(Encoding.UTF8.GetString(ics.Content))!;
        var entry = Assert.Single(calendar.Events);
        Assert.Equal("Asia/Ho_Chi_Minh", entry.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 18, 8, 0, 0), entry.DtStart.Value);
        Assert.Equal(new DateTime(2026, 12, 18, 11, 30, 0), entry.DtEnd!.Value);
        Assert.Equal(DateTimeOffset.Parse("2026-12-18T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture), entry.DtStart.AsUtc);
        Assert.Equal("Hội trường Sở KH&CN", entry.Location);
        Assert.StartsWith("Hội nghị Tổng kết các phong trào thi đua", entry.Summary);

        var qr = done.Messages.Single(m => m.Message.File?.FileName.StartsWith("diem-danh-", StringComparison.Ordinal) == true).Message.File!;
        Assert.True(qr.IsPhoto);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], qr.Content[..4]);
        Assert.Equal($"https://t.me/HungYenBot?start=ci-{saved.CheckInCode}", DelegateLinks.CheckInPayload(saved, new BotOptions { Username = "HungYenBot" }));
        Assert.Null(an.Session!.Flow);
    }

    [Fact]
    public async Task Attend_WithoutDate_SendsQrButNoCalendar()
    {
        using var bot = Create();
        await ImportAsync(bot);

        var done = await AttendsAsync(bot, bot.User("an"), "Nguyễn Văn An");

        Assert.Contains("Thời gian: sẽ thông báo sau", bot.User("an").Inbox.First(m => m.Text.Contains("GIẤY MỜI")).Text);
        Assert.DoesNotContain(done.Messages, m => m.Message.File?.FileName == "hoi-nghi.ics");
        Assert.Contains(done.Messages, m => m.Message.File?.IsPhoto == true);
    }

    [Fact]
    public async Task EditDetails_BeforeSaving_AreCheckedAndSaved()
    {
        using var bot = Create(Dated);
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.Presses("✅ Tham dự");
        await an.Presses("✏️ Sửa thông tin");
        await an.Says("Nguyễn Văn An");
        await an.Says("Chủ tịch UBND tỉnh");

        var badPhone = await an.Says("12345");
        Assert.Contains("Số điện thoại chưa đúng", badPhone.Text);
        var review = await an.Says("+84 912 000 999");
        Assert.Contains("• Chức vụ: Chủ tịch UBND tỉnh\n• Số điện thoại: 0912000999", review.Text);
        await an.Presses("✅ Xác nhận");

        var saved = Find(bot, "Nguyễn Văn An");
        Assert.Equal(("Chủ tịch UBND tỉnh", "0912000999", RsvpStatus.Attending), (saved.Position, saved.Phone, saved.Status));
    }

    [Fact]
    public async Task Decline_WithReason_IsSaved()
    {
        using var bot = Create(Dated);
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.Presses("❌ Không tham dự");
        var review = await an.Says("Trùng lịch công tác");
        Assert.Contains("• Lý do: Trùng lịch công tác", review.Text);

        var done = await an.Presses("✅ Xác nhận");

        Assert.Contains("không tham dự", done.Text);
        var saved = Find(bot, "Nguyễn Văn An");
        Assert.Equal((RsvpStatus.Declined, "Trùng lịch công tác"), (saved.Status, saved.DeclineReason));
    }

    [Fact]
    public async Task Decline_SkippingTheReason_IsSaved()
    {
        using var bot = Create(Dated);
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.Presses("❌ Không tham dự");
        var review = await an.Presses("Bỏ qua");
        Assert.Contains("• Lý do: (không nêu)", review.Text);
        await an.Presses("✅ Xác nhận");

        Assert.Equal((RsvpStatus.Declined, null), (Find(bot, "Nguyễn Văn An").Status, Find(bot, "Nguyễn Văn An").DeclineReason));
    }

    [Fact]
    public async Task Substitute_BecomesTheAttendingRecordLinkedToTheOriginal()
    {
        using var bot = Create(Dated);
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.Presses("👤 Cử người đi thay");
        await an.Says("Phạm Văn Đức");
        await an.Says("Phó Chánh Văn phòng");
        var review = await an.Says("0868.123.456");
        Assert.Contains("người ĐI THAY", review.Text);
        Assert.Contains("• Họ và tên: Phạm Văn Đức\n• Chức vụ: Phó Chánh Văn phòng\n• Số điện thoại: 0868123456", review.Text);

        var done = await an.Presses("✅ Xác nhận");

        var original = Find(bot, "Nguyễn Văn An");
        var substitute = Find(bot, "Phạm Văn Đức");
        Assert.Equal(RsvpStatus.Substituted, original.Status);
        Assert.Equal(substitute.Id, original.SubstitutedBy);
        Assert.Equal((RsvpStatus.Attending, original.Id, "UBND tỉnh"), (substitute.Status, substitute.SubstituteFor, substitute.Organization));
        Assert.Contains("Xin đồng chí chuyển lịch", done.Text);
        Assert.Contains(done.Messages, m => m.Message.File?.FileName == $"diem-danh-{substitute.CheckInCode}.png");
        Assert.Contains(bot.InboxOf("admin"), m => m.Text.Contains("cử đ/c Phạm Văn Đức"));
    }

    [Fact]
    public async Task ChangingFromSubstituteToAttend_RemovesTheSubstitute()
    {
        using var bot = Create(Dated);
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.SendsASubstituteAsync();

        await AttendsAsync(bot, an, "Nguyễn Văn An");

        Assert.Equal(RsvpStatus.Attending, Find(bot, "Nguyễn Văn An").Status);
        Assert.Null(Find(bot, "Nguyễn Văn An").SubstitutedBy);
        Assert.DoesNotContain(bot.Store.Query<Delegate>(), d => d.FullName == "Phạm Văn Đức");
    }

    [Fact]
    public async Task AnswerCanChange_UntilTheDeadline_ThenTheOfficeIsPointedTo()
    {
        using var bot = Create(Dated);
        var an = await bot.GivenAnAttendingDelegateAsync();
        await an.DeclinesFromTheMenuAsync();
        Assert.Equal(RsvpStatus.Declined, Find(bot, "Nguyễn Văn An").Status);

        bot.Clock.Advance(TimeSpan.FromDays(17)); // 11/12/2026, past 10/12 17:00
        await an.Says("/start");
        var closed = await an.Presses(Invitation);

        Assert.Contains("Đã hết hạn xác nhận tham dự (17:00 ngày 10/12/2026)", closed.Text);
        Assert.Contains(OfficePhone, closed.Text);
        Assert.Null(an.Session!.Flow);
        Assert.Equal(RsvpStatus.Declined, Find(bot, "Nguyễn Văn An").Status);
    }

    [Fact]
    public async Task ConfirmingAfterTheDeadlinePassedMidFlow_IsNotSaved()
    {
        using var bot = Create(Dated);
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.Presses("✅ Tham dự");
        bot.Clock.Advance(TimeSpan.FromDays(17));

        var reply = await an.Presses("✅ Xác nhận");

        Assert.Contains("Đã hết hạn xác nhận tham dự", reply.Text);
        Assert.Equal(RsvpStatus.Pending, Find(bot, "Nguyễn Văn An").Status);
    }

    [Fact]
    public async Task SubstituteName_Invalid_IsRejectedAndTheStepStays()
    {
        using var bot = Create(Dated);
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.Presses("👤 Cử người đi thay");

        var reply = await an.Says("A");

        Assert.Contains("Họ và tên cần từ 2 đến 100 ký tự", reply.Text);
        Assert.Equal("SubName", an.Session!.State);
    }

    [Fact]
    public async Task Confirm_InASessionSavedBeforeTheDraftWasOneValue_SavesTheOldAnswers()
    {
        using var bot = Create();
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.Presses("❌ Không tham dự");
        await an.Says("Lý do khác");
        var session = an.Session!; // at the review; its answers rewritten as the older per-key shape
        Assert.Equal("Confirm", session.State);
        session.Draft.Clear();
        session.Set("delegate", Find(bot, "Nguyễn Văn An").Id);
        session.Set("answer", "Decline");
        session.Set("reason", "Đi công tác");
        session.Set("position", "Chủ tịch");
        var changes = new ChangeSet();
        changes.Upsert(session);
        bot.Store.Commit(changes);

        var done = await an.Presses("✅ Xác nhận");

        var saved = Find(bot, "Nguyễn Văn An");
        Assert.Equal((RsvpStatus.Declined, "Đi công tác", "Chủ tịch"), (saved.Status, saved.DeclineReason, saved.Position));
        Assert.Null(an.Session!.Flow);
        Assert.DoesNotContain("chọn một trong các lựa chọn", done.Text);
    }
}
