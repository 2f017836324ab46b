using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ReportForge.Tests.Client;

/// <summary>
/// Loose justified lines, measured from <c>pdftotext -bbox-layout</c> as issue 19 measured them: body lines are the lines
/// of at least six words whose first word is of the most common height; a line's word space is the mean gap between its
/// words; the normal space is the 10th percentile of the body lines' word spaces (a last line, not stretched); a line is
/// loose when its word space is more than 1.5 times the normal one.
/// </summary>
internal sealed partial record LooseLines(int Loose, int Body, double Normal, IReadOnlyList<(double Times, int Page, string Text)> Worst)
{
    public double Share => Body == 0 ? 0 : (double)Loose / Body;

    public override string ToString() =>
        $"loose {Loose}/{Body} ({Share.ToString("0.000", CultureInfo.InvariantCulture)}), normal space {Normal.ToString("0.00", CultureInfo.InvariantCulture)} pt"
        + string.Concat(Worst.Select(w => $"\n  {w.Times.ToString("0.0", CultureInfo.InvariantCulture)}x p{w.Page}: {w.Text}"));

    /// <summary>Measures the XHTML that <c>pdftotext -bbox-layout</c> writes.</summary>
    public static LooseLines Measure(string bboxLayout)
    {
        var xhtml = Doctype().Replace(bboxLayout, "").Replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "");
        var lines = new List<(double Height, double Space, int Page, string Text)>();
        var page = 0;
        foreach (var pageElement in XDocument.Parse(xhtml).Descendants("page"))
        {
            page++;
            foreach (var line in pageElement.Descendants("line"))
            {
                var words = line.Elements("word").ToList();
                if (words.Count < 6) continue;
                var height = Math.Round(Number(words[0], "yMax") - Number(words[0], "yMin"), 1);
                var gaps = words.Zip(words.Skip(1), (a, b) => Number(b, "xMin") - Number(a, "xMax")).ToList();
                var text = string.Join(' ', words.Select(w => w.Value));
                lines.Add((height, gaps.Average(), page, text[..Math.Min(70, text.Length)]));
            }
        }
        if (lines.Count == 0) return new LooseLines(0, 0, 0, []);
        var bodyHeight = lines.GroupBy(l => l.Height).OrderByDescending(g => g.Count()).First().Key;
        var body = lines.Where(l => l.Height == bodyHeight).ToList();
        var normal = body.Select(l => l.Space).Order().ElementAt(Math.Max(0, body.Count / 10 - 1));
        var loose = body.Where(l => l.Space > 1.5 * normal).ToList();
        var worst = loose.OrderByDescending(l => l.Space).Take(5).Select(l => (l.Space / normal, l.Page, l.Text)).ToList();
        return new LooseLines(loose.Count, body.Count, normal, worst);
    }

    private static double Number(XElement word, string name) => double.Parse((string)word.Attribute(name)!, CultureInfo.InvariantCulture);

    [GeneratedRegex("<!DOCTYPE[^>]*>")]
    private static partial Regex Doctype();
}
