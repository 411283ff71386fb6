using HungYen.Bot.Hosting;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Docs;

public sealed class ReadmeDiagramTests
{
    private const string Begin = "<!-- flows:begin -->\n";
    private const string End = "<!-- flows:end -->";

    /// <summary>
    /// README's flow diagrams must be the ones the machines draw. To refresh them after changing a flow, run the tests
    /// with UPDATE_README=1 (or paste the output of `dotnet run --project src/HungYen.Bot -- --diagrams`).
    /// </summary>
    [Fact]
    public void Readme_FlowDiagrams_MatchTheStateMachines()
    {
        using var host = BotHost.CreateBuilder([BotHost.ConsoleSwitch]).Build();
        var expected = FlowDiagrams.Markdown(host.Services);
        var path = RepositoryFiles.PathOf("README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= Begin.Length && end > start, "README lacks the flows:begin/flows:end markers");

        if (Environment.GetEnvironmentVariable("UPDATE_README") == "1")
        {
            File.WriteAllText(path, readme[..start] + expected + readme[end..]);
            return;
        }

        Assert.Equal(expected, readme[start..end]);
    }
}
