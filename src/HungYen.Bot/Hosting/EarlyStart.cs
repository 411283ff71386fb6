namespace HungYen.Bot.Hosting;

/// <summary>
/// Work a channel can begin before the host has built its services (the store's opening is most of that time): it runs
/// on the thread pool, beside the start, and must neither throw nor need anything the start validates.
/// </summary>
public interface IEarlyStart
{
    void Begin();
}

/// <summary>
/// The host's lifetime (console signals), which the host asks first when it starts, before it builds the hosted services
/// and validates the options: it begins every <see cref="IEarlyStart"/> there, then waits as the lifetime it wraps does.
/// </summary>
internal sealed class EarlyStartLifetime(IHostLifetime inner, IEnumerable<IEarlyStart> early) : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        foreach (var work in early)
        {
            work.Begin();
        }

        return inner.WaitForStartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);
}

public static class EarlyStartExtensions
{
    /// <summary>Wraps the registered <see cref="IHostLifetime"/> so that it begins the early work; call after it is registered.</summary>
    public static IServiceCollection AddEarlyStart(this IServiceCollection services)
    {
        var lifetime = services.LastOrDefault(d => d.ServiceType == typeof(IHostLifetime));
        if (lifetime is null || lifetime.ImplementationType is not { } type || lifetime.Lifetime != ServiceLifetime.Singleton)
        {
            return services; // a test's own lifetime, or none: the channels connect in their own start, as before
        }

        services.AddSingleton(type);
        services.AddSingleton<IHostLifetime>(sp => new EarlyStartLifetime((IHostLifetime)sp.GetRequiredService(type), sp.GetServices<IEarlyStart>()));
        return services;
    }
}
