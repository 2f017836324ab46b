using CsCheck;

namespace ReportForge.Tests;

/// <summary>
/// Random documents in the markup dialect: headings, paragraphs with emphasis, code, links and footnote
/// citations, nested lists, tables (ragged rows too), quotes, the dialect's containers, code blocks, and
/// now and then something the dialect forbids (raw HTML, an unknown container, a missing image). Text mixes
/// ASCII, markup punctuation, other scripts, soft hyphens, long words and characters no font has. Now and
/// then a table is very wide, or quotes or lists nest around the limit of the dialect (12 levels).
/// </summary>
internal static class MarkupGen
{
    private static readonly string[] Words =
    [
        "talks", "Geneva", "NATO", "Russia", "briefing", "security", "naïve", "Straße", "Дмитро", "Кулеба",
        "Κυριάκος", "日本語", "交渉", "Verhand\u00ADlungs\u00ADpartner", "co\u00ADop\u00ADer\u00ADa\u00ADtion",
        "well-known", "1,234.5", "50%", "“quoted”", "—", "A&B", "&amp;", "&copy;", "&#x10FFFD;", "\\*", "\\|", "\\[x\\]",
        "🙂", "\U0010FFFD", "\u0378", "a\u200Bb", "x\u00A0y", "\u0001", "\uFFFF", "e\u0301", "ﬁne", "عربي", "עברית",
        "*", "_", "|", "#", "<", ">", "[", "]", "{", "}", "(", ")", "!", "`", "~", "\\", "^", ":::",
    ];

    private static readonly Gen<string> Word = Gen.Frequency(
        (12, Gen.OneOf(Words)),
        (6, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 9]),
        (1, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzéÄßДжΩ"], 40, 160]),
        (1, Gen.String[Gen.Char['\u0020', '\u2FFF'], 1, 6]));

    public static readonly Gen<string> Plain = Word.Array[1, 8].Select(words => string.Join(" ", words));

    private static readonly Gen<string> Inline = Gen.Frequency(
        (10, Plain),
        (2, Plain.Select(t => $"*{t}*")),
        (2, Plain.Select(t => $"**{t}**")),
        (1, Plain.Select(t => $"***{t}***")),
        (1, Plain.Select(t => $"~~{t}~~")),
        (2, Plain.Select(t => $"`{t.Replace("`", "", StringComparison.Ordinal)}`")),
        (2, Gen.Select(Plain, Gen.OneOf("https://reportforge.invalid/a", "#geneva", "#missing", "mailto:a@reportforge.invalid", ""), (t, url) => $"[{t}]({url})")),
        (1, Gen.Const("<https://reportforge.invalid/auto>")),
        (2, Gen.Int[1, 4].Select(n => $"[^n{n}]")),
        (1, Gen.OneOf("  \n", "\\\n", "\n")));

    private static readonly Gen<string> Text = Inline.Array[1, 6].Select(parts => string.Join(" ", parts).Trim() is { Length: > 0 } t ? t : "x");

    private static Gen<string> Heading => Gen.Select(Gen.Int[1, 6], Text, Gen.OneOf("", " {#geneva}", " {#geneva}", " {.wide}"),
        (level, text, attributes) => $"{new string('#', level)} {OneLine(text)}{attributes}");

    private static Gen<string> Paragraph => Text;

    private static Gen<string> Table => Gen.Select(
        Gen.Frequency((8, Gen.Int[1, 5]), (1, Gen.Int[6, 40])),
        Text.Array[0, 7].Array[0, 6],
        Gen.OneOf("", "{caption=\"Talks & more\"}\n", "{widths=\"30%,auto\"}\n", "{widths=\"200%\"}\n", "{caption=\"a\\\"b\" widths=\"auto\"}\n"),
        (columns, rows, attributes) =>
        {
            var header = "| " + string.Join(" | ", Enumerable.Range(1, columns).Select(i => $"Column {i}")) + " |";
            var rule = "|" + string.Join("|", Enumerable.Range(0, columns).Select(i => (i % 3) switch { 0 => "---", 1 => ":-:", _ => "--:" })) + "|";
            var body = rows.Select(cells => "| " + string.Join(" | ", cells.Select(c => OneLine(c))) + " |");
            return attributes + string.Join("\n", new[] { header, rule }.Concat(body));
        });

    private static Gen<string> CodeFence => Plain.Array[1, 4].Select(lines => "```\n" + string.Join("\n", lines).Replace("```", "``", StringComparison.Ordinal) + "\n```");

    private static Gen<string> Forbidden => Gen.OneOf(
        "<div>raw</div>", "::: note\ntext\n:::", "![map](assets/map.png)", "text <b>bold</b>", "::: toc {depth=\"9\"}\n:::");

    private static Gen<string> Leaf => Gen.Frequency(
        (6, Paragraph), (2, Heading), (2, Table), (1, CodeFence), (1, Gen.Const("---")),
        (1, Gen.Const("::: pagebreak\n:::")), (1, Gen.OneOf("::: toc\n:::", "::: toc {title=\"Contents\" depth=\"2\"}\n:::")),
        (1, Forbidden),
        (1, Gen.Select(Gen.Int[8, 16], Gen.OneOf("> ", "- ", "1. "), Plain, (depth, marker, text) => string.Concat(Enumerable.Repeat(marker, depth)) + text)));

    public static Gen<string> Blocks(int depth) => depth == 0
        ? Leaf.Array[1, 3].Select(Join)
        : Gen.Frequency(
            (8, Leaf),
            (2, List(depth)),
            (1, Blocks(depth - 1).Select(b => Prefix(b, "> "))),
            (1, Gen.Select(Gen.OneOf("::: callout", "::: callout {title=\"Note\"}", "::: keep"), Blocks(depth - 1), (open, inner) => $"{open}\n{inner}\n:::")))
          .Array[1, 4].Select(Join);

    private static Gen<string> List(int depth) => Gen.Select(Gen.Bool, Gen.Int[0, 3], Blocks(depth - 1).Array[1, 4], (ordered, start, items) =>
        string.Join("\n", items.Select((item, i) =>
        {
            var marker = ordered ? $"{start + i}. " : "- ";
            return marker + Prefix(item, new string(' ', marker.Length))[marker.Length..];
        })));

    /// <summary>A whole document: blocks, then footnote definitions for some of the labels cited.</summary>
    public static Gen<string> Document { get; } = Gen.Select(Blocks(2).Array[1, 6], Gen.Int[0, 4].Array[0, 4], Text.Array[4],
        (blocks, defined, notes) => Join(blocks) + "\n\n" + string.Join("\n\n", defined.Distinct().Select(n => $"[^n{n}]: {OneLine(notes[n % 4])}")) + "\n");

    private static string Join(string[] blocks) => string.Join("\n\n", blocks);

    private static string OneLine(string text) => text.Replace('\n', ' ');

    private static string Prefix(string text, string prefix) => string.Join("\n", text.Split('\n').Select(l => prefix + l));
}
