using ReportForge.Text.Hyphenation;

namespace ReportForge.Tests.Hyphenation;

/// <summary>
/// Chosen words per language with the breaks LibreOffice 7.4 makes in our .docx (w:autoHyphenation,
/// w:doNotHyphenateCaps): each was checked by converting a narrow column of the word after fillers of growing width
/// with soffice and reading the breaks back from the PDF, and against the hyphen library LibreOffice calls.
/// </summary>
public sealed class HyphenatorWordTests
{
    [Theory]
    [InlineData("en-US", "hyphenation", "hy-phen-ation")]
    [InlineData("en-US", "typesetting", "type-set-ting")]
    [InlineData("en-US", "reimbursement", "re-im-burse-ment")]
    [InlineData("en-US", "announcement", "an-nounce-ment")]
    [InlineData("en-US", "table", "ta-ble")]
    [InlineData("en-US", "paper", "pa-per")]
    [InlineData("en-US", "inform", "in-form")]
    [InlineData("en-US", "also", "also")]
    [InlineData("en-US", "computer", "com-puter")]
    [InlineData("en-US", "algorithm", "al-go-rithm")]
    [InlineData("en-US", "paragraph", "para-graph")]
    [InlineData("en-US", "justification", "jus-ti-fi-ca-tion")]
    [InlineData("en-US", "encyclopedia", "en-cy-clo-pe-dia")]
    [InlineData("en-US", "unbelievable", "un-be-liev-able")]
    [InlineData("en-US", "PowerPoint", "Pow-er-Point")]
    [InlineData("en-US", "Hyphenation", "Hy-phen-ation")]
    [InlineData("en-US", "HYPHENATION", "HYPHENATION")]
    [InlineData("en-US", "don't", "don't")]
    [InlineData("en-US", "children's", "chil-dren's")]
    [InlineData("en-US", "x2typesetting", "x2-type-set-ting")]
    [InlineData("en-US", "typesetting2", "type-set-ting2")]
    [InlineData("en-US", "information", "in-for-ma-tion")]
    [InlineData("en-GB", "hyphenation", "hy-phen-a-tion")]
    [InlineData("en-GB", "typesetting", "type-set-ting")]
    [InlineData("en-GB", "colour", "col-our")]
    [InlineData("en-GB", "behaviour", "be-ha-viour")]
    [InlineData("en-GB", "organisation", "or-gan-isa-tion")]
    [InlineData("en-GB", "programme", "pro-gramme")]
    [InlineData("en-GB", "paragraph", "para-graph")]
    [InlineData("en-GB", "table", "table")]
    [InlineData("en-GB", "centre", "centre")]
    [InlineData("en-GB", "favourite", "fa-vour-ite")]
    [InlineData("en-GB", "realise", "real-ise")]
    [InlineData("en-GB", "analysing", "ana-lys-ing")]
    [InlineData("en-GB", "computer", "com-puter")]
    [InlineData("en-GB", "information", "in-form-a-tion")]
    [InlineData("en-GB", "Hyphenation", "Hy-phen-a-tion")]
    [InlineData("en-GB", "HYPHENATION", "HYPHENATION")]
    [InlineData("en-GB", "don't", "don't")]
    [InlineData("en-GB", "children's", "chil-dren's")]
    [InlineData("en-GB", "x2typesetting", "x2-type-set-ting")]
    [InlineData("en-GB", "government", "gov-ern-ment")]
    [InlineData("fr-FR", "ordinateur", "or-di-na-teur")]
    [InlineData("fr-FR", "l'ordinateur", "l'or-di-na-teur")]
    [InlineData("fr-FR", "hyphénation", "hy-phé-na-tion")]
    [InlineData("fr-FR", "extraordinaire", "ex-tra-or-di-naire")]
    [InlineData("fr-FR", "possible", "pos-sible")]
    [InlineData("fr-FR", "table", "table")]
    [InlineData("fr-FR", "développement", "dé-ve-lop-pe-ment")]
    [InlineData("fr-FR", "aujourd'hui", "au-jour-d'hui")]
    [InlineData("fr-FR", "gouvernement", "gou-ver-ne-ment")]
    [InlineData("fr-FR", "électricité", "élec-tri-ci-té")]
    [InlineData("fr-FR", "paragraphe", "pa-ra-graphe")]
    [InlineData("fr-FR", "bibliothèque", "bi-blio-thèque")]
    [InlineData("fr-FR", "informatique", "in-for-ma-tique")]
    [InlineData("fr-FR", "chaîne", "chaîne")]
    [InlineData("fr-FR", "Ordinateur", "Or-di-na-teur")]
    [InlineData("fr-FR", "ORDINATEUR", "ORDINATEUR")]
    [InlineData("fr-FR", "x2typographie", "x2-ty-po-gra-phie")]
    [InlineData("fr-FR", "anticonstitutionnellement", "an-ti-cons-ti-tu-tion-nel-le-ment")]
    [InlineData("fr-FR", "qu'importe", "qu'im-porte")]
    [InlineData("de-DE", "Silbentrennung", "Sil-ben-tren-nung")]
    [InlineData("de-DE", "Donaudampfschifffahrt", "Do-nau-dampf-schiff-fahrt")]
    [InlineData("de-DE", "Straßenbahn", "Stra-ßen-bahn")]
    [InlineData("de-DE", "Tische", "Ti-sche")]
    [InlineData("de-DE", "Hause", "Hau-se")]
    [InlineData("de-DE", "Kinder", "Kin-der")]
    [InlineData("de-DE", "Lehrer", "Leh-rer")]
    [InlineData("de-DE", "Zusammenarbeit", "Zu-sam-men-ar-beit")]
    [InlineData("de-DE", "Bundesregierung", "Bun-des-re-gie-rung")]
    [InlineData("de-DE", "Wettbewerb", "Wett-be-werb")]
    [InlineData("de-DE", "Geschäftsführer", "Ge-schäfts-füh-rer")]
    [InlineData("de-DE", "Übersetzung", "Über-set-zung")]
    [InlineData("de-DE", "Abend", "Abend")]
    [InlineData("de-DE", "Fußball", "Fuß-ball")]
    [InlineData("de-DE", "Krankenhaus", "Kran-ken-haus")]
    [InlineData("de-DE", "SILBENTRENNUNG", "SILBENTRENNUNG")]
    [InlineData("de-DE", "x2Silbentrennung", "x2-Sil-ben-tren-nung")]
    [InlineData("de-DE", "Silbentrennung2", "Sil-ben-tren-nung2")]
    [InlineData("de-DE", "Aufgabe", "Auf-ga-be")]
    [InlineData("de-DE", "Eule", "Eule")] // four letters: shorter than LibreOffice's minimum word length
    public void Breaks_a_word_where_LibreOffice_does(string culture, string word, string expected)
    {
        var hyphenator = Hyphenator.ForCulture(culture)!;

        Assert.Equal(expected, Show(word, hyphenator.Points(word)));
    }

    internal static string Show(string word, IReadOnlyList<int> points)
    {
        var shown = new System.Text.StringBuilder();
        var last = 0;
        foreach (var point in points)
        {
            shown.Append(word, last, point - last).Append('-');
            last = point;
        }
        return shown.Append(word, last, word.Length - last).ToString();
    }
}
