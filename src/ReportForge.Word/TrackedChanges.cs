using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// <summary>
/// Word revisions for the document's marked changes (<c>--track-changes</c>): inserted runs in <c>w:ins</c>, deleted
/// ones in <c>w:del</c> with their text as <c>w:delText</c>, and the paragraph marks and table rows of added and removed
/// parts marked the same way, so that accepting every change gives the document the PDF shows. One author and one date
/// for all (the notes' author, else "ReportForge"; the files' timestamp, SOURCE_DATE_EPOCH first, else the notes' date);
/// ids come from the document's one annotation counter, so the same document gives the same bytes.
/// </summary>
internal sealed class TrackedChanges(string author, DateTimeOffset date, Func<int> nextId)
{
    /// <summary>The author of revisions when the document names none.</summary>
    public const string DefaultAuthor = "ReportForge";

    public string Author { get; } = author;

    public DateTime Date { get; } = date.UtcDateTime;

    /// <summary>Inline content (runs and hyperlinks) marked as inserted or deleted, in place of <paramref name="content"/>.</summary>
    public List<OpenXmlElement> Inline(List<OpenXmlElement> content, bool inserted)
    {
        var holder = new W.Paragraph();
        holder.Append(content);
        MarkRuns(holder, inserted);
        var marked = holder.ChildElements.ToList();
        holder.RemoveAllChildren();
        return marked;
    }

    /// <summary>Marks every run, paragraph mark and table row of written blocks as inserted or deleted.</summary>
    public void Blocks(IEnumerable<OpenXmlElement> blocks, bool inserted)
    {
        foreach (var block in blocks)
        {
            foreach (var paragraph in block is W.Paragraph p ? [p] : block.Descendants<W.Paragraph>().ToList())
            {
                MarkRuns(paragraph, inserted);
                var properties = paragraph.ParagraphProperties ??= new W.ParagraphProperties();
                var mark = properties.ParagraphMarkRunProperties ??= new W.ParagraphMarkRunProperties();
                mark.PrependChild<OpenXmlElement>(inserted ? Stamp(new W.Inserted()) : Stamp(new W.Deleted()));
            }
            foreach (var row in block.Descendants<W.TableRow>())
            {
                var properties = row.TableRowProperties ??= new W.TableRowProperties();
                properties.Append(inserted ? Stamp(new W.Inserted()) : Stamp(new W.Deleted()));
            }
        }
    }

    // Runs next to each other go in one w:ins or w:del. Runs already marked stay as they are in an added part (deleted
    // text in it stays deleted); in a removed part inserted text is deleted with the rest.
    private void MarkRuns(OpenXmlElement parent, bool inserted)
    {
        var group = new List<W.Run>();
        void Close()
        {
            if (group.Count == 0) return;
            OpenXmlElement wrapper = inserted ? Stamp(new W.InsertedRun()) : Stamp(new W.DeletedRun());
            group[0].InsertBeforeSelf(wrapper);
            foreach (var run in group)
            {
                run.Remove();
                if (!inserted) Delete(run);
                wrapper.AppendChild(run);
            }
            group.Clear();
        }
        foreach (var child in parent.ChildElements.ToList())
        {
            switch (child)
            {
                case W.Run run:
                    group.Add(run);
                    continue;
                case W.InsertedRun done when !inserted:
                    Close();
                    foreach (var run in done.Elements<W.Run>().ToList())
                    {
                        run.Remove();
                        done.InsertBeforeSelf(run);
                        group.Add(run);
                    }
                    done.Remove();
                    continue;
                case W.Hyperlink or W.SdtRun or W.SdtContentRun or W.SimpleField:
                    Close();
                    MarkRuns(child, inserted);
                    continue;
                default:
                    Close();
                    continue;
            }
        }
        Close();
    }

    private static void Delete(W.Run run)
    {
        foreach (var text in run.Elements<W.Text>().ToList())
            text.InsertBeforeSelf(new W.DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve }).Parent!.RemoveChild(text);
        foreach (var code in run.Elements<W.FieldCode>().ToList())
            code.InsertBeforeSelf(new W.DeletedFieldCode(code.Text) { Space = SpaceProcessingModeValues.Preserve }).Parent!.RemoveChild(code);
    }

    private T Stamp<T>(T change) where T : OpenXmlElement
    {
        change.SetAttribute(new OpenXmlAttribute("w", "id", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            nextId().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        change.SetAttribute(new OpenXmlAttribute("w", "author", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", Author));
        change.SetAttribute(new OpenXmlAttribute("w", "date", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            Date.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)));
        return change;
    }
}
