using System.Text.RegularExpressions;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Architecture;

/// <summary>
/// Issue 13, point 3: the core knows nothing of any channel or of LiteDB, and no channel uses another channel's
/// namespace (the host alone names each channel, where it wires it).
/// </summary>
public sealed class BoundaryTests
{
    private static readonly string[] Channels = ["ConsoleChat", "Telegram", "WebChat", "Zalo", "ZaloOa"];

    [Fact]
    public void Core_ReferencesNoChannelLibraryNoStoreLibraryAndNoWebServer()
    {
        var references = typeof(Core.Texts.Vi).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Stateless", references); // the check reads real references
        Assert.DoesNotContain(references, name => name.StartsWith("Telegram", StringComparison.Ordinal)
            || name.StartsWith("LiteDB", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || name == "HungYen.Bot");
    }

    [Fact]
    public void NoChannel_UsesAnotherChannelsNamespace()
    {
        var crossings = new List<string>();
        foreach (var channel in Channels)
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryFiles.PathOf($"src/HungYen.Bot/{channel}"), "*.cs", SearchOption.AllDirectories))
            {
                var source = File.ReadAllText(file);
                crossings.AddRange(Channels.Where(other => other != channel && Names(other).IsMatch(source))
                    .Select(other => $"{Path.GetRelativePath(RepositoryFiles.Root, file)} → {other}"));
            }
        }

        Assert.Empty(crossings);
    }

    [Fact]
    public void GlobalUsings_ImportNoChannel()
    {
        var globals = File.ReadAllText(RepositoryFiles.PathOf("src/HungYen.Bot/GlobalUsings.cs"));

        Assert.Contains("global using HungYen.Bot.Hosting;", globals, StringComparison.Ordinal);
        Assert.DoesNotContain(Channels, channel => Names(channel).IsMatch(globals));
    }

    /// <summary>The channel's namespace or one below it, not a longer name (Zalo is not ZaloOa).</summary>
    private static Regex Names(string channel) => new($@"\bHungYen\.Bot\.{channel}(?![A-Za-z0-9_])");
}
