using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Tests;

/// <summary>
/// Every word of a document comes from the notes or the strings (issue 21). A test culture whose strings are all marked
/// ⟦…⟧ shows what the template, the theme and the writers write themselves: what is left of the PDF's and the .docx's
/// text once the marked spans are taken out must be the notes' own. What counts: letters only — digits (page numbers,
/// the day and year inside a marked date are marked anyway, the contents' page numbers are not), punctuation and the
/// template's dashes and middle dots are no words in any language; a letter run left over must be found in the notes'
/// text, in any case (a hyphenated word's halves are found inside its whole; the template capitalizes a notes' "by the end
/// of January" in a table cell).
/// </summary>
public sealed class CultureDocumentTests
{
    private const string TestCulture = "en-IE";

    private static readonly string SecondDay = Path.Combine(TestPaths.Root, "input", "talks-2022-01-12.json");

    private static readonly Lazy<string> NotesText = new(() =>
    {
        var text = new StringBuilder();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o: foreach (var (_, v) in o) Walk(v); break;
                case JsonArray a: foreach (var v in a) Walk(v); break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.String: text.Append(v.GetValue<string>()).Append('\n'); break;
            }
        }
        Walk(JsonNode.Parse(File.ReadAllText(TestPaths.SampleNotes)));
        Walk(JsonNode.Parse(File.ReadAllText(SecondDay)));
        return text.ToString();
    });

    private static string Render(string templates, string culture, string template = "daily-briefing")
    {
        var output = CliRunner.TempDir();
        var result = CliRunner.InProcess(["render", TestPaths.SampleNotes, "-o", output, "--templates", templates, "--culture", culture, "-t", template]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("RF2161", result.Stderr, StringComparison.Ordinal);
        return Path.Combine(output, "talks-2022-01-11");
    }

    // A copy of the shipped templates with a strings file for the test culture beside every en.json, each string marked.
    private static string MarkedTemplates()
    {
        var templates = CliRunner.TempDir();
        // The copy whose briefing always draws a contents, so its title is checked too.
        CliRunner.CopyFolder(ContentsTemplates.Root, templates);
        var marked = 0;
        foreach (var english in Directory.GetFiles(templates, "en.json", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "strings"))
        {
            var strings = JsonNode.Parse(File.ReadAllText(english))!.AsObject();
            var markedStrings = new JsonObject();
            foreach (var (key, value) in strings) markedStrings[key] = "⟦" + value!.GetValue<string>() + "⟧";
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(english)!, TestCulture + ".json"), markedStrings.ToJsonString());
            marked += strings.Count;
        }
        Assert.True(marked > 50, $"only {marked} strings marked");
        return templates;
    }

    // The body, headers and footers of the .docx, a paragraph a line (a field's cached result included).
    private static string DocxText(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var parts = new List<DocumentFormat.OpenXml.OpenXmlElement> { doc.MainDocumentPart!.Document! };
        parts.AddRange(doc.MainDocumentPart.HeaderParts.Select(h => (DocumentFormat.OpenXml.OpenXmlElement)h.Header!));
        parts.AddRange(doc.MainDocumentPart.FooterParts.Select(f => (DocumentFormat.OpenXml.OpenXmlElement)f.Footer!));
        return string.Join("\n", parts.SelectMany(p => p.Descendants<W.Paragraph>())
            .Select(p => string.Concat(p.Descendants<W.Text>().Select(t => t.Text))));
    }

    private static string Unmarked(string text)
    {
        // Innermost first: a label holds a marked word ("⟦⟦When⟧:⟧"), a paragraph broken by a page holds its footer.
        var marked = new Regex("⟦[^⟦⟧]*⟧");
        for (var previous = ""; previous != text;)
        {
            previous = text;
            text = marked.Replace(text, " ");
        }
        return text;
    }

    private static List<string> Foreign(string text) => Regex.Matches(Unmarked(text), @"\p{L}+").Select(m => m.Value)
        .Where(word => !NotesText.Value.Contains(word, StringComparison.OrdinalIgnoreCase))
        .Distinct()
        .ToList();

    [Fact]
    public void Marked_test_culture_leaves_only_the_notes_unmarked_in_both_formats()
    {
        var file = Render(MarkedTemplates(), TestCulture);
        var pdf = Readers.PdfText(file + ".pdf");
        var docx = DocxText(file + ".docx");
        // The marks did reach both documents: the furniture the writers set (the contents' title, the footer) included.
        Assert.Contains("⟦Contents⟧", pdf, StringComparison.Ordinal);
        Assert.Contains("⟦Page 1 of ", pdf, StringComparison.Ordinal);
        Assert.Contains("⟦Contents⟧", docx, StringComparison.Ordinal);
        Assert.Contains("⟦Page ", docx, StringComparison.Ordinal);
        Assert.Empty(Foreign(pdf));
        Assert.Empty(Foreign(docx));
    }

    [Fact]
    public void Marked_test_culture_leaves_only_the_notes_unmarked_in_the_changes_since_the_last_briefing()
    {
        var output = CliRunner.TempDir();
        var result = CliRunner.InProcess(["render", SecondDay, "--since", TestPaths.SampleNotes, "-o", output, "--templates", MarkedTemplates(),
            "--culture", TestCulture]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var pdf = Readers.PdfText(Path.Combine(output, "talks-2022-01-12.pdf"));
        var docx = DocxText(Path.Combine(output, "talks-2022-01-12.docx"));
        // The section's heading and the tags came from the strings too.
        foreach (var text in new[] { pdf, docx })
        {
            Assert.Contains("⟦Since the last briefing⟧", text, StringComparison.Ordinal);
            Assert.Contains("⟦Updated⟧", text, StringComparison.Ordinal);
            Assert.Contains("⟦New⟧", text, StringComparison.Ordinal);
            Assert.Contains("⟦Done⟧", text, StringComparison.Ordinal);
        }
        Assert.Empty(Foreign(pdf));
        Assert.Empty(Foreign(docx));
    }

    [Theory]
    [InlineData("meeting-record")]
    [InlineData("positions-sheet")]
    public void Marked_test_culture_leaves_only_the_notes_unmarked_in_every_shipped_template(string template)
    {
        var folder = Path.GetDirectoryName(Render(MarkedTemplates(), TestCulture, template))!;
        var files = Directory.GetFiles(folder, "*.pdf");
        Assert.NotEmpty(files);
        foreach (var pdf in files)
        {
            Assert.Contains("⟦Page 1 of", Readers.PdfText(pdf), StringComparison.Ordinal);
            Assert.Empty(Foreign(Readers.PdfText(pdf)));
            Assert.Empty(Foreign(DocxText(Path.ChangeExtension(pdf, ".docx"))));
        }
    }

    [Theory]
    [InlineData("fr-FR", "Sommaire", "Page 1 sur ", "mardi 11 janvier 2022")]
    [InlineData("de-DE", "Inhalt", "Seite 1 von ", "Dienstag, 11. Januar 2022")]
    [InlineData("es-ES", "Índice", "Página 1 de ", "martes, 11 de enero de 2022")]
    public void Briefing_in_another_language_has_no_english_furniture(string culture, string contents, string footer, string date)
    {
        var file = Render(ContentsTemplates.Root, culture);
        var pdf = Readers.PdfText(file + ".pdf");
        var docx = DocxText(file + ".docx");
        Assert.Contains(contents, pdf, StringComparison.Ordinal);
        Assert.Contains(footer, pdf, StringComparison.Ordinal);
        Assert.Contains(date, pdf, StringComparison.Ordinal);
        Assert.Contains(contents, docx, StringComparison.Ordinal);
        Assert.Contains(date, docx, StringComparison.Ordinal);
        // Every English string of the shipped files, cut at its placeholders, that neither the notes nor the culture's own
        // strings say (French and German write "Format" too).
        static IEnumerable<string> Values(string language) => Directory.GetFiles(TestPaths.Templates, language + ".json", SearchOption.AllDirectories)
            .SelectMany(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject().Select(p => p.Value!.GetValue<string>()));
        var own = string.Join("\n", Values(culture[..2]));
        var english = Values("en")
            .SelectMany(s => Regex.Split(s, @"\{[^}]*\}|dddd|MMMM|MMM|yyyy"))
            .Select(s => s.Trim(' ', ',', '.', ':', '(', ')', '“', '”'))
            .Concat(["Tuesday", "Monday", "January", "hours", "yesterday", "today", "tomorrow"])
            .Where(s => s.Count(char.IsLetter) >= 3 && !NotesText.Value.Contains(s, StringComparison.Ordinal) && !own.Contains(s, StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.True(english.Count > 20, string.Join("|", english));
        foreach (var phrase in english)
        {
            var pattern = new Regex(@"(?<!\p{L})" + Regex.Escape(phrase) + @"(?!\p{L})");
            Assert.False(pattern.IsMatch(pdf), $"the {culture} PDF says \"{phrase}\"");
            Assert.False(pattern.IsMatch(docx), $"the {culture} .docx says \"{phrase}\"");
        }
    }
}
