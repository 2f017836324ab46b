using System.Diagnostics;

namespace ReportForge.Tests.Client;

/// <summary>Converts a .docx to PDF with LibreOffice headless, each conversion in a fresh profile.</summary>
internal static class LibreOffice
{
    public const string Package = "libreoffice-writer-nogui";

    /// <summary>soffice on the PATH; a missing one fails the test, naming the package to install.</summary>
    public static string Soffice() => ClientTool.Find("soffice", Package, "soffice (LibreOffice)");

    /// <summary>Converts <paramref name="docx"/> and returns the PDF's path.</summary>
    public static string ConvertToPdf(string docx)
    {
        var soffice = Soffice();
        var profile = Directory.CreateTempSubdirectory("reportforge-lo-profile-");
        var output = Directory.CreateTempSubdirectory("reportforge-lo-out-");
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(profile.FullName).AbsoluteUri, "--headless", "--convert-to", "pdf", "--outdir", output.FullName, docx })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("LibreOffice did not finish converting within 2 minutes");
            }
            var pdf = Path.Combine(output.FullName, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            Assert.True(process.ExitCode == 0 && File.Exists(pdf),
                $"LibreOffice failed to convert {docx} (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
            return pdf;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
