using HungYen.Bot.Core.Awards;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Ceremony;

/// <summary>
/// Six dossiers waiting for their decision: two Bằng khen at the province, four Giấy khen awaiting the Giám đốc's
/// signature; the office records the decisions in chat, leaving GK-CN-003 unsigned (it must never be announced).
/// </summary>
internal static class StageHarness
{
    public static ChatHarness Create(IDictionary<string, string?>? extra = null, bool scheduling = false)
    {
        var config = new Dictionary<string, string?>
        {
            ["Bot:Username"] = "HungYenBot",
            ["Ceremony:BatchSize"] = "2",
            ["Ceremony:ProvincialPresenter:Name"] = "Nguyễn Văn Quang",
            ["Ceremony:ProvincialPresenter:Title"] = "Phó Chủ tịch UBND tỉnh",
            ["Ceremony:Announcer:Name"] = "Đỗ Thị Mai",
            ["Ceremony:Announcer:Title"] = "Chánh Văn phòng Sở",
        };
        Settings.Merge(config, extra);

        return NominationHarness.Create(config, services: s =>
        {
            s.AddDelegates().AddAwards();
            if (scheduling)
            {
                s.AddScheduling();
            }
        });
    }

    public static async Task DecideAsync(ChatHarness bot)
    {
        var changes = new ChangeSet();
        changes.Upsert(Gk("GK-CN-001", NomineeKind.Individual, "Nguyễn Văn An", "QLKH", position: "Phó Trưởng phòng", workplace: "Phòng Quản lý khoa học"));
        changes.Upsert(Gk("GK-CN-002", NomineeKind.Individual, "Lê Thị Hoa", "TTTT", position: "Viên chức", workplace: "Trung tâm Thông tin, thống kê"));
        changes.Upsert(Gk("GK-CN-003", NomineeKind.Individual, "Vũ Văn Chưa Ký", "QLKH"));
        changes.Upsert(Gk("GK-TT-001", NomineeKind.Collective, "Phòng Quản lý khoa học", "QLKH", head: "Phạm Văn Hùng, Trưởng phòng"));
        changes.Upsert(Bk("BK-CN-001", NomineeKind.Individual, "Trần Thị Ánh", position: "Trưởng phòng", workplace: "Phòng Quản lý khoa học"));
        changes.Upsert(Bk("BK-TT-001", NomineeKind.Collective, "Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ"));
        bot.Store.Commit(changes);

        await bot.Admin.Says("/vanban_so quyetdinh 45 10/03/2026");
        foreach (var id in new[] { "GK-CN-001", "GK-CN-002", "GK-TT-001" })
        {
            var reply = await bot.Admin.Says($"/hoso_buoc {id} khenthuong");
            Assert.Contains("đã khen thưởng", reply.Text);
        }

        foreach (var id in new[] { "BK-CN-001", "BK-TT-001" })
        {
            var reply = await bot.Admin.Says($"/hoso_buoc {id} khenthuong 123/QĐ-UBND 20/03/2026");
            Assert.Contains("đã khen thưởng", reply.Text);
        }
    }

    /// <summary>
    /// Given the decisions recorded (<see cref="DecideAsync"/>) and Đặng Văn Long named to receive for BK-TT-001, whose
    /// dossier names no head: every decided dossier has someone to call to the stage.
    /// </summary>
    public static async Task GivenDecidedWithEveryReceiverAsync(ChatHarness bot)
    {
        await DecideAsync(bot);
        var reply = await bot.Admin.Says("/sankhau nhanthay BK-TT-001 Đặng Văn Long; Phó Giám đốc Trung tâm");
        Assert.Contains("Đã ghi người nhận thay của hồ sơ BK-TT-001", reply.Text);
    }

    private static Nomination Gk(string id, NomineeKind kind, string name, string unit, string? position = null, string? workplace = null, string? head = null) =>
        Decided(id, AwardLevel.DirectorCertificate, NominationStatus.AwaitingSignature, "Nam", kind, name, unit, position, workplace, head);

    private static Nomination Bk(string id, NomineeKind kind, string name, string? position = null, string? workplace = null) =>
        Decided(id, AwardLevel.ProvincialCertificate, NominationStatus.SubmittedToProvince, "Nữ", kind, name, "TTTT", position, workplace, head: null);

    private static Nomination Decided(string id, AwardLevel award, NominationStatus status, string gender, NomineeKind kind, string name, string unit, string? position, string? workplace, string? head) => new()
    {
        Id = id,
        UnitCode = unit,
        Award = award,
        Kind = kind,
        Name = name,
        Position = position,
        Workplace = workplace,
        Head = head,
        Gender = kind == NomineeKind.Individual ? gender : null,
        Summary = "Có thành tích xuất sắc.",
        Status = status,
        SubmittedBy = "test:u1",
    };
}
