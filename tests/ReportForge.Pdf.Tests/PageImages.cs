using System.Runtime.CompilerServices;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// A PDF page rendered by pdftoppm compared with a committed image in Expected/ (RF_UPDATE_VISUALS=1 rewrites it):
/// fewer than 0.5% of the pixels may differ by more than 48 grey levels, and the mean difference stays under 2.
/// </summary>
internal static class PageImages
{
    public static void AssertLooksLike(string pdf, int page, string expectedName, int resolution, params string[] crop)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"rf-visual-{Environment.ProcessId}-{expectedName}");
        string[] args = ["-png", "-gray", "-r", resolution.ToString(), "-f", page.ToString(), "-l", page.ToString(), .. crop, "-singlefile", pdf, prefix];
        var render = ClientTools.Run("pdftoppm", "poppler-utils", args);
        Assert.True(render.ExitCode == 0, render.Stderr);
        var actualBytes = File.ReadAllBytes(prefix + ".png");
        var expectedPath = Path.Combine(SourceFolder(), "Expected", expectedName + ".png");
        if (Environment.GetEnvironmentVariable("RF_UPDATE_VISUALS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllBytes(expectedPath, actualBytes);
        }
        Assert.True(File.Exists(expectedPath), $"no expected image {expectedPath}; run once with RF_UPDATE_VISUALS=1 and look at it");

        var actual = TestPng.Read(actualBytes);
        var expected = TestPng.Read(File.ReadAllBytes(expectedPath));
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        var differing = 0;
        var total = 0L;
        for (var i = 0; i < actual.Gray.Length; i++)
        {
            var d = Math.Abs(actual.Gray[i] - expected.Gray[i]);
            total += d;
            if (d > 48) differing++;
        }
        var share = (double)differing / actual.Gray.Length;
        Assert.True(share < 0.005, $"{expectedName}: {share:P2} of the pixels differ (actual image: {prefix}.png)");
        Assert.True((double)total / actual.Gray.Length < 2.0, $"{expectedName}: mean difference {(double)total / actual.Gray.Length:F2} grey levels");
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
