namespace HungYen.Bot.Core.Privacy.Retention;

/// <summary>A feature's rule for what personal data it purges or anonymises once the retention period is over.</summary>
public interface IRetentionPolicy
{
    /// <summary>Purges through <paramref name="changes"/>; returns Vietnamese report lines (e.g. "Đại biểu: 58 số điện thoại đã xóa").</summary>
    IReadOnlyList<string> Purge(DateTimeOffset now, ChangeSet changes);
}
