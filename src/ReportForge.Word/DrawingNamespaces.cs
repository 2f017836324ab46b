using DocumentFormat.OpenXml;

namespace ReportForge.Word;

/// The namespaces pictures and links use, declared once on a part's root. Declared on each wp:inline instead,
/// as the SDK does by default, they hide the pictures' alt text from readers such as pandoc, which look the
/// prefixes up on the root.
internal static class DrawingNamespaces
{
    private static readonly (string Prefix, string Uri)[] All =
    [
        ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
    ];

    /// Declares them on <paramref name="root"/> (a document, footnotes, header or footer) and returns it.
    public static T DeclareOn<T>(T root) where T : OpenXmlPartRootElement
    {
        foreach (var (prefix, uri) in All)
            root.AddNamespaceDeclaration(prefix, uri);
        return root;
    }
}
