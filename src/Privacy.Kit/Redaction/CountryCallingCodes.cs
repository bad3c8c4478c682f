namespace Privacy.Kit.Redaction;

/// <summary>The length of an international (ITU-T E.164) country calling code, read from its first digits.</summary>
internal static class CountryCallingCodes
{
    // The assigned two-digit codes; 1 and 7 are the only one-digit codes; every other code has three digits.
    private static readonly bool[] TwoDigitCodes = CreateTwoDigitCodes(
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
        60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98);

    /// <summary>
    /// The number of leading digits of a number written after <c>+</c> or <c>00</c> that form the country code, read from
    /// its first two digits (0-9 each); 0 when they cannot start one. The number must have at least three digits.
    /// </summary>
    public static int Length(int firstDigit, int secondDigit)
    {
        if (firstDigit == 0)
        {
            return 0;
        }

        if (firstDigit is 1 or 7)
        {
            return 1;
        }

        return TwoDigitCodes[(firstDigit * 10) + secondDigit] ? 2 : 3;
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
