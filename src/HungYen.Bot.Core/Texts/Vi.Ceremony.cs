namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The stage: calling order, batches, MC script, the awardees' invitations.</summary>
    public static class Ceremony
    {
        public const string StageCommand = "Thứ tự trao khen thưởng trên sân khấu, danh sách và kịch bản (.docx)";

        public const string InviteCommand = "Mời các tập thể, cá nhân được khen thưởng dự Hội nghị";

        public const string StageUsage =
            "Cách dùng:\n" +
            "• /sankhau – xem thứ tự trao, từng đợt và người đã có mặt\n" +
            "• /sankhau danhsach – danh sách thứ tự trao khen thưởng (.docx)\n" +
            "• /sankhau kichban – kịch bản dẫn chương trình (.docx)\n" +
            "• /sankhau doi <mã hồ sơ> <số thứ tự mới> – đổi thứ tự, ví dụ /sankhau doi BK-CN-002 1\n" +
            "• /sankhau macdinh – trở lại thứ tự tự động\n" +
            "• /sankhau nhanthay <mã hồ sơ> <họ và tên>; <chức vụ> – người nhận thay của một tập thể";

        public const string NoAwardees =
            "Chưa có tập thể, cá nhân nào đã có Quyết định khen thưởng. Chỉ các Quyết định đã ký mới được công bố tại Hội nghị; " +
            "xin ghi Quyết định bằng /hoso_buoc <mã> khenthuong.";

        public const string ListTitle = "Danh sách thứ tự trao khen thưởng";

        public const string ScriptTitle = "Kịch bản trao khen thưởng";

        public const string ListKind = "DANH SÁCH";

        public const string ListHeading = "Thứ tự trao khen thưởng tại Hội nghị";

        public const string ScriptKind = "KỊCH BẢN";

        public const string ScriptHeading = "Phần biểu dương, tôn vinh và khen thưởng các điển hình tiên tiến";

        public const string ColumnNumber = "STT";

        public const string ColumnName = "Tên tập thể / Họ và tên";

        public const string ColumnPosition = "Chức vụ, đơn vị công tác";

        public const string ColumnReceiver = "Người nhận";

        public const string ColumnPresent = "Điểm danh";

        public const string Present = "Có mặt";

        public const string NotArrived = "Chưa đến";

        public const string NotInvited = "Chưa mời";

        public const string ReceivesInPerson = "Nhận trực tiếp";

        public const string NoReceiver = "Chưa có người nhận thay";

        public const string Flowers = "(Tặng hoa, chụp ảnh lưu niệm.)";

        public const string ThankYou = "Xin trân trọng cảm ơn các đồng chí.";

        public const string ResetDone = "Đã trở lại thứ tự trao tự động: Bằng khen trước Giấy khen, theo từng Quyết định.";

        public const string ReceiverUsage = "Xin nhập theo mẫu: /sankhau nhanthay <mã hồ sơ> <họ và tên>; <chức vụ>\nVí dụ: /sankhau nhanthay BK-TT-001 Phạm Văn Hùng; Phó Giám đốc Trung tâm";

        public const string MoveUsage = "Xin nhập theo mẫu: /sankhau doi <mã hồ sơ> <số thứ tự mới>, ví dụ /sankhau doi BK-CN-002 1.";

        public static string AwardName(AwardLevel award) => award == AwardLevel.ProvincialCertificate
            ? "Bằng khen của Chủ tịch UBND tỉnh"
            : "Giấy khen của Giám đốc Sở Khoa học và Công nghệ";

        public static string Signer(AwardLevel award) => award == AwardLevel.ProvincialCertificate ? "Chủ tịch UBND tỉnh" : "Giám đốc Sở Khoa học và Công nghệ";

        public static string Decision(string reference, DateTime? date) =>
            $"Quyết định số {(reference.Length == 0 ? Documents.Blank : reference)} ngày {(date is { } d ? Documents.Short(d) : Documents.Blank)}";

        public static string DecisionHeading(AwardLevel award, string reference, DateTime? date) => $"{Decision(reference, date)} — {AwardName(award)}";

        public static string BatchHeading(int number, string presenter) => $"Đợt {number} — trao: đồng chí {presenter}";

        public static string BatchHeadingWithPresence(int number, string presenter, int present, int invited) =>
            BatchHeading(number, presenter) + (invited == 0 ? "" : $" — có mặt {present}/{invited}");

        public static string Receiver(string name, string position) => position.Length == 0 ? $"đồng chí {name} nhận thay" : $"đồng chí {name}, {position} nhận thay";

        public static string Count(int awardees, int batches) => $"{awardees} tập thể, cá nhân; {batches} đợt";

        public static string Overview(int awardees, int batches) => $"Thứ tự trao khen thưởng ({Count(awardees, batches)}):";

        public static string Line(int position, string name, string id, string? receiver, string presence) =>
            $"{position}. {name} ({id}){(receiver is null ? "" : " – " + receiver)}{(presence.Length == 0 ? "" : " — " + presence)}";

        public static string FileCaption(string title, int awardees, int batches) => $"{title}: {Count(awardees, batches)}.";

        public static string Announce(string announcer, AwardLevel award, string reference, DateTime? date, string campaign) =>
            $"Xin trân trọng kính mời đồng chí {announcer} lên công bố {Decision(reference, date)} của {Signer(award)} về việc tặng {Nominations.AwardShort(award)} " +
            $"cho các tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua \"{campaign}\".";

        public static string CallUp(int number) => $"Đợt {number}. Xin trân trọng kính mời các tập thể, cá nhân có tên sau lên sân khấu:";

        public static string HandOver(string presenter, AwardLevel award) => $"Xin trân trọng kính mời đồng chí {presenter} lên trao {Nominations.AwardShort(award)} cho các tập thể, cá nhân.";

        public static string NoSuchAwardee(string id) => $"Không có hồ sơ {id} trong danh sách đã có Quyết định khen thưởng. Xin xem mã bằng /sankhau.";

        public static string OutOfDecision(string id, int first, int last) =>
            $"Hồ sơ {id} chỉ đổi được thứ tự trong cùng Quyết định của nó: từ {first} đến {last}. Thứ tự không thay đổi.";

        public static string Moved(string id, int position) => $"Đã chuyển hồ sơ {id} lên vị trí {position}. Xin xem lại bằng /sankhau.";

        public static string NotCollective(string id) => $"Hồ sơ {id} là cá nhân, được mời nhận trực tiếp; người nhận thay chỉ dành cho tập thể.";

        public static string ReceiverSaved(string id, string name, string position) => $"Đã ghi người nhận thay của hồ sơ {id}: đồng chí {name}, {position}.";

        public static string ReceiverInvitationUpdated(string code) => $"Giấy mời {code} đã được ghi lại theo người nhận thay mới; xin gửi lại giấy mời bằng /vanban giaymoi {code}.";

        public static string ReceiverAlreadyClaimed(string name) =>
            $"Giấy mời của hồ sơ này đã được đồng chí {name} nhận qua bot nên chưa đổi; người nhận thay mới được ghi cho sân khấu.";

        public static string Invited(int count, IReadOnlyList<string> lines) =>
            count == 0 ? "Không có giấy mời mới: mọi tập thể, cá nhân đã có Quyết định đều đã được mời." :
            $"Đã lập {count} giấy mời cho tập thể, cá nhân được khen thưởng (nhóm riêng), mỗi người một đường dẫn, mã mời và mã QR điểm danh:\n{string.Join("\n", lines)}\n" +
            "Lấy giấy mời (.docx, có mã QR) bằng /vanban giaymoi <mã mời>.";

        public static string InvitedLine(string name, string forWhom, string code) => $"• {name}{(forWhom.Length == 0 ? "" : " (" + forWhom + ")")} — mã mời {code}";

        public static string Skipped(IReadOnlyList<string> ids) =>
            $"Chưa mời được {ids.Count} tập thể vì chưa có người nhận thay: {string.Join(", ", ids)}. Xin ghi bằng /sankhau nhanthay <mã> <họ và tên>; <chức vụ>.";

        public static string InviteOffer(string name, string id) =>
            $"{name} ({id}) đã có Quyết định khen thưởng. Đồng chí có thể mời ngay các tập thể, cá nhân đã có Quyết định dự Hội nghị: mỗi người một đường dẫn, mã mời và mã QR điểm danh, trong nhóm đại biểu riêng.";

        public const string InviteButton = "📨 Mời người được khen thưởng dự Hội nghị";

        public const string MissingNoticeTitle = "Người nhận khen thưởng chưa điểm danh trước giờ khai mạc";

        public static string MissingBeforeStart(string now, string start, IReadOnlyList<string> lines) =>
            $"⚠️ Đến {now}, còn {lines.Count.ToString(CultureInfo.InvariantCulture)} người nhận khen thưởng chưa điểm danh (Hội nghị khai mạc lúc {start}):\n{string.Join("\n", lines)}\n" +
            "Đề nghị Văn phòng Sở liên hệ hoặc ghi người nhận thay (/sankhau nhanthay); tình hình điểm danh: /diemdanh_tinhhinh.";

        public static string MissingLine(string name, string position, string organization, string phone) =>
            $"• {name}" + (string.IsNullOrWhiteSpace(position) ? "" : $", {position}") + (string.IsNullOrWhiteSpace(organization) ? "" : $" — {organization}") +
            (string.IsNullOrWhiteSpace(phone) ? "" : $", SĐT {phone}");

        public static string MissingAwardees(IReadOnlyList<string> lines) =>
            $"Người nhận khen thưởng chưa đến ({lines.Count}):\n{string.Join("\n", lines)}";

        public static string AwardeeArrived(string name, string nominee, int missing) =>
            $"Người nhận khen thưởng đã đến: {name} — {nominee}. " +
            (missing == 0 ? "Tất cả người nhận khen thưởng đã có mặt." : $"Còn {missing.ToString(CultureInfo.InvariantCulture)} người nhận khen thưởng chưa đến; xem danh sách bằng /diemdanh_tinhhinh.");
    }
}
