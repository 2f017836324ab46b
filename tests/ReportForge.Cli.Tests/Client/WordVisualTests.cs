using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using ReportForge.Pdf.Tests;

namespace ReportForge.Tests.Client;

/// <summary>
/// Issue 18 item 7: the sample's .docx as LibreOffice lays it out, each page rendered by pdftoppm at 40 dpi in grey and
/// compared with the committed images in Client/Expected, with the same tolerance as the PDF's page images. After a
/// change to the Word look, rewrite them and look at every one before committing:
/// <c>REPORTFORGE_CLIENT_TESTS=1 RF_UPDATE_VISUALS=1 dotnet test tests/ReportForge.Cli.Tests --filter FullyQualifiedName~WordVisualTests</c>.
/// </summary>
[Trait("Category", "Client")]
public sealed class WordVisualTests
{
    private const string Prefix = "word-sample-page-";

    [Fact]
    public void LibreOffice_pages_of_the_sample_docx_look_like_the_committed_images()
    {
        LiberationFonts.Require();
        var output = CliRunner.TempDir();
        var result = ReportEngine.Render(new ReportRequest
        {
            NotesPath = TestPaths.SampleNotes,
            Template = "daily-briefing",
            TemplateFolders = [TestPaths.Templates],
            OutputDirectory = output,
            Formats = ["docx"],
        });
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var converted = LibreOffice.ConvertToPdf(Path.Combine(output, "talks-2022-01-11.docx"));

        var rendered = Path.Combine(output, "pages");
        var render = Run("pdftoppm", "-png", "-gray", "-r", "40", converted, rendered);
        Assert.True(render.ExitCode == 0, render.Stderr);
        var actual = Directory.GetFiles(output, "pages-*.png").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(actual);

        var expectedFolder = Path.Combine(SourceFolder(), "Expected");
        if (Environment.GetEnvironmentVariable("RF_UPDATE_VISUALS") == "1")
        {
            Directory.CreateDirectory(expectedFolder);
            foreach (var old in Directory.GetFiles(expectedFolder, Prefix + "*.png")) File.Delete(old);
            for (var i = 0; i < actual.Count; i++) File.Copy(actual[i], Expected(expectedFolder, i + 1));
        }
        var committed = Directory.Exists(expectedFolder) ? Directory.GetFiles(expectedFolder, Prefix + "*.png").Length : 0;
        Assert.True(committed > 0, $"no expected images in {expectedFolder}; run once with RF_UPDATE_VISUALS=1 and look at them");
        Assert.True(committed == actual.Count, $"LibreOffice lays the sample out on {actual.Count} pages, the committed images show {committed} (pages: {output})");

        var failures = new List<string>();
        for (var i = 0; i < actual.Count; i++)
        {
            var page = TestPng.Read(File.ReadAllBytes(actual[i]));
            var expected = TestPng.Read(File.ReadAllBytes(Expected(expectedFolder, i + 1)));
            if ((page.Width, page.Height) != (expected.Width, expected.Height))
            {
                failures.Add($"page {i + 1}: {page.Width}x{page.Height} pixels, expected {expected.Width}x{expected.Height}");
                continue;
            }
            var differing = 0;
            var total = 0L;
            for (var p = 0; p < page.Gray.Length; p++)
            {
                var d = Math.Abs(page.Gray[p] - expected.Gray[p]);
                total += d;
                if (d > 48) differing++;
            }
            var share = (double)differing / page.Gray.Length;
            var mean = (double)total / page.Gray.Length;
            if (share >= 0.005 || mean >= 2.0)
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"page {i + 1}: {share * 100:F2}% of the pixels differ, mean difference {mean:F2} grey levels ({actual[i]})"));
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string Expected(string folder, int page) =>
        Path.Combine(folder, Prefix + page.ToString(CultureInfo.InvariantCulture) + ".png");

    private static (int ExitCode, string Stderr) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"'{tool}' is not installed: apt-get install -y --no-install-recommends poppler-utils; .ci/run does this");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000)) { process.Kill(true); Assert.Fail($"{tool} did not finish in 120 s"); }
            _ = stdout.Result;
            return (process.ExitCode, stderr.Result);
        }
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
