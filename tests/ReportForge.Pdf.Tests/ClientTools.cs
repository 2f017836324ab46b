using System.ComponentModel;
using System.Diagnostics;

namespace ReportForge.Pdf.Tests;

/// <summary>Runs the command-line clients the client tests check against. A missing tool fails, naming its Debian package.</summary>
internal static class ClientTools
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(string tool, string debianPackage, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            Assert.Fail($"'{tool}' is not installed: install the Debian package {debianPackage} (apt-get install -y --no-install-recommends {debianPackage}); .ci/run does this");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000)) { process.Kill(true); Assert.Fail($"{tool} did not finish in 60 s"); }
            return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
