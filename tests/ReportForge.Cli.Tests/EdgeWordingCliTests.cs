using System.Text.Json;

namespace ReportForge.Tests;

/// <summary>Edge notes through the whole pipeline: the wording fixes hold in the PDF and in the .docx.</summary>
public sealed class EdgeWordingCliTests
{
    [Fact]
    public void Counts_empty_fields_wrapped_quotes_and_full_stops_read_right_in_both_formats()
    {
        var folder = CliRunner.TempDir();
        var notes = Path.Combine(folder, "edge.json");
        File.WriteAllText(notes, JsonSerializer.Serialize(new
        {
            title = "Edge notes",
            date = "2022-01-11",
            talks = new object[]
            {
                new { id = "a", title = "First talks", date = "2022-01-10", status = "held", outcome = " " },
                new { id = "b", title = "Second talks", date = "2022-01-11", status = "held", location = "" },
            },
            quotes = new object[] { new { speaker = "Ann Lee", role = "", side = "North", text = "« Nous verrons »" } },
            sources = new object[] { new { title = "Talks end.", publisher = "Reuters", date = "2022-01-11" } },
        }));
        var output = Path.Combine(folder, "out");
        var result = CliRunner.InProcess("render", notes, "-o", output, "--templates", TestPaths.Templates);
        Assert.True(result.ExitCode == 0, result.Stderr);

        var pdf = Readers.Squeeze(Readers.PdfText(Path.Combine(output, "edge.pdf")));
        var docx = Readers.Squeeze(string.Join("\n", Readers.DocxParagraphs(Path.Combine(output, "edge.docx")).Select(p => p.Text)));
        foreach (var text in new[] { pdf, docx })
        {
            Assert.Contains(Readers.Squeeze("This briefing follows two rounds of talks, both already held."), text);
            Assert.Contains(Readers.Squeeze("« Nous verrons »"), text);
            Assert.DoesNotContain(Readers.Squeeze("“« Nous"), text);
            Assert.Contains(Readers.Squeeze("— Ann Lee"), text);
            Assert.DoesNotContain(Readers.Squeeze("— Ann Lee,"), text);
            Assert.DoesNotContain("Outcome", text);
            Assert.Contains(Readers.Squeeze("Where: not stated"), text);
            Assert.Contains(Readers.Squeeze("Talks end, Reuters"), text);
            Assert.DoesNotContain(".,", text);
        }
    }
}
