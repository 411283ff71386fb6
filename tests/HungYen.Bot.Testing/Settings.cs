namespace HungYen.Bot.Testing;

/// <summary>The one configuration merge of the harnesses: a harness's defaults, overridden by what a test gives.</summary>
public static class Settings
{
    /// <summary>Writes every entry of <paramref name="overrides"/> over <paramref name="defaults"/> (a null value removes a default's effect) and returns it.</summary>
    public static Dictionary<string, string?> Merge(Dictionary<string, string?> defaults, IEnumerable<KeyValuePair<string, string?>>? overrides)
    {
        foreach (var (key, value) in overrides ?? [])
        {
            defaults[key] = value;
        }

        return defaults;
    }
}
