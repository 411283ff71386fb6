using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Delegates.Reminders;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using LiteDB;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Scheduling;

/// <summary>
/// Issue 13 point 5: a scheduled message stores codes (its kind, its subject, the reminder's offset), and /lich words its
/// title when shown, with the subject's current name; records stored with a sentence before still list.
/// </summary>
public sealed class ScheduleTitleTests : IDisposable
{
    private const string Name = "Nguyễn Văn An";

    private readonly TempDatabase _database = new("hy-titles");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Lich_NamesTheDelegateAsTheListNamesThemNow_AfterTheOfficeCorrectsTheName()
    {
        using var bot = CreateWithReminders();
        await bot.GivenAnAttendingDelegateAsync();
        await bot.TickAsync();

        await ImportAsync(bot, ListCsv.Replace(Name, "Nguyễn Văn Ân", StringComparison.Ordinal));
        var reply = await bot.Admin.Says("/lich");

        Assert.Contains("— Nhắc đại biểu Nguyễn Văn Ân (trước Hội nghị 3 ngày) →", reply.Text);
        Assert.Contains("— Nhắc đại biểu Nguyễn Văn Ân (sáng ngày Hội nghị) →", reply.Text);
        Assert.DoesNotContain("Nhắc đại biểu " + Name + " ", reply.Text);
    }

    [Fact]
    public async Task StoredMessages_HoldNoDelegateName_InTheFileOnDisk()
    {
        using (var bot = CreateWithReminders(databasePath: _database.Path))
        {
            await bot.GivenAnAttendingDelegateAsync();
            await OpensLinkAsync(bot.User("binh"), Find(bot, "Trần Thị Bình"));
            await bot.TickAsync();
            Assert.Equal(6, bot.Store.Count<ScheduledMessage>(m => m.Kind == DelegateReminders.Kind));
        }

        using var db = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct });
        var stored = db.GetCollection(nameof(ScheduledMessage)).FindAll().Select(d => LiteDB.JsonSerializer.Serialize(d)).ToList();
        Assert.NotEmpty(stored);
        Assert.All(stored, json =>
        {
            Assert.DoesNotContain(Name, json, StringComparison.Ordinal);
            Assert.DoesNotContain("Trần Thị Bình", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Nhắc", json, StringComparison.Ordinal);
        });
        Assert.Contains(stored, json => json.Contains("\"Detail\":\"72h\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OldRecordsWithASentence_StillList_AndThePlannedOnesTakeCodesOnce()
    {
        using var bot = CreateWithReminders();
        await bot.GivenAnAttendingDelegateAsync();
        await bot.TickAsync();
        var an = Find(bot, Name);
        GivenStoredAsBefore(bot, an);

        var before = await bot.Admin.Says("/lich");
        await bot.TickAsync(); // plans again: the planned ones are rewritten with codes, once
        var versions = (IRecordVersions)bot.Store;
        var settled = versions.VersionOf([typeof(ScheduledMessage)]);
        await bot.TickAsync();
        var after = await bot.Admin.Says("/lich");

        Assert.Contains("— Nhắc đại biểu Nguyễn Văn An (trước Hội nghị 3 ngày, ghi theo cách cũ) →", before.Text);
        Assert.Contains("— Hết hạn giữ chỗ cho đ/c Nguyễn Văn An (ghi theo cách cũ) →", before.Text);
        Assert.Equal(settled, versions.VersionOf([typeof(ScheduledMessage)]));
        var planned = bot.Store.Query<ScheduledMessage>(m => m.Kind == DelegateReminders.Kind && m.Status == ScheduleStatus.Planned);
        Assert.Equal(3, planned.Count);
        Assert.All(planned, m => Assert.Null(m.Title));
        Assert.Contains(planned, m => m.Detail == "72h");
        Assert.Contains("— Nhắc đại biểu Nguyễn Văn An (trước Hội nghị 3 ngày) →", after.Text);
        Assert.Contains("— Hết hạn giữ chỗ cho đ/c Nguyễn Văn An (ghi theo cách cũ) →", after.Text); // sent: kept as stored
    }

    [Fact]
    public async Task AfterTheDelegateErasesTheirData_TheListingDoesNotShowTheName()
    {
        using var bot = CreateWithReminders();
        var an = await bot.GivenAnAttendingDelegateAsync();
        await bot.TickAsync();
        GivenStoredAsBefore(bot, Find(bot, Name), reminders: false);

        await an.Says("/dulieu");
        await an.Presses("🗑 Xóa dữ liệu của tôi");
        var erased = await an.Presses("🗑 Đồng ý xóa");
        await bot.TickAsync();
        var reply = await bot.Admin.Says("/lich");

        Assert.Contains("Đã xóa dữ liệu cá nhân của đồng chí", erased.Text);
        Assert.DoesNotContain(Name, reply.Text);
        Assert.Contains("— Nhắc đại biểu (trước Hội nghị 3 ngày) →", reply.Text);
        Assert.Contains("— Hết hạn giữ chỗ trống cho đại biểu →", reply.Text);
    }

    [Fact]
    public async Task AMessageOfAKindNoPlannerKnows_ListsWithANeutralTitle()
    {
        using var bot = CreateWithReminders();
        var changes = new ChangeSet();
        changes.Upsert(new ScheduledMessage { Id = "gone:1", Kind = "gone", Recipient = "test:x", DueAt = bot.Clock.GetUtcNow(), Status = ScheduleStatus.Sent, SentAt = bot.Clock.GetUtcNow() });
        bot.Store.Commit(changes);

        var reply = await bot.Admin.Says("/lich");

        Assert.Contains("— Tin nhắn theo lịch →", reply.Text);
    }

    /// <summary>
    /// Given a lapsed seat offer about the delegate sent before titles were codes (its title a sentence with the name),
    /// and (<paramref name="reminders"/>) their planned reminders rewritten as records were stored then (a sentence, no
    /// offset code).
    /// </summary>
    private static void GivenStoredAsBefore(ChatHarness bot, Delegate an, bool reminders = true)
    {
        var changes = new ChangeSet();
        foreach (var m in bot.Store.Query<ScheduledMessage>(m => m.Kind == DelegateReminders.Kind && m.Subject == an.Id).Where(_ => reminders))
        {
            m.Title = m.Detail == "72h" ? $"Nhắc đại biểu {an.FullName} (trước Hội nghị 3 ngày, ghi theo cách cũ)" : $"Nhắc đại biểu {an.FullName} (ghi theo cách cũ)";
            m.Detail = null;
            changes.Upsert(m);
        }

        var at = bot.Clock.GetUtcNow().AddHours(-1);
        changes.Upsert(new ScheduledMessage
        {
            Id = $"seat-offer-expiry:{an.Id}:1",
            Kind = "seat-offer-expiry",
            Recipient = "test:an",
            Subject = an.Id,
            Title = $"Hết hạn giữ chỗ cho đ/c {an.FullName} (ghi theo cách cũ)",
            DueAt = at,
            LatestUseful = at.AddDays(30),
            Status = ScheduleStatus.Sent,
            SentAt = at,
        });
        bot.Store.Commit(changes);
    }
}
