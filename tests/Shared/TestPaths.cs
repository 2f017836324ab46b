namespace ReportForge.Tests;

/// <summary>Finds the repository's folders from the test's working directory.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string SampleNotes => Path.Combine(Root, "input", "talks-2022-01-11.json");

    public static string Template(string name) => Path.Combine(Templates, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportForge.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (ReportForge.sln) above " + AppContext.BaseDirectory);
    }
}
