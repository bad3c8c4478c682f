using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent;

public sealed class ObjectionDetectorTests
{
    [Theory]
    [InlineData("Bel me niet meer!", "bel me niet meer")]
    [InlineData("Wilt u mij alstublieft niet meer bellen?", "me niet meer bellen")]
    [InlineData("ik wil niet meer gebeld worden", "ik wil niet meer gebeld worden")]
    [InlineData("Ik wil niet gebeld worden door jullie", "ik wil niet meer gebeld worden")]
    [InlineData("Haal mij uit uw bestand.", "haal mij uit uw bestand")]
    [InlineData("haal me van de lijst aub", "haal mij uit uw bestand")]
    [InlineData("Belt u mij nooit meer", "bel me nooit meer")]
    [InlineData("u hoeft mij niet meer te bellen", "me niet meer bellen")]
    [InlineData("Ik wil geen telefoontjes meer", "ik wil geen telefoontjes meer")]
    [InlineData("Verwijder mijn gegevens", "verwijder mijn gegevens")]
    [InlineData("ik maak bezwaar tegen dit soort gesprekken", "ik maak bezwaar")]
    public void Dutch_objections_are_found(string text, string phrase)
    {
        var signal = Assert.Single(ObjectionDetector.Find(text));

        Assert.Equal("nl", signal.Language);
        Assert.Equal(phrase, signal.Phrase);
    }

    [Theory]
    [InlineData("Please stop calling me.", "stop calling me")]
    [InlineData("Remove me from your list", "remove me from your list")]
    [InlineData("take me off your calling list please", "remove me from your list")]
    [InlineData("Don\u2019t call me again", "don't call me")]
    [InlineData("DO NOT CALL ME", "do not call me")]
    [InlineData("never call me again", "never call me again")]
    [InlineData("I don't want to be called", "i don't want to be called")]
    [InlineData("remove my number", "remove my number")]
    public void English_objections_are_found(string text, string phrase)
    {
        var signal = Assert.Single(ObjectionDetector.Find(text));

        Assert.Equal("en", signal.Language);
        Assert.Equal(phrase, signal.Phrase);
    }

    [Fact]
    public void The_signal_spans_the_statement_in_the_original_text()
    {
        const string text = "Agent: goedemiddag. Klant: Nee, bel   me niet meer, dank u.";

        var signal = Assert.Single(ObjectionDetector.Find(text));

        Assert.Equal("bel   me niet meer", text.Substring(signal.Start, signal.Length));
    }

    [Fact]
    public void Every_statement_in_a_transcript_is_found_in_order()
    {
        const string text = "Stop calling me. Ik zei: haal mij uit uw bestand.";

        var signals = ObjectionDetector.Find(text);

        Assert.Equal(["stop calling me", "haal mij uit uw bestand"], signals.Select(s => s.Phrase));
        Assert.True(signals[0].Start < signals[1].Start);
    }

    [Theory]
    [InlineData("Kunt u me morgen terugbellen?")]
    [InlineData("Ik bel u niet meer terug over de factuur")]
    [InlineData("Please call me back tomorrow")]
    [InlineData("I will stop by the shop")]
    [InlineData("The bestand is attached; bel me even")]
    [InlineData("")]
    public void Ordinary_conversation_is_not_an_objection(string text)
    {
        Assert.Empty(ObjectionDetector.Find(text));
        Assert.False(ObjectionDetector.ContainsObjection(text));
    }

    [Fact]
    public void Words_inside_other_words_do_not_match()
    {
        Assert.Empty(ObjectionDetector.Find("xbel me niet meerx"));
    }
}
