using System.Diagnostics;

namespace ReportForge.Tests.Corpus;

/// <summary>A written PDF read by real clients (Client tests only: qpdf and poppler-utils must be installed).</summary>
internal static class CorpusClients
{
    /// <summary><c>qpdf --check</c> finds no error or warning; <c>pdfinfo</c> and <c>pdftotext</c> print nothing on stderr.</summary>
    public static void AssertClean(string pdf)
    {
        var qpdf = Run("qpdf", "--check", pdf);
        Assert.True(qpdf.ExitCode == 0, $"qpdf --check {pdf}: exit {qpdf.ExitCode}\n{qpdf.Stdout}{qpdf.Stderr}");
        Assert.DoesNotContain("WARNING", qpdf.Stdout + qpdf.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No syntax or stream encoding errors", qpdf.Stdout);
        foreach (var tool in new[] { "pdfinfo", "pdftotext" })
        {
            var run = tool == "pdftotext" ? Run(tool, pdf, "-") : Run(tool, pdf);
            Assert.True(run.ExitCode == 0 && run.Stderr.Trim().Length == 0, $"{tool} {pdf}: exit {run.ExitCode}\n{run.Stderr}");
        }
    }

    private static CliRunner.Outcome Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed (apt-get install qpdf poppler-utils; .ci/run installs them)", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException($"{tool} did not finish in 120 s"); }
            return new CliRunner.Outcome(process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
