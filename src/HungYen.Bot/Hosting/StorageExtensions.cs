namespace HungYen.Bot.Hosting;

public static class StorageExtensions
{
    /// <summary>One LiteDB file on disk, shared by every part of the bot.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        services.AddSingleton(sp => LiteDbRecordStore.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IRecordStore>(sp => sp.GetRequiredService<LiteDbRecordStore>());
        services.AddSingleton<IStorageMaintenance, LiteDbMaintenance>();
        services.AddSingleton<StorageOutage>();
        services.AddSingleton<IBotCommand, BackupCommand>();
        services.AddSingleton<ISummarySection, StorageSummarySection>();
        return services;
    }
}
