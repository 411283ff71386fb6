using System.Text;
using HungYen.Bot.Core.Conference;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Ceremony;

public sealed class ConferenceChangeTests
{
    private static ConferenceFacts Facts(Support.ChatHarness bot) => bot.Services.GetRequiredService<ConferenceSchedule>().Current();

    private static List<string> CalendarsOf(Support.ChatHarness bot, string id) =>
        [.. bot.InboxOf(id).Where(m => m.Message.File?.FileName == "hoi-nghi.ics").Select(m => Encoding.UTF8.GetString(m.Message.File!.Content))];

    [Fact]
    public async Task DateInThePast_IsRefused_NothingSavedNothingSent()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();
        var before = bot.InboxOf("an").Count;

        var yesterday = await bot.Admin.Says("/hoinghi_thoigian 23/11/2026 08:00");
        var earlierToday = await bot.Admin.Says("/hoinghi_thoigian 24/11/2026 08:30");

        Assert.Contains("Không thể đặt Hội nghị vào ngày đã qua. Hôm nay là 24/11/2026", yesterday.Text);
        Assert.Contains("Giờ này đã qua (bây giờ là 09:00)", earlierToday.Text);
        Assert.Null(bot.Store.Find<ConferenceOverride>(ConferenceOverride.SingleId));
        Assert.Null(bot.Store.Find<PendingConferenceChange>(PendingConferenceChange.SingleId));
        Assert.Equal(before, bot.InboxOf("an").Count);
    }

    [Fact]
    public async Task DateThenVenue_EachConfirmedWithTheCount_OldToNew_IcsSequenceGrows()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();
        await OpensLinkAsync(bot.User("binh"), Find(bot, "Trần Thị Bình")); // linked, not answered
        Assert.Empty(CalendarsOf(bot, "an")); // confirmed before the date was set: no .ics yet

        var asked = await bot.Admin.Says("/hoinghi_thoigian 18/12/2026 08:00");

        Assert.Contains("Thay đổi thời gian Hội nghị:\n• Cũ: chưa đặt\n• Mới: 08:00, Thứ Sáu, ngày 18/12/2026", asked.Text);
        Assert.Contains("Sẽ thông báo tới 2 người", asked.Text);
        Assert.Null(Facts(bot).Start);
        Assert.DoesNotContain(bot.InboxOf("binh"), m => m.Text.Contains("thông báo thay đổi", StringComparison.Ordinal));

        var sent = await bot.Admin.Says("/hoinghi_xacnhan");

        Assert.Contains("Đã lưu và gửi thông báo tới 2 người; 1 người tham dự nhận lịch (.ics) cập nhật.", sent.Text);
        Assert.Equal(new DateTime(2026, 12, 18, 8, 0, 0), Facts(bot).Start);
        Assert.Contains(bot.InboxOf("binh"), m => m.Text.Contains("• Thời gian: chưa đặt → 08:00, Thứ Sáu, ngày 18/12/2026", StringComparison.Ordinal));
        Assert.Empty(CalendarsOf(bot, "binh"));
        var first = Assert.Single(CalendarsOf(bot, "an"));

        await bot.Admin.Says("/hoinghi_diadiem Hội trường tầng 3, Sở Khoa học và Công nghệ");
        await bot.Admin.Says("/hoinghi_xacnhan");
        var again = await bot.Admin.Says("/hoinghi_xacnhan");

        Assert.Contains(bot.InboxOf("an"), m => m.Text.Contains("→ Hội trường tầng 3, Sở Khoa học và Công nghệ", StringComparison.Ordinal));
        Assert.Contains("Không có thay đổi thời gian, địa điểm nào đang chờ xác nhận", again.Text);
        var calendars = CalendarsOf(bot, "an");
        Assert.Equal(2, calendars.Count);
        var one = Calendar.Load(first)!.Events.Single();
        var two = Calendar.Load(calendars[1])!.Events.Single();
        Assert.Equal((1, 2), (one.Sequence, two.Sequence));
        Assert.Equal(one.Uid, two.Uid);
        Assert.Equal("Hội trường tầng 3, Sở Khoa học và Công nghệ", two.Location);
    }

    [Fact]
    public async Task Ics_IsValidRfc5545_WithTimeZoneStandardDescriptionAndAlarm()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();
        await bot.Admin.Says("/hoinghi_thoigian 18/12/2026 08:00");
        await bot.Admin.Says("/hoinghi_xacnhan");

        var text = Assert.Single(CalendarsOf(bot, "an"));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nVERSION:2.0\r\n", text);
        Assert.Contains("\r\nPRODID:", text);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}"));
        var calendar = Calendar.Load(text)!;
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Asia/Ho_Chi_Minh", zone.TzId);
        Assert.Matches(@"BEGIN:STANDARD\r\n(?:[^\r]*\r\n)*?TZOFFSETTO:\+0700", unfolded);
        var entry = calendar.Events.Single();
        Assert.Equal(new DateTime(2026, 12, 18, 8, 0, 0), entry.DtStart!.Value);
        Assert.Equal("Asia/Ho_Chi_Minh", entry.DtStart.TzId);
        Assert.Contains("DTSTAMP:20261124T020000Z", unfolded);
        Assert.Contains("Chương trình Hội nghị:", entry.Description);
        Assert.Contains("4. Biểu dương, tôn vinh và khen thưởng các điển hình tiên tiến;", entry.Description);
        Assert.Contains("Liên hệ: Văn phòng Sở Khoa học và Công nghệ tỉnh Hưng Yên, điện thoại " + OfficePhone, entry.Description);
        var alarm = Assert.Single(entry.Alarms);
        Assert.Equal("DISPLAY", alarm.Action);
        Assert.Matches(@"\r\nTRIGGER(;RELATED=START)?:-P(1D|T24H)\r\n", unfolded);
        Assert.False(string.IsNullOrWhiteSpace(alarm.Description));
    }

    [Fact]
    public async Task PendingChange_Cancelled_OrLapsed_IsNeverSent()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();
        var before = bot.InboxOf("an").Count;

        await bot.Admin.Says("/hoinghi_thoigian 18/12/2026 08:00");
        var cancelled = await bot.Admin.Says("/hoinghi_huy");
        await bot.Admin.Says("/hoinghi_thoigian 19/12/2026 08:00");
        bot.Clock.Advance(TimeSpan.FromMinutes(31));
        var lapsed = await bot.Admin.Says("/hoinghi_xacnhan");

        Assert.Contains("Đã hủy thay đổi đang chờ", cancelled.Text);
        Assert.Contains("Không có thay đổi thời gian, địa điểm nào đang chờ xác nhận", lapsed.Text);
        Assert.Null(Facts(bot).Start);
        Assert.Equal(before, bot.InboxOf("an").Count);
    }

    [Fact]
    public async Task CheckInBeforeTheDay_AsksForConfirmation_ThenChecksIn()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();
        await bot.Admin.Says("/hoinghi_thoigian 18/12/2026 08:00");
        await bot.Admin.Says("/hoinghi_xacnhan");
        var staff = await bot.GivenACheckInStafferAsync();
        var code = Find(bot, "Nguyễn Văn An").CheckInCode;

        var asked = await staff.Says($"/diemdanh {code}");

        Assert.Contains($"Hôm nay chưa phải ngày Hội nghị (18/12/2026); chưa điểm danh Nguyễn Văn An. Nếu vẫn điểm danh, xin gõ: /diemdanh {code} xacnhan", asked.Text);
        Assert.Null(Find(bot, "Nguyễn Văn An").CheckedInAt);

        var done = await staff.Says($"/diemdanh {code} xacnhan");

        Assert.Contains("Đã điểm danh: Nguyễn Văn An", done.Text);
        Assert.Equal(bot.Clock.GetUtcNow(), Find(bot, "Nguyễn Văn An").CheckedInAt);
    }

    [Fact]
    public void Ics_ForAConferenceYearsAhead_KeepsItsTimeZone()
    {
        var facts = new ConferenceFacts("Hội nghị", new DateTime(2099, 12, 18, 8, 0, 0), "Hội trường", null, 60, 3);

        var text = Encoding.UTF8.GetString(Core.Delegates.Attendance.CalendarFile.Create(facts, 210, "Asia/Ho_Chi_Minh", "dg0001@hungyen-bot", "Chương trình", new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero))!);

        var calendar = Calendar.Load(text)!;
        Assert.Equal("Asia/Ho_Chi_Minh", Assert.Single(calendar.TimeZones).TzId);
        Assert.Contains("BEGIN:STANDARD", text);
        Assert.Equal(3, calendar.Events.Single().Sequence);
    }
}
