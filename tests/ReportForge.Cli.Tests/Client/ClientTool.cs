using System.Diagnostics;
using System.Text;

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

    /// <summary>
    /// Runs <paramref name="executable"/> to its end and returns its exit code and output. The two minutes are a hang guard
    /// only: past them the process tree is killed and the test fails, saying <paramref name="unfinished"/>.
    /// </summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string executable, IEnumerable<string> arguments, string unfinished)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{unfinished} within 2 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
