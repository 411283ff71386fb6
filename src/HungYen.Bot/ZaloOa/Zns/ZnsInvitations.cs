using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>Who gets a ZNS Giấy mời, and what the template is filled with.</summary>
public static class ZnsInvitations
{
    /// <summary>
    /// Imported delegates who have never written to the bot (no chat address proved to be them), have a phone number,
    /// and were never sent a ZNS Giấy mời (whatever its outcome: a refusal is final, and nobody is billed twice) — except
    /// those Zalo refused only because of the template, once the office has fixed it.
    /// </summary>
    public static IReadOnlyList<Delegate> Eligible(IRecordReader store)
    {
        var already = store.Query<ZnsInvitation>().Where(i => !i.MayBeSentAgain).Select(i => i.DelegateId).ToHashSet(StringComparer.Ordinal);
        return [.. store.Query<Delegate>()
            .Where(d => d.Addresses.Count == 0 && !string.IsNullOrWhiteSpace(d.Phone) && !already.Contains(d.Id))
            .OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    public static ZnsInvitation For(Delegate @delegate, string confirmedBy, DateTimeOffset now) => new()
    {
        Id = ZnsInvitation.IdFor(@delegate.Id),
        DelegateId = @delegate.Id,
        Phone = ZnsPhone(@delegate.Phone),
        State = ZnsState.Scheduled,
        ConfirmedBy = confirmedBy,
        ScheduledAt = now,
    };

    /// <summary>"0912345678" (our normal form) as ZNS takes it: "84912345678".</summary>
    public static string ZnsPhone(string phone) =>
        PhoneNumber.ParseOrNull(phone) is { } parsed && parsed.Value.StartsWith('0') ? "84" + parsed.Value[1..] : phone;

    /// <summary>The template's parameters; null when the Hội nghị has no time or venue yet.</summary>
    public static Dictionary<string, string>? TemplateData(Delegate @delegate, ConferenceFacts facts)
    {
        if (facts.Start is not { } start || string.IsNullOrWhiteSpace(facts.Venue))
        {
            return null;
        }

        return new Dictionary<string, string>
        {
            ["ten_dai_bieu"] = @delegate.FullName,
            ["ten_hoi_nghi"] = facts.Title,
            ["thoi_gian"] = VietnameseDate.DateTime(start),
            ["dia_diem"] = facts.Venue,
            ["ma_moi"] = @delegate.Token,
        };
    }

    /// <summary>The button's target: the web chat opened with the delegate's personal token.</summary>
    public static bool HasPersonalLink(BotOptions bot) => StartLinks.Web(bot, "x") is not null;
}
