using CsCheck;
using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Pdf;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Theming;

namespace ReportForge.Tests;

/// <summary>
/// Nothing outside the content box (issue 19): random documents full of what is hard to fit (long words, long URLs, wide
/// tables, wide list numbers, big images, long headings, footnotes, quotes, code with long lines) are laid out onto a
/// recording canvas, and no text fragment, image or box on the body crosses the page's content box left or right, and
/// no image its top or bottom.
/// </summary>
public sealed class ContentBoxPropertyTests
{
    private const double Slack = 0.01;

    private static readonly DocumentMetadata Metadata = new()
    {
        Title = "Content box", Date = new DateOnly(2022, 1, 11), DisplayDate = "11 January 2022",
        Timestamp = new DateTimeOffset(2022, 1, 11, 0, 0, 0, TimeSpan.Zero),
    };

    private static readonly Gen<string> Letters = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzéßДΩ"], 1, 12];

    private static readonly Gen<string> LongWord = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzWMéß"], 40, 220];

    private static readonly Gen<string> Url = Gen.Frequency(
        (3, Gen.Select(Letters.Array[3, 14], Letters.Array[0, 4], (path, query) =>
            "https://example.org/" + string.Join("/", path) + (query.Length > 0 ? "?" + string.Join("&", query.Select(q => q + "=" + q)) : ""))),
        (1, LongWord.Select(w => "https://" + w + ".example")));

    private static readonly Gen<string> Text = Gen.Frequency(
        (8, Letters), (1, LongWord), (1, Url.Select(u => "<" + u + ">")), (1, Url.Select(u => $"[{u}]({u})")), (1, Gen.Const("[^n1]")))
        .Array[1, 40].Select(words => string.Join(" ", words));

    private static readonly Gen<string> Table = Gen.Int[2, 16].SelectMany(columns => Gen.Frequency((4, Letters), (1, LongWord), (1, Url))
        .Array[columns].Array[1, 5].Select(rows =>
            string.Join("\n", new[] { rows[0], Enumerable.Repeat("---", columns).ToArray() }.Concat(rows.Skip(1))
                .Select(r => "| " + string.Join(" | ", r) + " |"))));

    private static readonly Gen<string> List = Gen.Select(Gen.OneOf(1, 8, 98, 99999, 123456789), Gen.Int[1, 12], Gen.OneOf(1, 10, 390, 391, 1994, 10000), Text,
        (start, count, nestedStart, text) =>
            string.Join("\n", Enumerable.Range(0, count).Select(i => $"{(long)start + i}. {text}"))
            + $"\n\n   {nestedStart}. {text}\n\n      {nestedStart}. {text}\n");

    private static readonly Gen<string> Block = Gen.Frequency(
        (4, Text),
        (2, Gen.Int[1, 4].Select(Text, (level, text) => new string('#', level) + " " + text)),
        (2, Table),
        (2, List),
        (1, Text.Select(t => "> " + t + "\n>\n> " + t)),
        (1, Gen.Select(LongWord, Url, (w, u) => "```\n" + w + " " + u + "\n\tshort\n" + w + w + "\n```")),
        (1, Text.Select(t => "::: callout {title=\"Note\"}\n" + t + "\n:::")));

    private static readonly Gen<(string Markup, int Images)> Documents = Gen.Select(Block.Array[1, 8], Gen.Int[0, 2],
        Gen.Frequency((8, Letters), (1, LongWord), (1, Url.Select(u => "<" + u + ">"))).Array[1, 12],
        (blocks, images, note) => (string.Join("\n\n", blocks) + "\n\n[^n1]: note " + string.Join(" ", note), images));

    [Fact]
    public void Nothing_drawn_on_the_body_crosses_the_content_box() =>
        PropertyRuns.Check(Documents, Check, iterations: 25, print: d => d.Markup + "\n(images: " + d.Images + ")");

    private static void Check((string Markup, int Images) input)
    {
        var converted = MarkupConverter.Convert(input.Markup, Metadata, markupName: "random.md");
        Assert.True(converted.Succeeded, string.Join("\n", converted.Diagnostics));
        var document = converted.Value;
        document = document with { Blocks = [.. document.Blocks, .. Enumerable.Range(0, input.Images).Select(BigImage)] };
        var theme = Theme.Default;
        var setup = PdfReportWriter.Setup(document, theme);
        var canvas = new RecordingCanvas();
        var result = DocumentComposer.Compose(PdfReportWriter.Build(document, theme), canvas, PdfSharpMeasurer.Shared, setup, 0);
        // A table row (long words in many columns) or a heading taller than a page is an error the user is told of.
        if (result.Error is { } error && (error.Contains("is taller than a page", StringComparison.Ordinal)
            || error.Contains("headings do not split", StringComparison.Ordinal))) return;
        Assert.True(result.Error is null, result.Error);

        var left = setup.ContentLeft - Slack;
        var right = setup.ContentLeft + setup.ContentArea.Width + Slack;
        var top = setup.ContentTop - Slack;
        var bottom = setup.ContentTop + setup.ContentArea.Height + Slack;
        var outside = new List<string>();
        foreach (var text in canvas.Texts)
        {
            var end = text.X + PdfSharpMeasurer.Shared.Width(text.Text, text.Face);
            if (text.X < left || end > right) outside.Add($"page {text.Page}: '{text.Text}' at {text.X:0.##}..{end:0.##}");
        }
        foreach (var image in canvas.Images)
        {
            if (image.X < left || image.X + image.Width > right || image.Y < top || image.Y + image.Height > bottom)
                outside.Add($"page {image.Page}: image at {image.X:0.##},{image.Y:0.##} {image.Width:0.##}x{image.Height:0.##}");
        }
        foreach (var box in canvas.Rectangles.Where(r => r.Y >= top && r.Y + r.Height <= bottom))
        {
            if (box.X < left || box.X + box.Width > right) outside.Add($"page {box.Page}: box at {box.X:0.##}..{box.X + box.Width:0.##}");
        }
        Assert.True(outside.Count == 0, $"content box {left:0.##}..{right:0.##} x {top:0.##}..{bottom:0.##}; outside:\n" + string.Join("\n", outside.Take(20)));
    }

    // A picture far larger than the page, tall or wide: the layout scales it into the content box.
    private static Image BigImage(int i) => new(
        new ImageData("big" + i + ".png", new byte[] { 0x89, 0x50, 0x4E, 0x47 }, ImageFormat.Png, i % 2 == 0 ? 6000 : 800, i % 2 == 0 ? 900 : 9000, 72, 72),
        "big", i == 0 ? null : "A caption", ColumnWidth.Auto);
}
