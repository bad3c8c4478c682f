namespace Privacy.Kit.Text;

/// <summary>
/// The check-digit algorithms behind the identifiers the scanner recognises. Digits are passed as values 0-9, already
/// stripped of separators, so each check is a tight loop without parsing.
/// </summary>
internal static class Checksums
{
    /// <summary>The Dutch 11-proef for a 9-digit BSN: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 (and not 0).</summary>
    public static bool IsValidBsn(ReadOnlySpan<byte> digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }

        var sum = -digits[8];
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * digits[i];
        }

        return sum != 0 && sum % 11 == 0;
    }

    /// <summary>The Luhn (mod 10) check used by payment cards.</summary>
    public static bool PassesLuhn(ReadOnlySpan<byte> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i];
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return digits.Length > 0 && sum % 10 == 0;
    }

    /// <summary>
    /// The Belgian national number check: the last two digits are 97 minus the first nine mod 97; for people born from
    /// 2000 the first nine are prefixed with a 2 before the mod.
    /// </summary>
    public static bool IsValidBelgianNationalNumber(ReadOnlySpan<byte> digits)
    {
        if (digits.Length != 11)
        {
            return false;
        }

        long body = 0;
        for (var i = 0; i < 9; i++)
        {
            body = (body * 10) + digits[i];
        }

        var check = (digits[9] * 10) + digits[10];
        return 97 - (body % 97) == check || 97 - ((2_000_000_000L + body) % 97) == check;
    }

    /// <summary>The IBAN check (ISO 13616): move the first four characters to the end, letters to 10-35, mod 97 is 1.</summary>
    /// <param name="iban">The compact IBAN, upper case letters and digits only.</param>
    public static bool PassesIbanMod97(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 5)
        {
            return false;
        }

        long remainder = AppendMod97(0, iban[4..]);
        return remainder >= 0 && AppendMod97(remainder, iban[..4]) == 1;
    }

    /// <summary>
    /// The remainder mod 97 of the number <paramref name="remainder"/> followed by <paramref name="chars"/> (digits as
    /// themselves, letters as 10-35); -1 when a character is neither.
    /// </summary>
    /// <remarks>
    /// Reduces only when the running value could overflow on the next step, not after every character: a division is
    /// the slowest instruction in the loop, and an IBAN has up to 34 characters.
    /// </remarks>
    private static long AppendMod97(long remainder, ReadOnlySpan<char> chars)
    {
        const long ReduceAbove = long.MaxValue / 100 - 100;
        foreach (char c in chars)
        {
            if (c is >= '0' and <= '9')
            {
                remainder = (remainder * 10) + (c - '0');
            }
            else if (c is >= 'A' and <= 'Z')
            {
                remainder = (remainder * 100) + (c - 'A' + 10);
            }
            else
            {
                return -1;
            }

            if (remainder > ReduceAbove)
            {
                remainder %= 97;
            }
        }

        return remainder % 97;
    }
}
