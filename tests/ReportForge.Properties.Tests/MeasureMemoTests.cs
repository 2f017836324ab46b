using CsCheck;
using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Pdf;
using ReportForge.Pdf.Layout;
using ReportForge.Theming;

namespace ReportForge.Tests;

/// <summary>
/// Elements keep their last answer to a Measure call and give it again while nothing it read has changed. That is
/// only a saving: on random documents long enough to run over pages, with footnotes that take room from the pages
/// that cite them, tables, lists, callouts and headings that keep with what follows, the PDF written with the answers
/// kept is the PDF written asking every question afresh, byte for byte.
/// </summary>
public sealed class MeasureMemoTests
{
    private static readonly DocumentMetadata Metadata = new()
    {
        Title = "Measure memo", Date = new DateOnly(2022, 1, 11), DisplayDate = "11 January 2022",
        Timestamp = new DateTimeOffset(2022, 1, 11, 0, 0, 0, TimeSpan.Zero),
    };

    // More blocks than MarkupGen.Document, and footnotes long enough to be carried over to the next page.
    // Documents the dialect accepts, long enough to run over several pages: paragraphs citing footnotes (which are
    // long enough to be carried over), headings that keep with what follows, tables that split, nested lists,
    // callouts, quotations, blocks kept together, page breaks and contents.
    private static readonly Gen<string> Word = Gen.Frequency(
        (8, Gen.OneOf("talks", "Geneva", "security", "briefing", "ceasefire", "well-known", "co\u00ADop\u00ADer\u00ADa\u00ADtion", "x\u00A0y", "Straße", "1,234.5", "50%", "עברית", "عربي")),
        (8, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 12]),
        (1, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 40, 120]));

    private static readonly Gen<string> Plain = Word.Array[1, 8].Select(words => string.Join(" ", words));

    private static readonly Gen<string> Inline = Gen.Frequency(
        (10, Plain), (2, Plain.Select(t => $"*{t}*")), (2, Plain.Select(t => $"**{t}**")), (1, Plain.Select(t => $"`{t}`")),
        (1, Plain.Select(t => $"[{t}](#contents)")), (2, Gen.Int[1, 4].Select(n => $"[^n{n}]")));

    private static readonly Gen<string> Text = Inline.Array[1, 24].Select(parts => string.Join(" ", parts));

    private static readonly Gen<string> Table = Gen.Select(Gen.Int[1, 4], Inline.Array[1, 4].Array[1, 4].Array[0, 30], Gen.Bool,
        (columns, rows, captioned) => (captioned ? "{caption=\"Talks\"}\n" : "")
            + "| " + string.Join(" | ", Enumerable.Range(1, columns).Select(i => $"Column {i}")) + " |\n"
            + "|" + string.Join("|", Enumerable.Repeat("---", columns)) + "|"
            + string.Concat(rows.Select(cells => "\n| " + string.Join(" | ", Enumerable.Range(0, columns).Select(c => string.Join(" ", cells[c % cells.Length]))) + " |")));

    private static readonly Gen<string> List = Gen.Select(Gen.Bool, Text.Array[1, 6], Gen.Bool, Text.Array[1, 3],
        (ordered, items, nested, inner) => string.Join("\n", items.Select((item, i) => (ordered ? $"{i + 1}. " : "- ") + item))
            + (nested ? "\n" + string.Join("\n", inner.Select(item => "   - " + item)) : ""));

    private static readonly Gen<string> Block = Gen.Frequency(
        (10, Text), (3, Gen.Select(Gen.Int[1, 3], Plain, (level, text) => $"{new string('#', level)} {text}")), (3, Table), (3, List),
        (1, Text.Select(t => "> " + t)), (1, Text.Array[1, 3].Select(ps => "::: callout\n" + string.Join("\n\n", ps) + "\n:::")),
        (1, Text.Array[1, 4].Select(ps => "::: keep\n" + string.Join("\n\n", ps) + "\n:::")),
        (1, Gen.Const("::: pagebreak\n:::")), (1, Gen.Const("::: toc\n:::")));

    private static readonly Gen<string> LongDocument = Gen.Select(Block.Array[4, 30], Plain.Array[1, 40].Array[4],
        (blocks, notes) => string.Join("\n\n", blocks) + "\n\n"
            + string.Join("\n\n", notes.Select((words, i) => $"[^n{i + 1}]: {string.Join(" ", words)}")) + "\n");

    [Fact]
    public void KeptAnswersChangeNoPage() =>
        PropertyRuns.Check(LongDocument, markup =>
        {
            var converted = MarkupConverter.Convert(markup, Metadata, markupName: "random.md");
            Assert.True(converted.Succeeded, string.Join("\n", converted.Diagnostics.Select(d => d.Message)));
            var document = converted.Value;
            var kept = PdfReportWriter.Write(document, Theme.Default);
            var afresh = Afresh(() => PdfReportWriter.Write(document, Theme.Default));

            Assert.Equal(afresh.Succeeded, kept.Succeeded);
            Assert.Equal(afresh.Diagnostics.Select(d => d.Message), kept.Diagnostics.Select(d => d.Message));
            if (!kept.Succeeded) return;
            Assert.Equal(afresh.Value.Layout.PageCount, kept.Value.Layout.PageCount);
            Assert.Equal(afresh.Value.Layout.PageMap.OrderBy(kv => kv.Key, StringComparer.Ordinal), kept.Value.Layout.PageMap.OrderBy(kv => kv.Key, StringComparer.Ordinal));
            Assert.True(afresh.Value.Bytes.AsSpan().SequenceEqual(kept.Value.Bytes), "the PDF differs with the measures kept");
        }, iterations: 40, print: MarkupPipeline.Escape);

    private static T Afresh<T>(Func<T> write)
    {
        MeasureMemos.Off = true;
        try
        {
            return write();
        }
        finally
        {
            MeasureMemos.Off = false;
        }
    }
}
