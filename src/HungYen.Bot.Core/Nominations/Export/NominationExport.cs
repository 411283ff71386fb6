using System.Text;
using CsvHelper;
using HungYen.Bot.Core.Text;
using HungYen.Bot.Core.Time;
using MiniExcelLibs;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Export;

/// <summary>
/// The compiled proposal list the office takes to the Council: one sheet per award and kind (and one with everything),
/// Vietnamese headers, people sorted by given name the Vietnamese way, cells safe from formula injection; and the same
/// as CSV (UTF-8 with BOM, so Excel shows the diacritics).
/// </summary>
public sealed class NominationExport(LocalTime local)
{
    public static readonly string[] Headers =
    [
        "STT", "Mã hồ sơ", "Hình thức khen thưởng", "Đối tượng", "Họ và tên / Tên tập thể", "Giới tính", "Năm sinh", "Chức vụ",
        "Đơn vị công tác", "Người đứng đầu", "Đơn vị đề xuất", "Phong trào thi đua", "Tóm tắt thành tích", "Báo cáo thành tích",
        "Trạng thái", "Ngày gửi", "Cập nhật",
    ];

    /// <summary>Nominations in the order of the compiled list: award, kind (collectives first), then name.</summary>
    public static IReadOnlyList<Nomination> Ordered(IEnumerable<Nomination> nominations) =>
        [.. nominations.Where(n => n.Status != NominationStatus.Withdrawn)
            .OrderBy(n => n.Award).ThenBy(n => n.Kind)
            .ThenBy(n => n.Kind == NomineeKind.Individual ? n.Name : NameRules.SortKey(n.Name), NameRules.PersonOrder)];

    public byte[] Workbook(IEnumerable<Nomination> nominations, Func<string, string> unitName)
    {
        var ordered = Ordered(nominations);
        var sheets = new Dictionary<string, object>
        {
            ["Tổng hợp"] = Rows(ordered, unitName),
        };
        foreach (var group in ordered.GroupBy(n => (n.Award, n.Kind)))
        {
            sheets[$"{T.AwardShort(group.Key.Award)} - {(group.Key.Kind == NomineeKind.Individual ? "Cá nhân" : "Tập thể")}"] = Rows([.. group], unitName);
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    public byte[] Csv(IEnumerable<Nomination> nominations, Func<string, string> unitName)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(Headers);
            foreach (var row in Rows(Ordered(nominations), unitName))
            {
                csv.WriteRecord([.. Headers.Select(h => row[h]?.ToString() ?? "")]);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Rows made as the writer asks for them: a list of 10,000 nominations is never held twice in memory.</summary>
    private IEnumerable<Dictionary<string, object?>> Rows(IReadOnlyList<Nomination> nominations, Func<string, string> unitName) =>
        nominations.Select((n, i) => new Dictionary<string, object?>
        {
            ["STT"] = i + 1,
            ["Mã hồ sơ"] = n.Id,
            ["Hình thức khen thưởng"] = T.Award(n.Award),
            ["Đối tượng"] = n.Kind == NomineeKind.Individual ? "Cá nhân" : "Tập thể",
            ["Họ và tên / Tên tập thể"] = SpreadsheetCell.Safe(n.Name),
            ["Giới tính"] = SpreadsheetCell.Safe(n.Gender),
            ["Năm sinh"] = n.BirthYear,
            ["Chức vụ"] = SpreadsheetCell.Safe(n.Position),
            ["Đơn vị công tác"] = SpreadsheetCell.Safe(n.Workplace),
            ["Người đứng đầu"] = SpreadsheetCell.Safe(n.Head),
            ["Đơn vị đề xuất"] = SpreadsheetCell.Safe(unitName(n.UnitCode)),
            ["Phong trào thi đua"] = SpreadsheetCell.Safe(n.Movement),
            ["Tóm tắt thành tích"] = SpreadsheetCell.Safe(n.Summary),
            ["Báo cáo thành tích"] = SpreadsheetCell.Safe(n.FileName),
            ["Trạng thái"] = T.Status(n.Status),
            ["Ngày gửi"] = local.FormatDate(n.SubmittedAt),
            ["Cập nhật"] = local.Format(n.UpdatedAt),
        });
}
