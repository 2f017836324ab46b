using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Diagnostics;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// <summary>A reference document's parts are size-checked before parsing, and a section's broken header links are located errors.</summary>
public sealed class ReferencePackageTests
{
    private const string HeaderXmlStart = "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:r><w:t>";

    private static Diagnostic Error(byte[] docx)
    {
        var result = ReferenceDocument.Read(docx, "house.docx");
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    private static string HeaderEntry(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.Single(e => e.FullName.StartsWith("word/header", StringComparison.Ordinal)).FullName;
    }

    // The house style with its header part replaced by a header whose one text run is `length` spaces long.
    private static byte[] WithHeaderText(int length)
    {
        var docx = ReferenceDocx.Build();
        var name = HeaderEntry(docx);
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(HeaderXmlStart);
            writer.Write(new string(' ', length));
            writer.Write("</w:t></w:r></w:p></w:hdr>");
        }
        return stream.ToArray();
    }

    private static byte[] WithHeaderReference(Action<W.HeaderReference> change)
    {
        using var stream = new MemoryStream();
        stream.Write(ReferenceDocx.Build());
        using (var word = WordprocessingDocument.Open(stream, true))
            change(word.MainDocumentPart!.Document!.Body!.Elements<W.SectionProperties>().Single().Elements<W.HeaderReference>().Single());
        return stream.ToArray();
    }

    [Fact]
    public void A_header_part_inflating_past_16_MiB_is_RF1603_before_it_is_parsed()
    {
        var docx = WithHeaderText(17 * 1024 * 1024);
        Assert.True(docx.Length < 1024 * 1024, "the test's .docx should be small: " + docx.Length);

        var error = Error(docx);

        Assert.Equal(ErrorCodes.ReferenceDocumentTooLarge, error.Code);
        Assert.Equal($"house.docx: error RF1603: the reference document's part '{HeaderEntry(docx)}' is 17 MiB when inflated, more than the limit of 16 MiB a part; give a smaller .docx", error.ToString());
    }

    [Fact]
    public void A_part_whose_zip_entry_understates_its_size_is_still_stopped_at_the_limit()
    {
        var docx = WithHeaderText(17 * 1024 * 1024);
        var name = Encoding.ASCII.GetBytes(HeaderEntry(docx));
        // Write a size of 1,000 bytes into the local header and the central directory entry of the header part.
        for (var at = 0; at + 46 + name.Length <= docx.Length; at++)
        {
            var local = BinaryPrimitives.ReadUInt32LittleEndian(docx.AsSpan(at)) == 0x04034B50 && docx.AsSpan(at + 30, name.Length).SequenceEqual(name);
            var central = BinaryPrimitives.ReadUInt32LittleEndian(docx.AsSpan(at)) == 0x02014B50 && docx.AsSpan(at + 46, name.Length).SequenceEqual(name);
            if (local) BinaryPrimitives.WriteUInt32LittleEndian(docx.AsSpan(at + 22), 1000);
            if (central) BinaryPrimitives.WriteUInt32LittleEndian(docx.AsSpan(at + 24), 1000);
        }

        var error = Error(docx);

        // Inflating stops where the entry says the part ends: the XML parser sees 1,000 bytes of the header, never 17 MiB.
        Assert.Equal(ErrorCodes.ReferenceDocumentInvalid, error.Code);
        Assert.Contains("Unexpected end of file has occurred", error.Message, StringComparison.Ordinal);
        Assert.Contains("Line 1, position 1001.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_within_the_limit_is_read()
    {
        var result = ReferenceDocument.Read(WithHeaderText(100_000), "house.docx");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Value.Headers);
    }

    [Fact]
    public void A_header_reference_without_an_id_is_RF1604()
    {
        var error = Error(WithHeaderReference(r => r.Id = null));

        Assert.Equal("house.docx: error RF1604: the reference document's word/document.xml: the default headerReference has no r:id; open and save the file in Word, or give another .docx", error.ToString());
    }

    [Fact]
    public void A_header_reference_naming_no_header_is_RF1604()
    {
        var nowhere = Error(WithHeaderReference(r => r.Id = "rId99"));
        Assert.Equal(ErrorCodes.ReferenceDocumentBroken, nowhere.Code);
        Assert.Contains("the default headerReference names r:id 'rId99', which is not a header of the document", nowhere.Message);

        // rId3 is the footer: a header reference to it is as broken.
        var footer = Error(WithHeaderReference(r => { r.Id = "rId3"; r.Type = W.HeaderFooterValues.First; }));
        Assert.Equal("the reference document's word/document.xml: the first-page headerReference names r:id 'rId3', which is not a header of the document; open and save the file in Word, or give another .docx", footer.Message);
    }
}
