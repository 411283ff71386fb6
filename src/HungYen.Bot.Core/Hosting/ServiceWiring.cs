namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The registration lines every feature's <c>Add…</c> repeats, said once: options bound to their section and checked
/// at start, and one instance that serves under its own type and under the roles the engine looks it up by (or
/// runs in the background).
/// </summary>
public static class ServiceWiring
{
    /// <summary>Binds <typeparamref name="TOptions"/> to its configuration section, validated (data annotations) at start.</summary>
    public static IServiceCollection AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>One <typeparamref name="TService"/>, found as itself and as <typeparamref name="TRole"/>.</summary>
    public static IServiceCollection AddSingletonAs<TService, TRole>(this IServiceCollection services)
        where TService : class, TRole
        where TRole : class
    {
        services.AddSingleton<TService>();
        services.AddSingleton<TRole>(sp => sp.GetRequiredService<TService>());
        return services;
    }

    /// <summary>One <typeparamref name="TService"/>, found as itself and as each of two roles.</summary>
    public static IServiceCollection AddSingletonAs<TService, TRole1, TRole2>(this IServiceCollection services)
        where TService : class, TRole1, TRole2
        where TRole1 : class
        where TRole2 : class
    {
        services.AddSingletonAs<TService, TRole1>();
        services.AddSingleton<TRole2>(sp => sp.GetRequiredService<TService>());
        return services;
    }

    /// <summary>One <typeparamref name="TService"/> that runs in the background and is also found as itself.</summary>
    public static IServiceCollection AddHostedSingleton<TService>(this IServiceCollection services)
        where TService : class, IHostedService
    {
        services.AddSingleton<TService>();
        services.AddHostedService(sp => sp.GetRequiredService<TService>());
        return services;
    }
}
