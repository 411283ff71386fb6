using System.Text;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>What a hostile or clumsy person may send, in every shape we know of (over 200 inputs).</summary>
public static class BadInputCorpus
{
    private static readonly string[] Base =
    [
        "", " ", "\n\n\n", "\t", ".", "?", "0", "-1", "00", "1.5", "999999999999999999999", "1e309", "NaN", "null", "undefined",
        "yes", "có", "không", "ok", "👍", "🙂🙂🙂", "👨‍👩‍👧‍👦", "🇻🇳", "مرحبا بالعالم", "שלום", "\u202Eabc\u202C", "\u200B", "\u200B\u200B\u200B",
        "\uFEFF", "\u00A0", "\u0000", "\u0007\u0008", "a\u0301\u0301\u0301", "\uD800", "\uDC00x",
        "'; DROP TABLE Nomination; --", "1 OR 1=1", "\" OR \"\"=\"", "$where: 1", "{\"$gt\": \"\"}", "../../etc/passwd", "C:\\Windows\\system32",
        "=HYPERLINK(\"http://x\",\"y\")", "=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
        "<script>alert(1)</script>", "<b>đậm</b>", "&lt;&gt;&amp;", "*đậm* _nghiêng_ [link](http://x)", "`code`", "```",
        "/start", "/start ", "/start abc", "/start a b c", "/START", "/cancel", "/cancel now", "/help", "/menu", "/id",
        "/lich", "/xuat", "/duyet", "/export", "/admin", "/dulieu", "/khongco", "/", "//", "/start@SomeOtherBot",
        "/start " + new string('A', 64), "/start " + new string('x', 65), "/start ../../", "/start %00", "/start <script>",
        "Nguyễn Văn An", "NGUYỄN VĂN AN", "nguyễn văn an", "Nguyen Van An", "Nguyễn  Văn   An", "1", "2", "3", "10", "99",
        "hủy", "huy", "HỦY", "quay lại", "✖️ Hủy", "✅ Xác nhận", "xác nhận", "Đồng ý", "dong y",
        "0912345678", "+84912345678", "84 912 345 678", "0912.345.678", "091234567", "09123456789", "0112345678",
        "1899", "2025", "3000", "1990", "năm 1990", "01/01/1990", "32/13/2026", "29/02/2025", "2026-12-18", "25:61",
    ];

    /// <summary>Every input once as typed, once hidden behind zero-width characters, once in Unicode NFD.</summary>
    public static IEnumerable<string> All()
    {
        foreach (var text in Base)
        {
            yield return text;
        }

        foreach (var text in Base.Where(t => t.Length > 0).Take(60))
        {
            yield return "\u200B" + text + "\u200D";
        }

        foreach (var text in Base.Where(t => t.Any(c => c > 127)).Take(40))
        {
            yield return TryNfd(text);
        }

        yield return new string('a', 10_000);
        yield return string.Concat(Enumerable.Repeat("Nguyễn Văn An ", 800));
        yield return string.Concat(Enumerable.Repeat("😀", 5000));
        yield return string.Join("\n", Enumerable.Repeat("dòng", 3000));
    }

    /// <summary>Forged or replayed button data.</summary>
    public static IEnumerable<string> ForgedButtons() =>
    [
        "", "|", "||", "0|", "1|", "ffffffff|cancel", "7fffffff|menu:contact-office", "-1|cancel", "zz|cancel", "1|menu:",
        "1|menu:../../", "1|" + new string('x', 200), "cancel", "menu:contact-office", "1|consent:yes", "9999|consent:no",
        "１|cancel", "\u0000|\u0000", "1|<script>", "1|'; DROP TABLE x; --",
    ];

    private static string TryNfd(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return text; // lone surrogates cannot be normalised; they stay in the corpus as they are
        }
    }
}
