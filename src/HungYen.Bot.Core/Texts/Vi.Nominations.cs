namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public static class Nominations
    {
        public const string MenuLabel = "🏅 Đề xuất khen thưởng";

        public const string AliasCommand = "Đề xuất khen thưởng (như /dexuat)";

        public const string ListMenuLabel = "📋 Hồ sơ đề xuất của đơn vị";

        public static string Award(AwardLevel award) => award == AwardLevel.DirectorCertificate ? "Giấy khen của Giám đốc Sở" : "Bằng khen của Chủ tịch UBND tỉnh";

        public static string AwardShort(AwardLevel award) => award == AwardLevel.DirectorCertificate ? "Giấy khen" : "Bằng khen";

        public static string Kind(NomineeKind kind) => kind == NomineeKind.Individual ? "cá nhân" : "tập thể";

        public static string Status(NominationStatus status) => status switch
        {
            NominationStatus.Submitted => "đã gửi, chờ xem xét",
            NominationStatus.Approved => "hợp lệ",
            NominationStatus.Rejected => "chưa đủ điều kiện đề nghị khen thưởng",
            NominationStatus.ChangesRequested => "đề nghị bổ sung, chỉnh sửa",
            NominationStatus.Scheduled => "chờ Hội đồng xét",
            NominationStatus.CouncilProposed => "Hội đồng đề nghị khen thưởng",
            NominationStatus.CouncilNotProposed => "Hội đồng không đề nghị khen thưởng",
            NominationStatus.AwaitingSignature => "chờ ký Quyết định",
            NominationStatus.SubmittedToProvince => "đã trình, chờ quyết định",
            NominationStatus.Awarded => "đã khen thưởng",
            NominationStatus.NotAwarded => "không được khen thưởng",
            _ => "đã rút",
        };

        public static string StaffRole(string unit) => $"Đồng chí là cán bộ của đơn vị {unit}: có thể gửi, xem, sửa và rút hồ sơ đề xuất khen thưởng của đơn vị.";

        public static string Enrolled(string unit) =>
            $"Đã ghi nhận đồng chí là cán bộ của {unit}. Đồng chí có thể gửi hồ sơ đề xuất khen thưởng của đơn vị ngay bây giờ.";

        public static string AlreadyEnrolled(string unit) => $"Đồng chí đã được ghi nhận là cán bộ của {unit}.";

        public static string Moved(string from, string to) =>
            $"Đã chuyển đồng chí từ {from} sang {to}: từ nay đồng chí gửi, xem và sửa hồ sơ đề xuất của {to}. Hồ sơ đã gửi của {from} vẫn thuộc {from}.";

        public static string OfficeMoved(string who, string address, string from, string to) =>
            $"🔁 {who} ({address}) đã chuyển từ cán bộ của {from} sang cán bộ của {to} (bằng mã đăng ký của {to}).";

        public static string OfficeEnrolled(string who, string address, string unit) => $"👤 {who} ({address}) đã đăng ký là cán bộ của {unit}.";

        public static string Deadline(string when) => $"Hạn gửi và chỉnh sửa hồ sơ: {when}.";

        public static string DeadlinePassed(string when) =>
            $"Đã hết hạn gửi và chỉnh sửa hồ sơ đề xuất ({when}). Nếu cần thay đổi, xin đồng chí gửi đề nghị tới Văn phòng Sở.";

        // The wizard's questions.
        public static string AskAward(string criteriaGk, string criteriaBk) =>
            "Xin đồng chí chọn hình thức khen thưởng đề nghị:" +
            (criteriaGk.Length > 0 ? $"\n\n• Giấy khen của Giám đốc Sở: {criteriaGk}" : "") +
            (criteriaBk.Length > 0 ? $"\n• Bằng khen của Chủ tịch UBND tỉnh: {criteriaBk}" : "");

        public const string AskKind = "Đối tượng được đề nghị là tập thể hay cá nhân?";

        public const string Individual = "👤 Cá nhân";

        public const string Collective = "👥 Tập thể";

        public const string AskFullName = "Xin nhập họ và tên của cá nhân được đề nghị (ví dụ: Nguyễn Văn An):";

        public const string AskGender = "Giới tính:";

        public const string Male = "Nam";

        public const string Female = "Nữ";

        public static string AskBirthYear(int from, int to) => $"Năm sinh (4 chữ số, từ {from} đến {to}):";

        public const string AskPosition = "Chức vụ (ví dụ: Trưởng phòng, Chuyên viên):";

        public const string AskWorkplace = "Đơn vị công tác (phòng, ban, cơ quan):";

        public const string AskCollectiveName = "Xin nhập tên tập thể được đề nghị (ví dụ: Phòng Quản lý công nghệ và Thị trường công nghệ):";

        public const string AskHead = "Họ và tên người đứng đầu tập thể:";

        public const string AskMovement = "Thành tích thuộc phong trào thi đua nào?";

        public static string AskSummary(int min, int max) =>
            $"Xin nhập tóm tắt thành tích (nội dung sẽ in trên hồ sơ trình khen), từ {VietnameseNumber.Whole(min)} đến {VietnameseNumber.Whole(max)} ký tự, trong một tin nhắn:";

        public static string AskAttachment(int megabytes) =>
            $"Nếu có, xin gửi tệp Báo cáo thành tích (PDF, DOC hoặc DOCX, tối đa {megabytes} MB). Nếu chưa có, chọn «Bỏ qua».";

        public const string Skip = "⏭ Bỏ qua";

        public const string Declare = "✅ Tôi xác nhận";

        public const string Submit = "✅ Gửi hồ sơ";

        public const string EditOne = "✏️ Sửa một mục";

        public const string AskWhichField = "Đồng chí muốn sửa mục nào?";

        // Field names, shown on the review screen and the edit menu.
        public const string FieldAward = "Hình thức khen thưởng";
        public const string FieldKind = "Đối tượng";
        public const string FieldFullName = "Họ và tên";
        public const string FieldGender = "Giới tính";
        public const string FieldBirthYear = "Năm sinh";
        public const string FieldPosition = "Chức vụ";
        public const string FieldWorkplace = "Đơn vị công tác";
        public const string FieldCollectiveName = "Tên tập thể";
        public const string FieldHead = "Người đứng đầu";
        public const string FieldMovement = "Phong trào thi đua";
        public const string FieldSummary = "Tóm tắt thành tích";
        public const string FieldAttachment = "Báo cáo thành tích";
        public const string FieldUnit = "Đơn vị đề xuất";
        public const string NoFile = "(chưa có tệp)";

        // Validation hints.
        public static string NeedPersonName(PersonNameProblem problem, int maxLength) => "Họ và tên chưa hợp lệ: " + problem switch
        {
            PersonNameProblem.TooLong => $"dài quá {maxLength} ký tự. Xin nhập họ và tên, không kèm chức vụ hay ghi chú.",
            PersonNameProblem.OneWord => "cần cả họ và tên, ít nhất hai từ (ví dụ: Trần Thị Bình).",
            _ => "chỉ gồm chữ cái, có thể có dấu nháy hoặc gạch nối (ví dụ: Trần Thị Bình, H'Hen Niê).",
        };

        public const string NeedText = "Nội dung không được để trống. Xin nhập câu trả lời.";

        public static string TextTooLong(int max) => $"Nội dung dài quá {max} ký tự. Xin viết ngắn gọn hơn.";

        public const string PositionUnclear = "Chức vụ chưa rõ: xin ghi đầy đủ (ví dụ: Trưởng phòng, Chuyên viên).";

        public const string WorkplaceUnclear = "Đơn vị công tác chưa rõ: xin ghi đầy đủ tên phòng, ban, cơ quan (ví dụ: Phòng Quản lý khoa học).";

        public const string CollectiveNameUnclear = "Tên tập thể chưa rõ: xin ghi đầy đủ (ví dụ: Phòng Quản lý công nghệ và Thị trường công nghệ).";

        public static string NeedYear(int from, int to) => $"Năm sinh chưa hợp lệ: xin nhập 4 chữ số từ {from} đến {to} (ví dụ: 1985).";

        public static string SummaryTooShort(int min) => $"Tóm tắt thành tích quá ngắn: cần ít nhất {min} ký tự.";

        public static string SummaryTooLong(int max) => $"Tóm tắt thành tích quá dài: tối đa {VietnameseNumber.Whole(max)} ký tự. Xin rút gọn, chi tiết để trong Báo cáo thành tích.";

        public const string NeedFile = "Ở bước này xin gửi tệp Báo cáo thành tích (PDF, DOC, DOCX) hoặc chọn «Bỏ qua».";

        public const string EmptyFile = "Tệp vừa gửi không có nội dung (0 byte). Xin kiểm tra lại tệp và gửi lại, hoặc chọn «Bỏ qua».";

        public const string WrongFileType = "Tệp không đúng định dạng: chỉ nhận PDF, DOC hoặc DOCX.";

        public static string FileTooLarge(int megabytes) => $"Tệp quá lớn: tối đa {megabytes} MB.";

        public static string FileReceivedNamed(string file) => $"Đã nhận tệp Báo cáo thành tích «{file}».";

        public static string FileReplaced(string file, string old) => $"Đã nhận tệp Báo cáo thành tích «{file}», thay cho tệp «{old}».";

        public static string FileRemoved(string file) => $"Đã bỏ tệp «{file}»: hồ sơ hiện chưa kèm Báo cáo thành tích.";

        public static string AskReplaceAttachment(string file, int megabytes) =>
            $"Hồ sơ đang kèm tệp Báo cáo thành tích «{file}». Nếu muốn thay, xin gửi tệp mới (PDF, DOC hoặc DOCX, tối đa {megabytes} MB); " +
            "nếu không, chọn «Giữ tệp này» hoặc «Bỏ tệp đính kèm».";

        public static string NeedFileOrKeep(string file) =>
            $"Ở bước này xin gửi tệp Báo cáo thành tích mới (PDF, DOC, DOCX), hoặc chọn «Giữ tệp này» để giữ tệp «{file}».";

        public const string KeepFile = "📎 Giữ tệp này";

        public const string RemoveFile = "🗑 Bỏ tệp đính kèm";

        private const string SmallerFileOrCall = "Xin gửi tệp nhỏ hơn (ví dụ bản PDF đã nén) hoặc liên hệ Văn phòng Sở. Các thông tin đã nhập vẫn được giữ nguyên.";

        public static string PersonStorageFull(int megabytes) =>
            $"Chưa nhận được tệp: các tệp Báo cáo thành tích đồng chí đã gửi cộng với tệp này vượt quá {megabytes} MB cho mỗi người. " + SmallerFileOrCall;

        public static string UnitStorageFull(int megabytes) =>
            $"Chưa nhận được tệp: các tệp Báo cáo thành tích của đơn vị cộng với tệp này vượt quá {megabytes} MB cho mỗi đơn vị. " + SmallerFileOrCall;

        public const string NeedDeclaration = "Để gửi hồ sơ, xin đồng chí xác nhận nội dung trên (hoặc gõ /cancel để hủy).";

        // Review and results.
        public const string ReviewHeader = "Xin đồng chí kiểm tra lại hồ sơ trước khi gửi:";

        public static string QuotaLine(AwardLevel award, NomineeKind kind, int count, int max) =>
            $"{AwardShort(award)} – {Kind(kind)}: {count}/{max}";

        public static string UnitQuotaLine(AwardLevel award, NomineeKind kind, int unit, int count, int max) =>
            $"{AwardShort(award)} – {Kind(kind)}: đơn vị {unit}; toàn Sở {count}/{max}";

        public static string OverMax(string line, int max) =>
            $"⚠️ Lưu ý: toàn Sở đã có {line} hồ sơ, vượt mức tối đa {max} của Kế hoạch. Hồ sơ vẫn được ghi nhận; Hội đồng Thi đua - Khen thưởng sẽ xem xét.";

        public static string OverUnitCap(int cap) => $"⚠️ Lưu ý: đơn vị đã đạt mức tối đa {cap} hồ sơ cho hình thức và đối tượng này.";

        public static string Refused(int max) => $"Không thể gửi thêm: đã đủ mức tối đa {max} hồ sơ theo quy định. Xin liên hệ Văn phòng Sở.";

        public static string Duplicate(string name, IEnumerable<string> references) =>
            $"⚠️ {name} đã có trong hồ sơ khác ({string.Join(", ", references)}). Xin kiểm tra để tránh đề nghị trùng.";

        public static string SubmittedText(string reference) => $"✅ Đã gửi hồ sơ {reference}. Văn phòng Sở sẽ xem xét và thông báo kết quả. Trân trọng.";

        public static string UpdatedText(string reference) => $"✅ Đã cập nhật hồ sơ {reference}. Văn phòng Sở sẽ xem xét lại. Trân trọng.";

        public static string OfficeNew(string reference, string unit, string summary) => $"🆕 Hồ sơ đề xuất mới {reference} của {unit}:\n{summary}\n\nBấm «{ReviewThis}» (hoặc gõ /duyet {reference}) để xem xét.";

        public static string OfficeChanged(string reference, string unit, IReadOnlyList<string> changes) =>
            $"✏️ Hồ sơ {reference} của {unit} đã được chỉnh sửa" +
            (changes.Count == 0 ? " (không thay đổi nội dung)." : ":\n" + string.Join("\n", changes)) + $"\nBấm «{ReviewThis}» (hoặc gõ /duyet {reference}) để xem xét.";

        /// <summary>Label of the button on the office's notice: it opens that dossier in /duyet.</summary>
        public const string ReviewThis = "🔎 Xem xét hồ sơ này";

        public static string NotAwaitingReview(string reference) =>
            $"Hồ sơ {reference} không có trong danh sách chờ xem xét (đã được xem xét, đã rút hoặc mã chưa đúng).";

        public static string ChangeLine(string field, string before, string after) => $"• {field}: {before} → {after}";

        public static string DuplicateOtherUnit(string name, string unit, string reference, IEnumerable<string> yours) =>
            $"⚠️ Kính gửi đồng chí: {unit} vừa đề xuất {name} (hồ sơ {reference}), có thể trùng với hồ sơ của đơn vị đồng chí: " +
            $"{string.Join(", ", yours)}. Xin đồng chí trao đổi với Văn phòng Sở để thống nhất một đơn vị đề xuất.";

        public static string OfficeDuplicate(string reference, string name, IEnumerable<string> others) =>
            $"⚠️ Hồ sơ {reference} ({name}) có thể trùng với: {string.Join(", ", others)}.";

        public static string OfficeWithdrawn(string reference, string unit, string name, string award, string kind) =>
            $"↩️ {unit} đã rút hồ sơ {reference} — {name} ({award}, {kind}).";

        // The unit's list.
        public const string NoNominations = "Đơn vị chưa có hồ sơ đề xuất nào.";

        public static string ListHeader(string unit) => $"Hồ sơ đề xuất của {unit}:";

        public const string PickOne = "Chọn một hồ sơ để xem chi tiết:";

        public const string Edit = "✏️ Sửa hồ sơ";

        public const string Withdraw = "🗑 Rút hồ sơ";

        public const string RequestChange = "✉️ Đề nghị thay đổi";

        public static string ConfirmWithdraw(string reference, string name, string award, string kind) =>
            $"Đồng chí chắc chắn muốn rút hồ sơ {reference} — {name} ({award}, {kind})? Hồ sơ đã rút không còn được xét và Văn phòng Sở sẽ được thông báo.";

        public const string YesWithdraw = "🗑 Đồng ý rút";

        public static string WithdrawnText(string reference) => $"Đã rút hồ sơ {reference}.";

        public const string AskChangeRequest = "Xin nhập nội dung đề nghị thay đổi gửi Văn phòng Sở:";

        public static string ChangeRequestToOffice(string reference, string unit, string text) => $"✉️ {unit} đề nghị thay đổi hồ sơ {reference}:\n{text}";

        public const string ChangeRequestSent = "Đã gửi đề nghị thay đổi tới Văn phòng Sở. Trân trọng.";

        public const string NotEditable = "Hồ sơ này không thể sửa (đã qua kiểm tra, đã rút hoặc không đủ điều kiện). Xin liên hệ Văn phòng Sở.";

        // Office review.
        public const string ReviewMenuLabel = "🗂 Kiểm tra hồ sơ đề xuất";

        public const string NothingToReview = "Không có hồ sơ mới hoặc mới chỉnh sửa cần xem xét.";

        public const string PickToReview = "Các hồ sơ chờ xem xét:";

        public const string Approve = "✅ Hồ sơ hợp lệ";

        public const string Reject = "❌ Không đủ điều kiện";

        public const string AskForChanges = "✏️ Đề nghị bổ sung";

        public const string AskRejectReason = "Xin nhập căn cứ hồ sơ chưa đủ điều kiện đề nghị khen thưởng (sẽ gửi tới đơn vị):";

        public const string AskChanges = "Xin nhập nội dung đề nghị đơn vị bổ sung, chỉnh sửa:";

        public const string NeedReason = "Xin nhập nội dung (ít nhất 5 ký tự).";

        public static string Reviewed(string reference, NominationStatus status) => $"Đã ghi nhận: hồ sơ {reference} — {Status(status)}.";

        public static string ToSubmitter(string reference, string name, NominationStatus status, string? note) =>
            $"Kính gửi đồng chí: hồ sơ {reference} ({name}) — {Status(status)}." +
            (string.IsNullOrWhiteSpace(note) ? "" : $"\nÝ kiến của Văn phòng Sở: {note}") +
            (status == NominationStatus.ChangesRequested ? "\nXin đồng chí vào «Hồ sơ đề xuất của đơn vị» để chỉnh sửa và gửi lại." : "") +
            "\nTrân trọng.";

        // Units and export (office).
        public const string UnitsCommand = "Danh sách đơn vị, đường dẫn đăng ký và cán bộ";

        public const string ExportCommand = "Xuất danh sách đề nghị khen thưởng (Excel, CSV)";

        public const string RemoveStaffCommand = "Xóa một cán bộ khỏi đơn vị";

        public static string UnitsHeader(int count) =>
            $"🏢 Danh sách {count} đơn vị theo thứ tự trong Kế hoạch, kèm đường dẫn đăng ký (gửi cho đơn vị) và cán bộ đã đăng ký:";

        public const string NoUnits = "Chưa có đơn vị nào được cấu hình.";

        public static string UnitLine(string code, string name, string kind, string link, IEnumerable<string> staff) =>
            $"• {code} — {name} ({kind})\n  Đăng ký: {link}\n  Cán bộ: {(staff.Any() ? string.Join(", ", staff) : "chưa có")}";

        public const string RemoveStaffUsage = "Cách dùng: /xoacanbo <mã định danh>, ví dụ /xoacanbo telegram:123456789";

        public static string StaffRemoved(string who, string unit, string id) =>
            $"Đã xóa {who} khỏi danh sách cán bộ của {unit}. Người này không đăng ký lại được bằng mã của đơn vị nào cho đến khi " +
            $"Văn phòng Sở cho đăng ký lại: /nhanlai_canbo {id}";

        public const string RemovedStaffBlocked =
            "Đồng chí đã được Văn phòng Sở xóa khỏi danh sách cán bộ đơn vị nên chưa đăng ký lại được. Nếu cần, xin liên hệ Văn phòng Sở để được cho đăng ký lại.";

        public static string OfficeRemovedStaffTried(string who, string id, string unit) =>
            $"⚠️ {who} ({id}), đã bị xóa khỏi danh sách cán bộ, vừa dùng mã đăng ký của {unit} và đã bị từ chối. " +
            $"Nếu đồng ý cho đăng ký lại, xin gõ /nhanlai_canbo {id}";

        /// <summary>The removal outlives an erasure: without it, the unit's code would enrol the person again.</summary>
        public static string RemovalKept(string unit, string when) =>
            $"Văn phòng Sở đã xóa đồng chí khỏi danh sách cán bộ của {unit} lúc {when}; ghi nhận này được giữ cho đến khi Văn phòng Sở cho đồng chí đăng ký lại";

        public static string RemovalKeptForOffice(string unit) =>
            $"Ghi nhận người này đã bị xóa khỏi danh sách cán bộ của {unit} được giữ lại (để mã đăng ký không tự đăng ký lại người này)";

        public const string ReadmitCommand = "Cho một cán bộ đã bị xóa được đăng ký lại";

        public const string ReadmitUsage = "Cách dùng: /nhanlai_canbo <mã định danh>, ví dụ /nhanlai_canbo telegram:123456789";

        public static string NotRemoved(string id) => $"{id} không nằm trong danh sách cán bộ đã bị xóa.";

        public static string Readmitted(string who) =>
            $"Đã cho {who} đăng ký lại. Người này cần mở lại đường dẫn (hoặc nhập mã) đăng ký của đơn vị mình.";

        public const string ReadmittedNotice =
            "Văn phòng Sở đã cho phép đồng chí đăng ký lại làm cán bộ đơn vị. Xin mở đường dẫn đăng ký của đơn vị (hoặc gửi mã đăng ký) để đăng ký.";

        public const string RotateCodeCommand = "Đổi mã đăng ký của một đơn vị (mã và đường dẫn cũ hết hiệu lực)";

        public const string RotateCodeUsage = "Cách dùng: /doima <mã đơn vị>, ví dụ /doima QLKH (xem mã đơn vị bằng /donvi).";

        public static string UnknownUnit(string code) => $"Không có đơn vị mã «{code}». Xin xem mã đơn vị bằng /donvi.";

        public static string CodeRotated(string unit, string link, int told) =>
            $"Đã đổi mã đăng ký của {unit}. Mã và đường dẫn cũ không còn dùng được.\nĐường dẫn mới: {link}\n" +
            (told == 0 ? "Đơn vị chưa có cán bộ đăng ký; xin gửi đường dẫn mới cho đơn vị." : $"Đã gửi mã mới cho {told} cán bộ đã đăng ký của đơn vị.");

        public static string CodeRotatedNotice(string unit, string link) =>
            $"Kính gửi đồng chí, Văn phòng Sở đã đổi mã đăng ký của {unit}; mã và đường dẫn cũ không còn dùng được. " +
            $"Đồng chí vẫn là cán bộ của đơn vị, không cần đăng ký lại. Nếu cán bộ khác của đơn vị cần đăng ký, xin gửi họ đường dẫn mới: {link}\nTrân trọng.";

        public static string StaffNotFound(string who) => $"Không tìm thấy cán bộ {who}.";

        public const string RemovedNotice = "Đồng chí đã được Văn phòng Sở xóa khỏi danh sách cán bộ đơn vị. Nếu có nhầm lẫn, xin liên hệ Văn phòng Sở.";

        public static string ExportCaption(int counted, int excluded) =>
            $"Danh sách tổng hợp {counted} hồ sơ đề xuất khen thưởng được tính (như báo cáo tổng hợp; in trên khổ A4 ngang)" +
            (excluded > 0 ? $", kèm {excluded} hồ sơ không được xét, không được khen thưởng hoặc đã rút, ở trang «{Workbooks.ExcludedSheet}»." : ".");

        public const string ExportCsvCaption = "Cùng danh sách, dạng CSV.";

        public const string NothingToExport = "Chưa có hồ sơ đề xuất nào để xuất.";

        public const string ReportFilesCommand = "Tải tất cả tệp Báo cáo thành tích (.zip, đánh số như Danh sách)";

        /// <summary>"Bằng khen … – Cá nhân, STT 02: Trần Thị Bình (BK-CN-002) — chưa có tệp".</summary>
        public static string ReportLeftOut(string group, int number, string name, string reference, bool tooLarge) =>
            $"{group}, STT {number:00}: {name} ({reference}) — " +
            (tooLarge ? "tệp quá lớn để gửi trong tệp nén, xin mở hồ sơ để tải riêng" : "chưa có tệp Báo cáo thành tích");

        public static string NoReportFiles(IReadOnlyList<string> missing) =>
            missing.Count == 0
                ? "Danh sách đề nghị khen thưởng chưa có hồ sơ nào."
                : "Chưa có tệp Báo cáo thành tích nào để tải:\n" + string.Join('\n', missing.Select(m => "• " + m));

        public static string ReportFilesIntro(int files, int parts, int partMegabytes, IReadOnlyList<string> missing) =>
            $"📦 {files} tệp Báo cáo thành tích của Danh sách đề nghị khen thưởng, mỗi nhóm (hình thức, đối tượng) một thư mục, " +
            "tên tệp theo số thứ tự (STT) và họ tên như trong Danh sách" +
            (parts > 1 ? $"; chia thành {parts} tệp nén, mỗi tệp không quá {partMegabytes} MB để gửi được qua ứng dụng nhắn tin." : ".") +
            (missing.Count == 0 ? "" : $"\n\nKhông có trong tệp nén ({missing.Count}):\n" + string.Join('\n', missing.Select(m => "• " + m)));

        public static string ReportFilesCaption(int part, int parts, int files) =>
            parts == 1 ? $"Báo cáo thành tích: {files} tệp." : $"Báo cáo thành tích, phần {part}/{parts}: {files} tệp.";

        public static string ReportFilesName(string stamp, int part, int parts) =>
            parts == 1 ? $"Báo cáo thành tích {stamp}.zip" : $"Báo cáo thành tích {stamp} - phần {part} trên {parts}.zip";
    }
}

