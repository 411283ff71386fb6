using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Tests.Delegates;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Journeys;

/// <summary>Issue 19, point 11's last wording items and the small defects noticed while walking the journeys.</summary>
public sealed class WordingLeftoversTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create(new Dictionary<string, string?>
    {
        ["Bot:Username"] = "HungYenBot",
        ["Office:Phone"] = DelegateTestBed.OfficePhone,
        ["Conference:Start"] = "2026-12-18T08:00",
        ["Conference:Venue"] = "Hội trường Sở KH&CN",
    }, services: s => s.AddDelegates().AddScheduling());

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Point11_Declaration_SpeaksOfTheNomineesKindOnly()
    {
        var ha = await _bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(ha, "Declaration");
        var individual = ha.Inbox[^1].Text;
        await ha.Says("/cancel");
        await ha.Says("/dexuat");
        await ha.Presses("Giấy khen của Giám đốc Sở");
        await ha.Presses("👥 Tập thể");
        await ha.Says("Phòng Quản lý khoa học");
        await ha.Says("Trần Đức Minh");
        await ha.Says("Trưởng phòng");
        await ha.Says("12; 9");
        foreach (var step in WizardSteps.Individual.SkipWhile(s => s != "Movement").TakeWhile(s => s != "Declaration"))
        {
            await WizardSteps.AnswerAsync(ha, step);
        }

        var collective = ha.Inbox[^1].Text;

        Assert.Contains("xác nhận cá nhân được đề nghị không thuộc trường hợp chưa xét khen thưởng", individual);
        Assert.Contains("xác nhận tập thể được đề nghị không thuộc trường hợp chưa xét khen thưởng", collective);
        Assert.DoesNotContain("tập thể, cá nhân", individual + collective);
    }

    [Fact]
    public async Task Point11_EditingTheAttachmentFromTheReview_NamesTheFileAttachedNow()
    {
        var ha = await _bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(ha, "Attachment");
        var first = await ha.SendsFile("bao-cao-cu.pdf", "%PDF-1.7 cũ"u8.ToArray());
        await ha.GivenAnsweredFromAsync("Content");

        await ha.Presses("✏️ Sửa một mục");
        var question = await ha.Presses("Báo cáo thành tích");
        Assert.Contains("Đã nhận tệp Báo cáo thành tích «bao-cao-cu.pdf»", first.Text);
        Assert.Contains("Hồ sơ đang kèm tệp Báo cáo thành tích «bao-cao-cu.pdf»", question.Text);
        Assert.Contains("📎 Giữ tệp này", question.Choices);
        Assert.DoesNotContain("⏭ Bỏ qua", question.Choices);

        var replaced = await ha.SendsFile("bao-cao-moi.pdf", "%PDF-1.7 mới"u8.ToArray());
        Assert.Contains("Đã nhận tệp Báo cáo thành tích «bao-cao-moi.pdf», thay cho tệp «bao-cao-cu.pdf»", replaced.Text);
        Assert.Contains("• Báo cáo thành tích: bao-cao-moi.pdf", replaced.Last.Text);

        await ha.Presses("✏️ Sửa một mục");
        await ha.Presses("Báo cáo thành tích");
        var kept = await ha.Presses("📎 Giữ tệp này");
        Assert.Contains("• Báo cáo thành tích: bao-cao-moi.pdf", kept.Last.Text);
        await ha.Presses("✏️ Sửa một mục");
        await ha.Presses("Báo cáo thành tích");
        var removed = await ha.Presses("🗑 Bỏ tệp đính kèm");
        Assert.Contains("Đã bỏ tệp «bao-cao-moi.pdf»", removed.Text);
        Assert.Contains("• Báo cáo thành tích: (chưa có tệp)", removed.Last.Text);
    }

    [Fact]
    public async Task Schedule_NamesEachRecipientByNameAndRole_NotByChatAddress()
    {
        await _bot.StaffAsync("ha", "QLKH", "Lê Thu Hà");
        await _bot.TickAsync();

        var lich = (await _bot.Admin.Says("/lich")).Text;

        Assert.Contains("(trước hạn 5 ngày) → Lê Thu Hà, cán bộ Phòng Quản lý khoa học [chờ gửi]", lich);
        Assert.Contains("Báo cáo tổng hợp hằng ngày 24/11/2026 → Văn phòng Sở [chờ gửi]", lich);
        Assert.DoesNotContain("test:", lich);
    }

    [Fact]
    public async Task Summary_NamesWhoCannotBeReached_AndClosesWithAFullStop()
    {
        await DelegateTestBed.ImportAsync(_bot);
        await DelegateTestBed.AttendsAsync(_bot, _bot.User("an"), "Nguyễn Văn An");
        var changes = new ChangeSet();
        changes.Upsert(new Reachability { Id = "test:an", Unreachable = true, Since = _bot.Clock.GetUtcNow() });
        _bot.Store.Commit(changes);

        var summary = (await _bot.Admin.Says("/baocao")).Messages[0].Text;

        Assert.Contains("• Nguyễn Văn An, đại biểu — kênh khác", summary);
        Assert.DoesNotContain("test:an", summary);
        Assert.EndsWith("Trân trọng.", summary.TrimEnd());
        Assert.DoesNotContain("Trân trọng!", summary);
    }

    [Fact]
    public async Task SubmittedNotice_ClosesWithAFullStop()
    {
        var ha = await _bot.StaffAsync("ha");
        await ha.IndividualToReviewAsync();

        var sent = await ha.Presses("✅ Gửi hồ sơ");

        Assert.Contains("Văn phòng Sở sẽ xem xét và thông báo kết quả. Trân trọng.", sent.Text);
    }
}
