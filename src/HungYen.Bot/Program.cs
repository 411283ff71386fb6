using HungYen.Bot.Hosting;
using Microsoft.Extensions.Hosting;

if (args.Contains("--diagrams"))
{
    await Console.Out.WriteAsync(FlowDiagrams.Markdown(BotHost.CreateBuilder(["--console"]).Build().Services));
    return;
}

await BotHost.CreateBuilder(args).Build().RunAsync();
