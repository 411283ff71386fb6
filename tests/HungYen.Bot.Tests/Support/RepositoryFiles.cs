namespace HungYen.Bot.Tests.Support;

/// <summary>Finds files of the repository (README, appsettings.json) from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HungYen.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("HungYen.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
