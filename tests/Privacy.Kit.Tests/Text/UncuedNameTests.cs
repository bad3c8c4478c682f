using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text;

/// <summary>Names without a cue: a common first name followed by a capitalised surname, and the guards that keep streets, companies and brands.</summary>
public sealed class UncuedNameTests
{
    [Theory]
    [InlineData("Jeroen Bakker belde over zijn factuur", "Jeroen Bakker")]
    [InlineData("terugbellen naar Marieke van der Linden morgen", "Marieke van der Linden")]
    [InlineData("John Oliver is a comedian.", "John Oliver")]
    [InlineData("Richard M. Nixon", "Richard M. Nixon")]
    [InlineData("Richard Milhous Nixon", "Richard Milhous Nixon")]
    [InlineData("klant Jan-Willem de Jong wil opzeggen", "Jan-Willem de Jong")]
    [InlineData("Fatima El Amrani vroeg om een kopie", "Fatima El Amrani")]
    [InlineData("Anna van den Berg-de Wit heeft gebeld", "Anna van den Berg-de Wit")]
    public void A_first_name_and_a_capitalised_surname_are_a_name_without_a_cue(string text, string name)
    {
        Assert.Equal((name, PersonalDataKind.PersonName), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("Jeroen belde terug")]
    [InlineData("boodschappen bij Albert Heijn gedaan")]
    [InlineData("bezorgd op de Jan van Galenstraat")]
    [InlineData("Willem Alexanderlaan is afgesloten")]
    [InlineData("factuur van Thomas Cook B.V. ontvangen")]
    [InlineData("pakket naar Jan Pietersz 12 gestuurd")]
    [InlineData("Dan Maandag bellen we terug")]
    [InlineData("dan bellen we de klant")]
    [InlineData("JAN JANSEN in hoofdletters is een code")]
    [InlineData("Tim Hortons opent een filiaal")]
    [InlineData("de Anna Paulowna Stichting belde")]
    public void A_first_name_alone_a_street_a_company_or_a_brand_is_no_name(string text)
    {
        Assert.DoesNotContain(Scanned.Items(text), item => item.Kind == PersonalDataKind.PersonName);
    }
}
