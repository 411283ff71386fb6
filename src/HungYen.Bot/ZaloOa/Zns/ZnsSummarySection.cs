namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>The daily summary's part on ZNS Giấy mời: the counts, and each delegate not reached with the reason.</summary>
public sealed class ZnsSummarySection(IRecordStore store, LocalTime local) : ISummarySection
{
    public SummaryPart? Write(DateTimeOffset? since, DateTimeOffset now) =>
        ZnsReport.Write(store, local) is { } report
            ? new SummaryPart(910, Vi.Zns.SummaryHeader + "\n" + report.Full) { SharedText = Vi.Zns.SummaryHeader + "\n" + report.Counts }
            : null;
}
