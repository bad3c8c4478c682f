namespace Privacy.Kit.Text;

/// <summary>The exact IBAN length of every country in the IBAN registry, looked up by the two-letter country code.</summary>
internal static class IbanLengths
{
    // 26 x 26 table indexed by the country code's letters: one array read per lookup, no hashing.
    private static readonly byte[] ByCountry = Build();

    /// <summary>Gets the IBAN length for an upper-case country code, or 0 when the country issues no IBANs.</summary>
    public static int Of(char first, char second) =>
        first is >= 'A' and <= 'Z' && second is >= 'A' and <= 'Z' ? ByCountry[((first - 'A') * 26) + (second - 'A')] : 0;

    private static byte[] Build()
    {
        // SWIFT IBAN registry.
        const string Registry =
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 " +
            "ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 " +
            "LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 " +
            "QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
        var table = new byte[26 * 26];
        for (var i = 0; i + 4 <= Registry.Length; i += 5)
        {
            table[((Registry[i] - 'A') * 26) + (Registry[i + 1] - 'A')] = (byte)(((Registry[i + 2] - '0') * 10) + (Registry[i + 3] - '0'));
        }

        return table;
    }
}
