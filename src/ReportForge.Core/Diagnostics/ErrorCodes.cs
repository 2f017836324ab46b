namespace ReportForge.Diagnostics;

/// <summary>Stable error codes. Every code is listed with an example in docs/errors.md; never reuse a number.</summary>
public static class ErrorCodes
{
    /// <summary>The notes file cannot be read.</summary>
    public const string NotesUnreadable = "RF1001";
    /// <summary>The notes file is not well-formed JSON.</summary>
    public const string NotesMalformed = "RF1002";
    /// <summary>The notes break a rule of the template's schema.</summary>
    public const string NotesSchemaViolation = "RF1003";
    /// <summary>A classification marking is not one of the template's levels.</summary>
    public const string UnknownClassification = "RF1004";
    /// <summary>The notes are not a regular file (a folder, FIFO or device), or are larger than the notes limit.</summary>
    public const string NotesRefused = "RF1005";
    /// <summary>A string or key in the notes holds half a surrogate pair (an escape such as \ud800 alone), which is no character.</summary>
    public const string NotesUnpairedSurrogate = "RF1006";
    /// <summary>A number in the notes lies outside the range the schema validator and templates read numbers in.</summary>
    public const string NotesNumberOutOfRange = "RF1007";
    /// <summary>An object in the notes gives one key twice.</summary>
    public const string NotesDuplicateKey = "RF1008";

    /// <summary>No template of that name was found.</summary>
    public const string TemplateNotFound = "RF1101";
    /// <summary>A template package file (template.json, theme.json, schema.json) is invalid.</summary>
    public const string TemplatePackageInvalid = "RF1102";
    /// <summary>The template has a syntax error.</summary>
    public const string TemplateSyntax = "RF1103";
    /// <summary>The template failed while rendering.</summary>
    public const string TemplateRuntime = "RF1104";
    /// <summary>The template ran past its time limit.</summary>
    public const string TemplateTimeout = "RF1105";
    /// <summary>The template wrote more than the output limit.</summary>
    public const string TemplateOutputLimit = "RF1106";
    /// <summary>A partial or layout the template names does not exist.</summary>
    public const string TemplateIncludeMissing = "RF1107";
    /// <summary>A partial or layout name leaves the template folder and templates/_shared.</summary>
    public const string TemplateIncludeOutside = "RF1108";
    /// <summary>Functions or partials called each other deeper than the recursion limit.</summary>
    public const string TemplateRecursionLimit = "RF1109";
    /// <summary>A value the template built (text repeated, padded, joined) grew past the value limit.</summary>
    public const string TemplateValueLimit = "RF1110";
    /// <summary>A loop, with the loops nested in it, or a range went past the loop limit.</summary>
    public const string TemplateLoopLimit = "RF1111";
    /// <summary>The template used a built-in the sandbox leaves out, or reached for a .NET member.</summary>
    public const string TemplateUnavailable = "RF1112";
    /// <summary>A file named inside a template or build manifest leads outside its folders (through a symbolic link, or by its name).</summary>
    public const string FileOutsideRoot = "RF1113";
    /// <summary>A template file is not a regular file (a folder, FIFO, device or socket), or cannot be read.</summary>
    public const string TemplateFileRefused = "RF1114";
    /// <summary>A template file is larger than the limit for its kind.</summary>
    public const string TemplateFileTooLarge = "RF1115";

    /// <summary>A theme value has the wrong JSON type, lies outside its range, or cannot be read.</summary>
    public const string ThemeValueInvalid = "RF1120";
    /// <summary>A theme value is not one of the words allowed for it (page size, orientation, text alignment).</summary>
    public const string ThemeValueNotAllowed = "RF1121";
    /// <summary>A theme colour is not # and six hexadecimal digits.</summary>
    public const string ThemeColourInvalid = "RF1122";
    /// <summary>The theme has a key it does not know (a warning; the key is ignored).</summary>
    public const string ThemeUnknownKey = "RF1123";
    /// <summary>The theme's margins leave too little of the page for text.</summary>
    public const string ThemePageNoRoom = "RF1124";

    /// <summary>The generated markup holds raw HTML.</summary>
    public const string MarkupRawHtml = "RF1201";
    /// <summary>The generated markup uses a container the dialect does not define.</summary>
    public const string MarkupUnknownContainer = "RF1202";
    /// <summary>The generated markup uses a construct the document model cannot express (yet).</summary>
    public const string MarkupUnsupported = "RF1203";
    /// <summary>An attribute in the generated markup has an invalid value.</summary>
    public const string MarkupBadAttribute = "RF1204";

