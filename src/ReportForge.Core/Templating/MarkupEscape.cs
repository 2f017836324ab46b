using System.Text;

namespace ReportForge.Templating;

/// <summary>
/// Escapes text for the markup dialect. One rule, safe in a paragraph, heading, list item or table cell:
/// every ASCII punctuation character gets a backslash, and line breaks fold to spaces.
/// </summary>
public static class MarkupEscape
{
    /// <summary>Escapes a value so it reads back as exactly this text.</summary>
    public static string Text(string value)
    {
        if (value.Length == 0) return value;
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    builder.Append(' ');
                    break;
                case '\n' or '\u2028' or '\u2029' or '\t' or '\v' or '\f' or '\u0085':
                    builder.Append(' ');
                    break;
                case < ' ' or (>= '\u007f' and <= '\u009f'):
                    break;
                default:
                    if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > '\u007f')
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append('\\').Append(c);
                    }
                    break;
            }
        }
        // A space cannot take a backslash: at the start of a line four of them make a code block, at the
        // end two make a hard line break. A character reference keeps the space and ends that reading.
        if (builder.Length > 0 && builder[^1] == ' ') builder.Remove(builder.Length - 1, 1).Append(SpaceReference);
        if (builder.Length > 0 && builder[0] == ' ') builder.Remove(0, 1).Insert(0, SpaceReference);
        return builder.ToString();
    }

    private const string SpaceReference = "&#32;";

    /// <summary>
    /// Plain text for metadata (title, author…), which is not markup: control characters (C0, DEL, C1) carry no
    /// text and neither writer can show them (XML 1.0 cannot even hold most), so they go; line breaks fold to spaces.
    /// </summary>
    public static string Plain(string value)
    {
        if (!value.Any(char.IsControl)) return value;
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\r' or '\n' or '\t' or '\v' or '\f' or '\u0085') builder.Append(' ');
            else if (!char.IsControl(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Escapes a value for a double-quoted attribute value: <c>{title="…"}</c>. Markdig reads such a value up to
    /// the next double quote with no backslash escapes, so quotes and ampersands become character references,
    /// which the converter decodes.
    /// </summary>
    public static string Attribute(string value)
    {
        var builder = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("&quot;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\r' or '\n' or '\t':
                    builder.Append(' ');
                    break;
                case < ' ':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
