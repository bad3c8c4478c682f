namespace Privacy.Kit.Redaction;

/// <summary>The length of an international (ITU-T E.164) country calling code, read from its first digits.</summary>
internal static class CountryCallingCodes
{
    // The assigned two-digit codes; 1 and 7 are the only one-digit codes; every other code has three digits.
    private static readonly bool[] TwoDigitCodes = CreateTwoDigitCodes(
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
        60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98);

    /// <summary>
    /// The number of leading digits of <paramref name="digits"/> (the digits after <c>+</c> or <c>00</c>) that form the
    /// country code; 0 when they cannot start one.
    /// </summary>
    public static int Length(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 3 || digits[0] == '0')
        {
            return 0;
        }

        if (digits[0] is '1' or '7')
        {
            return 1;
        }

        return TwoDigitCodes[((digits[0] - '0') * 10) + (digits[1] - '0')] ? 2 : 3;
    }

    private static bool[] CreateTwoDigitCodes(params int[] codes)
    {
        var table = new bool[100];
        foreach (int code in codes)
        {
            table[code] = true;
        }

        return table;
    }
}
