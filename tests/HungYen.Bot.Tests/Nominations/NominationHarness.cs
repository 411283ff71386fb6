using HungYen.Bot.Core.Formats;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Nominations;

/// <summary>A chat harness with the nominations feature, two units and the plan's movements.</summary>
public static class NominationHarness
{
    public const string Wizard = "🏅 Đề xuất khen thưởng";

    public static ChatHarness Create(IDictionary<string, string?>? extra = null, string? databasePath = null, Action<IServiceCollection>? services = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["Nominations:Units:0:Code"] = "QLKH",
            ["Nominations:Units:0:Name"] = "Phòng Quản lý khoa học",
            ["Nominations:Units:0:Kind"] = "Phòng chuyên môn",
            ["Nominations:Units:1:Code"] = "TTTT",
            ["Nominations:Units:1:Name"] = "Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ",
            ["Nominations:Units:1:Kind"] = "Đơn vị trực thuộc Sở",
            ["Nominations:Movements:0"] = "Đổi mới sáng tạo, ứng dụng tiến bộ khoa học và công nghệ vào thực tiễn sản xuất và đời sống giai đoạn 2021-2025",
            ["Nominations:Movements:1"] = "Hưng Yên đẩy mạnh thực hiện Đề án chuyển đổi số giai đoạn 2021-2025",
            ["Nominations:SummaryMinLength"] = "20",
            ["Nominations:SummaryMaxLength"] = "500",
            ["Nominations:MaxFileMegabytes"] = "1",
            ["Conference:NominationDeadline"] = "2026-12-01T17:00",
        };
        Settings.Merge(config, extra);

        var harness = new ChatHarness(config, services: s =>
        {
            s.AddNominations();
            services?.Invoke(s);
        }, databasePath: databasePath);
        harness.Services.GetRequiredService<UnitCatalog>().Synchronise();
        return harness;
    }

    public static string CodeOf(this ChatHarness bot, string unit) => bot.Store.Find<Unit>(unit)!.EnrolmentCode;

    /// <summary>A staffer enrolled to <paramref name="unit"/> through the unit's code.</summary>
    public static async Task<ChatUser> StaffAsync(this ChatHarness bot, string id, string unit = "QLKH", string name = "Lê Thu Hà")
    {
        var user = bot.User(id, name);
        await user.Says($"/start {bot.CodeOf(unit)}");
        return user;
    }

    /// <summary>
    /// Given a staffer of <paramref name="unit"/> enrolled by the unit's code who submitted one individual's nomination
    /// (the answers of <see cref="IndividualToReviewAsync"/>): the staffer, back at the menu.
    /// </summary>
    public static async Task<ChatUser> GivenAStafferWhoSubmittedAsync(this ChatHarness bot, string id = "ha", string unit = "QLKH", string name = "nguyễn  văn an", string year = "1985", string award = "Giấy khen của Giám đốc Sở")
    {
        var staff = await bot.StaffAsync(id, unit);
        await staff.IndividualToReviewAsync(name, year, award);
        await staff.Presses("✅ Gửi hồ sơ");
        return staff;
    }

    /// <summary>Walks the wizard for an individual up to the review screen.</summary>
    public static async Task<Reply> IndividualToReviewAsync(this ChatUser user, string name = "nguyễn  văn an", string year = "1985", string award = "Giấy khen của Giám đốc Sở")
    {
        await user.Says("/decu");
        await user.Presses(award);
        await user.Presses("👤 Cá nhân");
        await user.Says(name);
        if (!NameRules.HasDiacritics(name))
        {
            await user.Says(name); // a name without diacritics is confirmed by sending it again
        }

        await user.Presses("Nam");
        await user.Says(year);
        await user.Says("Phó Trưởng phòng");
        await user.Says("Phòng Quản lý khoa học");
        await user.Says("1");
        await user.Says("Chủ trì 02 nhiệm vụ khoa học cấp tỉnh, 01 sáng kiến được công nhận.");
        return await user.GivenAnsweredFromAsync("Attachment");
    }

    /// <summary>Walks the wizard for a collective up to the review screen, its báo cáo thành tích sent as a file.</summary>
    public static async Task<Reply> CollectiveToReviewAsync(this ChatUser user, string award = "Giấy khen của Giám đốc Sở")
    {
        await user.Says("/decu");
        await user.Presses(award);
        await user.Presses("👥 Tập thể");
        await user.Says("phòng Quản lý công nghệ và Thị trường công nghệ");
        await user.Says("trần   đức minh");
        await user.Says("Trưởng phòng");
        await user.Says("12; 9");
        await user.Says("2");
        await user.Says("Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục, đoàn kết, dân chủ.");
        await user.SendsFile("bao-cao.pdf", "%PDF-1.7 báo cáo"u8.ToArray());
        return await user.GivenAnsweredFromAsync("Content");
    }
}
