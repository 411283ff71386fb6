using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

/// <summary>
/// Two staffers of one unit submit at the same moment, their turns in one poll's batch and committed together: the
/// unit's last place goes to one of them, the other is told the quota is reached, as if they had come one after another.
/// </summary>
public sealed class QuotaRaceTests() : RealHostTest("hy-quota-race")
{
    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Conference:NominationDeadline"] = "2099-12-01T17:00",
        ["Nominations:QuotaMin"] = "1",
        ["Nominations:QuotaMax"] = "1",
        ["Nominations:RefuseOverMax"] = "true",
    };

    [Fact]
    public async Task TwoStaffersSubmitInOneBatch_OnePlaceLeft_OneStored_TheOtherToldTheQuotaIsReached()
    {
        var staff = new[] { await Bot.GivenAnEnrolledStafferAsync(Fake, 7401, "Lê Thu Hà"), await Bot.GivenAnEnrolledStafferAsync(Fake, 7402, "Trần Văn Nam") };
        foreach (var person in staff)
        {
            await person.GivenAnIndividualBằngKhenUpToTheReportAsync();
            await person.Presses("⏭ Bỏ qua", "Nội dung khen thưởng");
            await person.GivenTheRestOfTheDossierAsync();
        }

        Fake.UsersSay(staff.Select(s => (s.Id, "✅ Gửi hồ sơ"))); // one batch
        var answers = new List<string>();
        foreach (var person in staff)
        {
            answers.Add((await Fake.WaitForMessageAsync(m => m.ChatId == person.Id && (m.Text.Contains("Đã gửi hồ sơ") || m.Text.Contains("Không thể gửi thêm")), RunningBot.Wait)).Text);
        }

        Assert.Single(Bot.Store.Query<Nomination>());
        Assert.Single(answers, a => a.Contains("Đã gửi hồ sơ BK-CN-001"));
        Assert.Single(answers, a => a.Contains("Không thể gửi thêm: đã đủ mức tối đa 1 hồ sơ"));
    }
}
