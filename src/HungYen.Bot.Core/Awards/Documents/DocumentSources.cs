namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// What the official documents are drawn from besides the records: the awards', units' and bot's settings, the
/// conference's facts and Hà Nội time. One service, so /vanban in a turn and the Giấy mời job outside every turn draw
/// the same documents from the same sources.
/// </summary>
public sealed class DocumentSources(
    IOptionsMonitor<AwardsOptions> awards,
    IOptionsMonitor<NominationsOptions> nominations,
    IOptionsMonitor<BotOptions> bot,
    ConferenceSchedule conference,
    LocalTime local)
{
    /// <summary>What the documents read, from the store as it is now (a turn's or a job's).</summary>
    public DocumentContext Context(IRecordReader store, DateTimeOffset now, OfficeOptions office)
    {
        var facts = Enum.GetValues<DocumentKind>().ToDictionary(k => k, k => DocumentFacts.For(store, k));
        return new DocumentContext(
            awards.CurrentValue,
            [.. nominations.CurrentValue.Units.Select(u => u.Code)],
            NominationCard.UnitNames(store),
            facts,
            store.Find<CouncilMeeting>(CouncilMeeting.SingleId),
            local.ToLocal(now),
            office.Phone);
    }

    /// <summary>The delegates who get a Giấy mời, by name.</summary>
    public static List<Delegates.Delegate> Invited(IRecordReader store) =>
        [.. DelegateDirectory.All(store).Where(d => d.SubstitutedBy is null).OrderBy(d => d.FullName, NameRules.PersonOrder)];

    /// <summary>One delegate's Giấy mời (.docx, with the QR code).</summary>
    public byte[] Invitation(DocumentContext context, Delegates.Delegate invited, OfficeOptions office) =>
        InvitationDocument.Create(context, conference.Current(), invited, bot.CurrentValue, office.Name);

    /// <summary>Every Giấy mời, one .docx per delegate, zipped.</summary>
    public byte[] Invitations(DocumentContext context, IReadOnlyList<Delegates.Delegate> invited, OfficeOptions office) =>
        InvitationDocument.Archive(context, conference.Current(), invited, bot.CurrentValue, office.Name);
}
