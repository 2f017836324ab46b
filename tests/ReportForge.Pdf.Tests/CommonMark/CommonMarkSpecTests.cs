using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Theming;
using ReportForge.Word;
using ReportForge.Tests;

namespace ReportForge.Pdf.Tests.CommonMark;

/// <summary>
/// Issue 19, item 6: nothing is dropped from markup. Every example of the CommonMark spec (0.31.2, the fixture beside
/// this file; NOTICE.md gives its licence) without raw HTML (as Markdig without extensions reads it) or images is
/// converted by our markup stage and written to PDF (the text the drawing pass draws, on a recording canvas) and .docx
/// (document.xml's text). The visible text of the spec's expected HTML (tags stripped, entities decoded, whitespace
/// aside) must be the model's text exactly, and be found in the PDF and the .docx word after word in order (a line may
/// end inside a word; list numbers, the title block and the running header may stand between).
/// The examples our dialect reads otherwise on purpose are listed in <see cref="ChangedByDesign"/> with the reason;
/// the test checks that each still differs, so the list cannot go stale. Our extensions change no example's text:
/// no example has a pipe-table row, a <c>{…}</c> attribute block, a <c>:::</c> container or a <c>[^…]</c> footnote,
/// <c>~~</c> appears only as code fences, and the dialect applies no smart quotes or other typography.
/// </summary>
public sealed class CommonMarkSpecTests
{
    private sealed record Example(int Number, string Section, string Markdown, string Html);

    private static readonly Lazy<IReadOnlyList<Example>> Spec = new(Load);

    /// <summary>Examples whose text our dialect changes by design, with the reason.</summary>
    public static readonly IReadOnlyDictionary<int, string> ChangedByDesign = new Dictionary<int, string>
    {
        [484] = "`[](./target.md)`: a link without text shows its target (InlineConverter), so that it can be seen and followed on "
            + "paper; CommonMark's HTML has an empty <a>.",
    };

    private static IReadOnlyList<Example> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "CommonMark", "spec-0.31.2.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.GetProperty("examples").EnumerateArray().Select(e => new Example(e.GetProperty("number").GetInt32(),
            e.GetProperty("section").GetString()!, e.GetProperty("markdown").GetString()!, e.GetProperty("html").GetString()!))];
    }

    // Raw HTML as a CommonMark parser (Markdig without extensions) reads the example, or an image in the expected HTML.
    private static string? Excluded(Example example)
    {
        if (example.Html.Contains("<img", StringComparison.Ordinal)) return "image";
        var parsed = Markdig.Markdown.Parse(example.Markdown);
        if (parsed.Descendants<HtmlBlock>().Any() || parsed.Descendants<HtmlInline>().Any()) return "raw HTML";
        return null;
    }

    private static IEnumerable<Example> Walked => Spec.Value.Where(e => Excluded(e) is null);

    [Fact]
    public void The_spec_is_all_there_and_most_of_it_is_walked()
    {
        Assert.Equal(652, Spec.Value.Count);
        Assert.True(Walked.Count() > 500, $"{Walked.Count()} examples walked");
    }

    [Fact]
    public void The_visible_text_of_every_example_is_kept_in_the_pdf_and_the_docx()
    {
        var failures = new List<string>();
        foreach (var example in Walked.Where(e => !ChangedByDesign.ContainsKey(e.Number)))
            if (Check(example) is { } failure) failures.Add(failure);
        Assert.True(failures.Count == 0, $"{failures.Count} examples lose text:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Each_example_listed_as_changed_by_design_is_walked_and_does_differ()
    {
        var walked = Walked.Select(e => e.Number).ToHashSet();
        Assert.All(ChangedByDesign, entry =>
        {
            Assert.Contains(entry.Key, walked);
            Assert.NotNull(Check(Spec.Value.Single(e => e.Number == entry.Key)));
        });
    }

    [Fact]
    public void The_check_finds_a_word_dropped_or_added()
    {
        Assert.Contains("PDF lacks '[b'", Check(new Example(0, "test", "a b\n", "<p>a [b</p>\n")));
        Assert.Contains("the model reads \"ab\"", Check(new Example(0, "test", "a b\n", "<p>a</p>\n")));
        Assert.Null(Check(new Example(0, "test", "a [b\n", "<p>a [b</p>\n")));
    }

    // Null when the example's text is kept in the model and both formats, else what differs where.
    private static string? Check(Example example)
    {
        var expected = VisibleWords(example.Html);
        var converted = MarkupConverter.Convert(example.Markdown, new DocumentMetadata());
        if (!converted.Succeeded)
            return $"#{example.Number} ({example.Section}): {string.Join("; ", converted.Diagnostics.Select(d => d.Code + " " + d.Message))}";
        var pdf = string.Concat(LayoutHarness.Run(converted.Value).Texts.Select(t => t.Text));
        var docx = DocxText(DocxWriter.Write(converted.Value, Theme.Default));
        var problems = new List<string>();
        var model = Squeeze(ModelText.All(ModelText.Flatten(converted.Value.Blocks).Where(b => b is Heading or Paragraph or Table or Model.CodeBlock)));
        if (model != string.Concat(expected)) problems.Add($"the model reads \"{model}\"");
        if (Missing(expected, pdf) is { } inPdf) problems.Add($"PDF lacks '{inPdf}'");
        if (Missing(expected, docx) is { } inDocx) problems.Add($".docx lacks '{inDocx}'");
        return problems.Count == 0 ? null : $"#{example.Number} ({example.Section}): {string.Join(", ", problems)} of \"{string.Join(' ', expected)}\"";
    }

    // The first expected word not found after the words before it.
    private static string? Missing(IReadOnlyList<string> expected, string text)
    {
        var squeezed = Squeeze(text);
        var at = 0;
        foreach (var word in expected)
        {
            var found = squeezed.IndexOf(word, at, StringComparison.Ordinal);
            if (found < 0) return word;
            at = found + word.Length;
        }
        return null;
    }

    private static string Squeeze(string text)
    {
        var squeezed = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c != '\u200B') squeezed.Append(c);
        return squeezed.ToString();
    }

    private static List<string> VisibleWords(string html)
    {
        var text = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", " "));
        return [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Squeeze).Where(w => w.Length > 0)];
    }

    private static string DocxText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var w = XNamespace.Get("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        var text = new StringBuilder();
        foreach (var element in XDocument.Load(stream).Descendants())
        {
            if (element.Name == w + "t") text.Append(element.Value);
            else if (element.Name == w + "tab" && element.Parent?.Name == w + "r") text.Append('\t');
            else if (element.Name == w + "br" || element.Name == w + "p") text.Append('\n');
        }
        return text.ToString();
    }
}
