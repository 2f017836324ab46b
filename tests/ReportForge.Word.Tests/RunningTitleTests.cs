using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// <summary>The Word header shows a long title cut with "…" as the PDF does; the title block keeps it whole.</summary>
public sealed class RunningTitleTests
{
    private static (string Header, string Body) Write(string title)
    {
        var sample = SampleDocument.Build();
        var document = sample with { Metadata = sample.Metadata with { Title = title } };
        using var docx = new DocxPackage(DocxWriter.Write(document, Theme.Default));
        // The running line: the paragraph with the tabs (the banner is a paragraph of its own).
        var running = docx.Main.HeaderParts.SelectMany(h => h.Header!.Elements<W.Paragraph>()).Single(p => p.Descendants<W.TabChar>().Any());
        return (string.Concat(running.Descendants<W.Text>().Select(t => t.Text)), docx.Body.InnerText);
    }

    [Fact]
    public void A_short_title_is_written_whole()
    {
        var (header, _) = Write("Talks in Geneva");
        Assert.Contains("Talks in Geneva", header);
        Assert.DoesNotContain("…", header);
    }

    [Fact]
    public void A_150_character_title_is_cut_short_of_the_date()
    {
        var title = string.Concat(Enumerable.Repeat("Negotiations ", 12)).Trim();
        var (header, _) = Write(title);
        var date = SampleDocument.Metadata().DisplayDate!;
        Assert.EndsWith(date, header);
        var shown = header[..header.IndexOf('…')];
        Assert.StartsWith(shown, title);
        // Estimated at 0.55 em a letter, the cut title and the date fit the line together.
        Assert.InRange(shown.Length, 40, 140);
    }

    [Fact]
    public void A_megabyte_title_is_not_written_into_the_header_but_stays_in_the_title_block()
    {
        var title = string.Concat(Enumerable.Repeat("Réunion du conseil ", 1_000_000 / 19));
        var (header, body) = Write(title);
        Assert.InRange(header.Length, 20, 300);
        Assert.Contains(title.Trim(), body);
    }

    [Theory]
    [InlineData("abc", 3 * 0.55 * 10)]
    [InlineData("会議", 2 * 10)]
    [InlineData("e\u0301", 0.55 * 10)]
    [InlineData("\U0001F600", 10)]
    public void Widths_are_estimated_per_character(string text, double expected)
    {
        Assert.Equal(expected, RunningTitle.Estimate(text, 10), 6);
    }
}
