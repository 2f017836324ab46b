namespace ReportForge.Tests;

/// <summary>init refuses every target that is not a new or empty folder, writes nothing there, and never exits outside 0, 1, 2.</summary>
public sealed class InitTargetTests
{
    [Fact]
    public void An_existing_file_is_RF1403_and_is_left_as_it_was()
    {
        var dir = CliRunner.TempDir();
        var file = Path.Combine(dir, "notes.json");
        File.WriteAllText(file, "{}");

        var result = CliRunner.InProcess("init", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}: error RF1403: '{file}' is a file, not a folder; init writes only into a new or empty folder", result.Stderr.Trim());
        Assert.Equal("{}", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_name_is_a_usage_error_RF1905(string name)
    {
        var result = CliRunner.InProcess("init", name);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"reportforge: error RF1905: init needs the new template's folder; '{name}' names none", result.Stderr.Trim());
    }

    [Fact]
    public void A_dangling_link_is_RF1403_and_nothing_is_made_where_it_points()
    {
        var dir = CliRunner.TempDir();
        var link = Path.Combine(dir, "dangling");
        var target = Path.Combine(dir, "nowhere");
        File.CreateSymbolicLink(link, target);

        var result = CliRunner.InProcess("init", link);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{link}: error RF1403: '{link}' is a symbolic link (to '{target}'); init writes only into a new or empty folder", result.Stderr.Trim());
        Assert.False(Path.Exists(target));
    }

    [Fact]
    public void A_folder_under_a_file_is_RF1906_and_nothing_is_left_behind()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "afile"), "x");
        var target = Path.Combine(dir, "afile", "mine");

        var result = CliRunner.InProcess("init", target);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RF1906: cannot write the new template (", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("); what it had written was removed", result.Stderr.Trim(), StringComparison.Ordinal);
        Assert.Equal(["afile"], Directory.GetFileSystemEntries(dir).Select(p => Path.GetFileName(p)).ToList());
        Assert.Equal("x", File.ReadAllText(Path.Combine(dir, "afile")));
    }
}
