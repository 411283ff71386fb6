namespace HungYen.Bot.Hosting;

/// <summary>The flows' state diagrams, drawn from the Stateless machines themselves, as README's Markdown blocks.</summary>
public static class FlowDiagrams
{
    public static string Markdown(IServiceProvider services) =>
        string.Concat(services.GetServices<IConversationFlow>().OrderBy(f => f.Name).Select(Block));

    public static string Block(IConversationFlow flow) =>
        $"<!-- flow:{flow.Name} -->\n```mermaid\n{flow.Diagram().Trim()}\n```\n<!-- /flow:{flow.Name} -->\n";
}