public static partial class Vi
{
    public static class NominationReminders
    {
        public static string Text(string? name, string unit, string deadline, int days) =>
            $"{Reminders.Greeting(name)}: đến nay {unit} chưa gửi hồ sơ đề xuất khen thưởng nào. Hạn gửi hồ sơ là {deadline} " +
            $"({Reminders.DaysLeft(days)}). Xin đồng chí gõ /dexuat để gửi hồ sơ, hoặc liên hệ Văn phòng Sở nếu đơn vị không có đề xuất. Trân trọng.";

        public const string SummaryHeader = "🏅 Hồ sơ đề xuất khen thưởng";

        public static string Totals(int total, int awaiting) => $"Tổng số hồ sơ: {total}; chờ xem xét: {awaiting}";

        public const string ByUnit = "Theo đơn vị:";

        public static string UnitLine(string unit, int count) => count == 0 ? $"• ⚠️ {unit}: chưa có hồ sơ" : $"• {unit}: {count}";

        public static string NewSince(IReadOnlyList<string> counted, IReadOnlyList<string> dropped) =>
            $"Mới hoặc thay đổi từ lần báo cáo trước: {counted.Count}{(counted.Count > 0 ? $" ({string.Join(", ", counted)})" : "")}" +
            (dropped.Count > 0 ? $"; đã rút hoặc không được xét: {dropped.Count} ({string.Join(", ", dropped)})" : "");

        public static string NoStaff(IEnumerable<string> units) =>
            $"⚠️ Chưa có cán bộ đăng ký với bot, nên bot không nhắc được (đề nghị gọi điện): {string.Join("; ", units)}";
    }
}
