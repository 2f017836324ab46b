using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace ReportForge.Tests.Accessibility;

/// <summary>
/// Matterhorn 01-003, 01-004, 01-005: every piece of page content (text shown, an XObject or shading painted, a path
/// filled or stroked) lies in marked content with an MCID that the parent tree gives to a structure element, or in
/// Artifact marked content; and the two never nest in each other.
/// </summary>
internal static class ContentRules
{
    private static readonly HashSet<string> TextShowing = ["Tj", "TJ", "'", "\""];
    private static readonly HashSet<string> Painting = ["Do", "sh", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*"];

    private enum Kind { Other, Artifact, Tagged }

    public static void Check(MatterhornChecker.Reader reader, StructureTree tree, List<MatterhornFailure> failures)
    {
        var pageNumber = 0;
        foreach (var page in reader.Document.GetPages())
        {
            pageNumber++;
            var elements = reader.Get(page.Dictionary, "StructParents") is NumericToken key && tree.ParentTree.TryGetValue(key.Int, out var value)
                ? reader.Resolve(value) as ArrayToken
                : null;
            var stack = new List<(Kind Kind, int Mcid)>();
            int untaggedText = 0, untaggedGraphics = 0, artifactInTagged = 0, taggedInArtifact = 0;
            var orphans = new SortedSet<int>();
            foreach (var operation in page.Operations)
            {
                switch (operation)
                {
                    case BeginMarkedContent bmc:
                        Open(bmc.Name.Data == "Artifact" ? Kind.Artifact : Kind.Other, -1);
                        break;
                    case BeginMarkedContentWithProperties bdc:
                        var mcid = bdc.Properties is { } properties && properties.TryGet(NameToken.Create("MCID"), out var m) && m is NumericToken n ? n.Int : -1;
                        if (bdc.Name.Data == "Artifact") Open(Kind.Artifact, -1);
                        else if (mcid >= 0)
                        {
                            if (!BelongsToElement(elements, mcid, tree)) orphans.Add(mcid);
                            Open(Kind.Tagged, mcid);
                        }
                        else Open(Kind.Other, -1);
                        break;
                    case EndMarkedContent:
                        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        if (stack.Any(s => s.Kind != Kind.Other)) break;
                        if (TextShowing.Contains(operation.Operator)) untaggedText++;
                        else if (Painting.Contains(operation.Operator)) untaggedGraphics++;
                        break;
                }
            }
            if (untaggedText + untaggedGraphics > 0)
                failures.Add(new("01-005", $"page {pageNumber}: {untaggedText} text-showing and {untaggedGraphics} painting operator(s) are neither in tagged content nor in an artifact"));
            if (orphans.Count > 0)
                failures.Add(new("01-005", $"page {pageNumber}: marked content with MCID {string.Join(", ", orphans)} belongs to no structure element in the parent tree"));
            if (artifactInTagged > 0)
                failures.Add(new("01-003", $"page {pageNumber}: {artifactInTagged} artifact(s) inside tagged content"));
            if (taggedInArtifact > 0)
                failures.Add(new("01-004", $"page {pageNumber}: {taggedInArtifact} piece(s) of tagged content inside an artifact"));

            void Open(Kind kind, int mcid)
            {
                if (kind == Kind.Artifact && stack.Any(s => s.Kind == Kind.Tagged)) artifactInTagged++;
                if (kind == Kind.Tagged && stack.Any(s => s.Kind == Kind.Artifact)) taggedInArtifact++;
                stack.Add((kind, mcid));
            }
        }
    }

    private static bool BelongsToElement(ArrayToken? elements, int mcid, StructureTree tree) =>
        elements is not null && mcid < elements.Length && elements[mcid] is IndirectReferenceToken reference
        && tree.ByReference.ContainsKey(reference.Data);
}
