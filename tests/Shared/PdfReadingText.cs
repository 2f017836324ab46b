using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace ReportForge.Tests;

/// <summary>
/// A tagged PDF's text as a screen reader takes it: every letter in drawing order, except that the letters of marked
/// content whose structure element carries /ActualText read as that text. ReportForge draws right-to-left text as it
/// is seen (reversed, Arabic letters in their joined forms) and gives each such piece its written text that way.
/// </summary>
internal static class PdfReadingText
{
    private static readonly NameToken ActualTextKey = NameToken.Create("ActualText");

    /// <summary>The reading text of each page, in page order.</summary>
    public static List<string> Pages(PdfDocument document)
    {
        var parentTree = ParentTree(document);
        var pages = new List<string>();
        foreach (var page in document.GetPages())
        {
            var elements = page.Dictionary.TryGet(NameToken.StructParents, out NumericToken key) && parentTree.TryGetValue(key.Int, out var array) ? array : null;
            var replaced = new Dictionary<Letter, (int Group, string Text)>(ReferenceEqualityComparer.Instance);
            var group = 0;
            foreach (var content in page.GetMarkedContents())
            {
                if (elements is null || content.MarkedContentIdentifier < 0 || content.MarkedContentIdentifier >= elements.Count) continue;
                if (ActualText(elements[content.MarkedContentIdentifier], document) is not { } text) continue;
                group++;
                foreach (var letter in content.Letters) replaced[letter] = (group, text);
            }

            var builder = new StringBuilder();
            var written = new HashSet<int>();
            foreach (var letter in page.Letters)
            {
                if (!replaced.TryGetValue(letter, out var actual)) builder.Append(letter.Value);
                else if (written.Add(actual.Group)) builder.Append(actual.Text);
            }
            pages.Add(builder.ToString());
        }
        return pages;
    }

    // Structure parent tree: a page's /StructParents key → its structure elements, indexed by MCID. ReportForge's
    // tree is one flat /Nums array.
    private static Dictionary<int, List<IToken>> ParentTree(PdfDocument document)
    {
        var scanner = document.Structure.TokenScanner;
        var tree = new Dictionary<int, List<IToken>>();
        if (!document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.StructTreeRoot, scanner, out DictionaryToken? root)
            || !root.TryGet(NameToken.Create("ParentTree"), scanner, out DictionaryToken? parents)
            || !parents.TryGet(NameToken.Nums, scanner, out ArrayToken? nums))
            return tree;
        for (var i = 0; i + 1 < nums.Length; i += 2)
        {
            if (nums[i] is NumericToken key && Resolve<ArrayToken>(nums[i + 1], document) is { } elements)
                tree[key.Int] = [.. elements.Data];
        }
        return tree;
    }

    private static string? ActualText(IToken element, PdfDocument document)
    {
        if (Resolve<DictionaryToken>(element, document) is not { } dictionary || !dictionary.TryGet(ActualTextKey, out var value)) return null;
        return value switch
        {
            HexToken hex when hex.Memory.Span is [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(hex.Memory.Span[2..]),
            HexToken hex => hex.Data,
            StringToken text => text.Data,
            _ => null,
        };
    }

    private static T? Resolve<T>(IToken token, PdfDocument document) where T : class, IToken =>
        token switch
        {
            T direct => direct,
            IndirectReferenceToken reference => document.Structure.GetObject(reference.Data).Data as T,
            _ => null,
        };
}