    /// <summary>An image the markup names does not exist in the template's folder.</summary>
    public const string ImageMissing = "RF1205";
    /// <summary>An image is not a readable PNG or JPEG.</summary>
    public const string ImageUnreadable = "RF1206";
    /// <summary>The generated markup nests deeper than the markup parser reads.</summary>
    public const string MarkupTooDeep = "RF1207";
    /// <summary>An image has more pixels than the writers decode (50 megapixels).</summary>
    public const string ImageTooLarge = "RF1208";
    /// <summary>A footnote's text cites a footnote (notes in notes have no place on the page).</summary>
    public const string MarkupFootnoteInFootnote = "RF1210";
    /// <summary>Blocks are nested deeper than the layout can give room for.</summary>
    public const string MarkupNestedTooDeep = "RF1211";

    /// <summary>lint: the template reads a field the schema does not declare.</summary>
    public const string LintUndeclaredField = "RF1701";
    /// <summary>lint: the schema requires a field the template never reads.</summary>
    public const string LintRequiredUnread = "RF1702";

    /// <summary>A font named by the theme cannot be found.</summary>
    public const string FontMissing = "RF1301";
    /// <summary>A block cannot be laid out on a page at all.</summary>
    public const string LayoutImpossible = "RF1302";
    /// <summary>A character is in none of the theme's fonts (a warning).</summary>
    public const string GlyphMissing = "RF1303";
    /// <summary>Letters of a joining script the PDF layout does not join (Syriac, N'Ko, rare Arabic letters; a warning).</summary>
    public const string UnjoinedLetters = "RF1304";
    /// <summary>The PDF layout used more processor time than its limit.</summary>
    public const string LayoutTimeLimit = "RF1305";
    /// <summary>The Word writer used more processor time than its limit.</summary>
    public const string WordTimeLimit = "RF1306";
    /// <summary>A report's stages allocated more bytes than its limit.</summary>
    public const string AllocationLimit = "RF1307";
    /// <summary>A stage took ten times its processor-time limit in wall-clock time and was given up.</summary>
    public const string StageBackstop = "RF1308";
    /// <summary>The process reached its heap limit while rendering a report.</summary>
    public const string HeapLimit = "RF1309";

    /// <summary>Text in a script that needs shaping is drawn unshaped: the shaping library cannot be loaded (a warning).</summary>
    public const string ShapingUnavailable = "RF1315";
    /// <summary>Text in a script that needs shaping is in no font of the theme, so it cannot be shaped (a warning).</summary>
    public const string ScriptWithoutFont = "RF1316";

    /// <summary>An output file cannot be written.</summary>
    public const string OutputWriteFailed = "RF1401";
    /// <summary><c>init</c> was pointed at a folder that is not empty, or at a file or symbolic link.</summary>
    public const string InitTargetNotEmpty = "RF1403";

    /// <summary>The build manifest (reportforge.json) is missing or invalid.</summary>
    public const string ManifestInvalid = "RF1501";
    /// <summary>A job's notes pattern matches no file.</summary>
    public const string ManifestNoMatch = "RF1502";
    /// <summary>What an interrupted run left in an output folder was finished or removed (a warning).</summary>
    public const string OutputRecovered = "RF1404";
    /// <summary>A group of files (a report's PDF and DOCX) was left half replaced; the next run into the folder finishes it.</summary>
    public const string OutputHalfReplaced = "RF1405";
    /// <summary>Two build jobs, or two items, would write one output file (or one's file is the other's folder).</summary>
    public const string BuildOutputCollision = "RF1503";
    /// <summary>A job's notes changed while the build ran, so it would write files that were not planned.</summary>
    public const string BuildNotesChanged = "RF1504";
    /// <summary>An output path would leave the output folder.</summary>
    public const string OutputOutsideFolder = "RF1402";
    /// <summary>The reference document (--reference-doc) is missing, unreadable or not a Word document.</summary>
    public const string ReferenceDocumentInvalid = "RF1601";
    /// <summary>The reference document is not a regular file (a folder, FIFO or device), or is larger than its limit.</summary>
    public const string ReferenceDocumentRefused = "RF1602";
    /// <summary>A part of the reference document inflates past its limit (16 MiB a part, 128 MiB in all).</summary>
    public const string ReferenceDocumentTooLarge = "RF1603";
    /// <summary>The reference document's header or footer reference has no r:id or names no header or footer part.</summary>
    public const string ReferenceDocumentBroken = "RF1604";

    /// <summary>The command line is wrong.</summary>
    public const string Usage = "RF1901";

