namespace ReportForge.Word;

/// Replaces characters XML 1.0 cannot carry with U+FFFD.
internal static class XmlText
{
    public static string Clean(string text) =>
        text.Any(IsInvalid) ? new string(text.Select(c => IsInvalid(c) ? '\uFFFD' : c).ToArray()) : text;

    public static bool IsInvalid(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';
}
