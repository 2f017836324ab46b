using System.Text;
using System.Text.Json;

namespace ReportForge.Tests.Client;

/// <summary>Reads a .docx back with pandoc into its JSON syntax tree, and walks that tree.</summary>
internal static class Pandoc
{
    public const string Package = "pandoc";

    /// <summary>pandoc on the PATH; a missing one fails the test, naming the package to install.</summary>
    public static string Executable() => ClientTool.Find("pandoc", Package, "pandoc");

    /// <summary><c>pandoc -f docx -t json</c>: the document's syntax tree.</summary>
    public static JsonDocument Read(string docx)
    {
        // A hang guard only: pandoc reads these files in well under a second.
        var (exitCode, stdout, stderr) = ClientTool.Run(Executable(), ["-f", "docx", "-t", "json", docx], "pandoc did not finish reading the .docx");
        Assert.True(exitCode == 0, $"pandoc failed to read {docx} (exit {exitCode}): {stderr}");
        return JsonDocument.Parse(stdout);
    }

    /// <summary>Every element of type <paramref name="type"/> (its "t") under <paramref name="node"/>, in document order.</summary>
    public static IEnumerable<JsonElement> All(JsonElement node, string type)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("t", out var t) && t.ValueEquals(type))
                yield return node;
            foreach (var property in node.EnumerateObject())
            {
                foreach (var found in All(property.Value, type))
                    yield return found;
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                foreach (var found in All(item, type))
                    yield return found;
            }
        }
    }

    /// <summary>The element's content, its "c".</summary>
    public static JsonElement Content(JsonElement element) => element.GetProperty("c");

    /// <summary>The plain text of a list of inlines or blocks: words, spaces and line breaks as one space, the text
    /// inside emphasis, links, quotes and spans; footnotes left out.</summary>
    public static string Text(JsonElement node)
    {
        var text = new StringBuilder();
        AppendText(node, text);
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static void AppendText(JsonElement node, StringBuilder text)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
                AppendText(item, text);
            return;
        }
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("t", out var type))
            return;
        switch (type.GetString())
        {
            case "Str":
                text.Append(Content(node).GetString());
                break;
            case "Space" or "SoftBreak" or "LineBreak":
                text.Append(' ');
                break;
            case "Code":
                text.Append(Content(node)[1].GetString());
                break;
            case "Emph" or "Strong" or "Underline" or "Strikeout" or "Superscript" or "Subscript" or "SmallCaps" or "Plain" or "Para":
                AppendText(Content(node), text);
                break;
            case "Link" or "Span" or "Quoted":
                AppendText(Content(node)[1], text);
                break;
        }
    }
}
