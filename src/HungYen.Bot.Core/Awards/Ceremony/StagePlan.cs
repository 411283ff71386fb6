namespace HungYen.Bot.Core.Awards.Ceremony;

/// <summary>
/// What the office decided about the stage: its own order of the awardees (nomination ids; those not in it keep the
/// generated place) and the người nhận thay named for a collective. One record, Id <see cref="SingleId"/>.
/// </summary>
public sealed class StagePlan : Record
{
    public const string SingleId = "stage";

    /// <summary>The office's order, nomination ids; empty means the generated order.</summary>
    public List<string> Order { get; set; } = [];

    /// <summary>Người nhận thay per collective: nomination id → "Họ tên|Chức vụ".</summary>
    public Dictionary<string, string> Receivers { get; set; } = [];

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";

    public static StagePlan For(IRecordReader store) => store.Find<StagePlan>(SingleId) ?? new StagePlan { Id = SingleId };

    /// <summary>The receiver named by the office for <paramref name="nominationId"/>, if any.</summary>
    public (string Name, string Position)? ReceiverOf(string nominationId) =>
        Receivers.TryGetValue(nominationId, out var value) && value.Split('|', 2) is [var name, var position] ? (name, position) : null;

    public void SetReceiver(string nominationId, string name, string position) => Receivers[nominationId] = $"{name}|{position}";
}
