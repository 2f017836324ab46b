using ReportForge.Model;
using ReportForge.Tests.Accessibility;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests.Accessibility;

/// <summary>
/// The Matterhorn structure checker (tests/Shared/Accessibility) is shown to catch each condition it checks: the
/// committed good.pdf passes, and each bad/NN-NNN.pdf, made from good.pdf by make-bad.py with one fault, fails with
/// exactly that condition.
/// </summary>
public sealed class MatterhornCheckerTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Accessibility");

    /// <summary>Faults of today's writer that make-bad.py repairs in good.pdf, so each bad file shows one condition only.</summary>
    private static readonly HashSet<string> RepairedByScript = ["06-002", "15-003", "19-003"];

    public static TheoryData<string> BadFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Folder, "bad"), "*.pdf").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Fact]
    public void The_good_file_passes_every_condition()
    {
        var failures = MatterhornChecker.Check(Path.Combine(Folder, "good.pdf"), claimsUa: true);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Each_bad_file_fails_with_exactly_its_condition(string condition)
    {
        var failures = MatterhornChecker.Check(Path.Combine(Folder, "bad", condition + ".pdf"), claimsUa: true);
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.True(f.Condition == condition, $"expected only {condition}, got: {f}"));
        Assert.All(failures, f => Assert.StartsWith(f.Condition.StartsWith("UA1") ? "PDF/UA-1 7.1: " : $"Matterhorn {condition}: ", f.ToString()));
    }

    [Fact]
    public void Every_condition_checked_has_a_bad_file()
    {
        var files = Directory.GetFiles(Path.Combine(Folder, "bad"), "*.pdf").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Equal(MatterhornChecker.Conditions.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The document good.pdf is made from. Today's writer fails only conditions make-bad.py repairs; with
    /// RF_WRITE_MATTERHORN_BASE=path the document is written there for make-bad.py.
    /// </summary>
    [Fact]
    public void The_base_document_fails_only_what_the_script_repairs()
    {
        var result = PdfReportWriter.Write(BaseDocument(), Theme.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var bytes = result.Value.Bytes;
        if (Environment.GetEnvironmentVariable("RF_WRITE_MATTERHORN_BASE") is { Length: > 0 } path) File.WriteAllBytes(path, bytes);
        var failures = MatterhornChecker.Check(bytes, claimsUa: true);
        Assert.All(failures, f => Assert.True(RepairedByScript.Contains(f.Condition), f.ToString()));
    }

    private static Document BaseDocument() => Docs.Document(
        Docs.H(1, "Base", "base"),
        new Paragraph([new TextRun("A link to "), new Link("https://example.org/", [new TextRun("example.org")]), new TextRun(" and a note"), new FootnoteReference("a", 1), new TextRun(".")]),
        Docs.H(2, "Table", "table"),
        Docs.Table(2),
        new ListBlock(false, 1, [new ListItem([Docs.Para("first")]), new ListItem([Docs.Para("second")])]),
        new Image(TestImages.Png(8, 4), "A small gradient", null, new ColumnWidth(ColumnWidthKind.Percent, 20))) with
    {
        Footnotes = [new Footnote("a", 1, [Docs.Para("The note.")])],
    };
}
