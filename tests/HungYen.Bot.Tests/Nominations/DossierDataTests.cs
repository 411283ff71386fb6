using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

/// <summary>The dossier's data the law and the Council need (issue 17, point 2), asked by the wizard and kept on the nomination.</summary>
public sealed class DossierDataTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create(new Dictionary<string, string?>
    {
        // The second unit's staff give the declaration as the unit's head.
        ["Nominations:Units:1:DeclaresOnBehalf"] = "false",
    });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task NameWithoutDiacritics_IsConfirmedWithThePerson_CorrectedNameAccepted()
    {
        var staff = await ToStepAsync("FullName");

        var plain = await staff.Says("nguyen van an");

        Assert.Contains("Họ và tên «Nguyen Van An» chưa có dấu tiếng Việt", plain.Text);
        Assert.Equal("FullName", staff.Session!.State);

        var corrected = await staff.Says("Nguyễn Văn An");

        Assert.Contains("Giới tính", corrected.Last.Text);
        await staff.GivenAnsweredFromAsync("Gender");
        await staff.Presses("✅ Gửi hồ sơ");
        Assert.Equal("Nguyễn Văn An", _bot.Store.Find<Nomination>("GK-CN-001")!.Name);
    }

    [Fact]
    public async Task NameWithoutDiacritics_SentAgain_IsAcceptedAsConfirmed_ADifferentOneIsAskedAgain()
    {
        var staff = await ToStepAsync("FullName");
        await staff.Says("nguyen van an");

        var other = await staff.Says("tran van binh");
        Assert.Contains("«Tran Van Binh» chưa có dấu", other.Text);
        Assert.Equal("FullName", staff.Session!.State);

        var confirmed = await staff.Says("Tran Van Binh");

        Assert.Contains("Giới tính", confirmed.Last.Text);
    }

    [Fact]
    public async Task Collective_HeadPositionAndShareOfWomen_AreAskedCheckedAndKept()
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.Says("/dexuat");
        await staff.Presses("Giấy khen của Giám đốc Sở");
        await staff.Presses("👥 Tập thể");
        await staff.Says("Phòng Quản lý công nghệ");
        await staff.Says("Trần Đức Minh");
        var members = await staff.Says("Trưởng phòng");
        Assert.Contains("Số người của tập thể và số nữ", members.Text);

        foreach (var bad in new[] { "9; 12", "mười hai", "0; 0", "12" })
        {
            var refused = await staff.Says(bad);
            Assert.Contains("xin nhập số người và số nữ", refused.Text);
            Assert.Equal("Members", staff.Session!.State);
        }

        var movement = await staff.Says("12; 9");
        Assert.Contains("phong trào thi đua nào", movement.Text);
        await staff.Says("1");
        await staff.Says("Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục.");
        var review = await staff.GivenAnsweredFromAsync("Attachment");

        Assert.Contains("• Chức vụ người đứng đầu: Trưởng phòng", review.Text);
        Assert.Contains("• Số người, số nữ: 12 người, 9 nữ (75%, được ưu tiên)", review.Text);
        await staff.Presses("✅ Gửi hồ sơ");
        var saved = _bot.Store.Find<Nomination>("GK-TT-001")!;
        Assert.Equal(("Trưởng phòng", 12, 9, 75), (saved.HeadPosition, saved.MemberCount, saved.WomenCount, saved.WomenPercent));
    }

    [Fact]
    public async Task Content_IsGeneratedFromTheMovement_AndTheUnitMayWriteItsOwn()
    {
        var staff = await ToStepAsync("Content");
        var refused = await staff.Says("ngắn");
        Assert.Contains("Nội dung khen thưởng cần từ 20 đến 500 ký tự", refused.Text);
        Assert.Contains("«Đã có thành tích xuất sắc trong phong trào thi đua “Đổi mới sáng tạo, ứng dụng tiến bộ khoa học", refused.Last.Text);
        Assert.Equal("Content", staff.Session!.State);

        await staff.Says("Đã có thành tích xuất sắc trong thực hiện nhiệm vụ chuyển đổi số năm 2025");
        await staff.GivenAnsweredFromAsync("Ratings");
        await staff.Presses("✅ Gửi hồ sơ");

        Assert.Equal("Đã có thành tích xuất sắc trong thực hiện nhiệm vụ chuyển đổi số năm 2025", _bot.Store.Find<Nomination>("GK-CN-001")!.Content);
    }

    [Fact]
    public async Task Content_Suggested_FollowsAChangedMovement()
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.IndividualToReviewAsync();
        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses("Phong trào thi đua");
        var review = await staff.Says("2");

        Assert.Contains("• Nội dung khen thưởng: Đã có thành tích xuất sắc trong phong trào thi đua “Hưng Yên đẩy mạnh thực hiện Đề án chuyển đổi số", review.Text);
    }

    [Fact]
    public async Task PriorAwardsAndPhone_AreKept_ABadPhoneIsRefused()
    {
        var staff = await ToStepAsync("PriorAwards");
        await staff.Says("2024; Giấy khen của Giám đốc Sở; 45/QĐ-SKHCN ngày 10/3/2024; Sở Khoa học và Công nghệ");

        var bad = await staff.Says("12345");
        Assert.Contains("Số điện thoại chưa đúng", bad.Text);
        Assert.Equal("ContactPhone", staff.Session!.State);

        await staff.Says("0912 345 678");
        var review = await staff.Presses("✅ Tôi xác nhận");
        Assert.Contains("• Khen thưởng đã nhận: 2024; Giấy khen của Giám đốc Sở; 45/QĐ-SKHCN ngày 10/3/2024", review.Text);
        await staff.Presses("✅ Gửi hồ sơ");

        var saved = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal("0912345678", saved.ContactPhone);
        Assert.StartsWith("2024; Giấy khen", saved.PriorAwards);
    }

    [Theory]
    [InlineData("QLKH", "Thay mặt Thủ trưởng đơn vị, đồng chí xác nhận", true)]
    [InlineData("TTTT", "Đồng chí, với tư cách Thủ trưởng đơn vị, xác nhận", false)]
    public async Task Declaration_WordedAsĐiều4_ByTheHeadOrOnTheirBehalfAsTheUnitConfigures(string unit, string wording, bool onBehalf)
    {
        var staff = await _bot.StaffAsync("ha", unit);
        await WizardSteps.WalkToAsync(staff, "ContactPhone");

        var declaration = await staff.Says("0912345678");

        Assert.Contains(wording, declaration.Text);
        Assert.Contains("khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP", declaration.Text);
        Assert.Contains("không dùng làm căn cứ đề nghị khen thưởng theo công trạng", declaration.Text);
        await staff.Presses("✅ Tôi xác nhận");
        await staff.Presses("✅ Gửi hồ sơ");
        var saved = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.True(saved.NoDisciplineConfirmed);
        Assert.Equal(onBehalf, saved.DeclaredOnBehalf);
    }

    [Fact]
    public async Task Review_ShowsThePlansRange_AndWarnsUnderTheMinimum()
    {
        var staff = await _bot.StaffAsync("ha");

        var review = await staff.IndividualToReviewAsync();

        Assert.Contains("Kế hoạch: mỗi hình thức, đối tượng từ 05 đến 10 hồ sơ.", review.Text);
        Assert.Contains("⚠️ Lưu ý: toàn Sở mới có Giấy khen – cá nhân: 1/10 hồ sơ, chưa đạt mức tối thiểu 5", review.Text);
    }

    [Fact]
    public async Task FileStep_OffersTheBlankReportForm_AsDocxFilledWithTheDraftsHeading_AndStaysAtTheStep()
    {
        var staff = await ToStepAsync("Attachment");

        var reply = await staff.Presses("📄 Tải mẫu báo cáo thành tích");

        var file = reply.Messages.Single(m => m.Message.File is not null).Message.File!;
        Assert.Equal("Mẫu báo cáo thành tích - Giấy khen.docx", file.FileName);
        Assert.Contains("Đã gửi mẫu báo cáo thành tích", reply.Text);
        Assert.Equal("Attachment", staff.Session!.State);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var lines = doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.Contains("PHÒNG QUẢN LÝ KHOA HỌC", lines);
        Assert.Contains("BÁO CÁO THÀNH TÍCH", lines);
        Assert.Contains("ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", lines);
        Assert.Contains(lines, l => l.StartsWith("Họ và tên, chức vụ, đơn vị công tác: Phạm Thị Lan", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("- Chức vụ (Đảng, chính quyền, đoàn thể):", StringComparison.Ordinal));
        Assert.Contains("NGƯỜI BÁO CÁO THÀNH TÍCH", lines);

        var next = await staff.Presses("⏭ Bỏ qua");
        Assert.Contains("Nội dung khen thưởng", next.Last.Text);
    }

    private async Task<ChatUser> ToStepAsync(string step)
    {
        var staff = await _bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, step);
        Assert.Equal(step, staff.Session!.State);
        return staff;
    }
}
