# Multi-stage build of HungYen.Bot. The image runs as a non-root user with the LiteDB file on a volume,
# and carries time-zone data and ICU so that Asia/Ho_Chi_Minh and Vietnamese sorting work.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props HungYen.Bot.sln appsettings.json ./
COPY src/ src/
# ReadyToRun: the bot's code arrives compiled for the platform, so it starts in about 0.8–1.2 s to its first getUpdates
# instead of 2.0–2.5 s (README, Benchmark: -- --cold DIR). At start, Telegram's getMe and deleteWebhook go out while the
# store opens, and the command menus are set beside the first getUpdates (README, Benchmark, stop 31).
RUN dotnet publish src/HungYen.Bot/HungYen.Bot.csproj -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o /app

# The ASP.NET Core runtime: the bot runs Kestrel for the Zalo webhook and the download links (Web:Urls).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# tzdata and whichever ICU the base distribution ships (its package name carries the version).
RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata \
       $(apt-cache search --names-only '^libicu[0-9]+$' | cut -d' ' -f1 | head -n 1) \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data && chown "$APP_UID" /data
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    TZ=Asia/Ho_Chi_Minh \
    Storage__DatabasePath=/data/hungyen-bot.db
WORKDIR /app
COPY --from=build /app ./
# The non-root user the .NET images provide.
USER $APP_UID
VOLUME ["/data"]
# Used only when Web__Urls is set, e.g. Web__Urls=http://0.0.0.0:8080.
EXPOSE 8080
# Tokens come from the environment at run time: docker run -e Telegram__BotToken=... (and/or -e Zalo__BotToken=...)
#   -v hungyen-data:/data hungyen-bot
ENTRYPOINT ["dotnet", "HungYen.Bot.dll"]
