namespace ReportForge.Tests.Client;

/// <summary>Finds a client tool the tests run; a missing one fails the test, naming the Debian package to install.</summary>
internal static class ClientTool
{
    public static string Find(string executable, string package, string what)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
        Assert.True(found is not null,
            $"{what} is not installed; client tests need it: apt-get update && apt-get install -y --no-install-recommends {package}");
        return found;
    }
}
