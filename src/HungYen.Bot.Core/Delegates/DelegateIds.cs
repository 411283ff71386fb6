namespace HungYen.Bot.Core.Delegates;

/// <summary>Delegate ids: a durable counter, so ids stay short and never collide, whatever the phone number becomes.</summary>
public static class DelegateIds
{
    public static string Next(IRecordReader store) =>
        "dg" + store.NextSequence("delegate").ToString("D4", CultureInfo.InvariantCulture);
}
