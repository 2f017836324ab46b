using System.Globalization;
using System.Text.Json;

namespace ReportForge.Benchmarks;

/// <summary>
/// Large notes in the shipped shape for benchmarks: N talks, each with participants, a long outcome,
/// notes, several quotes and timeline rows. Deterministic: the same N gives the same bytes.
/// </summary>
public static class LargeNotes
{
    private static readonly string[] Sentences =
    [
        "Envoys from Washington and Moscow held inconclusive talks on how to avert confrontation after Moscow deployed forces near Ukraine.",
        "NATO planned to renew suspended contacts with Moscow at a round of talks between senior diplomats from Russia and allied member states.",
        "The US hopes the diplomacy will head off what it sees as Russia’s implied threat to launch a new military incursion into Ukraine.",
        "Washington’s European allies are keen not to be sidelined as the Kremlin seeks to roll back what it sees as the West’s encroachment.",
        "The French presidency said the Kremlin had agreed for France, Germany, Russia and Ukraine to hold talks by the end of January.",
        "After more than seven hours of negotiations the Russian and US officials both offered to keep talking, though there was no breakthrough.",
        "The allies have long insisted that NATO membership is a matter for sovereign states to decide for themselves.",
        "Moscow’s demands include a concrete guarantee that Ukraine will not be allowed to join NATO.",
    ];

    private static readonly string[] Places = ["Geneva", "Brussels", "Vienna", "Paris", "Berlin", "Kyiv", "Moscow", "Warsaw"];
    private static readonly string[] Statuses = ["held", "scheduled", "agreed", "postponed", "cancelled"];
    private static readonly (string Name, string Role, string Side)[] People =
    [
        ("Wendy Sherman", "US Deputy Secretary of State", "United States"),
        ("Sergei Ryabkov", "Russia’s Deputy Foreign Minister", "Russia"),
        ("Jens Stoltenberg", "NATO Secretary General", "NATO"),
        ("Alexander Grushko", "Russia’s Deputy Foreign Minister", "Russia"),
        ("Dmytro Kuleba", "Ukraine’s Foreign Minister", "Ukraine"),
    ];

    /// <summary>Writes notes with <paramref name="talks"/> talks as UTF-8 JSON.</summary>
    public static byte[] Generate(int talks)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var start = new DateOnly(2022, 1, 1);
            json.WriteStartObject();
            json.WriteString("title", $"Talks on the Ukraine border crisis: {talks} rounds");
            json.WriteString("subtitle", "Generated benchmark notes");
            json.WriteString("date", "2022-01-11");
            json.WriteString("author", "ReportForge benchmarks");
            json.WriteString("classification", "OFFICIAL");
            json.WriteStartArray("summary");
            for (var i = 0; i < 5; i++) json.WriteStringValue(Sentences[i]);
            json.WriteEndArray();

            json.WriteStartArray("talks");
            for (var t = 0; t < talks; t++)
            {
                json.WriteStartObject();
                json.WriteString("id", $"talk-{t + 1}");
                json.WriteString("title", $"Round {t + 1} of talks in {Places[t % Places.Length]}");
                json.WriteString("format", t % 2 == 0 ? "Bilateral talks between envoys" : "Multilateral talks between senior diplomats");
                json.WriteString("date", Date(start, t));
                json.WriteString("location", Places[t % Places.Length]);
                json.WriteString("status", Statuses[t % Statuses.Length]);
                json.WriteNumber("duration_hours", 2 + t % 7);
                json.WriteStartArray("participants");
                for (var p = 0; p < 3; p++)
                {
                    var (name, role, side) = People[(t + p) % People.Length];
                    json.WriteStartObject();
                    json.WriteString("name", name);
                    json.WriteString("role", role);
                    json.WriteString("side", side);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteString("outcome", string.Join(" ", Enumerable.Range(0, 6).Select(s => Sentences[(t + s) % Sentences.Length])));
                json.WriteStartArray("notes");
                for (var n = 0; n < 3; n++) json.WriteStringValue(Sentences[(t + n + 3) % Sentences.Length]);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("positions");
            foreach (var side in new[] { "United States", "Russia", "NATO allies", "Ukraine" })
            {
                json.WriteStartObject();
                json.WriteString("side", side);
                json.WriteString("summary", Sentences[side.Length % Sentences.Length]);
                json.WriteStartArray("demands");
                json.WriteStringValue(Sentences[7]);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("quotes");
            for (var t = 0; t < talks; t++)
            {
                for (var q = 0; q < 3; q++)
                {
                    var (name, role, side) = People[(t + q) % People.Length];
                    json.WriteStartObject();
                    json.WriteString("speaker", name);
                    json.WriteString("role", role);
                    json.WriteString("side", side);
                    json.WriteString("text", Sentences[(t * 3 + q) % Sentences.Length]);
                    json.WriteString("talk", $"talk-{t + 1}");
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();

            json.WriteStartArray("timeline");
            for (var t = 0; t < talks; t++)
            {
                for (var e = 0; e < 2; e++)
                {
                    json.WriteStartObject();
                    json.WriteString("date", Date(start, t));
                    json.WriteString("event", Sentences[(t + e) % Sentences.Length]);
                    json.WriteString("talk", $"talk-{t + 1}");
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();

            json.WriteStartArray("next_steps");
            json.WriteStartObject();
            json.WriteString("due", "by the end of January");
            json.WriteString("action", Sentences[4]);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("sources");
            json.WriteStartObject();
            json.WriteString("title", "Generated from the sample article");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static string Date(DateOnly start, int t) => start.AddDays(t % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