    /// <summary>A bug in ReportForge (an unexpected exception).</summary>
    public const string InternalError = "RF1999";
    /// <summary>A <c>--set</c> names a parameter the template does not declare.</summary>
    public const string ParameterUnknown = "RF1902";
    /// <summary>A <c>--set</c> value does not fit the parameter's type.</summary>
    public const string ParameterInvalid = "RF1903";
    /// <summary><c>--each</c> names something that is not a top-level list of objects in the notes.</summary>
    public const string EachNotAList = "RF1904";
    /// <summary><c>init</c> was given an empty folder name.</summary>
    public const string InitNoFolder = "RF1905";
    /// <summary><c>init</c> could not write the new template's files (a part of the path is a file, or permissions forbid it).</summary>
    public const string InitWriteFailed = "RF1906";

    // PDF standards (--pdf-standard): RF2001-RF2009.
    /// <summary>A PDF standard (<c>--pdf-standard</c>, <c>pdf_standard</c>) is unknown or not supported, or two disagree.</summary>
    public const string PdfStandardUnsupported = "RF2001";
    /// <summary>Under PDF/A-1 a translucent watermark is drawn opaque (a warning).</summary>
    public const string PdfAWatermarkOpaque = "RF2002";
    /// <summary>Under PDF/A-1 an image has an alpha channel or transparency, which PDF/A-1 does not allow.</summary>
    public const string PdfAImageTransparent = "RF2003";
    /// <summary>An image has no alternative text: an error under PDF/UA-1, a warning otherwise.</summary>
    public const string ImageAltMissing = "RF2004";
    /// <summary>Under PDF/UA-1 the document has no title.</summary>
    public const string PdfUaTitleMissing = "RF2005";
    /// <summary>Under PDF/A a character is in no font, so it would be drawn as glyph 0 (.notdef), which PDF/A does not allow.</summary>
    public const string PdfAGlyphMissing = "RF2006";

    // Changes since previous notes (--since, build's previous notes): RF2101-RF2119.
    /// <summary>The previous notes (<c>--since</c>, a build job's <c>since</c>) are not notes of the template's schema.</summary>
    public const string PreviousNotesInvalid = "RF2101";
    /// <summary>The previous notes are dated after the current notes (a warning).</summary>
    public const string PreviousNotesLater = "RF2102";
    /// <summary>A build's remembered previous notes (<c>.reportforge/state/</c>) could not be read or written (a warning).</summary>
    public const string BuildStateUnusable = "RF2103";

    // Revisions (tags, change containers, inline revisions, --track-changes): RF2121-RF2139.
    /// <summary>A tag (<c>**New**{.tag tone=new}</c>) is empty, or its tone is not a name of letters, digits and hyphens.</summary>
    public const string TagInvalid = "RF2121";
    /// <summary>An inline mark names two of <c>.tag</c>, <c>.ins</c> and <c>.del</c>, or an inline revision holds another.</summary>
    public const string RevisionMarkConflict = "RF2122";
    /// <summary>A change container (<c>::: change</c>) has no kind, an unknown one, or sits inside another change.</summary>
    public const string ChangeContainerInvalid = "RF2123";

    // Classification markings (issue 21): RF2141-RF2159.
    /// <summary>An item's classification is above the document's own top-level marking (a warning; the banner shows the highest).</summary>
    public const string ClassificationAboveDocument = "RF2141";
    /// <summary>A level in template.json's <c>classification.levels</c> is malformed (an object without a name, an empty or repeated short form).</summary>
    public const string ClassificationLevelInvalid = "RF2142";
    /// <summary>A <c>::: marking</c> container names no level of the template, or gives none.</summary>
    public const string MarkingUnknown = "RF2143";

    // Strings and cultures (issue 21): RF2161-RF2179.
    /// <summary>The report's culture has no strings file in a template folder that has strings: the document is written in English (a warning).</summary>
    public const string StringsCultureMissing = "RF2161";

    // Charts (issue 22): RF2201-RF2219.
    /// <summary>A chart container holds no data: no pipe table or json block, or one without rows or series.</summary>
    public const string ChartNoData = "RF2201";
    /// <summary>A chart's series do not all have one value per category (a row with a missing or extra cell, json arrays of different lengths).</summary>
    public const string ChartSeriesLengths = "RF2202";
    /// <summary>A chart value is not a number.</summary>
    public const string ChartBadNumber = "RF2203";
    /// <summary>A chart date is not a date (yyyy-MM-dd).</summary>
    public const string ChartBadDate = "RF2204";
    /// <summary>A chart's type is missing or not a kind of chart.</summary>
    public const string ChartUnknownType = "RF2205";
    /// <summary>A chart's json block is not JSON of the chart's shape.</summary>
    public const string ChartBadJson = "RF2206";
    /// <summary>A chart container holds something other than one table or json block, or an attribute the kind cannot take.</summary>
    public const string ChartBadContent = "RF2207";
}
