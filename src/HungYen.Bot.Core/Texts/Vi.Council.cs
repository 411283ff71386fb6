namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The Council's meeting and votes in chat.</summary>
    public static class Council
    {
        public const string Command = "Hội đồng Thi đua - Khen thưởng: cuộc họp, thành viên, kết quả bỏ phiếu";

        public const string Usage =
            "Xin nhập theo mẫu:\n" +
            "/hoidong hop <dd/MM/yyyy HH:mm>; <địa điểm>\n" +
            "/hoidong thanhvien <họ tên>; <chức vụ>; <vai trò trong Hội đồng>\n" +
            "/hoidong vang <STT thành viên> [lý do]\n" +
            "/hoidong phieu <mã hồ sơ> <phát ra> <thu về> <hợp lệ> <đồng ý>\n" +
            "/hoidong – xem cuộc họp.";

        public static string MeetingSet(string at, string place, int members) =>
            $"Đã ghi cuộc họp Hội đồng: {at}, tại {place}; {members} thành viên.";

        public static string MemberAdded(string name, int members) => $"Đã thêm thành viên {name}; Hội đồng có {members} thành viên.";

        public static string AbsentSet(string name, int present, int members) => $"Đã ghi đồng chí {name} vắng mặt; có mặt {present}/{members} thành viên.";

        public static string BadCounts(int present) => $"Số phiếu không hợp lý: phải có phát ra ≥ thu về ≥ hợp lệ ≥ đồng ý, và phát ra không quá {present} (số thành viên có mặt).";

        public static string Tally(string id, string name, string percent, int baseCount, bool ofMembers, bool quorate, bool proposed) =>
            $"Hồ sơ {id} ({name}): đồng ý {percent}% trên {baseCount} {(ofMembers ? "thành viên Hội đồng" : "thành viên có mặt")}." +
            (quorate ? "" : "\n⚠️ Cuộc họp chưa đủ số thành viên có mặt theo Quy chế.") +
            $"\nĐề xuất kết quả: {(proposed ? "Hội đồng đề nghị khen thưởng" : "Hội đồng không đề nghị khen thưởng")}. " +
            $"Xin Văn phòng Sở xác nhận bằng /hoso_buoc {id} {(proposed ? "hddenghi" : "hdkhong")}.";

        public static string Status(string? at, string? place, IReadOnlyList<string> members, int ballots) =>
            $"Cuộc họp Hội đồng: {at ?? "chưa ghi thời gian"}, {place ?? "chưa ghi địa điểm"}.\n" +
            (members.Count == 0 ? "Chưa có thành viên." : string.Join("\n", members)) +
            $"\nĐã ghi kết quả bỏ phiếu của {ballots} hồ sơ.";
    }
}
