using System.Globalization;
using System.Text;

namespace ReportForge.Text;

/// <summary>
/// Expands tabs to the next tab stop, as a terminal or an editor shows code: each tab becomes the spaces up to the
/// next column that is a multiple of the stop width. Both writers set code blocks from this, so a tab takes the same
/// room in the PDF and the .docx (a Word tab would jump to the document's default stops, half an inch apart).
/// </summary>
public static class TabStops
{
    /// <summary>
    /// <paramref name="text"/> with every tab replaced by spaces up to the next multiple of <paramref name="every"/>
    /// columns; a column is one user-perceived character (a letter with its combining marks counts once), and each line
    /// starts at column 0. Text without a tab is returned as it is.
    /// </summary>
    public static string Expand(string text, int every)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        if (!text.Contains('\t', StringComparison.Ordinal)) return text;
        var builder = new StringBuilder(text.Length + 16);
        var column = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            switch (element)
            {
                case "\t":
                    var spaces = every - column % every;
                    builder.Append(' ', spaces);
                    column += spaces;
                    break;
                case "\n" or "\r" or "\r\n":
                    builder.Append(element);
                    column = 0;
                    break;
                default:
                    builder.Append(element);
                    column++;
                    break;
            }
        }
        return builder.ToString();
    }
}
