using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

public sealed class WizardValidationTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("An", "Họ và tên chưa hợp lệ")]
    [InlineData("Nguyễn Văn 123", "Họ và tên chưa hợp lệ")]
    [InlineData("=cmd|' /C calc'!A0", "Họ và tên chưa hợp lệ")]
    public async Task FullName_Invalid_IsReaskedWithHint(string input, string hint)
    {
        var reply = await SaysAndIsAskedAgainAsync("FullName", input, hint);

        Assert.Contains("Xin nhập họ và tên", reply.Last.Text);
    }

    [Theory]
    [InlineData("85")]
    [InlineData("1939")]
    [InlineData("2010")]
    [InlineData("năm 1985")]
    [InlineData("19 85")]
    public async Task BirthYear_Implausible_IsReaskedWithRange(string input)
    {
        await SaysAndIsAskedAgainAsync("BirthYear", input, "Năm sinh chưa hợp lệ: xin nhập 4 chữ số từ 1940 đến 2008");
    }

    [Fact]
    public async Task Position_Empty_IsReasked()
    {
        await SaysAndIsAskedAgainAsync("Position", "   ", "không được để trống");
    }

    [Theory]
    [InlineData(5, "quá ngắn")]
    [InlineData(501, "quá dài")]
    public async Task Summary_OutOfBounds_IsReasked(int length, string hint)
    {
        await SaysAndIsAskedAgainAsync("Summary", new string('x', length), hint);
    }

    [Theory]
    [InlineData("virus.exe", "%PDF-1.4", "không đúng định dạng")]
    [InlineData("bao-cao.pdf", "MZ not a pdf", "không đúng định dạng")]
    [InlineData("bao-cao.docx", "%PDF-1.4", "không đúng định dạng")]
    public async Task Attachment_WrongType_IsRefused(string name, string content, string hint)
    {
        var staff = await ToStepAsync("Attachment");

        var reply = await staff.SendsFile(name, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.Contains(hint, reply.Text);
        Assert.Equal("Attachment", staff.Session!.State);
    }

    [Fact]
    public async Task Attachment_TooLarge_IsRefused()
    {
        var staff = await ToStepAsync("Attachment");
        var big = new byte[(1024 * 1024) + 1];
        "%PDF"u8.CopyTo(big);

        var reply = await staff.SendsFile("lon.pdf", big);

        Assert.Contains("Tệp quá lớn: tối đa 1 MB", reply.Text);
    }

    [Fact]
    public async Task Attachment_Docx_IsAccepted()
    {
        var staff = await ToStepAsync("Attachment");

        var reply = await staff.SendsFile("Bao cao thanh tich.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        Assert.Contains("Đã nhận tệp", reply.Text);
        Assert.Equal("Content", staff.Session!.State);
    }

    [Theory]
    [InlineData("Award")]
    [InlineData("Kind")]
    [InlineData("Gender")]
    [InlineData("Movement")]
    [InlineData("Declaration")]
    public async Task ChoiceStep_TypedSomethingElse_IsReaskedWithItsChoices(string step)
    {
        var staff = await ToStepAsync(step);

        var reply = await staff.Says("không biết");

        Assert.NotEmpty(reply.Choices);
        Assert.Equal(step, staff.Session!.State);
    }

    [Theory]
    [InlineData("FullName")]
    [InlineData("Position")]
    [InlineData("Summary")]
    [InlineData("ContactPhone")]
    public async Task FileAtATextStep_SaysATextIsExpected(string step)
    {
        var staff = await ToStepAsync(step);

        var reply = await staff.SendsFile("bao-cao.pdf", "%PDF-1.7"u8.ToArray());

        Assert.Contains("Đồng chí vừa gửi một tệp, nhưng ở bước này không cần gửi tệp. Xin gõ câu trả lời bằng chữ.", reply.Text);
        Assert.DoesNotContain("chọn một trong các lựa chọn", reply.Text);
        Assert.Equal(step, staff.Session!.State);
    }

    [Fact]
    public async Task FileAtAChoiceStep_SaysToChoose()
    {
        var staff = await ToStepAsync("Gender");

        var reply = await staff.SendsFile("anh.pdf", "%PDF-1.7"u8.ToArray());

        Assert.Contains("ở bước này không cần gửi tệp. Xin chọn một trong các lựa chọn", reply.Text);
        Assert.Equal("Gender", staff.Session!.State);
    }

    [Fact]
    public async Task EmptyFile_IsSaidToBeEmpty()
    {
        var staff = await ToStepAsync("Attachment");

        var reply = await staff.SendsFile("bao-cao.pdf", []);

        Assert.Contains("Tệp vừa gửi không có nội dung (0 byte)", reply.Text);
        Assert.DoesNotContain("không đúng định dạng", reply.Text);
        Assert.Equal("Attachment", staff.Session!.State);
    }

    [Fact]
    public async Task FullName_TooLong_SaysItIsTooLong()
    {
        var reply = await SaysAndIsAskedAgainAsync("FullName", "Nguyễn " + new string('a', 60) + " " + new string('b', 20), "Họ và tên chưa hợp lệ: dài quá 80 ký tự");

        Assert.DoesNotContain("hai từ", reply.Text);
    }

    [Fact]
    public async Task FullName_OneWord_AsksForTheWholeName()
    {
        var staff = await ToStepAsync("FullName");

        var reply = await staff.Says("Lan");

        Assert.Contains("cần cả họ và tên, ít nhất hai từ", reply.Text);
    }

    [Theory]
    [InlineData("h'hen niê", "H'Hen Niê")]
    [InlineData("H’HEN NIÊ", "H’Hen Niê")]
    [InlineData("y-moan ênuôl", "Y-Moan Ênuôl")]
    public async Task FullName_KeepsTheCapitalAfterAnApostropheOrHyphen(string typed, string kept)
    {
        var staff = await ToStepAsync("FullName");

        await staff.Says(typed);

        Assert.Equal("Gender", staff.Session!.State);
        Assert.Equal(kept, System.Text.Json.JsonSerializer.Deserialize<Core.Nominations.Wizard.NominationDraft>(staff.Session.Get("details")!)!.Name);
    }

    [Theory]
    [InlineData("Workplace", "H", "Đơn vị công tác chưa rõ")]
    [InlineData("Workplace", "xx", "Đơn vị công tác chưa rõ")]
    [InlineData("Workplace", "123", "Đơn vị công tác chưa rõ")]
    [InlineData("Position", "a", "Chức vụ chưa rõ")]
    public async Task FreeText_Implausible_IsReasked(string step, string input, string hint)
    {
        await SaysAndIsAskedAgainAsync(step, input, hint);
    }

    /// <summary>Each free-text question's "chưa rõ" hint, word for word as it was when the hints were named by an enum (issue 13).</summary>
    [Theory]
    [InlineData("Position", "a", "Chức vụ chưa rõ: xin ghi đầy đủ (ví dụ: Trưởng phòng, Chuyên viên).")]
    [InlineData("Workplace", "H", "Đơn vị công tác chưa rõ: xin ghi đầy đủ tên phòng, ban, cơ quan (ví dụ: Phòng Quản lý khoa học).")]
    [InlineData("CollectiveName", "Tổ", "Tên tập thể chưa rõ: xin ghi đầy đủ (ví dụ: Phòng Quản lý công nghệ và Thị trường công nghệ).")]
    [InlineData("HeadPosition", "aa", "Chức vụ chưa rõ: xin ghi đầy đủ (ví dụ: Trưởng phòng, Chuyên viên).")]
    public async Task FreeText_Implausible_HintIsWordedAsBefore(string step, string input, string hint)
    {
        var staff = await _bot.StaffAsync("ha");
        if (step is "CollectiveName" or "HeadPosition")
        {
            await staff.Says("/decu");
            await staff.Presses("Giấy khen của Giám đốc Sở");
            await staff.Presses("👥 Tập thể");
            if (step == "HeadPosition")
            {
                await staff.Says("Phòng Quản lý khoa học");
                await staff.Says("Nguyễn Văn An");
            }
        }
        else
        {
            await WizardSteps.WalkToAsync(staff, step);
        }

        Assert.Equal(step, staff.Session!.State);
        var reply = await staff.Says(input);

        Assert.Equal(hint, reply.Messages[0].Text);
        Assert.Equal(step, staff.Session!.State);
    }

    [Fact]
    public async Task FreeText_TooLong_SaysItIsTooLong()
    {
        var staff = await ToStepAsync("Workplace");

        var reply = await staff.Says("Phòng " + new string('k', 200));

        Assert.Contains("Nội dung dài quá 200 ký tự", reply.Text);
    }

    [Fact]
    public async Task ContactPhone_SharedContact_IsTaken()
    {
        var staff = await ToStepAsync("ContactPhone");

        await staff.SharesContact("+84912345678");

        Assert.Equal("Declaration", staff.Session!.State);
    }

    /// <summary>At <paramref name="step"/>, the staffer types <paramref name="input"/>: told <paramref name="hint"/> and asked again (still at the step).</summary>
    private async Task<Reply> SaysAndIsAskedAgainAsync(string step, string input, string hint)
    {
        var staff = await ToStepAsync(step);

        var reply = await staff.Says(input);

        Assert.Contains(hint, reply.Text);
        Assert.Equal(step, staff.Session!.State);
        return reply;
    }

    private async Task<ChatUser> ToStepAsync(string step)
    {
        var staff = await _bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, step);
        Assert.Equal(step, staff.Session!.State);
        return staff;
    }
}
