namespace ReportForge.Tests;

/// <summary>No analyzer checks line length, so this test does: every source line fits in <see cref="MaxLength"/> characters.</summary>
public sealed class LineLengthTests
{
    private const int MaxLength = 160;

    [Fact]
    public void No_source_line_is_longer_than_the_limit()
    {
        var source = Path.Combine(TestPaths.Root, "src");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        Assert.NotEmpty(files);

        var offenders = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length > MaxLength)
                    offenders.Add($"{Path.GetRelativePath(TestPaths.Root, file)}:{i + 1}: {lines[i].Length} characters");
            }
        }

        Assert.True(offenders.Count == 0, $"lines over {MaxLength} characters:\n" + string.Join("\n", offenders));
    }
}
