namespace ReportForge.Tests;

/// <summary>
/// The shipped templates with the daily briefing's contents always drawn: its theme draws one only from 24 entries
/// (contents.min_entries), which the sample does not reach; tests of the contents itself render with this copy.
/// </summary>
internal static class ContentsTemplates
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var templates = CliRunner.TempDir();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(TestPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var theme = Path.Combine(templates, "daily-briefing", "theme.json");
        var text = File.ReadAllText(theme);
        Assert.Contains("\"min_entries\": 24", text);
        File.WriteAllText(theme, text.Replace("\"min_entries\": 24", "\"min_entries\": 0", StringComparison.Ordinal));
        return templates;
    });

    /// <summary>A folder to pass as <c>--templates</c>.</summary>
    public static string Root => Folder.Value;
}
