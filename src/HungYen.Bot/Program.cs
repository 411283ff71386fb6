if (args.Contains("--diagrams"))
{
    await Console.Out.WriteAsync(FlowDiagrams.Markdown(BotHost.CreateBuilder(["--console"]).Build().Services));
    return 0;
}

if (StorageCommandLine.TryRun(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

try
{
    await BotHost.CreateBuilder(args).Build().RunAsync();
    return 0;
}
catch (Exception error) when (StorageCommandLine.Damage(error) is { } damaged)
{
    // A damaged database stops the bot with what to do, not a stack trace.
    await Console.Error.WriteLineAsync("FATAL: " + damaged.Message);
    return 3;
}
