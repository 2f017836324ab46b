using System.Text;

namespace ReportForge.Text;

/// <summary>
/// An anchor id made of lower-case letters, digits and hyphens: heading anchors in the markup, the template's
/// <c>slug</c> function, and file names of items rendered one by one.
/// </summary>
public static class Slug
{
    /// <summary>The slug of <paramref name="value"/>; "section" when nothing of it is left.</summary>
    public static string From(string value)
    {
        var builder = new StringBuilder(value.Length);
        var lastHyphen = true;
        foreach (var c in value.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(c) && c < '\u0250' || char.IsAsciiDigit(c))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                    lastHyphen = false;
                }
            }
            else if (!lastHyphen && (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '/' or '–' or '—'))
            {
                builder.Append('-');
                lastHyphen = true;
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "section" : slug;
    }
}
