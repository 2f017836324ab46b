using UglyToad.PdfPig.Tokens;

namespace ReportForge.Tests.Accessibility;

/// <summary>
/// Matterhorn 28: a page with annotations has /Tabs /S (28-008, 28-009); a link annotation sits in a Link element,
/// found through its /StructParent in the parent tree and the element's object reference back to it (28-011), and
/// describes itself in /Contents (28-012).
/// </summary>
internal static class AnnotationRules
{
    public static void Check(MatterhornChecker.Reader reader, StructureTree tree, List<MatterhornFailure> failures)
    {
        var pageNumber = 0;
        foreach (var page in reader.Document.GetPages())
        {
            pageNumber++;
            if (reader.Get(page.Dictionary, "Annots") is not ArrayToken annotations || annotations.Length == 0) continue;
            switch (reader.Name(page.Dictionary, "Tabs"))
            {
                case null: failures.Add(new("28-008", $"page {pageNumber} has annotations but no /Tabs")); break;
                case not "S" and var tabs: failures.Add(new("28-009", $"page {pageNumber} has annotations and /Tabs /{tabs}, not /S")); break;
            }
            int notInLink = 0, noContents = 0;
            foreach (var token in annotations.Data)
            {
                if (reader.Resolve(token) is not DictionaryToken annotation || reader.Name(annotation, "Subtype") != "Link") continue;
                if (string.IsNullOrWhiteSpace(reader.Text(reader.Get(annotation, "Contents")))) noContents++;
                if (!InLinkElement(token, annotation, reader, tree)) notInLink++;
            }
            if (notInLink > 0) failures.Add(new("28-011", $"page {pageNumber}: {notInLink} link annotation(s) not in a Link structure element"));
            if (noContents > 0) failures.Add(new("28-012", $"page {pageNumber}: {noContents} link annotation(s) without /Contents"));
        }
    }

    private static bool InLinkElement(IToken token, DictionaryToken annotation, MatterhornChecker.Reader reader, StructureTree tree) =>
        token is IndirectReferenceToken self
        && reader.Get(annotation, "StructParent") is NumericToken key
        && tree.ParentTree.TryGetValue(key.Int, out var value)
        && value is IndirectReferenceToken elementReference
        && tree.ByReference.TryGetValue(elementReference.Data, out var element)
        && element.Type == "Link"
        && element.Objects.Contains(self.Data);
}
