namespace HungYen.Bot.ConsoleChat;

/// <summary>Where the console channel reads and writes: the terminal, or a script's pipe (tests swap them).</summary>
public sealed record ConsoleStreams(TextReader Input, TextWriter Output);
