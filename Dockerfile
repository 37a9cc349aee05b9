# Restore with only the project files, so the package layer is reused until a project changes.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS restore
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig StudyBot.slnx ./
COPY bot/bot.csproj bot/
COPY bot.tests/bot.tests.csproj bot.tests/
COPY bench/bench.csproj bench/
COPY fake-discord/fake-discord.csproj fake-discord/
RUN dotnet restore StudyBot.slnx

# The image is only built when the tests pass.
FROM restore AS test
COPY . .
RUN dotnet test --no-restore

# Compiled ahead of time for the build machine's runtime (ReadyToRun, which also turns tiered
# compilation off: see bot/bot.csproj); restored again here for that runtime identifier.
FROM test AS publish
RUN dotnet publish bot/bot.csproj -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS run
WORKDIR /app
COPY --from=publish /app .
# The database lives on a volume; the Discord token comes from the environment (Discord__Token), never the image.
ENV Storage__DatabasePath=/data/studybot.db
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
USER $APP_UID
ENTRYPOINT ["dotnet", "studybot.dll"]
