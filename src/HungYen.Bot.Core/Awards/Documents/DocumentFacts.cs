namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>The kinds of official document the bot writes, with their abbreviation in số ký hiệu (Nghị định 30/2020, Phụ lục III).</summary>
public enum DocumentKind
{
    /// <summary>Tờ trình to the Chủ tịch UBND tỉnh (TTr).</summary>
    Submission,

    /// <summary>Quyết định of the Giám đốc tặng Giấy khen (QĐ).</summary>
    Decision,

    /// <summary>Biên bản họp Hội đồng (BB).</summary>
    Minutes,

    /// <summary>Thông báo công khai (TB).</summary>
    Notice,

    /// <summary>Giấy mời (GM).</summary>
    Invitation,
}

/// <summary>
/// Số, ngày and người ký of one document, entered once by the office (the số comes from the văn thư's register and is
/// never invented) and reused in every document that cites it. Id is the kind's abbreviation.
/// </summary>
public sealed class DocumentFacts : Record
{
    /// <summary>The number alone ("12"); empty until the văn thư gives one.</summary>
    public string? Number { get; set; }

    /// <summary>Local date of signing.</summary>
    public DateTime? Date { get; set; }

    /// <summary>Signer's name, over the configured default.</summary>
    public string? SignerName { get; set; }

    /// <summary>Quyền hạn and chức vụ lines, "|" between them (e.g. "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC").</summary>
    public string? SignerAuthority { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";

    public static string IdOf(DocumentKind kind) => Abbreviation(kind);

    public static string Abbreviation(DocumentKind kind) => Texts.Vi.Documents.Abbreviation(kind);

    public static DocumentFacts For(IRecordReader store, DocumentKind kind) => store.Find<DocumentFacts>(IdOf(kind)) ?? new DocumentFacts { Id = IdOf(kind) };
}
