using System.Diagnostics;

namespace ReportForge.Tests.Client;

/// <summary>
/// LibreOffice lays the .docx out with the installed Liberation fonts; without them it substitutes other metrics and
/// every parity number is meaningless, so the Word layout tests fail first, naming the package.
/// </summary>
internal static class LiberationFonts
{
    private static readonly Lazy<string> Families = new(() =>
    {
        try
        {
            var start = new ProcessStartInfo("fc-list", ": family") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(60_000);
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "";
        }
    });

    public static void Require()
    {
        foreach (var family in new[] { "Liberation Sans", "Liberation Mono" })
            Assert.True(Families.Value.Contains(family, StringComparison.Ordinal),
                $"the font {family} is not installed for LibreOffice: apt-get install -y --no-install-recommends fonts-liberation2");
    }
}
