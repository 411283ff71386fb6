using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

/// <summary>Walks an individual's nomination to a given step, answering every step before it correctly.</summary>
public static class WizardSteps
{
    public static readonly string[] Individual = ["Award", "Kind", "FullName", "Gender", "BirthYear", "Position", "Workplace", "Movement", "Summary", "Attachment", "Content", "Ratings", "PriorAwards", "ContactPhone", "Declaration", "Review"];

    public static async Task WalkToAsync(ChatUser staff, string step)
    {
        await staff.Says("/decu");
        foreach (var current in Individual.TakeWhile(s => s != step))
        {
            await AnswerAsync(staff, current);
        }
    }

    /// <summary>
    /// Given the wizard at <paramref name="step"/> (an individual's or, from the movement on, a collective's): answers it
    /// and every step after it as <see cref="AnswerAsync"/> does, and returns the review screen.
    /// </summary>
    public static async Task<Reply> GivenAnsweredFromAsync(this ChatUser staff, string step)
    {
        Reply? last = null;
        foreach (var current in Individual.SkipWhile(s => s != step).TakeWhile(s => s != "Review"))
        {
            last = await AnswerAsync(staff, current);
        }

        return last ?? throw new ArgumentOutOfRangeException(nameof(step));
    }

    public static Task<Reply> AnswerAsync(ChatUser staff, string step) => step switch
    {
        "Award" => staff.Presses("Giấy khen của Giám đốc Sở"),
        "Kind" => staff.Presses("👤 Cá nhân"),
        "FullName" => staff.Says("Phạm Thị Lan"),
        "Gender" => staff.Presses("Nữ"),
        "BirthYear" => staff.Says("1990"),
        "Position" => staff.Says("Chuyên viên"),
        "Workplace" => staff.Says("Phòng Quản lý khoa học"),
        "Movement" => staff.Says("1"),
        "Summary" => staff.Says("Có 02 sáng kiến được công nhận cấp tỉnh năm 2024 và 2025."),
        "Attachment" => staff.Presses("⏭ Bỏ qua"),
        "Content" => staff.Presses("✅ Dùng nội dung này"),
        "Ratings" => staff.Presses("Cả 2 năm: Hoàn thành xuất sắc nhiệm vụ"),
        "PriorAwards" => staff.Presses("Chưa có"),
        "ContactPhone" => staff.Says("0912345678"),
        "Declaration" => staff.Presses("✅ Tôi xác nhận"),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>A phrase of each step's question.</summary>
    public static string Question(string step) => step switch
    {
        "Award" => "chọn hình thức khen thưởng",
        "Kind" => "tập thể hay cá nhân",
        "FullName" => "Xin nhập họ và tên",
        "Gender" => "Giới tính",
        "BirthYear" => "Năm sinh",
        "Position" => "Chức vụ",
        "Workplace" => "Đơn vị công tác",
        "Movement" => "phong trào thi đua nào",
        "Summary" => "tóm tắt thành tích",
        "Attachment" => "Báo cáo thành tích",
        "Content" => "Nội dung khen thưởng",
        "Ratings" => "xếp loại mức độ hoàn thành nhiệm vụ 2 năm gần nhất",
        "PriorAwards" => "Khen thưởng đã nhận",
        "ContactPhone" => "Số điện thoại",
        "Declaration" => "được đề nghị không thuộc trường hợp chưa xét khen thưởng",
        _ => "kiểm tra lại hồ sơ",
    };
}
