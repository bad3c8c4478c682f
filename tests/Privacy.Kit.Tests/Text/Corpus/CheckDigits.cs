namespace Privacy.Kit.Tests.Text.Corpus;

/// <summary>Computes check digits the textbook way, independently of the library, to generate valid identifiers.</summary>
internal static class CheckDigits
{
    /// <summary>The ninth BSN digit for eight given digits; 10 means no valid BSN has this body.</summary>
    public static int Bsn(ReadOnlySpan<byte> body)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * body[i];
        }

        return sum % 11;
    }

    /// <summary>The Luhn check digit to append to <paramref name="body"/>.</summary>
    public static byte Luhn(ReadOnlySpan<byte> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            int d = body[body.Length - 1 - i];
            if (i % 2 == 0)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return (byte)((10 - (sum % 10)) % 10);
    }

    /// <summary>A valid IBAN for a country and an upper-case BBAN.</summary>
    public static string Iban(string country, string bban)
    {
        var remainder = 0;
        foreach (var c in bban + country + "00")
        {
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return $"{country}{98 - remainder:00}{bban}";
    }

    /// <summary>The digit values of a string of digits.</summary>
    public static byte[] Values(string digits) => digits.Select(c => (byte)(c - '0')).ToArray();
}
