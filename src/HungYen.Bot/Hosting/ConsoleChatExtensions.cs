using HungYen.Bot.ConsoleChat;

namespace HungYen.Bot.Hosting;

public static class ConsoleChatExtensions
{
    /// <summary>
    /// The console channel (--console). "console:office" acts as the Văn phòng Sở: it is an admin and receives the
    /// office's notices, so every path can be tried on one terminal.
    /// </summary>
    public static IServiceCollection AddConsoleChat(this IServiceCollection services, TextReader input, TextWriter output)
    {
        var office = $"{ConsoleChannel.ChannelName}:{ConsoleChatService.OfficeUser}";
        services.PostConfigure<OfficeOptions>(o =>
        {
            o.AdminUserIds.Add(office);
            o.SummaryChatId = office;
        });
        services.AddSingleton(new ConsoleStreams(input, output));
        services.AddSingleton<IChatChannel>(sp => new ConsoleChannel(sp.GetRequiredService<ConsoleStreams>().Output, Path.GetFullPath("console-files")));
        services.AddHostedService<ConsoleChatService>();
        return services;
    }
}
